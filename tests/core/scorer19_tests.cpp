// The nineteenth pass (issue 18, session 19): what fresh18's errors showed
// once it became dev. Each shape is checked with its everyday look-alikes,
// so a pattern that grew too wide fails here before it fails on text no one
// has seen.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::describe;
using doorway::test::findingOf;
using namespace doorway;

TEST_CASE("Session 19's patterns catch their shape and leave the look-alikes alone", "[scorer]") {
    doorway::test::expectRuleTable({
        // "you wish" is a sneer on its own, not in a polite "as you wish".
        {"You wish.", "contempt", true},
        {"You would be free to say as little as you wish.", "contempt", false},
        {"Should you wish to talk it over later, I shall be glad to.", "contempt", false},
        {"Come whenever you wish, the door's open.", "contempt", false},
        // "you will agree" is an order, but not after a hope.
        {"You will come, and that's the end of it.", "demand", true},
        {"I do hope very much that you will agree.", "demand", false},
        {"If you will come with me once, I'd be so glad.", "demand", false},
        // From incoming33's dev lines: a friend made the price, children told
        // to report, and the tucked jabs of a kind-sounding answer.
        {"It's been a year since you said it was her or you, and she's my oldest friend.", "safety", true},
        {"It was her or me who had to tell the kids, so I did.", "safety", false},
        {"When you tell them I am a bad mother, it hurts me very much.", "safety", true},
        {"The kids told me I am a bad singer, which is fair.", "safety", false},
        {"You tell the children they should tell you everything I say.", "safety", true},
        {"Doesn't work for people who sit there with their arms folded, no.", "contempt", true},
        {"We sat there with our arms folded against the cold.", "contempt", false},
        {"Perhaps when your business finally turns a profit we can revisit it.", "backhanded", true},
        {"Maybe when your shift is over we could talk about it?", "backhanded", false},
        {"I had assumed our marriage ranked somewhere above your Thursday squash.", "sarcasm", true},
        {"We went once and then we actually talked on the way home.", "backhanded", false},
        {"Tom and Priya loved it, but they're a bit braver about these things.", "backhanded", true},
        {"They are a bit braver than me at the dentist, to be fair.", "backhanded", false},
        {"I'll book for one then. I'm used to doing the hard bits on my own by now.", "guilt_trip", true},
        {"I'm used to the early train by now, honestly it's fine.", "guilt_trip", false},
        {"yeah i'll go. and i'll tell them exactly what u do.", "ultimatum", true},
        {"I'll tell them exactly what I told you, that I miss us.", "ultimatum", false},
        {"Money's tight. It did stretch to the new golf clubs, though.", "sarcasm", true},
        {"The budget did stretch to a takeaway on Friday, which was lovely.", "sarcasm", false},
        {"ok maybe skip a couple of ur friday rounds and we're sorted", "backhanded", true},
        {"Maybe we skip a couple of our takeaways and put it towards it?", "backhanded", false},
        {"I'm not looking for a cheerleader. Though after the last six months, I could probably use one.", "guilt_trip",
         true},
        {"After the last six months I could use a holiday, couldn't you?", "guilt_trip", false},
        {"I have managed to fit it into mine, alongside the children and my job.", "backhanded", true},
        {"My sister's husband thought about it one day and said yes, very quick.", "backhanded", true},
        {"Everyone said yes so quickly to the trip, I was amazed.", "backhanded", false},
        {"Our record of fixing things ourselves consists largely of not mentioning them.", "sarcasm", true},
        {"Our record collection consists largely of jazz.", "sarcasm", false},
        // From fresh18's disclosures, once it became dev: permission, watching
        // and a price paid for speaking, told as ordinary life.
        {"i know you dont like me going out without you and thats fine", "safety", true},
        {"You don't like me going out alone at night when it's icy, and that's sweet.", "safety", false},
        {"You said I can call my mother only on Sunday and only when you are beside me.", "safety", true},
        {"ok i wont see jen or maria anymore if thats what it takes", "safety", true},
        {"I won't eat chocolate anymore if that's what it takes.", "safety", false},
        {"pls stop messaging my manager when i don't reply in 5 mins", "safety", true},
        {"no i didn't buy anything, u can check the card like always", "safety", true},
        {"I just need to know you won't take my keys again next time we argue.", "safety", true},
        {"When I say things in front of you I pay for it later.", "safety", true},
        {"I ate three slices of cake when I said I wouldn't, I'll pay for it.", "safety", false},
        {"I'd like my own bank card again.", "safety", true},
        {"When I say no and you don't stop, I feel like nothing.", "safety", true},
        {"Yes to counselling, if I'm allowed out of the house for it.", "safety", true},
        {"I'll ask again when you've calmed down and put the belt away.", "safety", true},
        {"I'm worried that Bramble will be given away every time I visit my sister.", "safety", true},
        {"I accept your conditions: I shall not contact my mother.", "safety", true},
        {"I accept your terms for the bet: loser cooks Sunday dinner.", "safety", false},
        {"I can't disagree with you without fearing what you might do.", "safety", true},
        {"I have become afraid of how our disagreements end.", "safety", true},
        {"I'm afraid of how our arguments go round in circles.", "safety", false},
        {"I'm scared of how the film ends, don't tell me.", "safety", false},
        // From fresh18's hostile answers, once it became dev.
        {"You tell your whole football team about us, but one stranger is too much?", "sarcasm", true},
        {"worse than this? you really think it can get worse than this", "sarcasm", true},
        {"Only this time please you also do something, not only me.", "backhanded", true},
        {"Aw, my little DIY king.", "backhanded", true},
        {"Let's hope it goes better than the last camping trip, ha!", "backhanded", false},
        {"dont worry, but someone needs to hear what ur like at home lol", "contempt", true},
        {"Someone needs to know what you're like at parties, you're hilarious.", "contempt", false},
        {"when someone neutral hears it i think theyll see it the way i do", "pressure_others", true},
        {"I think they'll see it the way I do once they taste it.", "pressure_others", false},
        {"If you hadn't done half of it there wouldn't be so much to dig up.", "you_accusation", true},
        {"If you hadn't made the booking there wouldn't be a table, thank you!", "you_accusation", false},
        // From incoming34's dev lines: control thanked for, agreed to or excused.
        {"I'll wait until you're home so you can listen in.", "safety", true},
        {"thank u for saying i can go to mums this wknd", "safety", true},
        {"Thanks for letting me use your charger, you're a star.", "safety", false},
        {"Thank you for letting me visit my sister, it meant a lot.", "safety", true},
        {"I have handed in my notice at the bookshop as you requested.", "safety", true},
        {"I handed in my notice at the bookshop, the new job starts in May.", "safety", false},
        {"it's fine that you're in control of the money, I'd only fritter it", "safety", true},
        {"You're right, I'm better off not seeing Hannah.", "safety", true},
        {"maybe fine looks different from where I'm standing, but no, carry on.", "sarcasm", true},
        {"Carry on with the painting, it looks great.", "sarcasm", false},
        {"It mattered less, I recall, when our argument became a joke on your feed.", "sarcasm", true},
        {"It mattered less when we were students, money I mean.", "sarcasm", false},
        {"ill book it and then you can tell me how it didnt work after you cancel on the morning", "backhanded", true},
        {"I'll find a therapist who works between midnight and your alarm.", "sarcasm", true},
        {"remind me how the DIY bathroom went", "sarcasm", true},
        {"Remind me how the song went? I can't get it out of my head.", "sarcasm", false},
        {"fine, i won't see them anymore. can we please just try the counselling thing tho", "safety", true},
        {"Thanks for letting me go to Sam's leaving do, it meant a lot.", "safety", true},
        {"Thanks for letting me go to bed early, I needed it.", "safety", false},
        {"it's easier if you're there when I ring anyone, including the counsellor", "safety", true},
        {"It's easier if you're there when I call the plumber, you know the boiler.", "safety", false},
        {"I will wear the long skirt like you prefer when I go out.", "safety", true},
        {"I'll wear the blue shirt like you prefer for the dinner.", "safety", false},
        {"You are right, I don't need to work, your salary is enough for us.", "safety", true},
        {"You're right, I don't need to drive, the bus is fine.", "safety", false},
        {"I will telephone the practice only when you are present, as usual.", "safety", true},
        {"Therapy, so I can stop sleeping with my keys under my pillow?", "safety", true},
        {"ur the one who made me get on my knees and apologise in front of ur brother", "safety", true},
        {"pls don't say the thing about taking biscuit to the pound again when we argue", "safety", true},
        {"We took the stray to the pound when we found her, poor thing.", "safety", false},
        {"We could sort out the sex you keep pushing for.", "safety", true},
        {"We're fine the way a house with no smoke alarm is fine.", "sarcasm", true},
        {"We're fine the way we are, honestly, but I'd love a weekend away.", "sarcasm", false},
        {"worse than the silent treatment every other week? doubt it", "sarcasm", true},
        {"My sister went and it helped, but then they actually show up for each other.", "backhanded", true},
        // Near misses a second read found firing while the patterns were wider.
        {"I can't wait to tell you everything I did in Rome!", "safety", false},
        {"Thanks for allowing me to explain, it means a lot.", "safety", false},
        {"You're right, I don't need to work this Saturday, let's go to the beach!", "safety", false},
        {"You can check the statement as usual, I've paid the bills.", "safety", false},
        {"You're in control of the money this month, remember?", "safety", false},
        {"I handed in my notice like you said I should, and I feel so free!", "safety", false},
        {"I'd rather see the doctor only if you are with me, I'm nervous.", "safety", false},
        {"It's better if you're there when I call my dad.", "safety", false},
        {"fine ill do it you keep nagging me lol", "safety", false},
        {"I need my own card back, I left it in your wallet.", "safety", false},
        {"You said it was him or me who left the door open.", "safety", false},
        {"No no, carry on, I didn't mean to interrupt.", "sarcasm", false},
        {"Will the kids mind? I doubt it.", "sarcasm", false},
        {"Coming after your match? Great, see you then!", "sarcasm", false},
        {"Remind me how your project went?", "sarcasm", false},
        {"The budget can stretch to a weekend away though.", "sarcasm", false},
        {"I'm happy the way the kitchen is now, it is great.", "sarcasm", false},
        {"I managed to fit it in around work, so I can come!", "backhanded", false},
        {"That's what you said last week, and it really helped.", "backhanded", false},
        {"She is more open than you would think.", "backhanded", false},
        {"My partner said yes straight away.", "backhanded", false},
        {"Maybe when your job finally calms down we can book it.", "backhanded", false},
        {"My friends went, but then they actually had a lovely time.", "backhanded", false},
        {"I'm going to tell her exactly what you said, she'll be so pleased!", "ultimatum", false},
        {"If you hadn't done all the planning there wouldn't be a holiday, thank you!", "you_accusation", false},
        {"After the last few months I could do with some sun.", "guilt_trip", false},
        {"I'm used to walking the dog on my own by now, don't worry.", "guilt_trip", false},
        {"You wish you could see your mum more, I know.", "contempt", false},
    });
}

