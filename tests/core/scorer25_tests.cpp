// The twenty-fifth pass (issue 18, session 25): the jab head without pairs
// past one word (judged on fresh24), and what incoming42's dev lines showed.
// Each shape is checked with its everyday look-alikes, so a pattern that
// grew too wide fails here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::FearCheck;

// The jab head reads words, not the frame that sets blame out as how the
// speaker fears they could be heard; what it names must not hold that frame.
// "Like I say" opening a clause is "as I said", not that frame.
TEST_CASE("The jab head leaves blame the answer disowns alone, and still reads 'like I say' as said", "[objections]") {
    for (const char* answer : {"I worry it sounds like I am blaming you for everything, and that isn't it.",
                               "it might sound like im saying its all on you but honestly its not"}) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.jabs.empty());
    }
    for (const char* answer : {"like i say youre glued to your phone so no i wont stop asking",
                               "i hear you\nlike i say youre glued to your phone so no i wont stop asking",
                               "Like I say, you're glued to your phone, so no, I won't stop asking."}) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.jabs.empty());
        CHECK_FALSE(c.met);
    }
}

TEST_CASE("Kept in a doorway till the speaker gives in gets the card, waiting in one does not", "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure that scored 61 with no card.
        {"Could we find a counsellor before the next time you plant yourself in the doorway till I agree with you?",
         "safety", true},
        {"he stands in the door until i say sorry", "safety", true},
        {"You block the front door so I can't leave when we argue.", "safety", true},
        {"The cat plants herself in the doorway until I feed her.", "safety", false},
        {"You stand at the door until I'm out of sight, it's sweet.", "safety", false},
        {"she waits in the doorway until I get home from the night shift", "safety", false},
        {"You always stand in the doorway so I can see you wave.", "safety", false},
        {"You planted yourself in the doorway until I agreed.", "safety", true},
        {"I'd ask that in the meantime you not stand in the doorway when I try to leave a discussion.", "safety", true},
        // The second read's: a comfort, a goodbye, things in the way, the speaker waiting.
        {"you stand at the door till i calm down and then you hug me, and that helps", "safety", false},
        {"You stand at the door so I can not go without kissing you goodbye, and I love it", "safety", false},
        {"I stood in the doorway for ages before I had the courage to come and talk to you.", "safety", false},
        {"Your bike is blocking the hall again, can you move it?", "safety", false},
        {"The boxes from the move are still blocking the stairs.", "safety", false},
        {"I love it when you stand in the doorway and watch the kids play.", "safety", false},
    });
}

TEST_CASE("Looming right up close in a temper gets the card, close to a screen or an animal does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I know you'd never actually do anything, you just get big and loud and come right up close when you're "
         "wound up, and I go sort of frozen.",
         "safety", true},
        {"he gets right up in my face when he's been drinking", "safety", true},
        {"You stood right over me till I said sorry.", "safety", true},
        {"You come right up close to the screen when you read, get your eyes tested!", "safety", false},
        {"The deer come right up close when you're quiet in the hide.", "safety", false},
        {"you get right up close for the selfie every time lol", "safety", false},
        {"The kids come right up close when they're tired and want a cuddle.", "safety", false},
        // The second read's: a hug, a funeral, getting over someone.
        {"When you come right up close and hug me from behind, I feel so loved.", "safety", false},
        {"He came right up close and gave me the biggest hug at the airport.", "safety", false},
        {"You stood right up close beside me at the funeral and it meant everything.", "safety", false},
        {"She got right over me after we split.", "safety", false},
    });
}

TEST_CASE("Staying away from family because it winds the partner up earns the gentle check, a late night does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure scored 86 as an invitation.
        {"I've not seen our Leanne since Easter because I know it winds you up when I go round, and that's fine, "
         "but I've got nobody to talk to now. Would you try a counsellor with me?",
         "safety_check", true},
        {"i dont call my sister anymore cos it upsets you when i ring my family", "safety_check", true},
        {"I'll skip book club, since it annoys you when I go out with my friends.", "safety_check", true},
        {"I'll ring before I come home late because I know it winds you up when I forget.", "safety_check", false},
        {"I stopped leaving dishes in the sink because it annoys you when I do that.", "safety_check", false},
        {"I know it upsets you when I work late, so I've asked for earlier shifts.", "safety_check", false},
        {"I know it winds you up when I see my mum, so I barely go any more.", "safety_check", true},
        // The second read's: going over a point, waking them, a phone, the office.
        {"since it winds you up when I go over the same thing again and again, I will write it down instead",
         "safety_check", false},
        {"Sorry, because it gets you up when I go out early for my run.", "safety_check", false},
        {"As it gets you in a mood when I see my phone light up at dinner, it stays in the drawer now.", "safety_check",
         false},
        {"Since it upsets you when I stay at the office past seven, I've moved my hours.", "safety_check", false},
    });
}

