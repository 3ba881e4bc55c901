// The wrapped text box's logic: clusters, layout, caret motion, edits.
//
// [SECTION] Index
//   - UTF-8 and clusters
//   - words and cleaning input
//   - layout
//   - caret motion
//   - edits
#include "core/text_edit.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace doorway::text {

// [SECTION] UTF-8 and clusters

uint32_t decodeAt(const std::string& s, size_t pos, size_t* len) {
    auto fail = [&]() {
        if (len) *len = 1;
        return uint32_t(0xFFFD);
    };
    if (pos >= s.size()) {
        if (len) *len = 0;
        return 0;
    }
    unsigned char b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        if (len) *len = 1;
        return b0;
    }
    size_t n;
    uint32_t cp;
    if ((b0 & 0xE0) == 0xC0)
        n = 2, cp = b0 & 0x1F;
    else if ((b0 & 0xF0) == 0xE0)
        n = 3, cp = b0 & 0x0F;
    else if ((b0 & 0xF8) == 0xF0)
        n = 4, cp = b0 & 0x07;
    else
        return fail();
    if (pos + n > s.size()) return fail();
    for (size_t i = 1; i < n; ++i) {
        unsigned char b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) return fail();
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past Unicode are not text.
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail();
    if (len) *len = n;
    return cp;
}

std::string encodeUtf8(uint32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    std::string out;
    appendUtf8(out, cp);
    return out;
}

namespace {

// Code points that attach to the one before them on screen.
bool isExtender(uint32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) ||  // combining diacritics
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) ||    // variation selectors (emoji presentation)
           (cp >= 0xFE20 && cp <= 0xFE2F) ||    // combining half marks
           (cp >= 0x1F3FB && cp <= 0x1F3FF) ||  // skin tones
           (cp >= 0xE0020 && cp <= 0xE007F) ||  // tag sequences (subdivision flags)
           cp == 0x200D;                        // zero-width joiner
}
bool isRegionalIndicator(uint32_t cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

}  // namespace

size_t nextCluster(const std::string& s, size_t pos) {
    if (pos >= s.size()) return s.size();
    size_t len = 0;
    uint32_t first = decodeAt(s, pos, &len);
    size_t p = pos + len;
    bool joined = false;  // the last code point was a zero-width joiner
    bool flagHalf = isRegionalIndicator(first);
    while (p < s.size()) {
        size_t l = 0;
        uint32_t cp = decodeAt(s, p, &l);
        if (isExtender(cp)) {
            joined = cp == 0x200D;
        } else if (joined && cp >= 0x80) {
            joined = false;  // the joined emoji after a ZWJ
        } else if (flagHalf && isRegionalIndicator(cp)) {
            flagHalf = false;  // two regional indicators make one flag
        } else {
            break;
        }
        p += l;
    }
    return p;
}

size_t snapToCluster(const std::string& s, size_t pos) {
    if (pos >= s.size()) return s.size();
    // Walk back to a plausible cluster start, then forward over clusters.
    size_t start = pos;
    for (int back = 0; start > 0 && back < 64; ++back) {
        --start;
        unsigned char b = static_cast<unsigned char>(s[start]);
        if (b < 0x80 || b == '\n') break;
    }
    size_t p = start;
    while (true) {
        size_t n = nextCluster(s, p);
        if (n > pos || n == p) return p;
        p = n;
    }
}

size_t prevCluster(const std::string& s, size_t pos) {
    if (pos == 0) return 0;
    if (pos > s.size()) pos = s.size();
    return snapToCluster(s, pos - 1);
}

// [SECTION] words and cleaning input

bool isWordChar(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
               cp == '\'';
    if (cp == 0x2019) return true;  // the curly apostrophe inside "don’t"
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD) return false;
    return true;
}

size_t wordRight(const std::string& s, size_t pos) {
    size_t p = pos;
    while (p < s.size() && !isWordChar(decodeAt(s, p))) p = nextCluster(s, p);
    while (p < s.size() && isWordChar(decodeAt(s, p))) p = nextCluster(s, p);
    return p;
}

size_t wordLeft(const std::string& s, size_t pos) {
    size_t p = std::min(pos, s.size());
    while (p > 0) {
        size_t q = prevCluster(s, p);
        if (isWordChar(decodeAt(s, q))) break;
        p = q;
    }
    while (p > 0) {
        size_t q = prevCluster(s, p);
        if (!isWordChar(decodeAt(s, q))) break;
        p = q;
    }
    return p;
}

