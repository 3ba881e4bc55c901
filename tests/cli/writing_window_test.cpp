// Writing in the real window with real X input (xdotool under a private
// Xvfb, through GLFW): the first key after a click lands, text wraps while
// typed, and a kill -9 at any moment after the last key loses nothing, on
// screen, on disk and on paper, plain or sealed.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>

#include <sys/stat.h>
#include <fstream>

using namespace doorway::test;

namespace {

// `doorway export --md` of the workbook: what would reach paper.
std::string exportedMarkdown(const TempDir& dir, const std::string& wb, const std::string& stdinText = "",
                             const std::string& extra = "") {
    std::string md = dir.file("out.md");
    fs::remove(md);
    auto r = runDoorway("export " + quote(wb) + " --md " + quote(md) + extra, stdinText);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::string text = readText(md);
    fs::remove(md);  // the test's own copy on paper is no plaintext of Doorway's
    return text;
}

// Opens the window, clicks the answer, waits idle, types `text`.
void clickWaitType(WindowApp& app, const std::string& text, double idle = 1.2) {
    auto box = app.waitForItem(kTheirWordsField);
    REQUIRE(box);
    app.click(box->x + 20, box->cy());
    sleepFor(idle);  // the window goes idle: nothing moves, nothing is drawn
    app.type(text);
}

}  // namespace

TEST_CASE("the first key typed after clicking an answer and waiting lands, in the window, the file and on paper",
          "[window][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const std::string sentence = "We keep having the same fight about the garage.";
    for (int attempt = 0; attempt < 3; ++attempt) {
        emptyWorkbook(dir);  // afresh
        fs::remove(wb + ".journal");
        WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
        clickWaitType(app, sentence);
        sleepFor(0.3);
        app.key("ctrl+q");
        REQUIRE(app.wait() == 0);
        INFO("attempt " << attempt);
        CHECK(answerIn(wb) == sentence);
        CHECK_THAT(exportedMarkdown(dir, wb), Catch::Contains(sentence));
    }
}

TEST_CASE("words typed in other scripts land as typed, in the file and on paper", "[window][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    // Cyrillic, Greek, an ideograph, accents and a dash: real keysyms through
    // GLFW's character callback, each drawn once its script is loaded.
    const std::string sentence =
        "\xD0\xA5\xD0\xBE\xD1\x87\xD1\x83 \xCE\xB1\xCE\xB3\xCE\xAC\xCF\x80\xCE\xB7 "
        "\xE5\xA5\xBD caf\xC3\xA9 \xE2\x80\x94 ok";  // "Хочу αγάπη 好 café — ok"
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(typeInAnyScript(app, kTheirWordsField, sentence));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(answerIn(wb) == sentence);
    CHECK_THAT(exportedMarkdown(dir, wb), Catch::Contains(sentence));
}

TEST_CASE("kill -9 at any moment after the last key loses no character", "[window][writing][crash]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const std::string sentence = "I miss us. Could we try one session, just once?";
    for (double after : {0.0, 0.2, 0.5, 1.0, 1.5, 2.5}) {
        INFO("killed " << after << " s after the last key");
        emptyWorkbook(dir);  // afresh
        fs::remove(wb + ".journal");
        {
            WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
            clickWaitType(app, sentence);
            // A key the window has not received yet is saved by nobody, and
            // a loaded machine can hold keys back for a second or more: the
            // clock starts when the window shows it has the last one.
            REQUIRE(waitForChars(app, kTheirWordsField, long(sentence.size())));
            sleepFor(after);
            app.kill9();
        }
        // On paper, straight from the file and its journal.
        CHECK_THAT(exportedMarkdown(dir, wb), Catch::Contains(sentence));
        // In the window: it replays the journal and says so; quitting saves it.
        WindowApp again(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map2.json"));
        REQUIRE(again.waitForItem(kTheirWordsField));
        sleepFor(0.3);
        again.key("ctrl+q");
        REQUIRE(again.wait() == 0);
        CHECK(answerIn(wb) == sentence);
        CHECK_FALSE(fs::exists(wb + ".journal"));
    }
}

TEST_CASE("a long answer wraps as it is typed: 300 characters take at least 3 lines in a 1280-wide window",
          "[window][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    std::string text;
    while (text.size() < 300) text += "We keep circling the same argument about the evenings and the phone. ";
    text.resize(300);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"), 1280,
                  800);
    clickWaitType(app, text, 0.3);
    REQUIRE(app.waitFor([&](const json::object&) {
        auto it = app.item(kTheirWordsField);
        return it && it->lines >= 3;
    }));
    auto box = app.item(kTheirWordsField);
    REQUIRE(box);
    CHECK(box->lines >= 3);
    CHECK(box->focused);
    CHECK(box->w <= 1280);  // it grew down, never sideways
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(answerIn(wb) == text);
}

