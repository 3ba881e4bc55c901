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

TEST_CASE("while a text box has the keyboard a burst of typing lands in one frame, editing keys still apart", "[input]") {
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
