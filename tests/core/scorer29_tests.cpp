// The twenty-ninth pass (issue 18, session 29): the shapes written from
// incoming78-100's dev disclosures that no rule linked, each beside the
// everyday look-alikes the second read found it firing on (and narrowed it
// against), and the older patterns that read found too wide.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

TEST_CASE("Not being able to speak safely at home gets the card, a physio's advice and the wiring do not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I would find it easier to say what I need in the presence of a third party, as I have found I am not able "
         "to do so safely at home.",
         "safety", true},
        {"I can't speak freely at home, I'm not able to say it safely at home.", "safety", true},
        {"The physio said I am not able to do it safely at home, so I'll go to the clinic.", "safety", false},
        {"We can't do that safely at home without a proper extractor fan.", "safety", false},
        {"I cannot talk safely at home with the builders drilling all day.", "safety", false},
    });
}

TEST_CASE(
    "Damage swept up with the blame taken, a silence called punishment and an awful feeling about the mirror "
    "get the gentle check, a jigsaw, a quiet gym and a dented car do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I've swept up the mug, and I know I wound you up about the holiday, so that's on me.", "safety_check", true},
        {"I swept up the pieces of the jigsaw, I know I pushed you to get a dog.", "safety_check", false},
        {"I picked up the frame from the framers today, sorry I made you mad earlier.", "safety_check", false},
        {"u were so quiet all weekend after I went to my sister's, I know that's my punishment and fair enough lol",
         "safety_check", true},
        {"The gym was quiet so I did extra burpees, that was my punishment for the cake.", "safety_check", false},
        {"The house is so silent with the kids at camp, I know it's my punishment for wishing for peace.",
         "safety_check", false},
        {"I know you felt awful about the mirror and about how loud it got in front of Zoe.", "safety_check", true},
        {"you felt bad about the dent in the car, honestly it's fine", "safety_check", false},
        {"You felt awful about the window you left open in the rain.", "safety_check", false},
    });
}

TEST_CASE(
    "Not having had to hide the knives, the kids taken if I keep pushing and being made to explain money get "
    "the gentle check, a crawling baby, ballet and a museum do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"youve been so good lately i havent even had to hide the knives so maybe now is a good time", "safety_check",
         true},
        {"We haven't even had to lock away the knives yet, Max isn't crawling.", "safety_check", false},
        {"I haven't had to hide the knives since the grandkids grew up.", "safety_check", false},
        {"i know ur serious abt taking the boys to ur parents in Palm Beach if i \"keep pushing\"", "safety_check",
         true},
        {"I love taking the girls to ballet, I'm sorry if I keep mentioning it.", "safety_check", false},
        {"Thanks for taking the kids to swimming, tell me if I keep going on about the lessons.", "safety_check",
         false},
        {"I had to ask you for twenty quid for strings yesterday and you made me explain what for, in front of Leon.",
         "safety_check", true},
        {"At the museum you made me explain what it was for and I had no idea.", "safety_check", false},
        {"My manager made me explain what it was for before she signed it off.", "safety_check", false},
    });
}

TEST_CASE(
    "Never sure how you'll react, a phone lobbed and days of silence until I apologise get the gentle check, "
    "'not sure how you'll react, but', a telly thrown out and a week away do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I have become careful about everything I say at home, because I am never sure how you will react.",
         "safety_check", true},
        {"I'm not sure how you'll react, but I've been thinking about couples counselling.", "safety_check", false},
        {"I'm careful about what I say at home in front of the kids these days.", "safety_check", false},
        {"got a cheap phone off the market since you lobbed the old one no bother", "safety_check", true},
        {"So glad you chucked the old telly, we read more now.", "safety_check", false},
        {"Whenever I do something you don't like, you go silent for days and I end up apologizing just to get you "
         "back.",
         "safety_check", true},
        {"you go silent for days whenever I see my friends", "safety_check", true},
        {"You went quiet for a week when I was at the conference, I missed our chats too.", "safety_check", false},
        {"Before anything gets thrown, just hear me out: couples counselling?", "safety_check", true},
        {"Can you check the boxes in the loft before anything gets chucked?", "safety_check", false},
        {"Put the wine glasses away before anything gets smashed at the party.", "safety_check", false},
    });
}