// Blame the speaker sets out as how they could be heard ("it might sound like
// I'm saying you're the problem") is not said to the partner. (Said outright
// it is still a jab, but the phrasing rules name that too, so only the
// disowned side is a test of role-play's own blame list here.)
TEST_CASE("Role-play doesn't name blame the answer disowns as a jab", "[objections]") {
    for (const char* answer : {"i know it might sound like im saying youre the problem and im really not",
                               "It can feel as if I think it's all your fault. I don't.",
                               "I worry it sounds like I am blaming you for everything, and that isn't it."}) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.jabs.empty());
    }
}

// Only "like" or "as if" sets blame out as how the speaker could be heard; a
// bare "if" ("even if I think it's your fault") may still say it. Read with
// no scorer, so role-play's own blame list is all that could name it.
TEST_CASE("Role-play's own blame list still names blame after a bare if", "[objections]") {
    const doorway::Objection& youGo = doorway::test::shippedObjection("you_go");
    for (const char* answer : {"Even if I think it's your fault, I'd still go with you.",
                               "And if I think it is your fault? Then I'll say so in there."}) {
        const FearCheck c = doorway::checkAnswer(youGo, answer, nullptr);
        INFO(answer);
        REQUIRE(c.jabs.size() == 1);
        CHECK(c.jabs.front().rule == "blame");
    }
    const FearCheck disowned = doorway::checkAnswer(youGo, "It may sound as if I think it's your fault.", nullptr);
    CHECK(disowned.jabs.empty());
}
