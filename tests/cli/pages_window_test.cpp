// Trial 8's page findings in the real window, with real X input (xdotool
// under a private Xvfb) and the window map: a ticked safety sign keeps the
// box and the card it showed in view; a page's heading, its sidebar row and
// its View menu item say one name; the start page counts half-done pages as
// the sidebar marks them.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace doorway::test;

namespace {

std::vector<MapItem> itemsStarting(const json::object& m, const std::string& prefix) {
    std::vector<MapItem> out;
    if (!m.contains("items")) return out;
    for (const json::value& v : m.at("items").as_array()) {
        const json::object& o = v.as_object();
        std::string id(o.at("id").as_string());
        if (id.rfind(prefix, 0) != 0) continue;
        MapItem it;
        it.id = id;
        it.label = std::string(o.at("label").as_string());
        out.push_back(it);
    }
    return out;
}

}  // namespace

TEST_CASE("ticking a safety sign keeps the ticked box and the card it showed in view", "[window][safety][layout]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const int h = 800;
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check", quietHomeEnv(dir), dir.file("map.json"), 1280, h);
    const std::string box = "answer/safety_check/signs/afraid";
    auto afraid = app.waitForItem(box);
    REQUIRE(afraid);
    sleepFor(0.5);
    afraid = app.item(box);
    REQUIRE(afraid);
    REQUIRE(wholeOnScreen(*afraid, h - kStatusLineH));
    app.clickItem(*afraid);
    // The safety card opens over the page; closed, the page is what is left.
    auto close = app.waitForItem("button/safety/close");
    if (!close) {  // a first click that only focused the window
        app.clickItem(*afraid);
        close = app.waitForItem("button/safety/close");
    }
    REQUIRE(close);
    app.clickItem(*close);
    REQUIRE(app.waitForItem("text/worksheet/safety_check/safety_heading"));
    sleepFor(1.0);  // the scroll lands on the next frame
    auto ticked = app.item(box);
    auto heading = app.item("text/worksheet/safety_check/safety_heading");
    REQUIRE(ticked);
    REQUIRE(heading);
    INFO("the ticked box at y=" << ticked->y << " (was " << afraid->y << "), the card's heading at y=" << heading->y);
    // The box you ticked is still there to untick ("untick it above")...
    CHECK(wholeOnScreen(*ticked, h - kStatusLineH));
    // ...and so is the start of what it showed.
    CHECK(wholeOnScreen(*heading, h - kStatusLineH));
    app.key("ctrl+q");
    app.wait();
}

TEST_CASE("a ticked box stays in view in a short window, with as much of the card as fits",
          "[window][safety][layout]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const int h = 600;
    WindowApp app(x, quote(wb) + " --ui view=worksheet:safety_check --ui worksheet.scroll=signs", quietHomeEnv(dir),
                  dir.file("map.json"), 900, h);
    // The last sign: the card follows soon after it, so the page must scroll
    // down to show the card, yet never past the ticked box.
    const std::string box = "answer/safety_check/signs/told_imagining";
    REQUIRE(app.waitForItem("nav/rehearsal"));
    for (int i = 0; i < 12; ++i) {  // the wheel, as a person scrolls to it
        auto it = app.item(box);
        if (it && wholeOnScreen(*it, h - kStatusLineH)) break;
        app.moveTo(600, 300);
        std::system(("DISPLAY=" + x.display() + " xdotool click 5").c_str());
        sleepFor(0.4);
    }
    auto before = app.item(box);
    REQUIRE(before);
    REQUIRE(wholeOnScreen(*before, h - kStatusLineH));
    app.clickItem(*before);
    auto close = app.waitForItem("button/safety/close");
    if (!close) {
        app.clickItem(*before);
        close = app.waitForItem("button/safety/close");
    }
    REQUIRE(close);
    app.clickItem(*close);
    REQUIRE(app.waitForItem("text/worksheet/safety_check/safety_heading"));
    sleepFor(1.0);
    auto ticked = app.item(box);
    auto heading = app.item("text/worksheet/safety_check/safety_heading");
    REQUIRE(ticked);
    REQUIRE(heading);
    INFO("the ticked box at y=" << ticked->y << " (was " << before->y << "), the card's heading at y=" << heading->y);
    CHECK(wholeOnScreen(*ticked, h - kStatusLineH));
    CHECK(wholeOnScreen(*heading, h - kStatusLineH));
    app.key("ctrl+q");
    app.wait();
}

