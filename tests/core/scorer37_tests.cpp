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
// everything was okay at home", "he has hidden my keys again for a laugh",
// "if I tell my mum, she'll tell everyone", "so he doesn't know it's from
// us") are left out: they are the older patterns' to mend.
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
    // Near misses a reviewer wrote against the first drafts, just outside
    // the shapes' edges.
    doorway::test::expectNeitherByRules({
        "I deserved a slap on the wrist for forgetting the tickets, fair.",
        "I asked for a push on the swing and nearly fell off, ha.",
        "I don't see the point of going on holiday if it rains all week.",
        "I asked him to slow down, he talks so fast when he's nervous.",
        "The kids will be fine without me, Mum's having them Saturday.",
        "I'd be happier if I went into the sea every morning.",
        "I keep thinking about jumping off the bridge for the bungee charity thing.",
        "Put the milk in the fridge so it doesn't go off.",
        "He broke the remote again.",
        "She took my charger again.",
        "I think it broke by accident when the cat jumped.",
        "He'll hurt himself if I don't hold the ladder.",
        "Whether I can come depends on the day.",
        "She gets cross when I leave the lights on.",
        "I need to show him my bank statements for the mortgage.",
        "Easier that way, no arguments about who pays.",
        "She told me not to take my word for it, read the reviews.",
        "I know better than to ring you when you're not home yet.",
        "The app's handy, you knew I was at the gym.",
        "She said I seem scared of her cooking, rude.",
        "Been thinking about the new tracks a lot lately, the album's amazing.",
        "I keep the receipts in the car so we don't argue at tax time.",
        // And the second reader's, against the mends.
        "Mum noticed I was limping, I told her it was the running, it's not serious.",
        "I reckon you lot would manage without me, I've got the flu.",
        "I'm sure the kids would be fine without me, your mum's great with them.",
        "Thinking about driving into the train station tomorrow.",
        "I deserve a kick for forgetting.",
        "I don't see the point in waking up the baby just to feed her.",
        "She gets cross when I go to bed late.",
    });
    doorway::test::expectNeitherByRules({
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
    });
}

TEST_CASE("The thirty-seventh pass's dry digs are named, their kind twins are not", "[objections]") {
    // Digs with no rude word in them: an "expert view", "if you say so"
    // standing alone, "maybe you should be" after their fear, their hobby put
    // "first", a kindness that "only kicks in" when it suits, a promise to
    // report what the therapist thinks of them, a disbelief that they'll
    // "actually" do anything, and "rather easy" said of ganging up on them.
    // ("You know best" and "you've proven that" were dropped as rules: said
    // sincerely they are kind, below.)
    doorway::test::expectJabsNamedByRulesToo({
        {"doesnt_work", "Okay. So what does work, in your expert view?"},
        {"were_fine", "Fine. If you say so."},
        {"stranger", "You're worried about a stranger judging you? Maybe you should be."},
        {"no_time", "No, of course. Training first."},
        {"stranger", "I love how protective you are of us. Shame it only kicks in when I want help."},
        {"you_go", "I'll go then, and I'll tell you what she thinks of you afterwards."},
        {"fix_it_ourselves", "I believe in us, I do, I just don't believe you'll actually do anything."},
        {"your_side", "I'm not trying to gang up on you, love, even if you do make it rather easy sometimes."},
    });
    doorway::test::expectNoRuleJabs({
        {"think_about_it", "I'd go with the Thursday one, but you know best."},
        {"doesnt_work", "You're a great dad, you've proven that over and over, and I think you'd be good at this too."},
        {"your_side",
         "I need one person in my life to understand me, and that's you. I'd like us to learn how, together."},
        {"think_about_it",
         "Good luck with the interview tomorrow, I'll be watching the clock for you. No rush on this."},
        {"think_about_it", "Take your time. You know best what you can manage right now."},
        {"doesnt_work", "I'd really like to hear, in your view, what has helped us before."},
        {"your_side", "It's funny how it only works when we both turn up, that's why I want us both there."},
        {"stranger", "Even if you make it easy for me to talk to you, I still think someone else could help us both."},
        {"fix_it_ourselves", "I don't think you'll actually need to say much, I can do the talking at first."},
        {"no_time", "You know your diary best, so you pick a week that works and I'll fit round it."},
    });
}

