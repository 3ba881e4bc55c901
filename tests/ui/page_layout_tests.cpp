// What a contact-sheet pass found on the practice pages, drawn whole-window
// in a headless ImGui context and read back from the window map: headings
// at one height on every page, a take opened from the list across the whole
// column, the takes chart's marks growing with the UI scale, its legend in
// the paper's words, and role-play's two readings said as one.
#include "core/labels.hpp"
#include "core/objections.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

using namespace doorway;
namespace fs = std::filesystem;

using doorway::test::Headless;

namespace {

struct MappedApp {
    doorway::test::TempDir dir;
    AppState app;
    NullPlatform platform;
    MappedApp() {
        app.assetsDir = doorway::test::sourcePath("assets");
        app.workbooksDir = dir.path().string();
        app.catalog = WorksheetCatalog::loadDirectory(app.assetsDir + "/worksheets");
        app.uiMap.setEnabled(true);
        fs::copy_file(doorway::test::sourcePath("workbooks/example.json"), dir.file("example.json"));
        std::string error;
        REQUIRE(app.doc.open(dir.file("example.json"), error));
    }
    bool act(const std::string& action) {
        std::string error;
        bool ok = applyUiAction(app, platform, action, error);
        INFO(action << ": " << error);
        return ok;
    }
    // Whole-window frames, as the app draws them.
    void frames(int n = 3) {
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            drawFrame(app, platform);
            ImGui::Render();
            platform.advance(1.0 / 30);
        }
    }
    std::optional<UiMapItem> item(const std::string& id) const {
        for (const UiMapItem& it : app.uiMap.items())
            if (it.id == id) return it;
        return std::nullopt;
    }
    std::optional<UiMapItem> firstStarting(const std::string& prefix) const {
        for (const UiMapItem& it : app.uiMap.items())
            if (it.id.rfind(prefix, 0) == 0) return it;
        return std::nullopt;
    }
};

void setDisplay(float w, float h) {
    ImGui::GetIO().DisplaySize = ImVec2(w, h);
}

}  // namespace

TEST_CASE("every page's heading sits at the same height, the practice pages' too", "[layout][names]") {
    Headless imgui;
    MappedApp x;
    setDisplay(1280, 800);
    std::vector<std::pair<std::string, float>> tops;
    for (const char* view :
         {"view=worksheet:pattern", "view=worksheet:other_doors", "view=rehearsal", "view=roleplay", "view=takes"}) {
        REQUIRE(x.act(view));
        x.frames();
        auto heading = x.item("heading/page");
        INFO(view);
        REQUIRE(heading);
        tops.emplace_back(view, heading->min.y);
    }
    for (const auto& [view, y] : tops) {
        INFO(view << " has its heading at y=" << y << ", " << tops.front().first << " at y=" << tops.front().second);
        CHECK(std::abs(y - tops.front().second) < 1.0f);  // were 18 px higher on the practice pages
    }
}

TEST_CASE("a take opened from the list shows its words across the whole column", "[layout][takes]") {
    Headless imgui;
    MappedApp x;
    setDisplay(800, 600);  // the smallest window
    const std::string id = "take-20261109-193005";
    REQUIRE(x.act("view=takes"));
    REQUIRE(x.act("takes.expand=" + id));
    x.frames();
    auto table = x.item("table/takes");
    auto del = x.item("button/takes/" + id + "/delete");
    REQUIRE(table);
    REQUIRE(del);
    const float width = table->max.x - table->min.x;
    INFO("the list from x=" << table->min.x << " to " << table->max.x
                            << ", the take's Delete button at x=" << del->min.x);
    // Under its row from the list's left edge, not in the narrow last
    // column (past three quarters of the list's width at 800x600).
    CHECK(del->min.x < table->min.x + width * 0.1f);
    CHECK(del->max.y <= table->max.y);  // still part of the list
}

TEST_CASE("the takes chart's dots grow with the UI scale, as the text does", "[layout][takes]") {
    Headless imgui;
    auto dotWidth = [](float scale) {
        MappedApp x;
        x.app.uiScale = scale;
        setDisplay(1280 * scale, 800 * scale);
        REQUIRE(x.act("view=takes"));
        x.frames();
        auto dot = x.firstStarting("chart/takes/");
        REQUIRE(dot);
        return dot->max.x - dot->min.x;
    };
    const float one = dotWidth(1), two = dotWidth(2);
    INFO("a dot " << one << " px across at 1x, " << two << " px at 2x");
    CHECK(one > 0);
    CHECK(two == Approx(2 * one));
}

TEST_CASE("the takes chart's legend names the series as paper does", "[layout][takes][names]") {
    Headless imgui;
    MappedApp x;
    setDisplay(1280, 800);
    REQUIRE(x.act("view=takes"));
    x.frames();
    auto legend = x.item("text/takes/legend");
    REQUIRE(legend);
    INFO(legend->label);
    CHECK(legend->label.find(takesSeriesName(false)) != std::string::npos);
    CHECK(legend->label.find(takesSeriesName(true)) != std::string::npos);
}

TEST_CASE("role-play: a kind answer that misses the worry is told both in one line, the score second",
          "[layout][rehearsal]") {
    Headless imgui;
    MappedApp x;
    setDisplay(1280, 800);
    REQUIRE(x.act("roleplay.objection=cant_afford"));
    REQUIRE(x.act("roleplay.start"));
    REQUIRE(x.act("rehearsal.elapsed=8"));
    // Warm words that say nothing about the money.
    REQUIRE(x.act("roleplay.answer=I love you and I miss us. I'd really like us to feel close again."));
    REQUIRE(x.act("roleplay.finish"));
    x.frames();
    const FearCheck& c = x.app.rehearsalUi.roleCheck;
    const ScoreResult& r = x.app.rehearsalUi.role.result;
    INFO("band " << r.band << ", score " << r.score << ", met " << c.met);
    REQUIRE_FALSE(c.met);
    REQUIRE(r.band == "invitation");  // the case that read as two verdicts that disagree
    auto verdict = x.item("text/roleplay/verdict");
    auto wording = x.item("text/review/wording");
    REQUIRE(verdict);
    REQUIRE(wording);
    CHECK(verdict->label == fearVerdict(c));
    CHECK(wording->label == wordingLine(c, r.score, r.band));
    CHECK(wording->label.find(scoreCaption(r.score, r.band)) != std::string::npos);
    CHECK(wording->label.find("worry") != std::string::npos);  // says what the kind words still miss
    CHECK(verdict->max.y <= wording->min.y);                   // the verdict first
    // The status line tells the answer's verdict too, not the score alone.
    bool told = false;
    for (const StatusLine& line : x.app.statusHistory)
        told = told || line.message.find(fearVerdict(c)) != std::string::npos;
    CHECK(told);
}
