#include "ui/text_fit.hpp"

#include "core/limits.hpp"
#include "ui/page_column.hpp"

#include <imgui_internal.h>

#include <algorithm>

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

std::string wrapLines(std::string_view sv, float width, const text::Measure& measure) {
    const std::string s(sv);
    if (width <= 0) return s;
    text::Layout layout;
    layout.build(s, width, measure, true);
    std::string out;
    out.reserve(s.size() + 16);
    for (const text::VisualLine& l : layout.lines()) {
        if (&l != &layout.lines().front()) out.push_back('\n');
        size_t end = l.end;
        while (end > l.begin && s[end - 1] == ' ') --end;  // nothing drawn after the last word
        out.append(s, l.begin, end - l.begin);
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

bool checkboxWrapped(const char* id, const std::string& label, bool* value) {
    ImGui::BeginGroup();
    bool changed = ImGui::Checkbox(id, value);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    // The words as a button of their own over them: a click counts on
    // release, as the box's does, and never drags the dialog. Off the
    // keyboard's path (the box is the Tab stop); a disabled box disables it.
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    ImGui::SetCursorScreenPos(min);
    // Both flags: in 1.86 Tab asks NoTabStop and the arrows NoNav; with
    // NoNav alone Tab stopped on the words with no ring, and Space there
    // ticked a box nobody could see was in focus.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop, true);
    ImGui::PushID(id);  // one per box, even with several in one window
    if (ImGui::InvisibleButton("##words", size)) {
        *value = !*value;
        changed = true;
    }
    ImGui::PopID();
    ImGui::PopItemFlag();
    ImGui::EndGroup();
    return changed;
}

bool comboRow(const char* label, bool chosen) {
    const bool clicked = ImGui::Selectable(label, chosen);
    if (chosen) ImGui::SetItemDefaultFocus();
    return clicked;
}

void sameLineForBox(const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    sameLineIfRoom(ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x);
}

}  // namespace doorway