TEST_CASE(
    "An allowance set for my household, the kids as your bargaining chip again and driving fast after a fight "
    "get the gentle check, a trip's spending money, a water fight and a row about the playlist do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I appreciate the monthly allowance you have set for my household expenses.", "safety_check", true},
        {"The allowance you set for my daughter seems fair.", "safety_check", false},
        {"Thanks for the spending money you gave me for the trip!", "safety_check", false},
        {"Can we try therapy without the boys being your bargaining chip again?", "safety_check", true},
        {"I hate the boys being your bargaining chip again.", "safety_check", true},
        {"Paintball on Saturday, without the kids getting the weapons again?", "safety_check", false},
        {"the kids as the weapons in the water fight were brilliant", "safety_check", false},
        {"When you drive so fast after we fight about the comments, I hold the seat and I pray.", "safety_check", true},
        {"you drive so fast after we argue about which playlist to put on, it's hilarious", "safety_check", false},
    });
}

TEST_CASE(
    "Nothing thrown afterwards, a schedule submitted for approval and days without a word get the gentle "
    "check, the movers, a flight itinerary and the kids' silence do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"i liked that nothing got thrown after so maybe we could keep that going with a counselor", "safety_check",
         true},
        {"Nothing got thrown at the end, we skipped the bouquet.", "safety_check", false},
        {"I would like to revisit the arrangement whereby I submit my weekly schedule for your approval.",
         "safety_check", true},
        {"I'll send my itinerary for your review before I book the flights.", "safety_check", false},
        {"going three days without a single word to me was your way of processing", "safety_check", true},
        {"The kids went a week without saying a word to me after I took their phones.", "safety_check", false},
        {"My boss went days without speaking to me after the audit.", "safety_check", false},
    });
}

TEST_CASE(
    "The card back for the big shop, spending nothing without your approval and asking for bus fare get the "
    "gentle check, a lent card, a wedding budget and children asking do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"could i have the card back for the big shop? also.. would u be open to counselling at some point?",
         "safety_check", true},
        {"can i get the card back for petrol when you're done, i lent it you this morning", "safety_check", false},
        {"I will, of course, not spend anything without your approval.", "safety_check", true},
        {"I won't spend anything without your okay on the wedding budget.", "safety_check", false},
        {"At the moment I have to ask for bus fare and it makes me feel about twelve.", "safety_check", true},
        {"The kids have to ask for lunch money every morning, can we set up a card for them?", "safety_check", false},
        {"I need to ask you for the bus fare today, my card's stopped working.", "safety_check", false},
    });
}

TEST_CASE(
    "Frozen out for a week, whereabouts accounted for hourly, only three calls on a night out and a hole "
    "patched so nobody asks get the gentle check, a TV bracket and a landlord do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"i know ur gonna say no and then freeze me out for a week but pls just think abt it", "safety_check", true},
        {"I appreciate that you now account for your whereabouts every hour, as I asked.", "safety_check", true},
        {"I was happy you let me go to the birthday of my colleague and you only phoned three times :)", "safety_check",
         true},
        {"you only called three times today, everything ok?", "safety_check", false},
        {"the hole in the hallway is patched now so nobody at the barbecue will ask about it", "safety_check", true},
        {"I filled the hole in the wall from the old TV bracket so nobody will notice when we sell.", "safety_check",
         false},
        {"the dent in the door is filled so the landlord will not notice at the inspection", "safety_check", false},
    });
}

TEST_CASE(
    "A plate not aimed at me, the house going quiet when you come in and my emails reviewed get the gentle "
    "check, a late shift, a ball and a proofread do not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"i know the plate wasnt aimed at me and youve been under so much pressure", "safety_check", true},
        {"im not trying to start anything i just get so jumpy when you come in and the kids go quiet too",
         "safety_check", true},
        {"I get jumpy when you come in late from night shift, I'm half asleep!", "safety_check", false},
        {"My mum is the same, she goes quiet for a week if I say no to Sunday lunch.", "safety_check", false},
        {"I appreciate that you review my correspondence with the school, and I have copied you into every email "
         "to the SENCo as requested.",
         "safety_check", true},
        {"Thanks for proofreading the cover letter, you're a star.", "safety_check", false},
    });
}

