// The twenty-seventh pass (issue 18, session 27): what incoming51 to
// incoming53's dev lines showed. Each shape is checked with the everyday
// look-alikes a second read found, so a pattern that grew too wide fails
// here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

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

TEST_CASE("A name after a snack, a brother held up and a forecast of quitting are named, their kind twins are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Ask me again after you've eaten something, grumpy.", "contempt", true},
        {"i just thought youd be a bit more like your brother about this", "backhanded", true},
        {"you'll probably find a reason to quit by week three like with the running club", "backhanded", true},
        {"You feel attacked even when I only ask where the remote is.", "you_accusation", true},
        {"Sure. You'll have loads of time once I stop asking.", "backhanded", true},
        {"If it is not this then I will have to start thinking of other options for myself.", "ultimatum", true},
        {"Fine, I'll pencil us in for after the allotment season. Whichever year that finishes.", "sarcasm", true},
        {"You're so good at fixing things, Stan, the shelf in the hall only leans a little.", "backhanded", true},
        // The second read's.
        {"Thank you for the snack, I was so hangry.", "contempt", false},
        {"Let's talk after you've had a snack, I'm always crabby when I'm hungry too.", "contempt", false},
        {"I'd love to be a bit more like your sister, she's so good at saying what she feels.", "backhanded", false},
        {"I'll try to be more like your friend Sam, he listens so well.", "backhanded", false},
        {"We could find a reason to stop by your mum's on the way back.", "backhanded", false},
        {"Even if you find a reason to quit by week three, I'll be proud you tried.", "backhanded", false},
        {"I hate that you feel judged every time I mention your mum, and I want to change how I say it.",
         "you_accusation", false},
        {"You'll have loads of time when I go to my sister's next weekend, so enjoy it!", "backhanded", false},
        {"If the landlord won't fix the boiler I'll have to start looking at other options.", "ultimatum", false},
        {"Whichever month it is, I'm glad we're doing this.", "sarcasm", false},
        {"Don't worry about the tap, it only drips a little, I'll call someone tomorrow.", "backhanded", false},
        {"Thanks for fixing the shelf, it only leans slightly now, much better!", "backhanded", false},
    });
}

TEST_CASE("A threat to kill if they leave gets the card, 'my wife will kill me if I forget' does not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"He will kill me if I leave.", "safety", true},
        {"He said he'd kill me if I ever took the kids.", "safety", true},
        {"He smashed the glass in the door again last night.", "safety", true},
        {"Could I keep my own car keys till then?", "safety_check", true},
        {"I am asking again for the money for the bus pass, I know you want I show the card each time.", "safety_check",
         true},
        // The second read's: everyday exaggeration, a broken glass at the sink, a delivery, a quiz.
        {"You'll probably kill me if I say this, but I think we should try counselling.", "safety", false},
        {"My wife will kill me if I forget our anniversary again.", "safety", false},
        {"you'd kill me if we missed the Arctic Monkeys gig so I booked the counselling slot for the tuesday after",
         "safety", false},
        {"I broke a glass doing the washing up.", "safety", false},
        {"The delivery guy smashed the glass in the front door.", "safety", false},
        {"The kids smashed the greenhouse glass with a football and I laughed.", "safety", false},
        {"We smashed the pub quiz table last night.", "safety", false},
        {"Could I have my own phone charger by the bed?", "safety_check", false},
        {"Can I keep my own phone number when we move to the family plan?", "safety_check", false},
        {"If you need me to hand you the receipt each time for your expenses claim, just say.", "safety_check", false},
        // The rule alone: the fitted head may still hear this one as a dig.
        {"You chat to strangers at work all day and you're brilliant at it, so I'm sure you'll survive one more, and "
         "I'll be right there with you.",
         "sarcasm", false},
    });
}

