// Themes and text size: every theme's text meets WCAG AA on everything it
// is drawn on (7:1 in high contrast), the style is built from the palette
// table, the text size rebuilds the fonts and is kept in the layout
// settings, and the desktop's light/dark wish is read from what desktops
// actually say.
#include "headless.hpp"
#include "ui/app_frame.hpp"
#include "ui/appearance.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace doorway;
using doorway::test::Headless;

namespace {

struct Background {
    std::string name;
    Rgba color;
};

// Opaque colours text can sit on: every surface a text role may be drawn
// on, and every translucent fill laid over the page and the window.
std::vector<Background> pageBackgrounds(const Palette& p) {
    const Rgba window = composite(p.at(Surface::Window), {0, 0, 0, 1});
    const Rgba child = composite(p.at(Surface::Child), window);
    std::vector<Background> out = {
        {"window", window},
        {"page", child},
        {"popup", composite(p.at(Surface::Popup), window)},
        {"menu bar", composite(p.at(Surface::MenuBar), window)},
        {"text box", composite(p.at(Surface::Frame), child)},
        {"hovered text box", composite(p.at(Surface::FrameHovered), child)},
        {"active text box", composite(p.at(Surface::FrameActive), child)},
    };
    const char* fillNames[] = {"card",      "info card", "caution card", "banner",
                               "role-play", "good band", "mixed band",   "blame band"};
    for (size_t i = 0; i < size_t(Fill::Count); ++i) {
        out.push_back({std::string(fillNames[i]) + " on the page", composite(p.fills[i], child)});
        out.push_back({std::string(fillNames[i]) + " on the window", composite(p.fills[i], window)});
    }
    return out;
}

const char* toneName(size_t i) {
    static const char* kNames[] = {"text", "muted",    "fear",  "refusal", "idea", "mixed",
                                   "risk", "strength", "error", "warn",    "ok"};
    static_assert(sizeof kNames / sizeof kNames[0] == size_t(Tone::Count));
    return kNames[i];
}

double needed(const Palette& p) {
    return p.id == ThemeId::HighContrast ? 7.0 : 4.5;
}

}  // namespace

TEST_CASE("every text colour meets WCAG AA on every page background, in every theme", "[theme]") {
    for (ThemeId id : kThemes) {
        const Palette& p = palette(id);
        for (const Background& bg : pageBackgrounds(p)) {
            for (size_t t = 0; t < size_t(Tone::Count); ++t) {
                const double ratio = contrastRatio(p.tones[t], bg.color);
                INFO(p.label << ": " << toneName(t) << " on " << bg.name << " = " << ratio << ":1");
                CHECK(ratio >= needed(p));
            }
        }
    }
}

TEST_CASE("text on buttons, highlighted rows and title bars meets WCAG AA in every theme", "[theme]") {
    for (ThemeId id : kThemes) {
        const Palette& p = palette(id);
        const Rgba child = composite(p.at(Surface::Child), composite(p.at(Surface::Window), {0, 0, 0, 1}));
        // Buttons and title bars carry body text only.
        for (Surface s : {Surface::Button, Surface::ButtonHovered, Surface::ButtonActive, Surface::TitleBg,
                          Surface::TitleBgActive}) {
            double ratio = contrastRatio(p.at(Tone::Text), composite(p.at(s), child));
            INFO(p.label << ": text on surface " << int(s) << " = " << ratio);
            CHECK(ratio >= needed(p));
        }
        // Highlighted rows (the chosen page, a hovered menu item) carry body
        // text and muted notes (a disabled menu item, "2/5").
        for (Surface s : {Surface::Header, Surface::HeaderHovered, Surface::HeaderActive}) {
            for (Tone t : {Tone::Text, Tone::TextMuted}) {
                double ratio = contrastRatio(p.at(t), composite(p.at(s), child));
                INFO(p.label << ": " << toneName(size_t(t)) << " on surface " << int(s) << " = " << ratio);
                CHECK(ratio >= needed(p));
            }
        }
        // Selected text keeps its contrast.
        const Rgba selected = composite(p.at(Mark::TextSelection), composite(p.at(Surface::Frame), child));
        INFO(p.label << ": text on a selection = " << contrastRatio(p.at(Tone::Text), selected));
        CHECK(contrastRatio(p.at(Tone::Text), selected) >= needed(p));
    }
}

