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
        {"I'll be home by 8 so you don't have to come looking for me again.", "safety_check", true},
        {"I'll be back by six so you don't have to come looking for me in the garden centre, ha.", "safety_check",
         false},
        {"Meet me by the stage so you don't have to come looking for me again like last year.", "safety_check", false},
        {"Split it: you can pay so you can see exactly what it cost, then I'll send you half.", "safety_check", false},
        {"I won't call my mum during dinner if it annoys you that much, I'll call after.", "safety_check", false},
        {"OK I'll stop seeing my sister any more if it bothers you that much.", "safety_check", true},
        {"ok i won't go to book club if it bothers u that much. i miss my friends tho.", "safety_check", true},
        {"I won't go to the gym tonight if it bothers you that much, let's have dinner instead.", "safety_check",
         false},
        {"you'd be there the whole time so you'd know exactly who I'm talking to, which I know matters to you",
         "safety_check", true},
        {"I'll put you on speaker so you'd know exactly who I'm talking to at the bank.", "safety_check", false},
        {"Bring the name tags so you'll know exactly who I'm talking to at the party.", "safety_check", false},
        {"I added names to the group chat so you'd know exactly who I'm talking to.", "safety_check", false},
        {"(I know, I was ten minutes late, the 42 broke down, I did screenshot the app for you)", "safety_check", true},
        {"The train's running late so I screenshotted the times for you, in case you want to meet there.",
         "safety_check", false},
        {"I was late for the film so I screenshotted the listings for you to pick another.", "safety_check", false},
        {"Sorry I was so late, I took a screenshot of the train app for you, the delay was crazy.", "safety_check",
         false},
        // An older card pattern took any photo "of the": now who, where or what.
        {"i'll send you a photo of the group so you know who's coming on the trip", "safety", false},
        {"Sending you photos of where we're staying, it's gorgeous.", "safety", false},
        {"I have to keep sending him photos of the people I'm with.", "safety", true},
        // And a photo "of where I am" needs it too, or a habit: a kind
        // arrival photo no longer brings the card (the head may still ask).
        {"I'll send you a photo of where I am when I land!", "safety", false},
        {"Here's a selfie of where I was this morning, the sunrise!", "safety", false},
        {"sorry sorry i forgot to send the pic of where i am. at tesco. here it is", "safety", true},
        {"i promise ill come straight home after like you want and send you a photo of where i am", "safety", true},
        {"i send you a pic of where i am every hour", "safety", true},
        {"he won't let me go to the Co-op without sending him a photo of the queue", "safety", true},
        // A prediction of failure, a comparison with an ex, a charge, a
        // challenge, a threat about what the therapist will hear.
        {"I'm not expecting you to last past one session, but humour me.", "backhanded", true},
        {"I'm not expecting you to last more than an hour on that train without snacks.", "backhanded", false},
        {"I never expected you to last beyond the first date and here we are ten years later, love you.", "backhanded",
         false},
        {"like it did with my ex and you have the same way of not seeing it", "contempt", true},
        {"You've got the same way of not noticing the time as me, we're both always late haha.", "contempt", false},
        {"You have the same way of not taking compliments as your dad, it's sweet.", "contempt", false},
        {"For you everything is always fine. I only ask for one hour each week.", "you_accusation", true},
        {"For you it is always fine to ask me anything, love.", "you_accusation", false},
        {"Whatever you choose for dinner tonight: for you it's always great, so pick what you like.", "you_accusation",
         false},
        {"Okay, so what's your plan, then? I'm all ears.", "sarcasm", true},
        {"What's your plan, then? I'd love to hear it.", "sarcasm", false},
        {"So what's your plan then for Saturday?", "sarcasm", false},
        {"Sounds like the train's cancelled. So what's your plan then?", "sarcasm", false},
        {"So what's your brilliant plan then?", "sarcasm", true},
        {"If you decline, I shall go alone, and the therapist will naturally only hear my account.", "ultimatum", true},
        {"The therapist will only hear my side if I go alone, which is why I'd love you there.", "ultimatum", false},
        {"The insurers will of course hear my account first, then yours.", "ultimatum", false},
    });
}

// A trait of theirs named as the cause (lexicon class trait_noun): "with your
// temper", "comes from your temper", "your workaholic streak", "it's mostly
// your hours that have put this distance". Seen in incoming38's train lines,
// where warm answers tucked it into a reason.
TEST_CASE("A trait of theirs named as the cause is a charge, and their trait named with care is not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"a lot of what goes on between us does come from your temper, so it'd make sense for you to be there",
         "you_accusation", true},
        // (Given up after a second read: "with" and "given" before a trait, and
        // a streak that may be loved, fired on kind messages.)
        {"I know with your workaholic streak everything feels urgent all the time.", "you_accusation", false},
        {"I love your competitive streak when we play board games with the kids.", "you_accusation", false},
        {"Your selfish streak is why we're here.", "you_accusation", true},
        {"Good luck with your anger management course today, I'm proud of you.", "you_accusation", false},
        {"I'm so proud of how you're doing with your drinking, one month sober!", "you_accusation", false},
        {"Given your mood swings since the new medication, I'd love to come with you to the doctor.", "you_accusation",
         false},
        {"It's your hard work that has put us in a good place with the mortgage.", "you_accusation", false},
        {"I know it stems from your anger at your dad, not at me, and I'm here.", "you_accusation", false},
        {"Because of your temper we can't talk about anything.", "you_accusation", true},
        {"Given that it's mostly your hours that have put this distance between us, I'd hope you'd make room.",
         "you_accusation", true},
        {"with your temper fair enough it might get loud but theyre trained for that", "you_accusation", false},
        {"I'm worried about your drinking and I love you, would you come with me to talk to someone?", "you_accusation",
         false},
        {"With your shifts, evenings are hard, so could we try a Sunday session?", "you_accusation", false},
        {"Given your hours, could we look for someone online?", "you_accusation", false},
        {"Thanks to your patience we got through last winter.", "you_accusation", false},
        {"It's your kindness that has made this year bearable.", "you_accusation", false},
        {"It's mostly my own pride that has put distance between us, I think.", "you_accusation", false},
        {"I think some of this comes from your dad's drinking, and it isn't your fault.", "you_accusation", false},
        {"I know your pride matters to you, and nobody would tell you what to do.", "you_accusation", false},
    });
}
