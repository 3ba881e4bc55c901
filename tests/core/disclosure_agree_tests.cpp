// The agree edges (tone.json's "agree_threshold" on the safety and disclosure
// heads, session 37): a message scored under the invitation band that nothing
// linked to the card gets the gentle check when both heads lean towards a
// disclosure at or above their agree edges.
// Toy heads test the mechanism; the loader's checks are tested on the shipped
// file, edited.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <cmath>

#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::describe;
using doorway::test::findingOf;
using namespace doorway;

namespace {

// The shipped assets with two one-word heads: under the safety head "zebra"
// reads p = 0.60 (its card edge 0.95, no check edge), under the disclosure
// head p = 0.95 (its hold edge 0.9). Agree edges `safetyAgree` and
// `disclosureAgree` where above 0.
Scorer withToyHeads(const doorway::test::TempDir& dir, double safetyAgree, double disclosureAgree) {
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    auto& heads = tone.as_object()["heads"].as_object();
    heads["safety"] = boost::json::object{
        {"bias", -3.0}, {"threshold", 0.95}, {"common_unigrams", false}, {"weights", {{"zebra", 3.4055}}}};
    heads["disclosure"] = boost::json::object{
        {"bias", -3.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"zebra", 6.0}}}};
    if (safetyAgree > 0) heads["safety"].as_object()["agree_threshold"] = safetyAgree;
    if (disclosureAgree > 0) heads["disclosure"].as_object()["agree_threshold"] = disclosureAgree;
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    return Scorer::loadDirectory(dir.path().string());
}

// Scored as blame by the rules: the agree check is the only way it links.
constexpr const char* kLow = "You never listen and you always walk away. Zebra.";

}  // namespace

TEST_CASE("Both heads at their agree edges link the card under the invitation band and leave the score",
          "[scorer][tone]") {
    doorway::test::TempDir a, b, c, d;
    const Scorer none = withToyHeads(a, 0, 0);
    const ScoreResult before = none.score(kLow);
    INFO(describe(before));
    REQUIRE(before.score < int(std::ceil(none.bandFloor("mixed"))));
    REQUIRE_FALSE(before.safety);
    REQUIRE_FALSE(findingOf(before, "safety_check"));

    const Scorer agree = withToyHeads(b, 0.55, 0.9);
    doorway::test::expectCheckOnly(before, agree.score(kLow), "Zebra");
    // Either head under its agree edge: nothing.
    CHECK_FALSE(findingOf(withToyHeads(c, 0.65, 0.9).score(kLow), "safety_check"));
    CHECK_FALSE(findingOf(withToyHeads(d, 0.55, 0.96).score(kLow), "safety_check"));
    // Not for answers, and not without the word both heads lean on.
    CHECK_FALSE(findingOf(agree.score(kLow, ScoreAs::Answer), "safety_check"));
    CHECK_FALSE(findingOf(agree.score("You never listen and you always walk away."), "safety_check"));
}

TEST_CASE("tone.json's agree_threshold is read for the safety and disclosure heads, together", "[scorer][tone]") {
    const auto loadError = [](auto edit) { return doorway::test::toneLoadError(edit); };
    std::string e = loadError([](boost::json::object& h) { h["jab"].as_object()["agree_threshold"] = 0.5; });
    CHECK(e.find("heads.jab.agree_threshold") != std::string::npos);
    CHECK(e.find("safety and disclosure heads only") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        auto& s = h["safety"].as_object();
        s["agree_threshold"] = s["threshold"].to_number<double>() + 0.01;
        h["disclosure"].as_object()["agree_threshold"] = 0.8;
    });
    CHECK(e.find("heads.safety.agree_threshold") != std::string::npos);
    CHECK(e.find("must be below check_threshold") != std::string::npos);
    // At the check edge it would add nothing the check doesn't give.
    e = loadError([](boost::json::object& h) {
        auto& s = h["safety"].as_object();
        s["agree_threshold"] = s["check_threshold"];
        h["disclosure"].as_object()["agree_threshold"] = 0.8;
    });
    CHECK(e.find("must be below check_threshold") != std::string::npos);
    // With no check edge, the card's edge bounds it.
    e = loadError([](boost::json::object& h) {
        auto& s = h["safety"].as_object();
        s.erase("check_threshold");
        s["agree_threshold"] = s["threshold"].to_number<double>() + 0.01;
        h["disclosure"].as_object()["agree_threshold"] = 0.8;
    });
    CHECK(e.find("heads.safety.agree_threshold") != std::string::npos);
    CHECK(e.find("must be below threshold") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        h["safety"].as_object()["agree_threshold"] = 0.5;
        h["disclosure"].as_object().erase("agree_threshold");
    });
    CHECK(e.find("heads.safety.agree_threshold") != std::string::npos);
    CHECK(e.find("needs heads.disclosure.agree_threshold") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        h["safety"].as_object().erase("agree_threshold");
        h["disclosure"].as_object()["agree_threshold"] = 0.8;
    });
    CHECK(e.find("heads.disclosure.agree_threshold") != std::string::npos);
    CHECK(e.find("needs heads.safety.agree_threshold") != std::string::npos);
    e = loadError([](boost::json::object& h) { h["disclosure"].as_object()["agree_threshold"] = 1.5; });
    CHECK(e.find("heads.disclosure.agree_threshold") != std::string::npos);
    // Both, or neither, load; and a file with no disclosure head leaves the
    // safety head's edge unused.
    CHECK(loadError([](boost::json::object& h) {
              h["safety"].as_object()["agree_threshold"] = 0.5;
              h["disclosure"].as_object()["agree_threshold"] = 0.8;
          }).empty());
    CHECK(loadError([](boost::json::object& h) {
              h["safety"].as_object().erase("agree_threshold");
              h["disclosure"].as_object().erase("agree_threshold");
          }).empty());
    CHECK(loadError([](boost::json::object& h) {
              h["safety"].as_object()["agree_threshold"] = 0.5;
              h.erase("disclosure");
          }).empty());
}