std::string cleanInput(const std::string& s, bool multiline) {
    std::string out;
    out.reserve(s.size());
    for (size_t p = 0; p < s.size();) {
        size_t len = 0;
        uint32_t cp = decodeAt(s, p, &len);
        bool valid = !(cp == 0xFFFD && len == 1);
        if (cp == '\r') {
            out += multiline ? '\n' : ' ';
            if (p + 1 < s.size() && s[p + 1] == '\n') ++p;  // \r\n is one newline
        } else if (cp == '\n') {
            out += multiline ? '\n' : ' ';
        } else if (valid && (cp == '\t' || (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)))) {
            out.append(s, p, len);
        }
        p += len;
    }
    return out;
}

// [SECTION] layout

namespace {
float clusterWidth(const std::string& s, size_t from, size_t to, const Measure& measure) {
    float w = 0;
    for (size_t p = from; p < to;) {
        size_t len = 0;
        uint32_t cp = decodeAt(s, p, &len);
        w += measure(cp);
        p += len;
    }
    return w;
}
bool isSpace(uint32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0x3000;
}
}  // namespace

bool closesLine(uint32_t cp, bool afterSpace) {
    // , . ; : ! ? ) ] } ’ ” » › … 、 。 ， ． ！ ？
    static constexpr uint32_t kClosing[] = {',',    '.',    ';',    ':',    '!',    '?',    ')',
                                            ']',    '}',    0x2019, 0x201D, 0x00BB, 0x203A, 0x2026,
                                            0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F};
    if (cp == '"' || cp == '\'') return !afterSpace;
    return std::find(std::begin(kClosing), std::end(kClosing), cp) != std::end(kClosing);
}

namespace {
// Advances of ASCII, asked once per layout: most text is ASCII, and a
// std::function call per byte would be most of the cost of a long answer.
struct AdvanceCache {
    float ascii[128];
    const Measure& measure;
    explicit AdvanceCache(const Measure& m) : measure(m) {
        for (uint32_t c = 0; c < 128; ++c) ascii[c] = m(c);
    }
    // The cluster starting at p: its end, its first code point, its width.
    size_t cluster(const std::string& s, size_t p, uint32_t& first, float& width) const {
        unsigned char b = static_cast<unsigned char>(s[p]);
        if (b < 0x80 && (p + 1 >= s.size() || static_cast<unsigned char>(s[p + 1]) < 0x80)) {
            first = b;
            width = ascii[b];
            return p + 1;
        }
        size_t n = nextCluster(s, p);
        first = decodeAt(s, p);
        width = 0;
        for (size_t q = p; q < n;) {
            size_t len = 0;
            uint32_t cp = decodeAt(s, q, &len);
            width += cp < 128 ? ascii[cp] : measure(cp);
            q += len;
        }
        return n;
    }
};
}  // namespace

void Layout::build(const std::string& text, float width, const Measure& measure, bool keepClosingMarks) {
    m_lines.clear();
    m_width = width;
    AdvanceCache adv(measure);
    size_t paraStart = 0;
    while (true) {
        size_t paraEnd = text.find('\n', paraStart);
        bool lastPara = paraEnd == std::string::npos;
        if (lastPara) paraEnd = text.size();
        size_t lineStart = paraStart;
        while (true) {
            float x = 0;
            size_t breakEnd = std::string::npos, breakNext = 0;  // the last run of spaces
            float breakWidth = 0;
            // The run before it, for when the one after turns out to be followed
            // by a closing mark (keepClosingMarks).
            size_t prevEnd = std::string::npos, prevNext = 0;
            float prevWidth = 0;
            size_t p = lineStart;
            bool wrapped = false, done = false;
            while (p < paraEnd) {
                uint32_t cp = 0;
                float w = 0;
                size_t n = adv.cluster(text, p, cp, w);
                if (isSpace(cp)) {
                    // Spaces hang past the edge; the line may break after them.
                    if (breakEnd == std::string::npos || breakNext != p) {
                        prevEnd = breakEnd, prevNext = breakNext, prevWidth = breakWidth;
                        breakEnd = p;
                        breakWidth = x;
                    }
                    breakNext = n;
                    x += w;
                    p = n;
                    continue;
                }
                if (keepClosingMarks && breakEnd != std::string::npos && breakNext == p && closesLine(cp, true))
                    breakEnd = prevEnd, breakNext = prevNext, breakWidth = prevWidth;
                if (width > 0 && x + w > width && p > lineStart) {
                    if (breakEnd != std::string::npos && (!keepClosingMarks || breakEnd > lineStart)) {
                        m_lines.push_back({lineStart, breakEnd, breakNext, breakWidth, false});
                        lineStart = breakNext;
                    } else if (!keepClosingMarks) {
                        m_lines.push_back({lineStart, p, p, x, false});  // one long word: break inside it
                        lineStart = p;
                    } else {
                        // Inside the word, but never just before a closing mark...
                        size_t cut = p;
                        while (cut > lineStart && closesLine(decodeAt(text, cut), false)) cut = prevCluster(text, cut);
                        if (cut == lineStart) {
                            // ... even when not one letter fits with its marks: they
                            // go over the edge, on this line.
                            cut = p;
                            while (cut < paraEnd && closesLine(decodeAt(text, cut), false))
                                cut = std::min(nextCluster(text, cut), paraEnd);
                        }
                        size_t next = cut;
                        while (next < paraEnd && isSpace(decodeAt(text, next))) next = nextCluster(text, next);
                        if (next >= paraEnd) {
                            m_lines.push_back({lineStart, paraEnd, lastPara ? paraEnd : paraEnd + 1,
                                               clusterWidth(text, lineStart, cut, measure), true});
                            done = true;
                            break;
                        }
                        m_lines.push_back({lineStart, cut, next, clusterWidth(text, lineStart, cut, measure), false});
                        lineStart = next;
                    }
                    wrapped = true;
                    break;
                }
                x += w;
                p = n;
            }
            if (done) break;
            if (!wrapped) {
                // Trailing spaces hang: the line is as wide as its last word.
                float shownWidth = (breakEnd != std::string::npos && breakNext == paraEnd) ? breakWidth : x;
                m_lines.push_back({lineStart, paraEnd, lastPara ? paraEnd : paraEnd + 1, shownWidth, true});
                break;
            }
        }
        if (lastPara) break;
        paraStart = paraEnd + 1;
    }
}

