#pragma once
// Keyboard events, handed to Dear ImGui a frame's worth at a time.
//
// Dear ImGui 1.86 keeps keys as "down or up" (io.KeysDown), not as events:
// a key pressed and released between two frames is never seen, two editing
// keys in one frame are handled one of them at most (InputText's key chain
// is an if/else), and typed characters are handled before editing keys, so
// "a, Backspace, b" arriving together came out as "a". The window therefore
// queues what GLFW reports and feeds ImGui only what one frame can take in
// order; what is left waits for the next frame, drawn at once.
//
// No ImGui or GLFW here (key codes are GLFW's, as keys.hpp), so tests can
// drive it directly.
#include <cstddef>
#include <deque>
#include <vector>

namespace doorway {

struct InputEvent {
    enum class Kind { Key, Char };
    Kind kind = Kind::Key;
    int key = 0;             // Key: the GLFW key code
    int action = 0;          // Key: 0 release, 1 press, 2 repeat (GLFW's values)
    int mods = 0;            // Key: GLFW modifier bits
    unsigned codepoint = 0;  // Char: the Unicode character typed

    static InputEvent keyEvent(int key, int action, int mods = 0) { return {Kind::Key, key, action, mods, 0}; }
    static InputEvent charEvent(unsigned c) { return {Kind::Char, 0, 0, 0, c}; }
};

class InputTrickle {
public:
    void push(const InputEvent& e) { m_queue.push_back(e); }
    // The events one frame can apply without losing or reordering any:
    // at most one transition per key; a command key (an editing key, or a
    // key pressed with Ctrl, Alt or Super) ends the frame's share, and never
    // follows typed characters in it. Always at least one event when any
    // wait. While a text box has the keyboard (`typing`), the presses and
    // releases of keys that only type a character never hold a frame back:
    // nobody but the box reads them, and it reads the characters in order,
    // so a burst of typing lands in one frame instead of one a key.
    // A Tab press moves the keyboard to the next field, and 1.86 settles
    // that over the frame after it: the frame after a share with a Tab
    // press gets nothing, so the letters typed right after Tab reach the
    // field Tab went to (a passphrase box lost the first one).
    std::vector<InputEvent> takeFrame(bool typing = false);
    bool pending() const { return !m_queue.empty(); }
    size_t size() const { return m_queue.size(); }

    static bool isModifier(int key);
    // A press that edits or commands (arrows, Backspace, Enter, Tab, Ctrl+V)
    // rather than types a character.
    static bool isCommandPress(const InputEvent& e);

private:
    std::deque<InputEvent> m_queue;
    bool m_settle = false;  // the last share held a Tab press
};

}  // namespace doorway