namespace {
// Presses `key` and waits for the focus to move off `from`.
std::string pressAndFollow(WindowApp& app, const std::string& key, const std::string& from) {
    app.key(key);
    std::string now;
    app.waitFor(
        [&](const json::object&) {
            auto f = focusedIds(app);
            now = f.empty() ? "" : f.front();
            return !now.empty() && now != from;
        },
        5);
    return now;
}
}  // namespace

TEST_CASE("Tab and Shift+Tab visit the fields of a page in reading order, a table cell by cell", "[window][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "wb.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto first = app.waitForItem("answer/their_picture/verbs/r1/verb");
    REQUIRE(first);
    app.click(first->x + first->w - 10, first->cy());
    REQUIRE(
        app.waitFor([&](const json::object&) { return focusedIds(app) == std::vector<std::string>{first->id}; }, 5));
    // A row's small remove button is no Tab stop: a space typed after Tab
    // removed the row (the arrow keys still reach it, below).
    const std::vector<std::string> order = {"answer/their_picture/verbs/r1/worry", "answer/their_picture/verbs/r2/verb",
                                            "answer/their_picture/verbs/r2/worry"};
    std::string at = first->id;
    for (const std::string& want : order) {
        at = pressAndFollow(app, "Tab", at);
        CHECK(at == want);
    }
    // Back again, one step.
    at = pressAndFollow(app, "shift+Tab", at);
    CHECK(at == "answer/their_picture/verbs/r2/verb");
    // Typing after Tab lands in the box Tab reached, not in one further down.
    at = pressAndFollow(app, "Tab", at);
    REQUIRE(at == "answer/their_picture/verbs/r2/worry");
    app.type(" (and money)");
    sleepFor(0.3);
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    json::value saved = json::parse(readText(wb));
    const json::array& rows = saved.at("answers").at("their_picture").at("verbs").as_array();
    json::value original = json::parse(readText(sourcePath("workbooks/example.json")));
    const json::array& before = original.at("answers").at("their_picture").at("verbs").as_array();
    REQUIRE(rows.size() == before.size());
    CHECK(std::string(rows[1].at("worry").as_string()) ==
          std::string(before[1].at("worry").as_string()) + " (and money)");
    CHECK(rows[0] == before[0]);
    CHECK(saved.at("answers").at("their_picture").at("their_words") ==
          original.at("answers").at("their_picture").at("their_words"));
}

TEST_CASE("the sidebar opens a page with Enter or Space and shows where the keyboard is", "[window][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    auto nav = app.waitForItem("nav/their_picture");
    REQUIRE(nav);
    app.click(nav->cx(), nav->cy());  // the keyboard is in the sidebar now
    sleepFor(0.3);
    std::string at = pressAndFollow(app, "Tab", "");
    CHECK(at.rfind("nav/", 0) == 0);  // a ring on a sidebar row
    std::string target = at;
    app.key("Return");
    std::string page = target.substr(4);
    CHECK(app.waitFor(
        [&](const json::object& m) {
            for (const json::value& v : m.at("items").as_array())
                if (std::string(v.at("id").as_string()).rfind("answer/" + page + "/", 0) == 0) return true;
            return false;
        },
        5));
    // The page that opened has the keyboard: Tab goes into it.
    at = pressAndFollow(app, "Tab", target);
    INFO("after Tab: " << at);
    CHECK((at.rfind("answer/" + page + "/", 0) == 0 || at.rfind("button/worksheet/" + page + "/", 0) == 0));
    // Space opens a page too (a click on the open page's row puts the
    // keyboard back in the sidebar without leaving the page).
    auto other = app.waitForItem("nav/" + page);
    REQUIRE(other);
    app.click(other->cx(), other->cy());
    sleepFor(0.3);
    at = pressAndFollow(app, "Tab", "");
    REQUIRE(at.rfind("nav/", 0) == 0);
    app.key("space");
    std::string next = at.substr(4);
    CHECK(app.waitFor(
        [&](const json::object& m) {
            for (const json::value& v : m.at("items").as_array())
                if (std::string(v.at("id").as_string()).rfind("answer/" + next + "/", 0) == 0) return true;
            return false;
        },
        5));
}