TEST_CASE("marks that carry meaning stand out 3:1 from what they sit on (WCAG 1.4.11)", "[theme]") {
    for (ThemeId id : kThemes) {
        const Palette& p = palette(id);
        const Rgba window = composite(p.at(Surface::Window), {0, 0, 0, 1});
        const Rgba child = composite(p.at(Surface::Child), window);
        const Rgba frame = composite(p.at(Surface::Frame), child);
        struct Pair {
            const char* what;
            Rgba mark, bg;
        } pairs[] = {
            {"check mark in its box", p.at(Mark::CheckMark), frame},
            {"completion bar on its track", p.at(Mark::PlotHistogram), frame},
            {"slider grab", p.at(Mark::SliderGrab), frame},
            {"keyboard focus on the page", p.at(Mark::NavHighlight), child},
            {"keyboard focus on the window", p.at(Mark::NavHighlight), window},
            {"fear bar", p.at(Tone::Fear), child},
            {"refusal bar", p.at(Tone::Refusal), child},
            {"chart line", p.at(Mark::PlotLines), child},
            // An empty text box, check box or radio button is found by its outline.
            {"a box's outline on the page", composite(p.at(Mark::Border), child), child},
            {"a box's outline on a card", composite(p.at(Mark::Border), composite(p.at(Fill::CardInfo), child)),
             composite(p.at(Fill::CardInfo), child)},
        };
        CHECK(p.frameBorder >= 1.0f);
        for (const Pair& pr : pairs) {
            INFO(p.label << ": " << pr.what << " = " << contrastRatio(pr.mark, pr.bg));
            CHECK(contrastRatio(pr.mark, pr.bg) >= 3.0);
        }
    }
}

TEST_CASE("the chosen number of a scale is seen at a glance: filled, lettered in reverse, in every theme", "[theme]") {
    // It was a slightly darker button with an outline (1.3:1 from the
    // others in the light theme).
    for (ThemeId id : kThemes) {
        const Palette& p = palette(id);
        const Rgba child = composite(p.at(Surface::Child), composite(p.at(Surface::Window), {0, 0, 0, 1}));
        const Rgba fill = composite(chosenFill(p), child);
        INFO(p.label << ": its number = " << contrastRatio(chosenInk(p), fill) << ":1");
        CHECK(contrastRatio(chosenInk(p), fill) >= needed(p));
        for (Surface s : {Surface::Button, Surface::ButtonHovered}) {
            const double apart = contrastRatio(fill, composite(p.at(s), child));
            INFO(p.label << ": from the button beside it (surface " << int(s) << ") = " << apart << ":1");
            CHECK(apart >= 3.0);
        }
        INFO(p.label << ": on the page = " << contrastRatio(fill, child) << ":1");
        CHECK(contrastRatio(fill, child) >= 3.0);
    }
}

TEST_CASE("the contrast arithmetic matches WCAG's own examples", "[theme]") {
    CHECK(contrastRatio({0, 0, 0, 1}, {1, 1, 1, 1}) == Approx(21.0));
    CHECK(contrastRatio({1, 1, 1, 1}, {1, 1, 1, 1}) == Approx(1.0));
    // #767676 on white is the classic just-passing grey: 4.54:1.
    CHECK(contrastRatio({0x76 / 255.0f, 0x76 / 255.0f, 0x76 / 255.0f, 1}, {1, 1, 1, 1}) == Approx(4.54).epsilon(0.01));
    Rgba half = composite({1, 1, 1, 0.5f}, {0, 0, 0, 1});
    CHECK(half.r == Approx(0.5f));
}