TEST_CASE("The shipped heads agree on a disclosure told as an apology, and not on a complaint with its words",
          "[scorer][tone]") {
    // Written for this test after the heads were fitted: an apology that
    // tells of being kept home, which no rule names and which the safety
    // head alone leaves under its check edge. The look-alike blames the
    // partner with the same words; the disclosure head reads it as one too
    // (a complaint often does), the safety head does not.
    const std::string text = "Sorry I missed the quiz, he needed me home, it's easier that way.";
    const std::string complaint =
        "You missed the quiz again because you needed to be home for the match. Easier that way for you, isn't it.";
    const Scorer& s = doorway::test::shippedScorer();
    const ToneHead* safety = s.toneHead("safety");
    const ToneHead* disclosure = s.toneHead("disclosure");
    REQUIRE(safety);
    REQUIRE(disclosure);
    REQUIRE(safety->agreeThreshold > 0);
    REQUIRE(disclosure->agreeThreshold > 0);
    CHECK(safety->agreeThreshold < safety->checkThreshold);

    CHECK_FALSE(findingOf(doorway::test::rulesOnlyScorer().score(text), "safety_check"));
    const std::string masked = s.safetyBackstopText(text);
    CHECK(s.tone("safety", masked).probability < safety->checkThreshold);
    const ScoreResult r = s.score(text);
    INFO(describe(r));
    CHECK_FALSE(r.safety);
    CHECK(r.score < int(std::ceil(s.bandFloor("invitation"))));
    CHECK(findingOf(r, "safety_check"));

    // Without the agree edges, nothing links it.
    doorway::test::TempDir dir;
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    auto& heads = tone.as_object()["heads"].as_object();
    heads["safety"].as_object().erase("agree_threshold");
    heads["disclosure"].as_object().erase("agree_threshold");
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    CHECK_FALSE(findingOf(Scorer::loadDirectory(dir.path().string()).score(text), "safety_check"));

    // The look-alike: whatever the disclosure head makes of it (today it
    // reads it at its agree edge), the safety head does not agree.
    const std::string maskedComplaint = s.safetyBackstopText(complaint);
    if (s.tone("disclosure", maskedComplaint).probability < disclosure->agreeThreshold)
        WARN("the disclosure head no longer reads the complaint as a disclosure: the safety head's part is untested");
    CHECK(s.tone("safety", maskedComplaint).probability < safety->agreeThreshold);
    const ScoreResult c = s.score(complaint);
    INFO(describe(c));
    CHECK_FALSE(findingOf(c, "safety_check"));
    CHECK_FALSE(c.safety);
}

TEST_CASE("The agree check leaves the invitation band and what is already linked alone", "[scorer][tone]") {
    doorway::test::TempDir a, b;
    // In the invitation band the hold speaks, not the agree check: with the
    // hold's edge above what the disclosure head says, an invitation whose
    // heads both pass their agree edges stays an invitation.
    const std::string warm =
        "I've missed us lately. Would you try one session with me? If it's not for you, we stop. Zebra.";
    doorway::test::TempDir c;
    boost::json::value tone = doorway::test::copyScoringAssetsBut(c, "tone.json");
    auto& heads = tone.as_object()["heads"].as_object();
    heads["safety"] = boost::json::object{{"bias", -3.0},
                                          {"threshold", 0.95},
                                          {"agree_threshold", 0.55},
                                          {"common_unigrams", false},
                                          {"weights", {{"zebra", 3.4055}}}};
    heads["disclosure"] = boost::json::object{{"bias", -3.0},
                                              {"threshold", 0.99},
                                              {"agree_threshold", 0.9},
                                              {"common_unigrams", false},
                                              {"weights", {{"zebra", 6.0}}}};
    doorway::test::writeText(c.file("tone.json"), boost::json::serialize(tone));
    const Scorer highHold = Scorer::loadDirectory(c.path().string());
    const std::string maskedWarm = highHold.safetyBackstopText(warm);
    REQUIRE(highHold.tone("safety", maskedWarm).probability >= 0.55);
    REQUIRE(highHold.tone("disclosure", maskedWarm).probability >= 0.9);
    const ScoreResult r = highHold.score(warm);
    INFO(describe(r));
    REQUIRE(r.score >= int(std::ceil(highHold.bandFloor("invitation"))));
    CHECK(r.band == "invitation");
    CHECK_FALSE(findingOf(r, "safety_check"));

    // A message a rule already linked gets no second safety finding.
    const Scorer agree = withToyHeads(a, 0.55, 0.9);
    const std::string linked = "I'm scared of what happens when I say no to him. Zebra.";
    const ScoreResult plain = withToyHeads(b, 0, 0).score(linked);
    INFO(describe(plain));
    REQUIRE((plain.safety || findingOf(plain, "safety_check")));
    const ScoreResult both = agree.score(linked);
    INFO(describe(both));
    const auto safetyFindings = [](const ScoreResult& x) {
        int n = 0;
        for (const auto& f : x.findings) n += f.kind == "safety";
        return n;
    };
    CHECK(safetyFindings(both) == safetyFindings(plain));
    CHECK(both.safety == plain.safety);
}
