#pragma once
// UI state of the appearance feature (View > Text size, View > Theme).
// Kept in the layout settings (imgui.ini's [Doorway][Appearance] entry),
// never in a workbook. Owned by appearance.cpp.
#include "ui/theme.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace doorway {

// View > Text size, in percent of the normal size.
inline constexpr std::array<int, 7> kTextSizes = {90, 100, 110, 125, 150, 175, 200};

struct AppearanceUiState {
    ThemeId theme = ThemeId::Dark;
    int textPercent = 100;
    // The settings had an entry, or the person chose: the desktop's
    // preference is then no longer asked for (it is asked on first run).
    bool chosen = false;
    float monitorScale = 1.0f;  // the window's content scale (HiDPI)

    // What the style and font atlas were last built for. A difference is
    // rebuilt between frames (fonts cannot change mid-frame).
    bool built = false;
    ThemeId builtTheme = ThemeId::Dark;
    int builtPercent = 0;
    float builtMonitorScale = 0;

    // Scripts past the fonts' first ranges (Greek, Cyrillic, Hebrew, CJK
    // ...) are loaded when some text needs them, a block of 128 code
    // points at a time: the atlas holds what is drawn (every glyph is
    // rasterised up front), and one new letter brings its neighbours, so
    // writing in a script rebuilds the atlas a few times, not per letter.
    std::vector<uint16_t> glyphBlocks;  // code point >> 7, sorted, unique
    size_t builtGlyphBlocks = 0;
    // The ranges the atlas was last built from: ImGui keeps the pointer.
    std::vector<uint16_t> glyphRanges;
    unsigned scannedGeneration = ~0u;  // the workbook whose text was last looked through
    double scannedStatusAt = -1;       // the status message last looked through
};

}  // namespace doorway
