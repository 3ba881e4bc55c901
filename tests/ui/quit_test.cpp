// Closing the window with changes that could not be saved (issue 17): the
// window asks instead of closing, and offers to save elsewhere. Driven
// through --ui actions, as the window's Ctrl+Q and its buttons drive it.
#include "core/storage.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

struct Frames : Headless {
    void frame(AppState& app, NullPlatform& p) {
        ImGui::NewFrame();
        drawFrame(app, p);
        ImGui::Render();
    }
};

bool aPopupIsOpen() {
    return GImGui->OpenPopupStack.Size > 0;
}

// A workbook open with an edit that can't be saved: its folder is gone.
void openThenLoseTheFolder(AppState& app, NullPlatform& p, const TempDir& dir) {
    fs::create_directories(dir.file("books"));
    std::string path = dir.file("books/w.json");
    REQUIRE(saveWorkbookFile(path, newWorkbook("Ours", "2026-01-01T00:00:00Z")).ok);
    app.workbooksDir = dir.file("books");
    app.privacyUi.prefs.safetyCardShown = true;
    initApp(app, p, path);
    REQUIRE(app.doc.path() == path);
    runCommand(app, p.now(), cmd::setAnswer("pattern", "what_happens", "the words I must not lose"));
    fs::remove_all(dir.file("books"));
}

}  // namespace

TEST_CASE("quitting with unsaved changes that can't be saved asks, and saving elsewhere keeps them", "[fileui][quit]") {
    Frames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    openThenLoseTheFolder(app, p, dir);
    h.frame(app, p);
    std::string err;

    REQUIRE(applyUiAction(app, p, "file.quit", err));  // Ctrl+Q
    CHECK_FALSE(p.quitRequested);                      // not closed: the save failed
    CHECK(app.doc.isDirty());
    CHECK(app.status.isError);
    CHECK_THAT(app.status.message, Catch::Contains("could not be saved"));
    h.frame(app, p);
    CHECK(aPopupIsOpen());  // the question is on screen

    // "Save elsewhere..." with a name: saved there, then the window closes.
    fs::create_directories(dir.file("usb"));
    std::string elsewhere = dir.file("usb/kept.json");
    REQUIRE(applyUiAction(app, p, "file.quit-saveas=" + elsewhere, err));
    CHECK(p.quitRequested);
    CHECK(loadWorkbookFile(elsewhere).workbook.answerText("pattern", "what_happens") == "the words I must not lose");
    CHECK_FALSE(app.doc.isDirty());
}

TEST_CASE("quitting without saving happens only when chosen", "[fileui][quit]") {
    Frames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    openThenLoseTheFolder(app, p, dir);
    h.frame(app, p);
    std::string err;
    REQUIRE(applyUiAction(app, p, "file.quit", err));
    CHECK_FALSE(p.quitRequested);
    REQUIRE(applyUiAction(app, p, "file.quit", err));  // asking again still asks
    CHECK_FALSE(p.quitRequested);
    REQUIRE(applyUiAction(app, p, "file.quit-unsaved", err));  // "Close without saving"
    CHECK(p.quitRequested);
}

TEST_CASE("quitting with everything saved closes at once", "[fileui][quit]") {
    Frames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    fs::create_directories(dir.file("books"));
    std::string path = dir.file("books/w.json");
    REQUIRE(saveWorkbookFile(path, newWorkbook("Ours", "2026-01-01T00:00:00Z")).ok);
    app.workbooksDir = dir.file("books");
    initApp(app, p, path);
    runCommand(app, p.now(), cmd::setAnswer("pattern", "what_happens", "saved on the way out"));
    std::string err;
    REQUIRE(applyUiAction(app, p, "file.quit", err));
    CHECK(p.quitRequested);
    CHECK(loadWorkbookFile(path).workbook.answerText("pattern", "what_happens") == "saved on the way out");
}