size_t Layout::lineOf(size_t pos) const {
    // The last line starting at or before pos.
    auto it = std::upper_bound(m_lines.begin(), m_lines.end(), pos,
                               [](size_t p, const VisualLine& l) { return p < l.begin; });
    return it == m_lines.begin() ? 0 : size_t(it - m_lines.begin()) - 1;
}

float Layout::xOf(const std::string& text, size_t pos, const Measure& measure) const {
    if (m_lines.empty()) return 0;
    const VisualLine& l = m_lines[lineOf(pos)];
    return clusterWidth(text, l.begin, std::min(pos, text.size()), measure);
}

size_t Layout::posAt(const std::string& text, size_t line, float x, const Measure& measure) const {
    if (m_lines.empty()) return 0;
    const VisualLine& l = m_lines[std::min(line, m_lines.size() - 1)];
    // A soft line's caret stops before the spaces it broke at, and before
    // its last cluster when it broke inside a word (that position is the
    // next line's start).
    size_t limit = l.end;
    if (!l.hardBreak && l.end == l.next && l.end > l.begin) limit = prevCluster(text, l.end);
    float cx = 0;
    size_t p = l.begin;
    while (p < limit) {
        size_t n = nextCluster(text, p);
        float adv = clusterWidth(text, p, n, measure);
        if (x < cx + adv * 0.5f) return p;
        cx += adv;
        p = n;
    }
    return limit;
}

// [SECTION] caret motion

void move(const std::string& text, const Layout& layout, const Measure& measure, Caret& c, Motion m, bool extend,
          size_t pageLines) {
    size_t pos = std::min(c.pos, text.size());
    bool vertical = m == Motion::Up || m == Motion::Down || m == Motion::PageUp || m == Motion::PageDown;
    // Left/Right with a selection and no Shift land on its edge.
    if (!extend && c.hasSelection() && (m == Motion::Left || m == Motion::Right)) {
        pos = m == Motion::Left ? c.selBegin() : c.selEnd();
        c.pos = c.anchor = pos;
        c.preferredX = -1;
        return;
    }
    switch (m) {
        case Motion::Left:
            pos = prevCluster(text, pos);
            break;
        case Motion::Right:
            pos = nextCluster(text, pos);
            break;
        case Motion::WordLeft:
            pos = wordLeft(text, pos);
            break;
        case Motion::WordRight:
            pos = wordRight(text, pos);
            break;
        case Motion::TextStart:
            pos = 0;
            break;
        case Motion::TextEnd:
            pos = text.size();
            break;
        case Motion::LineStart:
            pos = layout.lines().empty() ? 0 : layout.lines()[layout.lineOf(pos)].begin;
            break;
        case Motion::LineEnd: {
            if (layout.lines().empty()) break;
            size_t line = layout.lineOf(pos);
            pos = layout.posAt(text, line, 1e30f, measure);
            break;
        }
        case Motion::Up:
        case Motion::Down:
        case Motion::PageUp:
        case Motion::PageDown: {
            if (layout.lines().empty()) break;
            if (c.preferredX < 0) c.preferredX = layout.xOf(text, pos, measure);
            long line = long(layout.lineOf(pos));
            long step = (m == Motion::Up || m == Motion::Down) ? 1 : long(std::max<size_t>(1, pageLines));
            long target = (m == Motion::Up || m == Motion::PageUp) ? line - step : line + step;
            if (target < 0)
                pos = 0;
            else if (target >= long(layout.lineCount()))
                pos = text.size();
            else
                pos = layout.posAt(text, size_t(target), c.preferredX, measure);
            break;
        }
    }
    c.pos = pos;
    if (!extend) c.anchor = pos;
    if (!vertical) c.preferredX = -1;
}

