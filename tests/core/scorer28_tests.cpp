// The twenty-eighth pass (issue 18, session 28). First, older patterns that
// session 27's reviewers found too wide, each narrowed with the everyday
// look-alike beside a disclosure it must still catch. Every narrowing was
// checked to leave train and dev as they read before.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

TEST_CASE("A photo sent every hour and a 3 am going-over are told, an expenses photo and a 6 am briefing are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"i have to send you a photo of where i am every hour or you lose it", "safety", true},
        {"I have to send her a photo of wherever I am every hour when I'm out.", "safety", true},
        {"I have to send him my location before I leave work.", "safety", true},
        {"I have to send you a photo of the receipt for my expenses claim, can we go to one session?", "safety", false},
        {"I need to send you a picture of the boiler's pressure gauge for the plumber.", "safety", false},
        {"honey when you wake me up at 3 to go over it again im so tired at work", "safety", true},
        {"you wake me in the middle of the night to go over my texts", "safety", true},
        {"you started waking me at night to go over the bills again", "safety", true},
        {"You woke me at 6 to go over the flight plan, fine. Can we try a session?", "safety", false},
        {"The kids woke me early on Saturday to go over their Christmas lists.", "safety", false},
    });
}

TEST_CASE(
    "Checking my phone or bag is told, checks on a car, a smoke alarm, a grandmother or receipts asked for are not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"he checks my phone every night", "safety", true},
        {"you go through my bag when I'm in the shower", "safety", true},
        {"He checks all my receipts when I get home.", "safety", true},
        {"you check all my texts every night before bed, can we see someone", "safety", true},
        {"You ran the safety checks on my car before the trip, thank you. Could we try one session?", "safety", false},
        {"you checked my smoke alarms and the boiler, you're a star. can we try counselling?", "safety", false},
        {"he checks on my nan every sunday which is lovely, would you try a session", "safety", false},
        {"Could you check all my receipts for the tax return this weekend?", "safety", false},
        {"You checked my blood sugar every hour when I was ill, thank you.", "safety", false},
    });
}

TEST_CASE("'Funny.' alone and arms folded in a session are contempt, 'funny, I was thinking' and arms allowed are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Funny. You never have time for us.", "contempt", true},
        {"Convenient. You always find time for golf.", "contempt", true},
        {"It doesn't work when you sit there with your arms folded saying nothing, no.", "contempt", true},
        {"Funny, I was thinking the same. Shall we try a session together?", "contempt", false},
        {"Interesting, you know, I'd like us to try a session.", "contempt", false},
        {"You can sit there with your arms crossed the whole time if you like, I just want you there.", "contempt",
         false},
    });
}
