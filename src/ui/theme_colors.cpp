// Colours by role, underlines and hatching: what every view and widget
// draws with, apart from how the style is built (appearance.cpp).
#include "ui/theme_colors.hpp"

#include <cmath>

namespace doorway {

namespace {

// The palette the style was last built from. Like ImGui's own style it
// belongs to the one window; views read it through themeColor().
const Palette* g_palette = &palette(ThemeId::Dark);

ImVec4 vec(Rgba c) {
    return ImVec4(c.r, c.g, c.b, c.a);
}

}  // namespace

void setCurrentPalette(const Palette& p) {
    g_palette = &p;
}

const Palette& currentPalette() {
    return *g_palette;
}
ImVec4 themeColor(Tone t) {
    return vec(g_palette->at(t));
}
ImVec4 themeColor(Mark m) {
    return vec(g_palette->at(m));
}
ImVec4 themeColor(Fill f) {
    return vec(g_palette->at(f));
}
ImU32 themeColorU32(Tone t) {
    return ImGui::GetColorU32(themeColor(t));
}
ImU32 themeColorU32(Mark m) {
    return ImGui::GetColorU32(themeColor(m));
}
ImU32 themeColorU32(Fill f) {
    return ImGui::GetColorU32(themeColor(f));
}

ImVec4 chosenFillColor() {
    return vec(chosenFill(*g_palette));
}
ImVec4 chosenInkColor() {
    return vec(chosenInk(*g_palette));
}

ImVec4 bandColor(const std::string& band) {
    if (band == "invitation") return themeColor(Tone::Strength);
    if (band == "mixed") return themeColor(Tone::Mixed);
    if (band == "unclear") return themeColor(Tone::TextMuted);  // not enough to go on: no verdict
    if (band == "safety") return themeColor(Tone::Warn);
    return themeColor(Tone::Risk);
}

void drawUnderline(ImDrawList* dl, float x0, float x1, float y, ImU32 color, Underline style, float scale) {
    if (x1 <= x0) return;
    if (style == Underline::Straight) {
        dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), color, std::max(1.0f, scale));
        return;
    }
    // A zigzag, as spelling checkers draw: it reads as "look here" at any size.
    const float half = 2.0f * scale, amp = 1.5f * scale;
    ImVector<ImVec2> pts;
    bool up = true;
    for (float x = x0; x < x1; x += half, up = !up) pts.push_back(ImVec2(x, y + (up ? -amp : amp)));
    pts.push_back(ImVec2(x1, y + (up ? -amp : amp)));
    dl->AddPolyline(pts.Data, pts.Size, color, 0, std::max(1.0f, 1.2f * scale));
}

void drawHatchedRect(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 color, ImU32 hatch, float spacing) {
    if (max.x - min.x < 0.5f || max.y - min.y < 0.5f) return;  // a zero count draws nothing
    dl->AddRectFilled(min, max, color, 2.0f);
    if (spacing <= 0) return;
    dl->PushClipRect(min, max, true);
    const float h = max.y - min.y;
    for (float x = min.x - h; x < max.x; x += spacing) dl->AddLine(ImVec2(x, max.y), ImVec2(x + h, min.y), hatch, 1.5f);
    dl->PopClipRect();
}

}  // namespace doorway