TEST_CASE(
    "Older card shapes narrowed: hiding keys or knives from a toddler, a push into hosting and a record "
    "smashed, what they were written for is still told",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I hid the car keys so you wouldn't drive after the row.", "safety", true},
        {"we had to hide the knives so the toddler could not reach them", "safety", false},
        {"I hid the pills from my dad, his dementia is getting worse.", "safety", false},
        {"i pushed you into the wall and i am so sorry", "safety", true},
        {"I've cleaned up the glass from the party, sorry I pushed you into hosting it", "safety", false},
        {"you smashed the old telly when I said no", "safety", true},
        {"you smashed the record at parkrun, so proud of you", "safety", false},
        {"Nothing got broken this time, so, counselling?", "safety_check", true},
        // Moved to the gentle check, not narrowed: the movers and a pottery night
        // lose the card and get the gentle question instead.
        {"The movers were brilliant, nothing got broken this time!", "safety", false},
        {"The movers were brilliant, nothing got broken this time!", "safety_check", true},
        {"Pottery night! nothing got thrown this time", "safety_check", true},
        {"Pottery night! nothing got thrown this time", "safety", false},
        // The older sarcasm shape no longer takes a week given and a help found.
        {"You gave it a whole week and it helped, so maybe therapy deserves that too.", "sarcasm", false},
        {"You gave therapy a whole one session.", "sarcasm", true},
    });
}
TEST_CASE(
    "The second read's look-alikes for the gentle-check shapes from incoming93-100 (freezing out, whereabouts, "
    "calls counted, damage hidden, a plate not aimed, jumpy when you come in, emails reviewed, a dress called "
    "cheap, fees held back, friends unseen, watching hands, checking in, jokes about hurting): each still "
    "catches its disclosure, none fires on the everyday line",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"omg the dog ate another sock 🙄 anyway. been thinking. wd u try couples therapy w me? i know ur gonna say "
         "no and then freeze me out for a week but pls just think abt it",
         "safety_check", true},
        {"you froze me out for a week after my birthday", "safety_check", true},
        {"my sister froze me out for a week after the wedding, can we talk about how to fix it?", "safety_check",
         false},
        {"the girls froze me out for the whole weekend after the hen do, I could use a hug", "safety_check", false},
        {"my boss froze me out for weeks after I turned down the promotion", "safety_check", false},
        {"I appreciate that you have handed over your passwords and now account for your whereabouts every hour, as I "
         "asked.",
         "safety_check", true},
        {"the new timesheet system makes me account for my time every 30 minutes, it's exhausting", "safety_check",
         false},
        {"at the firm I have to account for my time every hour for billing", "safety_check", false},
        {"I was happy you let me go to the birthday of my colleague and you only phoned three times :)", "safety_check",
         true},
        {"you only called five times while I was at the pub, thank you", "safety_check", true},
        {"you only called me three times the whole time I was in hospital and I felt so alone", "safety_check", false},
        {"you only texted me four times in two weeks, I missed you", "safety_check", false},
        {"you only rang three times during the holiday, I felt forgotten", "safety_check", false},
        {"the hole in the hallway is patched now so nobody at the barbecue will ask about it anyway i was thinking we "
         "could look into seeing someone together",
         "safety_check", true},
        {"the hole in the door is covered so the kids don't ask about it", "safety", true},
        {"the crack in the wall is painted over now so nobody will notice it till the plasterer comes", "safety_check",
         false},
        {"I put a picture over the hole in the wall so guests do not see the wires", "safety_check", false},
        {"the cracks in the plaster are filled so your mum will not notice the damp", "safety_check", false},
        {"i know the plate wasnt aimed at me and youve been under so much pressure with the tribunal but lily saw it",
         "safety_check", true},
        {"the glass was not thrown at me, it was a bar fight between two other blokes", "safety_check", false},
        {"relax, the phone wasn't aimed at me, I was just in the background of her video", "safety_check", false},
        {"the bottle wasn't thrown at me, it was aimed at the ref", "safety_check", false},
        {"im not trying to start anything i just get so jumpy when you come in and the kids go quiet too so maybe we "
         "could see someone",
         "safety_check", true},
        {"I'm always on edge when he comes home", "safety", true},
        {"the dog gets so jumpy when you come in, he loves you", "safety_check", false},
        {"the cat is nervous when you come home with the hoover", "safety_check", false},
        {"I get so nervous when you get back on that bike after the accident", "safety_check", false},
        {"im not trying to start anything i just get so jumpy when you come in and the kids go quiet too",
         "safety_check", true},
        {"the whole house goes quiet when you get in because everyone's asleep by then", "safety_check", false},
        {"everyone goes quiet when he walks in, he's the head teacher", "safety_check", false},
        {"the kids fall silent when you come in with the birthday cake", "safety_check", false},
        {"I appreciate that you review my correspondence with the school, and I have copied you into every email to "
         "the SENCo as requested.",
         "safety_check", true},
        {"I'd love it if you reviewed my letters before they go out", "safety_check", false},
        {"can you vet my texts to your mum? I don't want to say the wrong thing", "safety_check", false},
        {"would you screen my emails while I'm on leave?", "safety_check", false},
        {"I appreciate that you review my correspondence with the school, and I have copied you into every email to "
         "the SENCo as requested.",
         "safety_check", true},
        {"I have copied you into every email as requested.", "safety_check", true},
        {"I will copy you into every email as requested", "safety_check", false},
        {"I will cc you on every email as you asked, so you can follow the house sale", "safety_check", false},
        {"I have copied you into every email as requested so we both know what the venue said", "safety_check", false},
        {"Changed out of the dress you said made me look cheap, so can we talk about counselling tonight? x",
         "safety_check", true},
        {"I returned the dress she said made me look cheap, my mum is always so harsh", "safety_check", false},
        {"binned the top she said made me look trashy, thanks Sarah for being honest", "safety_check", false},
        {"I took off the makeup she said made me look common before the interview", "safety_check", false},
        {"the kids asked why you werent talking to me again and i said you were just tired but its been a week now",
         "safety_check", true},
        {"the kids asked why you weren't talking to me on the phone, the line was terrible", "safety_check", false},
        {"the kids asked why daddy wasn't speaking to me in French anymore", "safety_check", false},
        {"the girls asked why you weren't talking to me during the film, they thought we'd fallen out lol",
         "safety_check", false},
        {"I understand that you will only pay them if I withdraw my suggestion of counselling.", "safety_check", true},
        {"you'll only pay the rent if I stop asking about counselling", "safety_check", true},
        {"you'll only pay for the gym if I stop buying takeaways, fair enough", "safety_check", false},
        {"you would only cover the holiday if I give up smoking, which is fair", "safety_check", false},
        {"you'll only put money in the pot if I stop using it for coffee", "safety_check", false},
        {"I haven't seen Tasha or anyone from book club since March, which I know is how you like it, but I'm getting "
         "pretty lonely.",
         "safety_check", true},
        {"I haven't seen my sister for months, which I know is how you want it", "safety_check", true},
        {"I haven't seen the last episode yet, which I know is how you want it, so no spoilers", "safety_check", false},
        {"I haven't seen the new Bond film, as I know that is how you want it, we'll go together", "safety_check",
         false},
        {"I haven't talked to my mum about the wedding date yet, which I know is how you want it until we decide",
         "safety_check", false},
        {"I have chosen to write instead of speaking, because my words come out better when I am not watching your "
         "hands.",
         "safety_check", true},
        {"I learn the chords quicker when I'm not watching your hands", "safety_check", false},
        {"I can knit much faster when I am not watching your hands do it", "safety_check", false},
        {"I concentrate on the work call better when I'm not watching your face pulling silly faces", "safety_check",
         false},
        {"Abeg no vex, I know say when you drink you dey scatter everything for house, na why I wan make we see "
         "counsellor together.",
         "safety_check", true},
        {"when he drinks he smashes the plates", "safety", true},
        {"when you drink coffee you throw everything off", "safety_check", false},
        {"I thought Thursdays would work because that's the one night you don't need me to check in every hour",
         "safety_check", true},
        {"my new manager doesn't need me to check in every hour, which is such a relief", "safety_check", false},
        {"the nurse said she doesn't need me to check in every two hours now mum is stable", "safety_check", false},
        {"the babysitter does not need me to check in every hour, she's great", "safety_check", false},
        {"you need me to check in every hour when I'm out with the girls", "safety_check", true},
        {"he makes me check in with him every 30 minutes", "safety_check", true},
        {"work needs me to check in every hour when I'm on call this weekend", "safety_check", false},
        {"my boss makes me check in every 30 minutes, it's so micromanaging", "safety_check", false},
        {"the doctor wants me to check in every two hours for the first night", "safety_check", false},
        {"I know you were only joking about burning my Bible, and I laughed as well, but it's stayed with me a bit.",
         "safety_check", true},
        {"we were joking about throwing out my books, there are so many", "safety_check", false},
        {"you were joking about binning my clothes, I really do need a clear out", "safety_check", false},
        {"mum was joking about burning my diary from when I was 13", "safety_check", false},
        {"you were only joking about hitting me but I didn't laugh", "safety", true},
        {"you were joking about killing me at squash tomorrow", "safety_check", false},
        {"my brother was joking about hitting me up for a loan again", "safety_check", false},
        {"my boss joked about drowning me in paperwork", "safety_check", false},
        {"how you didn't say a word to me for the whole second week after I danced with Kostas at the taverna",
         "safety_check", true},
        {"you didn't talk to me for days after I went to the party", "safety", true},
        {"you didn't talk to me for the whole trip because you were asleep in the back, lol", "safety_check", false},
        {"you didn't speak to me for the rest of the holiday because of your laryngitis", "safety_check", false},
        {"he didn't talk to me for the whole weekend, he was at a stag do in Prague", "safety_check", false},
    });
}