// The second round (incoming199-206): the partner's mood or word deciding
// where the speaker may go, keys taken after a row, money shown or hidden,
// calls not answered while the partner is home, what others see or are told,
// name-calling in passing, being struck while helping, being told to choose,
// thoughts of the water or the tracks, a gun moved out of the house.
TEST_CASE("The thirty-seventh pass's second-round shapes reach the card or the gentle check by the rules alone",
          "[scorer]") {
    expectRuleTable({
        {"He says a wife who says no isn't a proper wife. I just go along with it, it's quicker than the argument.",
         "safety", true},
        {"i keep thinking everybody'd be better off if i just walked into the bay one night", "safety", true},
        {"mick says I cant go to Bev's 50th unless he comes too which is fair I suppose", "safety_check", true},
        {"Told Tiff I can't come out tonight, you said no.", "safety_check", true},
        {"if his mood's good friday I can go to the game, if not I stay home, that's just how it is", "safety_check",
         true},
        {"Whatever mood you're in when you land decides whether I go to Kemi's birthday, I get it.", "safety_check",
         true},
        {"i had to ask him for the truck keys and he said not till i apologized to his mother", "safety_check", true},
        {"i keep the spare keys at work now cos he takes mine when we fall out", "safety_check", true},
        {"He gives me forty quid a week for shopping and I've to show him the till roll, but honestly that's just how "
         "he is with money",
         "safety_check", true},
        {"I threw away the receipts from Bealls before he got home. Then I feel dumb, it was just a shirt.",
         "safety_check", true},
        {"Hid the Costco receipt again. Can we please see someone?", "safety_check", true},
        {"been keeping fifty bucks in my shoe just in case lol. anyway counselling yes or no?", "safety_check", true},
        {"I keep the nail supplier receipts in my locker at work now. Easier that way, no shouting.", "safety_check",
         true},
        {"sorry I missed your call earlier, he was home so I couldn't pick up", "safety_check", true},
        {"Not answering Dad's calls when you're online, promise.", "safety_check", true},
        {"He told my mum in the group chat that I'm crazy and not to believe anything I say.", "safety_check", true},
        {"I told Pastor Mike it was just a rough patch. He looked at me like he didn't buy it. I think he saw my lip.",
         "safety_check", true},
        {"My cousin noticed I flinch when my phone buzzes with your name. I told her it's just the ringtone.",
         "safety_check", true},
        {"The helper asked me yesterday if Sir is going to hurt me. I told her no, of course.", "safety_check", true},
        {"My sister keeps saying you're controlling and I keep telling her she doesn't get long distance.",
         "safety_check", true},
        {"He's a good man, really. He just says I'm useless and stupid when I burn the supper.", "safety_check", true},
        {"However, I cannot continue to be struck when I assist you with your medication.", "safety_check", true},
        {"I don't know how to tell her you said I have to choose.", "safety_check", true},
        {"Also I think I'm depressed. I keep thinking about driving into the reservoir.", "safety_check", true},
        {"been thinking about the MRT tracks a lot lately. not gonna do anything.", "safety_check", true},
        {"When you took the Seward Highway at ninety after the party I honestly thought that was it for us, and you "
         "were laughing.",
         "safety_check", true},
        {"I moved the shotgun out to the shed after Tuesday, I hope that's ok.", "safety_check", true},
        {"Steph says it's a waste of time and she gets funny when I go. Next month maybe x", "safety_check", true},
        {"ok random but how did u know i was at kelsey's? i thought we turned off location sharing lol.",
         "safety_check", true},
    });
}

