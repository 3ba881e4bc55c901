#pragma once
// The ImGui side of the themes (ui/theme.hpp) and View > Text size: the
// style and fonts built from the chosen theme and size, the colours views
// ask for by role, the layout-settings entry that remembers the choice,
// and underline and hatching styles so meaning never rests on hue alone.
#include "ui/app_state.hpp"

#include <imgui.h>

namespace doorway {

// The current theme's colour for a role. Views use these, never colour
// constants, so every theme stays legible.
const Palette& currentPalette();
ImVec4 themeColor(Tone t);
ImVec4 themeColor(Mark m);
ImVec4 themeColor(Fill f);
ImU32 themeColorU32(Tone t);
ImU32 themeColorU32(Mark m);
ImU32 themeColorU32(Fill f);

// A phrasing band's colour: "invitation", "mixed", "accusation".
ImVec4 bandColor(const std::string& band);

// How a stretch of text is underlined: a phrase that may land badly gets
// a wavy line, one that helps a straight one (so they differ without colour).
enum class Underline { Straight, Wavy };
void drawUnderline(ImDrawList* dl, float x0, float x1, float y, ImU32 color, Underline style, float scale);
// A bar filled with `color` and crossed with diagonal lines: the second
// series of a two-series chart, told apart without colour.
void drawHatchedRect(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 color, ImU32 hatch, float spacing);

// [SECTION] building the look
// Registers the [Doorway][Appearance] entry of imgui.ini (theme, text
// size); call after CreateContext, before the settings are loaded.
void registerAppearanceSettings(AppState& app);
// Theme, text size or monitor scale differ from what the style and the
// font atlas were built for.
bool appearanceNeedsRebuild(const AppState& app);
// Rebuilds the style and the font atlas (between frames only) and sets
// app.uiScale. Uploading the atlas to the GPU is the window's job.
void rebuildAppearance(AppState& app);

// [SECTION] choosing
// The next text size step up (+1) or down (-1) from `percent`, clamped.
int nextTextSize(int percent, int direction);
// Snaps to the nearest step; marks the layout settings to be saved.
void setTextSize(AppState& app, int percent);
void setTheme(AppState& app, ThemeId theme);

}  // namespace doorway
