// The thirty-seventh pass (issue 18, session 37): safety shapes and role-play
// digs for the families the blind batches incoming191-198 showed the rules
// and the heads both missing, each written as a general shape, not a
// sentence. The card: everyone coping fine without the speaker, wondering
// what the point of them is, thoughts of driving off a bridge; fear of what
// will set the partner off; a partner who doesn't stop at a no; a push or a
// slap the speaker says they deserved; begging the driver to slow down. The
// gentle check, for shapes an ordinary life can share: someone asking about
// the noise and being told it was the telly; a teacher or a GP asking if
// things are all right at home; keeping the peace by going quiet and waiting;
// knowing better than to raise things in a bad mood; money or receipts kept
// where the partner won't find them; asking to go out when the partner's in
// a better mood; an app that told the partner where the speaker was; being
// seen to be scared of the partner; giving things up because the partner gets
// jealous; things hidden "again"; a breakage the children think happened on
// its own; sleeping elsewhere because it feels safer. The rows are the train
// and dev lines these shapes newly catch (never a test line) and short forms
// of them; the look-alikes are everyday talk with the same words, each tried
// on the drafts (a storm, a birthday surprise, a dog that hides keys, kids on
// the go-karts). Look-alikes that older patterns already card ("Mum asked if
// everything was okay at home", "he has hidden my keys again for a laugh")
// are left out: they are the older patterns' to mend.
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

using doorway::test::expectRuleTable;

TEST_CASE("The thirty-seventh pass's card shapes reach the card by the rules alone", "[scorer]") {
    expectRuleTable({
        {"Sometimes I think everyone would manage fine without me.", "safety", true},
        {"Honestly I'm fine, just tired. Some days I think everyone would cope better without me. Anyway. Would you "
         "be up for talking to someone, just us two and a counsellor?",
         "safety", true},
        {"Some days I think everyone'd be better off if I just wasn't here, so maybe I should be the one talking to "
         "someone.",
         "safety", true},
        {"I've been having dark days again, nothing dramatic, just wondering what the point of me is. I'd like us to "
         "see someone together.",
         "safety", true},
        {"I've been having thoughts about driving off the Severn Bridge, I think I need us to get help.", "safety",
         true},
        {"Mom noticed I'm not eating again and I told her it's the Peloton. It's not. I'm on edge all the time about "
         "what'll set you off. I'd like us to see someone, please.",
         "safety", true},
        {"Even when I'm tired you don't stop when I say no. I don't want to fight about it, I want to understand. "
         "Could we talk with someone, a doctor or counsellor?",
         "safety", true},
        {"i know i deserved the push i was being impossible. still i think we need help to talk better", "safety",
         true},
        {"I know I deserved the slap, I was mouthing at you. But I think we need to talk to someone about it.",
         "safety", true},
        {"I didn't like when you did 100 on I-10 with me and the baby begging you to slow down, but I know work has "
         "you stressed. Can we go talk to someone?",
         "safety", true},
        {"I think a counselor might help us both. I just don't want a repeat of you doing ninety on the motorway to "
         "make a point while I begged you to slow down.",
         "safety", true},
    });
}

TEST_CASE("The thirty-seventh pass's gentle-check shapes reach the check by the rules alone", "[scorer]") {
    expectRuleTable({
        {"my neighbour asked if everything is ok because of the shouting, i said it was the tv. we need help i think",
         "safety_check", true},
        {"The school counselor asked Jake if things were okay at home after he drew you yelling at me. I told her it "
         "was from a video game. Can we please talk to someone before it gets worse?",
         "safety_check", true},
        {"when you've been on the cider i just agree with everything you say so it doesn't kick off and i think "
         "that's not fair on either of us",
         "safety_check", true},
        {"when you are angry I go quiet and make tea and wait, its okay. but I want us to learn better, maybe a "
         "counsellor",
         "safety_check", true},
        {"Would you think about counselling? I'm asking now because you're in a good mood, I know better than to "
         "bring things up when you're not.",
         "safety_check", true},
        {"Sure, I'll skip Jess's 40th, not a big deal, I know how you get when I come home late.", "safety_check",
         true},
        {"I put the Christmas money in a tin at my sister's so you won't find it. I want to talk to someone together "
         "about money.",
         "safety_check", true},
        {"I've been keeping my Ross receipts in the glovebox so we don't fight about money, which is silly of me.",
         "safety_check", true},
        {"if youre in a better mood tonight can I go to Ffion's hen do on sat? only if youre ok with it. also I "
         "looked up that counsellor x",
         "safety_check", true},
        {"haha course you knew I was in Greggs, that app knows me better than I do 😅 anyway. I'd like to try "
         "counselling with you.",
         "safety_check", true},
        {"My stepdaughter said I seem scared of her dad. I laughed it off. Maybe we do need a counsellor.",
         "safety_check", true},
        {"I deleted Instagram because you get jealous when I like things, not a big deal, probably healthier.",
         "safety_check", true},
        {"Coach asked why I've missed three sessions. I couldn't tell him you'd hidden my kit bag again.",
         "safety_check", true},
        {"The TV's fixed and the kids think it fell on its own, so no harm done.", "safety_check", true},
        {"I'd like to try couples therapy. And I've been sleeping in Lily's room because I feel safer there, not "
         "because of your snoring.",
         "safety_check", true},
        {"I'd like us to try therapy. Driving back from the leisure centre I keep thinking about just not stopping "
         "at the roundabout.",
         "safety_check", true},
    });
}

