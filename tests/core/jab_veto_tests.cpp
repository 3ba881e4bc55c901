// The jab head's veto edge (tone.json heads.jab.veto_threshold): a jab a rule
// names on a few words of a role-play answer is let go when the jab head,
// reading the whole answer, is sure there is no dig. The words that start a
// charge ("you always", "for once", "you're the one who") start praise as
// often. A toy jab head makes the mechanism visible; the shipped one is held
// to kind answers written to sound sharp (tests/corpus/look40.tsv, its first
// half, read while the edge was built) and to the digs beside them.
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

// The shipped assets with a jab head of one word: "sensible" takes the head
// to p = 0.002, every answer without it reads p = 0.12 (under the head's own
// edge, 0.9, and over the veto edge, 0.05); `veto` 0 leaves the veto out.
Scorer withToyJab(const doorway::test::TempDir& dir, double veto) {
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    boost::json::object jab{
        {"bias", -2.0}, {"threshold", 0.9}, {"common_unigrams", false}, {"weights", {{"sensibl", -4.0}}}};
    if (veto > 0) jab["veto_threshold"] = veto;
    tone.as_object()["heads"].as_object()["jab"] = jab;
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    return Scorer::loadDirectory(dir.path().string());
}

}  // namespace

TEST_CASE("A rule's jab is let go where the jab head is sure the answer is kind", "[objections][tone]") {
    const Objection& o = doorway::test::shippedObjection("cant_afford");
    doorway::test::TempDir withVeto, without;
    const Scorer s = withToyJab(withVeto, 0.05), plain = withToyJab(without, 0);
    // It speaks to an idea (low-cost options): the veto reads only such answers.
    const std::string praise =
        "You're the one who keeps us sensible with money, and there's a place in town that charges by income.";

    const FearCheck before = checkAnswer(o, praise, &plain);
    INFO(before.feedback);
    REQUIRE(before.jabs.size() == 1);  // a rule names the charge's first words
    REQUIRE(before.jabs[0].rule != "jab_model");
    CHECK(before.letGo.empty());

    const FearCheck c = checkAnswer(o, praise, &s);
    INFO(c.feedback);
    CHECK(c.jabs.empty());
    CHECK(c.blame.empty());
    REQUIRE(c.letGo.size() == 1);  // set aside, not lost
    CHECK(c.letGo[0].rule == before.jabs[0].rule);
    CHECK(c.letGo[0].text == before.jabs[0].text);
    CHECK(c.feedback.find("may be heard as a jab") == std::string::npos);
    // --json shows what was let go, beside no blame.
    const boost::json::object j = fearCheckToJson(o, praise, c).as_object();
    CHECK(j.at("blame").as_array().empty());
    REQUIRE(j.contains("jabs_let_go"));
    CHECK(j.at("jabs_let_go").as_array().at(0).at("text").as_string() == c.letGo[0].text);
    CHECK_FALSE(fearCheckToJson(o, praise, before).as_object().contains("jabs_let_go"));
}

TEST_CASE("The veto lets no jab go where the head is not sure", "[objections][tone]") {
    const Objection& o = doorway::test::shippedObjection("cant_afford");
    doorway::test::TempDir dir;
    const Scorer s = withToyJab(dir, 0.05);
    // The same charge without the word the toy head reads as kind: p = 0.12.
    const std::string charge =
        "You're the one who keeps us careless with money, and there's a place in town that charges by income.";
    const FearCheck c = checkAnswer(o, charge, &s);
    INFO(c.feedback);
    CHECK_FALSE(c.met);
    REQUIRE_FALSE(c.jabs.empty());
    CHECK(c.letGo.empty());
}

TEST_CASE("The veto lets no jab go in an answer that speaks to no idea", "[objections][tone]") {
    // A short demand or charge has few words the head learned from answers,
    // and it can read one as kind: without an idea, the rules decide.
    const Objection& o = doorway::test::shippedObjection("cant_afford");
    doorway::test::TempDir dir;
    const Scorer s = withToyJab(dir, 0.05);
    const std::string bare = "You're the one who keeps us sensible with money, and I love that about you.";
    REQUIRE(s.tone("jab", bare).probability < 0.05);  // the head alone would let it go
    const FearCheck c = checkAnswer(o, bare, &s);
    INFO(c.feedback);
    CHECK_FALSE(c.jabs.empty());
    CHECK(c.letGo.empty());
}