TEST_CASE("themes have distinct keys and labels that round-trip", "[theme]") {
    std::set<std::string> keys, labels;
    for (ThemeId id : kThemes) {
        const Palette& p = palette(id);
        CHECK(p.id == id);
        keys.insert(std::string(p.key));
        labels.insert(std::string(p.label));
        REQUIRE(themeFromKey(p.key));
        CHECK(*themeFromKey(p.key) == id);
    }
    CHECK(keys.size() == kThemes.size());
    CHECK(labels.size() == kThemes.size());
    CHECK_FALSE(themeFromKey("purple"));
}

TEST_CASE("the ImGui style is built from the chosen theme's palette", "[theme]") {
    Headless imgui;
    AppState app;
    for (ThemeId id : kThemes) {
        app.appearance.theme = id;
        rebuildAppearance(app);
        const Palette& p = palette(id);
        const ImGuiStyle& s = ImGui::GetStyle();
        auto same = [](ImVec4 a, Rgba b) { return a.x == b.r && a.y == b.g && a.z == b.b && a.w == b.a; };
        CHECK(same(s.Colors[ImGuiCol_Text], p.at(Tone::Text)));
        CHECK(same(s.Colors[ImGuiCol_TextDisabled], p.at(Tone::TextMuted)));
        CHECK(same(s.Colors[ImGuiCol_WindowBg], p.at(Surface::Window)));
        CHECK(same(s.Colors[ImGuiCol_ChildBg], p.at(Surface::Child)));
        CHECK(same(s.Colors[ImGuiCol_FrameBg], p.at(Surface::Frame)));
        CHECK(same(s.Colors[ImGuiCol_Button], p.at(Surface::Button)));
        CHECK(same(s.Colors[ImGuiCol_Header], p.at(Surface::Header)));
        CHECK(same(s.Colors[ImGuiCol_PopupBg], p.at(Surface::Popup)));
        CHECK(s.FrameBorderSize == p.frameBorder);
        // Views' colours follow the theme too.
        CHECK(same(themeColor(Tone::Fear), p.at(Tone::Fear)));
        CHECK(same(bandColor("accusation"), p.at(Tone::Risk)));
        CHECK(&currentPalette() == &p);
        CHECK_FALSE(appearanceNeedsRebuild(app));
    }
}

TEST_CASE("a new text size rebuilds the fonts and scales the layout, without a restart", "[theme]") {
    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    ImGuiIO& io = ImGui::GetIO();
    REQUIRE(io.Fonts->Fonts.Size >= 1);
    const float normal = io.Fonts->Fonts[0]->FontSize;
    const float normalPadding = ImGui::GetStyle().FramePadding.x;

    setTextSize(app, 175);
    CHECK(appearanceNeedsRebuild(app));
    rebuildAppearance(app);
    CHECK(io.Fonts->IsBuilt());
    CHECK(io.Fonts->Fonts[0]->FontSize == Approx(normal * 1.75f));
    if (io.Fonts->Fonts.Size > 1) CHECK(io.Fonts->Fonts[1]->FontSize > io.Fonts->Fonts[0]->FontSize);
    CHECK(app.uiScale == Approx(1.75f));
    CHECK(ImGui::GetStyle().FramePadding.x == Approx(normalPadding * 1.75f));

    // A frame draws with the new atlas.
    ImGui::NewFrame();
    CHECK(ImGui::GetFontSize() == Approx(normal * 1.75f));
    ImGui::Render();

    // A HiDPI monitor multiplies in.
    app.appearance.monitorScale = 2.0f;
    rebuildAppearance(app);
    CHECK(app.uiScale == Approx(3.5f));
}

TEST_CASE("text size moves in steps from 90% to 200%", "[theme]") {
    CHECK(kTextSizes.front() == 90);
    CHECK(kTextSizes.back() == 200);
    CHECK(nextTextSize(100, +1) == 110);
    CHECK(nextTextSize(100, -1) == 90);
    CHECK(nextTextSize(90, -1) == 90);
    CHECK(nextTextSize(200, +1) == 200);
    CHECK(nextTextSize(175, +1) == 200);
    Headless imgui;
    AppState app;
    setTextSize(app, 160);  // snaps to the nearest step
    CHECK(app.appearance.textPercent == 150);
    CHECK(app.appearance.chosen);
}