TEST_CASE("a page's heading, its sidebar row and its View menu item say one name", "[window][names]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    WindowApp app(x, quote(wb) + " --ui view=home", quietHomeEnv(dir), dir.file("map.json"), 1280, 900);
    REQUIRE(app.waitForItem("nav/rehearsal"));
    // Every row of the sidebar, practice pages and worksheets alike.
    std::vector<MapItem> rows = itemsStarting(app.map(), "nav/");
    REQUIRE(rows.size() >= 10);
    int checked = 0;
    for (const MapItem& row : rows) {
        INFO(row.id << " is called \"" << row.label << "\" in the sidebar");
        auto it = app.item(row.id);
        REQUIRE(it);
        if (!it->visible || it->y + it->h > 900 - 30) continue;  // below the sidebar's fold
        ++checked;
        app.clickItem(*it);
        bool same = app.waitFor(
            [&](const json::object& m) {
                for (const MapItem& h : itemsStarting(m, "heading/page"))
                    if (h.label == row.label) return true;
                return false;
            },
            5);
        if (!same) {  // a first click that only focused the window
            app.clickItem(*it);
            same = app.waitFor(
                [&](const json::object& m) {
                    for (const MapItem& h : itemsStarting(m, "heading/page"))
                        if (h.label == row.label) return true;
                    return false;
                },
                5);
        }
        std::vector<MapItem> headings = itemsStarting(app.map(), "heading/page");
        INFO("the page's heading says \"" << (headings.empty() ? std::string("(none)") : headings.front().label)
                                          << "\"");
        CHECK(same);
    }
    CHECK(checked >= 12);  // the practice pages and most worksheets
    // The View menu offers the practice pages by the same names.
    auto view = app.waitForItem("menu/view");
    REQUIRE(view);
    app.clickItem(*view);
    REQUIRE(app.waitForItem("menu/view/rehearsal", 5));
    json::object m = app.map();
    for (const char* key : {"rehearsal", "roleplay", "takes"}) {
        std::vector<MapItem> menu = itemsStarting(m, std::string("menu/view/") + key);
        std::vector<MapItem> side = itemsStarting(m, std::string("nav/") + key);
        REQUIRE(menu.size() == 1);
        REQUIRE(side.size() == 1);
        CHECK(menu.front().label == side.front().label);
    }
    app.key("Escape");
    app.key("ctrl+q");
    app.wait();
}

TEST_CASE("the start page counts half-done pages, as the sidebar marks them", "[window][progress]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = dir.file("wb.json");
    // Two answers on "The pattern, not the person" (of several questions) and
    // one on "Check my intentions": both under way, neither finished.
    writeText(wb,
              "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {"
              "\"pattern\": {\"my_part\": \"I go quiet and leave the room.\"},"
              "\"intentions\": {\"why_now\": \"We are drifting.\"}}}\n");
    WindowApp app(x, quote(wb) + " --ui view=home", quietHomeEnv(dir), dir.file("map.json"));
    auto line = app.waitForItem("text/home/progress");
    REQUIRE(line);
    INFO("the start page says: " << line->label);
    // The sidebar's marks, counted: "done" for finished, "n/m" for under way.
    int done = 0, partly = 0;
    for (const MapItem& note : itemsStarting(app.map(), "note/nav/")) {
        if (note.label == "done")
            ++done;
        else
            ++partly;
    }
    CHECK(partly == 2);
    CHECK(done == 0);
    CHECK_THAT(line->label, Catch::Contains(std::to_string(partly) + " under way"));
    CHECK_THAT(line->label, !Catch::Contains("finished"));  // none is, and the line doesn't say "0 finished"
    CHECK_THAT(line->label, !Catch::Contains("0 of"));
    app.key("ctrl+q");
    app.wait();
}
