// Worksheet pages, the sidebar and the start page in a headless ImGui
// context (no window): every page draws with the example workbook and with
// an empty one, typing into a field lands in the workbook as one undo step,
// and Ctrl+Z leaves a text box that has focus alone.
#include "core/clock.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/appearance.hpp"
#include "ui/keys.hpp"
#include "ui/sidebar.hpp"
#include "ui/text_editor.hpp"
#include "ui/theme_colors.hpp"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace doorway;
namespace fs = std::filesystem;

using doorway::test::Headless;

namespace {

struct SheetApp {
    doorway::test::TempDir dir;
    AppState app;
    NullPlatform platform;
    explicit SheetApp(bool example) {
        app.assetsDir = doorway::test::sourcePath("assets");
        app.workbooksDir = dir.path().string();
        app.catalog = WorksheetCatalog::loadDirectory(app.assetsDir + "/worksheets");
        std::string error;
        if (example) {
            fs::copy_file(doorway::test::sourcePath("workbooks/example.json"), dir.file("example.json"));
            REQUIRE(app.doc.open(dir.file("example.json"), error));
        } else {
            app.doc.createNew(dir.file("new.json"), "Test", "2026-11-01T10:00:00Z");
        }
    }
    const Workbook& wb() const { return app.doc.workbook(); }
    // A click on a mapped item: over it, pressed for a frame, released
    // (frame() lets go of the button after each frame, as a real press does).
    void click(const std::string& id) {
        frame();
        const auto& items = app.uiMap.items();
        auto it = std::find_if(items.begin(), items.end(), [&](const UiMapItem& i) { return i.id == id; });
        REQUIRE(it != items.end());
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2((it->min.x + it->max.x) / 2, (it->min.y + it->max.y) / 2);
        frame();
        io.MouseDown[0] = true;
        frame(2);
        io.MousePos = ImVec2(-1, -1);
        frame();
    }

    // One whole-window frame, as the app draws it.
    void frame(int n = 1) {
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            drawFrame(app, platform);
            ImGui::Render();
            platform.advance(1.0 / 30);
            // Keys and clicks last one frame, like a real press.
            ImGuiIO& io = ImGui::GetIO();
            for (bool& k : io.KeysDown) k = false;
            io.MouseDown[0] = false;
            io.KeyCtrl = io.KeyShift = false;
        }
    }
    void pressCtrl(char letter, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        io.KeyShift = shift;
        io.KeysDown[keys::letter(letter)] = true;
        frame();
        frame();  // ImGui has to see the key up before the next press counts
    }
    void act(const std::string& action) {
        std::string error;
        REQUIRE(applyUiAction(app, platform, action, error));
        CHECK(error.empty());
    }
};

}  // namespace

TEST_CASE("every worksheet draws with the example open", "[worksheets][ui]") {
    Headless h;
    SheetApp s(true);
    REQUIRE(s.app.catalog.worksheets().size() == 17);
    s.frame(2);  // the start page
    for (const WorksheetDef& ws : s.app.catalog.worksheets()) {
        INFO(ws.id);
        s.act("view=worksheet:" + ws.id);
        s.frame(3);
        // Scroll to the last field too, so every part of the page is laid out at least once.
        s.act("worksheet.scroll=" + ws.fields.back().id);
        s.frame(2);
        CHECK(s.app.nav.worksheetId == ws.id);
    }
    CHECK_FALSE(s.app.doc.isDirty());  // looking is not editing
}

TEST_CASE("every worksheet draws on an empty workbook, and the sidebar and start page too", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    s.frame(2);
    for (const WorksheetDef& ws : s.app.catalog.worksheets()) {
        INFO(ws.id);
        s.act("view=worksheet:" + ws.id);
        s.frame(3);
    }
    // Each long answer's editor opens without trouble.
    for (const WorksheetDef& ws : s.app.catalog.worksheets()) {
        s.act("view=worksheet:" + ws.id);
        for (const FieldDef& f : ws.fields) {
            if (f.kind != FieldKind::LongText) continue;
            INFO(ws.id << "/" << f.id);
            s.act("worksheet.edit=" + f.id);
            s.frame(2);
        }
    }
    CHECK(s.wb().answers.empty());
}

