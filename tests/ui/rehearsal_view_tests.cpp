// The rehearsal, role-play and takes views in a headless ImGui context:
// they draw with the example workbook, and a finished take lands in the
// workbook through commands (so it undoes).
#include "core/paths.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/file_view.hpp"
#include "ui/keys.hpp"
#include "ui/rehearsal_shared.hpp"
#include "ui/rehearsal_view.hpp"
#include "ui/roleplay_view.hpp"
#include "ui/take_sessions.hpp"
#include "ui/takes_view.hpp"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
namespace fs = std::filesystem;

using doorway::test::Headless;

namespace {

// One frame of one view inside a plain window, with the feature's tick first.
template <class Draw>
void frame(AppState& app, NullPlatform& platform, Draw draw) {
    ImGui::NewFrame();
    tickRehearsal(app, platform);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(980, 780));
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
    draw(app, platform);
    ImGui::End();
    ImGui::Render();
}

void frames(AppState& app, NullPlatform& platform, void (*draw)(AppState&, Platform&), int n = 3) {
    for (int i = 0; i < n; ++i) {
        frame(app, platform, draw);
        platform.advance(1.0 / 30);
    }
}

// The example workbook, copied so the test never touches the original.
struct ExampleApp {
    doorway::test::TempDir dir;
    AppState app;
    NullPlatform platform;
    explicit ExampleApp(bool example = true) {
        app.assetsDir = doorway::test::sourcePath("assets");
        app.catalog = WorksheetCatalog::loadDirectory(app.assetsDir + "/worksheets");
        std::string src = doorway::test::sourcePath("workbooks/example.json");
        std::string error;
        if (example && fs::exists(src)) {
            fs::copy_file(src, dir.file("example.json"));
            REQUIRE(app.doc.open(dir.file("example.json"), error));
        } else {
            app.doc.createNew("", "Test", "2026-01-01T00:00:00Z");
        }
    }
    bool act(const std::string& action) {
        std::string error;
        bool ok = applyUiAction(app, platform, action, error);
        INFO(action << ": " << error);
        return ok;
    }
    std::string actError(const std::string& action) {
        std::string error;
        applyUiAction(app, platform, action, error);
        return error;
    }
    const Workbook& wb() const { return app.doc.workbook(); }
};

const char* kScript =
    "I've been feeling far from you lately. We keep having the same fight. Would you try one session with me? "
    "We'd pick the person together and you can say no afterwards.";

}  // namespace

