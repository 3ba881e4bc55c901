// The disclosure hold (tone.json's "disclosure" head): a message that would
// be scored as an invitation, but whose words read like a disclosure, is kept
// just under the invitation band with the gentle check that links the safety
// card. Toy heads test the mechanism; the shipped head is tested on messages
// written for this test, never in the corpus.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <cmath>

#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::describe;
using doorway::test::findingOf;
using doorway::test::shippedScorer;
using namespace doorway;

namespace {

constexpr const char* kWarm = "I've missed us lately. Would you try one session with me? If it's not for you, we stop.";

enum class ToyWarmth { Shipped, HoldsZebra, LiftsZebra, Never };

// The shipped assets with a disclosure head of one word: "zebra" reads as a
// disclosure (p = 0.95 with it, 0.05 without); none when `disclosure` is
// false; its mixed-band edge `mixed` when above 0. The warmth head is the shipped one, or one under which "zebra" leans
// far from warmth (its hold at 0.2), or one under which it lifts a message,
// or one that lifts none.
Scorer withToyDisclosure(const doorway::test::TempDir& dir, ToyWarmth warmth = ToyWarmth::Shipped,
                         bool disclosure = true, double mixed = 0) {
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    auto& heads = tone.as_object()["heads"].as_object();
    heads.erase("disclosure");
    // The shipped safety head's agree edge goes with the shipped disclosure
    // head (disclosure_agree_tests.cpp); the toy has none.
    heads["safety"].as_object().erase("agree_threshold");
    if (disclosure)
        heads["disclosure"] = boost::json::object{
            {"bias", -3.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"zebra", 6.0}}}};
    if (disclosure && mixed > 0) heads["disclosure"].as_object()["mixed_threshold"] = mixed;
    if (warmth == ToyWarmth::HoldsZebra)
        heads["warmth"] = boost::json::object{{"bias", 0.0},
                                              {"threshold", 0.9},
                                              {"hold_threshold", 0.2},
                                              {"common_unigrams", false},
                                              {"weights", {{"zebra", -4.0}, {"session", 1.0}}}};
    if (warmth == ToyWarmth::Never)
        heads["warmth"] = boost::json::object{
            {"bias", -4.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"unicorn", 1.0}}}};
    if (warmth == ToyWarmth::LiftsZebra)
        heads["warmth"] = boost::json::object{
            {"bias", -4.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"zebra", 8.0}}}};
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    return Scorer::loadDirectory(dir.path().string());
}

// Written for this test, after the head was fitted: a plain ask with one
// sentence that tells of hiding from the partner, which no rule names and
// the safety head leaves under its edges.
constexpr const char* kHidden =
    "Would you see someone with me? I'm tired of whispering on the phone to my sister in the bathroom. Just one "
    "appointment, and we can stop whenever.";

constexpr const char* kHeld =
    "Honestly it's fine, I'm used to you being in a mood after Sunday league, I just keep out of your way. But I'd "
    "love us to try the counsellor the surgery offered, maybe things could be lighter.";

int invitationFloor(const Scorer& s) {
    return int(std::ceil(s.bandFloor("invitation")));
}

}  // namespace

TEST_CASE("The disclosure hold keeps an invitation that reads like a disclosure under the band, linking the card",
          "[scorer][tone]") {
    doorway::test::TempDir dir;
    const Scorer s = withToyDisclosure(dir);
    const ScoreResult warm = s.score(kWarm);
    INFO(describe(warm));
    REQUIRE(warm.score >= invitationFloor(s));
    CHECK_FALSE(findingOf(warm, "safety_check"));

    const std::string text = std::string(kWarm) + " Zebra.";
    const ScoreResult r = s.score(text);
    INFO(describe(r));
    CHECK(r.score == invitationFloor(s) - 1);
    CHECK(r.band == "mixed");
    CHECK_FALSE(r.safety);  // the gentle check, not the card
    const ScoreFinding* f = findingOf(r, "safety_check");
    REQUIRE(f);
    CHECK(f->kind == "safety");
    CHECK(f->text == "Zebra");
    CHECK(text.substr(size_t(f->start), size_t(f->end - f->start)) == "Zebra");
    CHECK(f->message.find("Help > Safety") != std::string::npos);
    CHECK(f->weight < 0);  // the points it took
    CHECK(f->probability == Approx(1 / (1 + std::exp(-3.0))).margin(0.001));
    REQUIRE_FALSE(f->carried.empty());
    CHECK(f->carried[0].first == "Zebra");
    // The rules' findings stay, praise for the ask among them: it may be an
    // ordinary message after all.
    CHECK(findingOf(r, "small_ask"));
}

