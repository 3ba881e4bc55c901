// The jab head's fail edge (tone.json heads.jab.fail_threshold): a role-play
// answer that fails anyway, with no dig named, is read again with the head at
// its lower edge, and a dig found there is named; a pass is never taken away.
// A toy jab head makes the mechanism visible.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;

namespace {

// The shipped assets with a jab head of one word: "zebra" gives p = 0.73,
// between the fail edge (0.6) and the head's own (0.9); `fail` 0 leaves the
// fail edge out.
Scorer withToyJab(const doorway::test::TempDir& dir, double fail) {
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    boost::json::object jab{
        {"bias", -2.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"zebra", 3.0}}}};
    if (fail > 0) jab["fail_threshold"] = fail;
    tone.as_object()["heads"].as_object()["jab"] = jab;
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    return Scorer::loadDirectory(dir.path().string());
}

constexpr const char* kMet = "I don't think we're past saving. I'd like us to feel like a team again.";

}  // namespace

TEST_CASE("An answer that fails anyway has its dig named at the jab head's fail edge", "[objections][tone]") {
    const Objection& o = doorway::test::shippedObjection("whats_the_point");
    doorway::test::TempDir withEdge, without;
    const Scorer s = withToyJab(withEdge, 0.6), plain = withToyJab(without, 0);
    const std::string failing = "Zebra, maybe.";

    const FearCheck before = checkAnswer(o, failing, &plain);
    INFO(before.feedback);
    REQUIRE_FALSE(before.met);
    CHECK(before.jabs.empty());  // under the head's own edge

    const FearCheck c = checkAnswer(o, failing, &s);
    INFO(c.feedback);
    CHECK_FALSE(c.met);
    REQUIRE(c.jabs.size() == 1);
    CHECK(c.jabs[0].rule == "jab_model");
    CHECK(c.jabs[0].text.rfind("Zebra", 0) == 0);  // named by the words that carried it
    CHECK(c.blame == c.jabs[0].text);
    CHECK(c.feedback.find("\"" + c.blame + "\" may be heard as a jab") != std::string::npos);
}

TEST_CASE("The jab head's fail edge never takes a pass away", "[objections][tone]") {
    const Objection& o = doorway::test::shippedObjection("whats_the_point");
    doorway::test::TempDir dir, plainDir;
    const Scorer s = withToyJab(dir, 0.6), plain = withToyJab(plainDir, 0);
    const std::string answer = std::string(kMet) + " Zebra.";
    const ToneVerdict v = s.tone("jab", answer);
    REQUIRE(v.probability >= 0.6);  // at the fail edge the head would name words in it
    REQUIRE(v.start >= 0);
    REQUIRE(checkAnswer(o, answer, &plain).met);  // it passes without the fail edge
    const FearCheck c = checkAnswer(o, answer, &s);
    INFO(c.feedback);
    CHECK(c.met);
    CHECK(c.jabs.empty());
}

TEST_CASE("A fail edge is read for the jab head only, and never above its own edge", "[objections][tone]") {
    const auto loadError = [](auto edit) { return doorway::test::toneLoadError(edit); };
    std::string e = loadError([](boost::json::object& h) { h["safety"].as_object()["fail_threshold"] = 0.5; });
    CHECK(e.find("heads.safety.fail_threshold") != std::string::npos);
    CHECK(e.find("jab head only") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        auto& j = h["jab"].as_object();
        j["fail_threshold"] = j["threshold"].to_number<double>() + 0.01;
    });
    CHECK(e.find("heads.jab.fail_threshold") != std::string::npos);
    CHECK(e.find("above threshold") != std::string::npos);
    // The shipped head has one, under its own edge.
    const ToneHead* jab = doorway::test::shippedScorer().toneHead("jab");
    REQUIRE(jab);
    CHECK(jab->failThreshold >= 0.5);
    CHECK(jab->failThreshold < jab->threshold);
}
