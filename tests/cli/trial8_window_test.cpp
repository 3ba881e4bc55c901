// Trial 8's findings in the real window, with real X input (xdotool under a
// private Xvfb) and the window map: a finished take is kept (Ctrl+Q, kill -9,
// role-play's "Answer again"), the F12 cover stays until F12, the sidebar
// shows no "safety" flag, "Hear it" says when no voice can play, a forgotten
// passphrase gets a hint and a way back, and a relaunch with no file named
// points at the workbook already in the folder.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <functional>

using namespace doorway::test;

namespace {

// What is on disk for a workbook: the file and its edit journal.
std::string onDisk(const std::string& wb) {
    std::error_code ec;
    std::string s = readText(wb);
    if (fs::exists(wb + ".journal", ec)) s += readText(wb + ".journal");
    return s;
}

// Clicks an item until `done` holds on the map: a window that has just
// started may take its first click for focus alone.
bool clickUntil(WindowApp& app, const std::string& id, const std::function<bool(const json::object&)>& done) {
    for (int i = 0; i < 3; ++i) {
        auto it = app.waitForItem(id);
        if (!it) return false;
        app.clickItem(*it);
        if (app.waitFor(done, 3)) return true;
    }
    return false;
}

bool focusedItem(const json::object& m, const std::string& id) {
    for (const json::value& v : m.at("items").as_array()) {
        const json::object& o = v.as_object();
        if (o.at("id").as_string() == id) return o.contains("focused") && o.at("focused").as_bool();
    }
    return false;
}

// Starts a typed rehearsal take, types `words` once the 3-2-1 is over and
// stops it with Esc, as a person does.
void typedTakeStoppedWithEsc(WindowApp& app, const std::string& words) {
    auto start = app.waitForItem("button/rehearsal/start");
    REQUIRE(start);
    app.clickItem(*start);
    if (!app.waitForItem("button/rehearsal/stop", 3)) app.clickItem(*start);  // a first click that only focused
    REQUIRE(app.waitForItem("button/rehearsal/stop"));
    sleepFor(3.6);  // the countdown; the caret is already in the box
    app.type(words, 20);
    sleepFor(0.5);
    app.key("Escape");
}

}  // namespace

TEST_CASE("a typed take stopped with Esc is kept when the window quits with Ctrl+Q", "[window][takes]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir);
    const std::string words = "I have been lonely. Would you try one session with me?";
    WindowApp app(x, quote(wb) + " --ui view=rehearsal", quietHomeEnv(dir), dir.file("map.json"));
    typedTakeStoppedWithEsc(app, words);
    // The review is up: the take is already kept, and deleting it is a choice.
    auto del = app.waitForItem("button/review/delete", 10);
    CHECK(del);
    app.key("ctrl+q");
    CHECK(app.wait(20) == 0);
    INFO(readText(wb).substr(0, 400));
    CHECK(readText(wb).find(words) != std::string::npos);
}

TEST_CASE("a stopped take and a role-play answer replaced by Answer again both outlive kill -9", "[window][takes]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir);
    const std::string first = "Yeah, right, because a therapist would ever side with you.";
    const std::string second = "I hear you. We could start online and you can say as little as you like.";
    WindowApp app(x, quote(wb) + " --ui view=roleplay", quietHomeEnv(dir), dir.file("map.json"));
    auto start = app.waitForItem("button/roleplay/start");
    REQUIRE(start);
    app.clickItem(*start);
    if (!app.waitFor([](const json::object& m) { return !anyVisible(m, "button/roleplay/start"); }, 3))
        app.clickItem(*start);  // a first click that only focused
    sleepFor(3.6);
    app.type(first, 20);
    sleepFor(0.5);
    app.key("Escape");  // stopped: not "Done"
    // "Answer again" right away, then a second answer, stopped the same way.
    auto again = app.waitForItem("button/roleplay/start");
    REQUIRE(again);
    CHECK(again->label == "Answer again");
    app.clickItem(*again);
    sleepFor(3.6);
    app.type(second, 20);
    sleepFor(0.5);
    app.key("Escape");
    sleepFor(1.0);
    app.kill9();
    const std::string disk = onDisk(wb);
    CHECK(disk.find(first) != std::string::npos);
    CHECK(disk.find(second) != std::string::npos);
}

TEST_CASE("the F12 cover stays through clicks and typing, and only F12 lifts it", "[window][privacy]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:intentions", quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("nav/rehearsal"));
    app.key("F12");
    REQUIRE(app.waitFor([](const json::object& m) { return !anyVisible(m, "nav/"); }, 10));
    // What anyone walking up to a notes page does: click on it, type, click again.
    app.click(640, 400);
    app.type("partner typed this", 20);
    app.click(300, 600);
    app.key("Return");
    sleepFor(1.0);
    CHECK_FALSE(anyVisible(app.map(), "nav/"));
    CHECK(readText(wb).find("partner typed this") == std::string::npos);
    app.key("F12");
    CHECK(app.waitForItem("nav/rehearsal", 10));
}

TEST_CASE("a ticked safety sign puts no safety flag in the sidebar, only the plain count",
          "[window][safety][privacy]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check", quietHomeEnv(dir), dir.file("map.json"));
    auto afraid = app.waitForItem("answer/safety_check/signs/afraid");
    REQUIRE(afraid);
    app.clickItem(*afraid);
    auto close = app.waitForItem("button/safety/close");
    REQUIRE(close);
    app.clickItem(*close);
    // The card's start is in view under the ticked box (its button may be below the fold).
    REQUIRE(app.waitForItem("text/worksheet/safety_check/safety_heading"));
    auto note = app.waitForItem("note/nav/safety_check", 10);
    REQUIRE(note);
    CHECK(note->label.find("safety") == std::string::npos);
    CHECK(note->label.find('/') != std::string::npos);  // "1/3": answered of total, as every page shows
}

