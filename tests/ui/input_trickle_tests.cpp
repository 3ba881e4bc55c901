// The keyboard trickle: what GLFW reports between two frames reaches Dear
// ImGui in shares one frame can take without losing or reordering a key.
#include "ui/input_trickle.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace doorway;

namespace {
constexpr int kPress = 1, kRelease = 0, kCtrl = 341, kShift = 340, kBackspace = 259, kLeft = 263, kModCtrl = 2;

// Shares as text: "P81 R81 c'a' |" per frame, to compare whole sequences.
std::string drain(InputTrickle& t) {
    std::string out;
    while (t.pending()) {
        for (const InputEvent& e : t.takeFrame()) {
            if (e.kind == InputEvent::Kind::Char)
                out += "c" + std::string(1, char(e.codepoint)) + " ";
            else
                out += (e.action == kPress ? "P" : e.action == kRelease ? "R" : "T") + std::to_string(e.key) + " ";
        }
        out += "| ";
    }
    return out;
}

void type(InputTrickle& t, char c, int mods = 0) {
    int key = c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
    t.push(InputEvent::keyEvent(key, kPress, mods));
    if (!(mods & kModCtrl)) t.push(InputEvent::charEvent(unsigned(c)));
    t.push(InputEvent::keyEvent(key, kRelease, mods));
}
}  // namespace

TEST_CASE("a key pressed and released between two frames is seen down for one frame", "[input]") {
    InputTrickle t;
    t.push(InputEvent::keyEvent(kBackspace, kPress));
    t.push(InputEvent::keyEvent(kBackspace, kRelease));
    CHECK(drain(t) == "P259 | R259 | ");
}

TEST_CASE("Ctrl+Q typed in one burst keeps Ctrl down while Q is pressed", "[input]") {
    InputTrickle t;
    t.push(InputEvent::keyEvent(kCtrl, kPress));
    t.push(InputEvent::keyEvent('Q', kPress, kModCtrl));
    t.push(InputEvent::keyEvent(kCtrl, kRelease, kModCtrl));
    t.push(InputEvent::keyEvent('Q', kRelease));
    CHECK(drain(t) == "P341 P81 | R341 R81 | ");
}

TEST_CASE("typed characters and editing keys keep their order across frames", "[input]") {
    InputTrickle t;
    type(t, 'a');
    t.push(InputEvent::keyEvent(kBackspace, kPress));
    t.push(InputEvent::keyEvent(kBackspace, kRelease));
    type(t, 'b');
    // 'a' before the Backspace frame, 'b' only after it.
    CHECK(drain(t) == "P65 ca | R65 P259 | R259 P66 cb | R66 | ");
}

TEST_CASE("two editing keys never share a frame", "[input]") {
    InputTrickle t;
    t.push(InputEvent::keyEvent(kLeft, kPress));
    t.push(InputEvent::keyEvent(kBackspace, kPress));
    t.push(InputEvent::keyEvent(kLeft, kRelease));
    t.push(InputEvent::keyEvent(kBackspace, kRelease));
    CHECK(drain(t) == "P263 | P259 | R263 R259 | ");
}

TEST_CASE("a burst of plain typing needs only as many frames as repeated keys", "[input]") {
    InputTrickle t;
    t.push(InputEvent::keyEvent(kShift, kPress));
    type(t, 'W', 1);
    t.push(InputEvent::keyEvent(kShift, kRelease));
    for (char c : std::string("e keep")) type(t, c);
    std::string shares = drain(t);
    // Every character arrives, in order.
    std::string chars;
    for (size_t i = 0; i + 1 < shares.size(); ++i)
        if (shares[i] == 'c' && (i == 0 || shares[i - 1] == ' ')) chars += shares[i + 1];
    CHECK(chars == "We keep");
    CHECK_FALSE(t.pending());
}

TEST_CASE("modifier keys and Ctrl shortcuts count as command presses", "[input]") {
    CHECK(InputTrickle::isModifier(kShift));
    CHECK_FALSE(InputTrickle::isCommandPress(InputEvent::keyEvent(kShift, kPress)));
    CHECK(InputTrickle::isCommandPress(InputEvent::keyEvent('V', kPress, kModCtrl)));
    CHECK_FALSE(InputTrickle::isCommandPress(InputEvent::keyEvent('V', kPress, 0)));
    CHECK(InputTrickle::isCommandPress(InputEvent::keyEvent(kBackspace, kPress)));
    CHECK_FALSE(InputTrickle::isCommandPress(InputEvent::keyEvent(kBackspace, kRelease)));
}