TEST_CASE("Everyday talk with the second round's words reaches neither the card nor the gentle check", "[scorer]") {
    doorway::test::expectNeitherByRules({
        "Mum says I can't go to the concert unless your dad comes too, she worries.",
        "I can't come out tonight, you said no to babysitting and that's fair.",
        "Whether I can go to the match depends on the weather, honestly.",
        "Whether I can go depends on how the day went at work, if I finish early I'm in.",
        "If your mood's good after the exam we can go for pizza!",
        "I asked her for the car keys and she said not until I'd eaten breakfast, lol.",
        "The dog takes my slippers when we argue about walkies.",
        "I have to show him the receipt so work can pay him back.",
        "I threw away the receipts before you got home, the bin was full of paper anyway.",
        "Keep twenty quid in your shoe in case you lose your wallet at the festival.",
        "Easier that way, no shouting across the pitch, just hand signals.",
        "He was home so I couldn't pick up the parcel from the depot.",
        "Not answering work calls when you're home, promise.",
        "She told me not to believe anything the estate agent says.",
        "She told my mum not to believe anything the papers say about the strike.",
        "I think he saw my lip filler and hated it haha.",
        "I flinch when my phone buzzes with my boss's name on a Sunday.",
        "The nurse asked if the injection would hurt me, she was lovely.",
        "My sister says you're controlling the remote again.",
        "He says I'm useless at darts when I miss the board, fair.",
        "I got slapped when I tried to take the puppy's toy, she's feisty.",
        "You said I have to choose between the blue and the green, I can't!",
        "Thinking about driving into the city at the weekend, who's in?",
        "I've been thinking about the railway a lot lately, the new line opens in May.",
        "We were doing ninety on the rollercoaster and I thought that was it, amazing.",
        "I moved the knives up to the top shelf after Sunday, the toddler can reach now.",
        "You get funny when I go to the dentist without you, it's sweet.",
        "I thought we turned off location sharing on the kids' tablets?",
        "Whatever mood you're in when you land decides what we eat, takeaway or cook.",
        "A partner who says no is not a bad partner, you taught me that.",
        "Everyone would be happier if I walked into the party with the cake now.",
    });
}

TEST_CASE("The second round's dry digs are named, their kind twins are not", "[objections]") {
    // Another luxury the money stretches to, money "first", a fund that
    // mustn't suffer, checking back in a year, a stranger "better than you",
    // nobody on their side, "just like your daddy", kindness that
    // stops when it needs effort, capability never "applied to us", a chore
    // still undone, "you don't think I'm worth it", and "but I managed".
    doorway::test::expectJabsNamedByRulesToo({
        {"cant_afford", "We can afford Sky Sports though, can't we."},
        {"cant_afford", "Of course, money first. Wouldn't want the mahjong fund to suffer."},
        {"think_about_it", "Of course. I'll check back in a year or two."},
        {"stranger", "Stranger's better than you at this, that's for sure."},
        {"your_side", "Well, it'd be nice if somebody was."},
        {"your_side", "You sound just like your daddy right now."},
        {"stranger", "You're so thoughtful about us, honestly, shame that stops the second it needs effort."},
        {"fix_it_ourselves", "You're so capable, honestly, I'd just like to see it applied to us sometime."},
        {"think_about_it", "By all means. I trust it will not take as long as the bathroom rail."},
        {"cant_afford", "We can afford it. You just don't think I'm worth it."},
        {"make_it_worse",
         "I get it, you don't want to go back there. Neither did I when I found the texts, but I managed."},
    });
    doorway::test::expectNoRuleJabs({
        {"cant_afford", "We can afford one session though, can't we? I checked the budget and there's room."},
        {"cant_afford", "Of course, money first, that's sensible. Let's look at the sliding-scale places."},
        {"think_about_it", "Take your time, I'll check back in a week or two if that's okay."},
        {"stranger", "Honestly, nobody's better than you at this, I just want a bit of help too."},
        {"your_side", "It would be nice if somebody was neutral, that's all I want, not on my side."},
        {"fix_it_ourselves",
         "I'd love to see it applied to us, you're so good at fixing things, let's try together with a bit of help."},
        {"no_time", "I hope it won't take as long as you fear, maybe six sessions."},
        {"make_it_worse",
         "Neither did I, honestly, I was scared too, but I managed the first session and it was gentle."},
        {"cant_afford", "I don't think I'm worth it sometimes, but I think we are."},
    });
}

