// The real window, a real Ctrl+Q (xdotool), and a save that fails (a file
// size limit stands in for a full disk): the window must stay open and
// ask, not exit 0 with the edit gone (issue 17, item 2).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::TempDir;
using doorway::test::writeText;

TEST_CASE("Ctrl+Q with an edit that can't be saved leaves the window open, asking", "[cli][window][quit]") {
    if (std::system("command -v xdotool >/dev/null 2>&1") != 0) {
        WARN("xdotool is not installed; skipped");
        return;
    }
    TempDir dir;
    fs::path home = dir.path() / "home";
    fs::create_directories(home / ".config" / "doorway");
    writeText((home / ".config/doorway/privacy.json").string(), "{\"safetyCardShown\": true}\n");
    std::string wb = dir.file("w.json");
    const std::string original = readText(doorway::test::sourcePath("workbooks/example.json"));
    writeText(wb, original);
    // The window starts with an edit (a ticked box), then gets Ctrl+Q. With
    // writes past 2 KB failing (EFBIG; the signal ignored), no save works.
    std::string script = dir.file("quit.sh");
    writeText(script,
              "#!/bin/sh\n"
              "(trap '' XFSZ; ulimit -f 4; exec env HOME=" +
                  quote(home.string()) + " XDG_CONFIG_HOME=" + quote((home / ".config").string()) + " " +
                  quote(DOORWAY_TEST_BINARY) + " " + quote(wb) +
                  " --ui worksheet.safety_flag) >/dev/null 2>&1 &\n"
                  "pid=$!\n"
                  "w=$(xdotool search --sync --onlyvisible --name Doorway | head -1)\n"
                  "sleep 1\n"
                  "xdotool windowfocus --sync \"$w\" key --clearmodifiers ctrl+q\n"
                  "sleep 3\n"
                  "if kill -0 $pid 2>/dev/null; then echo still-open; kill $pid; else echo closed; fi\n"
                  "wait $pid 2>/dev/null\n");
    ::chmod(script.c_str(), 0755);
    const char* display = std::getenv("DISPLAY");
    std::string wrapper = display && *display ? "timeout 60" : "timeout 60 xvfb-run -a -s '-screen 0 1280x800x24'";
    std::string out = dir.file("out");
    std::system((wrapper + " " + quote(script) + " >" + quote(out) + " 2>&1 </dev/null").c_str());
    std::string said = readText(out);
    INFO(said);
    CHECK(said.find("still-open") != std::string::npos);
    CHECK(readText(wb) == original);  // nothing half-written either
}