TEST_CASE("typing into a field lands in the workbook, and Ctrl+Z takes back a word at a time", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    s.act("view=worksheet:pattern");
    s.frame(2);
    s.act("worksheet.edit=we_keep");
    s.frame(3);  // the editor opens and takes the keyboard (io flags follow a frame later)
    REQUIRE(ImGui::GetIO().WantTextInput);

    ImGui::GetIO().AddInputCharactersUTF8("We keep");
    s.frame();
    ImGui::GetIO().AddInputCharactersUTF8(" arguing");
    s.frame();
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep arguing");
    CHECK(s.app.doc.isDirty());
    CHECK(s.app.doc.commands().undoLabel() == "typing");

    // Ctrl+Z in the box is the workbook's undo, a word at a time.
    s.pressCtrl('Z');
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep");
    REQUIRE(ImGui::GetIO().WantTextInput);  // still writing there
    ImGui::GetIO().AddInputCharactersUTF8(" talking");
    s.frame();
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep talking");  // the caret followed the undo

    // Leave the box (a click on empty space); Ctrl+Z still undoes by words.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(150, 720);  // empty space in the sidebar
    io.MouseDown[0] = true;
    s.frame(3);
    REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    s.pressCtrl('Z');
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep");
    s.pressCtrl('Z');
    CHECK(s.wb().answer("pattern", "we_keep") == nullptr);
    s.pressCtrl('Z', true);  // and redo brings it back
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep");
}

TEST_CASE("coming back to the same box later is an undo step of its own", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    s.act("view=worksheet:pattern");
    s.frame(2);
    ImGuiIO& io = ImGui::GetIO();
    auto typeThenLeave = [&](const char* text) {
        s.act("worksheet.edit=we_keep");
        s.frame(3);
        REQUIRE(ImGui::GetIO().WantTextInput);
        ImGui::GetIO().AddInputCharactersUTF8(text);
        s.frame();
        io.MousePos = ImVec2(150, 720);  // empty space in the sidebar
        io.MouseDown[0] = true;
        s.frame(3);
        REQUIRE_FALSE(ImGui::GetIO().WantTextInput);
    };
    typeThenLeave("We keep arguing");
    typeThenLeave(" about chores");
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep arguing about chores");
    s.pressCtrl('Z');
    CHECK(s.wb().answerText("pattern", "we_keep") == "We keep arguing");
    s.pressCtrl('Z');
    CHECK(s.wb().answer("pattern", "we_keep") == nullptr);
}

TEST_CASE("edits the pages make through commands land and undo", "[worksheets][ui]") {
    Headless h;
    SheetApp s(true);
    size_t checkins = s.wb().tracker.size();
    size_t doors = s.wb().doors.size();

    TrackerEntry e;
    e.date = "2026-11-21";
    e.fearSigns = {"softens"};
    runCommand(s.app, s.platform.now(), cmd::addTrackerEntry(e));
    DoorOffer d;
    d.date = "2026-11-21";
    d.door = "book";
    d.response = "declined";
    runCommand(s.app, s.platform.now(), cmd::addDoorOffer(d));
    runCommand(s.app, s.platform.now(), cmd::setAnswer("other_doors", "ranked", json::array{"book", "workshop"}));
    s.act("view=worksheet:fear_or_refusal");
    s.frame(2);
    s.act("view=worksheet:other_doors");
    s.frame(2);
    CHECK(s.wb().tracker.size() == checkins + 1);
    CHECK(s.wb().doors.size() == doors + 1);

    REQUIRE(s.app.doc.undo(s.platform.now()));
    REQUIRE(s.app.doc.undo(s.platform.now()));
    REQUIRE(s.app.doc.undo(s.platform.now()));
    CHECK(s.wb().tracker.size() == checkins);
    CHECK(s.wb().doors.size() == doors);
    const json::value* ranked = s.wb().answer("other_doors", "ranked");
    REQUIRE(ranked);
    REQUIRE(ranked->is_array());
    CHECK(ranked->get_array().at(0) == "walk_and_talk");  // the example's own order is back
}

TEST_CASE("a safety flag stops the page at the safety card", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    CHECK_FALSE(safetyFlagged(s.app.catalog, s.wb()));
    s.act("worksheet.safety_flag");
    CHECK(safetyFlagged(s.app.catalog, s.wb()));
    CHECK(s.app.nav.worksheetId == "safety_check");
    s.frame(3);
    s.act("view=home");
    s.frame(2);
    // Undo takes the flag away again.
    REQUIRE(s.app.doc.undo(s.platform.now()));
    CHECK_FALSE(safetyFlagged(s.app.catalog, s.wb()));
}

TEST_CASE("worksheet ui actions refuse what they cannot do", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    std::string error;
    CHECK_FALSE(applyUiAction(s.app, s.platform, "worksheet.scroll=we_keep", error));  // no worksheet open
    CHECK_FALSE(error.empty());
    s.act("view=worksheet:pattern");
    CHECK_FALSE(applyUiAction(s.app, s.platform, "worksheet.edit=nope", error));
    CHECK(error.find("worksheet.edit") != std::string::npos);
    CHECK_FALSE(applyUiAction(s.app, s.platform, "worksheet.dance", error));
    CHECK(error.find("dance") != std::string::npos);
}