TEST_CASE("rehearsal view draws idle, mid-take and after, the take lands through a command", "[rehearsal]") {
    Headless imgui;
    ExampleApp x;
    const size_t takesBefore = x.wb().takes.size();
    REQUIRE(x.act("view=rehearsal"));
    REQUIRE(x.act(std::string("rehearsal.script=") + kScript));
    CHECK(x.wb().answerText("rehearsal", "script") == kScript);
    frames(x.app, x.platform, drawRehearsalView);

    // The score is cached by text: many frames, one scorer run.
    int runs = x.app.rehearsalUi.scores.runs;
    INFO(x.app.rehearsalUi.scores.error);
    REQUIRE(x.app.rehearsalUi.scores.error.empty());
    frames(x.app, x.platform, drawRehearsalView, 5);
    CHECK(x.app.rehearsalUi.scores.runs == runs);

    REQUIRE(x.act("rehearsal.length=30"));
    REQUIRE(x.act("rehearsal.start"));
    const RehearsalTimer& t = x.app.rehearsalUi.take.timer;
    CHECK(t.state() == TimerState::Countdown);
    frames(x.app, x.platform, drawRehearsalView);
    CHECK(x.platform.animateSeconds > 0);  // the event loop keeps drawing during a take
    x.platform.advance(3.0);
    frames(x.app, x.platform, drawRehearsalView, 2);
    CHECK(t.state() == TimerState::Running);
    CHECK(t.phaseIndex() == 0);

    REQUIRE(x.act("rehearsal.elapsed=10"));
    CHECK(t.phaseIndex() >= 1);
    REQUIRE(x.act("rehearsal.typed=I feel lonely when we keep fighting. Could we try one session, just to see?"));
    frames(x.app, x.platform, drawRehearsalView);
    CHECK(x.wb().takes.size() == takesBefore);  // nothing saved mid-take

    REQUIRE(x.act("rehearsal.finish"));
    CHECK(t.state() == TimerState::Finished);
    REQUIRE(x.wb().takes.size() == takesBefore + 1);
    const Take& take = x.wb().takes.back();
    CHECK(take.mode == "typed");
    CHECK(take.text == "I feel lonely when we keep fighting. Could we try one session, just to see?");
    CHECK(take.durationS == 30);
    CHECK(take.elapsedS >= 10);
    CHECK(take.elapsedS < 12);
    CHECK(take.id.rfind("take-", 0) == 0);
    CHECK_FALSE(take.time.empty());
    CHECK(take.score >= 0);
    CHECK(take.score <= 100);
    CHECK((take.band == "invitation" || take.band == "mixed" || take.band == "accusation"));
    CHECK(take.score == x.app.rehearsalUi.take.result.score);
    CHECK(take.findings.size() == x.app.rehearsalUi.take.result.findings.size());
    CHECK(x.app.doc.isDirty());
    frames(x.app, x.platform, drawRehearsalView);  // the review draws

    // Saving is not an undo step: a stray Ctrl+Z never removes a saved
    // take. Deleting it is explicit, and undo brings it back.
    x.app.doc.undo(x.platform.now());
    CHECK(x.wb().takes.size() == takesBefore + 1);
    REQUIRE(x.app.doc.execute(cmd::removeTakeById(take.id), x.platform.now()));
    CHECK(x.wb().takes.size() == takesBefore);
    REQUIRE(x.app.doc.undo(x.platform.now()));
    CHECK(x.wb().takes.size() == takesBefore + 1);

    frames(x.app, x.platform, drawTakesView);
    REQUIRE(x.act("takes.expand=" + take.id));
    frames(x.app, x.platform, drawTakesView);
}

TEST_CASE("a take saves itself at time-out, and pause holds the clock", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    REQUIRE(x.act("rehearsal.length=30"));
    REQUIRE(x.act("rehearsal.start"));
    x.app.rehearsalUi.take.typed = "I miss us. Would you come to one session with me?";
    x.platform.advance(3.5);
    frames(x.app, x.platform, drawRehearsalView, 1);
    REQUIRE(x.act("rehearsal.pause"));
    x.platform.advance(120);  // paused: no time-out
    frames(x.app, x.platform, drawRehearsalView, 2);
    CHECK(x.wb().takes.empty());
    CHECK(x.app.rehearsalUi.take.timer.isPaused());
    REQUIRE(x.act("rehearsal.resume"));
    x.platform.advance(31);
    frames(x.app, x.platform, drawRehearsalView, 1);
    REQUIRE(x.wb().takes.size() == 1);
    CHECK(x.wb().takes[0].elapsedS == 30);
    CHECK(x.app.rehearsalUi.take.saved);
}

