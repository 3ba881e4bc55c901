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

TEST_CASE("Jabs tucked into a warm-sounding answer are named", "[scorer][objections]") {
    // Rhetorical comparisons, mock titles, hyperbolic deadlines, "glad one of
    // us", "X needs you more", martyred scorekeeping.
    for (const auto& [id, answer] : {
             std::pair{"fix_it_ourselves", "Like we sorted the gutters ourselves? They're still blocked."},
             std::pair{"no_time", "Of course. Your phone needs you more."},
             std::pair{"think_about_it", "Sure, get back to me within the next decade."},
             std::pair{"were_fine", "Lovely, glad one of us feels fine."},
             std::pair{"cant_afford", "Fine, I'll cover it, like I do with most things."},
             std::pair{"doesnt_work", "Thanks, Dr Expert."},
         }) {
        FearCheck c = checkAnswer(doorway::test::shippedObjection(id), answer, &scorer());
        INFO(answer);
        CHECK_FALSE(c.jabs.empty());
        CHECK_FALSE(c.met);
    }
    // Kind answers with the same words stay clear of them.
    for (const auto& [id, answer] : {
             std::pair{"think_about_it",
                       "Take your time, honestly. Next month, next year, whenever it feels right to you."},
             std::pair{"fix_it_ourselves",
                       "We could come back to it in a few years if things change, no pressure at all."},
         }) {
        FearCheck c = checkAnswer(doorway::test::shippedObjection(id), answer, &scorer());
        INFO(answer);
        CHECK(c.jabs.empty());
    }
}
