// Keyboard only, in the real window (xdotool under a private Xvfb, through
// GLFW), as a new-user trial found it: the first-run safety card answers
// Tab and Enter; once it is closed Tab goes through the start page and on
// into the sidebar without a click; a page opened from the sidebar takes
// Tab after a Ctrl+Tab or a Tab on another page; and Ctrl+Z never changes a
// page out of sight: it takes the person there and says what it undid.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway::test;

namespace {

std::string focusedId(WindowApp& app) {
    const std::vector<std::string> ids = focusedIds(app);
    return ids.empty() ? "" : ids.front();
}

// Presses `key`, then waits until the focus is somewhere else than it was
// (or a little while, when it stays). Returns where it is. With `land`, it
// waits for the focus to land on something: a menu opening passes through
// a frame with the focus nowhere, and a key sent then would still be on its
// way when the next one is.
std::string pressAndSee(WindowApp& app, const std::string& key, bool land = false) {
    const std::string before = focusedId(app);
    app.key(key);
    std::string now = before;
    app.waitFor(
        [&](const json::object&) {
            now = focusedId(app);
            return now != before && (!land || !now.empty());
        },
        3);
    return now;
}

std::string pressAndLand(WindowApp& app, const std::string& key) {
    return pressAndSee(app, key, true);
}

// A first run: nothing in the config folder, so the safety card shows.
std::string firstRunEnv(const TempDir& dir) {
    const fs::path home = dir.path() / "home";
    fs::create_directories(home);
    return "HOME=" + quote(home.string()) + " XDG_CONFIG_HOME=" + quote((home / ".config").string()) +
           " XDG_DATA_HOME=" + quote((home / ".local/share").string()) + " DOORWAY_TEST_FAST_KDF=1";
}

}  // namespace