TEST_CASE("a typed take puts the caret in its box: Space types a space, F9 pauses, Esc stops", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.elapsed=5"));
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](int key) {
        io.KeysDown[key] = true;
        frames(x.app, x.platform, drawRehearsalView, 1);
        io.KeysDown[key] = false;
        frames(x.app, x.platform, drawRehearsalView, 1);
    };
    frames(x.app, x.platform, drawRehearsalView, 2);  // the box takes the keyboard
    const RehearsalTimer& t = x.app.rehearsalUi.take.timer;
    REQUIRE(t.state() == TimerState::Running);
    REQUIRE(editorActive(x.app.editorUi));
    io.AddInputCharactersUTF8("I feel");
    frames(x.app, x.platform, drawRehearsalView, 1);
    io.AddInputCharacter(' ');
    press(keys::kSpace);  // the Space key with its space: typed, not a pause
    io.AddInputCharactersUTF8("far away from you.");
    frames(x.app, x.platform, drawRehearsalView, 1);
    CHECK(x.app.rehearsalUi.take.typed == "I feel far away from you.");
    CHECK(t.state() == TimerState::Running);
    press(keys::kF9);
    CHECK(t.isPaused());
    press(keys::kF9);
    CHECK(t.state() == TimerState::Running);
    press(keys::kEscape);
    CHECK(t.state() == TimerState::Stopped);
    // A stopped take is kept at once (a review left open when the window
    // closed was a silent loss); deleting it is the owner's step, and undoable.
    CHECK(x.app.rehearsalUi.take.over);
    REQUIRE(x.wb().takes.size() == 1);
    CHECK(x.wb().takes.back().text == "I feel far away from you.");
    CHECK_FALSE(saveSession(x.app, x.platform, x.app.rehearsalUi.take));  // only once
    CHECK(x.wb().takes.size() == 1);
    deleteSessionTake(x.app, x.platform, x.app.rehearsalUi.take);
    CHECK(x.wb().takes.empty());
    CHECK_FALSE(x.app.rehearsalUi.take.over);
    x.app.doc.undo(x.platform.now());
    CHECK(x.wb().takes.size() == 1);
}

TEST_CASE("quitting keeps a take that is running and the words typed in it", "[rehearsal]") {
    Headless imgui;
    ExampleApp x;
    const size_t before = x.wb().takes.size();
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.elapsed=6"));
    REQUIRE(x.act("rehearsal.typed=I miss how we used to talk."));
    REQUIRE(readyToQuit(x.app, x.platform));
    REQUIRE(x.wb().takes.size() == before + 1);
    CHECK(x.wb().takes.back().text == "I miss how we used to talk.");
    // Saved to the file on the way out, not only in memory.
    CHECK(doorway::test::readText(x.dir.file("example.json")).find("I miss how we used to talk.") != std::string::npos);
    CHECK_FALSE(x.app.rehearsalUi.take.timer.isActive());
}

TEST_CASE("with no box that has the keyboard, Space pauses a take", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.elapsed=5"));
    ImGuiIO& io = ImGui::GetIO();
    frames(x.app, x.platform, drawRehearsalView, 2);
    // Leave the box: a click on empty space.
    io.MousePos = ImVec2(1200, 780);
    io.MouseDown[0] = true;
    frames(x.app, x.platform, drawRehearsalView, 1);
    io.MouseDown[0] = false;
    frames(x.app, x.platform, drawRehearsalView, 2);
    REQUIRE_FALSE(editorActive(x.app.editorUi));
    io.KeysDown[keys::kSpace] = true;
    frames(x.app, x.platform, drawRehearsalView, 1);
    io.KeysDown[keys::kSpace] = false;
    CHECK(x.app.rehearsalUi.take.timer.isPaused());
}

TEST_CASE("an empty take is not saved, the script editor writes through commands", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.finish"));
    CHECK(x.wb().takes.empty());
    CHECK(x.app.rehearsalUi.take.over);
    frames(x.app, x.platform, drawRehearsalView);

    REQUIRE(x.act("rehearsal.script=You never listen."));
    REQUIRE(x.act("rehearsal.script=I feel unheard."));
    CHECK(x.wb().answerText("rehearsal", "script") == "I feel unheard.");
    x.app.doc.undo(x.platform.now());
    frames(x.app, x.platform, drawRehearsalView);
    // The editor follows the workbook after an undo.
    CHECK(x.app.rehearsalUi.scriptBuffer == x.wb().answerText("rehearsal", "script"));
}

