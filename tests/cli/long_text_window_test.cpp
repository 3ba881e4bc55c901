// Text of any length in the window (issue 17, item 7): a 17,000-character
// title aborted the window (Dear ImGui's 16-bit vertex index assertion,
// exit 134). Every view must draw a workbook full of very long text, and
// `check` warns about it without failing.
#include "window_support.hpp"

#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <filesystem>

using namespace doorway::test;

namespace {

// The example, with very long text in the title and in places shown on
// one line (list cells, notes, a take, the script).
std::string longTextWorkbook() {
    json::value doc = json::parse(readText(sourcePath("workbooks/example.json")));
    json::object& o = doc.as_object();
    o["title"] = std::string(17000, 'A');
    std::string words;
    while (words.size() < 60000) words += "and then we talk about it again ";
    json::object& answers = o["answers"].as_object();
    answers["pattern"].as_object()["loops"].as_array()[0].as_object()["trigger"] = std::string(20000, 'T');
    answers["pattern"].as_object()["my_part"] = words;
    answers["rehearsal"].as_object()["script"] = words;
    o["tracker"].as_array()[0].as_object()["note"] = std::string(20000, 'N');
    o["doors"].as_array()[0].as_object()["note"] = std::string(20000, 'D');
    o["takes"].as_array()[0].as_object()["text"] = words;
    return json::serialize(doc);
}

}  // namespace

TEST_CASE("a workbook with a 17,000-character title and other very long text draws in every view",
          "[cli][window][limits]") {
    TempDir dir;
    std::string env = quietHomeEnv(dir);
    std::string wb = dir.file("long.json");
    writeText(wb, longTextWorkbook());
    std::string longPath = "/" + std::string(3000, 'x') + ".json";  // its error fills the status line
    int shots = 0;
    for (const char* view : {"view=home", "view=worksheet:pattern", "view=worksheet:fear_or_refusal",
                             "view=worksheet:other_doors", "view=rehearsal", "view=takes"}) {
        INFO(view);
        std::string png = dir.file("shot" + std::to_string(shots++) + ".png");
        RunResult r = runDoorwayWindow(quote(wb) + " --ui " + view + " --screenshot " + quote(png), env);
        INFO(r.err);
        CHECK(r.exitCode == 0);  // 134 was the abort
        CHECK(fs::exists(png));
    }
    std::string png = dir.file("status.png");
    RunResult r =
        runDoorwayWindow(quote(wb) + " --ui " + quote("file.open=" + longPath) + " --screenshot " + quote(png), env);
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(fs::exists(png));
}

TEST_CASE("check warns about text too long to print whole, and still passes", "[cli][check][limits]") {
    TempDir dir;
    std::string wb = dir.file("long.json");
    writeText(wb, longTextWorkbook());
    RunResult r = runDoorway("check " + quote(wb));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith(wb + ": ok"));
    CHECK_THAT(r.out, Catch::Contains("(warning: its title is 17,000 characters long;"));
}