TEST_CASE("Days of being blanked and receipts checked as usual earn the gentle check, their look-alikes do not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"It's day five of you blanking me over the bins, and I know that's how you deal with it.", "safety_check",
         true},
        {"three days of you not speaking to me because I went to Jo's", "safety_check", true},
        {"3 days of you not speaking to me", "safety_check", true},
        {"Another fortnight of you not talking to me and I don't know what I'll do.", "safety_check", true},
        {"I leave my phone on the table for you to go through like you always do.", "safety_check", true},
        // The second read's: a topic, a group chat, the accounts, a hospital bag.
        {"I could not face another two weeks of you not talking to me about money, so can we try a session?",
         "safety_check", false},
        {"Day three of you ignoring me on the group chat because you muted it, ha", "safety_check", false},
        {"The bank statements are on the desk for you to check as usual, thanks for doing the accounts.",
         "safety_check", false},
        {"My bag is packed and by the door for you to check as usual before the hospital.", "safety_check", false},
        {"Day five of the festival and you're ignoring my texts, have fun!", "safety_check", false},
        {"Three days of you working nights and I miss you.", "safety_check", false},
        {"I've left the receipts for you to go through for the tax return.", "safety_check", false},
        {"The bank statements are in the drawer for you to check before we see the mortgage adviser.", "safety_check",
         false},
    });
}

TEST_CASE("Digs at a track record, half as careful, a fraction of that attention and a booked repeat are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"u might be right tho ur track record on predicting what works isn't amazing", "backhanded", true},
        {"Your track record with fixing things is not exactly stellar.", "backhanded", true},
        {"Your track record at work is amazing, and I'm proud of you.", "backhanded", false},
        {"My track record isn't great either, so let's both try.", "backhanded", false},
        {"Your track record is hardly spotless.", "backhanded", true},
        {"I know your track record with therapists has not been great, and I understand why you are wary.",
         "backhanded", false},
        {"I only wish you were half as careful with your words as you are with the pennies.", "backhanded", true},
        {"I wish I was half as organised with money as you are with it.", "backhanded", false},
        {"I wish you were half as interested in us as you are in your phone.", "backhanded", true},
        {"I wish you were half as kind to yourself as you are to everyone else.", "backhanded", false},
        {"I only wish a fraction of that attention came home with you.", "backhanded", true},
        {"I wish half of that snow came our way, the kids would love it.", "backhanded", false},
        {"I wish some of the energy at work came home with me, that is on me.", "backhanded", false},
        {"Sure, and I'll pencil in this same argument for next Christmas.", "backhanded", true},
        {"I don't want the same argument next Christmas, could we book one session?", "backhanded", false},
        {"Let's book a session so we don't have this same argument next year.", "backhanded", false},
        {"That chat really helped. Shall we book in the same chat for next week?", "backhanded", false},
        {"I would rather try one session than keep putting ourselves through the same row next Christmas.",
         "backhanded", false},
    });
}

// "Throw" is no longer a harm word on its own (lexicon.json's danger_act):
// "you throw the loan at me in an argument" was given the card. Things
// thrown at the speaker, and pills thrown out, still bring it.
TEST_CASE("Things thrown at the speaker get the card, a past thrown in their face or a ball does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"he threw his phone at me", "safety", true},
        {"You threw a mug at me last week and I still jump at loud noises.", "safety", true},
        {"I know you threw out my birth control because you were sure we were ready.", "safety", true},
        {"he gets right in my face when he's drunk", "safety", true},
        {"it's out every time you throw the loan at me in an argument", "safety", false},
        {"You throw it in my face every time we argue.", "safety", false},
        {"you threw the ball at me and I caught it, best day", "safety", false},
        {"You laugh in my face when I'm being serious and it stings.", "safety", false},
    });
}

TEST_CASE("Taking your time 'just like you took your time with' and 'anything could top the last fortnight' are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Of course, take your time. Just like you took your time with the wedding date.", "sarcasm", true},
        {"Totally fair, hon, though I didn't know anything could top the last fortnight.", "sarcasm", true},
        {"Take your time, just like I did with the job offer.", "sarcasm", false},
        {"I didn't think anything could top the last holiday, but this was even better.", "sarcasm", false},
    });
}

