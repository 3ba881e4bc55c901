// What a new person's first evening in the real window turned up, driven
// the same way (xdotool under a private Xvfb, through GLFW): Tab in a table
// reaches the next cell, never the row's remove button; an emoji is kept as
// typed; a passphrase mismatch stops being shown once they match; the
// window says what it brought back after a crash; and typing into a
// workbook that can't be changed says, once, what to do instead.
#include "window_support.hpp"

#include "core/storage.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway::test;

namespace {

// The example's rows of "What do they picture therapy is?" as saved.
json::array verbRows(const std::string& wb) {
    json::value v = json::parse(readText(wb));
    return v.at("answers").at("their_picture").at("verbs").as_array();
}

std::string cell(const json::array& rows, const std::string& row, const std::string& column) {
    for (const json::value& r : rows)
        if (r.at("row").as_string() == row.c_str()) return std::string(r.at(column).as_string());
    return "(no row " + row + ")";
}

}  // namespace

TEST_CASE("in a table, End then Tab goes to the next cell and typing a space there removes no row",
          "[window][trial][table]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "example.json");
    const json::array before = verbRows(wb);
    REQUIRE(before.size() == 4);
    const std::string worry = cell(before, "r1", "worry");

    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto verb = app.waitForItem("answer/their_picture/verbs/r1/verb");
    REQUIRE(verb);
    app.click(verb->x + 20, verb->cy());
    sleepFor(0.3);
    app.key("End");
    app.key("Tab");
    std::vector<std::string> focused;
    app.waitFor(
        [&](const json::object&) {
            focused = focusedIds(app);
            return !focused.empty() && focused.front() != "answer/their_picture/verbs/r1/verb";
        },
        10);
    INFO("focused after Tab: " << (focused.empty() ? std::string("nothing") : focused.front()));
    CHECK(focused == std::vector<std::string>{"answer/their_picture/verbs/r1/worry"});
    app.type("x y");
    waitForChars(app, "answer/their_picture/verbs/r1/worry", long(worry.size() + 3), 10);
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    const json::array after = verbRows(wb);
    CHECK(after.size() == 4);
    CHECK(cell(after, "r1", "worry") == worry + "x y");
    CHECK(cell(after, "r1", "verb") == cell(before, "r1", "verb"));
}

TEST_CASE("removing a table row that holds words says so, and Ctrl+Z brings it back", "[window][trial][table]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "example.json");
    const json::array before = verbRows(wb);

    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto remove = app.waitForItem("button/worksheet/their_picture/verbs/r2/remove");
    REQUIRE(remove);
    app.clickItem(*remove);
    CHECK(waitForStatus(app, "Row removed") == "Row removed. Ctrl+Z brings it back.");
    app.moveTo(5, 5);  // off the buttons: the key goes to the page
    app.key("ctrl+z");
    CHECK(app.waitForItem("button/worksheet/their_picture/verbs/r2/remove", 10));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    const json::array after = verbRows(wb);
    CHECK(after.size() == 4);
    CHECK(cell(after, "r2", "verb") == cell(before, "r2", "verb"));
    CHECK(cell(after, "r2", "worry") == cell(before, "r2", "worry"));
}

TEST_CASE("a row's remove button is still reached from the keyboard, with the arrow keys, and Enter presses it",
          "[window][trial][table]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "example.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto verb = app.waitForItem("answer/their_picture/verbs/r3/verb");
    REQUIRE(verb);
    app.click(verb->x + 20, verb->cy());
    sleepFor(0.3);
    app.key("Escape");  // out of the box: the arrows move between items again
    sleepFor(0.3);
    app.key("Right");
    const std::string button = "button/worksheet/their_picture/verbs/r3/remove";
    std::vector<std::string> focused;
    app.waitFor(
        [&](const json::object&) {
            focused = focusedIds(app);
            return focused == std::vector<std::string>{button};
        },
        10);
    REQUIRE(focused == std::vector<std::string>{button});
    app.key("Return");
    CHECK(waitForStatus(app, "Row removed") == "Row removed. Ctrl+Z brings it back.");
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    const json::array after = verbRows(wb);
    CHECK(after.size() == 3);
    CHECK(cell(after, "r3", "verb") == "(no row r3)");
}