// [SECTION] edits

Edit insert(std::string& text, Caret& c, const std::string& s) {
    Edit e;
    e.at = std::min(c.selBegin(), text.size());
    e.removed = std::min(c.selEnd(), text.size()) - e.at;
    e.inserted = s;
    text.replace(e.at, e.removed, s);
    c.pos = c.anchor = e.at + s.size();
    c.preferredX = -1;
    return e;
}

namespace {
Edit eraseRange(std::string& text, Caret& c, size_t from, size_t to) {
    Edit e;
    e.at = from;
    e.removed = to - from;
    text.erase(from, to - from);
    c.pos = c.anchor = from;
    c.preferredX = -1;
    return e;
}
}  // namespace

Edit eraseBackward(std::string& text, Caret& c, bool word) {
    if (c.hasSelection()) return eraseRange(text, c, c.selBegin(), std::min(c.selEnd(), text.size()));
    size_t to = std::min(c.pos, text.size());
    size_t from = word ? wordLeft(text, to) : prevCluster(text, to);
    return eraseRange(text, c, from, to);
}

Edit eraseForward(std::string& text, Caret& c, bool word) {
    if (c.hasSelection()) return eraseRange(text, c, c.selBegin(), std::min(c.selEnd(), text.size()));
    size_t from = std::min(c.pos, text.size());
    size_t to = word ? wordRight(text, from) : nextCluster(text, from);
    return eraseRange(text, c, from, to);
}

std::string selectedText(const std::string& text, const Caret& c) {
    size_t b = std::min(c.selBegin(), text.size()), e = std::min(c.selEnd(), text.size());
    return text.substr(b, e - b);
}

void selectAll(const std::string& text, Caret& c) {
    c.anchor = 0;
    c.pos = text.size();
    c.preferredX = -1;
}

void selectWordAt(const std::string& text, Caret& c, size_t pos) {
    pos = snapToCluster(text, std::min(pos, text.size()));
    bool word = pos < text.size() && isWordChar(decodeAt(text, pos));
    auto same = [&](size_t p) { return isWordChar(decodeAt(text, p)) == word && decodeAt(text, p) != '\n'; };
    size_t b = pos, e = pos;
    while (b > 0 && same(prevCluster(text, b))) b = prevCluster(text, b);
    while (e < text.size() && same(e)) e = nextCluster(text, e);
    c.anchor = b;
    c.pos = e;
    c.preferredX = -1;
}

void selectParagraphAt(const std::string& text, Caret& c, size_t pos) {
    pos = std::min(pos, text.size());
    size_t b = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    b = (b == std::string::npos || (pos == 0 && text[0] != '\n')) ? 0 : b + 1;
    if (pos > 0 && text[pos - 1] == '\n') b = pos;
    size_t e = text.find('\n', pos);
    c.anchor = b;
    c.pos = e == std::string::npos ? text.size() : e;
    c.preferredX = -1;
}

void followExternalChange(const std::string& before, const std::string& after, Caret& c) {
    size_t prefix = 0, limit = std::min(before.size(), after.size());
    while (prefix < limit && before[prefix] == after[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < limit - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
    auto map = [&](size_t p) {
        if (p < prefix) return p;
        // At the change: after it, where typing the same words would have
        // left it (a redo left the caret before the words it brought back,
        // and the next letter went in ahead of them).
        if (p == prefix) return after.size() - suffix;
        if (p >= before.size() - suffix) return p + after.size() - before.size();
        return after.size() - suffix;  // inside what changed: its end
    };
    size_t pos = snapToCluster(after, std::min(map(c.pos), after.size()));
    c.pos = c.anchor = pos;
    c.preferredX = -1;
}

bool endsWord(const std::string& textBefore, size_t at, const std::string& inserted) {
    if (inserted.empty() || at == 0 || at > textBefore.size()) return false;
    if (isWordChar(decodeAt(inserted, 0))) return false;
    return isWordChar(decodeAt(textBefore, prevCluster(textBefore, at)));
}

}  // namespace doorway::text
