// The status line (issue 19): a message shows for a few seconds, then
// fades away; the recent ones stay in a small history behind "Messages".
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"

#include <catch2/catch.hpp>

using namespace doorway;
using namespace doorway::test;

namespace {

struct Frames : Headless {
    void frame(AppState& app, NullPlatform& p) {
        ImGui::NewFrame();
        drawFrame(app, p);
        ImGui::Render();
    }
};

bool mapped(const AppState& app, const std::string& id) {
    for (const auto& i : app.uiMap.items())
        if (i.id == id) return true;
    return false;
}

}  // namespace

TEST_CASE("a status message fades after a few seconds and stays in the history", "[status]") {
    Frames h;
    TempDir dir;
    AppState app;
    NullPlatform p;
    app.uiMap.setEnabled(true);
    app.workbooksDir = dir.file("books");
    app.privacyUi.prefs.safetyCardShown = true;
    initApp(app, p, "");
    app.say("Saved /somewhere/workbook.pdf (3 pages).", p.now());
    h.frame(app, p);
    CHECK(mapped(app, "status/message"));
    CHECK(mapped(app, "button/status/messages"));
    p.advance(2);
    h.frame(app, p);
    CHECK(mapped(app, "status/message"));
    // While it fades, a frame is asked for a few times a second, never an
    // animation (and not before: a standing message costs nothing).
    CHECK(p.redrawTime < 0);
    p.advance(4.5);
    h.frame(app, p);
    CHECK(p.animateSeconds == 0);
    CHECK(p.redrawTime > p.now());
    CHECK(p.redrawTime <= p.now() + 0.25);
    CHECK(mapped(app, "status/message"));
    p.advance(10);
    h.frame(app, p);
    CHECK_FALSE(mapped(app, "status/message"));    // gone from the line...
    CHECK(mapped(app, "button/status/messages"));  // ...but kept
    REQUIRE_FALSE(app.statusHistory.empty());
    CHECK(app.statusHistory.back().message == "Saved /somewhere/workbook.pdf (3 pages).");
    // An error stays longer than a note.
    app.sayError("Could not save.", p.now());
    p.advance(10);
    h.frame(app, p);
    CHECK(mapped(app, "status/message"));
    p.advance(10);
    h.frame(app, p);
    CHECK_FALSE(mapped(app, "status/message"));
    // The history is small.
    for (int i = 0; i < 40; ++i) app.say("note " + std::to_string(i), p.now());
    CHECK(app.statusHistory.size() == AppState::kStatusHistory);
    CHECK(app.statusHistory.back().message == "note 39");
}