TEST_CASE("Ctrl+= and Ctrl+- change the text size, Ctrl+0 resets it", "[theme]") {
    Headless imgui;
    AppState app;
    NullPlatform platform;
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](int key) {
        io.KeyCtrl = true;
        io.KeysDown[key] = true;
        ImGui::NewFrame();
        handleAppearanceShortcuts(app);
        ImGui::Render();
        io.KeysDown[key] = false;
        ImGui::NewFrame();
        ImGui::Render();
        io.KeyCtrl = false;
    };
    press(keys::kEqual);
    CHECK(app.appearance.textPercent == 110);
    press(keys::kKeypadAdd);
    CHECK(app.appearance.textPercent == 125);
    press(keys::kMinus);
    CHECK(app.appearance.textPercent == 110);
    press(keys::letter('0'));
    CHECK(app.appearance.textPercent == 100);
    (void)platform;
}

TEST_CASE("theme and text size live in the layout settings, never in a workbook", "[theme]") {
    Headless imgui;
    AppState app;
    registerAppearanceSettings(app);
    registerAppearanceSettings(app);  // once only, however often it is asked

    // Nothing chosen: nothing written, so the desktop is asked next time.
    size_t size = 0;
    std::string saved = ImGui::SaveIniSettingsToMemory(&size);
    CHECK(saved.find("[Doorway]") == std::string::npos);

    const char* ini = "[Doorway][Appearance]\nTheme=high-contrast\nTextSize=150\n\n";
    ImGui::LoadIniSettingsFromMemory(ini);
    CHECK(app.appearance.theme == ThemeId::HighContrast);
    CHECK(app.appearance.textPercent == 150);
    CHECK(app.appearance.chosen);

    setTheme(app, ThemeId::Light);
    setTextSize(app, 175);
    saved = ImGui::SaveIniSettingsToMemory(&size);
    CHECK(saved.find("[Doorway][Appearance]\nTheme=light\nTextSize=175\n") != std::string::npos);
    CHECK(app.doc.workbook().settings.empty());

    // A hand-edited file with nonsense keeps what it can and clamps the rest.
    AppState other;
    registerAppearanceSettings(other);
    ImGui::LoadIniSettingsFromMemory("[Doorway][Appearance]\nTheme=purple\nTextSize=900\n\n[Doorway][Other]\nX=1\n");
    CHECK(other.appearance.theme == ThemeId::Dark);
    CHECK(other.appearance.textPercent == 200);
}

TEST_CASE("appearance actions for --ui choose a theme and a text size, and reject others", "[theme]") {
    Headless imgui;
    AppState app;
    NullPlatform platform;
    std::string error;
    CHECK(applyUiAction(app, platform, "appearance.theme=light", error));
    CHECK(app.appearance.theme == ThemeId::Light);
    CHECK(applyUiAction(app, platform, "appearance.text=175", error));
    CHECK(app.appearance.textPercent == 175);
    CHECK_FALSE(applyUiAction(app, platform, "appearance.text=180", error));
    CHECK(error.find("90, 100") != std::string::npos);
    CHECK_FALSE(applyUiAction(app, platform, "appearance.text=", error));
    CHECK_FALSE(applyUiAction(app, platform, "appearance.theme=sepia", error));
    CHECK(error.find("sepia") != std::string::npos);
    CHECK(app.appearance.textPercent == 175);
    CHECK(app.appearance.theme == ThemeId::Light);
}