// An older card pattern, "so I can't go", read a cold as a disclosure; it now
// needs the partner doing something first in the clause.
TEST_CASE("'So I couldn't go' after what the partner did gets the card, after a cold it does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"since the night you held the door shut so I couldn't go to Em's", "safety", true},
        {"you take my phone when you go to work so I cannot call my family", "safety", true},
        {"I've got the flu so I can't go to the party, sorry.", "safety", false},
        {"The trains are off so I couldn't get away till eight.", "safety", false},
    });
}

// incoming43's dev misses (the second batch of the pass).
TEST_CASE("A fist's hole, a card cut off after a row, a gun at hand in a row and angry driving get the card",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"I've patched the hallway where your fist went, no one will notice.", "safety", true},
        {"card got declined at the pharmacy again, i guess you cut it off after the fight?", "safety", true},
        {"I know you didn't mean anything by cleaning your revolver at the kitchen table while we argued.", "safety",
         true},
        {"i dont mind the way you drive when youre cross really but the kids were crying", "safety", true},
        {"I've fixed the step where your foot went through, that old wood had to go.", "safety", false},
        {"The bank cancelled the card after the fraud alert, so I paid cash.", "safety", false},
        {"You were cleaning your fishing knife while we talked about the holiday.", "safety", false},
        {"I don't mind the way you drive, you're a careful driver.", "safety", false},
        {"you got your gun out when we fought", "safety", true},
        {"You cut off my card after the argument.", "safety", true},
        // The second read's: a boxing match, dough, a team scoring, music, a booking, knives in the
        // dishwasher, praise for calm driving, "never mind".
        {"I still think about where your fist landed in that boxing match, you were brilliant.", "safety", false},
        {"Where his fist hit the table when the team scored, the cups jumped.", "safety", false},
        {"Remember the dent his knuckles made in the bread dough?", "safety", false},
        {"You cut it off after the fight, the music I mean.", "safety", false},
        {"You cancelled it after the argument, the dinner booking.", "safety", false},
        {"I put your knives in the dishwasher while we argued about the holiday.", "safety", false},
        {"Your rifle club was on the news as we argued.", "safety", false},
        {"I admire the way you drive when you are upset, so calm and careful.", "safety", false},
        {"Never mind the way you drive when you are drunk, you never drink.", "safety", false},
    });
}

TEST_CASE("Friends dropped as asked, being kept up, breakages kept quiet and days of no word earn the gentle check",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"As you requested, I have declined Priya's leaving event and removed the photographs from my profile.",
         "safety_check", true},
        {"As you asked, I have stopped attending the Thursday prayer group.", "safety_check", true},
        {"you do keep me up going on and on when you've drink taken", "safety_check", true},
        {"I did not tell Auntie Esi how the plates came to be broken, and I will not.", "safety_check", true},
        {"Sure you didn't say a word to me for nine days after the dance.", "safety_check", true},
        {"As you asked, I have booked the table for eight.", "safety_check", false},
        {"The baby keeps me up every night, so I'm shattered.", "safety_check", false},
        {"You didn't say a word to me about the surprise, you sneak!", "safety_check", false},
        // The second read's: no one in particular, a child, a mum, the hours, a film.
        {"As you asked, I have declined the wedding invite since we will be on holiday.", "safety_check", false},
        {"As you told me to, I have blocked that scam number.", "safety_check", false},
        {"As you wanted, I stopped going to the gym on Saturdays so we can have brunch.", "safety_check", false},
        {"The baby is teething, she kept me up all night screaming.", "safety_check", false},
        {"The landlord did not explain how the boiler got broken.", "safety_check", false},
        {"My mum never told me how the teapot came to be broken.", "safety_check", false},
        {"you did not say a word to me for two hours, you were just shattered", "safety_check", false},
        {"My boss did not say a word to me for a week because she was on holiday.", "safety_check", false},
    });
}

TEST_CASE("Their family knowing everything and 'not everyone is' after a comparison are named", "[scorer]") {
    doorway::test::expectRuleTable({
        {"tho ur mum already knows every detail of our life so that ship sailed lol", "backhanded", true},
        {"They found the money somehow, but they're good at planning like that, not everyone is.", "backhanded", true},
        {"Your mum knows a lot about gardening, ask her.", "backhanded", false},
        {"Not everyone is ready for therapy, and that's fine.", "backhanded", false},
        // The second read's: good news shared, compliments.
        {"Your mum already knows all about our wedding plans, she helped pick the venue.", "backhanded", false},
        {"Your dad knows every detail of our mortgage because he is our broker.", "backhanded", false},
        {"You are so good at listening to the kids, not everyone is, and I love that about you.", "backhanded", false},
        {"It is fine that you are not good at talking about feelings, not everyone is.", "backhanded", false},
        {"Your mum is good at cooking, not everyone is.", "backhanded", false},
    });
}