TEST_CASE("Hear it with no sound output says so plainly", "[window][speech]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir);
    // No sound output: this machine may have none at all; where it has one,
    // ALSA's default device is pointed at a card that isn't there.
    const std::string env = quietHomeEnv(dir);
    writeText((dir.path() / "home/.asoundrc").string(),
              "pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n");
    WindowApp app(x, quote(wb) + " --ui view=roleplay", env, dir.file("map.json"));
    REQUIRE(app.waitForItem("button/roleplay/hear"));
    CHECK_FALSE(app.item("note/voice"));
    clickUntil(app, "button/roleplay/hear", [](const json::object& m) { return anyVisible(m, "note/voice"); });
    auto note = app.waitForItem("note/voice", 20);
    REQUIRE(note);
    CHECK_THAT(note->label, Catch::Contains("can't play"));
}

TEST_CASE("a forgotten passphrase: a hint after a few misses, the plain truth, and a way back after Cancel",
          "[window][privacy][passphrase]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "dana.json");
    const std::string env = quietHomeEnv(dir);
    std::string passFile = dir.file("pass");
    writeText(passFile, "river kettle lantern morning\n");
    REQUIRE(std::system(("env " + env + " " + quote(DOORWAY_TEST_BINARY) + " lock " + quote(wb) +
                         " --passphrase-fd 3 3<" + quote(passFile) + " >/dev/null 2>&1")
                            .c_str()) == 0);
    const std::string sealed = readText(wb);
    WindowApp app(x, quote(wb), env, dir.file("map.json"));
    auto field = app.waitForItem("answer/passphrase/open");
    REQUIRE(field);
    for (const char* wrong : {"river kettle lantern evening", "River kettle lantern morning", "riverkettle"}) {
        // Into the field, as a person would after reading the message.
        REQUIRE(clickUntil(app, "answer/passphrase/open",
                           [](const json::object& m) { return focusedItem(m, "answer/passphrase/open"); }));
        app.type(wrong, 15);
        app.key("Return");
        REQUIRE(app.waitFor([](const json::object& m) { return anyVisible(m, "note/passphrase/error"); }, 20));
        sleepFor(1.0);  // the deliberately slow check
    }
    auto error = app.waitForItem("note/passphrase/error");
    REQUIRE(error);
    CHECK_THAT(error->label, Catch::Contains("Caps Lock"));
    auto forgotten = app.waitForItem("note/passphrase/forgotten", 10);
    REQUIRE(forgotten);
    CHECK_THAT(forgotten->label, Catch::Contains("can't be recovered"));
    auto cancel = app.waitForItem("button/passphrase/cancel");
    INFO(readText(dir.file("map.json")));
    REQUIRE(cancel);
    app.clickItem(*cancel);
    auto retry = app.waitForItem("button/banner/passphrase", 10);
    REQUIRE(retry);
    app.clickItem(*retry);
    REQUIRE(app.waitForItem("answer/passphrase/open", 10));
    sleepFor(0.5);
    app.type("river kettle lantern morning", 15);
    app.key("Return");
    CHECK(app.waitFor([](const json::object& m) { return !anyVisible(m, "answer/passphrase/open"); }, 20));
    CHECK(app.waitFor([](const json::object& m) { return !anyVisible(m, "button/banner/passphrase"); }, 10));
    app.key("ctrl+q");
    CHECK(app.wait(20) == 0);
    CHECK(readText(wb).find("doorway-sealed") != std::string::npos);  // still locked, never written in the clear
    (void)sealed;
}

TEST_CASE("started with no file named, the start page says a workbook is waiting in the folder and opens it",
          "[window][file]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    fs::path books = dir.path() / "books";
    fs::create_directories(books);
    const std::string mine = (books / "My workbook.json").string();
    fs::copy_file(sourcePath("workbooks/example.json"), mine);
    const std::string env = quietHomeEnv(dir);
    // The private default a first run gets: recent files off.
    writeText((dir.path() / "home/.config/doorway/privacy.json").string(),
              "{\"safetyCardShown\": true, \"rememberRecents\": false}\n");
    {
        WindowApp app(x, "--workbooks " + quote(books.string()), env, dir.file("map.json"));
        auto note = app.waitForItem("note/home/earlier");
        REQUIRE(note);
        CHECK_THAT(note->label, Catch::Contains("from before"));
        CHECK(note->label.find("My workbook.json") == std::string::npos);  // recent files are off: no names
        auto open = app.waitForItem("button/home/open_earlier");
        REQUIRE(open);
        app.clickItem(*open);
        CHECK(app.waitFor([](const json::object& m) { return !anyVisible(m, "note/home/earlier"); }, 10));
        app.key("ctrl+q");
        CHECK(app.wait(20) == 0);
    }
    {
        // Writing in the new one instead: its file and its title both get a number.
        WindowApp app(x, "--workbooks " + quote(books.string()) + " --ui view=worksheet:intentions", env,
                      dir.file("map2.json"));
        REQUIRE(clickUntil(app, "answer/intentions/why_now",
                           [](const json::object& m) { return focusedItem(m, "answer/intentions/why_now"); }));
        app.type("Because it is time.", 20);
        sleepFor(0.5);
        app.key("ctrl+q");
        CHECK(app.wait(20) == 0);
        const std::string second = (books / "My workbook 2.json").string();
        REQUIRE(fs::exists(second));
        json::value v = json::parse(readText(second));
        CHECK(v.at("title").as_string() == "My workbook 2");
    }
}
