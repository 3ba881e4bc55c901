// Mechanisms meant to hold on wordings the corpus doesn't have: safety signs
// built from word classes (fear near what the partner does, harm, control,
// self-harm), texting spellings, formal and non-native asks, and role-play's
// scare-quote echoes, bare charges and negations inside a phrase. Every
// sentence here is written for these tests (none is in tests/corpus/).
#include <catch2/catch.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;
using doorway::test::sourcePath;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

constexpr auto& objection = doorway::test::shippedObjection;

using doorway::test::describe;

bool has(const ScoreResult& r, const std::string& rule) {
    for (const auto& f : r.findings)
        if (f.rule == rule) return true;
    return false;
}

}  // namespace

TEST_CASE("Safety signs reach the card in wordings no phrase lists", "[scorer][safety]") {
    for (const char* text : {
             "Every time you come in from the pub I'm terrified, and I keep the kids upstairs.",
             "When he loses his temper I end up shaking for hours afterwards.",
             "I'm nervous around my girlfriend when she's had a few drinks.",
             "She grabbed me by the hair last week and I haven't told anyone.",
             "He goes through my bag every evening and I have to explain the receipts.",
             "I don't dare mention my friends any more because he sulks for days.",
             "Some nights I wish I were dead, honestly.",
             "If you ever lay a hand on me again I don't know what I'll do, I'm so scared.",
             "u get so angry when ur drunk it scares me",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
        CHECK(r.band == "safety");
        CHECK(r.score < 65);
    }
}

TEST_CASE("A speaker's fear for the two of them is not a safety sign", "[scorer][safety]") {
    // The card errs toward showing, but fear of drifting apart, or of the
    // conversation itself, is the vulnerable opening the rehearsal wants.
    for (const char* text : {
             "I'm scared we're turning into strangers. Would you try one session with me?",
             "Honestly I'm nervous even typing this, but I love you and I'd like us to get some help.",
             "I know you're afraid it'll turn into a blame game. It won't; you'd pick who we see.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}

TEST_CASE("Texting spellings read as the words they stand for", "[scorer]") {
    ScoreResult r = scorer().score("wud u come w me to 1 session? pls say if not, thats ok");
    INFO(describe(r));
    CHECK(has(r, "invitation_question"));
    CHECK(has(r, "small_ask"));
    CHECK(has(r, "together_frame"));
}

TEST_CASE("Formal and non-native asks count as asks", "[scorer]") {
    for (const char* text : {
             "I wonder whether you might join me for a single appointment with a counsellor.",
             "I would be grateful if you would consider one session; should it not suit you, we need not return.",
             "Maybe we try one time with counsellor together, what you think?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(has(r, "invitation_question"));
        CHECK(r.score >= 65);
    }
    ScoreResult exit = scorer().score("Should it not suit you, we need not continue.");
    CHECK(has(exit, "agency"));
}

TEST_CASE("Role-play: their own words in scare quotes are a jab, their words reported are not", "[roleplay]") {
    FearCheck echo = checkAnswer(objection("think_about_it"), "Still 'thinking it over', are we?", &scorer());
    INFO(echo.feedback);
    CHECK_FALSE(echo.met);
    REQUIRE_FALSE(echo.jabs.empty());
    bool quoted = false;
    for (const auto& j : echo.jabs) quoted = quoted || j.rule == "echo_quotes";
    CHECK(quoted);

    FearCheck reported = checkAnswer(objection("whats_the_point"),
                                     "When you say \"what's the point\", I hear that you're tired. I don't think we're "
                                     "lost; I'd hope we could stop having the same fight.",
                                     &scorer());
    INFO(reported.feedback);
    for (const auto& j : reported.jabs) CHECK(j.rule != "echo_quotes");
}

TEST_CASE("Role-play: a skipped negation does not make a blame phrase", "[roleplay]") {
    // "you're wrong" is a blame phrase; "you're not wrong" is agreement.
    FearCheck c = checkAnswer(objection("were_fine"),
                              "You're not wrong that a lot is good. For me it's just felt lonely lately.", &scorer());
    INFO(c.feedback);
    for (const auto& j : c.jabs) CHECK(j.rule != "blame");
    CHECK(findConceptPhrase("you're not wrong", "you're wrong").first == -1);
    CHECK(findConceptPhrase("you're so wrong", "you're wrong").first == 0);
}

TEST_CASE("Role-play: a bare charge about them is the jab when nothing else is said", "[roleplay]") {
    FearCheck bare = checkAnswer(objection("no_time"), "You went fishing with Dave all of Saturday.", &scorer());
    INFO(bare.feedback);
    CHECK_FALSE(bare.met);
    REQUIRE_FALSE(bare.jabs.empty());
    CHECK(bare.feedback.find("\"" + bare.blame + "\"") != std::string::npos);
    // What they might do is an offer, not a charge.
    FearCheck offer = checkAnswer(objection("no_time"), "You could just come along the once and see.", &scorer());
    INFO(offer.feedback);
    CHECK(offer.jabs.empty());
}
