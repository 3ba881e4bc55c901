// What a new person's hour in the real window turned up (session 41), driven
// the same way (xdotool under a private Xvfb, through GLFW): Ctrl+Z after
// typing over a selection brings back every word it replaced; End and
// Ctrl+A work at once after Ctrl+Z; the second passphrase box keeps the
// first letter typed right after Tab; and Ctrl+E opens Export from inside
// an answer box, as the File menu says.
#include "window_support.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace doorway::test;

namespace {

// The answer of `field` on the pattern page as saved in `wb`.
std::string myPart(const std::string& wb) {
    json::value v = json::parse(readText(wb));
    const json::value* answers = v.as_object().if_contains("answers");
    if (!answers) return "";
    const json::value* page = answers->as_object().if_contains("pattern");
    if (!page) return "";
    const json::value* a = page->as_object().if_contains("my_part");
    return a && a->is_string() ? std::string(a->as_string()) : "";
}

constexpr const char* kMyPart = "answer/pattern/my_part";

// A new workbook open on the pattern page, the keyboard in its "my part" box.
struct OnMyPart {
    OnMyPart() : wb(emptyWorkbook(dir, "mine.json")) {
        REQUIRE(x.ok());
        app = std::make_unique<WindowApp>(x, quote(wb) + " --ui view=worksheet:pattern", quietHomeEnv(dir),
                                          dir.file("map.json"));
        auto box = app->waitForItem(kMyPart);
        REQUIRE(box);
        app->clickItem(*box);
        sleepFor(0.3);
    }
    XServer x;
    TempDir dir;
    std::string wb;
    std::unique_ptr<WindowApp> app;
};

}  // namespace

TEST_CASE("Ctrl+Z after typing over a selection brings back every word it replaced", "[window][trial][undo]") {
    OnMyPart on;
    WindowApp& app = *on.app;
    const std::string& wb = on.wb;
    app.type("start");
    REQUIRE(waitForChars(app, kMyPart, 5));
    sleepFor(1.5);
    app.type(" alpha beta gamma");
    REQUIRE(waitForChars(app, kMyPart, 22));
    app.key("ctrl+a");
    app.type("x");
    REQUIRE(waitForChars(app, kMyPart, 1));
    app.key("ctrl+z");
    // The last word typed before the selection was replaced ("gamma") was
    // merged into the replacement's step, and Ctrl+Z stopped short of it.
    CHECK(waitForChars(app, kMyPart, 22, 10));
    // Said on this page too (a message about the step undone could linger).
    CHECK(statusSays(app, "Undid typing", 10));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(myPart(wb) == "start alpha beta gamma");
}

TEST_CASE("End and Ctrl+A work at once after Ctrl+Z", "[window][trial][undo]") {
    OnMyPart on;
    WindowApp& app = *on.app;
    const std::string& wb = on.wb;
    app.type("base text");
    REQUIRE(waitForChars(app, kMyPart, 9));
    sleepFor(0.5);
    app.key("Home");
    app.type("new");
    REQUIRE(waitForChars(app, kMyPart, 12));
    app.key("ctrl+z");
    REQUIRE(waitForChars(app, kMyPart, 9));
    // The caret followed the undo to where "new" was; End must move it from
    // there (it snapped back on every frame until a key typed).
    app.key("End");
    app.type("X");
    REQUIRE(waitForChars(app, kMyPart, 10));
    app.key("ctrl+a");
    app.type("Y");
    REQUIRE(waitForChars(app, kMyPart, 1));
    app.key("ctrl+z");
    REQUIRE(waitForChars(app, kMyPart, 10));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(myPart(wb) == "base textX");
}

TEST_CASE("the second passphrase box keeps the first letter typed right after Tab", "[window][trial][passphrase]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui privacy.lock", quietHomeEnv(dir), dir.file("map.json"));
    auto first = app.waitForItem("answer/passphrase/lock");
    REQUIRE(first);
    app.clickItem(*first);
    sleepFor(0.3);
    // Typed straight through, Tab included, as a person who knows the form does.
    app.type("quietharbour7");
    app.key("Tab");
    app.type("quietharbour7");
    app.key("Return");
    sleepFor(1.0);
    // Either it locked, or it cautions about the passphrase first; never "not the same".
    CHECK(app.waitFor(
        [&](const json::object&) {
            return app.item("note/passphrase/caution").has_value() ||
                   readText(wb).find("doorway-sealed") != std::string::npos ||
                   app.item("note/passphrase/error").has_value();
        },
        20));
    auto error = app.item("note/passphrase/error");
    INFO("error shown: " << (error ? error->label : std::string()));
    CHECK_FALSE(error);
    app.key("Escape");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("Ctrl+E opens Export while an answer box has the keyboard", "[window][trial][print]") {
    OnMyPart on;
    WindowApp& app = *on.app;
    const std::string& wb = on.wb;
    app.type("quiet");
    REQUIRE(waitForChars(app, kMyPart, 5));
    app.key("ctrl+e");
    CHECK(app.waitForItem("check/print/answered-only"));
    app.key("Escape");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
    CHECK(myPart(wb) == "quiet");  // the E went to no box
}

