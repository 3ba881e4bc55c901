// The window's care for privacy and safety, driven with real X input
// (xdotool under a private Xvfb): ticking a warning sign brings the safety
// card into view; an easy passphrase is cautioned about, then locks on a
// second press; the backups dialog removes the backups; the practice rows
// are in sight at 1280x800.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway::test;

TEST_CASE("ticking a warning sign in the window scrolls the safety card into view", "[window][safety]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check", quietHomeEnv(dir), dir.file("map.json"));
    // The last warning sign on the list: the card appears under the whole list.
    auto box = app.waitForItem("answer/safety_check/signs/told_imagining");
    REQUIRE(box);
    REQUIRE(box->y + box->h <= 800);
    CHECK_FALSE(app.item("button/worksheet/safety_check/safety_card"));
    app.clickItem(*box);
    // The safety card opens as a dialog; closing it leaves the page's card in sight.
    auto close = app.waitForItem("button/safety/close");
    REQUIRE(close);
    app.clickItem(*close);
    auto card = app.waitForItem("button/worksheet/safety_check/safety_card");
    REQUIRE(card);
    INFO("card button at y=" << card->y);
    CHECK(wholeOnScreen(*card, 800));
}

TEST_CASE("locking in the window with a one-letter passphrase cautions first, then locks on Lock anyway",
          "[window][privacy][passphrase]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui privacy.lock", quietHomeEnv(dir), dir.file("map.json"));
    auto first = app.waitForItem("answer/passphrase/lock");
    REQUIRE(first);
    app.clickItem(*first);
    app.type("q");
    auto again = app.waitForItem("answer/passphrase/lock_again");
    REQUIRE(again);
    app.clickItem(*again);
    app.type("q");
    app.key("Return");
    auto caution = app.waitForItem("note/passphrase/caution");
    REQUIRE(caution);
    CHECK_THAT(caution->label, Catch::Contains("easy to guess"));
    CHECK(readText(wb).find("doorway-sealed") == std::string::npos);  // nothing locked yet
    auto button = app.waitForItem("button/passphrase/lock");
    REQUIRE(button);
    CHECK(button->label == "Lock anyway");
    app.clickItem(*button);
    bool locked = false;
    for (int i = 0; i < 100 && !locked; ++i) {
        locked = readText(wb).find("doorway-sealed") != std::string::npos;
        if (!locked) sleepFor(0.1);
    }
    CHECK(locked);
}

TEST_CASE("View > Backups lists the backups in the workbooks folder and removes them", "[window][privacy][backup]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string env = quietHomeEnv(dir);
    fs::path books = dir.path() / "books";
    fs::create_directories(books);
    std::string wb = emptyWorkbook(dir, "books/mine.json");
    writeText(wb + ".bak", "{\"an\": \"older version\"}");
    WindowApp app(x, quote(wb) + " --workbooks " + quote(books.string()) + " --ui privacy.backups", env,
                  dir.file("map.json"));
    auto listed = app.waitForItem("text/backups/mine.json.bak");
    REQUIRE(listed);
    auto remove = app.waitForItem("button/backups/remove");
    REQUIRE(remove);
    app.clickItem(*remove);
    CHECK(fs::exists(wb + ".bak"));  // asked once first
    auto sure = app.waitForItem("button/backups/remove_confirmed");
    REQUIRE(sure);
    app.clickItem(*sure);
    auto said = app.waitForItem("note/backups/result");
    REQUIRE(said);
    CHECK_THAT(said->label, Catch::Contains("Removed 1 backup"));
    CHECK_FALSE(fs::exists(wb + ".bak"));
    CHECK(fs::exists(wb));
}

TEST_CASE("the practice rows are in sight at 1280x800 without scrolling", "[window][sidebar]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb), quietHomeEnv(dir), dir.file("map.json"));
    for (const char* id : {"nav/rehearsal", "nav/roleplay", "nav/takes"}) {
        INFO(id);
        auto row = app.waitForItem(id, 10);
        REQUIRE(row);
        CHECK(wholeOnScreen(*row, 800));
    }
    auto rehearse = app.waitForItem("nav/rehearsal");
    REQUIRE(rehearse);
    app.clickItem(*rehearse);
    CHECK(app.waitFor(
        [](const json::object& m) {
            for (const json::value& v : m.at("items").as_array())
                if (std::string(v.at("id").as_string()).rfind("button/rehearsal/", 0) == 0) return true;
            return false;
        },
        10));
}
