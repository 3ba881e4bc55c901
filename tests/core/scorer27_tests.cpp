// The twenty-seventh pass (issue 18, session 27): what incoming51 to
// incoming53's dev lines showed. Each shape is checked with the everyday
// look-alikes a second read found, so a pattern that grew too wide fails
// here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

using doorway::FearCheck;

TEST_CASE("Never knowing which version of them will come home is told, which doctor or bus one gets is not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure that scored 92 as an invitation.
        {"I waited till you'd had your tea and a good day at the allotment to ask, because I never know which Geoff "
         "I'll get if I pick the wrong moment.",
         "safety", true},
        {"I never know which version of you I'll get when I come home.", "safety", true},
        {"I never know which you I'll get after the pub.", "safety", true},
        // The second read's: family on the phone, a parent after a stroke, a doctor, a bus, a flavour.
        {"When I call your parents I never know which one of you I'll get on the phone.", "safety", false},
        {"Since the stroke, I never know which him I'll get when I visit Dad.", "safety", false},
        {"I never know which doctor I'll get if I ask at reception for an early slot.", "safety", false},
        {"I never know which flavour I'll get if I pick the mystery box.", "safety", false},
        {"I never know which bus I'll get if I get there late.", "safety", false},
    });
}

TEST_CASE("A doorway stood in 'meaning nothing by it' and arguing near the good mugs are told, the movers are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures: 60 with no card, and 34 with none.
        {"I know you didn't mean anything by standing in the doorway the other night, you were just tired and "
         "wanted me to hear you out.",
         "safety", true},
        {"haha note to self never disagree w u near the good mugs again 😂☕ anyway found a therapist w evening "
         "slots, u in?",
         "safety", true},
        {"I've learned not to argue with you near the good plates.", "safety", true},
        // The second read's: the speaker, the kids, a mother-in-law, movers, laundry; a grandmother's china.
        {"Sorry, I meant nothing by standing in the doorway, I was just waiting for the taxi.", "safety", false},
        {"I know the kids meant nothing by blocking the hallway with their bikes.", "safety", false},
        {"I'm sure your mum meant nothing by standing at the front door when we left.", "safety", false},
        {"The movers meant nothing by blocking the front door for an hour.", "safety", false},
        {"I know you didn't mean anything by blocking the stairs with the laundry basket.", "safety", false},
        {"We should not argue with him near the good china, Grandma would be mortified.", "safety", false},
    });
}

TEST_CASE(
    "Appointments cleared first and a book club now allowed earn the gentle check, a run or a sketchbook does not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures: 80 and 64 as invitations.
        {"Permission to ask something big? 🙏 You said I have to clear any appointments with you first, so I'm "
         "clearing this one: couples counseling, once, you pick the day.",
         "safety_check", true},
        {"I appreciate that you now allow me to attend my book club on alternate Wednesdays, and I hope a similar "
         "spirit of compromise might extend to this.",
         "safety_check", true},
        {"You said I need to run everything past you first.", "safety_check", true},
        {"I'm glad you finally let me see my friends again.", "safety_check", true},
        // The second read's: a morning run, dinner, the numbers, a goalkeeper; a sketchbook, cake, a knife, a league.
        {"You said I should run with you first thing tomorrow, so set an alarm.", "safety_check", false},
        {"You said I should get dinner with you first, then the cinema.", "safety_check", false},
        {"You said I must get past you first, lol, okay goalkeeper.", "safety_check", false},
        {"I love that you finally let me see your sketchbook.", "safety_check", false},
        {"You finally let me have the last slice, I'm honoured.", "safety_check", false},
        {"So you now let me use the good knife? Progress.", "safety_check", false},
        {"You finally let me join your fantasy league, thank you.", "safety_check", false},
    });
}