TEST_CASE("Enter in the Other doors note logs the offer, as Log it does", "[window][trial][doors]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:other_doors --ui worksheet.scroll=offers", quietHomeEnv(dir),
                  dir.file("map.json"));
    auto note = app.waitForItem("answer/other_doors/offers/new/note");
    REQUIRE(note);
    app.clickItem(*note);
    sleepFor(0.3);
    app.type("said maybe after the holidays");
    REQUIRE(waitForChars(app, "answer/other_doors/offers/new/note", 29));
    app.key("Return");
    // Logged: the box is empty again, ready for the next one.
    CHECK(waitForChars(app, "answer/other_doors/offers/new/note", 0, 10));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    json::value v = json::parse(readText(wb));
    const json::value* doors = v.as_object().if_contains("doors");
    REQUIRE(doors);
    REQUIRE(doors->as_array().size() == 1);
    CHECK(doors->as_array()[0].at("note").as_string() == "said maybe after the holidays");
    // Not chosen, so not leaning: "No answer yet" until they say which.
    CHECK(doors->as_array()[0].at("response").as_string() == "no_answer");
}

TEST_CASE("a page opened from a scrolled one starts at its top", "[window][trial][pages]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    const int h = 600;
    WindowApp app(x, quote(wb) + " --ui view=worksheet:intentions --ui worksheet.scroll=picture_us", quietHomeEnv(dir),
                  dir.file("map.json"), 900, h);
    auto nav = app.waitForItem("nav/rehearsal");
    REQUIRE(nav);
    REQUIRE(app.waitFor([&](const json::object&) {
        auto last = app.item("answer/intentions/picture_us");
        return last && last->visible;
    }));
    sleepFor(0.5);
    app.clickItem(*nav);
    // The script box sits under the page's heading and its few lines of
    // help: in sight near the top, not scrolled past.
    std::optional<MapItem> script;
    REQUIRE(app.waitFor([&](const json::object&) {
        script = app.item("answer/rehearsal/script");
        return script && script->visible;
    }));
    sleepFor(0.5);
    script = app.item("answer/rehearsal/script");
    REQUIRE(script);
    INFO("script box at y " << script->y);
    CHECK(wholeOnScreen(*script, h - kStatusLineH));
    CHECK(script->y > 60);  // the heading above it is in sight too
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("on a short window the sidebar shows the row of the page that is open", "[window][trial][sidebar]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = exampleCopy(dir, "example.json");
    const int h = 600;
    WindowApp app(x, quote(wb) + " --ui view=worksheet:if_nothing_changes", quietHomeEnv(dir), dir.file("map.json"),
                  800, h);
    std::optional<MapItem> row;
    CHECK(app.waitFor(
        [&](const json::object&) {
            row = app.item("nav/if_nothing_changes");
            return row && row->visible && wholeOnScreen(*row, h - kStatusLineH);
        },
        10));
    INFO("row " << (row ? std::to_string(row->y) : std::string("not drawn")));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("back on Role-play mid-answer, the answer box has the keyboard again", "[window][trial][roleplay]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui view=roleplay --ui roleplay.start", quietHomeEnv(dir), dir.file("map.json"));
    const char* box = "answer/roleplay/answer";
    REQUIRE(app.waitForItem(box));
    app.type("one two");  // during the countdown: it starts the clock, and the words stay
    REQUIRE(waitForChars(app, box, 7));
    auto takes = app.waitForItem("nav/takes");
    REQUIRE(takes);
    app.clickItem(*takes);
    REQUIRE(app.waitFor([&](const json::object&) { return !app.item(box); }, 10));
    auto back = app.waitForItem("nav/roleplay");
    REQUIRE(back);
    app.clickItem(*back);
    REQUIRE(app.waitForItem(box));
    sleepFor(0.3);
    app.type(" three");
    // The words land in the box (they went nowhere, and the space paused the take).
    CHECK(waitForChars(app, box, 13, 10));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("Ctrl+Z after a tick takes back that tick alone, and the signs it cleared come back",
          "[window][trial][undo][safety]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check", quietHomeEnv(dir), dir.file("map.json"));
    auto signs = [&] {
        std::vector<std::string> out;
        json::value v = json::parse(readText(wb));
        const json::value* a = v.as_object().if_contains("answers");
        const json::value* page = a ? a->as_object().if_contains("safety_check") : nullptr;
        const json::value* s = page ? page->as_object().if_contains("signs") : nullptr;
        if (s && s->is_array())
            for (const auto& e : s->as_array()) out.emplace_back(e.as_string());
        return out;
    };
    // All from the keyboard, as a person tabbing down the list does: Space
    // on a box never makes it "active" the way a click does, so nothing
    // ended the step between two ticks and they merged as typing does.
    REQUIRE(app.waitForItem("answer/safety_check/signs/violence"));
    auto tabTo = [&](const std::string& id) {
        for (int i = 0; i < 40; ++i) {
            const auto f = focusedIds(app);
            if (!f.empty() && f.front() == id) return true;
            app.key("Tab");
            sleepFor(0.15);
        }
        return false;
    };
    REQUIRE(tabTo("answer/safety_check/signs/violence"));
    app.key("space");
    REQUIRE(app.waitForItem("button/safety/close"));  // the card opens for it
    app.key("Escape");
    REQUIRE(app.waitFor([&](const json::object&) { return !app.item("button/safety/close"); }, 10));
    REQUIRE(tabTo("answer/safety_check/signs/none"));
    app.key("space");  // on its own: it clears "violence"
    REQUIRE(app.waitFor([&](const json::object&) { return statusSays(app, "Unticked", 1); }, 10));
    app.key("ctrl+z");
    sleepFor(0.5);
    app.key("ctrl+s");
    CHECK(app.waitFor([&](const json::object&) { return signs() == std::vector<std::string>{"violence"}; }, 10));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
    CHECK(signs() == std::vector<std::string>{"violence"});
}

TEST_CASE("Save As and Open read a name with folders in it inside the workbooks folder", "[window][trial][file]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    const std::string folder = dir.file("wb");
    WindowApp app(x, quote(wb) + " --workbooks " + quote(folder), quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem("nav/rehearsal"));
    app.key("ctrl+shift+s");
    sleepFor(0.8);
    app.type("sub/inner");  // not a full path: the dialog says it goes in the workbooks folder
    app.key("Return");
    CHECK(app.waitFor([&](const json::object&) { return fs::exists(folder + "/sub/inner.json"); }, 10));
    // Open takes a plain name the same way.
    app.key("ctrl+o");
    sleepFor(0.8);
    app.type("sub/inner.json");
    app.key("Return");
    CHECK(statusSays(app, "inner", 10));
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
    CHECK_FALSE(fs::exists("sub/inner.json"));  // never beside wherever Doorway was started
}

TEST_CASE("the safety card's numbers scroll from the keyboard, Page Down and End bring the last in sight",
          "[window][trial][safety]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir, "mine.json");
    WindowApp app(x, quote(wb) + " --ui safety.country=GB --ui privacy.safety", quietHomeEnv(dir), dir.file("map.json"),
                  900, 600);
    REQUIRE(app.waitForItem("dialog/safety"));
    // The last place on the list for the United Kingdom, out of sight at first.
    std::string last;
    REQUIRE(app.waitFor([&](const json::object&) {
        for (int i = 0; i < 40; ++i)
            if (app.item("text/safety/line/" + std::to_string(i))) last = "text/safety/line/" + std::to_string(i);
        return !last.empty();
    }));
    auto before = app.item(last);
    REQUIRE(before);
    REQUIRE_FALSE(before->visible);  // else this window shows it all, and nothing is tested
    app.key("End");
    CHECK(app.waitFor(
        [&](const json::object&) {
            auto it = app.item(last);
            return it && it->visible;
        },
        10));
    app.key("Home");
    CHECK(app.waitFor(
        [&](const json::object&) {
            auto it = app.item(last);
            return it && !it->visible;
        },
        10));
    app.key("Escape");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}
