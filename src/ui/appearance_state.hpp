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
    // ...) are loaded when some text needs them: the atlas holds what is
    // drawn (every glyph is rasterised up front). An alphabet comes a block
    // of 128 code points at a time, so one new letter brings its neighbours
    // and writing in it rebuilds the atlas a few times, not per letter.
    // Ideographs and Hangul syllables come one by one: a text uses a few
    // hundred of their tens of thousands, spread over every block.
    std::vector<uint16_t> glyphBlocks;   // code point >> 7, sorted, unique
    std::vector<uint16_t> glyphSingles;  // code points, sorted, unique
    size_t builtGlyphUnits = 0;          // blocks + singles in the atlas
    // The ranges the atlas was last built from: ImGui keeps the pointer.
    std::vector<uint16_t> glyphRanges;
    // Writing this window can't show as written, seen in some text: Dear
    // ImGui 1.86 has no bidi (Hebrew and Arabic run left to right) and keeps
    // 16-bit code points (most emoji draw as U+FFFD). The words are kept as
    // written and print right; the person is told so once a session.
    bool sawRightToLeft = false, toldRightToLeft = false;
    bool sawBeyondBmp = false, toldBeyondBmp = false;
    unsigned scannedGeneration = ~0u;  // the workbook whose text was last looked through
    double scannedStatusAt = -1;       // the status message last looked through
};

}  // namespace doorway
