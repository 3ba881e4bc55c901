// The fifteenth generalisation pass (issue 18, session 15): a surveillance
// word that reaches the card also reaches ordinary tracking ("you tracked my
// parcel"), so the broad rule names what it isn't about; and a disclosure
// told as a wish that it not happen again ("I don't want a repeat of the door
// thing") is still told.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::expectCard;
using doorway::test::rulesOnlyScorer;
using namespace doorway;

TEST_CASE("Tracking a parcel is not being tracked", "[scorer]") {
    // The rules alone, so the fitted head can't hide a rule that misfires.
    expectCard({"You tracked my parcel better than the courier did. Would you try one session with me?",
                "He tracks my flights so he can pick me up. Could we see a counsellor about the arguments?"},
               false, rulesOnlyScorer());
    expectCard({"You tracked my phone for a month. Would you try one session with me?",
                "he checks me every night when i get in. can we see someone"},
               true, rulesOnlyScorer());
}

TEST_CASE("An incident named as a thing not to repeat is still told", "[scorer]") {
    expectCard({"can we talk later?? only if you're in a good mood, don't want a repeat of the door thing lol",
                "I've been home before you every day since the hallway thing. Would you try one session?"},
               true, rulesOnlyScorer());
    expectCard({"We finally fixed the door. Could we try one session before the next thing breaks?"}, false,
               rulesOnlyScorer());
}

TEST_CASE("A blame phrase said of us, or wished unsaid, is no jab in role-play", "[objections]") {
    struct Case {
        const char* objection;
        const char* answer;
        bool jab;
    };
    for (const Case& k : {
             Case{"fix_it_ourselves", "Asking for a hand isn't us losing. It's us being stubborn enough to keep going.",
                  false},
             Case{"fix_it_ourselves", "Honestly I think I was being stubborn too. Could we try one session?", false},
             Case{"your_side", "I don't want somebody to say you are wrong. You can choose the therapist.", false},
             // Said of them, or said outright, it stays a jab.
             Case{"fix_it_ourselves", "You're being stubborn about this. Could we try one session?", true},
             Case{"your_side", "You are wrong about that. You can choose the therapist.", true},
         }) {
        const FearCheck c =
            checkAnswer(doorway::test::shippedObjection(k.objection), k.answer, &doorway::test::shippedScorer());
        INFO(k.answer << "\n" << c.feedback);
        CHECK(c.jabs.empty() == !k.jab);
    }
}

TEST_CASE("A burden lifted ('you don't have to') is no demand, but a control no longer needed is still told",
          "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    const char* lifted = "You don't have to find the time, I'll arrange everything. Would you come once?";
    INFO(doorway::test::describe(s.score(lifted)));
    CHECK_FALSE(doorway::test::findingOf(s.score(lifted), "demand"));
    // "You don't find the time" is the charge itself.
    CHECK(doorway::test::findingOf(rulesOnlyScorer().score("You don't find the time for us. Ever."), "demand"));
    expectCard(
        {"i'd love us to try a counselor, maybe it would help you not need to count the minutes i'm at the shop"}, true,
        rulesOnlyScorer());
}

TEST_CASE("A mention inside an 'if' or 'when' clause ends with that clause", "[scorer]") {
    // What they think is reported; the question after the comma is said.
    const char* text = "If you think there's no point, why are you still here?";
    INFO(doorway::test::describe(rulesOnlyScorer().score(text)));
    CHECK(doorway::test::findingOf(rulesOnlyScorer().score(text), "contempt"));
    // A frame that opens no such clause reaches the end of its sentence.
    const char* reported = "Do you feel like I'm asking why are you still here?";
    INFO(doorway::test::describe(rulesOnlyScorer().score(reported)));
    CHECK_FALSE(doorway::test::findingOf(rulesOnlyScorer().score(reported), "contempt"));
    // Two frames in one sentence mark their own spans, not all between them.
    const char* both = "If you think there's no point, why are you still here, and do you feel like I'm asking?";
    INFO(doorway::test::describe(rulesOnlyScorer().score(both)));
    CHECK(doorway::test::findingOf(rulesOnlyScorer().score(both), "contempt"));
}
