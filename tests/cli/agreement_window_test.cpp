// The window agrees with itself and with the paper (issue 19): nothing
// drawn past the window's edge at 800x600, dialogs whose result and buttons
// sit inside them, and the fear/refusal chart in the same colours on screen
// and in the PDF, read back from the pixels.
#include "core/chart_palette.hpp"
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>

extern "C" unsigned char* stbi_load(const char* filename, int* x, int* y, int* comp, int req_comp);
extern "C" void stbi_image_free(void* retval_from_stbi_load);

using namespace doorway;
using namespace doorway::test;

namespace {

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    bool inside(const Rect& o, double slack = 0.5) const {
        return x >= o.x - slack && y >= o.y - slack && x + w <= o.x + o.w + slack && y + h <= o.y + o.h + slack;
    }
};

struct Shot {
    int rc = -1;
    std::string err;
    boost::json::object map;
    std::string png;
};

// A settled window (past its first run) with the example workbook, driven
// by `actions`, its map and its picture.
Shot shoot(TempDir& dir, const std::string& name, const std::string& size, const std::vector<std::string>& actions) {
    std::string cfg = dir.file(name + "-config");
    std::filesystem::create_directories(cfg + "/doorway");
    writeText(cfg + "/doorway/privacy.json", R"({"format":"doorway-privacy","version":1,"safetyCardShown":true})");
    std::string wb = dir.file(name + ".json");
    writeText(wb, readText(sourcePath("workbooks/example.json")));
    Shot s;
    s.png = dir.file(name + ".png");
    std::string map = dir.file(name + ".map.json");
    // A print keeps its PDF in a private folder under XDG_RUNTIME_DIR: one of
    // its own, so tests printing side by side never share (or clean) it.
    std::string runtime = dir.file(name + "-run");
    std::filesystem::create_directories(runtime);
    std::filesystem::permissions(runtime, std::filesystem::perms::owner_all);
    std::string args = quote(wb) + " --workbooks " + quote(dir.file(name + "-wb")) + " --size " + size;
    for (const auto& a : actions) args += " --ui " + quote(a);
    args += " --frames 4 --screenshot " + quote(s.png);
    RunResult r = runDoorwayWindow(
        args, "DOORWAY_UI_MAP=" + quote(map) + " XDG_CONFIG_HOME=" + quote(cfg) + " XDG_RUNTIME_DIR=" + quote(runtime));
    // A shared X server under load now and then refuses a connection: that
    // is the machine, not the window; try once more.
    if (r.exitCode == 1 && r.err.find("could not open a window") != std::string::npos)
        r = runDoorwayWindow(args, "DOORWAY_UI_MAP=" + quote(map) + " XDG_CONFIG_HOME=" + quote(cfg) +
                                       " XDG_RUNTIME_DIR=" + quote(runtime));
    s.rc = r.exitCode;
    s.err = r.err;
    std::string text = readText(map);
    if (!text.empty()) s.map = boost::json::parse(text).as_object();
    return s;
}

std::map<std::string, Rect> items(const boost::json::object& map, bool visibleOnly = true) {
    std::map<std::string, Rect> out;
    if (!map.contains("items")) return out;
    for (const auto& v : map.at("items").as_array()) {
        const auto& o = v.as_object();
        if (visibleOnly && o.contains("visible") && !o.at("visible").as_bool()) continue;
        const auto& r = o.at("rect").as_array();
        out[std::string(o.at("id").as_string())] = {r[0].to_number<double>(), r[1].to_number<double>(),
                                                    r[2].to_number<double>(), r[3].to_number<double>()};
    }
    return out;
}

size_t pixelsOf(const std::string& png, std::uint32_t rgb) {
    int w = 0, h = 0, comp = 0;
    unsigned char* px = stbi_load(png.c_str(), &w, &h, &comp, 3);
    if (!px) return 0;
    size_t n = 0;
    for (int i = 0; i < w * h; ++i)
        n += (std::uint32_t(px[i * 3]) << 16 | std::uint32_t(px[i * 3 + 1]) << 8 | px[i * 3 + 2]) == rgb;
    stbi_image_free(px);
    return n;
}

}  // namespace

