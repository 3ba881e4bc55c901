#pragma once
// The colours of chart series, in one place for the screen and the paper:
// the window's themes (ui/theme.cpp) take their fear and refusal tones from
// here, and the PDF and HTML draw the same series with the light (paper)
// ones. Meaning never rests on hue alone: refusal is hatched everywhere,
// role-play answers are rings that no line joins.
#include <cstdint>
#include <string>

namespace doorway {

enum class SeriesRole {
    Fear,      // fear signs (workable)
    Refusal,   // refusal signs, a declined door
    Takes,     // rehearsal takes' scores, joined by a line
    RolePlay,  // role-play answers' scores, rings only
};

// Which surface the chart is on: paper and the light theme share colours.
enum class Ink { Paper, Dark, HighContrast };

// 0xRRGGBB. Fear and refusal hold WCAG AA as text on their theme's page
// (tests/ui/theme_tests.cpp).
std::uint32_t seriesRgb(SeriesRole role, Ink ink);
// "#rrggbb" for HTML/SVG.
std::string seriesHex(SeriesRole role, Ink ink = Ink::Paper);
// Refusal is hatched as well as coloured.
bool seriesHatched(SeriesRole role);
// Takes are joined by a line; role-play answers stand alone.
bool seriesJoined(SeriesRole role);
// The series' role from its id in ChartSeries::role ("fear", "refusal",
// "takes", "roleplay"); Takes for anything else.
SeriesRole seriesRoleOf(const std::string& id);

}  // namespace doorway
