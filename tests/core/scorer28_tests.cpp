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

TEST_CASE(
    "Closing arguments that stopped persuading, a highlight of nobody's week and a forgotten anniversary are named",
    "[objections]") {
    using doorway::test::expectJabsNamed;
    // incoming60-63's dev answers, then the second read's extra positives.
    expectJabsNamed({
        {"whats_the_point",
         "I love you, and I'd really like to try this with you. The point, counselor, is that your closing arguments "
         "at dinner stopped persuading me a while ago."},
        {"stranger",
         "I hear you, darling, and I love how fiercely you protect us. Don't worry, she's seen far juicier couples "
         "than us; you won't be the highlight of her week."},
        {"think_about_it", "Grand, I'll set you a reminder, seeing as you forgot our anniversary."},
        {"were_fine", "Your puppy eyes stopped working on me years ago."},
        {"stranger", "Honestly, you won't be the highlight of anyone's week."},
        {"think_about_it", "Take your time, seeing as you never remember my birthday anyway."},
    });
    // The second read's kind twins: praise that never stops, reassurance
    // about the counsellor, a missed call or a birthday missed in hospital.
    expectJabsNamed(
        {
            {"whats_the_point", "Your kindness has never stopped impressing me, and I think we deserve some help."},
            {"stranger", "You won't be the highlight of her week, so relax, it's just a chat."},
            {"think_about_it", "Since you missed our call, I'll ring you tonight. Love you."},
            {"think_about_it",
             "Since you missed my birthday while you were in hospital, let's celebrate together once you're home."},
        },
        false);
}

TEST_CASE("Sitting in the car till it blows over, a husband who won't talk and 'tell the barber but not me' are named",
          "[objections]") {
    using doorway::test::expectJabsNamed;
    expectJabsNamed({
        {"make_it_worse",
         "I understand, love, and we'll go gentle, I promise, and anyway there's no danger of a row getting out of "
         "hand, you'd only go and sit in the car with the radio on till it blew over."},
        {"fix_it_ourselves",
         "Maybe we can, and I'd love for us to. I'm just not sure YouTube has a tutorial for a husband who won't "
         "talk. Want to try one session together?"},
        {"stranger", "You'll tell the guy at the bait shop about your prostate but not this? Please."},
        {"fix_it_ourselves", "No point, you'd only go and hide in the shed till I gave up."},
        {"stranger", "You'd tell your barber about your bowels but not me."},
    });
    // Kind twins: a break allowed, a quiet man loved, time to be ready.
    expectJabsNamed(
        {
            {"make_it_worse",
             "If it got too much, you'd just go and sit in the car for a bit, and that's completely okay, I'd wait "
             "for you."},
            {"stranger", "I fell in love with a man who doesn't talk much, and I still love that quiet about you."},
            {"stranger", "She's great with a husband who doesn't talk, she'll let you go at your own pace."},
            {"stranger", "You will talk to her about work stress first, but not about us until you're ready."},
        },
        false);
}