TEST_CASE("at 800x600 nothing the map knows is drawn past the window's edge", "[window][layout]") {
    TempDir dir;
    const std::vector<std::pair<std::string, std::vector<std::string>>> views = {
        {"takes", {"view=takes"}},
        {"tracker", {"view=worksheet:fear_or_refusal", "worksheet.scroll=checkins"}},
        {"safety-check", {"view=worksheet:safety_check"}},
        {"export-result", {"print.export", "print.out=" + dir.file("out.pdf"), "print.run"}},
        {"print-result", {"print.print", "print.run"}},
        {"safety-card", {"privacy.safety"}},
        {"roleplay", {"view=roleplay"}},
        {"handout", {"view=worksheet:first_session"}},  // its "Print this page..." ran off the side
    };
    for (const auto& [name, actions] : views) {
        Shot s = shoot(dir, name, "800x600", actions);
        INFO(name << ": " << s.err);
        REQUIRE(s.rc == 0);
        auto all = items(s.map);
        REQUIRE(!all.empty());
        // Pages scroll up and down; nothing may run off the sides.
        const Rect window{0, -1e6, 800, 2e6};
        for (const auto& [id, r] : all) {
            INFO(id << " at " << r.x << "," << r.y << " " << r.w << "x" << r.h);
            CHECK(r.inside(window));
        }
        if (name == "roleplay") {
            CHECK(all.count("button/roleplay/another"));
            CHECK(all.count("button/roleplay/start"));
        }
        if (name == "takes") {
            REQUIRE(all.count("table/takes"));
            CHECK(all["table/takes"].inside(window));
        }
    }
}

TEST_CASE("a dialog's result, saved path and buttons are inside it, at every size", "[window][layout]") {
    TempDir dir;
    for (const std::string size : {"800x600", "1280x800"}) {
        for (const bool print : {false, true}) {
            std::vector<std::string> actions = {print ? "print.print" : "print.export"};
            if (!print) actions.push_back("print.out=" + dir.file("out-" + size + ".pdf"));
            actions.push_back("print.run");
            Shot s = shoot(dir, std::string(print ? "print-" : "export-") + size, size, actions);
            INFO(size << (print ? " print" : " export") << ": " << s.err);
            REQUIRE(s.rc == 0);
            auto all = items(s.map);
            REQUIRE(all.count("dialog/print"));
            const Rect dialog = all["dialog/print"];
            int w = 0, h = 0;
            std::sscanf(size.c_str(), "%dx%d", &w, &h);
            CHECK(dialog.inside(Rect{0, 0, double(w), double(h)}));
            for (const char* id : {"button/print/run", "button/print/close", "field/print/saved-path",
                                   "button/print/open", "button/print/open-folder"}) {
                INFO(id << " in " << boost::json::serialize(s.map));
                REQUIRE(all.count(id));  // mapped and visible: not scrolled out of the dialog
                CHECK(all[id].inside(dialog));
            }
            if (print) CHECK(all.count("button/print/delete"));
        }
        Shot card = shoot(dir, "card-" + size, size, {"privacy.safety"});
        REQUIRE(card.rc == 0);
        auto all = items(card.map);
        REQUIRE(all.count("dialog/safety"));
        REQUIRE(all.count("button/safety/close"));
        CHECK(all["button/safety/close"].inside(all["dialog/safety"]));
    }
}

TEST_CASE("the fear and refusal series are the same colours on screen and in the PDF", "[window][chart]") {
    TempDir dir;
    // The light theme is the paper's ink (core/chart_palette).
    Shot s = shoot(dir, "light", "1280x800",
                   {"appearance.theme=light", "view=worksheet:fear_or_refusal", "worksheet.scroll=checkins"});
    REQUIRE(s.rc == 0);
    std::string pdf = dir.file("example.pdf");
    RunResult e = runDoorway("export " + quote(sourcePath("workbooks/example.json")) + " --pdf " + quote(pdf));
    REQUIRE(e.exitCode == 0);
    // The page with the chart, as pixels.
    int page = 0;
    for (int p = 1; p < 80 && !page; ++p) {
        std::string t = dir.file("p.txt");
        std::string cmd = "pdftotext -f " + std::to_string(p) + " -l " + std::to_string(p) + " " + quote(pdf) + " " +
                          quote(t) + " 2>/dev/null";
        if (std::system(cmd.c_str()) != 0) break;
        if (readText(t).find("month by month") != std::string::npos) page = p;
    }
    REQUIRE(page > 0);
    std::string prefix = dir.file("page");
    REQUIRE(std::system(("pdftoppm -r 100 -png -singlefile -f " + std::to_string(page) + " -l " + std::to_string(page) +
                         " " + quote(pdf) + " " + quote(prefix))
                            .c_str()) == 0);
    for (SeriesRole role : {SeriesRole::Fear, SeriesRole::Refusal}) {
        const std::uint32_t rgb = seriesRgb(role, Ink::Paper);
        INFO("series colour #" << std::hex << rgb);
        CHECK(pixelsOf(s.png, rgb) > 100);
        CHECK(pixelsOf(prefix + ".png", rgb) > 100);
    }
}
