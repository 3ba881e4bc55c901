// The twenty-third pass (issue 18, session 23): what the dev lines showed
// once the jab, blame, warmth and met heads were fitted with Naive Bayes
// scaling (tools/fit_tone's nbMix). Each shape is checked with its everyday
// look-alikes, so a pattern that grew too wide fails here first.
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

TEST_CASE("Asking the partner before talking to people earns the gentle check, not asking about their family",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure the old warmth head's hold kept under the
        // invitation band by luck; the new one lifted it to 87.
        {"i always ask you before i talk to the neighbours now so there is no trouble and it works but i was "
         "thinking we could see a therapist together if you are open to that",
         "safety_check", true},
        {"I now ask him before I see my friends.", "safety_check", true},
        {"i always ask u before i text my mum now", "safety_check", true},
        // Their family, or something to book: courtesy, not permission.
        {"I always ask you before I call your mother about Christmas.", "safety_check", false},
        {"I always ask you before I talk to your family about money, and I'd like that to go both ways.",
         "safety_check", false},
        {"I always ask you before I book anything for the kids.", "safety_check", false},
        {"We always ask each other before we see friends.", "safety_check", false},
    });
}