TEST_CASE("role-play: an answer is scored, checked against the fear, saved as a roleplay take", "[rehearsal]") {
    Headless imgui;
    ExampleApp x;
    const size_t before = x.wb().takes.size();
    REQUIRE(x.act("roleplay.objection=cant_afford"));
    CHECK(x.app.nav.view == View::RolePlay);
    frames(x.app, x.platform, drawRolePlayView);
    REQUIRE(x.act("roleplay.start"));
    REQUIRE(x.act("rehearsal.elapsed=8"));
    // Session 29's refitted met head holds back the cost alone ("...so it
    // would cost much less") as short of the worry underneath (money strain
    // and paying for something that might not help); the way out speaks to it.
    REQUIRE(
        x.act("roleplay.answer=I found a training clinic with a sliding scale, so it would cost much less, and if it "
              "isn't helping after two sessions we stop."));
    frames(x.app, x.platform, drawRolePlayView);
    REQUIRE(x.act("roleplay.finish"));
    REQUIRE(x.wb().takes.size() == before + 1);
    CHECK(x.wb().takes.back().mode == "roleplay");
    CHECK(x.wb().takes.back().objection == "cant_afford");
    CHECK(x.app.rehearsalUi.roleCheck.met);
    frames(x.app, x.platform, drawRolePlayView);

    REQUIRE(x.act("roleplay.start"));
    REQUIRE(x.act("rehearsal.elapsed=5"));
    REQUIRE(x.act("roleplay.answer=You always complain about money."));
    REQUIRE(x.act("roleplay.finish"));
    CHECK_FALSE(x.app.rehearsalUi.roleCheck.met);
    CHECK(x.wb().takes.size() == before + 2);
    frames(x.app, x.platform, drawRolePlayView);
    frames(x.app, x.platform, drawTakesView);
}

TEST_CASE("rehearsal --ui actions reject what they cannot do", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    CHECK(x.actError("rehearsal.nonsense").find("unknown rehearsal action") != std::string::npos);
    CHECK(x.actError("rehearsal.elapsed=5").find("no take is running") != std::string::npos);
    CHECK(x.actError("rehearsal.length=5").find("between") != std::string::npos);
    CHECK(x.actError("rehearsal.script").find("needs a value") != std::string::npos);
    std::string e = x.actError("roleplay.objection=nope");
    CHECK(e.find("no objection 'nope'") != std::string::npos);
    CHECK(e.find("cant_afford") != std::string::npos);
    CHECK(x.actError("roleplay.finish").find("no role-play") != std::string::npos);
    REQUIRE(x.act("rehearsal.start"));
    CHECK(x.actError("rehearsal.elapsed=soon").find("not a number") != std::string::npos);
    CHECK(x.actError("rehearsal.start").find("already") != std::string::npos);
    // Not ours: left for the other features.
    std::string err;
    CHECK_FALSE(rehearsalUiAction(x.app, x.platform, "print.pdf=x", err));
}

TEST_CASE("damaged scoring and role-play assets show a message instead of crashing", "[rehearsal]") {
    Headless imgui;
    ExampleApp x(false);
    doorway::test::TempDir assets;
    fs::create_directories(assets.path() / "scoring");
    fs::create_directories(assets.path() / "roleplay");
    doorway::test::writeText(assets.file("scoring/lexicon.json"), "{ not json");
    doorway::test::writeText(assets.file("roleplay/objections.json"), R"({"objections": [{"id": "x"}]})");
    x.app.assetsDir = assets.path().string();
    REQUIRE(x.act("rehearsal.script=I feel far away."));
    frames(x.app, x.platform, drawRehearsalView);
    CHECK_FALSE(x.app.rehearsalUi.scores.error.empty());
    frames(x.app, x.platform, drawRolePlayView);
    CHECK(x.app.rehearsalUi.objectionsError.find("objections.json:1:17: objections[0].says") != std::string::npos);
    // A take still ends cleanly; it is not saved without a score.
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.typed=I feel far away."));
    REQUIRE(x.act("rehearsal.finish"));
    CHECK(x.wb().takes.empty());
}

