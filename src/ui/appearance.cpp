// View > Theme and View > Text size: the style and fonts built from the
// palette table (ui/theme.cpp), the menu, the shortcuts, the layout
// settings entry and the --ui actions.
//
// [SECTION] Index
//   - style and fonts
//   - glyphs for the scripts text uses
//   - layout settings ([Doorway][Appearance] in imgui.ini)
//   - choosing: menu, shortcuts, --ui actions
#include "ui/appearance.hpp"

#include "core/text_edit.hpp"
#include "core/workbook.hpp"
#include "ui/keys.hpp"
#include "ui/platform.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace doorway {

namespace {
ImVec4 vec(Rgba c) {
    return ImVec4(c.r, c.g, c.b, c.a);
}
}  // namespace

// [SECTION] style and fonts

namespace {

void applyStyle(const Palette& p, float scale) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    if (p.light)
        ImGui::StyleColorsLight(&s);
    else
        ImGui::StyleColorsDark(&s);
    s.WindowRounding = 0;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.ChildRounding = 6;
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 8);
    s.FrameBorderSize = p.frameBorder;
    s.PopupBorderSize = std::max(1.0f, p.frameBorder);

    ImVec4* c = s.Colors;
    auto set = [&](ImGuiCol col, Rgba v) { c[col] = vec(v); };
    set(ImGuiCol_Text, p.at(Tone::Text));
    set(ImGuiCol_TextDisabled, p.at(Tone::TextMuted));
    set(ImGuiCol_WindowBg, p.at(Surface::Window));
    set(ImGuiCol_ChildBg, p.at(Surface::Child));
    set(ImGuiCol_PopupBg, p.at(Surface::Popup));
    set(ImGuiCol_MenuBarBg, p.at(Surface::MenuBar));
    set(ImGuiCol_FrameBg, p.at(Surface::Frame));
    set(ImGuiCol_FrameBgHovered, p.at(Surface::FrameHovered));
    set(ImGuiCol_FrameBgActive, p.at(Surface::FrameActive));
    set(ImGuiCol_Button, p.at(Surface::Button));
    set(ImGuiCol_ButtonHovered, p.at(Surface::ButtonHovered));
    set(ImGuiCol_ButtonActive, p.at(Surface::ButtonActive));
    set(ImGuiCol_Header, p.at(Surface::Header));
    set(ImGuiCol_HeaderHovered, p.at(Surface::HeaderHovered));
    set(ImGuiCol_HeaderActive, p.at(Surface::HeaderActive));
    set(ImGuiCol_TitleBg, p.at(Surface::TitleBg));
    set(ImGuiCol_TitleBgCollapsed, p.at(Surface::TitleBg));
    set(ImGuiCol_TitleBgActive, p.at(Surface::TitleBgActive));
    set(ImGuiCol_Tab, p.at(Surface::Button));
    set(ImGuiCol_TabHovered, p.at(Surface::ButtonHovered));
    set(ImGuiCol_TabActive, p.at(Surface::Header));
    set(ImGuiCol_TabUnfocused, p.at(Surface::Frame));
    set(ImGuiCol_TabUnfocusedActive, p.at(Surface::Header));
    set(ImGuiCol_TableHeaderBg, p.at(Surface::Frame));
    set(ImGuiCol_TableRowBgAlt, p.at(Fill::Card));
    set(ImGuiCol_Border, p.at(Mark::Border));
    set(ImGuiCol_TableBorderStrong, p.at(Mark::Border));
    set(ImGuiCol_TableBorderLight, p.at(Mark::Separator));
    set(ImGuiCol_Separator, p.at(Mark::Separator));
    set(ImGuiCol_CheckMark, p.at(Mark::CheckMark));
    set(ImGuiCol_SliderGrab, p.at(Mark::SliderGrab));
    set(ImGuiCol_SliderGrabActive, p.at(Mark::SliderGrab));
    set(ImGuiCol_PlotLines, p.at(Mark::PlotLines));
    set(ImGuiCol_PlotLinesHovered, p.at(Mark::PlotLines));
    set(ImGuiCol_PlotHistogram, p.at(Mark::PlotHistogram));
    set(ImGuiCol_PlotHistogramHovered, p.at(Mark::PlotHistogram));
    set(ImGuiCol_ScrollbarGrab, p.at(Mark::Scrollbar));
    set(ImGuiCol_NavHighlight, p.at(Mark::NavHighlight));
    set(ImGuiCol_DragDropTarget, p.at(Mark::NavHighlight));
    set(ImGuiCol_TextSelectedBg, p.at(Mark::TextSelection));
    s.ScaleAllSizes(scale);
}

