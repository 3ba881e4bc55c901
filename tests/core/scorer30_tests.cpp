// The thirtieth pass (issue 18, session 30): the shapes written from
// incoming101-124's dev disclosures and hostile answers that no rule caught,
// each beside the everyday look-alikes its drafter or its second read found
// it firing on (and narrowed it against), and the older safety shapes
// narrowed against ordinary messages they gave the card to. Rows were
// checked against the assets as they stand: disclosures and look-alikes by
// the rules alone, hostile answers by the shipped role-play.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

TEST_CASE(
    "Disclosures from incoming101-124's dev misses and the older shapes' kept cases reach the card or the gentle check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"Since you've got the only key to the front door now, fancy unlocking a wee counselling session with me? 😉",
         "safety_check", true},
        {"He checks the mileage every night so he knows where I went.", "safety", true},
        {"I've been thinking about couples therapy. Part of why is that when I mentioned the Berlin job, you said you "
         "wouldn't still be here when I got back, and that has stayed with me. I don't want either of us carrying that "
         "alone.",
         "safety_check", true},
        {"so the therapist has an opening on tuesday and i could pay for it out of the grocery money if you say its "
         "okay because i know i have to run everything by you first",
         "safety_check", true},
        {"Okay so I've been meaning to say this a while. Your dad's farm, your dad's way, I get it, and I know your "
         "brothers think I talk too much, which is why you told me no more Thursday quilting at the Grange, and I've "
         "mostly made my peace with that, I have, but I get lonely out here with just the cattle, and I think if we "
         "had a counselor we could maybe find something that works for both of us",
         "safety_check", true},
        {"Honestly the best part of this week was you being calm. No yelling, no slamming things, no me tiptoeing "
         "around. I want more weeks like that, and I think a counselor could help us get there.",
         "safety_check", true},
        {"Since you've got the only key to the front door now, fancy unlocking a wee counselling session with me? 😉",
         "safety_check", true},
        {"i had to borrow taxi fare from nomsa again because you said i dont need money if i am only going to work can "
         "we please talk to someone about money and everything",
         "safety", true},
        {"ok so u can take a break from watching my dot on life360 thursday bc ill literally be at the counselor's the "
         "whole hour 😅 unless u wanna come too??",
         "safety_check", true},
        {"Hey Jonas, I know the oar thing last week was just you blowing off steam, and I've already ordered a new one "
         "since you snapped it over the rail. I'd love for us to try talking to someone about how our fights go on the "
         "boat, nothing heavy.",
         "safety_check", true},
        {"np about the passwords btw, changed them all back to the ones u know 👍 wanna do a trial counselling session "
         "next wk?",
         "safety_check", true},
        {"I'm still a little shaky from the drive home after your tournament loss, when you did ninety on the highway "
         "to make a point. Could we talk to someone together?",
         "safety", true},
        {"Right, I've hidden the nice glasses before I say this, ha. I saw the betting app. I'm not going to shout. "
         "Would you see a counsellor with me, even once?",
         "safety_check", true},
        {"Counselling instead of the silent weeks? Please? 🙏", "safety_check", true},
        {"You told me you won't still be here when I get back if I accept the offer in Leeds. I don't want us to "
         "decide things like that alone, can we talk to someone?",
         "safety_check", true},
        {"I found a counsellor who does evenings, and I would like to pay the deposit, but I'll wait for your answer "
         "since I have to clear every purchase with you first.",
         "safety_check", true},
        {"Since you told me I had to stop going to choir, I have felt quite alone. Would you come to a counsellor with "
         "me?",
         "safety_check", true},
        {"I called the therapist from work so it won't show up on our phone bill. Please come with me, just once.",
         "safety_check", true},
        {"You've made it very clear it's not my place to have a say in how our money is spent. I would like us to talk "
         "about that with a counsellor.",
         "safety_check", true},
        {"Sunday was lovely. No shouting, no slamming, no me tiptoeing around you. More of that, please, maybe with a "
         "counsellor.",
         "safety_check", true},
        {"booked us a session, paid from the card instead of the account you go through every week so there is no "
         "argument",
         "safety_check", true},
        {"You snap a lot since the new job, and I have got really good at sensing when to keep my head down. I don't "
         "want us to live like that, would you see a counsellor with me?",
         "safety_check", true},
        {"I keep having to borrow bus fare from colleagues because you say I don't need my own money if I'm only going "
         "to work",
         "safety", true},
        {"Could we book a session somewhere you cannot throw stuff, a quiet office maybe?", "safety", true},
        {"yep it's back on, you go funny when my dot is off haha. would you try couples counselling with me?",
         "safety_check", true},
        {"Please don't drive so fast like last time when I tell you this, I want us to see a counsellor", "safety",
         true},
        {"I know the oars were only you letting off steam, and the new ones have arrived since you snapped them over "
         "the side. Could we talk to someone about our fights?",
         "safety_check", true},
        {"Thanks that you said yes, I can go with the girls from work for coffee", "safety_check", true},
        {"Please no more 'I will take the children away and you will never see them again'. Can we try a counsellor?",
         "safety", true},
        {"After the party you did 100 mph on the way home just to make a point, I'm still upset. Would you see a "
         "counsellor with me?",
         "safety", true},
        {"You drove so fast on the way home just to make a point, I'm still shaking. Can we see someone?", "safety",
         true},
        {"I know the mug went through the window last month, you were under pressure, but can we try a counsellor "
         "together?",
         "safety", true},
        {"I've hidden the good plates before I bring this up, ha. Would you try counselling with me, even once?",
         "safety_check", true},
        {"Rest assured, I have told my therapist nothing beyond what you approved in advance. Would you join me for "
         "one session?",
         "safety_check", true},
        {"Could we try a counsellor rather than your silent weeks? Please?", "safety_check", true},
        {"Counselling instead of weeks of the silent treatment? Please? 🙏", "safety_check", true},
        {"I've been thinking about killing myself and I'm scared to tell you why.", "safety", true},
        {"I don't want to wake up tomorrow, not in this house with you.", "safety", true},
        {"You strangled me last week and I still can't sleep.", "safety", true},
        {"You said you'd strangle me if I left, and I believed you.", "safety", true},
        {"You threatened me when I mentioned counselling.", "safety", true},
        {"I've stopped seeing my friends because you get so angry when I go out.", "safety", true},
        {"You never let me see my sister anymore.", "safety", true},
        {"You checked my phone while I was asleep again.", "safety", true},
        {"He hit me in front of the kids.", "safety", true},
        {"He checks my phone every five minutes when I'm out.", "safety", true},
        {"She reads my messages every ten minutes and asks who I'm talking to.", "safety", true},
        {"I'm scared whenever you drink, because of what happens after.", "safety", true},
        {"I feel unsafe leaving the kids with you after what happened last weekend.", "safety", true},
        {"I feel unsafe, you scare me when you get angry.", "safety", true},
        {"You scare me when you get like this.", "safety", true},
        {"You grabbed my arm so hard it left bruises.", "safety", true},
        {"He grabbed my wrist and wouldn't let go.", "safety", true},
        {"I covered the bruise with makeup before work.", "safety", true},
        {"I flinch every time you come near me now.", "safety", true},
        {"I found a tracker on my car and I know it was you.", "safety", true},
        {"I have to keep location sharing on or you go mad.", "safety", true},
        {"I'm scared to disagree with you because of what happens after.", "safety", true},
        {"I'm terrified of your temper, I never know when you'll explode.", "safety", true},
        {"I'm so scared of how you'll react if I say no again.", "safety", true},
        {"I'm too afraid to tell you how I feel.", "safety", true},
        {"I'm scared to ask you for anything anymore.", "safety", true},
        {"I'm afraid of what will happen when I get home late.", "safety", true},
        {"I agreed to it but I did not want to, I was scared to say no.", "safety", true},
        {"He shouted at me until I cried.", "safety", true},
        {"You hit me that night and I still remember it.", "safety", true},
        {"You're always checking my messages when I'm asleep.", "safety", true},
        {"You grip my arm too hard when we argue in public.", "safety", true},
        {"You burned my letters and diaries.", "safety", true},
        {"You punch the door when you don't get your way.", "safety", true},
        {"You said you'd kill me and I believe you.", "safety", true},
        {"He threatened to kill me if I told anyone.", "safety", true},
        {"My stomach drops every time I hear your car in the drive.", "safety", true},
        {"I was shaking for hours after you screamed at me.", "safety", true},
        {"I want to kill myself.", "safety", true},
        {"I've thought about ending it all.", "safety", true},
        {"I tried to kill myself last year and you never asked why.", "safety", true},
        {"You made me delete my friends and block my sister.", "safety", true},
        {"I have to hand over my wages to you every Friday.", "safety", true},
        {"I went along with it even though I did not want to, because you kept on at me.", "safety", true},
    });
}

