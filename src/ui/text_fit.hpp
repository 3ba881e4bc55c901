#pragma once
// Text the person wrote, drawn so that no length can abort the window.
//
// Debian's Dear ImGui 1.86 is built with 16-bit vertex indices: one draw
// list holds at most 65,536 vertices, four per glyph. ImGui reserves
// vertices for a whole line at once and, for wrapped text, draws every
// glyph even below the window, so a 17,000-character title aborted the
// window. Every single line of user text (titles, the status line, list
// labels) goes through fitToWidth(); every wrapped one through
// shownText(), which keeps it to what a screen can hold.
#include "core/text_edit.hpp"

#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace doorway {

// At most this many characters of one text are drawn wrapped (some 12,000
// vertices); the rest is named, not drawn.
inline constexpr size_t kMaxShownChars = 3000;
// A title or heading: a line or two.
inline constexpr size_t kShownTitleChars = 160;

// `s` on one line in the current font, cut to `width` pixels and ending in
// "…" when cut. Line breaks and tabs show as spaces. Costs only what is
// shown, whatever the length of `s`.
std::string fitToWidth(std::string_view s, float width);
// `s` cut after `maxChars` characters (never mid-character), with
// "… (12,345 more characters)" when cut, for wrapped text.
std::string shownText(std::string_view s, size_t maxChars = kMaxShownChars);
// `s` with a '\n' where each wrapped line ends, for lines of at most
// `width` pixels (advances from `measure`). Lines break after spaces (the
// spaces go); a word wider than a line breaks between characters. No line
// starts with punctuation that belongs to the end of the one before:
// , . ; : ! ? a closing bracket or quote ('"lately"' / ', "often"').
std::string wrapLines(std::string_view s, float width, const text::Measure& measure);
// Wrapped text, as ImGui::TextWrapped at the current wrap position but
// broken by wrapLines; `color` 0 for the normal text colour.
void textWrappedKept(std::string_view s, ImU32 color = 0);

// One line of text in the space left on the current line (or `width`),
// ellipsized; `color` 0 for the normal text colour.
void textOneLine(std::string_view s, ImU32 color = 0, float width = -1);
// The same, greyed like TextDisabled.
void textOneLineDisabled(std::string_view s, float width = -1);

// A checkbox whose label wraps in the column (ImGui's runs off the side of
// a narrow window or a dialog at a large scale); a click on the words ticks
// it too. `id` is the box's ImGui id ("##..."). True when it changed.
bool checkboxWrapped(const char* id, const std::string& label, bool* value);
// A row of an open combo's list: ImGui::Selectable, and the keyboard starts
// on it when it is the one chosen (else a list opened with Enter started on
// its first row, whatever was chosen).
bool comboRow(const char* label, bool chosen);
// sameLineIfRoom (page_column) for a radio or a checkbox with `label`: a row
// of choices wraps instead of running off the side.
void sameLineForBox(const char* label);

}  // namespace doorway