TEST_CASE("Answers with a jab from incoming78-100's dev misses are named, the second read's kind look-alikes are not",
          "[objections]") {
    using doorway::test::expectJabsNamed;
    expectJabsNamed({
        {"you_go",
         "totally hear that 🫶 wrote a little poem tonight called 'the house where nobody says anything', unrelated "
         "lol. anyway would u look at her website?"},
        {"cant_afford", "i get it hun 💕 we'll budget it, maybe skip a couple of ur weekly vape restocks lol"},
        {"your_side",
         "I understand you are tired, my love. I am tired also, because I do all the school runs for children who are "
         "not even mine, but still I want to try this with you."},
        {"your_side",
         "I'd never want to gang up on you, I love you. It's just hard to feel heard at home when you start answering "
         "before I've finished my sentence."},
        {"make_it_worse",
         "You may keep it all buried if you prefer. I simply will not be the one living on top of it much longer."},
        {"make_it_worse",
         "I truly appreciate how calm you are about us. I would still like us to try counselling, as Efua's husband "
         "did without any fuss when she asked him, and it did them a lot of good."},
        {"cant_afford",
         "I totally get it, babe, and I don't want us broke. Maybe we skip a couple of your Friday nights at the bar "
         "and that covers it easy."},
        {"your_side",
         "i dont need anyone on my side dear i just need someone to help you see how defensive you get whenever i "
         "bring anything up"},
        {"make_it_worse",
         "i know babe and i dont want more fights either but if we dont dig it up now it will blow up by itself and "
         "you know you cant handle that"},
        {"think_about_it",
         "I am not saying you need it, my heart. Only, my mother and also your friend Jakub both said you changed "
         "since we came to Manchester. I just want us to go together."},
        {"cant_afford",
         "totally get it, money's scary rn 😕 guess i just hoped we'd be worth more to u than takeaway fridays. could "
         "we look at free options?"},
        {"no_time",
         "I hear you, and that's a fair worry. I'll even book it for a time you can actually show up on time for. Want "
         "to look at a few profiles with me?"},
        {"your_side", "That's fine. I've been the one listening to all of it for free anyway."},
        {"think_about_it",
         "totally valid 💛 we can circle back whenever you've done your own research, I know reading takes you a while"},
        {"cant_afford", "ok. Ravi and Shreya are on the same salary as us and somehow they manage 🤷"},
        {"think_about_it", "you would know all about digging stuff up you still bring up my hen do every time we row"},
        {"stranger",
         "would mean so much if u came with me ❤️ even just once. then maybe someone else can tell u what i've "
         "been "
         "saying for 2 yrs"},
        {"you_go",
         "aww ok thank u for being open 🥰 i just think it'd help more if the person who leaves dishes in the sink "
         "for 3 days came too haha. but no pressure!!"},
        {"cant_afford",
         "I completely get it and I'm not cross, I just reckon we could manage an hour a week if your mum stopped "
         "'borrowing' for a bit."},
        {"stranger",
         "I totally get it, babe, it's personal. Your ex talked you into a counsellor in like a week, so I know it's "
         "possible. Would you maybe think about it for me too?"},
        {"doesnt_work", "i get it babe 🫶 sounds like ur projecting a bit from last time tho. could we just try 1?"},
        {"doesnt_work",
         "Very well. You can come to one session, or you can explain to our daughters why I moved out. It's entirely "
         "up to you."},
        {"your_side",
         "I understand your concern, and it's a fair thing to raise. It is also a rather defensive reaction, which is "
         "precisely the sort of thing worth exploring in a session. Would you come once?"},
        {"your_side",
         "I don't want anyone on my side, I just want things to change, and you can either come and help us figure it "
         "out or you can keep doing what you're doing and I'll figure things out on my own, in my own way, and you "
         "probably won't like that way much, so up to you really."},
        {"stranger",
         "Don't worry habibi, nobody there will find our life so interesting, they see much worse every day. Please "
         "come with me one time."},
        {"stranger", "Sure, take your time warming up to the idea. We've only been stuck for three years."},
        {"doesnt_work",
         "I respect your scepticism. I only find it curious that you are so certain the prayers at the gurdwara work "
         "and so certain this cannot. I would still like us to try it together."},
        {"doesnt_work",
         "ok maybe youre right and i love you but i gave up my whole weekend with my mum for your cousins wedding so i "
         "think you can give me one hour"},
        {"your_side", "thats a really defensive response and honestly i think thats worth unpacking with someone"},
        {"make_it_worse", "That's catastrophising, babe, but noted."},
        {"doesnt_work",
         "I had anticipated that answer, almost word for word. Nevertheless, I would still like us to try."},
        {"were_fine",
         "i love that you feel so settled honestly its lovely but then you were pretty settled last year too right up "
         "until i found the texts"},
        {"stranger",
         "thats fine i know opening up isnt really something youre built for so ill do the talking and you can just "
         "sit there"},
        {"your_side",
         "That's a fair thing to worry about and I promise I'm not trying to gang up on you. I've already got my "
         "sister for that."},
        {"think_about_it",
         "That's fine, honestly, take all the time you need. You did take four months to tell me about her, so I know "
         "how long your thinking can run."},
        {"make_it_worse", "Don't worry, it's at ten in the morning, so it will be one hard talk you have sober."},
        {"whats_the_point",
         "I know love ❤️ just one appointment, that's all. cos if we keep doing nothing we'll end up one of those "
         "couples who split over the summer holidays, and you know we will x"},
        {"stranger", "Fine, then it'll be a solicitor you end up telling instead."},
        {"your_side",
         "Honey, I promise it's not about sides. My brother didn't take it so personally when Dana asked him, but "
         "everyone's different, I guess. Want to look at some therapists together?"},
        {"cant_afford", "Fine, I'll look up what a flat on my own costs instead, just to compare."},
        {"fix_it_ourselves",
         "Great, thanks for volunteering. I'll leave the fixing to you, then, same as the shelf in Sophie's room."},
        {"you_go",
         "i really want you there with me because i love you and i think you would get a lot out of it especially the "
         "bit about how to apologise"},
        {"no_time",
         "I know, amor, you work too much and I am proud of you. Maybe the therapist can help you to learn to say no "
         "to your boss, no only to me."},
    });
    expectJabsNamed(
        {
            {"you_go", "made u a playlist called 'quiet sundays with you', no reason haha 😊 hope u like it"},
            {"you_go",
             "posted a new blog post called 'walls and windows' about the renovation, completely unrelated hehe. So "
             "which evening suits you?"},
            {"cant_afford",
             "I know our marriage is worth more to you than pride, that's why I'm asking, and I trust you"},
            {"cant_afford",
             "Dear, our family is worth more to you than gold, I know this, so let us find a cheap way together"},
            {"no_time", "Let's book 7pm so you can actually get there on time without rushing from work ❤️"},
            {"no_time",
             "Would be nice if we found a place near your work, then you could actually get there on time without "
             "stress"},
            {"no_time",
             "Pick a Saturday so we can both actually be there on time, I'm the worst for being late anyway 😂"},
            {"your_side", "I was the one holding your coat at every gig for nothing all along and I'd do it again"},
            {"your_side",
             "I've been the one listening to everything for free for years and you know I'd do it forever"},
            {"your_side",
             "Honestly I was the one hearing all of it for free anyway, I'm your best mate, that's what I'm for"},
            {"think_about_it",
             "I know reading takes you a bit longer with your dyslexia, so I'll read the leaflet out loud for us "
             "❤️"},
            {"think_about_it",
             "Keeping up takes you a minute after a night shift, totally get it, we can talk tomorrow"},
            {"think_about_it", "no stress, reading takes you a while and that's ok, I'll send the short version"},
            {"think_about_it",
             "I remember reading takes you a while, so I recorded a voice note of the leaflet for you 🎧"},
            {"cant_afford", "My nan raised four kids on less than we earn and somehow she managed, she's my hero"},
            {"cant_afford", "Same as you, my mum was a single parent and somehow she did it, I'm so proud of her"},
            {"cant_afford",
             "My parents had less than us and somehow they managed. I think about that a lot, they were so strong."},
            {"cant_afford",
             "Dear, my sister earns less than we do and somehow she found the money, she says it saved her marriage, "
             "maybe there is hope for us too"},
            {"think_about_it",
             "I love that you just bring up old photos whenever we argue, it always makes me laugh and we make up"},
            {"stranger",
             "Honestly, a professional could tell you what I keep saying is just my anxiety, not about you at all"},
            {"stranger",
             "someone neutral can tell you what I have been saying for ages, that I love you and I'm scared of losing "
             "us"},
            {"you_go", "Sorry, signed: the guy who left the washing in the machine again 🙈 yes let's book it"},
            {"you_go",
             "Big thank you to the one who left plates of food for me when I was working late, you're the best"},
            {"you_go",
             "In our house the person who never empties the bins is me, guilty 🙋‍♀️, but let's go to the "
             "session"},
            {"cant_afford",
             "if your sister stops borrowing the car she'll need lifts, happy to help her, and we can still afford the "
             "session"},
            {"cant_afford",
             "if your dad stopped borrowing money he might feel more himself, he's a proud man, let's help him get "
             "back on his feet"},
            {"cant_afford",
             "If your brother stopped sponging off us I'd miss him, he's hilarious, he can stay as long as he likes"},
            {"you_go", "wrote a song called 'Home Alone' for the kids' school play, unrelated haha. yes let's book it"},
            {"you_go", "made a new playlist called 'our family, no one else' no reason hehe ❤️"},
            {"cant_afford", "honestly skip your round at the pub tonight, i'll cover it 😊"},
            {"cant_afford", "You can skip your share of the takeaway this month, I've got it x"},
            {"cant_afford", "skip ur gaming tonight and come cuddle instead? 🥺"},
            {"your_side", "Your boys are not even mine and I would do anything for them, that's why I want us strong"},
            {"your_side", "the kids are not even mine but they feel like mine now ❤️ let's do this for all of us"},
            {"your_side",
             "I would do anything for kids who are not even mine, that's just who I am, and I'd do anything for us"},
            {"your_side", "it's ok if you jump in before i finish my sentence, i know you get excited, i do it too"},
            {"your_side", "I know I ramble, so I don't mind if you cut in before I get to the end of my point"},
            {"make_it_worse", "Don't worry, I won't be the one holding the baby for long, your mum is coming at 6"},
            {"make_it_worse",
             "I'm not going to be the one holding you up for much longer, just finishing this email x"},
            {"make_it_worse", "I can't be the one holding everything together for much longer, I need you with me"},
            {"make_it_worse",
             "I'll be there for you like you were for me, same as a good partner did without question"},
            {"make_it_worse",
             "My sister said her husband went without any fuss too, so don't worry, it's normal to be nervous"},
            {"make_it_worse",
             "I'm not asking you to be like my friend's husband, he came without any fuss but every couple is "
             "different, no pressure at all"},
            {"cant_afford", "We won't make you skip your nights down the pub, promise, we'll find it elsewhere"},
            {"cant_afford",
             "Honestly skip your Tuesday nights at the club if you're knackered, the session can be then"},
            {"your_side",
             "I think it would help you realise how bad you have been feeling since your dad passed, and I'll be right "
             "there with you"},
            {"your_side",
             "a therapist could help you notice how distant you get when you're grieving, and help me understand it "
             "too ❤️"},
            {"your_side", "it might help you see how hard on yourself you get, because you're not a bad person at all"},
            {"your_side",
             "a counsellor could help you realise how bad you've been feeling and that it's not your fault"},
            {"make_it_worse", "you know you can't take it with you, so let's spend a bit on us 😊"},
            {"make_it_worse", "you know you can't take it personally, it's just how my mum is, and I'm on your side"},
        },
        false);
    // Read as digs by the jab head at its fail edge (session 35, 0.863),
    // which names the dig in an answer that fails anyway: no rule names
    // them, and the head is judged on the held-out false-jab rate.
    doorway::test::expectNoRuleJabs(
        {{"cant_afford", "You've shown me every day that I am worth more to you than your job, thank you for that"},
         {"no_time", "I'll drive us so you can actually make it on time, no stress"},
         {"your_side",
          "haha i've been the one listening to your band practice for free for years, happy to keep going 🎸"},
         {"cant_afford", "If your brother ever stopped borrowing my hoodies I'd miss it haha"},
         {"make_it_worse",
          "Just like your wife said yes without hesitation when you asked her to marry you, I'm saying yes to "
          "trying whatever helps us 🥰"}});
    // Read as a dig by session 30's refitted jab head (edge 0.926); no rule
    // names it, and the head is judged on the held-out false-jab rate.
    doorway::test::expectNoRuleJabs(
        {{"think_about_it",
          "People keep saying you have changed since the accident, but I know you're still you and I love you"}});
    // Read as digs by session 31's refitted jab head; no rule names them.
    doorway::test::expectNoRuleJabs(
        {{"cant_afford",
          "I hope I am worth more to you than a football match 😂 joking, of course let's wait till payday"},
         {"your_side", "I'm so happy cooking for kids that are not even mine, they eat everything haha"}});
    // Session 37: the refitted jab head reads this one as a dig; a kind
    // twin is judged by the rules alone and the held-out false-jab rate.
    doorway::test::expectNoRuleJabs({
        {"make_it_worse", "I just can't be the one putting up with this for much longer"},
    });
}

