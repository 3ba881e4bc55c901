// The fourth generalisation pass (issue 18, scorer5): a fear word is a safety
// sign only when what is feared is the partner or what the partner does, and
// the backstop sees who does what to whom. Every sentence here is written for
// these tests (none is in tests/corpus/, fresh4.tsv or fresh5.tsv).
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;
using doorway::test::describe;
using doorway::test::shippedTone;
using doorway::test::sourcePath;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

// Fear of an activity, a thing, a place or a mood, each once carded by the
// rules for its fear word alone. (Session 32 narrowed "I feel unsafe ..." and
// "I feel trapped in ..." to a place, the partner or a sentence that stops:
// two wordings here changed so the rules without anchors still card them.)
const std::vector<const char*> kLookAlikes = {
    "I don't feel safe on the icy pavement in the mornings, so could you walk the dog tonight?",
    "I was trembling before the exam results and you made me tea. Could we see someone to keep that closeness?",
    "I feel trapped, this flat is so tiny, and I'd love us to look for somewhere bigger together.",
    "I don't feel safe on that old ladder, so could we call a handyman?",
    "My hands shake before every presentation at work. Could you help me practise tonight?",
    "I don't feel safe bringing up the holidays because we both dig our heels in. Could a counsellor help?",
};

// Fear with the partner feared, carried on by "of", "when", "in case", or
// told after what the partner did.
const std::vector<const char*> kDisclosures = {
    "I'm frightened of him when he comes home from the pub.",
    "I feel unsafe in our flat when you start throwing things.",
    "I walk on eggshells around him in case he snaps.",
    "He yelled at me in the car, and now I'm too scared to speak.",
    "I'm nervous to disagree with you because of what happened last time.",
    "My hands shake when I hear his key in the lock.",
    "I'm frightened to raise it, honestly.",
    "I don't feel safe bringing up the holidays because he goes silent for days and then explodes.",
};

bool hasFeature(const std::vector<ToneFeature>& fs, const std::string& name) {
    for (const auto& f : fs)
        if (f.name == name) return true;
    return false;
}

// The shipped assets with the fear-anchor classes taken out of the lexicon:
// the rules as they were before the mechanism.
Scorer scorerWithoutAnchors(const doorway::test::TempDir& dir) {
    namespace fs = std::filesystem;
    for (const auto& e : fs::directory_iterator(sourcePath("assets/scoring")))
        fs::copy_file(e.path(), dir.path() / e.path().filename());
    const std::string lexPath = dir.file("lexicon.json");
    boost::json::value lex = boost::json::parse(doorway::test::readText(lexPath));
    auto& classes = lex.as_object()["classes"].as_object();
    for (const char* k :
         {"fear_word", "fear_anchor", "fear_reach", "fear_break", "fear_me", "fear_speaking", "fear_cause"}) {
        REQUIRE(classes.contains(k));
        classes.erase(k);
    }
    doorway::test::writeText(lexPath, boost::json::serialize(lex));
    return Scorer::loadDirectory(dir.path().string());
}

}  // namespace

TEST_CASE("A fear word about an activity, a thing or a mood gets no card", "[scorer][safety]") {
    for (const char* text : kLookAlikes) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
        CHECK(r.band != "safety");
    }
}

TEST_CASE("Fear of the partner still gets the card when the fear word needs its anchor", "[scorer][safety]") {
    for (const char* text : kDisclosures) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
        CHECK(r.score < 65);
    }
}

TEST_CASE("The look-alikes were carded only for want of the anchor: without it the rules card them",
          "[scorer][safety]") {
    doorway::test::TempDir dir;
    const Scorer bare = scorerWithoutAnchors(dir);
    for (const char* text : kLookAlikes) {
        ScoreResult r = bare.score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
    // Half the anchor classes are a broken lexicon, named as such.
    const std::string lexPath = dir.file("lexicon.json");
    boost::json::value lex = boost::json::parse(doorway::test::readText(lexPath));
    lex.as_object()["classes"].as_object()["fear_word"] = boost::json::array{"scared"};
    doorway::test::writeText(lexPath, boost::json::serialize(lex));
    CHECK_THROWS_WITH(Scorer::loadDirectory(dir.path().string()), Catch::Contains("fear_anchor"));
}

TEST_CASE("'Never let me' is control only with what the speaker is kept from doing", "[scorer][safety]") {
    for (const char* text : {
             "You never let me finish a joke, ha. Anyway, would you try one session with me?",
             "You won't let me pick the restaurant, you menace. Could we talk to someone about how we decide things?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
    for (const char* text : {
             "You won't let me visit my cousins any more.",
             "He won't let me drive the car on my own.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
}

TEST_CASE("tone: shapes of who does what to whom", "[scorer][tone]") {
    CHECK(hasFeature(shippedTone().features("He shoved me into the wardrobe."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("She won't let me see my friends."), "#partner_harm_me"));
    CHECK_FALSE(hasFeature(shippedTone().features("I shoved my bag into the wardrobe."), "#partner_harm_me"));
    // Something served after "me" is a kindness done; without it, still a shape.
    CHECK_FALSE(hasFeature(shippedTone().features("You made me tea when I was low."), "#partner_harm_me"));
    CHECK_FALSE(hasFeature(shippedTone().features("He kept me a plate of dinner."), "#partner_harm_me"));
    // So is what leaves the speaker better off, straight after "me" (session
    // 21: "You keep me going, honestly." had reached the gentle check).
    CHECK_FALSE(hasFeature(shippedTone().features("You keep me going, honestly."), "#partner_harm_me"));
    CHECK_FALSE(hasFeature(shippedTone().features("She makes me laugh every day."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("He won't let me sleep until I apologise."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("You keep me from going out."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("You made me quit my job."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("He kept me a prisoner at home."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("You made me drink until I was sick."), "#partner_harm_me"));
    CHECK(hasFeature(shippedTone().features("I'm scared of what he'll do."), "#fear_of_partner"));
    CHECK_FALSE(hasFeature(shippedTone().features("I'm scared of heights and he laughs."), "#fear_of_partner"));
    CHECK(hasFeature(shippedTone().features("She took my passport again."), "#control_object"));
    CHECK_FALSE(hasFeature(shippedTone().features("She took the bus again."), "#control_object"));
    // The shipped backstop weighs the shapes towards a disclosure.
    const ToneModel m = ToneModel::loadFile(sourcePath("assets/scoring/tone.json"));
    const ToneHead* h = m.head("safety");
    REQUIRE(h != nullptr);
    for (const char* f : {"#partner_harm_me", "#fear_of_partner"}) {
        INFO(f);
        REQUIRE(h->weights.count(f) == 1);
        CHECK(h->weights.at(f) > 0);
    }
}