// Latin, Latin Extended, general punctuation (curly quotes, dashes) and
// arrows: what people type in English text; geometric shapes for the dots
// the pages draw. Other scripts come in blocks as text asks for them.
constexpr ImWchar kBaseRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x25A0, 0x25FF};
constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
// For what DejaVu lacks, in this order: CJK, Korean (Hangul, which Droid's
// fallback lacks), then symbols. The packages are in scripts/packages.txt
// (print relies on them through fontconfig).
constexpr const char* kFallbackFonts[] = {"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                                          "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
                                          "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"};
static_assert(sizeof(ImWchar) == sizeof(uint16_t), "glyph ranges are kept as 16-bit code points");

bool inBaseRanges(uint32_t cp) {
    for (size_t i = 0; i + 1 < std::size(kBaseRanges); i += 2)
        if (cp >= kBaseRanges[i] && cp <= kBaseRanges[i + 1]) return true;
    return false;
}

bool loadsSingly(uint32_t cp) {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

// Enough for any text a person writes; past it (a pasted dictionary) the
// atlas would outgrow what a GPU takes as one texture, and letters beyond
// it show as "?".
constexpr size_t kMaxSingles = 6000;

void insertSorted(std::vector<uint16_t>& v, uint16_t x) {
    auto at = std::lower_bound(v.begin(), v.end(), x);
    if (at == v.end() || *at != x) v.insert(at, x);
}

}  // namespace

bool writtenRightToLeft(uint32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko, ... Arabic Extended-A
           (cp >= 0xFB1D && cp <= 0xFDFF) ||  // Hebrew and Arabic presentation forms
           (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF);
}

bool drawableCodePoint(uint32_t cp) {
    return cp <= 0xFFFF;  // ImWchar is 16 bits in Debian's libimgui-dev 1.86 (static_assert above)
}

namespace {

void noteCodePoint(AppearanceUiState& a, uint32_t cp) {
    if (cp < 0x80) return;
    a.sawRightToLeft = a.sawRightToLeft || writtenRightToLeft(cp);
    a.sawBeyondBmp = a.sawBeyondBmp || !drawableCodePoint(cp);
    if (!drawableCodePoint(cp)) cp = 0xFFFD;  // ImGui 1.86 draws these as U+FFFD
    if (inBaseRanges(cp)) return;
    if (!loadsSingly(cp))
        insertSorted(a.glyphBlocks, uint16_t(cp >> 7));
    else if (a.glyphSingles.size() < kMaxSingles)
        insertSorted(a.glyphSingles, uint16_t(cp));
}

size_t glyphUnits(const AppearanceUiState& a) {
    return a.glyphBlocks.size() + a.glyphSingles.size();
}

// The atlas's ranges: the base, then what text asked for (returned: where
// that begins, for the fallback fonts), then ImGui's 0 terminator.
size_t buildGlyphRanges(AppearanceUiState& a) {
    a.glyphRanges.assign(std::begin(kBaseRanges), std::end(kBaseRanges));
    const size_t extras = a.glyphRanges.size();
    for (uint16_t block : a.glyphBlocks) {
        a.glyphRanges.push_back(uint16_t(block << 7));
        a.glyphRanges.push_back(uint16_t((block << 7) | 0x7F));
    }
    for (size_t i = 0; i < a.glyphSingles.size();) {  // runs of neighbours as one range
        size_t j = i;
        while (j + 1 < a.glyphSingles.size() && a.glyphSingles[j + 1] == a.glyphSingles[j] + 1) ++j;
        a.glyphRanges.push_back(a.glyphSingles[i]);
        a.glyphRanges.push_back(a.glyphSingles[j]);
        i = j + 1;
    }
    a.glyphRanges.push_back(0);
    return extras;
}

void mergeFallbacks(float size, const ImWchar* extraRanges) {
    if (*extraRanges == 0) return;  // no blocks asked for
    std::error_code ec;
    for (const char* path : kFallbackFonts) {
        if (!std::filesystem::exists(path, ec)) continue;
        ImFontConfig merge;
        merge.MergeMode = true;  // only glyphs the fonts before it lack
        merge.OversampleH = 1;   // thousands of CJK glyphs: keep the atlas small
        ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size, &merge, extraRanges);
    }
}

