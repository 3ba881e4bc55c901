// The twelfth generalisation pass (issue 18, session 12): the safety head's
// gentle check. Between the check's edge and the card's, a message is not
// scored as an invitation, and a conditional note points to the card; the
// advice on wording stays. The messages are found by their probability on
// the corpus's dev split, so the test follows the mechanism, not a list.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "../../tools/corpus.hpp"
#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;
using doorway::test::findingOf;

}  // namespace

TEST_CASE("The gentle safety check: under the card's edge, no invitation score and a pointer to the card",
          "[scorer][tone]") {
    const auto rows = corpus::readPhrasings(doorway::test::sourcePath("tests/corpus/phrasings.tsv"));
    const int invitation = int(scorer().bandFloor("invitation"));
    int checked = 0, carded = 0;
    for (const auto& p : rows) {
        if (p.split != corpus::Split::Dev) continue;
        ScoreResult r = scorer().score(p.text);
        const ToneVerdict v = scorer().tone("safety", p.text);
        const ScoreFinding* check = findingOf(r, "safety_check");
        INFO(p.text << "\nscore " << r.score << " " << r.band << ", p " << v.probability);
        if (r.safety) {
            // The card outranks the check: never both.
            CHECK_FALSE(check);
            ++carded;
            continue;
        }
        const ToneHead* head = scorer().toneHead("safety");
        REQUIRE(head);
        const bool inBand = v.probability >= head->checkThreshold && v.probability < head->threshold;
        // Or a safety pattern of tier "check" matched (session 20): the rules
        // alone say so.
        const bool ruled = findingOf(doorway::test::rulesOnlyScorer().score(p.text), "safety_check") != nullptr;
        // Or the disclosure hold (session 35): the message would have been
        // an invitation (or the warmth hold kept it just under), and the
        // disclosure head reads it as a disclosure.
        const ScoreResult before = doorway::test::withoutDisclosureScorer().score(p.text);
        const ToneHead* dh = scorer().toneHead("disclosure");
        REQUIRE(dh);
        const bool disclosed =
            (before.score >= invitation || findingOf(before, "hold_model")) && !findingOf(before, "safety_check") &&
            scorer().tone("disclosure", scorer().safetyBackstopText(p.text)).probability >= dh->threshold;
        // Or the disclosure head in the mixed band (session 36): the message
        // is scored there with nothing else linking it to the card, and the
        // head reads it as a disclosure at its own, higher edge.
        const int mixed = int(std::ceil(scorer().bandFloor("mixed")));
        const bool mixedDisclosed =
            dh->mixedThreshold > 0 && !findingOf(before, "safety_check") && r.score >= mixed && r.score < invitation &&
            scorer().tone("disclosure", scorer().safetyBackstopText(p.text)).probability >= dh->mixedThreshold;
        // Or both heads at their agree edges (session 37): under the
        // invitation band, with nothing else linking it to the card.
        const std::string masked = scorer().safetyBackstopText(p.text);
        const bool agreed = dh->agreeThreshold > 0 && head->agreeThreshold > 0 && r.score < invitation &&
                            !findingOf(before, "safety_check") &&
                            scorer().tone("disclosure", masked).probability >= dh->agreeThreshold &&
                            scorer().tone("safety", masked).probability >= head->agreeThreshold;
        CHECK(bool(check) == (inBand || ruled || disclosed || mixedDisclosed || agreed));
        if (!check) continue;
        ++checked;
        CHECK(r.score < invitation);
        CHECK(r.band != "safety");
        CHECK(check->kind == "safety");
        CHECK(check->message.find("Help > Safety") != std::string::npos);
        int safetyFindings = 0;
        for (const auto& f : r.findings) safetyFindings += f.kind == "safety";
        CHECK(safetyFindings == 1);  // the views show it before any advice on wording, by its kind
        CHECK(p.text.substr(size_t(check->start), size_t(check->end - check->start)) == check->text);
    }
    // Dev holds messages of both kinds; if the edges moved so that none is
    // checked, the mechanism is untested and this says so.
    CHECK(checked > 0);
    CHECK(carded > 0);
}

TEST_CASE("Role-play takes the card, not the gentle check, as its safety verdict", "[objections][tone]") {
    const auto rows = corpus::readPhrasings(doorway::test::sourcePath("tests/corpus/phrasings.tsv"));
    const Objection& o = doorway::test::shippedObjection("no_time");
    int seen = 0;
    for (const auto& p : rows) {
        if (p.split != corpus::Split::Dev) continue;
        // Scored as an answer: where a rule found a jab, the head's lean
        // gives the check, not the card (session 20).
        ScoreResult r = scorer().score(p.text, ScoreAs::Answer);
        if (!findingOf(r, "safety_check") && !r.safety) continue;
        ++seen;
        FearCheck c = checkAnswer(o, p.text, &scorer());
        INFO(p.text);
        CHECK(c.safetyMessage.empty() == !r.safety);
    }
    CHECK(seen > 0);
}

TEST_CASE("Backhanded praise and comparisons are named as jabs, the same words said plainly are not",
          "[objections][scorer]") {
    const Objection& o = doorway::test::shippedObjection("cant_afford");
    for (const char* jab : {
             "It's really sweet how careful with money you've all of a sudden become.",
             "Shame it doesn't stretch to our marriage, all that thrift.",
             "If you spent half as much energy on us as on the car we'd be fine.",
             "Aww look at you thinking about money for once.",
         }) {
        FearCheck c = checkAnswer(o, jab, &scorer());
        INFO(jab);
        CHECK_FALSE(c.met);
        CHECK_FALSE(c.jabs.empty());
    }
    for (const char* plain : {
             "It's sweet how careful you are with the kids' money, and I'd like to find a low-cost counsellor.",
             "Could we look at a sliding-scale place together? I'd put the effort into finding one.",
         }) {
        FearCheck c = checkAnswer(o, plain, &scorer());
        INFO(plain);
        for (const auto& j : c.jabs) CHECK(j.rule != "sarcasm");
    }
}
