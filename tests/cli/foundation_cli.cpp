// The binary's contract: exit codes, messages, and a real drawn window.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

extern "C" unsigned char* stbi_load(const char* filename, int* x, int* y, int* comp, int req_comp);
extern "C" void stbi_image_free(void* retval_from_stbi_load);

using namespace doorway::test;

TEST_CASE("help and version flags exit 0 and say what they are", "[cli][foundation]") {
    auto help = runDoorway("--help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("usage: doorway") != std::string::npos);
    CHECK(help.out.find("--screenshot") != std::string::npos);
    CHECK(help.err.empty());

    auto version = runDoorway("--version");
    CHECK(version.exitCode == 0);
    CHECK(version.out.rfind("doorway ", 0) == 0);
}

TEST_CASE("unknown flags and subcommands are usage errors (exit 2)", "[cli][foundation]") {
    const std::string aFile = quote(doorway::test::sourcePath("workbooks/example.json"));
    const std::string workbooksFile = "--workbooks " + aFile;  // a workbook where its folder was meant
    for (const std::string& args :
         {std::string("--no-such-flag"), std::string("frobnicate"), std::string("--frames"), std::string("--frames 0"),
          std::string("--frames x"), std::string("--size 10x10"), std::string("--size big"),
          std::string("a.json b.json"), std::string("--workbooks"), workbooksFile}) {
        INFO(args);
        auto r = runDoorway(args, "", "DISPLAY=:none");
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("usage: doorway") != std::string::npos);
        // Short: what went wrong, the line that applies, where to read more.
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') <= 3);
        CHECK(r.out.empty());
    }
}

TEST_CASE("a subcommand's usage error shows that subcommand's line", "[cli][foundation]") {
    for (const char* cmd : {"check", "export", "transcribe", "lock"}) {
        INFO(cmd);
        auto r = runDoorway(std::string(cmd) + " --no-such-flag x", "", "DISPLAY=:none");
        CHECK(r.exitCode == 2);
        CHECK(r.err.find(std::string("usage: doorway ") + cmd) != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') <= 3);
    }
}

TEST_CASE("every subcommand answers --help with its usage line on stdout, exit 0", "[cli][foundation]") {
    for (const char* cmd : {"check", "score", "roleplay", "export", "print", "transcribe", "lock", "unlock"}) {
        for (const char* flag : {" --help", " -h"}) {
            INFO(cmd << flag);
            auto r = runDoorway(std::string(cmd) + flag, "", "DISPLAY=:none");
            CHECK(r.exitCode == 0);
            CHECK(r.out.find(std::string("usage: doorway ") + cmd) != std::string::npos);
            CHECK(r.err.empty());
        }
    }
}

TEST_CASE("with no display the window says so in one sentence and exits 1", "[cli][foundation]") {
    auto r = runDoorway("", "", "-u DISPLAY -u WAYLAND_DISPLAY");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no display") != std::string::npos);
    CHECK(r.err.find("check") != std::string::npos);  // names what still works
    // One sentence, one line: not a crash dump.
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("a screenshot draws a real window and writes a PNG", "[cli][foundation][window]") {
    TempDir tmp;
    std::string png = tmp.file("shot.png");
    auto r = runDoorwayWindow(quote(sourcePath("workbooks/example.json")) + " --screenshot " + quote(png) +
                              " --frames 4 --size 1000x700");
    REQUIRE(r.exitCode == 0);
    int w = 0, h = 0, comp = 0;
    unsigned char* px = stbi_load(png.c_str(), &w, &h, &comp, 3);
    REQUIRE(px != nullptr);
    CHECK(w == 1000);
    CHECK(h == 700);
    // A drawn window has text and panels: many distinct colours, and no
    // single colour covers everything.
    std::map<unsigned, size_t> counts;
    for (int i = 0; i < w * h; ++i) counts[unsigned(px[i * 3]) << 16 | unsigned(px[i * 3 + 1]) << 8 | px[i * 3 + 2]]++;
    stbi_image_free(px);
    CHECK(counts.size() > 20);
    size_t most = 0;
    for (auto& [c, n] : counts) most = std::max(most, n);
    CHECK(most < size_t(w) * size_t(h) * 9 / 10);
}

TEST_CASE("a workbook that cannot be opened leaves the window running with the error shown",
          "[cli][foundation][window]") {
    TempDir tmp;
    std::string bad = tmp.file("broken.json");
    writeText(bad, "{ \"format\": \"doorway-workbook\", ");
    std::string png = tmp.file("shot.png");
    auto r = runDoorwayWindow(quote(bad) + " --screenshot " + quote(png));
    CHECK(r.exitCode == 0);
    CHECK(std::filesystem::exists(png));
    CHECK(readText(bad) == "{ \"format\": \"doorway-workbook\", ");
}

TEST_CASE("an unknown ui action is a usage error", "[cli][foundation][window]") {
    TempDir tmp;
    auto r = runDoorwayWindow("--ui no.such.action --screenshot " + quote(tmp.file("x.png")));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no.such.action") != std::string::npos);
}