// DejaVu Sans at 17 px for text and Bold at 21 px for headings (font
// index kHeadingFontIndex, which HeadingFont pushes), times the monitor and
// text scale. Every
// glyph is rasterised before the first frame, so the ranges hold only the
// base and the blocks text asked for.
constexpr int kHeadingFontIndex = 1;

void loadFonts(AppearanceUiState& a, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const size_t extras = buildGlyphRanges(a);
    const auto* ranges = reinterpret_cast<const ImWchar*>(a.glyphRanges.data());
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    std::error_code ec;
    if (std::filesystem::exists(kFont, ec) && io.Fonts->AddFontFromFileTTF(kFont, 17.0f * scale, &cfg, ranges)) {
        mergeFallbacks(17.0f * scale, ranges + extras);
        ImFontConfig headingCfg;  // large enough not to need horizontal oversampling
        headingCfg.OversampleH = 1;
        if (std::filesystem::exists(kBold, ec) &&
            io.Fonts->AddFontFromFileTTF(kBold, 21.0f * scale, &headingCfg, ranges))
            mergeFallbacks(21.0f * scale, ranges + extras);
    } else {
        std::fprintf(stderr, "doorway: %s is missing (install fonts-dejavu-core); using the built-in font\n", kFont);
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        io.Fonts->AddFontDefault(&fallback);
    }
    io.Fonts->Build();
    a.builtGlyphUnits = glyphUnits(a);
}

void noteJsonGlyphs(AppearanceUiState& a, const json::value& v) {
    if (const json::string* s = v.if_string()) {
        noteGlyphs(a, std::string_view(s->data(), s->size()));
    } else if (const json::array* arr = v.if_array()) {
        for (const json::value& x : *arr) noteJsonGlyphs(a, x);
    } else if (const json::object* obj = v.if_object()) {
        for (const auto& kv : *obj) {
            noteGlyphs(a, std::string_view(kv.key().data(), kv.key().size()));
            noteJsonGlyphs(a, kv.value());
        }
    }
}

int snapTextSize(int percent) {
    int best = 100;
    for (int step : kTextSizes)
        if (std::abs(step - percent) < std::abs(best - percent)) best = step;
    return best;
}

}  // namespace

bool appearanceNeedsRebuild(const AppState& app) {
    const AppearanceUiState& a = app.appearance;
    return !a.built || a.builtTheme != a.theme || a.builtPercent != a.textPercent ||
           a.builtMonitorScale != a.monitorScale || a.builtGlyphUnits != glyphUnits(a);
}

// [SECTION] glyphs for the scripts text uses

void noteGlyphs(AppearanceUiState& a, std::string_view utf8) {
    const std::string s(utf8);  // decodeAt reads a std::string
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        size_t len = 1;
        noteCodePoint(a, text::decodeAt(s, i, &len));
        i += std::max<size_t>(len, 1);
    }
}

