// The eleventh generalisation pass (issue 18, session 11): an idea said just
// before a "but" that turns to pushing the ask is taken back by it. Every
// sentence here is written for these tests (none is in tests/corpus/ or any
// fresh*.tsv).
#include <catch2/catch.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"

using namespace doorway;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

std::string catalogWith(const std::string& turns) {
    return R"({"format": "doorway-objections", "version": 1,)" + turns + R"(,
      "objections": [{"id": "x", "says": "No.", "fear": "f", "addresses": "a",
                      "concepts": [{"id": "c", "label": "l", "hint": "h", "phrases": ["fair enough"]}]}]})";
}

}  // namespace

TEST_CASE("An idea said before a 'but' that pushes the ask is taken back", "[objections]") {
    const Objection& fine = doorway::test::shippedObjection("were_fine");
    const Objection& stranger = doorway::test::shippedObjection("stranger");
    // "Yes, but": the acknowledgement only clears the way for the push.
    for (const auto& [o, answer] : {
             std::pair{&fine, "I hear you, honestly I do, but I really think we should book someone."},
             std::pair{&fine, "I hear you. But we need to go, please."},
             std::pair{&stranger, "I know it feels exposing, but I'd really like us to go."},
             std::pair{&stranger, "I know it feels exposing, however I really do need this."},
         }) {
        FearCheck c = checkAnswer(*o, answer, &scorer());
        INFO(answer);
        CHECK(c.hits.empty());
        CHECK_FALSE(c.met);
    }
    // An idea after the turn keeps both; a turn that doesn't push keeps the one before.
    FearCheck after = checkAnswer(
        stranger,
        "I know it feels exposing to tell a stranger our business, but we'd only share what you're comfortable with.",
        &scorer());
    CHECK(after.hits.size() >= 2);
    CHECK(after.met);
    FearCheck noPush = checkAnswer(fine, "I hear you, but that doesn't mean anything is broken.", &scorer());
    CHECK_FALSE(noPush.hits.empty());
}

TEST_CASE("The turn words are checked when the catalog loads", "[objections]") {
    CHECK_NOTHROW(
        ObjectionCatalog::parse(catalogWith(R"("turns": {"words": ["but"], "pushes": ["really"]})"), "t.json"));
    for (const char* bad : {
             R"("turns": {"words": ["but"]})",
             R"("turns": {"words": ["but"], "pushes": ["you're"]})",
             R"("turns": {"words": ["but", "but"], "pushes": ["really"]})",
             R"("turns": ["but"])",
             R"("turns": {"words": ["but"], "pushes": ["really"], "extra": 1})",
         }) {
        INFO(bad);
        CHECK_THROWS_WITH(ObjectionCatalog::parse(catalogWith(bad), "t.json"), Catch::Contains("turns"));
    }
}
