// A take keeps the scorer's findings (with why and the rewrite) and gives
// them back unchanged: the takes history explains old takes from them.
#include "core/scorer.hpp"
#include "core/take_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using doorway::ScoreFinding;
using doorway::ScoreResult;

namespace {

const doorway::Scorer& scorer() {
    static const doorway::Scorer s = doorway::Scorer::loadDirectory(doorway::test::sourcePath("assets/scoring"));
    return s;
}

}  // namespace

TEST_CASE("a take keeps its findings, with why and the rewrite, and gives them back", "[takes]") {
    ScoreResult r = scorer().score("You never listen. I feel lonely. Would you try one session with me?");
    REQUIRE(r.findings.size() >= 3);
    std::vector<doorway::TakeFinding> kept = doorway::toTakeFindings(r.findings);
    REQUIRE(kept.size() == r.findings.size());
    std::vector<ScoreFinding> back = doorway::toScoreFindings(kept);
    REQUIRE(back.size() == r.findings.size());
    bool sawSuggestion = false;
    for (size_t i = 0; i < back.size(); ++i) {
        INFO("finding " << i << " " << r.findings[i].rule);
        CHECK(back[i].rule == r.findings[i].rule);
        CHECK(back[i].kind == r.findings[i].kind);
        CHECK(back[i].start == r.findings[i].start);
        CHECK(back[i].end == r.findings[i].end);
        CHECK(back[i].text == r.findings[i].text);
        CHECK(back[i].message == r.findings[i].message);
        CHECK(back[i].suggestion == r.findings[i].suggestion);
        CHECK(back[i].weight == r.findings[i].weight);  // issue 18: a take keeps what each finding weighed
        sawSuggestion = sawSuggestion || !back[i].suggestion.empty();
    }
    CHECK(sawSuggestion);
}
