#include "ui/text_fit.hpp"

#include "core/limits.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <iterator>

namespace doorway {

namespace {

const char* kEllipsis = "\xE2\x80\xA6";  // U+2026

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string fitToWidth(std::string_view s, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    auto advance = [&](unsigned c) { return font->GetCharAdvance(ImWchar(c < 0x10000 ? c : 0xFFFD)) * scale; };
    const float ellipsisW = advance(0x2026);
    std::string out;
    float x = 0;
    size_t lastFit = 0;  // bytes of `out` that still leave room for the ellipsis
    const char* p = s.data();
    const char* end = s.data() + s.size();
    while (p < end) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        float w = advance(c);
        if (x + w > width) {
            // Cut: the ellipsis goes after the last character that fits with it.
            out.resize(lastFit);
            while (!out.empty() && out.back() == ' ') out.pop_back();
            return out + kEllipsis;
        }
        x += w;
        if (c == ' ')
            out += ' ';
        else
            out.append(p, size_t(n));
        if (x + ellipsisW <= width) lastFit = out.size();
        p += n;
    }
    return out;
}

std::string shownText(std::string_view s, size_t maxChars) {
    if (s.size() <= maxChars) return std::string(s);  // bytes >= characters
    size_t chars = 0, cut = 0;
    for (; cut < s.size(); ++cut) {
        if (isContinuation(s[cut])) continue;
        if (chars == maxChars) break;
        ++chars;
    }
    if (cut >= s.size()) return std::string(s);
    size_t left = 0;
    for (size_t i = cut; i < s.size(); ++i) left += !isContinuation(s[i]);
    return std::string(s.substr(0, cut)) + kEllipsis + " (" + groupedNumber(left) + " more characters)";
}

namespace {

// Punctuation that ends what comes before it, so never starts a line:
// , . ; : ! ? ) ] } ’ ” » › … 、 。 ， ． ！ ？
constexpr uint32_t kClosing[] = {',',    '.',    ';',    ':',    '!',    '?',    ')',    ']',    '}',    0x2019,
                                 0x201D, 0x00BB, 0x203A, 0x2026, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F};

// A straight quote after a space opens a quotation and may start a line;
// after a letter it closes one.
bool closesBefore(uint32_t cp, bool afterSpace) {
    if (cp == '"' || cp == '\'') return !afterSpace;
    return std::find(std::begin(kClosing), std::end(kClosing), cp) != std::end(kClosing);
}

float widthOf(const std::string& s, size_t from, size_t to, const text::Measure& measure) {
    float w = 0;
    for (size_t p = from; p < to;) {
        size_t len = 1;
        w += measure(text::decodeAt(s, p, &len));
        p += std::max<size_t>(len, 1);
    }
    return w;
}

// One paragraph (no '\n') of `s`, [from, to), wrapped into `out`.
void wrapParagraph(const std::string& s, size_t from, size_t to, float width, const text::Measure& measure,
                   std::string& out) {
    size_t lineStart = from;
    float x = 0;                         // the line's width so far, spaces included
    size_t breakAt = std::string::npos;  // where the next line may start (after spaces)
    size_t breakLineEnd = 0;             // where this line would end then (before those spaces)
    float breakX = 0;
    size_t spacesFrom = std::string::npos;
    for (size_t pos = from; pos < to;) {
        size_t next = std::min(text::nextCluster(s, pos), to);
        uint32_t cp = text::decodeAt(s, pos);
        float w = widthOf(s, pos, next, measure);
        if (cp == ' ') {
            if (spacesFrom == std::string::npos) spacesFrom = pos;
            x += w;
            pos = next;
            continue;
        }
        if (spacesFrom != std::string::npos && spacesFrom > lineStart && !closesBefore(cp, true)) {
            breakAt = pos;
            breakLineEnd = spacesFrom;
            breakX = x;
        }
        spacesFrom = std::string::npos;
        if (x + w > width && pos > lineStart) {
            if (breakAt != std::string::npos && breakAt > lineStart) {
                out.append(s, lineStart, breakLineEnd - lineStart).push_back('\n');
                lineStart = breakAt;
                x -= breakX;
                breakAt = std::string::npos;
            }
            if (x + w > width && pos > lineStart) {
                // One word wider than the line: break inside it, but never
                // just before a closing mark (it stays with its word)...
                size_t cut = pos;
                while (cut > lineStart && closesBefore(text::decodeAt(s, cut), false)) cut = text::prevCluster(s, cut);
                if (cut > lineStart) {
                    out.append(s, lineStart, cut - lineStart).push_back('\n');
                    lineStart = cut;
                    x = widthOf(s, cut, pos, measure);
                } else {
                    // ... even when not one letter fits with its marks: they
                    // go over the edge, on this line.
                    cut = pos;
                    while (cut < to && closesBefore(text::decodeAt(s, cut), false))
                        cut = std::min(text::nextCluster(s, cut), to);
                    size_t lineEnd = cut;
                    while (cut < to && s[cut] == ' ') ++cut;
                    if (cut >= to) break;
                    out.append(s, lineStart, lineEnd - lineStart).push_back('\n');
                    lineStart = pos = cut;
                    x = 0;
                    breakAt = spacesFrom = std::string::npos;
                    continue;
                }
            }
        }
        x += w;
        pos = next;
    }
    size_t end = to;
    while (end > lineStart && s[end - 1] == ' ') --end;  // nothing drawn after the last word
    out.append(s, lineStart, end - lineStart);
}

}  // namespace

std::string wrapLines(std::string_view sv, float width, const text::Measure& measure) {
    const std::string s(sv);
    if (width <= 0) return s;
    std::string out;
    out.reserve(s.size() + 16);
    for (size_t from = 0;;) {
        size_t nl = s.find('\n', from);
        wrapParagraph(s, from, nl == std::string::npos ? s.size() : nl, width, measure, out);
        if (nl == std::string::npos) break;
        out.push_back('\n');
        from = nl + 1;
    }
    return out;
}

void textWrappedKept(std::string_view s, ImU32 color) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    // Where ImGui::TextWrapped would wrap: the pushed wrap position, or the
    // window's edge.
    const float wrapPos = std::max(window->DC.TextWrapPos, 0.f);
    const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrapPos);
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const std::string lines = wrapLines(s, width, [font, scale](uint32_t cp) {
        return font->GetCharAdvance(ImWchar(cp < 0x10000 ? cp : 0xFFFD)) * scale;
    });
    ImGui::PushTextWrapPos(-1.f);  // the lines are broken already
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    if (color) ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

void textOneLine(std::string_view s, ImU32 color, float width) {
    if (width < 0) width = ImGui::GetContentRegionAvail().x;
    std::string shown = fitToWidth(s, std::max(width, 0.f));
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
    if (color) ImGui::PopStyleColor();
}

void textOneLineDisabled(std::string_view s, float width) {
    textOneLine(s, ImGui::GetColorU32(ImGuiCol_TextDisabled), width);
}

}  // namespace doorway
