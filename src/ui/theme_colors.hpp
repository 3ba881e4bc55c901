#pragma once
// The current theme's colours by role, and the underline and hatching
// styles that keep meaning from resting on hue alone (theme_colors.cpp).
// Widgets include this, not appearance.hpp, which builds the look from the
// app's state.
#include "ui/theme.hpp"

#include <imgui.h>

#include <string>

namespace doorway {

// The palette the style is built from; appearance.cpp sets it on a rebuild.
void setCurrentPalette(const Palette& p);
// The current theme's colour for a role. Views use these, never colour
// constants, so every theme stays legible.
const Palette& currentPalette();
ImVec4 themeColor(Tone t);
ImVec4 themeColor(Mark m);
ImVec4 themeColor(Fill f);
ImU32 themeColorU32(Tone t);
ImU32 themeColorU32(Mark m);
ImU32 themeColorU32(Fill f);

// The chosen button of a row (theme.hpp: chosenFill, chosenInk).
ImVec4 chosenFillColor();
ImVec4 chosenInkColor();

// A phrasing band's colour: "invitation", "mixed", "accusation".
ImVec4 bandColor(const std::string& band);

// How a stretch of text is underlined: a phrase that may land badly gets
// a wavy line, one that helps a straight one (so they differ without colour).
enum class Underline { Straight, Wavy };
void drawUnderline(ImDrawList* dl, float x0, float x1, float y, ImU32 color, Underline style, float scale);
// A bar filled with `color` and crossed with diagonal lines: the second
// series of a two-series chart, told apart without colour.
void drawHatchedRect(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 color, ImU32 hatch, float spacing);

}  // namespace doorway