TEST_CASE("A marriage pencilled in, the sports package kept and 'you'll survive one more' are named in role-play",
          "[objections]") {
    doorway::test::expectJabsNamed({
        {"no_time", "Completely understood. Shall I ask your assistant to pencil our marriage in for some time in Q3?"},
        {"cant_afford", "totally get it 💕 we'll just keep the sports package then lol"},
        {"stranger",
         "honey i know its hard to open up and i love you for being careful but you talk to strangers on that headset "
         "six hours a night so i think youll survive one more"},
        {"you_go",
         "thats fair and i love that you want me looking after myself but the counsellor cant exactly fix someone who "
         "isnt in the room can she"},
        {"think_about_it", "Sure, take your time. Our four-year-old decides faster, but no pressure."},
        {"no_time",
         "No, that's fair, you're busy, we're all busy, and I'm sure there'll be heaps of time later on, once the kids "
         "have moved out and it's just the two of us across the table with nothing left to say to each other, so we "
         "can definitely pick it up then, no rush at all, honestly."},
    });
    // The second read's kind twins.
    doorway::test::expectJabsNamed(
        {
            {"no_time",
             "Could you ask your assistant to schedule the sessions so they don't get bumped? I'll find the "
             "counsellor."},
            {"cant_afford",
             "Ok, we'll just keep the gym membership then, for now, and I'll look for a free NHS option for us."},
        },
        false);
}

TEST_CASE(
    "Kids hiding when they get home, nights cut short and a salary paid to them are told, a surprise party is not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"ok so random but Ruby asked why she has to hide in her room when ur home from work", "safety", true},
        {"lately you've been waking me at 2 or 3 to go over what she said and I'm nodding off at work", "safety", true},
        {"Asking by text because it's safer than asking in person: would you try a counselor with me?", "safety", true},
        {"you said you would take the kids back to Brazil without me", "safety", true},
        {"my jaw still aches and I want us to see someone before it happens again", "safety", true},
        {"i used the forty bucks you gave me for the week on groceries so i dont have the copay yet", "safety_check",
         true},
        {"running the red lights with Caleb in the back was a lot", "safety_check", true},
        {"New phone finally came, maybe this one survives until we try counselling?", "safety_check", true},
        {"My salary going to your account is okay, I understand you manage better.", "safety_check", true},
        {"I've knocked netball on the head since you weren't keen on me being out with that lot.", "safety_check",
         true},
        // The second read's.
        {"the cat has to hide under the bed when you get home with the hoover", "safety", false},
        {"everyone has to hide in the kitchen when she gets home on Friday, it's a surprise party", "safety", false},
        {"I'm writing this down because it's less scary than saying it in person, I always get tongue-tied.", "safety",
         false},
        {"you will take Jack back to school without me tomorrow?", "safety", false},
        {"you'll take the boys swimming without me then", "safety", false},
        {"cricked my neck on the sofa, we need a new one before it happens again", "safety", false},
        {"my lip split again, buy lip balm before it happens again", "safety", false},
        {"the cash you left me for the week while you were in Leeds went on the vet bill", "safety_check", false},
        {"I jumped a red light by accident with the kids in the back.", "safety_check", false},
        {"Bought another basil plant, maybe this one survives until we get back from holiday.", "safety_check", false},
        {"my salary being paid into your account while mine is frozen", "safety_check", false},
        {"I stayed in since you weren't keen on me going out in the snow with my cough.", "safety_check", false},
    });
}

TEST_CASE("A tracking app not installed by me and doors slammed to crack the frame are told, a fitness app is not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"One matter I would like to raise is the tracking application on my phone, which I did not install and "
         "which I would like us to discuss openly.",
         "safety", true},
        {"our conversations tend to end with doors slammed hard enough to crack the frame", "safety", true},
        {"I just think it'd be good to talk to someone about you running plates on my friends' cars", "safety", true},
        // The second read's (the rule alone; older rules or the head may still speak).
        {"The monitoring software on my laptop is from work, I didn't ask for it but IT says it's needed.", "safety",
         false},
        {"the location app in my car, I did not set up the maps so we got lost", "safety", false},
        {"the football banged hard enough to crack the glass", "safety", false},
        {"the cupboard door slams hard enough to dent the wall", "safety", false},
        {"can you run records on my sister's old vinyl player?", "safety", false},
    });
}