TEST_CASE("the desktop's light or dark wish is read from what desktops say", "[theme]") {
    // The XDG portal through gdbus.
    CHECK(lookFromPortalReply("(<<uint32 1>>,)\n") == DesktopLook::Dark);
    CHECK(lookFromPortalReply("(<uint32 2>,)") == DesktopLook::Light);
    CHECK_FALSE(lookFromPortalReply("(<<uint32 0>>,)"));
    CHECK_FALSE(lookFromPortalReply(""));
    CHECK_FALSE(lookFromPortalReply("Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown"));
    // GNOME's gsettings.
    CHECK(lookFromColorScheme("'prefer-dark'") == DesktopLook::Dark);
    CHECK(lookFromColorScheme("'prefer-light'") == DesktopLook::Light);
    CHECK_FALSE(lookFromColorScheme("'default'"));
    // Theme names (GTK_THEME, gtk-theme, KDE colour schemes).
    CHECK(lookFromGtkThemeName("Adwaita:dark") == DesktopLook::Dark);
    CHECK(lookFromGtkThemeName("Arc-Dark") == DesktopLook::Dark);
    CHECK(lookFromGtkThemeName("HighContrast") == DesktopLook::HighContrast);
    CHECK(lookFromGtkThemeName("HighContrastInverse") == DesktopLook::HighContrast);
    CHECK(lookFromGtkThemeName("Adwaita") == DesktopLook::Light);
    CHECK_FALSE(lookFromGtkThemeName("  "));
    // GTK's settings.ini: the explicit wish first, then the theme's name.
    CHECK(lookFromGtkSettings("[Settings]\ngtk-theme-name=Adwaita\ngtk-application-prefer-dark-theme=1\n") ==
          DesktopLook::Dark);
    CHECK(lookFromGtkSettings("[Settings]\ngtk-theme-name = Breeze\n") == DesktopLook::Light);
    CHECK_FALSE(lookFromGtkSettings("[Other]\ngtk-theme-name=Adwaita-dark\n"));
    CHECK_FALSE(lookFromGtkSettings(""));
    // KDE's kdeglobals.
    CHECK(lookFromKdeGlobals("[General]\nColorScheme=BreezeDark\n") == DesktopLook::Dark);
    CHECK(lookFromKdeGlobals("[KDE]\nx=1\n[General]\nColorScheme=BreezeClassic\n") == DesktopLook::Light);
    CHECK_FALSE(lookFromKdeGlobals("[Colors:Window]\nColorScheme=BreezeDark\n"));
    // No wish: Doorway's own late-night default.
    CHECK(themeForLook(std::nullopt) == ThemeId::Dark);
    CHECK(themeForLook(DesktopLook::Light) == ThemeId::Light);
    CHECK(themeForLook(DesktopLook::HighContrast) == ThemeId::HighContrast);
}

TEST_CASE("a phrase that may land badly and one that helps are underlined differently", "[theme]") {
    Headless imgui;
    // The vertical spread of what one underline draws.
    auto spread = [](Underline style) {
        ImGui::NewFrame();
        ImGui::Begin("u");
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int first = dl->VtxBuffer.Size;
        drawUnderline(dl, 10, 110, 50, IM_COL32_WHITE, style, 1.0f);
        float lo = 1e9f, hi = -1e9f;
        for (int i = first; i < dl->VtxBuffer.Size; ++i) {
            lo = std::min(lo, dl->VtxBuffer[i].pos.y);
            hi = std::max(hi, dl->VtxBuffer[i].pos.y);
        }
        const int vertices = dl->VtxBuffer.Size - first;
        ImGui::End();
        ImGui::Render();
        return std::make_pair(hi - lo, vertices);
    };
    auto [straightSpread, straightVtx] = spread(Underline::Straight);
    auto [wavySpread, wavyVtx] = spread(Underline::Wavy);
    CHECK(straightVtx > 0);
    INFO("straight spread " << straightSpread << ", wavy spread " << wavySpread);
    CHECK(straightSpread <= 3.5f);               // one flat line (with its anti-aliased fringe)
    CHECK(wavySpread >= straightSpread + 2.0f);  // a zigzag, visible at any size
    CHECK(wavyVtx > 4 * straightVtx);            // many segments, not one
}