// The third round (incoming207-214): a stop asked for at a no (a gentle
// check: "stop when I say no, the tickling's too much" is ordinary), no point in
// waking up, a self-harm threat made as leverage, a temper "only" lost once
// this month, a telly the partner would smash again, a "proper wife" who
// doesn't say no, and a threat to tell on the speaker if they tell anyone.
TEST_CASE("The thirty-seventh pass's third-round shapes reach the card or the gentle check by the rules alone",
          "[scorer]") {
    expectRuleTable({
        {"I love you and I want us to see someone together, I really do. I just need you to stop when I say no, like "
         "last Saturday when I said it three times.",
         "safety_check", true},
        {"honestly some days i dont see the point of waking up. not ur fault. just telling u", "safety", true},
        {"she said she'd do something to herself if I go on the lads' weekend to Magaluf so I've pulled out",
         "safety_check", true},
        {"Sam's been really good lately, honestly, they only lost it once this month and I just slept at my cousin's "
         "that night.",
         "safety_check", true},
        {"lol you'd probably smash the telly again if the therapist said ur wrong 😂 but srsly can we go",
         "safety_check", true},
        {"he says if I don't want it as often as he does I'm not being a righteous wife. is that normal?",
         "safety_check", true},
        {"they said if i tell anyone about the money theyll tell my parents i'm the one who's unstable", "safety_check",
         true},
    });
    doorway::test::expectNeitherByRules({
        "I need you to stop when I say no to more cake, I'm serious this time.",
        "I don't see the point of waking up early on a Sunday.",
        "The coach only lost it once this season and the lads still talk about it.",
        "The cat will smash the TV again if you leave the laser pointer out.",
        "I'm not a good wife if I don't bake for the fete, apparently, says your mother. Ha.",
        "If I tell anyone about the surprise party they'll kill me, so shh.",
    });
}

TEST_CASE("The third round's dry digs are named, their kind twins are not", "[objections]") {
    doorway::test::expectJabsNamedByRulesToo({
        {"stranger", "Aye, better to talk to nobody at all. That's been going brilliantly."},
        {"doesnt_work",
         "I know you don't believe in it, habibi, like you didn't believe in the doctor till your back went."},
        {"make_it_worse", "Can't get worse than Christmas at your mom's, so we're good."},
        {"stranger", "So the guys at the bar get to hear about us, but a counsellor can't?"},
        {"cant_afford",
         "I understand, love, money's tight, which is why your smokes cost more a month than the sessions would."},
        {"your_side", "Well. If the moccasin fits."},
        {"your_side", "I don't want sides, amore, even though everyone I know is already on mine."},
        {"your_side", "I don't need someone on my side, I need someone to tell you how you behave."},
        {"your_side", "If a stranger agrees with me after an hour, what does that tell you?"},
        {"fix_it_ourselves", "I believe in us, I do, but we said that after the last three rows too."},
        {"were_fine",
         "You're the best thing that's happened to me, even if you can't spot a problem when it's sat on the sofa "
         "next to you."},
        {"think_about_it", "You said that about the flat viewing and never did. Just say no."},
        {"doesnt_work", "It worked for Sione and Mele and they were way worse than us. Funny that."},
        {"think_about_it", "Take your time, babe, though I'll probably book it anyway."},
    });
    doorway::test::expectNoRuleJabs({
        {"your_side",
         "It would mean a lot if one person in my life could listen the way you do when you're at your best."},
        {"were_fine",
         "Things at work have been going brilliantly, which is partly why I'd love to spend that energy on us."},
        {"think_about_it", "Take your time. I'll watch the kids on Saturday so you can think it over properly."},
        {"stranger",
         "Your mates get to hear about your football, fair enough, but a counsellor is there for us, not for gossip."},
        {"your_side",
         "If a stranger agrees with you, what does that tell me? That I need to listen more. I'm open to that."},
        {"fix_it_ourselves",
         "We said that after the last rough patch and we did get through it, so I know we can. I'd just like some help "
         "this time."},
        {"were_fine", "Even if you can't see a problem, I'm feeling lonely, and I'd love us to talk about that."},
        {"think_about_it",
         "You said that about the holiday and we had a brilliant time, so no pressure, think it over."},
        {"whats_the_point", "Maybe 'point' is just your word for hope, and I get that it feels far away right now."},
        {"make_it_worse", "It can't get any worse than how lonely I've felt, honestly, but I hear that you're scared."},
        {"think_about_it", "Take your time, and I'll book nothing until you say so."},
    });
}