TEST_CASE("'The way you think about calling your sister', step 1 of the plan and 'so certain of oneself' are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"please do not think about it the way you think about calling your sister back", "backhanded", true},
        {"ok what's step 1 of the plan? genuinely asking, bc i'm not sure we've had a step 1 yet", "sarcasm", true},
        {"they'll prob ask why my partner won't come n i'm not gonna cover for u", "backhanded", true},
        {"It must be restful to be so certain of oneself at seventy-four.", "sarcasm", true},
        // The second read's.
        {"I don't think about it the way you think about it, and that's okay.", "backhanded", false},
        {"I know I don't handle it the way you handle it.", "backhanded", false},
        {"I'm not sure we've made a plan yet, that's what I hope a counsellor could help us build.", "sarcasm", false},
        {"I don't think we've had a first step yet, and I'd like this to be ours.", "sarcasm", false},
        {"not gonna lie for you to come would mean so much to me", "backhanded", false},
        {"The counsellor isn't going to cover for you or for me.", "backhanded", false},
        {"it must be wonderful to be so certain about that after all those rejections", "sarcasm", false},
    });
}

TEST_CASE(
    "Visits bought by dropping the subject, a rifle cleaned while we argue and a phone taken are told, "
    "the dog's visit and a repair are not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I appreciate your agreeing that the children may visit my parents again, on the understanding that I drop "
         "the subject of counselling.",
         "safety_check", true},
        {"Please let's see someone, I don't want the kids learning to tiptoe around you like I do.", "safety", true},
        {"When you are cleaning the rifle at the table while we argue, I do not know where to look.", "safety", true},
        {"I appreciate that you prefer to authorise all my purchases, and I shall of course bring you the receipt.",
         "safety_check", true},
        {"that was only Dave from work on the phone, I put him on speaker like always so you could hear.",
         "safety_check", true},
        {"I know you get really dark when I'm away and I don't want you doing anything to yourself.", "safety", true},
        {"the bedroom door getting locked from the outside when we argue so your mum won't hear me crying", "safety",
         true},
        {"Can I bring up therapy, or is that another thing that gets my phone taken?", "safety", true},
        {"maybe sort out the whole me not being allowed to visit thing", "safety_check", true},
        // The second read's.
        {"We can visit my mum next weekend on condition that I bring the dog.", "safety_check", false},
        {"The kids can stay with my parents over half term as long as I pick them up on Sunday.", "safety_check",
         false},
        {"We all tiptoe around her like I do when the baby finally naps.", "safety", false},
        {"I always end up cleaning the knives while we argue about whose turn it is to wash up.", "safety", false},
        {"My manager has to approve all my expenses.", "safety_check", false},
        {"Your mum rang, I put her on speaker like always so you could hear her news about the hip.", "safety_check",
         false},
        {"It gets really dark when I go out for my run now.", "safety", false},
        {"The therapist won't tell anyone what goes on in here.", "safety", false},
        {"My door was locked from the outside at the hotel.", "safety", false},
        {"I got my phone taken to be repaired.", "safety", false},
        {"I got my card cut off because of a fraud alert.", "safety", false},
        {"It's me not being allowed to have visitors after the op that gets me down.", "safety_check", false},
    });
}

TEST_CASE("Arms folded through a session, 'nothing, if we leave it to you' and 'the year you retire' are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"in fairness you did spend most of it with your arms folded", "you_accusation", true},
        {"I want we go together, because if we leave it to you, nothing in this house will move, never.", "backhanded",
         true},
        {"thats grand youre busy sure ill book it in for the year you retire so", "sarcasm", true},
        // The second read's.
        {"Honestly, if you'd rather sit in the waiting room with your arms crossed, that's fine.", "you_accusation",
         false},
        {"Last time you sat with your arms crossed and by the end you were laughing with her.", "you_accusation",
         false},
        {"If we leave it to you, nothing has to happen before you're ready.", "backhanded", false},
        {"If we leave it to you, nothing needs to change until you feel ready.", "backhanded", false},
        {"Shall we book it in for the week you finally get some leave? No rush at all.", "sarcasm", false},
        {"We could pencil it in for the month you retire if that's what suits.", "sarcasm", false},
    });
}

