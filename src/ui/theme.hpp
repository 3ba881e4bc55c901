#pragma once
// Doorway's colour themes as data: the one home for every colour the
// window draws with. No ImGui here, so the contrast test can read the
// table without a window; ui/appearance.cpp turns a palette into an
// ImGuiStyle, and views ask themeColor() (ui/appearance.hpp) for a role.
//
// Reading the roles: "Tone" roles are drawn as text (and some also as
// chart marks), "Surface" roles are what text sits on, and "Fill" roles
// are translucent washes (cards, banners, chart bands) laid over a
// surface. tests/ui/theme_tests.cpp holds every text role to WCAG AA
// (4.5:1; 7:1 in the high-contrast theme) on every surface and fill.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace doorway {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

enum class ThemeId { Dark, Light, HighContrast };
inline constexpr std::array<ThemeId, 3> kThemes = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};

// What text sits on.
enum class Surface {
    Window,
    Child,  // the sidebar and the page
    Popup,  // menus, tooltips, dialogs
    MenuBar,
    Frame,  // text boxes, unchecked boxes
    FrameHovered,
    FrameActive,
    Button,
    ButtonHovered,
    ButtonActive,
    Header,  // the selected sidebar row, a hovered menu item
    HeaderHovered,
    HeaderActive,
    TitleBg,  // dialog title bars
    TitleBgActive,
    Count
};

// Drawn as text.
enum class Tone {
    Text,       // body text
    TextMuted,  // hints, captions, "of 100" (ImGui's TextDisabled)
    Fear,       // fear signs: workable (the tracker, the door log)
    Refusal,    // refusal signs, a declined door
    Idea,       // a helpful phrase, a chosen option, "done"
    Mixed,      // the middle phrasing band
    Risk,       // phrasing that may land as blame
    Strength,   // phrasing that helps
    Error,      // something went wrong
    Warn,       // a caution that is not an error
    Ok,         // something worked
    Count
};

// Marks that are not text: borders, chart lines, the check mark.
enum class Mark {
    Border,
    Separator,
    CheckMark,
    SliderGrab,
    PlotLines,
    PlotHistogram,  // completion bars, the level meter
    Scrollbar,
    NavHighlight,   // the keyboard focus ring
    TextSelection,  // selected text's background
    Count
};

// Translucent washes over a surface.
enum class Fill {
    Card,          // a worksheet card
    CardInfo,      // the reading of a trend
    CardCaution,   // the safety card on a page
    Banner,        // read-only / damaged-asset banner
    RolePlayCard,  // the objection being answered
    BandGood,      // the takes chart's invitation band
    BandMixed,
    BandBlame,
    Count
};

struct Palette {
    ThemeId id;
    std::string_view key;    // "dark": what the layout settings store
    std::string_view label;  // "Dark": what the View menu says
    bool light = false;      // dark text on a light page
    float frameBorder = 0;   // outline around boxes and buttons (px at 100%)
    std::array<Rgba, size_t(Surface::Count)> surfaces{};
    std::array<Rgba, size_t(Tone::Count)> tones{};
    std::array<Rgba, size_t(Mark::Count)> marks{};
    std::array<Rgba, size_t(Fill::Count)> fills{};

    Rgba at(Surface s) const { return surfaces[size_t(s)]; }
    Rgba at(Tone t) const { return tones[size_t(t)]; }
    Rgba at(Mark m) const { return marks[size_t(m)]; }
    Rgba at(Fill f) const { return fills[size_t(f)]; }
};

const Palette& palette(ThemeId id);

// The chosen one of a row of buttons (a scale's number): filled with the
// chosen-option colour and lettered in the page's, the reverse of the
// buttons beside it, so it is seen at a glance and not by hue alone
// (tests/ui/theme_tests.cpp holds it to the contrast rules).
inline Rgba chosenFill(const Palette& p) {
    return p.at(Tone::Idea);
}
inline Rgba chosenInk(const Palette& p) {
    return p.at(Surface::Child);
}
std::optional<ThemeId> themeFromKey(std::string_view key);

// WCAG 2.x: relative luminance of an opaque colour, and the contrast ratio
// of two (1 to 21).
double relativeLuminance(Rgba c);
double contrastRatio(Rgba a, Rgba b);
// `top` laid over an opaque `bottom` by its alpha.
Rgba composite(Rgba top, Rgba bottom);

// [SECTION] the desktop's preference (read on first run; see docs)
//
// What a desktop said, from the sources GLFW cannot read. Each parser
// takes the raw text a source gives and returns nothing when it says
// nothing either way.
enum class DesktopLook { Light, Dark, HighContrast };
// `gdbus call ... org.freedesktop.portal.Settings.Read org.freedesktop.appearance color-scheme`
// prints "(<<uint32 1>>,)": 1 prefers dark, 2 prefers light, 0 no preference.
std::optional<DesktopLook> lookFromPortalReply(std::string_view reply);
// `gsettings get org.gnome.desktop.interface color-scheme`: 'prefer-dark'.
std::optional<DesktopLook> lookFromColorScheme(std::string_view value);
// A GTK theme name ("Adwaita:dark", "HighContrast", "Arc-Dark", GTK_THEME).
std::optional<DesktopLook> lookFromGtkThemeName(std::string_view name);
// ~/.config/gtk-3.0/settings.ini: gtk-application-prefer-dark-theme, gtk-theme-name.
std::optional<DesktopLook> lookFromGtkSettings(std::string_view ini);
// ~/.config/kdeglobals: [General] ColorScheme=BreezeDark.
std::optional<DesktopLook> lookFromKdeGlobals(std::string_view ini);
ThemeId themeForLook(std::optional<DesktopLook> look);

}  // namespace doorway
