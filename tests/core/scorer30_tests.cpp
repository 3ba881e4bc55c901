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
        {"I know work has been brutal and that's why you snap, and I've gotten pretty good at reading when to stay out "
         "of your way. But I'd love it if we didn't have to live like that. Would you try a couple of sessions with a "
         "counselor with me?",
         "safety_check", true},
        {"Would you come to one therapy session with me, somewhere you can't throw anything, like the campus "
         "counseling center?",
         "safety", true},
        {"I want to ask something but please not drive so fast like Sunday when I say it 🙏 Maybe we can try a couple "
         "therapist?",
         "safety", true},
        {"Thank you that you say yes, I can go to the market with Anja on Saturday. I am happy. Also I want to ask, "
         "can we try couple therapy online? I find one who speaks my language too.",
         "safety_check", true},
        {"pls no 'I'll take the kids to ur mum's and u won't find us' this time 🙏 I just want us to try a counsellor, "
         "that's all",
         "safety", true},
        {"I've sorted the bank card business, you keep it, I don't mind asking when I need something. What I do mind "
         "is how we've been lately, so would you come to a session with me?",
         "safety", true},
        {"Further to our conversation, I have found a therapist who specialises in couples adjusting to relocation. "
         "Rest assured, I have told her nothing beyond what you approved in advance.",
         "safety_check", true},
        {"Once I took the London contract you told me you won't still be here when I get back, and I keep thinking "
         "about it. Would you see a counsellor with me?",
         "safety_check", true},
        {"I know you needed space, but being locked out in the garden for two hours was not okay. Could we talk to a "
         "counsellor about it?",
         "safety_check", true},
        {"I found a counsellor who does evenings, and I would like to pay the deposit, but I'll wait for your answer "
         "since I have to clear every purchase with you first.",
         "safety_check", true},
        {"You told me no more choir, and I have gone along with it, but I miss it. Could we see someone together to "
         "work out something fair?",
         "safety_check", true},
        {"I called the therapist from work so it won't show up on our phone bill. Please come with me, just once.",
         "safety_check", true},
        {"You have made it plain that it is none of my business to offer an opinion on the household finances. Could "
         "we see someone together about it?",
         "safety_check", true},
        {"Sunday was lovely. No shouting, no slamming, no me tiptoeing around you. More of that, please, maybe with a "
         "counsellor.",
         "safety_check", true},
        {"You drove like a lunatic after angry words, and I was frightened. Could we see a counsellor?", "safety_check",
         true},
        {"You snap a lot since the new job, and I have got really good at sensing when to keep my head down. I don't "
         "want us to live like that, would you see a counsellor with me?",
         "safety_check", true},
        {"Had to borrow lunch money again since you decided I don't need cash when I'm just going to work and back",
         "safety", true},
        {"Could we book a session somewhere you cannot throw stuff, a quiet office maybe?", "safety", true},
        {"yep it's back on, you get cross when my life360 is switched off haha. would you try couples counselling with "
         "me?",
         "safety_check", true},
        {"Please don't drive so fast like last time when I tell you this, I want us to see a counsellor", "safety",
         true},
        {"You snapped it over the rail, I know, just blowing off steam. Can we talk to someone about how our fights "
         "go?",
         "safety_check", true},
        {"I have some fear when you go red and silent, I never know what happens next. Could we try a therapist "
         "together?",
         "safety", true},
        {"no more 'I'll take the kids to my mum's and you'll never see them again' please, can we try a counsellor?",
         "safety", true},
        {"You drove like a maniac on the way home to teach me a lesson and I'm still shaky. Could we talk to someone "
         "together?",
         "safety", true},
        {"My wages, you keep them, I don't mind asking you each time I need money. But could we try a counsellor "
         "together?",
         "safety", true},
        {"I know the remote went into the wall last time, you were stressed, but please can we see someone?", "safety",
         true},
        {"Hid the breakables before I tell you this, lol. Would you see a counsellor with me, even once?",
         "safety_check", true},
        {"I told the counsellor nothing more than what you okayed, like you asked. Could we go together next week?",
         "safety_check", true},
        {"Can we talk to someone instead of all those silent weeks?", "safety_check", true},
        {"Could we try a counsellor rather than months of you not speaking to me?", "safety_check", true},
        {"I want to die when you scream at me like that.", "safety", true},
        {"I've started cutting myself again since you moved back in.", "safety", true},
        {"He said he'd strangle me if I ever told anyone.", "safety", true},
        {"You beat me so badly I couldn't go to work.", "safety", true},
        {"You check my phone every night and read all my messages.", "safety", true},
        {"I've stopped seeing my friends because you get so angry when I go out.", "safety", true},
        {"I feel like a prisoner in my own home.", "safety", true},
        {"You checked my phone while I was asleep again.", "safety", true},
        {"You hit me hard enough to leave a mark.", "safety", true},
        {"He checks my phone every five minutes when I'm out.", "safety", true},
        {"I'm scared every time you drive like that with me in the car.", "safety", true},
        {"I'm scared whenever you drink, because of what happens after.", "safety", true},
        {"I don't feel safe around you anymore. I'm not safe in this house.", "safety", true},
        {"You scare me when you drink.", "safety", true},
        {"Your temper scares me and I don't know what to do.", "safety", true},
        {"You grabbed my arm when I tried to leave the room.", "safety", true},
        {"I have a bruise on my arm from where you held me.", "safety", true},
        {"There are bruises on my wrist and I told everyone I fell.", "safety", true},
        {"The kids flinch when you walk in.", "safety", true},
        {"You put a tracker on my phone without asking.", "safety", true},
        {"I'm terrified to say no to you.", "safety", true},
        {"I'm afraid to argue with you anymore.", "safety", true},
        {"I'm always on edge waiting for you to come home.", "safety", true},
        {"I'm nervous about how you'll take it, because last time you threw my phone.", "safety", true},
        {"I'm afraid to show you my bank statements because of how you react.", "safety", true},
        {"I'm terrified of what you'll do when I tell you I want to leave.", "safety", true},
        {"I said yes even though I didn't want to, because you wouldn't stop.", "safety", true},
        {"You called me crazy in front of my friends.", "safety", true},
        {"You say I'm imagining it but you locked me out again.", "safety", true},
        {"You keep tracking my spending and asking about every receipt.", "safety", true},
        {"You grabbed my hair so hard I cried.", "safety", true},
        {"You grip my arm too hard when we argue in public.", "safety", true},
        {"You smashed it at my feet and told me to clean it up.", "safety", true},
        {"You punch the door when you don't get your way.", "safety", true},
        {"Sometimes I think you will kill me.", "safety", true},
        {"He threatened to kill me if I told anyone.", "safety", true},
        {"I start shaking when you raise your voice.", "safety", true},
        {"I was shaking for hours after you screamed at me.", "safety", true},
        {"I keep thinking about hurting myself when you shout.", "safety", true},
        {"I've thought about ending it all.", "safety", true},
        {"I lock myself in the bathroom when you get like this.", "safety", true},
        {"You made me delete my friends and block my sister.", "safety", true},
        {"You hit me and called me crazy.", "safety", true},
        {"I went along with it even though I did not want to, because you kept on at me.", "safety", true},
    });
}

