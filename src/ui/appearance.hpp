#pragma once
// The ImGui side of the themes (ui/theme.hpp) and View > Text size: the
// style and fonts built from the chosen theme and size, the colours views
// ask for by role, the layout-settings entry that remembers the choice,
// and underline and hatching styles so meaning never rests on hue alone.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"
#include "ui/theme_colors.hpp"

#include <imgui.h>

#include <cstdint>
#include <string_view>

namespace doorway {

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
// Asks for the glyphs `utf8` uses that the atlas lacks (the next rebuild
// loads their blocks from the fonts that have them).
void noteGlyphs(AppearanceUiState& a, std::string_view utf8);
// Looks through what will be drawn and is not yet looked at: a newly
// opened workbook, the status line, and what the text boxes found unshown.
void noteGlyphsToShow(AppState& app);
// Whether the window can't show a code point as written: Hebrew, Arabic and
// the other right-to-left scripts run left to right here (Dear ImGui has no
// bidi); code points past U+FFFF (most emoji) draw as U+FFFD. Either way the
// text is kept byte for byte and paper shows it right (Pango).
bool writtenRightToLeft(uint32_t cp);
bool drawableCodePoint(uint32_t cp);
// Once a session: says so on the status line the first time such text is
// seen (typed, pasted or opened). The caller waits until the line is free.
void tellUnshownWriting(AppState& app, double now);

// [SECTION] drawing with the heading face
// The heading face (DejaVu Sans Bold, which rebuildAppearance loads after
// the text face) for as long as it lives; nothing when only ImGui's built-in
// font could be loaded. The one place that knows which font is which.
class HeadingFont {
public:
    HeadingFont();
    ~HeadingFont();
    HeadingFont(const HeadingFont&) = delete;
    HeadingFont& operator=(const HeadingFont&) = delete;
    bool pushed() const { return m_pushed; }  // false: the built-in font stands in

private:
    bool m_pushed = false;
};
// A heading in the heading face, wrapped at the window's edge (big text in a
// narrow window never runs off it).
void drawHeading(std::string_view text);
// The room above a page's heading, the same on every page (the practice
// pages, which had none, put their headings 18 px higher than the
// worksheets and the start page). `scale` is AppState::uiScale.
void pageTopGap(float scale);
// A page's own heading: the gap above it (pageTopGap), then its one name
// (core/worksheet: pageName or practicePageName), drawn as drawHeading
// does, and "heading/page" in the window map.
void drawPageHeading(AppState& app, std::string_view name);

// [SECTION] choosing
// The next text size step up (+1) or down (-1) from `percent`, clamped.
int nextTextSize(int percent, int direction);
// Snaps to the nearest step; marks the layout settings to be saved.
void setTextSize(AppState& app, int percent);
void setTheme(AppState& app, ThemeId theme);

// [SECTION] the View menu, keys and --ui
// View > Text size and View > Theme.
void drawAppearanceMenuItems(AppState& app);
// Ctrl+= / Ctrl+- / Ctrl+0.
void handleAppearanceShortcuts(AppState& app);
// "appearance.*" actions of --ui; true when the action was one.
bool appearanceUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
