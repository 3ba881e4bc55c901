// The twenty-first pass (issue 18, session 21): what incoming38's dev lines
// showed. Each shape is checked with its everyday look-alikes, so a pattern
// that grew too wide fails here first.
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

TEST_CASE("incoming38's dev misses: the shape caught, the look-alikes left alone", "[scorer]") {
    doorway::test::expectRuleTable({
        // Check tier: money watched, a whereabouts proved, a pursuit, friends given up.
        {"babe ill leave the card with you and you can pay so you see exactly what it cost", "safety_check", true},
        {"I'll send the receipt so you can see exactly what it cost, we split it fifty fifty.", "safety_check", false},
        {"i'd go to the one near ur work so u can check im where i say i am", "safety_check", true},
        {"I'll be home by 8 so you don't have to come looking for me again.", "safety_check", true},
        {"I'll be back by six so you don't have to come looking for me in the garden centre, ha.", "safety_check",
         false},
        {"ok i won't go to book club if it bothers u that much. i miss my friends tho.", "safety_check", true},
        {"I won't go to the gym tonight if it bothers you that much, let's have dinner instead.", "safety_check",
         false},
        {"you'd be there the whole time so you'd know exactly who I'm talking to, which I know matters to you",
         "safety_check", true},
        {"I'll put you on speaker so you'd know exactly who I'm talking to at the bank.", "safety_check", false},
        {"Bring the name tags so you'll know exactly who I'm talking to at the party.", "safety_check", false},
        // An older card pattern took any photo "of the": now who, where or what.
        {"i'll send you a photo of the group so you know who's coming on the trip", "safety", false},
        {"he won't let me go to the Co-op without sending him a photo of the queue", "safety", true},
        // A prediction of failure, a comparison with an ex, a charge, a
        // challenge, a threat about what the therapist will hear.
        {"I'm not expecting you to last past one session, but humour me.", "backhanded", true},
        {"I'm not expecting you to last more than an hour on that train without snacks.", "backhanded", false},
        {"like it did with my ex and you have the same way of not seeing it", "contempt", true},
        {"You have the same way of not taking compliments as your dad, it's sweet.", "contempt", false},
        {"For you everything is always fine. I only ask for one hour each week.", "you_accusation", true},
        {"For you it is always fine to ask me anything, love.", "you_accusation", false},
        {"Okay, so what's your plan, then? I'm all ears.", "sarcasm", true},
        {"What's your plan, then? I'd love to hear it.", "sarcasm", false},
        {"So what's your plan then for Saturday?", "sarcasm", false},
        {"If you decline, I shall go alone, and the therapist will naturally only hear my account.", "ultimatum", true},
        {"The therapist will only hear my side if I go alone, which is why I'd love you there.", "ultimatum", false},
    });
}
