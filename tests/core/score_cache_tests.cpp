// The window's one scorer (core/score_cache): loaded once, results cached
// by text, a damaged asset an error to show, a text too long no score.
#include "core/score_cache.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace doorway;
using doorway::test::sourcePath;
using doorway::test::TempDir;

TEST_CASE("the score cache runs the scorer once per text", "[scorer][cache]") {
    ScoreCache c;
    const std::string dir = sourcePath("assets/scoring");
    CHECK(c.score(dir, "   \n") == nullptr);  // blank: nothing to score
    CHECK(c.runs == 0);
    const ScoreResult* a = c.score(dir, "I'd love for us to try one session together.");
    REQUIRE(a != nullptr);
    int score = a->score;
    const ScoreResult* again = c.score(dir, "I'd love for us to try one session together.");
    REQUIRE(again != nullptr);
    CHECK(again->score == score);
    CHECK(c.runs == 1);
    for (size_t i = 0; i < ScoreCache::kSize + 2; ++i) c.score(dir, "Text number " + std::to_string(i));
    CHECK(c.recent.size() == ScoreCache::kSize);
    c.score(dir, "I'd love for us to try one session together.");  // pushed out: scored again
    CHECK(c.runs == int(ScoreCache::kSize) + 4);
}

TEST_CASE("the score cache keeps a text scored as an invitation apart from the same text as an answer",
          "[scorer][cache]") {
    ScoreCache c;
    const std::string dir = sourcePath("assets/scoring");
    // Held as an invitation by the warmth head's hold; an answer never is.
    const std::string text = "We should go to counselling, I think. Both of us, though mostly for your temper.";
    const ScoreResult* asInvitation = c.score(dir, text);
    REQUIRE(asInvitation != nullptr);
    const int invitationScore = asInvitation->score;
    const ScoreResult* asAnswer = c.score(dir, text, ScoreAs::Answer);
    REQUIRE(asAnswer != nullptr);
    CHECK(c.runs == 2);
    CHECK(asAnswer->score == c.scorer.score(text, ScoreAs::Answer).score);
    CHECK(c.score(dir, text)->score == invitationScore);  // from the cache, not the answer's entry
    CHECK(c.runs == 2);
}

TEST_CASE("a damaged scoring folder is an error to show, not a crash", "[scorer][cache]") {
    TempDir empty;
    ScoreCache c;
    CHECK(c.load(empty.path().string()) == nullptr);
    CHECK_FALSE(c.error.empty());
    CHECK(c.score(empty.path().string(), "Could we talk?") == nullptr);
    CHECK(c.runs == 0);
}

TEST_CASE("a text too long to score gets no score and the scorer stays usable", "[scorer][cache]") {
    ScoreCache c;
    const std::string dir = sourcePath("assets/scoring");
    std::string book(kMaxScoreBytes + 10, 'a');
    CHECK(c.score(dir, book) == nullptr);
    CHECK(c.error.empty());
    CHECK(c.score(dir, "Could we talk on Sunday?") != nullptr);
}
