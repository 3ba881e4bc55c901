// The export dialog in the real window at the smallest size and the usual
// one: the sections' All and None buttons are whole and in view, not half
// under the footer at the end of the scrolling choices (contact sheet).
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <optional>

using namespace doorway::test;

namespace {

std::optional<MapItem> inMap(const json::object& m, const std::string& id) {
    if (!m.contains("items")) return std::nullopt;
    for (const json::value& v : m.at("items").as_array()) {
        const json::object& o = v.as_object();
        if (o.at("id").as_string() != id.c_str()) continue;
        MapItem it;
        it.id = id;
        const json::array& r = o.at("rect").as_array();
        it.x = r[0].to_number<double>();
        it.y = r[1].to_number<double>();
        it.w = r[2].to_number<double>();
        it.h = r[3].to_number<double>();
        it.visible = o.at("visible").as_bool();
        return it;
    }
    return std::nullopt;
}

bool inside(const MapItem& in, const MapItem& out) {
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

// The keyboard is on the item `id` within ten seconds.
bool focusedSoon(WindowApp& app, const char* id) {
    return app.waitFor(
        [&](const json::object&) {
            auto b = app.item(id);
            return b && b->focused;
        },
        10);
}

// The export dialog opened on `out`, with the keyboard in its Save as box
// (clicked, as a person would).
void clickIntoSaveAs(WindowApp& app) {
    auto box = app.waitForItem("field/print/out");
    REQUIRE(box);
    app.click(box->x + 20, box->cy());
    REQUIRE(focusedSoon(app, "field/print/out"));
}

}  // namespace

TEST_CASE("the export dialog's All and None are whole and in view at every size", "[cli][window][print]") {
    TempDir dir;
    const std::string wb = exampleCopy(dir);
    for (const char* size : {"800x600", "1280x800"}) {
        INFO(size);
        const std::string map = dir.file(std::string("map-") + size + ".json");
        const std::string png = dir.file(std::string("shot-") + size + ".png");
        RunResult r = runDoorwayWindow(quote(wb) + " --size " + size + " --ui print.export --ui " +
                                           quote("print.out=" + dir.file(std::string("out-") + size + ".pdf")) +
                                           " --ui print.run --screenshot " + quote(png),
                                       quietHomeEnv(dir) + " DOORWAY_UI_MAP=" + quote(map));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const json::object m = json::parse(readText(map)).as_object();
        auto pane = inMap(m, "pane/print/choices");
        REQUIRE(pane);
        for (const char* id : {"button/print/all", "button/print/none"}) {
            auto b = inMap(m, id);
            INFO(id);
            REQUIRE(b);
            INFO("at y=" << b->y << "-" << b->y + b->h << "; the choices show y=" << pane->y << "-"
                         << pane->y + pane->h);
            CHECK(b->visible);
            CHECK(inside(*b, *pane));
        }
    }
}

TEST_CASE("after a run at 800x600 the sections list is whole or part of the choices, the result in view",
          "[cli][window][print]") {
    TempDir dir;
    const std::string wb = exampleCopy(dir);
    // Printing (no printer here: the PDF is kept, with a longer note) leaves
    // the choices less room than exporting does.
    for (const char* mode : {"print.print", "print.export"}) {
        INFO(mode);
        const std::string map = dir.file(std::string("map-") + mode + ".json");
        RunResult r = runDoorwayWindow(quote(wb) + " --size 800x600 --ui " + mode + " --ui " +
                                           quote("print.out=" + dir.file("out.pdf")) + " --ui print.run --screenshot " +
                                           quote(dir.file("shot.png")),
                                       quietHomeEnv(dir) + " DOORWAY_UI_MAP=" + quote(map));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const json::object m = json::parse(readText(map)).as_object();
        auto pane = inMap(m, "pane/print/choices");
        auto dialog = inMap(m, "dialog/print");
        REQUIRE(pane);
        REQUIRE(dialog);
        // Its own scrolling box only when the box fits whole in the choices:
        // never a sliver cut off by their edge.
        if (auto box = inMap(m, "pane/print/sections")) {
            INFO("sections y=" << box->y << "-" << box->y + box->h << "; choices y=" << pane->y << "-"
                               << pane->y + pane->h);
            CHECK(inside(*box, *pane));
        }
        for (const char* id :
             {"field/print/saved-path", "button/print/open", "button/print/run", "button/print/close"}) {
            auto b = inMap(m, id);
            INFO(id);
            REQUIRE(b);
            CHECK(b->visible);
            CHECK(inside(*b, *dialog));
        }
    }
}

TEST_CASE("Enter in the export dialog's Save as box exports, as Enter confirms in every other dialog's box",
          "[cli][window][print][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    const std::string wb = exampleCopy(dir);
    const std::string out = dir.file("for my therapist.pdf");
    WindowApp app(x, quote(wb) + " --ui print.export --ui " + quote("print.out=" + out), quietHomeEnv(dir),
                  dir.file("map.json"));
    clickIntoSaveAs(app);
    CHECK_FALSE(fs::exists(out));
    app.key("Return");
    bool written = false;
    for (int i = 0; i < 100 && !written; ++i) {
        written = fs::exists(out) && fs::file_size(out) > 1000;
        if (!written) sleepFor(0.1);
    }
    CHECK(written);
    app.key("Escape");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}

TEST_CASE("an export onto a file already there asks before replacing it, and Esc keeps it",
          "[cli][window][print][keyboard]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    const std::string wb = exampleCopy(dir);
    const std::string out = dir.file("for my therapist.pdf");
    writeText(out, "notes of my own, not an export\n");
    WindowApp app(x, quote(wb) + " --ui print.export --ui " + quote("print.out=" + out), quietHomeEnv(dir),
                  dir.file("map.json"));
    clickIntoSaveAs(app);
    // Enter asks, and the keyboard moves to the answer; the file is as it was.
    app.key("Return");
    REQUIRE(focusedSoon(app, "button/print/replace"));
    CHECK(app.item("text/print/replace"));
    CHECK(readText(out) == "notes of my own, not an export\n");
    // Esc answers the question (the dialog stays), back in the name's box.
    app.key("Escape");
    REQUIRE(focusedSoon(app, "field/print/out"));
    CHECK(app.item("dialog/print"));
    CHECK_FALSE(app.item("text/print/replace"));
    CHECK(readText(out) == "notes of my own, not an export\n");
    // Asked again, Enter on Replace writes the export there.
    app.key("Return");
    REQUIRE(focusedSoon(app, "button/print/replace"));
    app.key("Return");
    bool written = false;
    for (int i = 0; i < 100 && !written; ++i) {
        written = readText(out).rfind("%PDF", 0) == 0;
        if (!written) sleepFor(0.1);
    }
    CHECK(written);
    app.key("Escape");
    app.key("ctrl+q");
    CHECK(app.wait() == 0);
}