TEST_CASE("Explaining it slowly, the flaw in every plan and 'seen worse than you' are named, their kind twins are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Okay, let me walk you through it slowly. Insurance covers part. We pay the rest.", "contempt", true},
        {"Let me spell it out in small words.", "contempt", true},
        {"I do admire how reliably you find the flaw in every proposal before it has been tried.", "you_accusation",
         true},
        {"You always find problems in everything.", "you_accusation", true},
        {"babe i promise they've seen way worse than u", "backhanded", true},
        {"I've dealt with way worse than you.", "backhanded", true},
        // The second read's: pace offered, a way out, a compliment, reassurance about what a counsellor hears.
        {"Let me walk you through it slowly so I don't rush you, and you can stop me any time.", "contempt", false},
        {"Let me go through the budget slowly with you tonight, I know it's been stressful.", "contempt", false},
        {"Can you let me explain this slowly? I get nervous and rush.", "contempt", false},
        {"If you find a problem in any of this, just tell me and we'll change it.", "you_accusation", false},
        {"When you find a fault in each other's ideas, the counsellor can help.", "you_accusation", false},
        {"Honestly, a counsellor has heard far worse than you'd think, and it's all confidential.", "backhanded",
         false},
        {"They've seen much worse than you and me, and nothing leaves the room.", "backhanded", false},
        {"They've heard way worse than you're picturing, I promise.", "backhanded", false},
    });
}

TEST_CASE("A therapist working out their part and years spent avoiding it are charges, a fee split and empathy are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"I'm sure the therapist will figure out your part pretty quickly from what I tell them.", "you_accusation",
         true},
        {"It is difficult to make worse something you have spent years refusing to look at.", "you_accusation", true},
        {"The damage is already done; you simply prefer not to see it.", "you_accusation", true},
        {"No, that's alright, I'm used to doing the emotional heavy lifting for both of us.", "guilt_trip", true},
        {"I'm used to doing all the emotional work in this relationship.", "guilt_trip", true},
        // The second read's.
        {"We'll work out your share of the session fee so it's fair.", "you_accusation", false},
        {"I know you'll figure out your part in all this, and I'll figure out mine.", "you_accusation", false},
        {"I know you spent years avoiding this stuff because it hurt, so we can go as slowly as you need.",
         "you_accusation", false},
        {"You spent years ignoring your own needs for everyone else, and you deserve support too.", "you_accusation",
         false},
        {"If you prefer not to deal with it this week, we can book for next month instead.", "you_accusation", false},
        {"I'm used to doing all the planning, so I'll find a slot that fits your shifts.", "guilt_trip", false},
        {"I'm used to doing the heavy lifting at work, so a session won't scare me.", "guilt_trip", false},
    });
}

TEST_CASE("A whole fifty minutes, 'odd, it worked for Dave' and therapy-or-divorce are named, a month's trial is not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"I hear u babe and ok, u would know, u gave it a whole 50 minutes that one time", "sarcasm", true},
        {"you gave it a whole one session", "sarcasm", true},
        {"Odd, it seemed to work for Dave from your office.", "sarcasm", true},
        {"Funny that works for you.", "sarcasm", true},
        {"Therapist now or divorce lawyer later, whichever you think is cheaper.", "ultimatum", true},
        {"Counselling this month or a lawyer, your choice.", "ultimatum", true},
        // The second read's.
        {"Let's give it a whole month, and if it doesn't help, we stop.", "sarcasm", false},
        {"We gave it a whole year last time and it did help.", "sarcasm", false},
        {"I tried counselling a whole decade ago and it really helped me.", "sarcasm", false},
        {"Weird, therapy seems to work for so many couples we know. Would you try one session with me?", "sarcasm",
         false},
        {"Strange it worked for me, I was so scared at first.", "sarcasm", false},
        {"Weird, that works for your schedule too? Perfect, Thursday evening it is.", "sarcasm", false},
        {"Whether it is therapy now or mediation later, I want us to handle this kindly.", "ultimatum", false},
        {"For my parents it was counselling this year or divorce, and they chose counselling.", "ultimatum", false},
        {"I do not see it as therapy now or divorce. I just miss you.", "ultimatum", false},
    });
}