void noteGlyphsToShow(AppState& app) {
    AppearanceUiState& a = app.appearance;
    for (uint32_t cp : app.editorUi.unshownGlyphs) noteCodePoint(a, cp);
    app.editorUi.unshownGlyphs.clear();
    if (a.scannedGeneration != app.doc.generation()) {
        // Once per workbook opened: what its lists and summaries draw
        // outside the text boxes (which report for themselves as they lay out).
        a.scannedGeneration = app.doc.generation();
        noteJsonGlyphs(a, workbookToJson(app.doc.workbook()));
        noteGlyphs(a, app.doc.displayName());
    }
    if (a.scannedStatusAt != app.status.shownAt) {  // file names in messages
        a.scannedStatusAt = app.status.shownAt;
        noteGlyphs(a, app.status.message);
    }
}

void tellUnshownWriting(AppState& app, double now) {
    AppearanceUiState& a = app.appearance;
    const bool rtl = a.sawRightToLeft && !a.toldRightToLeft;
    const bool beyond = a.sawBeyondBmp && !a.toldBeyondBmp;
    if (!rtl && !beyond) return;
    if (rtl) {
        a.toldRightToLeft = true;
        // Short enough for the status line of a small window; Messages keeps it.
        app.say(
            "Right-to-left writing shows left to right here, but is kept as written and prints the right way round.",
            now);
    } else {
        a.toldBeyondBmp = true;
        app.say("Some emoji show as \xEF\xBF\xBD here, but are kept exactly as typed and print in full.", now);
    }
}

void rebuildAppearance(AppState& app) {
    AppearanceUiState& a = app.appearance;
    const Palette& p = palette(a.theme);
    const float scale = a.monitorScale * float(a.textPercent) / 100.0f;
    app.uiScale = scale;
    applyStyle(p, scale);
    loadFonts(a, scale);
    // The text boxes measured with the old glyphs: lay them out again.
    for (auto& [key, box] : app.editorUi.boxes) box.width = -1;
    setCurrentPalette(p);
    a.built = true;
    a.builtTheme = a.theme;
    a.builtPercent = a.textPercent;
    a.builtMonitorScale = a.monitorScale;
}

// [SECTION] layout settings

namespace {

void* settingsOpen(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
    return std::strcmp(name, "Appearance") == 0 ? handler->UserData : nullptr;
}

void settingsLine(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
    auto* a = static_cast<AppearanceUiState*>(entry);
    int percent = 0;
    if (std::sscanf(line, "TextSize=%d", &percent) == 1) {
        a->textPercent = snapTextSize(std::clamp(percent, kTextSizes.front(), kTextSizes.back()));
        a->chosen = true;
    } else if (std::strncmp(line, "Theme=", 6) == 0) {
        if (auto id = themeFromKey(line + 6)) {
            a->theme = *id;
            a->chosen = true;
        }
    }
}

void settingsWrite(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
    const auto* a = static_cast<const AppearanceUiState*>(handler->UserData);
    if (!a || !a->chosen) return;  // nothing chosen: ask the desktop again next time
    const std::string key(palette(a->theme).key);
    out->appendf("[%s][Appearance]\nTheme=%s\nTextSize=%d\n\n", handler->TypeName, key.c_str(), a->textPercent);
}

void markSettingsDirty() {
    if (ImGui::GetCurrentContext()) ImGui::MarkIniSettingsDirty();
}

}  // namespace

void registerAppearanceSettings(AppState& app) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID hash = ImHashStr("Doorway");
    for (ImGuiSettingsHandler& h : g.SettingsHandlers) {
        if (h.TypeHash == hash) {
            h.UserData = &app.appearance;
            return;
        }
    }
    ImGuiSettingsHandler h;
    h.TypeName = "Doorway";
    h.TypeHash = hash;
    h.ReadOpenFn = settingsOpen;
    h.ReadLineFn = settingsLine;
    h.WriteAllFn = settingsWrite;
    h.UserData = &app.appearance;
    g.SettingsHandlers.push_back(h);
}

// [SECTION] choosing