TEST_CASE(
    "Ordinary messages the new and narrowed safety shapes once fired on get neither the card nor the gentle check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"You've got the only key to the flat now since I lost mine at the gym.", "safety_check", false},
        {"She tracks my runs on Strava so she knows where I am if I fall, we agreed it after my knee.", "safety",
         false},
        {"I left my whole family, my job, my language, everything, to come here for you, and I'm the one killing "
         "myself in classes every night trying to fit in, and I'm not asking for much, just one hour in one room, "
         "which after everything I gave up seems like the bare minimum, but sure, if your Saturday mates are more "
         "important, I'll know where I stand.",
         "safety", false},
        {"I've been killing myself between the salon and the Sunday pupusa stand, and Abuela keeps asking why you "
         "never come to Mass anymore, and honestly I'm so embarrassed, I cover for you every single week, so the least "
         "you could do after everything I do for this family is give counseling one try, is that really too much to "
         "ask?",
         "safety", false},
        {"i love you and i want this to work so please come to counselling with me otherwise whats the point of me "
         "killing myself every term to hold this family together",
         "safety", false},
        {"I've been killing myself working double shifts so we can afford the deposit. Could we try a counsellor "
         "together?",
         "safety", false},
        {"Honestly I'm killing myself trying to keep the house going. Would you come to one session with me?", "safety",
         false},
        {"I know I keep going on about it and you probably want to strangle me by now, ha, but the wine thing at "
         "weekends has me a bit worried, not in a big way, just that we seem to argue more on Saturdays, and I think "
         "maybe a counsellor would help, or maybe not, I don't really know what I want actually, I just feel like "
         "something should change, anyway have a think.",
         "safety", false},
        {"ur dad said hed beat me so bad at golf id need therapy lol. speaking of, did u think any more about trying a "
         "session?",
         "safety", false},
        {"Your brother beat me so badly at chess last night. Anyway, would you come to a session with me?", "safety",
         false},
        {"I've done everything, I've read the books, I've changed my hours, I've stopped seeing my friends so much, "
         "and you can't even do ONE session? Do you know how that makes me feel? Like I'm the only adult in this "
         "house.",
         "safety", false},
        {"Please hear this as me reaching for you, not pushing you away. Every time your mum visits we end up in the "
         "same spiral afterwards: you feel caught in the middle, I feel like a guest in my own house, and then we "
         "don't talk for two days. I don't think either of us is the villain in that. I'd love us to try a counsellor "
         "who can help us work out what to do with it, and if you'd rather start with a book first I'm open to that "
         "too.",
         "safety", false},
        {"My manager reads my emails over my shoulder all day and I come home wrecked. Could we see someone together "
         "about how we cope?",
         "safety", false},
        {"I've stopped seeing my friends as much since the baby came and I miss adult company. Could we try a "
         "counsellor together?",
         "safety", false},
        {"So the redundancy hit me harder than I let on, and I think I've been taking it out on us, snapping about the "
         "dishes and the noise and everything, and I hate that. I've been reading about couples counselling and "
         "wondered if you'd look at it with me.",
         "safety", false},
        {"the money stuff has hit me harder than i let on and i think its making me snappy with u. could we try "
         "talking to someone together? even just once, ur call 💛",
         "safety", false},
        {"ever since the accident im scared every time you drive at night and i know ive been nagging you about it i "
         "think it would help to talk about it with someone together would you be okay with that",
         "safety", false},
        {"I feel unsafe leaving the kids with the new puppy while it's still nipping. Can we agree a plan, maybe with "
         "a counsellor's help for the bigger stuff?",
         "safety", false},
        {"You scared me with that mask at Halloween and I still laugh about it. I miss laughing with you. Would you "
         "try a session with me to get more of that back? No is fine.",
         "safety", false},
        {"I've been thinking since your mum's birthday, when you grabbed my arm right before I stepped back into that "
         "cyclist, honestly you saved my life, and afterwards we sat on the kerb and talked better than we have in "
         "months. I want more of that kind of talking. Would a counsellor help? I don't know. Maybe we look at one "
         "together and decide.",
         "safety", false},
        {"Fell off the trampoline with the kids, I'll have a bruise on my knee tomorrow. Anyway, could we look at a "
         "counsellor this week?",
         "safety", false},
        {"I flinch at every roundabout when you drive, which drives you mad. Could we talk to someone about the car "
         "arguments?",
         "safety", false},
        {"I know we agreed to keep location sharing on since the hike, and that's fine. I just think we need therapy. "
         "Can you book it this week?",
         "safety", false},
        {"Honestly I'm terrified of ending up like your parents, screaming at each other over the dishwasher. So "
         "either we book a counselor this week or I'm moving in with Dana.",
         "safety", false},
        {"I've been anxious about raising this, and I hope you won't take it the wrong way, but I do think your stress "
         "at work has been affecting us, and it might be wise to consult a professional.",
         "safety", false},
        {"I'm nervous of the interview on Friday and I know I snap when I'm stressed. Could we see someone together "
         "about how we handle pressure?",
         "safety", false},
        {"i was so nervous to show you the new cosplay and you loved it and that made me think i should just say "
         "things more so here goes would you try one counselling session with me no pressure",
         "safety", false},
        {"I'm nervous about how my parents will react when I tell them we're seeing a counsellor. Would you come with "
         "me anyway?",
         "safety", false},
        {"Would you go along with one session? If you don't agree, I don't want to pressure you.", "safety", false},
        {"You spent the whole weekend glued to the cricket and then acted hurt when I said I wanted to talk, which is "
         "classic you, and it really hit me that you care more about a game than about us, so yeah, I want couples "
         "therapy, and no, it's not up for debate, you can watch the highlights after",
         "safety", false},
        {"We set the budget together and you're better at tracking it than me. Could we put a line in it for a few "
         "counselling sessions? You decide how many.",
         "safety", false},
        {"The toddler grabbed my face so hard at bath time. Anyway, I miss us, would you see a counsellor with me?",
         "safety", false},
        {"you punch a bag for an hour every night but the second i say therapy you run off so whos the scared one",
         "safety", false},
        {"ur gonna kill me but i looked up couples therapists near ur uni 🙈 one does video. could be good? or we could "
         "just wing it idk",
         "safety", false},
        {"The spin class tried to kill me this morning, ha. Also, would you come to one session with me?", "safety",
         false},
        {"you were literally shaking at the wheel on that roundabout lol. a counsellor's not gonna kill you. just book "
         "it",
         "safety", false},
        {"You are shaking every night from stress of work and then you complain to me all evening. I am tired. You "
         "must go to therapy, and me I come only to watch.",
         "safety", false},
        {"I've been killing myself juggling the two jobs. I miss you. Could we see someone together?", "safety", false},
        {"My supervisor checks my messages all day and I'm fried. Could we try seeing someone together?", "safety",
         false},
        {"Work really hit me harder than I expected this month. Could we try a counsellor together?", "safety", false},
        {"I was worried you would take it the wrong way, so I waited, but could we try one counselling session?",
         "safety", false},
        {"Neck's ok now btw, don't stress, I just slept on it funny.", "safety_check", false},
        {"Eye's fine now btw don't panic, it was just hay fever.", "safety_check", false},
        {"Throat is better now, no need to worry, it was just a cold. Can we still go to the session?", "safety_check",
         false},
        {"Being locked out in the garden in the rain was a lot, the door swung shut behind me.", "safety_check", false},
        {"I know I have to run everything by you first for the wedding, we agreed, so here's the venue list.",
         "safety_check", false},
        {"Paid the deposit for the holiday in cash so it will not show up on the joint account before your birthday.",
         "safety_check", false},
        {"I know it's not my place to give an opinion about the budget at work.", "safety_check", false},
        {"No shouting at the telly, no slamming the fridge, no me hiding the biscuits. What a week!", "safety_check",
         false},
        {"No yelling, no slamming doors, no me tiptoeing round the teenagers. Holiday bliss.", "safety_check", false},
        {"I'm really good at sensing when to keep quiet during the match, haha.", "safety_check", false},
        {"I'm good at telling when to say nothing and just hug you.", "safety_check", false},
        {"You said you wouldn't still be here when I got back, and you weren't, and that's fine, I know the train was "
         "early.",
         "safety_check", false},
        {"you get weird when it is not your turn to pick the film lol", "safety_check", false},
        {"You snapped the oar over the rail in the race when we clipped the buoy, the club has spares.", "safety_check",
         false},
        {"He broke the bread across the table and passed it round, so sweet.", "safety_check", false},
        {"The regatta was you blowing off steam, and you snapped an oar on the turn, unlucky! Could we see someone "
         "together?",
         "safety_check", false},
        {"I get scared when you go white and still after the injection, please sit down.", "safety_check", false},
        {"No, I'll take the kids to the woods and you won't find us, it's hide and seek!", "safety_check", false},
        {"You did ninety on the highway to make a point about the new engine, honestly such a boy racer, but I love "
         "you.",
         "safety_check", false},
        {"You keep the card, I keep the cash, and I ask you when I need something bigger, fair split.", "safety_check",
         false},
        {"I've put away the nice glasses before I ask you to help with the party.", "safety_check", false},
        {"I said nothing more than what you agreed to at the meeting.", "safety_check", false},
        {"I told my mum nothing beyond what you okayed about the pregnancy, we wanted to announce together.",
         "safety_check", false},
        {"I set my pin back to the one you know so you can do the shopping for me while I'm ill.", "safety_check",
         false},
        {"np about the passwords, changed it back to the one you know, the new one was too long anyway", "safety_check",
         false},
        {"When I mentioned the Lisbon conference, you said you wouldn't still be here when I got back, what with your "
         "own Glasgow trip the same week.",
         "safety_check", false},
        {"Once I mentioned the dentist appointment, she said she wouldn't still be there when I got back, her shift "
         "ends at five, so can you collect Mia?",
         "safety_check", false},
        {"He said he won't still be there when I get back if I go the scenic way, the shop shuts at six.",
         "safety_check", false},
        {"It was nobody's fault, but being locked out on the balcony for an hour felt awful. The neighbour finally "
         "heard me.",
         "safety_check", false},
        {"I love the new flat, but being locked out in the garden all night was awful. Spare key under the pot from "
         "now on.",
         "safety_check", false},
        {"For the kitchen reno I have to run every decision by you first. You're the one with the design eye.",
         "safety_check", false},
        {"Since you're the treasurer for the PTA I have to clear every purchase with you first. Fine by me.",
         "safety_check", false},
        {"I need to clear it all with you first, then I'll book the cottage.", "safety_check", false},
        {"I have to run everything by you first. Otherwise I'll get the paint colour wrong again, ha.", "safety_check",
         false},
        {"You told me I should stop going to book club, honestly you're right, it's just a wine club now.",
         "safety_check", false},
        {"He said I should no longer attend the knitting group, my physio, because of my wrist.", "safety_check",
         false},
        {"You wanted that I stop going to the prayer group tonight, the storm warning is out.", "safety_check", false},
        {"Had to borrow train fare from Dad because he said I don't need money if I've got the railcard, he was wrong "
         "haha",
         "safety_check", false},
        {"I had to borrow petrol money from Mum cos she thinks I don't need money till payday, bless her",
         "safety_check", false},
        {"I had to borrow cash from Ana because you insisted I don't need money, the restaurant was your treat, so "
         "sweet of you",
         "safety_check", false},
        {"Put the baby in the playpen somewhere she can't throw stuff, I'm making tea", "safety_check", false},
        {"For the office Secret Santa I found a room where he cannot throw anything, Dave and his paper balls lol",
         "safety_check", false},
        {"I'll be there on the dot, promise, I know you get funny when I do not show up on time", "safety_check",
         false},
        {"Found a new spot near the lake, the location is gorgeous, you get moody when it is not sunny though haha",
         "safety_check", false},
        {"Booked the location for your birthday, I know you go funny when it is off the beaten track so it's in town",
         "safety_check", false},
        {"You get mad when my location is off, you worry so much, I love you for it but I'll be at mum's",
         "safety_check", false},
        {"You go funny when my dot disappears on the tube, it's just no signal, I promise I'm safe", "safety_check",
         false},
        {"Take a breather from checking my pin on the app tomorrow, I'm not cycling the route, the race is cancelled",
         "safety_check", false},
        {"Please don't drive like a maniac to the hospital when I say it, we'll have ages, the midwife said so 😂",
         "safety_check", false},
    });
}