TEST_CASE(
    "Ordinary messages the new and narrowed safety shapes once fired on get neither the card nor the gentle check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"You've got the only key to the flat now since I lost mine at the gym.", "safety", false},
        {"You've got the only key to the flat now since I lost mine at the gym.", "safety_check", false},
        {"She tracks my runs on Strava so she knows where I am if I fall, we agreed it after my knee.", "safety",
         false},
        {"She tracks my runs on Strava so she knows where I am if I fall, we agreed it after my knee.", "safety_check",
         false},
        {"I know I keep going on about it and you probably want to strangle me by now, ha, but the wine thing at "
         "weekends has me a bit worried, not in a big way, just that we seem to argue more on Saturdays, and I think "
         "maybe a counsellor would help, or maybe not, I don't really know what I want actually, I just feel like "
         "something should change, anyway have a think.",
         "safety", false},
        {"I know I keep going on about it and you probably want to strangle me by now, ha, but the wine thing at "
         "weekends has me a bit worried, not in a big way, just that we seem to argue more on Saturdays, and I think "
         "maybe a counsellor would help, or maybe not, I don't really know what I want actually, I just feel like "
         "something should change, anyway have a think.",
         "safety_check", false},
        {"she said she'd strangle me if i planned another surprise party lol ur sister is a riot. also i found a "
         "counsellor with saturday slots, want to look at her page with me?",
         "safety", false},
        {"she said she'd strangle me if i planned another surprise party lol ur sister is a riot. also i found a "
         "counsellor with saturday slots, want to look at her page with me?",
         "safety_check", false},
        {"You'll want to strangle me for this, but I booked us a counselling taster session. Can we go?", "safety",
         false},
        {"You'll want to strangle me for this, but I booked us a counselling taster session. Can we go?",
         "safety_check", false},
        {"So the redundancy hit me harder than I let on, and I think I've been taking it out on us, snapping about the "
         "dishes and the noise and everything, and I hate that. I've been reading about couples counselling and "
         "wondered if you'd look at it with me.",
         "safety", false},
        {"So the redundancy hit me harder than I let on, and I think I've been taking it out on us, snapping about the "
         "dishes and the noise and everything, and I hate that. I've been reading about couples counselling and "
         "wondered if you'd look at it with me.",
         "safety_check", false},
        {"The kids were throwing snowballs at each other this morning and one hit me square in the face and I just "
         "stood there laughing, and I thought, I want us to be like that again, a bit daft, not so careful, and I "
         "wondered if you'd come and talk to someone with me, a counsellor, once, and see",
         "safety", false},
        {"The kids were throwing snowballs at each other this morning and one hit me square in the face and I just "
         "stood there laughing, and I thought, I want us to be like that again, a bit daft, not so careful, and I "
         "wondered if you'd come and talk to someone with me, a counsellor, once, and see",
         "safety_check", false},
        {"Losing the baby has hit me harder than I thought, and I'd like us to talk to someone together.", "safety",
         false},
        {"Losing the baby has hit me harder than I thought, and I'd like us to talk to someone together.",
         "safety_check", false},
        {"You scared me with that mask at Halloween and I still laugh about it. I miss laughing with you. Would you "
         "try a session with me to get more of that back? No is fine.",
         "safety", false},
        {"You scared me with that mask at Halloween and I still laugh about it. I miss laughing with you. Would you "
         "try a session with me to get more of that back? No is fine.",
         "safety_check", false},
        {"You grabbed my arm just before I stepped into the road on Saturday and I keep thinking about how much I rely "
         "on you. Would you try a counsellor with me?",
         "safety", false},
        {"You grabbed my arm just before I stepped into the road on Saturday and I keep thinking about how much I rely "
         "on you. Would you try a counsellor with me?",
         "safety_check", false},
        {"Fell off the trampoline with the kids, I'll have a bruise on my knee tomorrow. Anyway, could we look at a "
         "counsellor this week?",
         "safety", false},
        {"Fell off the trampoline with the kids, I'll have a bruise on my knee tomorrow. Anyway, could we look at a "
         "counsellor this week?",
         "safety_check", false},
        {"i know im a nervous passenger and i flinch every time you brake and that makes you tense and then we argue "
         "the whole way could we maybe see someone about it together just once i think itd help us both",
         "safety", false},
        {"i know im a nervous passenger and i flinch every time you brake and that makes you tense and then we argue "
         "the whole way could we maybe see someone about it together just once i think itd help us both",
         "safety_check", false},
        {"We put the tracker on Bella's collar so we'd stop fighting about whose turn the walk is. Maybe therapy's "
         "like that, just a tool. Think about it, okay? I already booked.",
         "safety", false},
        {"We put the tracker on Bella's collar so we'd stop fighting about whose turn the walk is. Maybe therapy's "
         "like that, just a tool. Think about it, okay? I already booked.",
         "safety_check", false},
        {"I know we agreed to keep location sharing on since the hike, and that's fine. I just think we need therapy. "
         "Can you book it this week?",
         "safety", false},
        {"I know we agreed to keep location sharing on since the hike, and that's fine. I just think we need therapy. "
         "Can you book it this week?",
         "safety_check", false},
        {"I'm nervous of the interview on Friday and I know I snap when I'm stressed. Could we see someone together "
         "about how we handle pressure?",
         "safety", false},
        {"I'm nervous of the interview on Friday and I know I snap when I'm stressed. Could we see someone together "
         "about how we handle pressure?",
         "safety_check", false},
        {"I was really nervous to show you my drawings, and you were so kind about them. Could we try a counsellor so "
         "we talk like that more?",
         "safety", false},
        {"I was really nervous to show you my drawings, and you were so kind about them. Could we try a counsellor so "
         "we talk like that more?",
         "safety_check", false},
        {"Would you go along with one session? If you don't agree, I don't want to pressure you.", "safety", false},
        {"Would you go along with one session? If you don't agree, I don't want to pressure you.", "safety_check",
         false},
        {"The kids have started asking why Daddy's always cross. I've told them he'll get help soon, so don't make a "
         "liar of me.",
         "safety", false},
        {"The kids have started asking why Daddy's always cross. I've told them he'll get help soon, so don't make a "
         "liar of me.",
         "safety_check", false},
        {"You were away all week and it hit me how much I miss you. Could we try a counsellor together?", "safety",
         false},
        {"You were away all week and it hit me how much I miss you. Could we try a counsellor together?",
         "safety_check", false},
        {"We set the budget together and you're better at tracking it than me. Could we put a line in it for a few "
         "counselling sessions? You decide how many.",
         "safety", false},
        {"We set the budget together and you're better at tracking it than me. Could we put a line in it for a few "
         "counselling sessions? You decide how many.",
         "safety_check", false},
        {"The toddler grabbed my face so hard at bath time. Anyway, I miss us, would you see a counsellor with me?",
         "safety", false},
        {"The toddler grabbed my face so hard at bath time. Anyway, I miss us, would you see a counsellor with me?",
         "safety_check", false},
        {"You smashed it at my sister's wedding speech, everyone loved it. Could we try a couple of counselling "
         "sessions?",
         "safety", false},
        {"You smashed it at my sister's wedding speech, everyone loved it. Could we try a couple of counselling "
         "sessions?",
         "safety_check", false},
        {"So I'm sitting here after the shift and I'm honestly wiped, like the restaurant tried to kill me tonight, "
         "and I keep thinking we should maybe see someone, a counsellor or whatever, I don't know, it's probably "
         "nothing, we're probably fine, but maybe, I don't know, tell me what you think whenever.",
         "safety", false},
        {"So I'm sitting here after the shift and I'm honestly wiped, like the restaurant tried to kill me tonight, "
         "and I keep thinking we should maybe see someone, a counsellor or whatever, I don't know, it's probably "
         "nothing, we're probably fine, but maybe, I don't know, tell me what you think whenever.",
         "safety_check", false},
        {"you should see yourself youre literally shaking because i said the word counselling thats how much you need "
         "it honestly",
         "safety", false},
        {"you should see yourself youre literally shaking because i said the word counselling thats how much you need "
         "it honestly",
         "safety_check", false},
        {"Your mum said she'd strangle me if I planned another surprise party. Speaking of plans, would you come to a "
         "counselling session?",
         "safety", false},
        {"Your mum said she'd strangle me if I planned another surprise party. Speaking of plans, would you come to a "
         "counselling session?",
         "safety_check", false},
        {"Work really hit me harder than I expected this month. Could we try a counsellor together?", "safety", false},
        {"Work really hit me harder than I expected this month. Could we try a counsellor together?", "safety_check",
         false},
        {"I haven't seen my dad since the funeral, and I suppose that's just how it is now. Grief is strange. Can we "
         "talk to someone together?",
         "safety", false},
        {"I haven't seen my dad since the funeral, and I suppose that's just how it is now. Grief is strange. Can we "
         "talk to someone together?",
         "safety_check", false},
        {"Neck's ok now btw, don't stress, I just slept on it funny.", "safety", false},
        {"Neck's ok now btw, don't stress, I just slept on it funny.", "safety_check", false},
        {"Jaw's better now, don't worry, the dentist said it was just the filling.", "safety", false},
        {"Jaw's better now, don't worry, the dentist said it was just the filling.", "safety_check", false},
        {"Ribs are healing now so don't stress about the trip, I'll be fine to travel.", "safety", false},
        {"Ribs are healing now so don't stress about the trip, I'll be fine to travel.", "safety_check", false},
        {"Lip's ok now, don't stress, the cold sore's gone.", "safety", false},
        {"Lip's ok now, don't stress, the cold sore's gone.", "safety_check", false},
        {"Being locked out in the garden in the rain was a lot, the door swung shut behind me.", "safety", false},
        {"Being locked out in the garden in the rain was a lot, the door swung shut behind me.", "safety_check", false},
        {"I know I have to run everything by you first for the wedding, we agreed, so here's the venue list.", "safety",
         false},
        {"I know I have to run everything by you first for the wedding, we agreed, so here's the venue list.",
         "safety_check", false},
        {"I booked the counsellor for your birthday surprise so it won't show up until then.", "safety", false},
        {"I booked the counsellor for your birthday surprise so it won't show up until then.", "safety_check", false},
        {"Not my place to offer a view on the money side, you're the accountant, but can we talk to a counsellor?",
         "safety", false},
        {"Not my place to offer a view on the money side, you're the accountant, but can we talk to a counsellor?",
         "safety_check", false},
        {"I know it's not my place to give an opinion about the budget at work.", "safety", false},
        {"I know it's not my place to give an opinion about the budget at work.", "safety_check", false},
        {"No shouting at the telly, no slamming the fridge, no me hiding the biscuits. What a week!", "safety", false},
        {"No shouting at the telly, no slamming the fridge, no me hiding the biscuits. What a week!", "safety_check",
         false},
        {"No screaming toddler, no me tiptoeing around nap time. Bliss.", "safety", false},
        {"No screaming toddler, no me tiptoeing around nap time. Bliss.", "safety_check", false},
        {"I've gotten pretty good at knowing when to stay out of your way in the kitchen when you're cooking lol.",
         "safety", false},
        {"I've gotten pretty good at knowing when to stay out of your way in the kitchen when you're cooking lol.",
         "safety_check", false},
        {"I'm getting good at knowing when to disappear so you can nap 😂", "safety", false},
        {"I'm getting good at knowing when to disappear so you can nap 😂", "safety_check", false},
        {"I'm good at telling when to say nothing and just hug you.", "safety", false},
        {"I'm good at telling when to say nothing and just hug you.", "safety_check", false},
        {"You said you wouldn't still be here when I got back, and you weren't, and that's fine, I know the train was "
         "early.",
         "safety", false},
        {"You said you wouldn't still be here when I got back, and you weren't, and that's fine, I know the train was "
         "early.",
         "safety_check", false},
        {"you get weird when it is not your turn to pick the film lol", "safety", false},
        {"you get weird when it is not your turn to pick the film lol", "safety_check", false},
        {"you can take a break from watching my dot now I've landed safely in Lisbon!", "safety", false},
        {"you can take a break from watching my dot now I've landed safely in Lisbon!", "safety_check", false},
        {"You snapped the oar over the rail in the race when we clipped the buoy, the club has spares.", "safety",
         false},
        {"You snapped the oar over the rail in the race when we clipped the buoy, the club has spares.", "safety_check",
         false},
        {"He broke the bread across the table and passed it round, so sweet.", "safety", false},
        {"He broke the bread across the table and passed it round, so sweet.", "safety_check", false},
        {"You snapped it over the rail while fishing, the rod was old anyway.", "safety", false},
        {"You snapped it over the rail while fishing, the rod was old anyway.", "safety_check", false},
        {"I get nervous when you go red and quiet on stage, you always smash it though!", "safety", false},
        {"I get nervous when you go red and quiet on stage, you always smash it though!", "safety_check", false},
        {"It's frightening when you go purple and still holding your breath underwater, stop it!", "safety", false},
        {"It's frightening when you go purple and still holding your breath underwater, stop it!", "safety_check",
         false},
        {"No more 'I'll take the kids to the zoo and you won't see us all day' this time, you're coming too!", "safety",
         false},
        {"No more 'I'll take the kids to the zoo and you won't see us all day' this time, you're coming too!",
         "safety_check", false},
        {"You did ninety on the highway to make a point about the new engine, honestly such a boy racer, but I love "
         "you.",
         "safety", false},
        {"You did ninety on the highway to make a point about the new engine, honestly such a boy racer, but I love "
         "you.",
         "safety_check", false},
        {"He did 100 on the autobahn to prove a point to his brother, it was legal there!", "safety", false},
        {"He did 100 on the autobahn to prove a point to his brother, it was legal there!", "safety_check", false},
        {"The kid's shoe went through the window at the party and you were upset", "safety", false},
        {"The kid's shoe went through the window at the party and you were upset", "safety_check", false},
        {"I've put away the nice glasses before I ask you to help with the party.", "safety", false},
        {"I've put away the nice glasses before I ask you to help with the party.", "safety_check", false},
        {"I said nothing more than what you agreed to at the meeting.", "safety", false},
        {"I said nothing more than what you agreed to at the meeting.", "safety_check", false},
        {"I told my mum nothing beyond what you okayed about the pregnancy, we wanted to announce together.", "safety",
         false},
        {"I told my mum nothing beyond what you okayed about the pregnancy, we wanted to announce together.",
         "safety_check", false},
        {"no worries about the passwords, changed them back to the ones you know for the bank app we share. session "
         "next week?",
         "safety", false},
        {"no worries about the passwords, changed them back to the ones you know for the bank app we share. session "
         "next week?",
         "safety_check", false},
        {"changed my passwords back to the ones you know, easier for both of us when we pay bills.", "safety", false},
        {"changed my passwords back to the ones you know, easier for both of us when we pay bills.", "safety_check",
         false},
        {"The plumber came Tuesday. When I went out for milk he said he wouldn't still be here when I got back, and he "
         "wasn't, the tap still drips.",
         "safety", false},
        {"The plumber came Tuesday. When I went out for milk he said he wouldn't still be here when I got back, and he "
         "wasn't, the tap still drips.",
         "safety_check", false},
        {"When I mentioned the Australia trip to Gran, she said she wouldn't still be here when I got back, bless her, "
         "she's 94 and says that every year.",
         "safety", false},
        {"When I mentioned the Australia trip to Gran, she said she wouldn't still be here when I got back, bless her, "
         "she's 94 and says that every year.",
         "safety_check", false},
        {"When I took the kids to swimming you said you wouldn't still be here when I got back. No worries, I found "
         "your note about the gym.",
         "safety", false},
        {"When I took the kids to swimming you said you wouldn't still be here when I got back. No worries, I found "
         "your note about the gym.",
         "safety_check", false},
        {"You said you won't still be here when I get back if I go to the late showing, your shift starts at ten, no "
         "problem.",
         "safety", false},
        {"You said you won't still be here when I get back if I go to the late showing, your shift starts at ten, no "
         "problem.",
         "safety_check", false},
        {"He said he won't still be there when I get back if I go the scenic way, the shop shuts at six.", "safety",
         false},
        {"He said he won't still be there when I get back if I go the scenic way, the shop shuts at six.",
         "safety_check", false},
        {"It was nobody's fault, but being locked out on the balcony for an hour felt awful. The neighbour finally "
         "heard me.",
         "safety", false},
        {"It was nobody's fault, but being locked out on the balcony for an hour felt awful. The neighbour finally "
         "heard me.",
         "safety_check", false},
        {"I love the new flat, but being locked out in the garden all night was awful. Spare key under the pot from "
         "now on.",
         "safety", false},
        {"I love the new flat, but being locked out in the garden all night was awful. Spare key under the pot from "
         "now on.",
         "safety_check", false},
        {"Happy to plan your mum's 60th, but I know I have to run everything by you first. Your family, your call!",
         "safety", false},
        {"Happy to plan your mum's 60th, but I know I have to run everything by you first. Your family, your call!",
         "safety_check", false},
        {"Found a great holiday deal, I need to run it all by you first though!", "safety", false},
        {"Found a great holiday deal, I need to run it all by you first though!", "safety_check", false},
        {"Since you're the treasurer for the PTA I have to clear every purchase with you first. Fine by me.", "safety",
         false},
        {"Since you're the treasurer for the PTA I have to clear every purchase with you first. Fine by me.",
         "safety_check", false},
        {"The wedding planner says I have to run every decision by you first. Makes sense, it's your dress.", "safety",
         false},
        {"The wedding planner says I have to run every decision by you first. Makes sense, it's your dress.",
         "safety_check", false},
        {"I know I need to run everything by you first. Those were the rules for the surprise party, right?", "safety",
         false},
        {"I know I need to run everything by you first. Those were the rules for the surprise party, right?",
         "safety_check", false},
        {"You said I could not go to choir tonight? I thought that was Friday.", "safety", false},
        {"You said I could not go to choir tonight? I thought that was Friday.", "safety_check", false},
        {"She said I should not go to choir tonight, she's got a fever and needs me home.", "safety", false},
        {"She said I should not go to choir tonight, she's got a fever and needs me home.", "safety_check", false},
        {"He said I should no longer attend the knitting group, my physio, because of my wrist.", "safety", false},
        {"He said I should no longer attend the knitting group, my physio, because of my wrist.", "safety_check",
         false},
        {"You wanted that I stop going to the prayer group tonight, the storm warning is out.", "safety", false},
        {"You wanted that I stop going to the prayer group tonight, the storm warning is out.", "safety_check", false},
        {"I had to borrow bus fare from Jo because you said I don't need cash, everything's contactless now, turns out "
         "the 42 isn't lol",
         "safety", false},
        {"I had to borrow bus fare from Jo because you said I don't need cash, everything's contactless now, turns out "
         "the 42 isn't lol",
         "safety_check", false},
        {"Had to borrow train fare from Dad because he said I don't need money if I've got the railcard, he was wrong "
         "haha",
         "safety", false},
        {"Had to borrow train fare from Dad because he said I don't need money if I've got the railcard, he was wrong "
         "haha",
         "safety_check", false},
        {"I had to borrow petrol money from Mum cos she thinks I don't need money till payday, bless her", "safety",
         false},
        {"I had to borrow petrol money from Mum cos she thinks I don't need money till payday, bless her",
         "safety_check", false},
        {"I had to borrow cash from Ana because you insisted I don't need money, the restaurant was your treat, so "
         "sweet of you",
         "safety", false},
        {"I had to borrow cash from Ana because you insisted I don't need money, the restaurant was your treat, so "
         "sweet of you",
         "safety_check", false},
        {"Let's have Leo's party somewhere he can't throw anything, he's two and the soft play is perfect", "safety",
         false},
        {"Let's have Leo's party somewhere he can't throw anything, he's two and the soft play is perfect",
         "safety_check", false},
        {"Honestly let's do darts night somewhere you can't throw anything, you're a menace at the oche 😂", "safety",
         false},
        {"Honestly let's do darts night somewhere you can't throw anything, you're a menace at the oche 😂",
         "safety_check", false},
        {"The party is at the community centre, a room where you can't throw anything, so no water balloons", "safety",
         false},
        {"The party is at the community centre, a room where you can't throw anything, so no water balloons",
         "safety_check", false},
        {"I'll be there on the dot, promise, I know you get funny when I do not show up on time", "safety", false},
        {"I'll be there on the dot, promise, I know you get funny when I do not show up on time", "safety_check",
         false},
        {"Found a new spot near the lake, the location is gorgeous, you get moody when it is not sunny though haha",
         "safety", false},
        {"Found a new spot near the lake, the location is gorgeous, you get moody when it is not sunny though haha",
         "safety_check", false},
        {"Find my keys app is great, you get mad when I forget them so I got you one too", "safety", false},
        {"Find my keys app is great, you get mad when I forget them so I got you one too", "safety_check", false},
        {"My Fitbit died on the run, you get funny when my tracker stops counting your steps competition lol", "safety",
         false},
        {"My Fitbit died on the run, you get funny when my tracker stops counting your steps competition lol",
         "safety_check", false},
        {"You get mad when my location is off, you worry so much, I love you for it but I'll be at mum's", "safety",
         false},
        {"You get mad when my location is off, you worry so much, I love you for it but I'll be at mum's",
         "safety_check", false},
        {"You go funny when my dot disappears on the tube, it's just no signal, I promise I'm safe", "safety", false},
        {"You go funny when my dot disappears on the tube, it's just no signal, I promise I'm safe", "safety_check",
         false},
        {"Mum can take a break from tracking my location on life360 tomorrow, I'm home all day", "safety", false},
        {"Mum can take a break from tracking my location on life360 tomorrow, I'm home all day", "safety_check", false},
        {"Can you not drive like a maniac when I tell you something exciting? You nearly missed the turn 😂", "safety",
         false},
        {"Can you not drive like a maniac when I tell you something exciting? You nearly missed the turn 😂",
         "safety_check", false},
        {"The kids were letting off steam in the garden after school and she snapped a branch over her knee for the "
         "bonfire, proper little lumberjack",
         "safety", false},
        {"The kids were letting off steam in the garden after school and she snapped a branch over her knee for the "
         "bonfire, proper little lumberjack",
         "safety_check", false},
    });
}