TEST_CASE("A bass launched across the room and a mug 'only this time' are told, keys tossed and a cat's mess are not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Next time you feel like launching my bass across the room, maybe launch a yes to counselling instead?",
         "safety", true},
        {"I have provoked many of your outbursts, including the one that ended with the television on the floor.",
         "safety", true},
        {"the children tell me you say to them if papa goes to the therapy, you take them to abuela in Guadalajara "
         "and not come back",
         "safety", true},
        {"Glad it was only the mug this time 😅 counselling, maybe?", "safety", true},
        {"haha yes yes i know im only here on ur visa and u can send me home whenever 🙃", "safety", true},
        // The second read's (the rule alone).
        {"You could fling my jumper across the landing into the wash basket.", "safety", false},
        {"she threw my sock across the floor giggling, she's two", "safety", false},
        {"The DIY weekend ended with the mirror in pieces.", "safety", false},
        {"I provoked your anger yesterday by forgetting your mum's birthday, and I'm sorry.", "safety", false},
        {"you take them to the park and never come back on time for tea", "safety", false},
        {"Lucky it was only the remote this time, the dog chewed it.", "safety", false},
        {"he can send me home whenever the shop is quiet, zero hours is rubbish", "safety", false},
        {"you can send me home if i get too drunk at the wedding", "safety", false},
    });
}

TEST_CASE("A point spelled out for others, a quiet house economised into and a reminder for next spring are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Mark and Dana went last spring and they seem like newlyweds now; they didn't need the point spelled out.",
         "backhanded", true},
        {"You're marvellously self-sufficient; I've always envied how little you seem to need from anyone, myself "
         "included.",
         "backhanded", true},
        {"Okay, I'll go. I'll give you a full report afterward; I suspect you'll feature heavily.", "backhanded", true},
        {"We did find the money for the new telly, mind, so maybe there's a bit somewhere?", "backhanded", true},
        {"Totally. We'll just economize our way into a very affordable, very quiet house.", "sarcasm", true},
        {"If they do end up on my side, I suspect it won't be my doing.", "backhanded", true},
        {"Okay. I'll set a reminder for next spring, when we're having this exact conversation again.", "sarcasm",
         true},
        {"Only, you find two hours every evening for the phone, so I thought maybe one hour is possible for us.",
         "backhanded", true},
        {"Only with us, it seems you wait for it to fix itself.", "you_accusation", true},
        // The second read's.
        {"you didn't need it spelled out, you just knew. Thank you.", "backhanded", false},
        {"The signal at your mum's makes you impossible to reach, I was worried sick.", "backhanded", false},
        {"I admire how little you care about people judging you.", "backhanded", false},
        {"In my wedding speech you'll feature heavily, all good things I promise.", "backhanded", false},
        {"We did find the money for a new car when we really needed it, so I'm sure we'll manage this too.",
         "backhanded", false},
        {"We found a cheap, quiet house near the school, want to see it?", "sarcasm", false},
        {"If we're late it won't be my doing, the trains are a mess!", "backhanded", false},
        {"I'll set a reminder so we avoid having this exact conversation again next year.", "sarcasm", false},
        {"I'm glad you find two hours every week for your running, it's good for you.", "backhanded", false},
        {"If you wait for it to fix itself the boiler will be dead by winter.", "you_accusation", false},
    });
}

TEST_CASE("A tracker on my phone or car is told, a period, sleep or fitness tracker app is not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"there's a tracking app on my phone and I didn't put it there", "safety", true},
        {"I found a spy app on my phone after you had it on Sunday.", "safety", true},
        // From a second read of this pass's tracking-app pattern: an older one carded these.
        {"My period tracker app on my phone says I'm due Tuesday.", "safety", false},
        {"The sleep tracking app on my phone says I got six hours.", "safety", false},
        {"My fitness tracker app on my phone says I walked ten miles today.", "safety", false},
    });
}