TEST_CASE("The disclosure hold leaves answers and messages under the band alone", "[scorer][tone]") {
    doorway::test::TempDir dir;
    const Scorer s = withToyDisclosure(dir);
    // Role-play answers: the head learned from messages.
    const ScoreResult answer = s.score(std::string(kWarm) + " Zebra.", ScoreAs::Answer);
    INFO(describe(answer));
    CHECK_FALSE(findingOf(answer, "safety_check"));
    // Nothing to hold: the message is no invitation anyway.
    const ScoreResult low = s.score("You never listen and you always walk away. Zebra.");
    INFO(describe(low));
    REQUIRE(low.score < invitationFloor(s));
    CHECK_FALSE(findingOf(low, "safety_check"));
}

TEST_CASE("Beside the warmth hold, the disclosure hold links the card and keeps the hold's advice", "[scorer][tone]") {
    doorway::test::TempDir dir;
    const Scorer s = withToyDisclosure(dir, ToyWarmth::HoldsZebra);
    const ScoreResult r = s.score(std::string(kWarm) + " Zebra.");
    INFO(describe(r));
    CHECK(r.score == invitationFloor(s) - 1);
    const ScoreFinding* hold = findingOf(r, "hold_model");
    REQUIRE(hold);
    CHECK_FALSE(hold->suggestion.empty());
    const ScoreFinding* check = findingOf(r, "safety_check");
    REQUIRE(check);
    CHECK(check->weight == 0);  // the hold took the points; the check links the card
}

TEST_CASE("A lift by the warmth head is given back before the disclosure hold speaks", "[scorer][tone]") {
    const std::string text = "Could we talk about the evenings sometime? Zebra.";
    doorway::test::TempDir a, b;
    const Scorer lifts = withToyDisclosure(a, ToyWarmth::LiftsZebra, false);
    const ScoreResult lifted = lifts.score(text);
    INFO(describe(lifted));
    const ScoreFinding* lift = findingOf(lifted, "warmth_model");
    REQUIRE(lift);  // the rules left it in the mixed band, and the warmth head lifted it
    const int byRules = lifted.score - int(lift->weight);
    REQUIRE(byRules < invitationFloor(lifts));

    const ScoreResult r = withToyDisclosure(b, ToyWarmth::LiftsZebra).score(text);
    INFO(describe(r));
    CHECK(r.score == byRules);  // the points the lift gave, given back: the findings add up
    CHECK_FALSE(findingOf(r, "warmth_model"));
    const ScoreFinding* f = findingOf(r, "safety_check");
    REQUIRE(f);
    CHECK(f->weight == 0);
    // No lift is left to keep it out of "not enough to go on": its band is
    // the rules' own, as with a warmth head that never lifts it.
    doorway::test::TempDir c;
    const ScoreResult plain = withToyDisclosure(c, ToyWarmth::Never, false).score(text);
    INFO(describe(plain));
    REQUIRE(plain.score == byRules);
    CHECK(r.band == plain.band);
}

TEST_CASE("A tone.json without a disclosure head scores as before", "[scorer][tone]") {
    const Scorer& without = doorway::test::withoutDisclosureScorer();
    CHECK_FALSE(without.toneHead("disclosure"));
    CHECK(without.score(kWarm).band == "invitation");
    // The texts the shipped head was written to hold (below) are invitations
    // without it.
    for (const char* text : {kHidden, kHeld}) {
        const ScoreResult r = without.score(text);
        INFO(describe(r));
        CHECK(r.band == "invitation");
        CHECK_FALSE(findingOf(r, "safety_check"));
    }
}

TEST_CASE("The shipped disclosure head holds what it reads at its edge, and not warm invitations", "[scorer][tone]") {
    const ToneHead* h = shippedScorer().toneHead("disclosure");
    REQUIRE(h);
    CHECK(h->threshold >= 0.5);
    CHECK(h->threshold < 0.99);
    const std::string hidden = kHidden;
    const ScoreResult before = doorway::test::withoutDisclosureScorer().score(hidden);
    INFO(describe(before));
    REQUIRE(before.score >= invitationFloor(shippedScorer()));
    // Changed on purpose twice. Session 37's head, refitted on the grown
    // corpus, read this 0.64 against its edge of 0.695 and no longer held it
    // (session 36's had). Session 39's head, learned by stochastic gradient
    // with its many small weights kept (tools/fit_tone, disclosureLearner),
    // holds it again; on the session's validation sets it held more of the
    // disclosures hidden in warm invitations at about the same share of
    // good ones (warm37 162 -> 161 of 200 left in the band).
    const std::string masked = shippedScorer().safetyBackstopText(hidden);
    const double pHidden = shippedScorer().tone("disclosure", masked).probability;
    // It reads 0.647 against an edge of 0.556.
    CHECK(pHidden >= h->threshold);
    const ScoreResult r = shippedScorer().score(hidden);
    INFO(describe(r));
    CHECK(r.score < invitationFloor(shippedScorer()));
    CHECK(findingOf(r, "safety_check"));
    // One the refitted head does hold, from the session's validation sets
    // (no head was fitted on them): keeping out of the partner's way, tucked
    // into a warm ask.
    const ScoreResult held = shippedScorer().score(kHeld);
    INFO(describe(held));
    CHECK(held.score < invitationFloor(shippedScorer()));
    CHECK(findingOf(held, "safety_check"));

    for (const char* text :
         {kWarm, "I've been feeling far from you and I miss you. Would you come to one session with me?",
          "I miss how we used to laugh. Would you try one counselling session with me, just to see? You pick the day.",
          "Could we try talking to someone together about the evenings? I know we both get tired and snappy. If you "
          "hate it, we stop.",
          "i love you and i miss how we used to talk. would you try one counselling session with me? totally ok if "
          "not"}) {
        const ScoreResult w = shippedScorer().score(text);
        INFO(text << "\n" << describe(w));
        CHECK(w.band == "invitation");
        CHECK_FALSE(findingOf(w, "safety_check"));
        CHECK(shippedScorer().tone("disclosure", shippedScorer().safetyBackstopText(text)).probability < pHidden / 10);
    }
}

