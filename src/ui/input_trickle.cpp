#include "ui/input_trickle.hpp"

#include <algorithm>

namespace doorway {

namespace {
// GLFW's codes: the first non-printable key, and the modifier block.
constexpr int kFirstSpecialKey = 256;  // GLFW_KEY_ESCAPE
constexpr int kFirstModifier = 340;    // GLFW_KEY_LEFT_SHIFT
constexpr int kLastModifier = 348;     // GLFW_KEY_MENU
constexpr int kLeftShift = 340, kRightShift = 344;
constexpr int kTab = 258;  // GLFW_KEY_TAB (keys.hpp has it for the views, with ImGui)
constexpr int kModCtrlAltSuper = 0x2 | 0x4 | 0x8;
constexpr int kPress = 1;
constexpr int kRelease = 0;
}  // namespace

bool InputTrickle::isModifier(int key) {
    return key >= kFirstModifier && key <= kLastModifier;
}

bool InputTrickle::isCommandPress(const InputEvent& e) {
    if (e.kind != InputEvent::Kind::Key || e.action != kPress || isModifier(e.key)) return false;
    return e.key >= kFirstSpecialKey || (e.mods & kModCtrlAltSuper) != 0;
}

namespace {
// A key that, without Ctrl, Alt or Super, only types: letters, digits,
// punctuation and Space (GLFW codes below 256).
bool typesOnly(const InputEvent& e) {
    return e.kind == InputEvent::Kind::Key && e.key > 0 && e.key < kFirstSpecialKey && (e.mods & kModCtrlAltSuper) == 0;
}
}  // namespace

std::vector<InputEvent> InputTrickle::takeFrame(bool typing) {
    std::vector<InputEvent> out;
    if (m_settle) {
        m_settle = false;
        return out;
    }
    std::vector<int> transitioned;
    bool sawChar = false, sawCommand = false, sawCommandRelease = false;
    while (!m_queue.empty()) {
        const InputEvent& e = m_queue.front();
        bool conflict = false;
        if (e.kind == InputEvent::Kind::Char) {
            conflict = sawCommand;
        } else if (typing && typesOnly(e)) {
            conflict = sawCommand;
        } else if (e.action == kPress || e.action == kRelease) {
            bool again = std::find(transitioned.begin(), transitioned.end(), e.key) != transitioned.end();
            bool command = isCommandPress(e);
            // After a command key nothing else changes this frame: a modifier
            // released with it would change what it meant (Ctrl+Q read as Q).
            // Nor does a command follow the release of another one: the
            // item Enter or Space pressed stays active until the frame that
            // sees the release, and 1.86 ignores a Tab while it is (Enter on
            // a sidebar row, then Tab, left the keyboard nowhere).
            // Ctrl, Alt or Super going down or up after typed characters
            // would change what they mean (a box reads characters typed with
            // Ctrl held as a shortcut): the end of a burst typed just before
            // Ctrl+S or Ctrl+Q was lost that way.
            const bool meaningModifier = isModifier(e.key) && e.key != kLeftShift && e.key != kRightShift;
            conflict =
                again || sawCommand || (command && (sawChar || sawCommandRelease)) || (meaningModifier && sawChar);
        }
        if (conflict && !out.empty()) break;
        if (e.kind == InputEvent::Kind::Char)
            sawChar = true;
        else if (e.action == kPress || e.action == kRelease) {
            transitioned.push_back(e.key);
            if (isCommandPress(e)) sawCommand = true;
            if (e.action == kRelease && isCommandPress(InputEvent::keyEvent(e.key, kPress, e.mods)))
                sawCommandRelease = true;
        }
        if (e.kind == InputEvent::Kind::Key && e.key == kTab && e.action == kPress) m_settle = true;
        out.push_back(e);
        m_queue.pop_front();
    }
    return out;
}

}  // namespace doorway
