#pragma once
// The editing and layout logic of Doorway's wrapped text box, without any
// UI: soft wrap at a width, caret motion by visual line, selection, edits on
// UTF-8 text that never split a character. The ImGui widget
// (ui/text_editor.cpp) draws what this computes and feeds it keys; core
// tests drive it headlessly with a made-up glyph width.
//
// Positions are byte offsets into the UTF-8 text, always on a cluster
// boundary: a code point with the combining marks, variation selectors,
// skin tones and zero-width joins that belong to it. Bytes that are not
// valid UTF-8 count as one cluster each, so damaged text still edits.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace doorway::text {

// Nothing but spaces, tabs and line breaks (or nothing at all).
inline bool isBlank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// [SECTION] UTF-8 and clusters

// Decodes the code point at `pos`; `len` gets its byte length (1 for an
// invalid byte, which decodes as U+FFFD).
uint32_t decodeAt(const std::string& s, size_t pos, size_t* len = nullptr);
// The UTF-8 bytes of a code point (U+FFFD for what is not one).
std::string encodeUtf8(uint32_t cp);
// The next / previous cluster boundary (clamped to the text).
size_t nextCluster(const std::string& s, size_t pos);
size_t prevCluster(const std::string& s, size_t pos);
// Snaps a byte offset back onto the cluster boundary at or before it.
size_t snapToCluster(const std::string& s, size_t pos);
// Word motion as editors do it: over spaces and punctuation, then a word.
size_t wordRight(const std::string& s, size_t pos);
size_t wordLeft(const std::string& s, size_t pos);
bool isWordChar(uint32_t cp);
// Removes what is not valid UTF-8 from pasted or typed text, and the
// control characters a text box shouldn't hold (keeps \n and \t).
std::string cleanInput(const std::string& s, bool multiline);

// [SECTION] layout

// One visual line: bytes [begin, end) are shown on it. `next` is where the
// following line starts (after the newline for a hard break; equal to
// `end` plus the spaces the line broke at for a soft one).
struct VisualLine {
    size_t begin = 0;
    size_t end = 0;
    size_t next = 0;
    float width = 0;
    bool hardBreak = false;  // ends at a newline (or the end of the text)
};

// Punctuation that ends what stands before it (, . ; : ! ? ) ] } and closing
// quotes), so a wrapped line shouldn't start with it. A straight quote closes
// only right after a word (`afterSpace` false): after a space it opens one.
bool closesLine(uint32_t cp, bool afterSpace);

// The advance of a code point in pixels, as the renderer draws it.
using Measure = std::function<float(uint32_t)>;

class Layout {
public:
    // Wraps `text` at `width` (<= 0: never wraps). Lines break after
    // spaces; a word wider than the line breaks between clusters. With
    // `keepClosingMarks`, no line starts with the punctuation that ends the
    // one before (closesLine): a break before it moves back to the space
    // before, or into the word before, or, when nothing fits, the marks
    // stay over the edge of their line.
    void build(const std::string& text, float width, const Measure& measure, bool keepClosingMarks = false);
    const std::vector<VisualLine>& lines() const { return m_lines; }
    size_t lineCount() const { return m_lines.size(); }
    // The visual line a caret at `pos` shows on (at a soft break, the
    // start of the next line).
    size_t lineOf(size_t pos) const;
    // The caret's x on its line.
    float xOf(const std::string& text, size_t pos, const Measure& measure) const;
    // The cluster boundary on `line` nearest to `x`.
    size_t posAt(const std::string& text, size_t line, float x, const Measure& measure) const;
    float wrapWidth() const { return m_width; }

private:
    std::vector<VisualLine> m_lines;
    float m_width = 0;
};

// [SECTION] editing

struct Caret {
    size_t pos = 0;
    size_t anchor = 0;      // == pos when nothing is selected
    float preferredX = -1;  // kept across Up/Down so a column survives short lines
    bool hasSelection() const { return pos != anchor; }
    size_t selBegin() const { return pos < anchor ? pos : anchor; }
    size_t selEnd() const { return pos < anchor ? anchor : pos; }
};

enum class Motion {
    Left,
    Right,
    WordLeft,
    WordRight,
    Up,
    Down,
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    PageUp,
    PageDown
};

// Moves the caret; `extend` keeps the anchor (Shift). `pageLines` is how
// many visual lines a page is.
void move(const std::string& text, const Layout& layout, const Measure& measure, Caret& c, Motion m, bool extend,
          size_t pageLines = 10);

// What an edit did, so the caller can record it (and group undo by word).
struct Edit {
    size_t at = 0;         // where the change starts
    size_t removed = 0;    // bytes removed there
    std::string inserted;  // what took their place
    bool changed() const { return removed > 0 || !inserted.empty(); }
};

// Replaces the selection (or inserts at the caret) with `s`.
Edit insert(std::string& text, Caret& c, const std::string& s);
// Backspace / Delete: the selection, else one cluster (a word with `word`).
Edit eraseBackward(std::string& text, Caret& c, bool word = false);
Edit eraseForward(std::string& text, Caret& c, bool word = false);
std::string selectedText(const std::string& text, const Caret& c);
void selectAll(const std::string& text, Caret& c);
// Selects the word (or run of spaces or punctuation) around `pos`.
void selectWordAt(const std::string& text, Caret& c, size_t pos);
// Selects the paragraph (up to the newlines) around `pos`.
void selectParagraphAt(const std::string& text, Caret& c, size_t pos);

// After the text changed under the editor (undo, redo, another view):
// keeps the caret where the words around it went, or puts it at the end
// of what changed.
void followExternalChange(const std::string& before, const std::string& after, Caret& c);

// True when typing `inserted` right after `textBefore` finishes a word, so
// the next word starts a new undo step.
bool endsWord(const std::string& textBefore, size_t at, const std::string& inserted);

}  // namespace doorway::text
