// The twenty-fourth pass (issue 18, session 24): what incoming41's dev lines
// showed once the safety and jab heads read pairs past one word between
// (ToneFeatureSet::skipPairs). Each shape is checked with its everyday
// look-alikes, so a pattern that grew too wide fails here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

TEST_CASE("Keeping the peace 'so you don't get like that again' gets the card, a child's or a trip's mood does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure the refit scored 85 as an invitation.
        {"I'm sorry the baby woke you again. I've been taking her out to the car at night so you don't have to "
         "hear her and get like that again. Fancy trying that counsellor the health visitor mentioned?",
         "safety", true},
        {"I keep the kids quiet before you get home so you don't get like that again.", "safety", true},
        // Someone else's mood, the two of you, or a mood named by its word.
        {"I'll put the baby down earlier so she doesn't get like that again.", "safety", false},
        {"Could we try one session so we don't get like that again after the last row?", "safety", false},
        {"I packed extra snacks so you don't get hangry like that again on the drive, ha.", "safety", false},
        // The second read's: a worry about a trip, money or traffic.
        {"I bought a bigger suitcase so you don't get like that again at the airport.", "safety", false},
        {"I've set up a savings pot so you never get like that again about money.", "safety", false},
        {"Let's leave earlier next time so you don't get like that again about the traffic.", "safety", false},
    });
}

TEST_CASE("Going cold for days after a no earns the gentle check, being away after one does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I know you go cold on me for a few days after I say no in bed, and I understand you feel rejected.",
         "safety_check", true},
        {"He ignores me for days whenever I say no to his mum visiting.", "safety_check", true},
        {"You get really cold and distant for days after I say no.", "safety_check", true},
        {"you go quiet for days if I turn you down and it scares me a bit", "safety_check", true},
        {"You were away for a few days after I said no to the job, and I missed you.", "safety_check", false},
        {"You were in Leeds for a week when I said no to the party, so it worked out.", "safety_check", false},
        {"You went quiet for a few minutes after I said no, then we laughed about it.", "safety_check", false},
        // A child's or a parent's sulk (the second read's).
        {"Our youngest is a handful, he sulks for days when I say no to more screen time.", "safety_check", false},
        {"Our daughter, she gets moody for the whole weekend when I say no to sleepovers.", "safety_check", false},
        {"My mum is the same, she goes quiet for a week if I say no to Sunday lunch.", "safety_check", false},
    });
}

TEST_CASE("Things flying around the partner's temper get the card, an accident or a sale does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I'm frightened of the look you get before things start flying.", "safety", true},
        {"things start flying when he drinks", "safety", true},
        {"When he's drunk, stuff goes flying.", "safety", true},
        {"When the dog jumped up, the cups went flying and we laughed for ages.", "safety", false},
        {"Your elbow caught the tray and the glasses went flying, we still laugh about it.", "safety", false},
        {"Things went flying off the shelves at the sale, ha.", "safety", false},
        {"things went flying by so fast after you got the job", "safety", false},
        {"The plates went flying off the table when you lost your temper.", "safety", true},
        {"You got so angry the remote went flying across the room.", "safety", true},
        // The second read's: pets, children, a cupboard, a dance.
        {"When the dog comes in from the garden, things go flying everywhere.", "safety", false},
        {"The kids get home from school and their stuff goes flying.", "safety", false},
        {"I opened the door to the cupboard and everything came flying out.", "safety", false},
        {"Cups go flying when you're dancing in the kitchen, but I love it.", "safety", false},
        {"You get the Christmas decorations down before things start flying off the shelves.", "safety", false},
    });
}

