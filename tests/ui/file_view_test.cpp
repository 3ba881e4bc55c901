// File feature, headless: open/new through --ui actions, autosave timing,
// errors keep the current document, recents.
#include "ui/file_view.hpp"
#include "core/storage.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/keys.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

struct HeadlessFrames : doorway::test::Headless {
    void frame(AppState& app, NullPlatform& p) {
        ImGui::GetIO().DeltaTime = 1.0f / 30;
        ImGui::NewFrame();
        drawFrame(app, p);
        ImGui::Render();
    }
};

}  // namespace

TEST_CASE("file ui: new, edit, autosave after 2 s, open another, recent list", "[storage][fileui]") {
    HeadlessFrames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    app.workbooksDir = dir.file("books");
    app.fileUi.recentPath = dir.file("recent.json");
    app.privacyUi.prefs.safetyCardShown = true;
    app.privacyUi.prefs.rememberRecents = true;  // chosen in View (it is off unless chosen)
    initApp(app, p, "");
    std::string err;
    REQUIRE(applyUiAction(app, p, "file.new=Kitchen table", err));
    std::string path = dir.file("books/Kitchen table.json");
    REQUIRE(app.doc.path() == path);
    REQUIRE(fs::exists(path));
    h.frame(app, p);

    runCommand(app, p.now(), cmd::setTitle("Renamed"));
    p.advance(1.0);
    tickFile(app, p);
    CHECK(loadWorkbookFile(path).workbook.title == "Kitchen table");  // not yet
    p.advance(1.5);
    tickFile(app, p);
    CHECK(loadWorkbookFile(path).workbook.title == "Renamed");
    CHECK_FALSE(app.doc.isDirty());

    // A bad file: error shown, current document kept, file untouched.
    std::string bad = dir.file("bad.json");
    writeText(bad, "{\"format\": ");
    REQUIRE(applyUiAction(app, p, "file.open=" + bad, err));
    CHECK(app.doc.path() == path);
    CHECK(app.status.isError);
    CHECK_THAT(app.status.message, Catch::StartsWith(bad));
    CHECK(readText(bad) == "{\"format\": ");
    for (int i = 0; i < 3; ++i) h.frame(app, p);

    tickFile(app, p);
    std::string recent = readText(dir.file("recent.json"));
    CHECK_THAT(recent, Catch::Contains(path));
    CHECK(recent.find("Renamed") == std::string::npos);  // paths only, never content

    app.fileUi.recentsEnabled = false;
    tickFile(app, p);
    CHECK(app.fileUi.recent.empty());
    CHECK_FALSE(fs::exists(dir.file("recent.json")));

    REQUIRE(applyUiAction(app, p, "file.dialog=open", err));
    for (int i = 0; i < 3; ++i) h.frame(app, p);
    REQUIRE(app.fileUi.listing.size() == 1);
    CHECK(app.fileUi.listing[0].name == "Kitchen table.json");
    CHECK_FALSE(applyUiAction(app, p, "file.bogus", err));
}

TEST_CASE("file ui: an untitled workbook with writing gets a file instead of being lost", "[storage][fileui]") {
    HeadlessFrames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    app.workbooksDir = dir.file("books");
    initApp(app, p, "");
    REQUIRE(app.doc.isUntitled());
    runCommand(app, p.now(), cmd::setAnswer("pattern", "what_happens", "we go quiet"));
    p.advance(3);
    tickFile(app, p);
    REQUIRE_FALSE(app.doc.isUntitled());
    CHECK(fs::path(app.doc.path()).parent_path() == fs::path(app.workbooksDir));
    CHECK(loadWorkbookFile(app.doc.path()).workbook.answerText("pattern", "what_happens") == "we go quiet");
}

TEST_CASE("file ui: open example opens a copy, never the bundled file", "[storage][fileui]") {
    if (!fs::exists(sourcePath("workbooks/example.json"))) return;
    HeadlessFrames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    app.workbooksDir = dir.file("books");
    initApp(app, p, "");
    std::string err;
    REQUIRE(applyUiAction(app, p, "file.example", err));
    CHECK(fs::path(app.doc.path()).parent_path() == fs::path(app.workbooksDir));
    CHECK_FALSE(app.doc.isReadOnly());
}

TEST_CASE("file ui: a workbook that cannot be opened at start-up leaves a lasting banner, not a silent blank",
          "[storage][fileui]") {
    HeadlessFrames h;
    TempDir dir;
    NullPlatform p;
    std::string bad = dir.file("cut off.json");
    writeText(bad, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {\"a\": ");
    const std::string before = readText(bad);
    for (const std::string& path : {bad, dir.file("not there.json")}) {
        INFO(path);
        AppState app;
        app.workbooksDir = dir.file("books");
        app.fileUi.recentPath = dir.file("recent.json");
        app.privacyUi.prefs.safetyCardShown = true;
        initApp(app, p, path);
        const std::string banner = bannerText(app);
        CHECK(banner.find(fs::path(path).filename().string()) != std::string::npos);  // names the file
        CHECK(banner.find("has not been changed") != std::string::npos);
        CHECK(banner.find("empty workbook") != std::string::npos);
        // It outlasts the status line's fade.
        for (int i = 0; i < 3; ++i) {
            p.advance(10);
            h.frame(app, p);
        }
        CHECK(bannerText(app) == banner);
        // Another workbook opened: the stand-in is gone, and so is its banner.
        std::string err;
        REQUIRE(applyUiAction(app, p, "file.new=Fresh start", err));
        CHECK(bannerText(app).empty());
    }
    CHECK(readText(bad) == before);
}

TEST_CASE("file ui: a path typed in Open and sent with Enter that is no workbook keeps its error on screen",
          "[storage][fileui]") {
    // The Enter that sent the path opened the error in the same frame, and
    // the error took it as its own: it closed before anyone saw it.
    HeadlessFrames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    app.workbooksDir = dir.file("books");
    app.privacyUi.prefs.safetyCardShown = true;
    initApp(app, p, "");
    const std::string notes = dir.file("notes.txt");
    writeText(notes, "shopping: eggs, bread");
    std::string err;
    REQUIRE(applyUiAction(app, p, "file.dialog=open", err));
    for (int i = 0; i < 3; ++i) h.frame(app, p);
    for (char c : notes) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
    h.frame(app, p);
    ImGui::GetIO().KeysDown[keys::kEnter] = true;
    h.frame(app, p);
    ImGui::GetIO().KeysDown[keys::kEnter] = false;
    for (int i = 0; i < 5; ++i) h.frame(app, p);
    CHECK_THAT(app.fileUi.modalMessage, Catch::Contains("notes.txt"));
    bool shown = false;
    for (const ImGuiPopupData& d : ImGui::GetCurrentContext()->OpenPopupStack)
        shown = shown || (d.Window && std::strstr(d.Window->Name, "###file-error"));
    CHECK(shown);
    CHECK(readText(notes) == "shopping: eggs, bread");
}