TEST_CASE("the first-run safety card starts on Close: Tab reaches the country list and Enter closes it",
          "[window][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    WindowApp app(x, "--workbooks " + quote(dir.file("wb")), firstRunEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("dialog/safety"));
    REQUIRE(app.waitFor([&](const json::object&) { return focusedId(app) == "button/safety/close"; }, 10));
    CHECK(pressAndSee(app, "Tab") == "combo/safety/country");
    // Opened from the keyboard, the list starts on the place chosen, not on
    // its first row.
    auto combo = app.item("combo/safety/country");
    REQUIRE(combo);
    const std::string chosen = pressAndLand(app, "Return");
    INFO("chosen " << combo->label << ", the keyboard on " << chosen);
    REQUIRE(chosen.rfind("option/safety/country/", 0) == 0);
    CHECK(app.item(chosen)->label == combo->label);
    app.key("Escape");
    REQUIRE(app.waitFor([&](const json::object&) { return focusedId(app) == "combo/safety/country"; }, 5));
    CHECK(pressAndLand(app, "shift+Tab") == "button/safety/close");
    app.key("Return");
    CHECK(app.waitFor([&](const json::object&) { return !app.item("dialog/safety"); }, 10));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("after the first-run card, Tab goes through the start page and on into the sidebar, no click needed",
          "[window][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    WindowApp app(x, "--workbooks " + quote(dir.file("wb")), firstRunEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("dialog/safety"));
    app.key("Escape");
    REQUIRE(app.waitFor([&](const json::object&) { return !app.item("dialog/safety"); }, 10));
    CHECK(pressAndSee(app, "Tab") == "button/home/next");
    // On through the page into the sidebar: its first row, then the next.
    std::string at;
    for (int i = 0; i < 6 && at.rfind("nav/", 0) != 0; ++i) at = pressAndSee(app, "Tab");
    CHECK(at == "nav/rehearsal");
    CHECK(pressAndSee(app, "Tab") == "nav/roleplay");
    // Enter opens the page of the row with the ring.
    app.key("Return");
    CHECK(app.waitFor(
        [&](const json::object&) {
            return anyVisible(app.map(), "button/roleplay") || anyVisible(app.map(), "field/roleplay") ||
                   anyVisible(app.map(), "answer/roleplay");
        },
        10));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("a page opened from the sidebar takes Tab, after a Tab on the start page and a Ctrl+Tab",
          "[window][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb), quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("button/home/next"));
    sleepFor(0.5);
    CHECK(pressAndSee(app, "Tab") == "button/home/next");  // no click needed
    app.key("ctrl+Tab");                                   // ImGui's window switcher: to the menu bar
    sleepFor(0.5);
    app.key("Escape");
    sleepFor(0.3);
    auto row = app.waitForItem("nav/intentions");
    REQUIRE(row);
    app.clickItem(*row);
    REQUIRE(app.waitFor([&](const json::object&) { return anyVisible(app.map(), "answer/intentions/"); }, 10));
    std::string at = pressAndSee(app, "Tab");
    INFO("focused after Tab: " << (at.empty() ? std::string("nothing") : at));
    CHECK(at.rfind("answer/intentions/", 0) == 0);
    std::string second = pressAndSee(app, "Tab");
    CHECK(second.rfind("answer/intentions/", 0) == 0);
    CHECK(second != at);
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("Ctrl+Z on one page takes the person to the page it changes, and Edit > Undo names it",
          "[window][keyboard][undo]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:pattern", quietHomeEnv(dir), dir.file("map.json"));
    auto box = app.waitForItem("answer/pattern/my_part");
    REQUIRE(box);
    app.clickItem(*box);
    sleepFor(0.3);
    app.type("I go quiet.");
    REQUIRE(waitForChars(app, "answer/pattern/my_part", 11));
    app.key("Escape");
    auto row = app.waitForItem("nav/intentions");
    REQUIRE(row);
    app.clickItem(*row);
    REQUIRE(app.waitFor([&](const json::object&) { return anyVisible(app.map(), "answer/intentions/"); }, 10));

    // The Edit menu says what the next undo takes back, and where.
    auto edit = app.waitForItem("menu/edit");
    REQUIRE(edit);
    app.clickItem(*edit);
    auto undo = app.waitForItem("menu/edit/undo");
    REQUIRE(undo);
    CHECK(undo->label == "Undo typing on \u20185. The pattern, not the person\u2019");
    app.key("Escape");
    sleepFor(0.3);

    app.key("ctrl+z");
    // The change is in sight: the pattern page is open again, the box one
    // word shorter, and the status line says what was undone.
    CHECK(app.waitFor([&](const json::object&) {
        auto b = app.item("answer/pattern/my_part");
        return b && b->visible && b->chars >= 0 && b->chars < 11;
    }));
    CHECK_FALSE(anyVisible(app.map(), "answer/intentions/"));
    auto said = app.waitForItem("status/message");
    REQUIRE(said);
    CHECK(said->label == "Undid typing on \u20185. The pattern, not the person\u2019.");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("F10 or Alt alone reaches the menu bar, View > Messages and Help > About answer the keyboard, Esc closes",
          "[window][keyboard]") {
    // A new user with only a keyboard: Alt took the focus away, F10 did
    // nothing, the Messages button was off the Tab path, and Esc left About
    // open.
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb), quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("status/message"));  // "Opened mine.json": a message to list
    sleepFor(0.5);
    CHECK(pressAndLand(app, "F10") == "menu/file");
    app.key("Escape");
    CHECK(app.waitFor([&](const json::object&) { return focusedId(app) != "menu/file"; }, 5));
    CHECK(pressAndLand(app, "alt") == "menu/file");
    CHECK(pressAndLand(app, "Right") == "menu/edit");
    CHECK(pressAndLand(app, "Right") == "menu/view");
    // Each key waits for the one before to land: a Down still on its way
    // would move on past the item found.
    std::string at = pressAndLand(app, "Down");  // opens the menu on its first item
    std::string trail = at;
    for (int i = 0; i < 16 && at != "menu/view/messages"; ++i) trail += " > " + (at = pressAndLand(app, "Down"));
    INFO(trail);
    REQUIRE(at == "menu/view/messages");
    sleepFor(0.3);
    app.key("Return");
    REQUIRE(app.waitForItem("dialog/messages", 5));
    app.key("Escape");
    CHECK(app.waitFor([&](const json::object&) { return !app.item("dialog/messages"); }, 5));

    sleepFor(0.3);
    CHECK(pressAndLand(app, "F10") == "menu/file");
    for (int i = 0; i < 3; ++i) pressAndLand(app, "Right");
    REQUIRE(focusedId(app) == "menu/help");
    trail = at = pressAndLand(app, "Down");
    for (int i = 0; i < 8 && at != "menu/help/about"; ++i) trail += " > " + (at = pressAndLand(app, "Down"));
    INFO(trail);
    REQUIRE(at == "menu/help/about");
    sleepFor(0.3);
    app.key("Return");
    const bool aboutShown = bool(app.waitForItem("dialog/about", 5));
    INFO("focused: " << focusedId(app));
    REQUIRE(aboutShown);
    sleepFor(0.3);
    app.key("Escape");
    CHECK(app.waitFor([&](const json::object&) { return !app.item("dialog/about"); }, 5));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("Page Down and Page Up scroll the page and leave the keyboard where it was", "[window][keyboard]") {
    // 1.86 moved the focus a page's height on instead, and the page and the
    // sidebar are one window to it: Page Down landed on a sidebar row, and
    // the next Enter opened another page.
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check", quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitFor([&](const json::object&) { return anyVisible(app.map(), "answer/safety_check/"); }, 10));
    sleepFor(0.5);
    const std::string first = pressAndLand(app, "Tab");
    REQUIRE(first.rfind("answer/safety_check/", 0) == 0);
    auto y = [&] {
        auto it = app.item(first);
        return it ? it->y : 0.0;
    };
    const double top = y();
    auto movedFrom = [&](double was) {
        app.waitFor([&](const json::object&) { return y() != was; }, 3);
        return y();
    };
    app.key("Next");
    const double down = movedFrom(top);
    CHECK(down < top - 100);  // the page went up by most of a view
    CHECK(focusedId(app) == first);
    app.key("Prior");
    CHECK(movedFrom(down) > down + 100);
    CHECK(focusedId(app) == first);
    app.key("End");
    const double end = movedFrom(y());
    app.key("Home");
    CHECK(movedFrom(end) == Approx(top).margin(1));
    CHECK(focusedId(app) == first);
    app.key("ctrl+q");
    CHECK(app.wait() == 0);

    // And after writing in a box and leaving it with Esc, the same (the
    // check once asked whether a box had ever had the keyboard).
    WindowApp again(x, quote(wb) + " --ui view=worksheet:pattern", quietHomeEnv(dir), dir.file("map2.json"));
    auto box = again.waitForItem("answer/pattern/my_part");
    REQUIRE(box);
    again.click(box->x + 20, box->cy());
    sleepFor(0.5);
    again.type("I go quiet.");
    again.key("Escape");
    sleepFor(0.5);
    const std::string left = focusedId(again);
    const double was = again.item("answer/pattern/my_part")->y;
    again.key("Next");
    again.waitFor([&](const json::object&) { return again.item("answer/pattern/my_part")->y != was; }, 3);
    CHECK(again.item("answer/pattern/my_part")->y < was - 100);
    CHECK(focusedId(again) == left);
    CHECK(focusedId(again).rfind("nav/", 0) != 0);
    again.key("ctrl+q");
    CHECK(again.wait() == 0);
}