TEST_CASE("A body's fear is the speaker's: the partner freezing up is no disclosure", "[scorer]") {
    doorway::test::expectRuleTable({
        {"When you come in the door I freeze up.", "safety", true},
        {"When you shout my stomach drops.", "safety", true},
        {"when he gets in from the pub i just freeze up", "safety", true},
        // Said of the partner: a forecast (a jab in role-play), not fear.
        {"no stress, i get it, u'll probably freeze up and say nothing anyway, but we can try", "safety", false},
        {"You'll probably freeze up at first, that's okay, I will too.", "safety", false},
        {"he might go cold on the idea at first", "safety", false},
        // The speaker's own fear, told with a modal, still counts...
        {"When your car pulled in I'd freeze up.", "safety", true},
        {"If you raise your voice, I might freeze up.", "safety", true},
        {"When you start drinking I will probably freeze up.", "safety", true},
        {"I learned to hold my breath when he came in.", "safety", true},
        {"I try to hold my breath when you shout.", "safety", true},
        // ...and the partner's, either way round, does not.
        {"Your mum said you'd freeze up when you proposed.", "safety", false},
        {"He'd probably go cold on the idea.", "safety", false},
        {"Since you just freeze up around your dad, maybe we could practise together.", "safety", false},
    });
}

TEST_CASE("incoming41's dev jabs: dismissing their reason, 'your little', a year 'of you', a listed 'doesn't work'",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"my dad worked two jobs and still made it to every parents evening so dont tell me you dont have time",
         "contempt", true},
        {"Don't tell me you're too busy, you watched four hours of telly last night.", "contempt", true},
        {"Don't tell me you don't love me, I know you do. Would you come once?", "contempt", false},
        {"Don't tell me you don't have time for cake, it's your birthday!", "contempt", false},
        {"Don't tell me you're too tired to see the fireworks.", "contempt", false},
        {"Please don't tell me you're not tired, I can see you are. Can we find a slot that suits you?", "contempt",
         false},
        {"a therapist has heard way weirder stuff than your little hang ups", "contempt", true},
        {"Your little sister said the counsellor was lovely. Would you give it a go?", "contempt", false},
        {"I love your little quirks.", "contempt", false},
        {"Don't worry about your little issues with the printer.", "contempt", false},
        {"We can't afford it? We can't afford another year of you like this.", "contempt", true},
        {"I'd love another year of you and me like this, so I'd like to look after us.", "contempt", false},
        {"I couldn't face another year of you being so far away for work, so I'm glad you're home.", "contempt", false},
        {"I note that you also said the gym does not work, and the budget app does not work. There is a pattern "
         "there.",
         "backhanded", true},
        {"You also said the first counsellor did not work for you, and that's fair, so we'd choose someone new.",
         "backhanded", false},
        {"The app didn't work and the book didn't work, so maybe a person would.", "backhanded", false},
        {"You said the left burner doesn't work and the oven light doesn't work, I'll ring the landlord.", "backhanded",
         false},
        {"You said meditation doesn't work for you and yoga doesn't work either, so maybe talking to someone would.",
         "backhanded", false},
        {"it wasnt too tight for the new golf clubs was it", "sarcasm", true},
        {"It wasn't too expensive for the new sofa, and I think one session would be worth it too.", "sarcasm", false},
        {"I just wish we got even half the hours your boss does.", "guilt_trip", true},
        {"Half the time your phone is on silent, so I'll text as well.", "guilt_trip", false},
        {"I'd love even half the attention you give your phone.", "guilt_trip", true},
        {"Your new job is half the hours your old one was, so we'll finally have evenings.", "guilt_trip", false},
        {"The puppy needs half the attention you give the cat.", "guilt_trip", false},
        {"The harness wasn't too tight for the new puppy, was it?", "sarcasm", false},
        {"I can't face another year of you working nights, I miss you so much.", "contempt", false},
    });
}

TEST_CASE("Role-play names incoming41's dev jabs", "[objections]") {
    for (const auto& [objection, answer] : std::vector<std::pair<const char*, const char*>>{
             {"stranger",
              "no stress, i get it \xF0\x9F\x92\x95 u'll probably freeze up and say nothing anyway, but we "
              "can try"},
             {"no_time",
              "I know you're slammed at work, and I'm proud of you. I just wish we got even half the hours your boss "
              "does."},
             {"cant_afford",
              "i know money is tight and i hear you though it wasnt too tight for the new golf clubs "
              "was it"},
         }) {
        const doorway::FearCheck c = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        CHECK_FALSE(c.blame.empty());
        // A jab, not the safety card: the freeze is theirs, foretold.
        CHECK(c.feedback.find("Help > Safety") == std::string::npos);
    }
}