TEST_CASE("emoji typed into an answer are saved as typed, not as a replacement mark", "[window][trial][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    // Sunflower, tea, a smile: all past U+FFFF, where ImGui 1.86 keeps none.
    const std::string sentence = "Tea \xF0\x9F\x8D\xB5 and sun \xF0\x9F\x8C\xBB ok \xF0\x9F\x98\x8A";
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto box = app.waitForItem(kTheirWordsField);
    REQUIRE(box);
    app.click(box->x + 20, box->cy());
    sleepFor(0.3);
    REQUIRE(app.mapKeysFor(sentence));  // each emoji on a key of its own, as an emoji layout has it
    app.type(sentence);
    waitForChars(app, kTheirWordsField, long(sentence.size()));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    json::value v = json::parse(readText(wb));
    CHECK(std::string(v.at("answers").at("their_picture").at("their_words").as_string()) == sentence);
}

TEST_CASE("the passphrase mismatch message goes once the two passphrases are typed again",
          "[window][trial][passphrase]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui privacy.lock", quietHomeEnv(dir), dir.file("map.json"));
    auto typeBoth = [&](const std::string& a, const std::string& b) {
        auto first = app.waitForItem("answer/passphrase/lock");
        REQUIRE(first);
        app.clickItem(*first);
        app.type(a);
        auto again = app.waitForItem("answer/passphrase/lock_again");
        REQUIRE(again);
        app.clickItem(*again);
        app.type(b);
        app.key("Return");
    };
    typeBoth("abc", "abd");
    auto error = app.waitForItem("note/passphrase/error");
    REQUIRE(error);
    CHECK_THAT(error->label, Catch::Contains("not the same"));
    typeBoth("sunflower", "sunflower");
    auto caution = app.waitForItem("note/passphrase/caution");
    REQUIRE(caution);
    sleepFor(0.5);
    auto stale = app.item("note/passphrase/error");
    INFO("still shown: " << (stale ? stale->label : std::string()));
    CHECK_FALSE(stale);
    CHECK(readText(wb).find("doorway-sealed") == std::string::npos);  // the caution waits for Lock anyway
}

TEST_CASE("after a crash, reopening says how many words the journal brought back", "[window][trial][crash]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "crash.json");
    const std::string sentence = "we could try one small thing together";  // 7 words
    {
        WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
        auto box = app.waitForItem(kTheirWordsField);
        REQUIRE(box);
        app.click(box->x + 20, box->cy());
        sleepFor(0.3);
        app.type(sentence);
        REQUIRE(waitForChars(app, kTheirWordsField, long(sentence.size())));
        app.kill9();
    }
    REQUIRE(fs::exists(wb + ".journal"));
    WindowApp again(x, quote(wb), quietHomeEnv(dir), dir.file("map2.json"));
    std::string said = waitForStatus(again, "Brought back");
    CHECK_THAT(said, Catch::StartsWith("Opened crash.json"));
    CHECK_THAT(said, Catch::Contains("Brought back 7 words that had not been saved."));
    again.key("ctrl+q");
    REQUIRE(again.wait() == 0);
}

TEST_CASE("typing into a workbook that can't be changed says so in one sentence, with the way on",
          "[window][trial][readonly]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    // Another program holds the workbook, so this window opens it read-only
    // (root writes into any folder, so a read-only folder can't stand in).
    doorway::FileLock held;
    REQUIRE(held.acquire(wb));
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto box = app.waitForItem(kTheirWordsField);
    REQUIRE(box);
    app.click(box->x + 20, box->cy());
    sleepFor(0.3);
    app.type("a");
    std::string said = waitForStatus(app, "can't be changed");
    INFO(said);
    CHECK_THAT(said, Catch::Contains("File > Save As..."));
    CHECK_THAT(said, !Catch::Contains("read-only: "));
    // One sentence: no full stop before its end (the menu's "..." aside).
    std::string stops = said;
    for (size_t at; (at = stops.find("...")) != std::string::npos;) stops.erase(at, 3);
    CHECK(stops.find(". ") == std::string::npos);
    CHECK((!said.empty() && said.back() == '.'));
    app.key("ctrl+q");
    app.wait();
    CHECK(readText(wb).find("\"a\"") == std::string::npos);
}