int nextTextSize(int percent, int direction) {
    int at = snapTextSize(percent);
    auto it = std::find(kTextSizes.begin(), kTextSizes.end(), at);
    if (direction > 0 && it + 1 != kTextSizes.end()) return *(it + 1);
    if (direction < 0 && it != kTextSizes.begin()) return *(it - 1);
    return at;
}

void setTextSize(AppState& app, int percent) {
    app.appearance.textPercent = snapTextSize(percent);
    app.appearance.chosen = true;
    markSettingsDirty();
}

void setTheme(AppState& app, ThemeId theme) {
    app.appearance.theme = theme;
    app.appearance.chosen = true;
    markSettingsDirty();
}

void drawAppearanceMenuItems(AppState& app) {
    AppearanceUiState& a = app.appearance;
    if (ImGui::BeginMenu("Text size")) {
        if (ImGui::MenuItem("Larger", "Ctrl++", false, a.textPercent < kTextSizes.back()))
            setTextSize(app, nextTextSize(a.textPercent, +1));
        if (ImGui::MenuItem("Smaller", "Ctrl+-", false, a.textPercent > kTextSizes.front()))
            setTextSize(app, nextTextSize(a.textPercent, -1));
        if (ImGui::MenuItem("Normal", "Ctrl+0", false, a.textPercent != 100)) setTextSize(app, 100);
        ImGui::Separator();
        for (int step : kTextSizes) {
            std::string label = std::to_string(step) + "%";
            if (ImGui::MenuItem(label.c_str(), nullptr, a.textPercent == step)) setTextSize(app, step);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Theme")) {
        for (ThemeId id : kThemes) {
            const std::string label(palette(id).label);
            if (ImGui::MenuItem(label.c_str(), nullptr, a.theme == id)) setTheme(app, id);
        }
        ImGui::EndMenu();
    }
}

void handleAppearanceShortcuts(AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return;
    const int now = app.appearance.textPercent;
    if (keys::pressed(keys::kEqual, true) || keys::pressed(keys::kKeypadAdd, true))
        setTextSize(app, nextTextSize(now, +1));
    else if (keys::pressed(keys::kMinus, true) || keys::pressed(keys::kKeypadSubtract, true))
        setTextSize(app, nextTextSize(now, -1));
    else if (keys::pressed(keys::letter('0')) || keys::pressed(keys::kKeypad0))
        setTextSize(app, 100);
}

bool appearanceUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error) {
    (void)platform;
    if (action.rfind("appearance.", 0) != 0) return false;
    const std::string a = action.substr(11);
    if (a.rfind("theme=", 0) == 0) {
        if (auto id = themeFromKey(a.substr(6)))
            setTheme(app, *id);
        else
            error = "unknown theme '" + a.substr(6) + "' (light, dark, high-contrast)";
    } else if (a.rfind("text=", 0) == 0) {
        char* end = nullptr;
        long percent = std::strtol(a.c_str() + 5, &end, 10);
        if (end && *end == '%') ++end;
        if (!end || *end || end == a.c_str() + 5 ||
            std::find(kTextSizes.begin(), kTextSizes.end(), int(percent)) == kTextSizes.end())
            error = "text size '" + a.substr(5) + "' is not one of 90, 100, 110, 125, 150, 175, 200";
        else
            setTextSize(app, int(percent));
    } else {
        error = "unknown appearance action '" + a + "' (theme=NAME, text=PERCENT)";
    }
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] drawing with the heading face

HeadingFont::HeadingFont() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.Size > kHeadingFontIndex) {
        ImGui::PushFont(io.Fonts->Fonts[kHeadingFontIndex]);
        m_pushed = true;
    }
}

HeadingFont::~HeadingFont() {
    if (m_pushed) ImGui::PopFont();
}

void drawHeading(std::string_view text) {
    HeadingFont face;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void pageTopGap(float scale) {
    ImGui::Dummy(ImVec2(0, 10 * scale));
}

void drawPageHeading(AppState& app, std::string_view name) {
    pageTopGap(app.uiScale);
    drawHeading(name);
    app.uiMap.addLastItem("heading/page", "heading", std::string(name));
}

}  // namespace doorway