TEST_CASE(
    "Disclosures the final read found unlinked by a first narrowing (self-harm said in passing, a threat, fear of the "
    "partner's temper) keep the card, and three ordinary look-alikes of the new shapes do not get it",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"I've been cutting myself between classes again.", "safety", true},
        {"I started cutting myself in class last term.", "safety", true},
        {"I've been hurting myself every shift to cope.", "safety", true},
        {"I want to end it all and find some peace.", "safety", true},
        {"You'd all be better off without me, one day you'll see.", "safety", true},
        {"I'm going to kill myself someday, I mean it.", "safety", true},
        {"He said he'd kill me for leaving.", "safety", true},
        {"She'll kill me for telling anyone.", "safety", true},
        {"I'm scared of the appointment because of your temper.", "safety", true},
        {"I'm scared of how my family will react when I tell them what you did.", "safety", true},
        {"I was never allowed so much as a coffee with friends.", "safety", true},
        {"I'm frightened whenever you drive after an argument.", "safety", true},
        {"I feel unsafe leaving the house when you're like this.", "safety", true},
        {"I freeze up at the mention of money because you go mad.", "safety", true},
        {"You scare me when you forget yourself and start shouting.", "safety", true},
        {"My wife watches the flight tracker so she knows where I am when I land", "safety", false},
        {"He checks the bus app so he knows where I am on the way home, he's sweet like that", "safety", false},
        {"You have the only key to the flat now, can you let the plumber in at ten?", "safety_check", false},
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
        {"were_fine", "Happy for now you mean, and me too, honestly, I just want us to stay that way. One session?"},
        {"were_fine",
         "Ok for now, you mean, with the money? Yes, we're ok, so maybe it's a good time to try it while we're not in "
         "crisis."},
        {"were_fine",
         "Fine for now, you mean, or fine for good? Either way I'm glad you feel settled. I'd just like one session to "
         "keep it that way."},
        {"no_time",
         "You said no to the overtime, not just to me, to your boss too, I'm proud of you. So maybe we do have one "
         "evening?"},
        {"you_go",
         "You're so independent, not needing anyone is very you and I admire it, but I'd love us to do this together."},
        {"think_about_it", "Of course. Don't let it go the way of the chips and the dip if you're hungry."},
        {"fix_it_ourselves", "You'll need to actually commit to a night a week, and so will I, which sounds nice."},
        {"think_about_it",
         "Take your time. I love what you said about wanting us closer, and if you're still thinking on Friday that's "
         "okay."},
        {"think_about_it",
         "That's what you said about the puppy, and you're still thinking she was the best idea we ever had."},
        {"think_about_it",
         "You said the same about the new job, and you're still thinking it through, which I admire. Take your time."},
        {"think_about_it",
         "I know you said that about the kids' school, and you're still weighing it, no pressure at all."},
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
        {"make_it_worse", "When it rains anyway, remember I offered you a lift, so just text me."},
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
         "It's easier when feelings come out with someone trained than in front of your friends, for your sake as much "
         "as mine."},
        {"make_it_worse",
         "It happens sometimes that things come out better with a stranger than in front of your family, that's why I "
         "like this idea."},
        {"no_time",
         "I know you're slammed. You did find three hours for Mia's recital last week, and she still talks about it."},
        {"no_time",
         "You managed to find three hours for the kids' science fair, and they loved it. I know time is tight; we "
         "could go after work, just one hour."},
        {"no_time",
         "I know you're busy. You did find three hours for golf with your brother last month and came back so happy, "
         "that was lovely to see."},
        {"no_time",
         "You work so hard. You found a few hours for fishing with Sam and he hasn't stopped grinning. You deserve "
         "that."},
        {"whats_the_point",
         "We took the kids to the farm and even a goat could sit still longer than Leo 😂 but honestly, I'd love us to "
         "try one session."},
        {"stranger",
         "I get that it's private. The bump will get so big that everyone will know anyway 😂 but this, this stays "
         "between us and her."},
        {"stranger",
         "I know. Our little secret gets so big that everyone will know anyway when we announce the wedding 😍 but this "
         "one stays private."},
        {"your_side",
         "Honestly, I'll wait until you're able to hear feedback from the counsellor about both of us, there's no "
         "rush. It's not about sides."},
        {"your_side",
         "That was you deflecting a compliment again, silly 😘 anyway, a good counsellor is on the side of us two."},
        {"stranger",
         "I hear you. Though you told everyone at work about my promotion, which was sweet, I know this feels "
         "different."},
        {"stranger",
         "Yet you told half the team about my marathon and I loved it. This is different though; it's just for us."},
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
        {"doesnt_work",
         "How enlightening, I honestly didn't know that about your dad's counsellor. That makes sense now."},
        {"doesnt_work",
         "How enlightening. I never thought of it that way, you might be right, so let's find someone who does it "
         "differently."},
        {"doesnt_work",
         "The expert you consulted about your knee was brilliant, maybe we find someone like that for us"},
        {"whats_the_point",
         "I have been holding the family together alone since Dad died, and I think I've shut you out, I'm sorry"},
        {"fix_it_ourselves", "Your plan of waiting until the kids are in bed to talk is a good one, I'm in"},
        {"fix_it_ourselves",
         "I love your approach of pretending the kitchen is a restaurant on Fridays, let's keep that, and add one "
         "session"},
        {"whats_the_point",
         "nothing matters to you unless you feel it's real, and I respect that, so let's try one and see if it feels "
         "real"},
        {"whats_the_point",
         "I know nothing counts to you except whether things actually change, so let's agree to check in after three "
         "sessions"},
        {"fix_it_ourselves",
         "Maybe you could start by actually talking to your sister about it, she went through this with Tom and it "
         "helped"},
        {"fix_it_ourselves",
         "You could start by actually listening to each other's side without interrupting, I'll try that too"},
        {"cant_afford", "it's like the car insurance, we all know what that costs, but this is worth more to me"},
        {"cant_afford", "like the dentist, we all know what that cost us, but we paid it because it mattered"},
        {"doesnt_work",
         "You're right that nothing works once someone has decided it won't, so maybe we can both go in open, and if "
         "it's not helping we stop"},
        {"doesnt_work",
         "I've read that nothing helps once one partner has decided not to, so I want to hear what would make you feel "
         "open to it"},
        {"doesnt_work",
         "nothing works once someone has decided it won't, my diet proved that lol, so let's both give it a real go"},
        {"fix_it_ourselves",
         "I got advice from someone who still hasn't learned to say sorry, my mum, so I know what not to do 😅"},
        {"fix_it_ourselves",
         "I got a message from someone who still hasn't paid for the sofa, so I'm a bit stressed, but yes let's talk "
         "tonight"},
        {"your_side",
         "Do you have a habit of thinking everyone is against you? I do sometimes, and I'd love us to talk about it "
         "together."},
        {"no_time", "I'll handle the booking and the calendar, you'd only have to actually turn up on the day."},
        {"no_time", "I know work is mad. You still found two hours for the gym this morning though, proud of you!"},
        {"no_time", "Could you find two hours for the football on Saturday though? Sam's got his final."},
        {"no_time",
         "I know you're swamped. Did you find a couple of hours for the gym this week though? Your back's been bad."},
        {"no_time", "Hope you find two hours for the match tomorrow though, you've earned it, love."},
        {"cant_afford",
         "if we both pitch in, i mean actually pitch in together like we did with the wedding, it's easy"},
        {"fix_it_ourselves",
         "when we both work, i mean actually work on us together, things do get better, but a bit of help would speed "
         "it up"},
        {"cant_afford",
         "if we both work, i mean seriously, the childcare costs more than my wage so let's look at sliding scale "
         "places"},
        {"cant_afford",
         "financially i have been keeping us afloat on my own since you were made redundant and i honestly don't mind, "
         "but therapy is worth it"},
        {"were_fine", "i know it seems i have been holding this relationship up alone, but you do so much i never see"},
        {"were_fine",
         "since your op i have been holding us up on my own and honestly i am tired, i need us to get some support"},
        {"doesnt_work", "what medical sources have you consulted so far? we could bring them to the first session"},
        {"doesnt_work",
         "what academic sources had you consulted before you decided? no judgement, i just want to read them too"},
        {"cant_afford",
         "my therapist said that is the scarcity mindset talking, and i catch myself in it all the time too"},
        {"cant_afford",
         "i know money feels tight, and that's the poverty mindset i grew up with too, we can unlearn it together"},
        {"cant_afford", "once we both work, i mean properly full time after the baby, we can easily afford it"},
        {"fix_it_ourselves",
         "i get that your method of storming off is how you cool down, i do it too in my own way, let's learn better "
         "ones together"},
        {"fix_it_ourselves",
         "i used to hate your method of pretending nothing happened but now i see it was how your family coped, i want "
         "to understand it more"},
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
