// The Markdown export of the example workbook, word for word: a refactor
// of the export layout, the formats or the workbook format must not change
// what goes on paper. tests/cli/expected/example.md was written by the
// build before that work began; only the export date (today) is masked.
// Rewritten once on purpose when issue 19 landed: chart tables with month
// labels ("Sep 2026"), the series named as on screen, role-play answers as
// their own series and "role-play" spelt as the screen spells it. And once
// more when answers marked private (the blunt first versions, whose help
// says they stay here) left the paper for a line saying so. And once more
// when paper took the window's page names (core: pageName and
// practicePageName): "## 5. The pattern, not the person", "## Takes so far".
// And once more when paper said only what is on paper (paperHelp,
// paperIntro: no arrows to press), named pages through {page:ID} ("14.
// Fear or refusal?") and the takes chart said "takes" ("Rehearsal takes").
// And once more when the trend's reading named the doors log's page as the
// sidebar does ("offers you logged on "9. Other doors""). And once more
// when counts in sentences took words ("over six months", "four signs") and
// the lowest band read kindly ("may sound like blame to them").
#include "support.hpp"

#include <catch2/catch.hpp>

#include <ctime>

using namespace doorway::test;

namespace {

// Today as the export prints it: "1 December 2026".
std::string printedToday() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    return std::to_string(local.tm_mday) + " " + months[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

std::string masked(std::string text) {
    const std::string today = printedToday(), mask = "{{EXPORT DATE}}";
    for (size_t at = text.find(today); at != std::string::npos; at = text.find(today, at + mask.size()))
        text.replace(at, today.size(), mask);
    return text;
}

}  // namespace

TEST_CASE("the Markdown export of the example workbook is unchanged", "[print][cli][export]") {
    TempDir dir;
    std::string out = dir.file("example.md");
    // Whose help line prints is pinned (no saved choice, no locale guess).
    auto r =
        runDoorway("export " + quote(sourcePath("workbooks/example.json")) + " --md " + quote(out) + " --country GB",
                   "", "XDG_CONFIG_HOME=" + quote(dir.file("config")) + " LC_ALL=C.UTF-8 LANG=C.UTF-8");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::string expected = readText(sourcePath("tests/cli/expected/example.md"));
    REQUIRE_FALSE(expected.empty());
    std::string got = masked(readText(out));
    // Line by line first, so a failure shows where the text moved.
    size_t line = 1, i = 0;
    while (i < got.size() && i < expected.size() && got[i] == expected[i]) {
        if (got[i] == '\n') ++line;
        ++i;
    }
    INFO("first difference on line " << line);
    CHECK(got == expected);
}