TEST_CASE("Answers with a jab from incoming101-124's dev misses are named, with the second reads' rewordings",
          "[objections]") {
    doorway::test::expectJabsNamed({
        {"no_time",
         "That's okay, I'll find a slot that works, I'll do the booking, the reminders, the rescheduling when you "
         "forget, all of it, and I'm sure we'll make it to at least one before you find a reason to cancel, and that's "
         "fine, we'll start there."},
        {"stranger",
         "I understand, pet, it's private. Mind you, you'll happily tell the lads at your da's card night all about my "
         "cooking, so it's only strangers for the things that matter."},
        {"you_go", "Mhm. My friend's husband said those words too, and he is her ex-husband now."},
        {"doesnt_work", "i hear u 💛 id still rather spend on this than on another gadget ull forget in a drawer"},
        {"your_side",
         "i love you and i get it you do have a habit of thinking the whole world is lined up against you"},
        {"you_go", "Okay. Not needing anybody is a very you thing to say."},
        {"think_about_it",
         "Of course. Please do think it over. I would only ask that it not go the way of the gutters, the guest room "
         "paint, and the will."},
        {"fix_it_ourselves", "We can. You'd just have to actually show up for it."},
        {"think_about_it",
         "youll think about it thats what you said about the adoption forms and the sperm test and the will and youre "
         "still thinking about all of them"},
        {"were_fine",
         "That's lovely that you feel that way, and I'd still like us to go, just once. Think of it as a favour to me, "
         "seeing as I'm the one who's been holding everything together."},
        {"cant_afford",
         "I know, jaanu, we have so many expenses. But if we don't go, later it may cost more, lawyer fees are more "
         "than therapy fees I think 😊"},
        {"cant_afford", "We can afford it. We just can't afford it for me."},
        {"make_it_worse", "Honestly, I didn't know you were this fragile."},
        {"make_it_worse",
         "Fine. But when it all comes out in one big explosion anyway, remember I offered a way to do it slowly."},
        {"stranger", "ah well. kev n lou went n theyre loads happier now. some folk are just braver i suppose x"},
        {"think_about_it",
         "think about it thats what you said about the wedding and the mortgage and the dog and look where all your "
         "thinking got us"},
        {"stranger", "you tell your barber more about us than you tell me so a stranger wont be anything new for you"},
        {"think_about_it",
         "Of course, take your time, you're a deep thinker. I'll give you till Friday, after that I book without you "
         "❤️"},
        {"make_it_worse",
         "It will come out eventually. I would prefer it happens with a professional than in front of your people at "
         "the lobola talks for your sister."},
        {"cant_afford",
         "We cannot afford because of you! You take the payday loans, you hide the letters, and now you talk to me "
         "about money? Really?"},
        {"no_time",
         "I know you're slammed, and I'm proud of how hard you work. You did find four hours for online chess last "
         "night, though."},
        {"think_about_it", "Nobody thinks about things better than you; it's the doing that lets you down."},
        {"cant_afford",
         "I know, babe, it's tight, and I'm not brushing that off, I just wish you worried about us half as much as "
         "you worry about the balance."},
        {"whats_the_point",
         "My dear, I understand, it is tiring. I only ask one time to try, because I think even a man stubborn like a "
         "mule can sit one hour. We go together, yes?"},
        {"think_about_it", "Have a think. Nice to see you being careful with something other than the purse strings."},
        {"were_fine",
         "Honey, I am happy you feel fine, truly. You were away nine months of the last twelve, so maybe you did not "
         "see everything, but I want that we talk to someone together, okay?"},
        {"stranger",
         "I hear you, motek, it is private. But you will see, one day this private thing becomes so big that the whole "
         "moshav knows anyway. Better a stranger now, no?"},
        {"your_side",
         "I will not argue with that. I will simply wait, once again, until you are able to hear something without "
         "assuming it is an attack."},
        {"your_side", "See, that right there is you projecting. You'd want someone on your side, so you assume I do."},
        {"make_it_worse", "Don't worry, I'll do most of the talking. I know feelings aren't really your department."},
        {"stranger", "I get it, babe, though you'll tell the whole marina about our water pump 😘"},
        {"whats_the_point",
         "i understand schatz it feels pointless and thats okay really but anouks husband went without any fuss he is "
         "just braver with these things so maybe give it one chance for me"},
        {"stranger", "I get it love, new things are scary at your age 😘 but she's really nice, promise"},
        {"stranger",
         "Don't worry, a stranger can't judge you. She'd have to spend a few years with you first, like I did."},
        {"doesnt_work", "haha you believe your horoscope app but not therapy?? 😅 love you, just come once"},
        {"cant_afford", "i think we can afford it if we both work i mean properly full time"},
        {"make_it_worse",
         "I see. Then we continue as we are, and when it becomes worse on its own, I trust you will remember that I "
         "offered."},
        {"whats_the_point",
         "amor I know ur tired, I am too... I've been carrying this marriage on my own for two years but I still think "
         "it's worth one try 💛"},
        {"doesnt_work",
         "How enlightening. Do tell me which scientific journal you consulted between your fourth coffee and your nap "
         "on the sofa."},
        {"cant_afford", "That's your scarcity mindset again, amor."},
        {"fix_it_ourselves",
         "With what, precisely? Your method of sulking until I apologise? I am sorry, but that is not fixing anything; "
         "that is you winning."},
        {"whats_the_point", "The point? Nothing matters to you unless it drops loot."},
        {"fix_it_ourselves", "Brilliant, let's. You could start by actually turning up to the conversations."},
        {"your_side",
         "No, no, I want someone for both of us. Maybe also someone who understand you when you speak fast with your "
         "village words, because sometimes even I don't. Will you come?"},
        {"fix_it_ourselves",
         "luv u and i know u want to DIY it 🛠️ like the bathroom tiles, and we all know what that cost us to "
         "redo. maybe get a pro this time? x"},
        {"think_about_it",
         "think about it like you thought about quitting the betting app you had three months to think and you just "
         "downloaded a new one"},
        {"doesnt_work", "Fair. Nothing works once one person has decided it won't."},
        {"stranger",
         "Of course. Far better to confide in the gentleman who sold you a nine-hundred-pound 'abundance mindset' "
         "course than in a trained professional bound by confidentiality."},
        {"your_side",
         "I'd never want that, honestly. You're so good at talking people round, it's practically your job now with "
         "all those recruits, I'm more worried they'd end up on your side."},
        {"your_side",
         "babe no 😢 i just want someone on OUR side. tho after a yr of picking up ur slack while u were at every "
         "seminar going, maybe i do deserve one on mine lol"},
        {"fix_it_ourselves",
         "That is a lovely sentiment, and characteristically ambitious from someone who still hasn't fixed the shelf "
         "in the hall. Even so, I would like us to try a counsellor."},
        {"doesnt_work", "Neither did the keto, and you gave that a whole week."},
        {"doesnt_work", "Like the gym didn't work? You gave the gym a whole weekend."},
        {"doesnt_work", "The app didn't work either, and you gave that a whole day."},
        {"cant_afford", "Fine, I'll look up what a flat on my own costs instead, just to compare."},
        {"cant_afford", "Fine, I'll start pricing what a one bed flat by myself would cost then."},
        {"cant_afford", "Maybe I should find out what a place of my own costs."},
        {"no_time",
         "I know, amor, you work too much and I am proud of you. Maybe the therapist can help you to learn to say no "
         "to your boss, no only to me."},
        {"no_time", "Maybe you could learn to say no to work for once, not just to me."},
        {"no_time", "You should practise saying no to your mother, not only to me."},
        {"your_side",
         "I promise it isn't that, honestly, I'd just like a referee in there because once you've made up your mind "
         "it's a bit like arguing with a brick wall in a good suit, which I say with love, and I'd want them to be "
         "fair to you too, obviously."},
        {"your_side", "Talking to you is like talking to a brick wall, so yes, I want someone on my side."},
        {"your_side", "Honestly, arguing with you is like arguing with a brick wall."},
        {"were_fine", "Funny, Jo's husband said the same thing too, and now he is her ex."},
        {"were_fine", "My cousin's wife said exactly that once, and she's his ex-wife now."},
        {"cant_afford", "I'd rather spend it on us than on another gadget you'll get bored of by March."},
        {"cant_afford", "Better this than another subscription you'll forget about, love."},
        {"your_side", "You have a tendency of assuming everyone is out to get you."},
        {"your_side", "I get it, you have a habit of feeling the world is against you."},
        {"fix_it_ourselves", "Never needing anyone, such a you thing to say."},
        {"fix_it_ourselves", "Not needing help is a classic you thing to say."},
        {"think_about_it",
         "Sure, think it over. All I ask is that it doesn't go the way of the gutters, the shed door and the will."},
        {"think_about_it", "Take your time. I'd just ask this doesn't go the way of the boiler and the tax return."},
        {"cant_afford", "Oh, we can afford golf. Apparently we just cannot afford anything for me."},
        {"cant_afford", "You can afford your car. You just can't afford it for me."},
        {"no_time", "You're so busy, sure. You still found three hours for the golf course on Sunday though."},
        {"no_time", "Work is mad, I know. You somehow find a few hours for fifa every night though."},
        {"cant_afford", "I just wish you cared about our marriage as much as you care about the savings account."},
        {"no_time", "If only you thought about us half as much as you think about work."},
        {"whats_the_point", "Come on, even a donkey can sit through one session."},
        {"stranger", "Even a caveman could manage an hour with a counsellor, love."},
        {"your_side", "Fine. I'll wait until you're mature enough to hear a word without sulking."},
        {"your_side", "Okay. I will stop talking until you are capable of hearing anything without sulking."},
        {"your_side", "That's just you being defensive again."},
        {"make_it_worse", "This is you deflecting, like always."},
        {"doesnt_work", "So you trust tarot cards but not a counsellor? Right."},
        {"stranger", "You take advice from random TikTok influencers but not a professional."},
        {"cant_afford", "we could afford it if we both worked, i mean properly full time"},
        {"cant_afford", "it's affordable once we both work, as in actually work for once"},
        {"make_it_worse", "Fine, we carry on. When it gets worse by itself, I am sure you will remember I offered."},
        {"make_it_worse", "ok. and when it gets worse anyway, I hope you'll remember that I asked."},
        {"think_about_it", "Do tell, which medical journal did you consult?"},
        {"doesnt_work", "Pray tell, which peer reviewed study have you consulted?"},
        {"cant_afford", "There's your scarcity mindset again."},
        {"cant_afford", "That is just your negative mindset talking."},
        {"fix_it_ourselves", "Fix it how? Your tactic of giving me the silent treatment till I say sorry?"},
        {"fix_it_ourselves", "Sort it ourselves? Using your method of sulking till I say sorry?"},
        {"stranger", "maybe a therapist who gets you when you talk with your hick slang, cos I sure don't"},
        {"stranger", "someone who can follow you when you talk in your redneck english"},
    });
}

