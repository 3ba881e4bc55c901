// The three themes' colours, and reading the desktop's light/dark wish.
// UI-free on purpose (see theme.hpp).
#include "ui/theme.hpp"

#include "core/chart_palette.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace doorway {

namespace {

constexpr Rgba hex(unsigned rgb, float a = 1.0f) {
    return {float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f, a};
}

// [SECTION] the palettes
//
// Dark: the original late-night look, warm and soft. Light: warm paper.
// High contrast: white and bright hues on black, outlined boxes, 7:1.

Palette makeDark() {
    Palette p{ThemeId::Dark, "dark", "Dark"};
    p.frameBorder = 1.0f;  // an empty box or radio is outlined, not only shaded
    auto& s = p.surfaces;
    s[size_t(Surface::Window)] = {0.11f, 0.11f, 0.13f, 1};
    s[size_t(Surface::Child)] = {0.13f, 0.13f, 0.155f, 1};
    // Dialogs are opaque: the page behind must not show through their words
    // (a private answer under a Save dialog, text under its buttons).
    s[size_t(Surface::Popup)] = {0.08f, 0.08f, 0.09f, 1};
    s[size_t(Surface::MenuBar)] = {0.14f, 0.14f, 0.16f, 1};
    s[size_t(Surface::Frame)] = {0.19f, 0.19f, 0.22f, 1};
    s[size_t(Surface::FrameHovered)] = {0.23f, 0.23f, 0.27f, 1};
    s[size_t(Surface::FrameActive)] = {0.24f, 0.25f, 0.29f, 1};
    s[size_t(Surface::Button)] = {0.26f, 0.36f, 0.48f, 1};
    s[size_t(Surface::ButtonHovered)] = {0.29f, 0.40f, 0.53f, 1};
    s[size_t(Surface::ButtonActive)] = {0.22f, 0.31f, 0.42f, 1};
    s[size_t(Surface::Header)] = {0.21f, 0.26f, 0.34f, 1};
    s[size_t(Surface::HeaderHovered)] = {0.24f, 0.29f, 0.38f, 1};
    s[size_t(Surface::HeaderActive)] = {0.23f, 0.28f, 0.37f, 1};
    s[size_t(Surface::TitleBg)] = {0.08f, 0.08f, 0.09f, 1};
    s[size_t(Surface::TitleBgActive)] = {0.16f, 0.22f, 0.30f, 1};
    auto& t = p.tones;
    t[size_t(Tone::Text)] = {0.92f, 0.92f, 0.90f, 1};
    t[size_t(Tone::TextMuted)] = {0.72f, 0.72f, 0.74f, 1};
    // Fear and refusal: the chart palette the paper draws with too.
    t[size_t(Tone::Fear)] = hex(seriesRgb(SeriesRole::Fear, Ink::Dark));
    t[size_t(Tone::Refusal)] = hex(seriesRgb(SeriesRole::Refusal, Ink::Dark));
    t[size_t(Tone::Idea)] = {0.62f, 0.78f, 0.62f, 1};
    t[size_t(Tone::Mixed)] = {0.95f, 0.78f, 0.40f, 1};
    t[size_t(Tone::Risk)] = {1.0f, 0.60f, 0.48f, 1};
    t[size_t(Tone::Strength)] = {0.50f, 0.86f, 0.62f, 1};
    t[size_t(Tone::Error)] = {1.0f, 0.55f, 0.48f, 1};
    t[size_t(Tone::Warn)] = {0.93f, 0.68f, 0.35f, 1};
    t[size_t(Tone::Ok)] = {0.55f, 0.85f, 0.65f, 1};
    auto& m = p.marks;
    m[size_t(Mark::Border)] = {0.47f, 0.47f, 0.52f, 1};
    m[size_t(Mark::Separator)] = {0.43f, 0.43f, 0.50f, 0.5f};
    m[size_t(Mark::CheckMark)] = {0.55f, 0.80f, 0.65f, 1};
    m[size_t(Mark::SliderGrab)] = {0.47f, 0.62f, 0.80f, 1};
    m[size_t(Mark::PlotLines)] = {0.66f, 0.66f, 0.68f, 1};
    m[size_t(Mark::PlotHistogram)] = {0.45f, 0.68f, 0.55f, 1};
    m[size_t(Mark::Scrollbar)] = {0.36f, 0.36f, 0.40f, 1};
    m[size_t(Mark::NavHighlight)] = {0.40f, 0.66f, 0.98f, 1};
    m[size_t(Mark::TextSelection)] = {0.26f, 0.46f, 0.75f, 0.45f};
    auto& f = p.fills;
    f[size_t(Fill::Card)] = {1, 1, 1, 0.04f};
    f[size_t(Fill::CardInfo)] = {0.45f, 0.62f, 0.75f, 0.10f};
    f[size_t(Fill::CardCaution)] = {0.75f, 0.45f, 0.35f, 0.16f};
    f[size_t(Fill::Banner)] = {0.45f, 0.33f, 0.12f, 0.35f};
    f[size_t(Fill::RolePlayCard)] = {0.22f, 0.26f, 0.33f, 0.55f};
    f[size_t(Fill::BandGood)] = {0.35f, 0.78f, 0.51f, 0.11f};
    f[size_t(Fill::BandMixed)] = {0.94f, 0.78f, 0.39f, 0.086f};
    f[size_t(Fill::BandBlame)] = {0.94f, 0.47f, 0.43f, 0.086f};
    return p;
}

Palette makeLight() {
    Palette p{ThemeId::Light, "light", "Light", true};
    p.frameBorder = 1.0f;
    auto& s = p.surfaces;
    s[size_t(Surface::Window)] = hex(0xf3efe7);
    s[size_t(Surface::Child)] = hex(0xfaf7f1);
    s[size_t(Surface::Popup)] = hex(0xfffdf8);  // opaque, as in the dark theme
    s[size_t(Surface::MenuBar)] = hex(0xebe6dc);
    s[size_t(Surface::Frame)] = hex(0xe9e3d7);
    s[size_t(Surface::FrameHovered)] = hex(0xe0d9cb);
    s[size_t(Surface::FrameActive)] = hex(0xd9d1c1);
    s[size_t(Surface::Button)] = hex(0xc8d5e2);
    s[size_t(Surface::ButtonHovered)] = hex(0xb5c7d9);
    s[size_t(Surface::ButtonActive)] = hex(0xa9bdd2);
    s[size_t(Surface::Header)] = hex(0xd5dfe9);
    s[size_t(Surface::HeaderHovered)] = hex(0xc8d6e4);
    s[size_t(Surface::HeaderActive)] = hex(0xbccddf);
    s[size_t(Surface::TitleBg)] = hex(0xe2dccf);
    s[size_t(Surface::TitleBgActive)] = hex(0xcfdae6);
    auto& t = p.tones;
    t[size_t(Tone::Text)] = hex(0x24221f);
    t[size_t(Tone::TextMuted)] = hex(0x55504a);
    t[size_t(Tone::Fear)] = hex(seriesRgb(SeriesRole::Fear, Ink::Paper));  // as on paper
    t[size_t(Tone::Refusal)] = hex(seriesRgb(SeriesRole::Refusal, Ink::Paper));
    t[size_t(Tone::Idea)] = hex(0x2a6132);
    t[size_t(Tone::Mixed)] = hex(0x735300);
    t[size_t(Tone::Risk)] = hex(0xa3301c);
    t[size_t(Tone::Strength)] = hex(0x23653a);
    t[size_t(Tone::Error)] = hex(0xa8261a);
    t[size_t(Tone::Warn)] = hex(0x864900);
    t[size_t(Tone::Ok)] = hex(0x23653a);
    auto& m = p.marks;
    m[size_t(Mark::Border)] = hex(0x8a8376);
    m[size_t(Mark::Separator)] = {0.45f, 0.40f, 0.33f, 0.35f};
    m[size_t(Mark::CheckMark)] = hex(0x2a6132);
    m[size_t(Mark::SliderGrab)] = hex(0x4a6f94);
    m[size_t(Mark::PlotLines)] = hex(0x55504a);
    m[size_t(Mark::PlotHistogram)] = hex(0x3f7a4f);
    m[size_t(Mark::Scrollbar)] = hex(0xbdb4a3);
    m[size_t(Mark::NavHighlight)] = hex(0x2f6fb3);
    m[size_t(Mark::TextSelection)] = {0.26f, 0.50f, 0.85f, 0.30f};
    auto& f = p.fills;
    f[size_t(Fill::Card)] = {0.45f, 0.40f, 0.30f, 0.06f};
    f[size_t(Fill::CardInfo)] = {0.25f, 0.45f, 0.60f, 0.10f};
    f[size_t(Fill::CardCaution)] = {0.75f, 0.40f, 0.25f, 0.12f};
    f[size_t(Fill::Banner)] = {0.85f, 0.62f, 0.20f, 0.30f};
    f[size_t(Fill::RolePlayCard)] = {0.30f, 0.40f, 0.55f, 0.12f};
    f[size_t(Fill::BandGood)] = {0.20f, 0.60f, 0.35f, 0.12f};
    f[size_t(Fill::BandMixed)] = {0.85f, 0.65f, 0.10f, 0.12f};
    f[size_t(Fill::BandBlame)] = {0.80f, 0.30f, 0.20f, 0.10f};
    return p;
}

Palette makeHighContrast() {
    Palette p{ThemeId::HighContrast, "high-contrast", "High contrast"};
    p.frameBorder = 1.0f;
    auto& s = p.surfaces;
    s[size_t(Surface::Window)] = hex(0x000000);
    s[size_t(Surface::Child)] = hex(0x000000);
    s[size_t(Surface::Popup)] = hex(0x0a0a0a);
    s[size_t(Surface::MenuBar)] = hex(0x000000);
    s[size_t(Surface::Frame)] = hex(0x1a1a1a);
    s[size_t(Surface::FrameHovered)] = hex(0x262626);
    s[size_t(Surface::FrameActive)] = hex(0x262626);
    s[size_t(Surface::Button)] = hex(0x0b3a66);
    s[size_t(Surface::ButtonHovered)] = hex(0x0d4377);
    s[size_t(Surface::ButtonActive)] = hex(0x082c4f);
    s[size_t(Surface::Header)] = hex(0x0b3a66);
    s[size_t(Surface::HeaderHovered)] = hex(0x0d4377);
    s[size_t(Surface::HeaderActive)] = hex(0x082c4f);
    s[size_t(Surface::TitleBg)] = hex(0x000000);
    s[size_t(Surface::TitleBgActive)] = hex(0x0b3a66);
    auto& t = p.tones;
    t[size_t(Tone::Text)] = hex(0xffffff);
    t[size_t(Tone::TextMuted)] = hex(0xe0e0e0);
    t[size_t(Tone::Fear)] = hex(seriesRgb(SeriesRole::Fear, Ink::HighContrast));
    t[size_t(Tone::Refusal)] = hex(seriesRgb(SeriesRole::Refusal, Ink::HighContrast));
    t[size_t(Tone::Idea)] = hex(0x9dffa8);
    t[size_t(Tone::Mixed)] = hex(0xffe46b);
    t[size_t(Tone::Risk)] = hex(0xffa090);
    t[size_t(Tone::Strength)] = hex(0x9dffa8);
    t[size_t(Tone::Error)] = hex(0xffa090);
    t[size_t(Tone::Warn)] = hex(0xffc266);
    t[size_t(Tone::Ok)] = hex(0x9dffa8);
    auto& m = p.marks;
    m[size_t(Mark::Border)] = hex(0xffffff, 0.85f);
    m[size_t(Mark::Separator)] = hex(0xffffff, 0.75f);
    m[size_t(Mark::CheckMark)] = hex(0xffe46b);
    m[size_t(Mark::SliderGrab)] = hex(0xffe46b);
    m[size_t(Mark::PlotLines)] = hex(0xffffff);
    m[size_t(Mark::PlotHistogram)] = hex(0x9dffa8);
    m[size_t(Mark::Scrollbar)] = hex(0xb0b0b0);
    m[size_t(Mark::NavHighlight)] = hex(0xffe46b);
    m[size_t(Mark::TextSelection)] = hex(0x1d5fb0, 0.75f);
    auto& f = p.fills;
    f[size_t(Fill::Card)] = {1, 1, 1, 0.07f};
    f[size_t(Fill::CardInfo)] = {0.30f, 0.60f, 1.0f, 0.14f};
    f[size_t(Fill::CardCaution)] = {1.0f, 0.40f, 0.30f, 0.16f};
    f[size_t(Fill::Banner)] = {1.0f, 0.75f, 0.10f, 0.20f};
    f[size_t(Fill::RolePlayCard)] = {0.30f, 0.50f, 1.0f, 0.16f};
    f[size_t(Fill::BandGood)] = {0.40f, 1.0f, 0.50f, 0.14f};
    f[size_t(Fill::BandMixed)] = {1.0f, 0.90f, 0.30f, 0.14f};
    f[size_t(Fill::BandBlame)] = {1.0f, 0.45f, 0.35f, 0.14f};
    return p;
}

const Palette kDark = makeDark();
const Palette kLight = makeLight();
const Palette kHighContrast = makeHighContrast();

double channel(float c) {
    double v = std::clamp(double(c), 0.0, 1.0);
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

// The value of `key` in `section` of an ini text ("" when absent); the
// last one wins, as GTK and KDE read them.
std::string iniValue(std::string_view ini, std::string_view section, std::string_view key) {
    std::string current, found;
    size_t pos = 0;
    while (pos <= ini.size()) {
        size_t nl = ini.find('\n', pos);
        if (nl == std::string_view::npos) nl = ini.size();
        std::string line = trim(ini.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line.front() == '[' && line.back() == ']') {
            current = line.substr(1, line.size() - 2);
            continue;
        }
        size_t eq = line.find('=');
        if (eq == std::string::npos || current != section) continue;
        if (trim(std::string_view(line).substr(0, eq)) == key) found = trim(std::string_view(line).substr(eq + 1));
    }
    return found;
}

}  // namespace

const Palette& palette(ThemeId id) {
    switch (id) {
        case ThemeId::Light:
            return kLight;
        case ThemeId::HighContrast:
            return kHighContrast;
        case ThemeId::Dark:
            break;
    }
    return kDark;
}

std::optional<ThemeId> themeFromKey(std::string_view key) {
    for (ThemeId id : kThemes)
        if (palette(id).key == key) return id;
    return std::nullopt;
}

double relativeLuminance(Rgba c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrastRatio(Rgba a, Rgba b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba composite(Rgba top, Rgba bottom) {
    float a = std::clamp(top.a, 0.0f, 1.0f);
    return {top.r * a + bottom.r * (1 - a), top.g * a + bottom.g * (1 - a), top.b * a + bottom.b * (1 - a), 1};
}

// [SECTION] the desktop's preference

std::optional<DesktopLook> lookFromPortalReply(std::string_view reply) {
    // "(<<uint32 1>>,)" from gdbus; a bare number is accepted too.
    std::string r = lower(reply);
    size_t at = r.find("uint32");
    size_t digit = r.find_first_of("0123456789", at == std::string::npos ? 0 : at + 6);
    if (digit == std::string::npos) return std::nullopt;
    switch (r[digit]) {
        case '1':
            return DesktopLook::Dark;
        case '2':
            return DesktopLook::Light;
        default:
            return std::nullopt;
    }
}

std::optional<DesktopLook> lookFromColorScheme(std::string_view value) {
    std::string v = lower(value);
    if (v.find("prefer-dark") != std::string::npos) return DesktopLook::Dark;
    if (v.find("prefer-light") != std::string::npos) return DesktopLook::Light;
    return std::nullopt;  // 'default' says nothing either way
}

std::optional<DesktopLook> lookFromGtkThemeName(std::string_view name) {
    std::string n = lower(trim(name));
    if (n.empty()) return std::nullopt;
    if (n.find("highcontrast") != std::string::npos || n.find("high-contrast") != std::string::npos)
        return DesktopLook::HighContrast;
    if (n.find("dark") != std::string::npos) return DesktopLook::Dark;
    return DesktopLook::Light;  // a named theme without "dark" is a light one
}

std::optional<DesktopLook> lookFromGtkSettings(std::string_view ini) {
    std::string prefer = lower(iniValue(ini, "Settings", "gtk-application-prefer-dark-theme"));
    if (prefer == "1" || prefer == "true") return DesktopLook::Dark;
    if (auto name = iniValue(ini, "Settings", "gtk-theme-name"); !name.empty()) return lookFromGtkThemeName(name);
    return std::nullopt;
}

std::optional<DesktopLook> lookFromKdeGlobals(std::string_view ini) {
    std::string scheme = iniValue(ini, "General", "ColorScheme");
    if (scheme.empty()) return std::nullopt;
    return lookFromGtkThemeName(scheme);  // "BreezeDark", "BreezeHighContrast", "BreezeLight"
}

ThemeId themeForLook(std::optional<DesktopLook> look) {
    if (!look) return ThemeId::Dark;  // Doorway's own default: late-night reading
    switch (*look) {
        case DesktopLook::Light:
            return ThemeId::Light;
        case DesktopLook::HighContrast:
            return ThemeId::HighContrast;
        case DesktopLook::Dark:
            break;
    }
    return ThemeId::Dark;
}

}  // namespace doorway
