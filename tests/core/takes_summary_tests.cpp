// The line above the Takes page's chart (core/takes: takesSummaryLine).
#include "core/takes.hpp"

#include <catch2/catch.hpp>

using namespace doorway;

namespace {
Take take(const std::string& mode, int score) {
    Take t;
    t.mode = mode;
    t.score = score;
    t.text = "words";
    return t;
}
}  // namespace

TEST_CASE("takes summary: rehearsal takes only, role-play answers counted beside them", "[takes]") {
    // A role-play answer of 98 was shown as the rehearsal's latest and best.
    std::vector<Take> takes = {take("typed", 40), take("spoken", 70), take("typed", 61), take("roleplay", 98)};
    CHECK(takesSummaryLine(takes) ==
          "3 takes  ·  latest 61  ·  best 70  ·  average of the last 3: 57  ·  1 role-play answer");
    // The last five, rounded.
    takes = {take("typed", 10), take("typed", 60), take("typed", 61),
             take("typed", 62), take("typed", 63), take("typed", 72)};
    CHECK(takesSummaryLine(takes) == "6 takes  ·  latest 72  ·  best 72  ·  average of the last 5: 64");
    CHECK(takesSummaryLine({take("typed", 55)}) == "1 take  ·  latest 55  ·  best 55");
    CHECK(takesSummaryLine({take("roleplay", 80), take("roleplay", 20)}) == "2 role-play answers");
    CHECK(takesSummaryLine({}).empty());
}
