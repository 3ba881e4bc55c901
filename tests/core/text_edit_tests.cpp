// The wrapped text box's logic, headless: wrapping, caret motion by visual
// line, and edits on multi-byte text that never split a character.
#include "core/text_edit.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace doorway::text;

namespace {

// A made-up font: ASCII 10 px, other characters 20 px, combining marks and
// joiners 0 px (as a real font draws them on top).
const Measure kMeasure = [](uint32_t cp) -> float {
    if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) return 0.f;
    return cp < 128 ? 10.f : 20.f;
};

std::vector<std::string> shown(const std::string& text, float width) {
    Layout l;
    l.build(text, width, kMeasure);
    std::vector<std::string> out;
    for (const VisualLine& v : l.lines()) out.push_back(text.substr(v.begin, v.end - v.begin));
    return out;
}

bool validUtf8(const std::string& s) {
    for (size_t p = 0; p < s.size();) {
        size_t len = 0;
        uint32_t cp = decodeAt(s, p, &len);
        if (cp == 0xFFFD && len == 1) return false;
        p += len;
    }
    return true;
}

}  // namespace

TEST_CASE("text wraps after spaces at the box width and keeps hard line breaks", "[text]") {
    // 10 px a character, 100 px wide: at most 10 characters a line.
    CHECK(shown("We keep having the same fight", 100) ==
          std::vector<std::string>{"We keep", "having the", "same fight"});
    CHECK(shown("one\n\ntwo", 100) == std::vector<std::string>{"one", "", "two"});
    CHECK(shown("", 100) == std::vector<std::string>{""});
    CHECK(shown("ends with a newline\n", 1000) == std::vector<std::string>{"ends with a newline", ""});
    // A word longer than the line breaks inside itself rather than overflowing.
    CHECK(shown("abcdefghijklmnopqrstuvwxyz", 100) == std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxyz"});
    // Width 0: never wraps.
    CHECK(shown("We keep having the same fight", 0).size() == 1);
}

TEST_CASE("every visual line fits the width unless one character alone is wider", "[text]") {
    std::string text = "I would like us to try one session together, and you can say no afterwards if it felt wrong. ";
    for (int i = 0; i < 4; ++i) text += text;
    for (float width : {35.f, 80.f, 123.f, 400.f}) {
        Layout l;
        l.build(text, width, kMeasure);
        size_t covered = 0;
        for (const VisualLine& v : l.lines()) {
            CHECK(v.width <= width);
            CHECK(v.begin == covered);  // lines tile the text with no gap or overlap
            covered = v.next;
        }
        CHECK(covered == text.size());
    }
}

TEST_CASE("UTF-8 clusters are never split: accents, CJK, emoji and flags", "[text]") {
    std::string decomposed = "Cafe\xCC\x81";                              // e + combining acute
    std::string cjk = "\xE6\x88\x91\xE4\xBB\xAC";                         // 我们
    std::string family = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";  // woman ZWJ girl
    std::string flag = "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";                // GB flag (two regional indicators)
    std::string thumbs = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";              // thumbs up, medium skin tone
    std::string text = decomposed + " " + cjk + " " + family + flag + thumbs;

    // Walking right then left visits the same boundaries, each one valid.
    std::vector<size_t> stops{0};
    for (size_t p = 0; p < text.size();) stops.push_back(p = nextCluster(text, p));
    CHECK(stops == std::vector<size_t>{0, 1, 2, 3, 6, 7, 10, 13, 14, 25, 33, 41});
    for (size_t i = stops.size() - 1; i > 0; --i) CHECK(prevCluster(text, stops[i]) == stops[i - 1]);

    // Backspace from the end removes whole clusters and leaves valid UTF-8.
    std::string t = text;
    Caret c;
    c.pos = c.anchor = t.size();
    while (!t.empty()) {
        eraseBackward(t, c);
        CHECK(validUtf8(t));
    }
    // Wrapping at every width keeps clusters whole.
    for (float width = 10; width <= 120; width += 10) {
        Layout l;
        l.build(text, width, kMeasure);
        for (const VisualLine& v : l.lines()) {
            CHECK(std::find(stops.begin(), stops.end(), v.begin) != stops.end());
            CHECK(std::find(stops.begin(), stops.end(), v.end) != stops.end());
        }
    }
    // A position inside a character snaps back to its start.
    CHECK(snapToCluster(text, 8) == 7);
    CHECK(snapToCluster(text, 20) == 14);
}

TEST_CASE("Up and Down move by visual line and keep the column across a short line", "[text]") {
    std::string text = "We keep\nhi\nhaving the same fight";
    Layout l;
    l.build(text, 100, kMeasure);
    REQUIRE(l.lineCount() == 4);  // "We keep" / "hi" / "having the" / "same fight"
    Caret c;
    c.pos = c.anchor = 5;  // after "We ke"
    move(text, l, kMeasure, c, Motion::Down, false);
    CHECK(c.pos == 10);  // end of "hi": the line is shorter than the column
    move(text, l, kMeasure, c, Motion::Down, false);
    CHECK(c.pos == 16);  // back in column 5 on "having the"
    move(text, l, kMeasure, c, Motion::Down, false);
    CHECK(l.lineOf(c.pos) == 3);
    CHECK(text.substr(l.lines()[3].begin, c.pos - l.lines()[3].begin) == "same ");
    move(text, l, kMeasure, c, Motion::Down, false);
    CHECK(c.pos == text.size());  // past the last line: the end
    move(text, l, kMeasure, c, Motion::Up, false);
    move(text, l, kMeasure, c, Motion::Up, false);
    move(text, l, kMeasure, c, Motion::Up, false);
    move(text, l, kMeasure, c, Motion::Up, false);
    CHECK(c.pos == 0);
}

TEST_CASE("Home and End go to the ends of the visual line, not the paragraph", "[text]") {
    std::string text = "We keep having the same fight";
    Layout l;
    l.build(text, 100, kMeasure);
    Caret c;
    c.pos = c.anchor = 12;  // inside "having"
    move(text, l, kMeasure, c, Motion::LineStart, false);
    CHECK(c.pos == 8);
    move(text, l, kMeasure, c, Motion::LineEnd, false);
    CHECK(c.pos == 18);  // after "having the", before the space it wrapped at
    CHECK(l.lineOf(c.pos) == 1);
    move(text, l, kMeasure, c, Motion::LineEnd, true);
    CHECK(c.anchor == 18);
    // A word broken inside itself: End stays on its own line.
    std::string word = "abcdefghijklmnop";
    Layout w;
    w.build(word, 100, kMeasure);
    Caret d;
    move(word, w, kMeasure, d, Motion::LineEnd, false);
    CHECK(w.lineOf(d.pos) == 0);
}

TEST_CASE("Shift extends a selection and typing replaces it", "[text]") {
    std::string text = "I need you to change";
    Layout l;
    l.build(text, 0, kMeasure);
    Caret c;
    c.pos = c.anchor = 2;
    move(text, l, kMeasure, c, Motion::WordRight, true);
    CHECK(selectedText(text, c) == "need");
    Edit e = insert(text, c, "would like");
    CHECK(text == "I would like you to change");
    CHECK(e.at == 2);
    CHECK(e.removed == 4);
    CHECK(c.pos == 12);
    CHECK_FALSE(c.hasSelection());
    // Left with a selection and no Shift lands on its start.
    c.anchor = 2;
    move(text, l, kMeasure, c, Motion::Left, false);
    CHECK(c.pos == 2);
}

TEST_CASE("word motion and word deletion skip spaces and punctuation", "[text]") {
    std::string text = "I don’t want to fight, really.";
    CHECK(wordRight(text, 0) == 1);
    CHECK(text.substr(2, wordRight(text, 2) - 2) == "don’t");  // the curly apostrophe is inside the word
    CHECK(wordLeft(text, text.size()) == text.size() - 7);
    Caret c;
    c.pos = c.anchor = text.size();
    eraseBackward(text, c, true);
    CHECK(text == "I don’t want to fight, ");
    eraseBackward(text, c, true);
    CHECK(text == "I don’t want to ");
}

TEST_CASE("double and triple click select a word and a paragraph", "[text]") {
    std::string text = "first line\nsecond paragraph here";
    Caret c;
    selectWordAt(text, c, 14);
    CHECK(selectedText(text, c) == "second");
    selectParagraphAt(text, c, 14);
    CHECK(selectedText(text, c) == "second paragraph here");
    selectParagraphAt(text, c, 3);
    CHECK(selectedText(text, c) == "first line");
}

TEST_CASE("pasted text loses control characters and broken bytes", "[text]") {
    CHECK(cleanInput("a\r\nb\rc\x01\x7f\xff", true) == "a\nb\nc");
    CHECK(cleanInput("one\ntwo", false) == "one two");
    CHECK(cleanInput("tab\there", true) == "tab\there");
    CHECK(cleanInput("caf\xC3\xA9", true) == "caf\xC3\xA9");
    CHECK(cleanInput("\xC0\xAE", true).empty());  // an overlong '.' is not text
}

TEST_CASE("the caret follows a change made elsewhere, such as an undo", "[text]") {
    Caret c;
    c.pos = c.anchor = 20;
    followExternalChange("We keep having the same fight", "We keep having fight", c);
    CHECK(c.pos == 15);  // the removed words were under the caret: it lands at the change
    c.pos = c.anchor = 2;
    followExternalChange("We keep fighting", "We really keep fighting", c);
    CHECK(c.pos == 2);  // before the change: stays
    // At it (a redo of words typed there): after them, as typing left it.
    c.pos = c.anchor = 11;
    followExternalChange("Second line", "Second line here", c);
    CHECK(c.pos == 16);
    c.pos = c.anchor = 3;
    followExternalChange("We keep fighting", "We really keep fighting", c);
    CHECK(c.pos == 10);
    c.pos = c.anchor = 10;
    followExternalChange("We keep fighting", "Oh, we keep fighting", c);
    CHECK(c.pos == 14);  // after it: shifts with the text
}

TEST_CASE("a space or full stop after a word ends an undo group", "[text]") {
    CHECK(endsWord("We keep", 7, " "));
    CHECK(endsWord("We keep", 7, "."));
    CHECK_FALSE(endsWord("We keep ", 8, " "));
    CHECK_FALSE(endsWord("We kee", 6, "p"));
    CHECK_FALSE(endsWord("", 0, " "));
}