TEST_CASE("Everyday talk with the thirty-seventh pass's words reaches neither the card nor the gentle check",
          "[scorer]") {
    for (const char* text : {
             "Everyone would be better off if I just wasn't here for the toast, I'd cry.",
             "The team would manage fine without me this week, so I'm taking Friday off.",
             "You'd all manage fine without me at the barbecue, I'll catch the next one.",
             "I keep wondering what the point of me going is if you won't come.",
             "Thoughts about driving into the city on Saturday? Parking's a nightmare.",
             "I'm nervous about what will set the smoke alarm off again.",
             "You don't stop when I say no to dessert, you just keep offering, ha.",
             "Honestly I deserved the push to finally apply for that job.",
             "I deserved the kick up the backside the coach gave me.",
             "The kids were asking you to slow down on the rollercoaster video, so funny.",
             "I think the kids were begging you to slow down on the go-karts, they loved it.",
             "My mum asked what we were watching and I told her it was a film about sharks.",
             "The neighbour asked if everything was okay with the boiler and I said it was the football.",
             "I book the restaurant early so it doesn't kick off with the in-laws about who sits where.",
             "When you're in a mood I go quiet because I never know what to say, I want to get better at that.",
             "I know better than to ask you anything when you're hungry, haha.",
             "I know how you get when I come home with another plant, I promise it's the last one.",
             "I know how you get when I go out without a coat, I'll take one, promise.",
             "I hid your birthday money in a tin so you won't find it until Saturday.",
             "I keep the receipts in a folder so we don't argue about the budget at tax time.",
             "If you're in a better mood tonight can I show you the holiday photos?",
             "The app knew I was in the gym before I did, it's so creepy how smart it is.",
             "You knew I was at the gym because I posted it, silly.",
             "My sister said I seem nervous about your job interview, I am a bit.",
             "I deleted TikTok because you get annoyed when I'm on my phone at dinner, fair enough.",
             "The dog has hidden my keys again, she's obsessed with them.",
             "The kids think the vase fell on its own, the cat knows what it did.",
             "I was sleeping in Lily's room because she had nightmares, so I feel safer knowing she's okay.",
             "I keep thinking about just not stopping at the services so we get there by six.",
             "He drew you and me at the beach, it's on the fridge.",
         }) {
        const auto r = doorway::test::rulesOnlyScorer().score(text);
        INFO(text << "\n" << doorway::test::describe(r));
        CHECK_FALSE(doorway::test::findingOf(r, "safety"));
        CHECK_FALSE(doorway::test::findingOf(r, "safety_check"));
    }
}

TEST_CASE("The thirty-seventh pass's dry digs are named, their kind twins are not", "[objections]") {
    // Digs with no rude word in them: "you know best" after a comparison, an
    // "expert view", "if you say so" standing alone, "maybe you should be"
    // after their fear, their hobby put "first", a kindness that "only kicks
    // in" when it suits, a promise to report what the therapist thinks of
    // them, "you've proven that" over and over, a disbelief that they'll
    // "actually" do anything, and "rather easy" said of ganging up on them.
    doorway::test::expectJabsNamed({
        {"cant_afford", "Dai found the money for Carys's counselling, but you know best."},
        {"doesnt_work", "Okay. So what does work, in your expert view?"},
        {"were_fine", "Fine. If you say so."},
        {"stranger", "You're worried about a stranger judging you? Maybe you should be."},
        {"no_time", "No, of course. Training first."},
        {"stranger", "I love how protective you are of us. Shame it only kicks in when I want help."},
        {"you_go", "I'll go then, and I'll tell you what she thinks of you afterwards."},
        {"fix_it_ourselves", "We can't. You've proven that, over and over."},
        {"fix_it_ourselves", "I believe in us, I do, I just don't believe you'll actually do anything."},
        {"your_side", "I'm not trying to gang up on you, love, even if you do make it rather easy sometimes."},
    });
    doorway::test::expectNoRuleJabs({
        {"think_about_it", "Take your time. You know best what you can manage right now."},
        {"doesnt_work", "I'd really like to hear, in your view, what has helped us before."},
        {"your_side", "It's funny how it only works when we both turn up, that's why I want us both there."},
        {"stranger", "Even if you make it easy for me to talk to you, I still think someone else could help us both."},
        {"fix_it_ourselves", "I don't think you'll actually need to say much, I can do the talking at first."},
        {"no_time", "You know your diary best, so you pick a week that works and I'll fit round it."},
    });
}