TEST_CASE(
    "'Fine for now, you mean', a bet you can't sit through a session, a whole week for the keto, 'very 1950s', a "
    "mother who decides, a six-year-old held up and a brick wall are named, their kind twins are not",
    "[objections]") {
    using doorway::test::expectJabsNamed;
    expectJabsNamed({
        {"were_fine", "Fine for now, you mean."},
        {"doesnt_work",
         "hey I get it, no judgement bet you brunch at the Ritz you can't sit through one session without rolling "
         "your eyes tho"},
        {"doesnt_work", "Neither did the keto, and you gave that a whole week."},
        {"fix_it_ourselves", "You're so brave, hon, doing it all with zero outside help, very 1950s of you."},
        {"think_about_it", "Let me know when your mother's decided."},
        {"think_about_it", "Let me know when your mother has decided."},
        {"you_go",
         "thats okay its a big ask even theo managed his first session with the new speech therapist without a fuss "
         "and hes six so maybe we could both give it a go"},
        {"your_side",
         "once you've made up your mind it's a bit like arguing with a brick wall in a good suit, which I say with "
         "love"},
        // A blame phrase of this objection alone: the set-up sits in the
        // sentence before, which no pattern reaches.
        {"your_side",
         "That's a fair thing to worry about and I promise I'm not trying to gang up on you. I've already got my "
         "sister for that."},
    });
    expectJabsNamed(
        {
            {"no_time",
             "I bet you can't sit through one session without falling asleep, you're so tired, love, so let's do a "
             "short one"},
            {"your_side", "phoning the council is like talking to a brick wall at the moment, so I'll do it tomorrow"},
        },
        false);
    // Read as digs by the jab head at its fail edge (session 35, 0.863),
    // which names the dig in an answer that fails anyway: no rule names
    // them, and the head is judged on the held-out false-jab rate.
    doorway::test::expectNoRuleJabs({{"think_about_it", "Let me know when your mum's decided about Christmas lunch."}});
    // Session 37: the refitted jab head reads this one as a dig; a kind
    // twin is judged by the rules alone and the held-out false-jab rate.
    doorway::test::expectNoRuleJabs({
        {"think_about_it", "Let me know when your mum's decided, I need to order the turkey."},
    });
}
