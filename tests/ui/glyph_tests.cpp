// Text in any script the installed fonts hold is drawn as written: the atlas
// starts with Latin and loads other scripts' blocks when text needs them.
#include "headless.hpp"
#include "ui/appearance.hpp"
#include "ui/text_editor.hpp"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using namespace doorway;
using doorway::test::Headless;

namespace {
bool drawn(int font, ImWchar cp) {
    ImGuiIO& io = ImGui::GetIO();
    return font < io.Fonts->Fonts.Size && io.Fonts->Fonts[font]->FindGlyphNoFallback(cp) != nullptr;
}
constexpr ImWchar kZhe = 0x0416;    // Cyrillic capital Zhe
constexpr ImWchar kAlpha = 0x03B1;  // Greek small alpha
constexpr ImWchar kNi = 0x4F60;     // CJK "you"
const char* kCjkFont = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
}  // namespace

TEST_CASE("a script the atlas lacks is loaded when text asks for it, in body and heading fonts", "[theme][glyphs]") {
    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    REQUIRE(ImGui::GetIO().Fonts->Fonts.Size >= 2);
    CHECK(drawn(0, 'A'));
    CHECK_FALSE(drawn(0, kZhe));  // the start-up atlas stays Latin-only (its size is start-up time)

    noteGlyphs(app.appearance, "plain ASCII and caf\xC3\xA9");  // é is in the base ranges
    CHECK_FALSE(appearanceNeedsRebuild(app));

    noteGlyphs(app.appearance, "\xD0\x96\xD0\xB4\xD1\x83 \xE4\xBD\xA0");  // "Жду 你"
    CHECK(appearanceNeedsRebuild(app));
    rebuildAppearance(app);
    CHECK(drawn(0, kZhe));
    CHECK(drawn(1, kZhe));
    CHECK(drawn(0, 0x0436));        // a letter not in the text, from the same block
    CHECK_FALSE(drawn(0, kAlpha));  // Greek was never asked for
    if (std::filesystem::exists(kCjkFont)) {
        CHECK(drawn(0, kNi));
        CHECK(drawn(1, kNi));
    }
    // Ideographs come one by one: a text uses a few of tens of thousands.
    CHECK_FALSE(drawn(0, kNi + 1));
    // Asked again: nothing to do.
    noteGlyphs(app.appearance, "\xD0\x96");
    CHECK_FALSE(appearanceNeedsRebuild(app));
    // A new text size keeps what was loaded.
    setTextSize(app, 150);
    rebuildAppearance(app);
    CHECK(drawn(0, kZhe));
}

TEST_CASE("a text box reports letters it cannot draw, and draws them after the next rebuild", "[theme][glyphs]") {
    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    std::string text = "\xCE\xB1\xCE\xB3\xCE\xAC\xCF\x80\xCE\xB7";  // "αγάπη"
    auto frame = [&] {
        ImGui::NewFrame();
        ImGui::Begin("page");
        EditorOptions opt;
        textEditor(app.editorUi, "page/field", text, 400, opt);
        ImGui::End();
        ImGui::Render();
    };
    frame();
    CHECK_FALSE(app.editorUi.unshownGlyphs.empty());
    noteGlyphsToShow(app);  // between frames, as the window does
    CHECK(app.editorUi.unshownGlyphs.empty());
    REQUIRE(appearanceNeedsRebuild(app));
    rebuildAppearance(app);
    CHECK(drawn(0, kAlpha));
    frame();  // laid out again with the real glyphs: nothing left unshown
    CHECK(app.editorUi.unshownGlyphs.empty());
    noteGlyphsToShow(app);
    CHECK_FALSE(appearanceNeedsRebuild(app));
}