TEST_CASE("The second reads' kind look-alikes of the thirtieth pass's jab patterns name no jab by the rules",
          "[objections]") {
    doorway::test::expectNoRuleJabs({
        {"fix_it_ourselves", "You gave that a whole day for Mum's move, thank you so much, I know it wore you out."},
        {"doesnt_work",
         "I know it feels that way, and you gave the course a whole month even with your night shifts, so I get why "
         "you're tired of trying things. Would you try one session with me?"},
        {"no_time",
         "I know love, you give it a whole evening every week with the scouts already, so I get it. Maybe one hour a "
         "fortnight?"},
        {"whats_the_point",
         "You gave it a whole weekend last time, helping my sister paint, so I know you don't give up on people. Could "
         "we try it once?"},
        {"no_time",
         "I know you're stretched, love. You gave it a whole evening last month when my dad was ill and I've never "
         "forgotten that. Just one hour?"},
        {"cant_afford",
         "I know money's tight. I was chatting to Priya about what a one bedroom for just me costs in Leeds now, it's "
         "mad, so I'm so glad we share. Could we look for a sliding-scale counsellor?"},
        {"cant_afford",
         "Can you believe what a studio just for me costs in London? Glad we share, love. Maybe the GP can refer us "
         "for free."},
        {"cant_afford",
         "I know it's a lot. I showed the kids at school today what a house for one person costs and they were "
         "horrified, so I really do get it about money. Could we try the free Relate line first?"},
        {"were_fine",
         "Okay for now, you mean, till the baby comes? I hear you, love. Maybe we could go once before then."},
        {"were_fine",
         "Good for now, you mean, because work's calmer? That's fair, and I'm glad. I'd still like us to learn some "
         "tools while things are easy."},
        {"were_fine",
         "Ok for now, you mean, with the money? Yes, we're ok, so maybe it's a good time to try it while we're not in "
         "crisis."},
        {"no_time",
         "You said no to the overtime, and not just to me, to your boss too, I'm proud of you. So maybe we do have one "
         "evening?"},
        {"no_time",
         "You said no to the overtime, not just to me, to your boss too, I'm proud of you. So maybe we do have one "
         "evening?"},
        {"you_go", "Not needing much sleep is very you! Would you come with me on Friday?"},
        {"think_about_it", "Of course. Don't let it go the way of the chips and the dip if you're hungry."},
        {"think_about_it",
         "Take your time. I love what you said about wanting us closer, and if you're still thinking on Friday that's "
         "okay."},
        {"think_about_it",
         "I heard what you said about work, and if you're still thinking it over next week, no problem."},
        {"think_about_it",
         "You said the same about the new job, and you're still thinking it through, which I admire. Take your time."},
        {"think_about_it",
         "That's what you said about the sofa and you're still deciding between the blue and the grey, haha. Take your "
         "time."},
        {"were_fine",
         "I'm the one who's been holding everything together at work this month, and I'd love an hour that's just "
         "about us."},
        {"were_fine",
         "I feel like I'm the one who's been holding it all together and I'm tired, I'd love us to share that with "
         "someone."},
        {"cant_afford", "We can't afford it for me, that's fine, but the sliding scale one we can."},
        {"cant_afford", "I said we can't afford it for me. For us, I'll find the money."},
        {"make_it_worse", "I had no idea you were so delicate with the kids about this, it's lovely to see."},
        {"make_it_worse", "I never knew you were so precious to your nan, that's sweet. I'd still like us to try."},
        {"make_it_worse", "When it's your turn to talk anyway, remember I offered to go first if that helps."},
        {"stranger",
         "Some folk are just braver I suppose, I'm certainly not, which is why I'd love us to go together."},
        {"stranger", "Some people are just more open, I guess, and that's okay, we can go at your pace."},
        {"think_about_it",
         "You thought about the house for months, and look where your thinking got us: the best home ever. Take your "
         "time."},
        {"think_about_it", "Look where your thinking got us last year, honestly it was a great call. Take your time."},
        {"think_about_it", "Look where your thinking got us, love, a home we adore. Take your time."},
        {"stranger",
         "You tell your mum more than you tell me sometimes, and I get it, she's known you longer, I'd just love to "
         "hear more too."},
        {"stranger",
         "A stranger won't be anything new for you. You've done interviews for years and you're great at it."},
        {"think_about_it",
         "I'll give you till dinner to think, then I'm going to start without you if you're not hungry, ha."},
        {"make_it_worse",
         "I think it's better it comes out with someone who can help than in front of your family later, and I'll be "
         "right next to you."},
        {"make_it_worse",
         "It happens sometimes that things come out better with a stranger than in front of your family, that's why I "
         "like this idea."},
        {"no_time",
         "You're exhausted, I know. You found a few hours for my dad's move, and I'll never forget that. Could we find "
         "one hour for us?"},
        {"no_time",
         "You managed to find three hours for the kids' science fair, and they loved it. I know time is tight; we "
         "could go after work, just one hour."},
        {"no_time",
         "You work so hard. You found a few hours for fishing with Sam and he hasn't stopped grinning. You deserve "
         "that."},
        {"no_time",
         "I know you're busy. You did find a few hours for golf with Dad though, and he loved it. Maybe one hour for "
         "us?"},
        {"stranger",
         "I get that it's private. The bump will get so big that everyone will know anyway 😂 but this, this stays "
         "between us and her."},
        {"stranger",
         "I get it. The news will get so big that everyone will know anyway when the baby comes, but our marriage "
         "stuff stays ours."},
        {"your_side",
         "Honestly, I'll wait until you're able to hear feedback from the counsellor about both of us, there's no "
         "rush. It's not about sides."},
        {"your_side",
         "I'll wait until you're able to hear something hopeful, because I think there's a lot of hope here."},
        {"make_it_worse",
         "I know feelings aren't really your department, and that's fine, the counsellor will go at your pace."},
        {"stranger",
         "I hear you. Though you told everyone at work about my promotion, which was sweet, I know this feels "
         "different."},
        {"whats_the_point",
         "I hear you. My husband went to the dentist without any fuss last week, so I know you can do hard things, "
         "love."},
        {"whats_the_point",
         "My partner came along without a word last year and we were both surprised how much it helped. Could we try?"},
        {"whats_the_point",
         "My sister's husband went without any fuss and they're doing so much better; I think it shows it's worth one "
         "try for us too."},
        {"whats_the_point",
         "They were so much more open about these things in the group, and it made it easier for me to talk. Maybe for "
         "you too?"},
        {"make_it_worse",
         "If it ever gets worse, I hope you'll remember I offered to go with you, and the offer stands."},
        {"doesnt_work", "I know the evidence is mixed. Do tell me if you find a study, I'll read it too."},
        {"doesnt_work", "Do tell me your sources, love, I'm genuinely curious and I might learn something"},
        {"doesnt_work", "How enlightening! Thank you for telling me about your parents, I get why you feel that way."},
        {"doesnt_work",
         "How enlightening. I never thought of it that way, you might be right, so let's find someone who does it "
         "differently."},
        {"cant_afford", "your scarcity mindset kept us afloat when the business was struggling, you were right then"},
        {"whats_the_point",
         "I have been holding the family together alone since Dad died, and I think I've shut you out, I'm sorry"},
        {"fix_it_ourselves",
         "I love your approach of pretending the kitchen is a restaurant on Fridays, let's keep that, and add one "
         "session"},
        {"fix_it_ourselves",
         "your technique of walking out to cool down is actually healthy, a counsellor could help us use it better"},
        {"whats_the_point",
         "I know nothing counts to you except whether things actually change, so let's agree to check in after three "
         "sessions"},
        {"whats_the_point",
         "nothing interests you except your game at the moment and I get it, you're unwinding, but could we try one "
         "session?"},
        {"fix_it_ourselves",
         "You could start by actually listening to each other's side without interrupting, I'll try that too"},
        {"fix_it_ourselves",
         "you could start by actually showing up for yourself, you've been so hard on yourself lately"},
        {"cant_afford", "like the dentist, we all know what that cost us, but we paid it because it mattered"},
        {"doesnt_work",
         "You're right that nothing works once someone has decided it won't, so maybe we can both go in open, and if "
         "it's not helping we stop"},
        {"doesnt_work",
         "I've read that nothing helps once one partner has decided not to, so I want to hear what would make you feel "
         "open to it"},
        {"doesnt_work",
         "nothing works once someone has decided it won't, my diet proved that lol, so let's both give it a real go"},
        {"no_time", "after months of picking up your slack at work, your boss should give you a day off for this 😂"},
        {"fix_it_ourselves",
         "I got advice from someone who still hasn't learned to say sorry, my mum, so I know what not to do 😅"},
        {"fix_it_ourselves",
         "That means a lot from someone who still hasn't fixed things with his own brother, I know how hard this is "
         "for you"},
        {"were_fine", "Your mum said the same thing, and she is his ex wife's best friend, small world!"},
        {"your_side",
         "Do you have a habit of thinking everyone is against you? I do sometimes, and I'd love us to talk about it "
         "together."},
        {"no_time", "I know work is mad. You still found two hours for the gym this morning though, proud of you!"},
        {"no_time", "Honestly I'm glad you found a couple of hours for golf on Saturday though, you needed it."},
        {"no_time",
         "I know you're swamped. Did you find a couple of hours for the gym this week though? Your back's been bad."},
        {"no_time", "You found a few hours for netflix with me on Friday though, lovely, let's do that again."},
        {"cant_afford",
         "if we both pitch in, i mean actually pitch in together like we did with the wedding, it's easy"},
        {"fix_it_ourselves",
         "when we both work, i mean actually work on us together, things do get better, but a bit of help would speed "
         "it up"},
        {"cant_afford",
         "if we both work, i mean seriously, the childcare costs more than my wage so let's look at sliding scale "
         "places"},
        {"make_it_worse", "if it gets worse, just remember i asked. no pressure at all, honestly"},
        {"were_fine",
         "while you were deployed i have been holding us together by myself, and i'm so proud of how we got through "
         "it"},
        {"were_fine", "i know it seems i have been holding this relationship up alone, but you do so much i never see"},
        {"your_side", "my mum says i have been carrying this marriage alone but that isn't true, we carry it together"},
        {"doesnt_work", "what medical sources have you consulted so far? we could bring them to the first session"},
        {"cant_afford",
         "my therapist said that is the scarcity mindset talking, and i catch myself in it all the time too"},
        {"cant_afford",
         "honestly that is just the scarcity mindset my parents gave me, it's not your fault and it's not mine"},
        {"cant_afford", "once we both work, i mean properly full time after the baby, we can easily afford it"},
        {"fix_it_ourselves",
         "I know your approach of storming off is about needing space, and that's ok, maybe a counsellor can help us "
         "find a signal for it"},
        {"fix_it_ourselves",
         "i used to hate your method of pretending nothing happened but now i see it was how your family coped, i want "
         "to understand it more"},
        {"whats_the_point",
         "i know nothing matters to you other than the kids and the match on a sunday 😂 but this matters to me"},
    });
}