TEST_CASE("a new workbook is not marked unsaved until something is written in it", "[worksheets][ui]") {
    Headless h;
    SheetApp s(false);
    s.app.doc.createNew("", "My workbook", "2026-11-01T10:00:00Z");
    s.frame(2);
    CHECK(windowTitle(s.app) == "My workbook — Doorway");
    s.act("view=worksheet:pattern");
    s.frame(2);
    s.act("worksheet.edit=we_keep");
    s.frame(3);
    REQUIRE(ImGui::GetIO().WantTextInput);
    ImGui::GetIO().AddInputCharactersUTF8("We keep");
    s.frame();
    CHECK(windowTitle(s.app) == "My workbook * — Doorway");
}

TEST_CASE("with big text on a small screen the sidebar keeps to a third and the page keeps the rest",
          "[worksheets][ui][layout]") {
    Headless imgui;
    SheetApp s(true);
    for (float scale : {1.0f, 2.0f, 3.0f})
        for (float avail : {800.0f, 1280.0f, 2560.0f}) {
            s.app.uiScale = scale;
            ImGui::NewFrame();  // text sizes are measured in a frame
            ImGui::SetWindowFontScale(scale);
            const float w = sidebarWidth(s.app, avail);
            ImGui::Render();
            INFO("scale " << scale << ", " << avail << " px");
            CHECK(w <= avail * 0.34f + 0.5f);
            CHECK(w > 0);
        }
}

TEST_CASE("a field's example shows in its empty box as an example, \"e.g.\" first", "[worksheets][ui]") {
    // Greyed words alone in a dated row or a box could be taken for an
    // answer already written, by the person or on a screenshot.
    Headless imgui;
    SheetApp s(false);
    s.app.uiMap.setEnabled(true);
    int seen = 0;
    for (const WorksheetDef& def : s.app.catalog.worksheets()) {
        s.act("view=worksheet:" + def.id);
        s.frame(2);
        for (const FieldDef& f : def.fields) {
            if (f.placeholder.empty()) continue;
            const std::string id =
                "answer/" + def.id + "/" + f.id + (f.kind == FieldKind::DatedEntries ? "/new/text" : "");
            for (const UiMapItem& it : s.app.uiMap.items()) {
                if (it.id != id) continue;
                INFO(id);
                CHECK(it.label == kExamplePrefix + f.placeholder);
                ++seen;
            }
        }
    }
    CHECK(seen >= 15);  // the page draws its boxes (a field shown only after an answer is not)
}

TEST_CASE("a hint is drawn slanted, so it never looks like typed words", "[ui]") {
    Headless imgui;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("hint");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int first = dl->VtxBuffer.Size;
    drawHint(dl, ImVec2(10, 10), "e.g. lonely, then a second line to wrap", 80);
    const int last = dl->VtxBuffer.Size;
    ImGui::End();
    REQUIRE(last - first >= 4 * 20);  // a quad per glyph
    int leaning = 0, quads = 0;
    for (int q = first; q + 4 <= last; q += 4, ++quads) {
        // A glyph's quad: its top edge sits right of its bottom edge, by a
        // share of its height (a comma's lean is under a pixel, but there).
        const ImDrawVert* v = &dl->VtxBuffer[q];
        float topY = v[0].pos.y, bottomY = v[0].pos.y;
        for (int i = 1; i < 4; ++i) {
            topY = std::min(topY, v[i].pos.y);
            bottomY = std::max(bottomY, v[i].pos.y);
        }
        float topX = 0, bottomX = 0;
        for (int i = 0; i < 4; ++i) (v[i].pos.y == topY ? topX : bottomX) += v[i].pos.x / 2;
        if (topX - bottomX >= 0.1f * (bottomY - topY) && topX > bottomX) ++leaning;
    }
    ImGui::Render();
    CHECK(leaning == quads);
    // Wrapped, and every line leans the same way.
    float maxY = 0;
    for (int i = first; i < last; ++i) maxY = std::max(maxY, dl->VtxBuffer[i].pos.y);
    CHECK(maxY > 10 + 2 * ImGui::GetFontSize());
}