TEST_CASE("A veto edge is read for the jab head only, and under its lower edges", "[objections][tone]") {
    const auto loadError = [](auto edit) { return doorway::test::toneLoadError(edit); };
    std::string e = loadError([](boost::json::object& h) { h["warmth"].as_object()["veto_threshold"] = 0.05; });
    CHECK(e.find("heads.warmth.veto_threshold") != std::string::npos);
    CHECK(e.find("jab head only") != std::string::npos);
    e = loadError([](boost::json::object& h) {
        auto& j = h["jab"].as_object();
        j["veto_threshold"] = 0.5;
        j["fail_threshold"] = 0.4;
    });
    CHECK(e.find("heads.jab.veto_threshold") != std::string::npos);
    CHECK(e.find("below fail_threshold") != std::string::npos);
    e = loadError([](boost::json::object& h) { h["jab"].as_object()["veto_threshold"] = 0.7; });
    CHECK(e.find("heads.jab.veto_threshold") != std::string::npos);  // past its range (0.5 at most)
    e = loadError([](boost::json::object& h) {
        auto& j = h["jab"].as_object();
        j.erase("fail_threshold");
        j["threshold"] = 0.3;
        j["veto_threshold"] = 0.4;
    });
    CHECK(e.find("heads.jab.veto_threshold") != std::string::npos);
    CHECK(e.find("below threshold") != std::string::npos);
    // The shipped head has one, far under its lower edge.
    const ToneHead* jab = doorway::test::shippedScorer().toneHead("jab");
    REQUIRE(jab);
    CHECK(jab->vetoThreshold > 0);
    CHECK(jab->vetoThreshold < 0.5 * jab->failThreshold);
}

TEST_CASE("Kind answers that sound sharp keep no jab, and the digs beside them keep theirs", "[objections][tone]") {
    using doorway::test::AnswerCase;
    // Each meets the fear; the rules alone name a jab in each and fail it;
    // the shipped check lets the jab go and passes it.
    const std::initializer_list<AnswerCase> kind = {
        {"whats_the_point",
         "You're the one who always says the car needs servicing before it breaks down, not after. "
         "I reckon we're the Corolla here: running fine, just due a check. One session, and if it "
         "feels pointless we stop."},
        {"cant_afford",
         "You're always the one who keeps us out of the red, and I trust you on it. There's a place in "
         "Bradford that charges by income, twenty quid a session. We try two, and if it isn't helping "
         "we stop paying."},
        {"your_side",
         "your family always ganged up on you growing up and i never want that for you we pick someone "
         "neutral together and if it ever feels like that we leave"},
    };
    for (const auto& [objection, answer] : kind) {
        const FearCheck rules =
            checkAnswer(doorway::test::shippedObjection(objection), answer, &doorway::test::rulesOnlyScorer());
        const FearCheck c = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(rules.jabs.empty());
        CHECK_FALSE(rules.met);
        CHECK(c.jabs.empty());
        CHECK_FALSE(c.letGo.empty());
        CHECK(c.met);
    }
    doorway::test::expectJabsNamed({
        {"whats_the_point",
         "Geoff, this isn't a sign we're finished, just a chance to talk properly, something "
         "you've never once managed on your own."},
        {"no_time",
         "Is only one hour and I drive. Less time than you spend with the Telegraph obituaries every "
         "morning."},
        {"cant_afford", "we'd only book 1, promise, n i'd pay. costs less than that shed u never use 🙃"},
        {"were_fine",
         "I don't think we're failing either, Don. But you didn't notice the boiler was off for a week, so "
         "I'm not sure fine means much coming from you."},
    });
}

TEST_CASE("What the veto costs: a dig the head reads as kind is let go", "[objections][tone]") {
    // Placed on dev to let go at most 0.5% of the digs a rule names there
    // that speak to an idea,
    // it lets a few go; this one, held unmet by the thirty-third pass, is
    // one of them: "you're the reason" after a kind way out. The rules
    // still name it, and the check keeps it aside, so a change that lets go
    // more (or names it again) is seen here.
    const std::string answer = "If it feels wrong we leave, but honestly you're the reason it won't work.";
    const Objection& o = doorway::test::shippedObjection("doesnt_work");
    const FearCheck rules = checkAnswer(o, answer, &doorway::test::rulesOnlyScorer());
    const FearCheck c = doorway::test::shippedCheck("doesnt_work", answer);
    INFO(c.feedback);
    CHECK_FALSE(rules.jabs.empty());
    CHECK_FALSE(rules.met);
    CHECK(c.jabs.empty());
    CHECK(c.letGo.size() == rules.jabs.size());
}
