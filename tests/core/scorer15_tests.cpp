// The fifteenth generalisation pass (issue 18, session 15): a surveillance
// word that reaches the card also reaches ordinary tracking ("you tracked my
// parcel"), so the broad rule names what it isn't about; and a disclosure
// told as a wish that it not happen again ("I don't want a repeat of the door
// thing") is still told.
#include <catch2/catch.hpp>

#include "core/scorer.hpp"
#include "scoring_support.hpp"

using doorway::test::expectCard;
using doorway::test::rulesOnlyScorer;

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
