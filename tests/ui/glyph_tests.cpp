// Text in any script the installed fonts hold is drawn as written: the atlas
// starts with Latin and loads other scripts' blocks when text needs them.
#include "core/text_edit.hpp"
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

namespace {
const char* kSymbolFont = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";
}  // namespace

TEST_CASE("the emoji and symbols of the Basic Multilingual Plane are drawn from Symbola when text asks",
          "[theme][glyphs][emoji]") {
    // fonts-symbola is in scripts/packages.txt: a machine without it fails here, as it should.
    REQUIRE(std::filesystem::exists(kSymbolFont));
    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    // Smileys, hearts, ticks, stars, weather, hands, a coffee: what people
    // type as emoji that fits in 16 bits (Misc Symbols, Dingbats, Misc
    // Symbols and Arrows, Misc Technical).
    const ImWchar wanted[] = {0x263A, 0x2639, 0x2665, 0x2764, 0x2713, 0x2714, 0x2605, 0x2B50,
                              0x2600, 0x2601, 0x2602, 0x2615, 0x270C, 0x270B, 0x2728, 0x231B};
    std::string text;
    for (ImWchar cp : wanted) text += text::encodeUtf8(cp);
    for (ImWchar cp : wanted) CHECK_FALSE(drawn(0, cp));  // not in the start-up atlas
    noteGlyphs(app.appearance, text);
    REQUIRE(appearanceNeedsRebuild(app));
    rebuildAppearance(app);
    for (ImWchar cp : wanted) {
        INFO("U+" << std::hex << int(cp));
        CHECK(drawn(0, cp));  // body text
        CHECK(drawn(1, cp));  // headings
    }
    // The ranges handed to ImGui hold each of them: what the atlas was built from.
    for (ImWchar cp : wanted) {
        bool inRanges = false;
        const auto& r = app.appearance.glyphRanges;
        for (size_t i = 0; i + 1 < r.size(); i += 2) inRanges = inRanges || (cp >= r[i] && cp <= r[i + 1]);
        INFO("U+" << std::hex << int(cp));
        CHECK(inRanges);
    }
    CHECK_FALSE(app.appearance.sawBeyondBmp);  // all of these draw: nothing to tell
}

TEST_CASE("an emoji past U+FFFF and right-to-left text are noticed, and told once", "[theme][glyphs][emoji]") {
    CHECK(drawableCodePoint(0xFFFD));
    CHECK_FALSE(drawableCodePoint(0x1F60A));
    CHECK(writtenRightToLeft(0x05D0));  // Hebrew alef
    CHECK(writtenRightToLeft(0x0645));  // Arabic meem
    CHECK(writtenRightToLeft(0xFEFC));  // an Arabic presentation form
    CHECK_FALSE(writtenRightToLeft('A'));
    CHECK_FALSE(writtenRightToLeft(0x0416));  // Cyrillic runs left to right

    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    noteGlyphs(app.appearance, "caf\xC3\xA9 \xD0\x96");  // nothing the window shows differently
    tellUnshownWriting(app, 1.0);
    CHECK(app.statusHistory.empty());

    noteGlyphs(app.appearance, "smile \xF0\x9F\x98\x8A");  // U+1F60A
    CHECK(app.appearance.sawBeyondBmp);
    tellUnshownWriting(app, 2.0);
    REQUIRE(app.statusHistory.size() == 1);
    CHECK_THAT(app.status.message, Catch::Contains("emoji"));
    noteGlyphs(app.appearance, "again \xF0\x9F\x98\x8A");
    tellUnshownWriting(app, 20.0);
    CHECK(app.statusHistory.size() == 1);  // once a session

    noteGlyphs(app.appearance, "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");  // "shalom"
    tellUnshownWriting(app, 30.0);
    REQUIRE(app.statusHistory.size() == 2);
    CHECK_THAT(app.status.message, Catch::Contains("Right-to-left"));
    tellUnshownWriting(app, 40.0);
    CHECK(app.statusHistory.size() == 2);

    // A code point past U+FFFF asks the atlas for U+FFFD, never for itself.
    for (uint16_t b : app.appearance.glyphBlocks) CHECK(b <= 0xFFFF >> 7);
}

TEST_CASE("a text box reports an emoji it can only draw as U+FFFD", "[theme][glyphs][emoji]") {
    Headless imgui;
    AppState app;
    app.appearance.monitorScale = 1.0f;
    rebuildAppearance(app);
    std::string text = "ok \xF0\x9F\x98\x8A";
    for (int i = 0; i < 3; ++i) {  // rebuilt for U+FFFD, it is still reported: no block can draw it
        ImGui::NewFrame();
        ImGui::Begin("page");
        textEditor(app.editorUi, "page/field", text, 400, EditorOptions{});
        ImGui::End();
        ImGui::Render();
        noteGlyphsToShow(app);
        if (appearanceNeedsRebuild(app)) rebuildAppearance(app);
    }
    CHECK(app.appearance.sawBeyondBmp);
    CHECK(text == "ok \xF0\x9F\x98\x8A");  // drawing never touches the words
}