TEST_CASE("the chosen number of a scale is drawn filled in the chosen colour, the others not", "[worksheets][ui]") {
    Headless imgui;
    SheetApp s(true);
    s.app.uiMap.setEnabled(true);
    for (ThemeId theme : kThemes) {
        s.app.appearance.theme = theme;
        rebuildAppearance(s.app);
        s.act("view=worksheet:intentions");
        s.frame(2);
        const WorksheetDef* def = s.app.catalog.find("intentions");
        REQUIRE(def);
        const FieldDef* scale = nullptr;
        for (const FieldDef& f : def->fields) scale = f.kind == FieldKind::Scale ? &f : scale;
        REQUIRE(scale);
        const json::value* v = s.wb().answer("intentions", scale->id);
        REQUIRE(v);
        REQUIRE(v->is_int64());
        const long chosen = long(v->get_int64());
        // Vertices in the chosen fill, inside each number's button.
        const ImU32 fill = ImGui::GetColorU32(chosenFillColor());
        auto filledIn = [&](const UiMapItem& it) {
            int n = 0;
            const ImDrawData* dd = ImGui::GetDrawData();
            for (int l = 0; l < dd->CmdListsCount; ++l)
                for (const ImDrawVert& vx : dd->CmdLists[l]->VtxBuffer)
                    n += vx.col == fill && vx.pos.x >= it.min.x && vx.pos.x <= it.max.x && vx.pos.y >= it.min.y &&
                         vx.pos.y <= it.max.y;
            return n;
        };
        int numbers = 0;
        for (const UiMapItem& it : s.app.uiMap.items()) {
            if (it.kind != "scale" || it.id.rfind("answer/intentions/" + scale->id + "/", 0) != 0) continue;
            ++numbers;
            INFO(palette(theme).label << ": " << it.id);
            if (it.label == std::to_string(chosen))
                CHECK(filledIn(it) >= 4);  // the button's face
            else
                CHECK(filledIn(it) == 0);
        }
        CHECK(numbers == scale->scaleMax - scale->scaleMin + 1);
    }
}

TEST_CASE("a check-in or a door offered can't be dated after today, a plan can", "[worksheets][ui]") {
    // A check-in dated next April was saved without a word, grew empty months
    // on the chart and became the newest month of the trend.
    CHECK(isIsoDateUpTo("2026-12-06", "2026-12-06"));
    CHECK(isIsoDateUpTo("2025-02-28", "2026-12-06"));
    CHECK_FALSE(isIsoDateUpTo("2026-12-07", "2026-12-06"));
    CHECK_FALSE(isIsoDateUpTo("2026-02-30", "2026-12-06"));

    Headless h;
    SheetApp s(false);
    s.app.uiMap.setEnabled(true);
    s.act("view=worksheet:fear_or_refusal");
    s.frame(3);
    TrackerDraft& checkIn = s.app.worksheetUi.trackerDrafts["fear_or_refusal/checkins"];
    checkIn.date = "2999-01-01";
    s.click("button/worksheet/fear_or_refusal/checkins/save");
    CHECK(s.wb().tracker.empty());
    checkIn.date = "2026-01-01";
    s.click("button/worksheet/fear_or_refusal/checkins/save");
    CHECK(s.wb().tracker.size() == 1);

    s.act("view=worksheet:other_doors");
    s.frame(3);
    DoorDraft& door = s.app.worksheetUi.doorDrafts["other_doors/offers"];
    door.date = "2999-01-01";
    s.click("button/worksheet/other_doors/offers/log");
    CHECK(s.wb().doors.empty());
    door.date = "2026-01-01";
    s.click("button/worksheet/other_doors/offers/log");
    CHECK(s.wb().doors.size() == 1);
}

TEST_CASE("a door offer's answer can be changed after it is logged, an undo step of its own", "[worksheets][ui]") {
    // An offer logged as "No answer yet" gets its answer days later; before,
    // the only way to record it was to remove the offer and log it again.
    Headless h;
    SheetApp s(false);
    s.app.uiMap.setEnabled(true);
    s.act("view=worksheet:other_doors");
    s.frame(3);
    DoorDraft& door = s.app.worksheetUi.doorDrafts["other_doors/offers"];
    door.date = "2026-01-01";
    door.note = "a walk on Sunday";
    s.click("button/worksheet/other_doors/offers/log");
    REQUIRE(s.wb().doors.size() == 1);
    const std::string id = s.wb().doors[0].id;
    const std::string unanswered = s.wb().doors[0].response;
    REQUIRE(unanswered != "accepted");

    s.click("combo/worksheet/other_doors/offers/" + id + "/answer");
    s.click("option/worksheet/other_doors/offers/" + id + "/answer/accepted");
    REQUIRE(s.wb().doors.size() == 1);
    CHECK(s.wb().doors[0].response == "accepted");
    CHECK(s.wb().doors[0].note == "a walk on Sunday");  // the rest of the offer as it was
    CHECK(s.wb().doors[0].date == "2026-01-01");

    // Undo takes back the answer only; the offer itself stays logged.
    REQUIRE(s.app.doc.undo(s.platform.now()));
    REQUIRE(s.wb().doors.size() == 1);
    CHECK(s.wb().doors[0].response == unanswered);
    REQUIRE(s.app.doc.undo(s.platform.now()));
    CHECK(s.wb().doors.empty());
}