TEST_CASE("while a text box has the keyboard a burst of typing lands in one frame, editing keys still apart",
          "[input]") {
    InputTrickle t;
    for (char c : std::string("we keep")) type(t, c);
    t.push(InputEvent::keyEvent(kBackspace, kPress));
    t.push(InputEvent::keyEvent(kBackspace, kRelease));
    type(t, 'x');
    std::vector<std::vector<InputEvent>> frames;
    while (t.pending()) frames.push_back(t.takeFrame(true));
    REQUIRE(frames.size() == 3);
    auto chars = [](const std::vector<InputEvent>& f) {
        std::string s;
        for (const InputEvent& e : f)
            if (e.kind == InputEvent::Kind::Char) s += char(e.codepoint);
        return s;
    };
    CHECK(chars(frames[0]) == "we keep");
    CHECK(chars(frames[1]).empty());  // the Backspace frame
    CHECK(chars(frames[2]) == "x");
    // Not typing: the same burst is one key a frame, so Space can still pause.
    for (char c : std::string("ab")) type(t, c);
    CHECK(t.takeFrame(false).size() == 2);
}

TEST_CASE("a command key waits a frame after another command key's release", "[input]") {
    // Enter presses a button that stays active until its release is seen;
    // a Tab in that same frame would be ignored by ImGui, so it waits.
    constexpr int kEnter = 257, kTab = 258;
    InputTrickle t;
    t.push(InputEvent::keyEvent(kEnter, kPress));
    t.push(InputEvent::keyEvent(kEnter, kRelease));
    t.push(InputEvent::keyEvent(kTab, kPress));
    t.push(InputEvent::keyEvent(kTab, kRelease));
    // (and the frame after the Tab gets nothing while the focus settles)
    CHECK(drain(t) == "P257 | R257 | P258 | | R258 | ");
    // A typed letter after a command's release still shares its frame.
    t.push(InputEvent::keyEvent(kLeft, kPress));
    t.push(InputEvent::keyEvent(kLeft, kRelease));
    type(t, 'x');
    CHECK(drain(t) == "P263 | R263 P88 cx | R88 | ");
}

TEST_CASE("Ctrl going down after typed characters waits for the next frame", "[input]") {
    // A box reads characters that share a frame with Ctrl held as a
    // shortcut, so the letters typed just before Ctrl+Q would be dropped.
    InputTrickle t;
    type(t, 'a');
    t.push(InputEvent::keyEvent(kCtrl, kPress));
    t.push(InputEvent::keyEvent('Q', kPress, kModCtrl));
    std::string typing;
    while (t.pending()) {
        for (const InputEvent& e : t.takeFrame(true))
            typing += e.kind == InputEvent::Kind::Char ? "c" : (e.action == kPress ? "P" : "R") + std::to_string(e.key);
        typing += "|";
    }
    CHECK(typing == "P65cR65|P341P81|");
    // Shift changes nothing about what a character means: it rides along.
    type(t, 'a');
    t.push(InputEvent::keyEvent(kShift, kPress));
    t.push(InputEvent::keyEvent('W', kPress, 1));
    t.push(InputEvent::charEvent('W'));
    t.push(InputEvent::keyEvent('W', kRelease, 1));
    CHECK(t.takeFrame(true).size() == 7);
}

TEST_CASE("the frame after a Tab press gets nothing, so the letters after it reach the field Tab went to", "[input]") {
    // 1.86 moves the keyboard to the next field over the frame after the
    // Tab: a letter in that frame went to neither box (a passphrase's
    // second box lost its first letter).
    constexpr int kTab = 258;
    InputTrickle t;
    type(t, 'a');
    t.push(InputEvent::keyEvent(kTab, kPress));
    t.push(InputEvent::keyEvent(kTab, kRelease));
    type(t, 'b');
    CHECK(drain(t) == "P65 ca | R65 P258 | | R258 P66 cb | R66 | ");
    // Another command key waits no frame after it.
    InputTrickle plain;
    type(plain, 'a');
    plain.push(InputEvent::keyEvent(kLeft, kPress));
    plain.push(InputEvent::keyEvent(kLeft, kRelease));
    type(plain, 'b');
    CHECK(drain(plain) == "P65 ca | R65 P263 | R263 P66 cb | R66 | ");
}