TEST_CASE("Use my ask pulls the sentence composed on Shrink the ask", "[rehearsal]") {
    Headless imgui;
    ExampleApp x;
    const WorksheetDef* def = askWorksheet(x.app.catalog);
    REQUIRE(def != nullptr);
    std::string ask = composeAsk(*def, x.wb());
    REQUIRE_FALSE(ask.empty());
    REQUIRE(x.act("rehearsal.script=I miss us."));
    REQUIRE(x.act("rehearsal.use-ask"));
    std::string script = x.wb().answerText("rehearsal", "script");
    CHECK(script.rfind("I miss us.", 0) == 0);
    CHECK(script.find(ask) != std::string::npos);
    frames(x.app, x.platform, drawRehearsalView);
    CHECK(x.app.rehearsalUi.scriptBuffer == script);

    // With nothing written on Shrink the ask, it says so and changes nothing.
    ExampleApp empty(false);
    CHECK(empty.actError("rehearsal.use-ask").find("\"" + pageName(empty.app.catalog, *def) + "\"") !=
          std::string::npos);
    CHECK(empty.wb().answerText("rehearsal", "script").empty());
}

TEST_CASE("a take of a script that speaks of fear shows the safety card's sentence, not an invitation's cues",
          "[rehearsal][safety]") {
    Headless imgui;
    for (bool fearful : {false, true}) {
        ExampleApp x;
        x.app.uiMap.setEnabled(true);
        const std::string script = fearful ? "I'm scared of how you'll react when I bring this up, so I keep quiet. "
                                             "Would you try one session with me?"
                                           : kScript;
        REQUIRE(x.act("view=rehearsal"));
        REQUIRE(x.act("rehearsal.script=" + script));
        REQUIRE(x.act("rehearsal.length=30"));
        REQUIRE(x.act("rehearsal.start"));
        REQUIRE(x.act("rehearsal.elapsed=2"));
        x.app.uiMap.beginFrame();
        frames(x.app, x.platform, drawRehearsalView, 2);
        const ScoreResult* r = cachedScore(x.app, script);
        REQUIRE(r != nullptr);
        REQUIRE(r->safety == fearful);  // the scorer's own reading decides, not this test
        bool cardButton = false;
        for (const auto& i : x.app.uiMap.items()) cardButton = cardButton || i.id == "button/rehearsal/safety_card";
        CHECK(cardButton == fearful);
    }
}

TEST_CASE("the button that ends a take early has one name in rehearsal and role-play", "[rehearsal]") {
    Headless imgui;
    ExampleApp x;
    x.app.uiMap.setEnabled(true);
    auto labelOf = [&](const std::string& id) {
        for (const auto& i : x.app.uiMap.items())
            if (i.id == id) return i.label;
        return std::string();
    };
    REQUIRE(x.act("view=rehearsal"));
    REQUIRE(x.act("rehearsal.script=" + std::string(kScript)));
    REQUIRE(x.act("rehearsal.length=30"));
    REQUIRE(x.act("rehearsal.start"));
    REQUIRE(x.act("rehearsal.elapsed=4"));
    x.app.uiMap.beginFrame();
    frames(x.app, x.platform, drawRehearsalView, 2);
    const std::string rehearsal = labelOf("button/rehearsal/done");
    REQUIRE(x.act("rehearsal.stop"));

    REQUIRE(x.act("roleplay.objection=cant_afford"));
    REQUIRE(x.act("roleplay.start"));
    REQUIRE(x.act("rehearsal.elapsed=8"));
    x.app.uiMap.beginFrame();
    frames(x.app, x.platform, drawRolePlayView, 2);
    const std::string rolePlay = labelOf("button/roleplay/done");
    INFO(rehearsal << " / " << rolePlay);
    CHECK_FALSE(rehearsal.empty());
    CHECK(rehearsal == rolePlay);
}
