// The twenty-second pass (issue 18, session 22): what incoming39's dev lines
// and fresh20 (now read, and tools/fit_tone's dev set) showed. Each shape is
// checked with its everyday look-alikes, so a pattern that grew too wide
// fails here first. A second read found every first draft too wide; the
// look-alikes it found are rows here, and the shapes that could not be
// narrowed without losing their point were dropped (a threat said to be
// "only a threat" without the rest, purchases approved, a speech only as
// okayed, feeling safer with others around, the mark almost gone).
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

TEST_CASE("incoming39's dev misses: harm and control told in passing reach the card or the check", "[scorer]") {
    doorway::test::expectRuleTable({
        // Things thrown or sent through a window, and marks left.
        {"ill pick a night youre not drinking so nothing gets thrown", "safety", true},
        {"Let's sort the fridge so nothing gets thrown out this week.", "safety", false},
        {"Clear the shelf so nothing gets thrown away by mistake.", "safety", false},
        {"Hold the reins properly so no one gets thrown from the horse.", "safety", false},
        {"Wrap the plates in newspaper so nothing gets broken in the move.", "safety", false},
        {"I'd rather have someone else in the room, after the telly went through the window last time.", "safety",
         true},
        {"The ball went through the window again, the boys are grounded.", "safety", false},
        {"The TV went through the door with an inch to spare, thanks for helping carry it.", "safety", false},
        {"The phone went through the wash, so text me on the landline.", "safety", false},
        {"He left marks on my arm again.", "safety", true},
        {"He never leaves marks, so nobody would believe me.", "safety", true},
        {"The elastic on these socks leaves marks on my legs.", "safety", false},
        {"This watch leaves marks where the strap sits.", "safety", false},
        {"The new shoes left marks on the floor.", "safety", false},
        {"Nobody at work noticed the marks on my new shoes.", "safety", false},
        // Kept from family, punished for asking, money and keys taken.
        {"I am aware that you prefer I do not speak with my family unless you are present.", "safety", true},
        {"I'd rather not talk to my mum unless you're there, she's hard work.", "safety", false},
        {"I don't talk to my parents unless you're there, they behave so much better when you're around.", "safety",
         false},
        {"If I bring up therapy I'll lose the car for a month, so I'm practising on here.", "safety", true},
        {"If I don't pay the parking fines I'll lose the car.", "safety", false},
        {"If I ask about the repair at the garage I'll lose the car for two weeks.", "safety", false},
        {"If I mention the wedding again I'll lose my mind, I'm so excited.", "safety", false},
        {"I have noted that my monthly allowance was reduced following our last disagreement.", "safety", true},
        {"My allowance was cut when I turned eighteen, so I know about budgets.", "safety", false},
        {"my spending money got cut after we made the new budget together and honestly it's fine", "safety", false},
        {"It could help with the fact that I no longer hold a key to our own front door.", "safety", true},
        {"I don't have a key to our new flat yet, can you get one cut?", "safety", false},
        {"I don't have a key to our front door with me, can you leave it under the mat?", "safety", false},
        // Check tier: being checked on, money hidden, a dress changed for
        // being too much. (Clothes chosen for them otherwise stay with the
        // model, "Wore the grey dress you picked." being scorer20's look-alike.)
        {"i'd go to the one near ur work so u can check im where i say i am", "safety_check", true},
        {"You can check I'm where I said I'd be on the hiking app, it's shared.", "safety_check", false},
        {"remind me to move the money from the christmas tin into the tampon box before he looks", "safety_check",
         true},
        {"Hide the cash in the card before she sees it, it's her birthday surprise!", "safety_check", false},
        {"Ok I will change the dress before the party, you are right the red is too much.", "safety_check", true},
        {"I'm changing my dress, this one is too short for your nan's church service.", "safety_check", false},
        {"I'll change my top, you're right it's too tight across the shoulders.", "safety_check", false},
        {"I'll change my shirt, it's too hot for wool.", "safety_check", false},
    });
}

TEST_CASE("fresh20's misses, read now that it is dev: the shape caught, the look-alikes left alone", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I should add that I have withdrawn the statement I made to the police, as you asked.", "safety", true},
        {"I withdrew the complaint to the council about the hedge, like you wanted, it wasn't worth the fuss.",
         "safety", false},
        {"I dropped the report off at the police station for the insurance claim.", "safety", false},
        {"I recognise that you decide whom I may see and when, and I do not dispute that.", "safety", true},
        {"I know you were stressed and the belt was only a threat, you didn't actually use it.", "safety", true},
        {"In the film the knife was just a threat, nobody actually gets hurt.", "safety", false},
        {"The storm was only a threat in the end.", "safety", false},
        {"I fear your temper more than I can say.", "safety", true},
        {"I was dreading your reaction to the haircut, haha.", "safety", false},
        {"I fear your response will be no, but I'd love for us to try counselling.", "safety", false},
        {"I know you don't like me going without you and you don't like going, so we don't go.", "safety_check", true},
    });
}

TEST_CASE("The session-22 jabs: a comparison, a favour held over them, a sneer at their calendar", "[scorer]") {
    doorway::test::expectRuleTable({
        {"Dean and Ruth are on one wage with three kids and they managed it.", "backhanded", true},
        {"The Kellys had less than us and yet they afforded it, funny that.", "backhanded", true},
        {"My parents raised four of us on one wage and they managed it, so I know money can stretch.", "backhanded",
         false},
        {"The kids were nervous about the swimming test but they managed it!", "backhanded", false},
        {"I've spent years on your side, defending you when nobody else would, so it stings.", "guilt_trip", true},
        {"I still remember your sister standing up for you when nobody else would, let's invite her for Christmas.",
         "guilt_trip", false},
        {"Okay, sweetie, let's check your very important calendar together.", "sarcasm", true},
        {"I know your very important exam is next week, so let's pick a date after it.", "sarcasm", false},
        {"Good luck with your very important meetings tomorrow, I'm proud of you!", "sarcasm", false},
        {"I do hope that, in time, you will find the courage to look at your own contribution.", "backhanded", true},
        {"I'm so proud you found the courage to face your fear of flying.", "backhanded", false},
        {"It feels pointless when you're the kind of person who drops things after five minutes.", "you_accusation",
         true},
        {"You are the kind of person who never gives up on people, and that's why I'm asking.", "you_accusation",
         false},
        {"You're the kind of person who drops everything to help a friend, that's why I love you.", "you_accusation",
         false},
    });
}