namespace {
// Every file under `root` that holds `needle` (the plaintext test).
std::vector<std::string> filesHolding(const fs::path& root, const std::string& needle) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (readText(it->path().string()).find(needle) != std::string::npos) out.push_back(it->path().string());
    }
    return out;
}

// Types the passphrase into the window's prompt and opens the workbook.
void unlockInWindow(WindowApp& app, const std::string& pass) {
    auto field = app.waitForItem("answer/passphrase/open");
    REQUIRE(field);
    app.click(field->cx(), field->cy());
    app.type(pass);
    app.key("Return");
    // Opened: the prompt goes; then to the page by the sidebar, as a person would.
    REQUIRE(app.waitFor([&](const json::object&) { return !app.item("answer/passphrase/open"); }, 20));
    auto nav = app.waitForItem("nav/their_picture");
    REQUIRE(nav);
    app.click(nav->cx(), nav->cy());
}
}  // namespace

TEST_CASE("kill -9 after typing in a locked workbook loses nothing and leaves no plaintext on disk",
          "[window][writing][crash][seal]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const std::string pass = "kitchen table 42";
    REQUIRE(runDoorway("lock " + quote(wb) + " --passphrase-fd 0", pass + "\n", "DOORWAY_TEST_FAST_KDF=1").exitCode ==
            0);
    const std::string sentence = "Whenever the bills come he goes quiet for days.";
    for (double after : {0.0, 1.0}) {
        INFO("killed " << after << " s after the last key");
        {
            WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
            unlockInWindow(app, pass);
            if (after == 0) {
                clickWaitType(app, sentence);
            } else {
                auto box = app.waitForItem(kTheirWordsField);
                REQUIRE(box);
                app.click(box->cx(), box->cy());
                app.key("ctrl+End");  // after what is there
                sleepFor(1.2);
                app.type(" Again.");
            }
            // The clock starts when the window has the last key (see above).
            const long typed = long(sentence.size() + (after == 0 ? 0 : std::string(" Again.").size()));
            REQUIRE(waitForChars(app, kTheirWordsField, typed));
            sleepFor(after);
            app.kill9();
        }
        // No plaintext of the typed words anywhere under the test's folder:
        // workbook, journal, backups, lock, settings, the window's map.
        for (const std::string& f : filesHolding(dir.path(), "bills")) FAIL_CHECK("plaintext in " << f);
        for (const std::string& f : filesHolding(dir.path(), "Again")) FAIL_CHECK("plaintext in " << f);
        std::string want = after == 0 ? sentence : sentence + " Again.";
        CHECK_THAT(exportedMarkdown(dir, wb, pass + "\n", " --passphrase-fd 0"), Catch::Contains(want));
    }
    // The window folds the journal in (sealed); unlocking shows every word.
    {
        WindowApp again(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map2.json"));
        unlockInWindow(again, pass);
        REQUIRE(again.waitForItem(kTheirWordsField));
        sleepFor(0.3);
        again.key("ctrl+q");
        REQUIRE(again.wait() == 0);
    }
    CHECK_FALSE(fs::exists(wb + ".journal"));
    for (const std::string& f : filesHolding(dir.path(), "bills")) FAIL_CHECK("plaintext in " << f);
    REQUIRE(runDoorway("unlock " + quote(wb) + " --passphrase-fd 0", pass + "\n").exitCode == 0);
    CHECK(answerIn(wb) == sentence + " Again.");
}

TEST_CASE("an autosave that fails while the window is idle says so at once, with no key or mouse to wake it",
          "[window][writing]") {
    // The tick between frames said "Autosave failed" into the Messages list,
    // but nothing was drawn until the mouse next moved: the status line kept
    // saying only "unsaved changes".
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    clickWaitType(app, "Words that can't be saved yet");
    ::chmod(wb.c_str(), 0444);  // write-protected under the window: the save refuses
    const bool said = app.waitFor(
        [&](const json::object&) {
            auto m = app.item("status/message");
            return m && m->label.find("Autosave failed") != std::string::npos;
        },
        12);
    ::chmod(wb.c_str(), 0644);
    CHECK(said);
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
    CHECK(answerIn(wb) == "Words that can't be saved yet");
}