TEST_CASE("In the mixed band, the disclosure head at its own edge links the card and leaves the score",
          "[scorer][tone]") {
    // The rules leave this in the mixed band, and no warmth head lifts it.
    const std::string text = "Could we talk about the evenings sometime? Zebra.";
    doorway::test::TempDir a, b, c;
    const Scorer plain = withToyDisclosure(a, ToyWarmth::Never);
    const ScoreResult before = plain.score(text);
    INFO(describe(before));
    REQUIRE(before.score >= int(std::ceil(plain.bandFloor("mixed"))));
    REQUIRE(before.score < invitationFloor(plain));
    REQUIRE_FALSE(findingOf(before, "safety_check"));  // the hold speaks only for invitations

    const Scorer mixed = withToyDisclosure(b, ToyWarmth::Never, true, 0.92);
    CHECK(doorway::test::expectCheckOnly(before, mixed.score(text), "Zebra")->probability >= 0.92);
    // Above what the head says (0.95), nothing.
    CHECK_FALSE(findingOf(withToyDisclosure(c, ToyWarmth::Never, true, 0.96).score(text), "safety_check"));
    // Not for answers, and not below the mixed band.
    CHECK_FALSE(findingOf(mixed.score(text, ScoreAs::Answer), "safety_check"));
    const ScoreResult low = mixed.score("You never listen and you always walk away. Zebra.");
    INFO(describe(low));
    REQUIRE(low.score < int(std::ceil(mixed.bandFloor("mixed"))));
    CHECK_FALSE(findingOf(low, "safety_check"));
}

TEST_CASE("tone.json's mixed_threshold is read for the disclosure head only, never under its threshold",
          "[scorer][tone]") {
    const auto loadError = [](auto edit) { return doorway::test::toneLoadError(edit); };
    std::string e = loadError([](boost::json::object& h) { h["safety"].as_object()["mixed_threshold"] = 0.9; });
    CHECK(e.find("heads.safety.mixed_threshold") != std::string::npos);
    CHECK(e.find("disclosure head only") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        auto& d = h["disclosure"].as_object();
        d["mixed_threshold"] = d["threshold"].to_number<double>() - 0.01;
    });
    CHECK(e.find("heads.disclosure.mixed_threshold") != std::string::npos);
    CHECK(e.find("must not be below threshold") != std::string::npos);
    CHECK(loadError([](boost::json::object&) {}).empty());
}

TEST_CASE("The shipped disclosure head checks a mixed message that hides an injury", "[scorer][tone]") {
    // Written for this test: a cover story in passing, scored in the mixed
    // band, that no rule names and the safety head leaves under its edges.
    const std::string text =
        "still got the sling on from the \"slip\" haha. the nurse asked loads of questions, i said "
        "nothing. can we just go to the counsellor";
    const ToneHead* h = shippedScorer().toneHead("disclosure");
    REQUIRE(h);
    REQUIRE(h->mixedThreshold >= h->threshold);
    const ScoreResult r = shippedScorer().score(text);
    INFO(describe(r));
    CHECK(r.band != "invitation");
    CHECK_FALSE(r.safety);
    const ScoreFinding* f = findingOf(r, "safety_check");
    REQUIRE(f);
    CHECK(f->probability >= h->mixedThreshold);
    // Without the disclosure head the message links nothing.
    const ScoreResult without = doorway::test::withoutDisclosureScorer().score(text);
    INFO(describe(without));
    CHECK(without.score == r.score);
    CHECK_FALSE(findingOf(without, "safety_check"));
}