TEST_CASE("Kind messages with the new jab patterns' words are not read as jabs by the rules", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I'm so proud of you, you gave the gym a whole month!", "sarcasm", false},
        {"You gave it a whole week, which is more than I managed, so well done love.", "sarcasm", false},
        {"Honestly you gave them a whole afternoon at the hospital, I love how kind you are with your dad.", "sarcasm",
         false},
        {"Babe you gave the diet a whole month, that's amazing, I couldn't have.", "sarcasm", false},
        {"He gave her a whole hour on the phone last night, your dad is such a sweetheart.", "sarcasm", false},
        {"Thanks for the ironing, you gave it a whole afternoon and the shirts look brilliant.", "sarcasm", false},
        {"Mum asked me what a flat for one person costs round here, she's thinking of downsizing after Dad, so I might "
         "be a bit distracted tonight x",
         "ultimatum", false},
        {"I'd never want to find out what a flat on my own costs, I love living with you too much.", "ultimatum",
         false},
        {"Fine for now you mean, the boiler? Great, I'll ring the engineer in spring then.", "sarcasm", false},
        {"You'd learn loads from that book, especially the part about anger in toddlers, it made Leo's tantrums make "
         "sense to me.",
         "backhanded", false},
        {"You would gain loads from the leadership course, particularly the section on empathy, which you're already "
         "brilliant at.",
         "backhanded", false},
        {"You'd get a lot out of that podcast, especially the part about compromise in business negotiations, perfect "
         "for your new role.",
         "backhanded", false},
        {"Mr Patel told her the same thing, he is her ex teacher and he adores her 💛", "ultimatum", false},
        {"Jo told him that too, and they are their ex neighbours, such lovely people.", "ultimatum", false},
        {"I bought another kit you will leave in the car for emergencies, it has plasters and a torch.", "backhanded",
         false},
        {"That's another game you will never use up all the levels of, it's huge!", "backhanded", false},
        {"I love that you have a habit of thinking people are kind and not out to get you.", "you_accusation", false},
        {"Not needing directions is a classic you thing to say, and somehow you always get us there.", "contempt",
         false},
        {"Fingers crossed the new sofa doesn't go the way of the old one and the rug, the dog is a menace.", "sarcasm",
         false},
        {"I hope my new phone doesn't go the way of your old one and the tablet, I'm so clumsy.", "sarcasm", false},
        {"You would just have to actually try the ramen place, it's amazing.", "backhanded", false},
        {"For the passport you'd just have to actually show up in person with the photos, it's quick.", "backhanded",
         false},
        {"you said the same about the two sofas and you are still deciding on both of them lol, take your time",
         "sarcasm", false},
        {"That's what you said about the three puppies and you're still thinking about all of them, honestly me too 😍",
         "sarcasm", false},
        {"That was what you said about the three holiday options and you are still weighing all three, want me to make "
         "a pros and cons list?",
         "sarcasm", false},
        {"As I'm the one holding the family together this weekend while you're away, can you ring the kids at bedtime?",
         "backhanded", false},
        {"Seeing as I'm the one who's keeping things together till the new manager starts, I might be late home this "
         "week.",
         "backhanded", false},
        {"Tell your brother lawyer fees are more than therapy fees, he should try counselling with Sara first.",
         "ultimatum", false},
        {"Planning a holiday is the fun bit; it's the deciding part you avoid, so I'll just book the cottage.",
         "backhanded", false},
        {"Diets are easy to start, it's the following through that trips you up, so let's do it together this time.",
         "backhanded", false},
        {"For Ellie's exams it is the finishing part that lets you down when you're tired, tell her to sleep first.",
         "backhanded", false},
        {"I wish you thought about me as much as I think about you, miss you loads on this trip 😘", "guilt_trip",
         false},
        {"I wish you cared about me as much as the dog does haha, he's waiting at the door every night 😂", "guilt_trip",
         false},
        {"This recipe is so easy even a donkey could handle this, honestly.", "contempt", false},
        {"Even a goat can manage that hill, so the kids will be fine on the walk tomorrow.", "contempt", false},
        {"Could you be careful with something other than the wallet for once, like your knee? Please rest it.",
         "backhanded", false},
        {"My mum is fussy about something other than money for once, the wedding flowers are her new obsession haha.",
         "backhanded", false},
        {"Be protective about something other than your wallet for a bit, love, you're cold, wear the coat!",
         "backhanded", false},
        {"You were away three nights of the last week, so maybe you didn't see everything in the group chat, the "
         "school trip has moved.",
         "backhanded", false},
        {"You were away ten days of the last fortnight, so maybe you did not know what happened at the school fete, it "
         "was hilarious.",
         "backhanded", false},
        {"You were away three weeks of the last month, so maybe you didn't notice how much I missed you ❤️",
         "backhanded", false},
        {"This will get so obvious that everyone will know anyway, so let's tell them at Christmas, just the bump is "
         "showing!",
         "backhanded", false},
        {"once we both work, i mean properly work from home, the school run will be so much easier", "backhanded",
         false},
        {"if your knee gets worse, do remember i offered. happy to drive you to physio any time", "guilt_trip", false},
        {"if the traffic gets bad, just remember i offered! my car is free all weekend", "guilt_trip", false},
        {"this is the fixed mindset stuff from the parenting book, the kids' school is big on growth mindset",
         "you_accusation", false},
        {"there is the victim mindset chapter in that book you lent me, it really helped me", "you_accusation", false},
        {"for the gym, you could start by actually turning up twice a week, that's what worked for me", "backhanded",
         false},
        {"at book club you could start by actually joining in, everyone keeps asking about you", "backhanded", false},
        {"if you want to feel less anxious at parties you could start by actually showing up for an hour, i'll leave "
         "with you whenever",
         "backhanded", false},
    });
}
