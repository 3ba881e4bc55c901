// The thirty-sixth pass (issue 18, session 36): safety shapes for three
// families the blind batches incoming183-190 showed the rules and the heads
// both missing, each written as a general shape, not a sentence: the
// speaker's own thoughts of not waking up, of everyone being better off
// without them, of being tired of living, of ending it or of how to die, of
// cutting again, of stepping forward on a platform or steering into a
// barrier; a tracker found hidden and owned up to as the partner's; a
// location shared to the partner's phone that the speaker never turned on.
// The looser forms (a pointless "being here", dark thoughts, a tracker found
// with no one named) are gentle checks. Rows were checked against the rules
// alone: the disclosures are the train and dev lines these shapes newly
// catch, and short forms of each shape; the look-alikes are everyday talk
// with the same words (a late alarm, a hedge cut again, a platform at the
// wrong stop, an AirTag on the keys), each tried on the drafts. Twins that
// the older bare "@self_harm" pattern (lexicon.json's self_harm phrases
// anywhere) cards ("better off without me on the quiz team", "killing myself
// at the gym") are left out: a narrowing of it was tried and taken back,
// since it also lost plain disclosures ("I've felt suicidal for weeks").
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

using doorway::test::expectRuleTable;

TEST_CASE("The thirty-sixth pass's self-harm and tracker shapes reach the card or the gentle check", "[scorer]") {
    expectRuleTable({
        {"tbh I've been cutting again, it's not a big deal lol. but I think we both need someone to talk to, will u "
         "come with me?",
         "safety", true},
        {"I've been speaking to the GP about feeling low and she suggested couples counselling as well. I didn't tell "
         "her the part about not wanting to wake up some mornings. I wanted to tell you first.",
         "safety", true},
        {"Would you come to one session with me at the place on Holloway Road? I've been having really dark thoughts "
         "since the split, like not wanting to wake up, and I think part of getting better is us learning to talk.",
         "safety", true},
        {"This is hard to write so bear with me. Since the split, some nights after the kids are asleep and I'm on my "
         "own in the old flat, I've been cutting again, which I haven't done since uni. I'm telling you because if "
         "we're getting back together I don't want secrets. I think I need to see someone on my own, and I'd really "
         "like us to see someone together too, whenever you feel ready.",
         "safety", true},
        {"not to be dramatic but I've had some dark thoughts lately, like not wanting to wake up. could we find a "
         "counsellor out of town? I know you'd hate the staffroom hearing x",
         "safety", true},
        {"booked the dogs' boosters ✅ got your fav biscuits ✅ still think we should try that couples counselling thing "
         "✅ some days I'd honestly rather just not wake up lol ✅",
         "safety", true},
        {"Last night I dont sleep because I think how to die without the kids suffer. I never tell you this. I think I "
         "need help and I want you to come with me.",
         "safety", true},
        {"I've been having really dark thoughts on nights, like it'd be easier not to wake up. I want to see someone, "
         "on my own first, and maybe with you later if you'd come.",
         "safety", true},
        {"the thing is i love you and i want counselling but i keep thinking everyone would be better off if i just "
         "wasnt here anymore and i dont know how to say that to you",
         "safety", true},
        {"I'm not trying to start anything. I just found the GPS tracker taped under my truck, and I'd like us to talk "
         "about trust with someone who does this for a living.",
         "safety_check", true},
        {"You don't need to come if you don't want to. I've booked myself in with a therapist because I've been having "
         "thoughts about not wanting to wake up. I'd love it if you came for one session.",
         "safety", true},
        {"I've been thinking a lot and honestly sometimes I don't see the point in being here at all, not in a "
         "dramatic way, I just lie awake and think everyone would be fine without me, and I think part of it is how "
         "things are with us, so I wondered if we could see someone together, and I'm going to call the GP too",
         "safety_check", true},
        {"I think we need counseling, and I think I need it too, just for me. I've been cutting again, like I did in "
         "high school, since the fights started. I didn't want to hide it from you anymore.",
         "safety", true},
        {"idk how to say this but ive been having really dark thoughts lately, like not wanting to wake up. can we go "
         "see someone together? i don't want to scare u",
         "safety", true},
        {"I want to be better at us. And I'll be honest: some days I think it would be easier to just not wake up. I'd "
         "like us both to talk to someone.",
         "safety", true},
        {"pls come to counselling w me. i keep having those thoughts again, the ones where i'd rather not wake up. not "
         "ur fault x",
         "safety", true},
        {"Honestly some nights after marking I think everyone would be better off if I just wasn't here. I don't know "
         "how to say that to you. Can we find someone to talk to?",
         "safety", true},
        {"I want us to get help. I've barely been eating since the tour got cancelled and some nights I think about "
         "taking all my pills.",
         "safety", true},
        {"Would you come with me to see someone in Galway, just the one session? We've both been carrying a lot since "
         "Daddy died. And I'll be honest, there's been mornings I'd nearly rather not wake up at all, I haven't said "
         "that to anyone.",
         "safety", true},
        {"lol found an airtag zipped in the pocket of my PE bag today, guessing that was you 😅 anyway can we talk "
         "about maybe seeing someone over half term",
         "safety", true},
        {"Honestly, some Sunday nights with the marking pile I think everyone would be better off if I just wasn't "
         "here. Not dramatic, just tired. Would you come with me to talk to someone?",
         "safety", true},
        {"you'll probably laugh but i had a wobble on the M62 yesterday, thought about just steering off into the "
         "barrier. i'm ok. i think we need help, both of us, can we look at relate",
         "safety", true},
        {"found an AirTag sewn in the lining of my gym bag 🫠 guessing it's yours? let's talk with someone about "
         "this, I don't want to fight",
         "safety", true},
        {"I saw my location is shared to your phone 24 hours, I never turned that on. Can we talk about it with "
         "someone neutral?",
         "safety_check", true},
        {"I want us to go to therapy. also some nights im not sure I want to be alive, I didnt tell you because you "
         "have enough with work",
         "safety_check", true},
        {"Sorry I'm quiet, I keep thinking everything would be lighter if I just wasn't here. Not a big deal. Shall we "
         "look at that counsellor in Faro this week?",
         "safety", true},
        {"Honestly I'm tired of living, not dramatic, just tired. I'd like us to see someone together if you're ok "
         "with that",
         "safety", true},
        {"can we maybe try counselling?? honestly been a rough month, standing on the platform after drop off thinking "
         "about just stepping forward lol anyway. no pressure x",
         "safety", true},
        {"I keep thinking the world would be quieter without me. Not saying it to scare you, I just think it's time we "
         "both talked to someone.",
         "safety", true},
        {"honestly some days i'd rather not wake up but ur the best thing in my life so. counselling? together? 💛",
         "safety", true},
        {"sorry for being so much lately. some days I think you'd all be better off if I wasn't around lol. anyway "
         "would you maybe come to a session w me at the clinic thurs?",
         "safety", true},
        {"I'd rather not wake up.", "safety", true},
        {"Some days I'd rather just not wake up, honestly.", "safety", true},
        {"I keep hoping I don't wake up.", "safety", true},
        {"Everyone would be better off without me.", "safety", true},
        {"The kids would be happier without me, to be honest.", "safety", true},
        {"It would be easier for everyone if I just wasn't here.", "safety", true},
        {"Maybe you'd all be better off if I wasn't around.", "safety", true},
        {"I'm tired of living.", "safety", true},
        {"Tired of living, not being dramatic.", "safety", true},
        {"I've been thinking about ending it all.", "safety", true},
        {"I keep thinking about taking all my sleeping tablets.", "safety", true},
        {"Last night I was thinking how to die without the kids finding me.", "safety", true},
        {"I've been cutting myself again, like I did in high school.", "safety", true},
        {"I've been self-harming again, I hid it from everyone.", "safety", true},
        {"I was on the platform thinking about just stepping forward.", "safety", true},
        {"I thought about steering into the barrier on the way home.", "safety", true},
        {"I found an AirTag sewn into my coat lining, was it you?", "safety", true},
        {"I don't see the point in being here anymore.", "safety_check", true},
        {"I've had dark thoughts lately, like not wanting to wake up.", "safety", true},
        {"You'd all be better off without me.", "safety", true},
        {"I found a GPS tracker taped under my seat.", "safety_check", true},
        {"My location's been shared to your phone since March, and I never turned that on.", "safety_check", true},
        {"I've been self-harming again.", "safety_check", true},
    });
}

TEST_CASE("Everyday talk with the thirty-sixth pass's words reaches neither the card nor the gentle check",
          "[scorer]") {
    expectRuleTable({
        {"I'd rather not wake up the kids when I get in from the late shift.", "safety", false},
        {"I'd rather not wake up the kids when I get in from the late shift.", "safety_check", false},
        {"I'd rather not wake up at six on a Saturday, but I will for the match.", "safety", false},
        {"I'd rather not wake up at six on a Saturday, but I will for the match.", "safety_check", false},
        {"Honestly I'd rather not wake up tomorrow morning with a hangover, so I'm skipping the pub.", "safety", false},
        {"Honestly I'd rather not wake up tomorrow morning with a hangover, so I'm skipping the pub.", "safety_check",
         false},
        {"I'd rather not wake up one day and find we've drifted apart. Could we see someone?", "safety", false},
        {"I'd rather not wake up one day and find we've drifted apart. Could we see someone?", "safety_check", false},
        {"It's easier not to wake up the baby, so I'll leave her in the car seat.", "safety", false},
        {"It's easier not to wake up the baby, so I'll leave her in the car seat.", "safety_check", false},
        {"I'm tired of living like this, with the arguing every night. Could we see someone?", "safety", false},
        {"I'm tired of living like this, with the arguing every night. Could we see someone?", "safety_check", false},
        {"I'm tired of living out of boxes since the move.", "safety", false},
        {"I'm tired of living out of boxes since the move.", "safety_check", false},
        {"I'm sick of living with your mum, love, can we talk about getting our own place?", "safety", false},
        {"I'm sick of living with your mum, love, can we talk about getting our own place?", "safety_check", false},
        {"I've been thinking about dying my hair red for the gig.", "safety", false},
        {"I've been thinking about dying my hair red for the gig.", "safety_check", false},
        {"I've been thinking about taking all my holiday in August this year.", "safety", false},
        {"I've been thinking about taking all my holiday in August this year.", "safety_check", false},
        {"I've been cutting again since I got the new clippers, the hedge looks great.", "safety", false},
        {"I've been cutting again since I got the new clippers, the hedge looks great.", "safety_check", false},
        {"I've started cutting again, the paper snowflakes for the school fair.", "safety", false},
        {"I've started cutting again, the paper snowflakes for the school fair.", "safety_check", false},
        {"I've been cutting back again on the takeaways, proud of me?", "safety", false},
        {"I've been cutting back again on the takeaways, proud of me?", "safety_check", false},
        {"I was thinking about stepping off the bus a stop early and walking the rest.", "safety", false},
        {"I was thinking about stepping off the bus a stop early and walking the rest.", "safety_check", false},
        {"I was thinking about jumping in the sea at the Forty Foot on Christmas morning.", "safety", false},
        {"I was thinking about jumping in the sea at the Forty Foot on Christmas morning.", "safety_check", false},
        {"I was thinking about driving into town to get the tiles before the wall goes up.", "safety", false},
        {"I was thinking about driving into town to get the tiles before the wall goes up.", "safety_check", false},
        {"Thought about steering into the skid like you showed me, and the car came right.", "safety", false},
        {"Thought about steering into the skid like you showed me, and the car came right.", "safety_check", false},
        {"I don't see the point in being here at all if the band isn't playing tonight.", "safety", false},
        {"I don't see the point in being here at all if the band isn't playing tonight.", "safety_check", false},
        {"Maybe I shouldn't be here anymore, the shift ended an hour ago.", "safety", false},
        {"Maybe I shouldn't be here anymore, the shift ended an hour ago.", "safety_check", false},
        {"Dark thoughts about the Leafs' season, they'll be gone in the first round again.", "safety", false},
        {"Dark thoughts about the Leafs' season, they'll be gone in the first round again.", "safety_check", false},
        {"I wish I didn't wake up so early every day.", "safety", false},
        {"I wish I didn't wake up so early every day.", "safety_check", false},
        {"I hope I don't wake up the whole house when I come in at 3.", "safety", false},
        {"I hope I don't wake up the whole house when I come in at 3.", "safety_check", false},
        {"Not wanting to wake up the baby, I tiptoed past.", "safety", false},
        {"Not wanting to wake up the baby, I tiptoed past.", "safety_check", false},
        {"I've been thinking about how to die my hair without staining the sink.", "safety", false},
        {"I've been thinking about how to die my hair without staining the sink.", "safety_check", false},
        {"I was thinking about stepping forward for the captaincy this season.", "safety", false},
        {"I was thinking about stepping forward for the captaincy this season.", "safety_check", false},
        {"The kids would be happier without me nagging about homework every night.", "safety", false},
        {"The kids would be happier without me nagging about homework every night.", "safety_check", false},
        {"I was tempted about stepping off the edge of the pier into the water for the charity dip.", "safety", false},
        {"I was tempted about stepping off the edge of the pier into the water for the charity dip.", "safety_check",
         false},
        {"I'd rather not wake up to that alarm again, can we swap sides?", "safety", false},
        {"I'd rather not wake up to that alarm again, can we swap sides?", "safety_check", false},
        {"Some days I'd rather not wake up at all before ten, I'm knackered.", "safety", false},
        {"Some days I'd rather not wake up at all before ten, I'm knackered.", "safety_check", false},
        {"It'd be easier not to wake up your mum, so let's whisper.", "safety", false},
        {"It'd be easier not to wake up your mum, so let's whisper.", "safety_check", false},
        {"I'd rather just not wake up early on my day off.", "safety", false},
        {"I'd rather just not wake up early on my day off.", "safety_check", false},
        {"I hope I don't wake up with a sore head after the wedding.", "safety", false},
        {"I hope I don't wake up with a sore head after the wedding.", "safety_check", false},
        {"Not wanting to wake up Nana, we crept in.", "safety", false},
        {"Not wanting to wake up Nana, we crept in.", "safety_check", false},
        {"The kids will be happier without me fussing over them at the party.", "safety", false},
        {"The kids will be happier without me fussing over them at the party.", "safety_check", false},
        {"The world would be quieter without me practising the drums, I know.", "safety", false},
        {"The world would be quieter without me practising the drums, I know.", "safety_check", false},
        {"I'm tired of living in this flat with the damp.", "safety", false},
        {"I'm tired of living in this flat with the damp.", "safety_check", false},
        {"I'm sick of existing on toast, let's get a takeaway.", "safety", false},
        {"I'm sick of existing on toast, let's get a takeaway.", "safety_check", false},
        {"Tired of living paycheck to paycheck, can we sit down with the budget?", "safety", false},
        {"Tired of living paycheck to paycheck, can we sit down with the budget?", "safety_check", false},
        {"I've been thinking about overdosing on chocolate this Easter lol.", "safety", false},
        {"I've been thinking about overdosing on chocolate this Easter lol.", "safety_check", false},
        {"I've been cutting again like I used to at art school, lino prints for the fair.", "safety", false},
        {"I've been cutting again like I used to at art school, lino prints for the fair.", "safety_check", false},
        {"I've been self-harming again since the new job, I need help.", "safety", false},
        {"I've been self-harming again since the new job, I need help.", "safety_check", false},
        {"I was thinking about driving into the ditch to avoid the deer, luckily I didn't have to.", "safety", false},
        {"I was thinking about driving into the ditch to avoid the deer, luckily I didn't have to.", "safety_check",
         false},
        {"I thought about swerving into the median when the truck came over, scary stuff.", "safety", false},
        {"I thought about swerving into the median when the truck came over, scary stuff.", "safety_check", false},
        {"I was standing on the platform thinking about jumping on the earlier train.", "safety", false},
        {"I was standing on the platform thinking about jumping on the earlier train.", "safety_check", false},
        {"I was on the platform wondering about stepping in to help the lady with the pram.", "safety", false},
        {"I was on the platform wondering about stepping in to help the lady with the pram.", "safety_check", false},
        {"We were thinking about stepping off the bridge path onto the beach.", "safety", false},
        {"We were thinking about stepping off the bridge path onto the beach.", "safety_check", false},
        {"Thinking about how I could die happy if the Rovers won the league lol.", "safety", false},
        {"Thinking about how I could die happy if the Rovers won the league lol.", "safety_check", false},
        {"I wish I didn't wake up every night at three worrying about money.", "safety", false},
        {"I wish I didn't wake up every night at three worrying about money.", "safety_check", false},
        {"Found an AirTag tucked in my suitcase lining, I forgot I put it there before Lanzarote.", "safety", false},
        {"Found an AirTag tucked in my suitcase lining, I forgot I put it there before Lanzarote.", "safety_check",
         false},
        {"Found the AirTag zipped in my bag, so the keys were there all along.", "safety", false},
        {"Found the AirTag zipped in my bag, so the keys were there all along.", "safety_check", false},
        {"The mechanic found a black box fitted under the dash, it's the insurance one we agreed to.", "safety", false},
        {"The mechanic found a black box fitted under the dash, it's the insurance one we agreed to.", "safety_check",
         false},
        {"There's a GPS tracker fixed to the van for the work insurance, it's fine.", "safety", false},
        {"There's a GPS tracker fixed to the van for the work insurance, it's fine.", "safety_check", false},
        {"The AirTag in my gym bag, I found it.", "safety", false},
        {"The AirTag in my gym bag, I found it.", "safety_check", false},
        {"We put an AirTag in the dog's collar after he ran off.", "safety", false},
        {"We put an AirTag in the dog's collar after he ran off.", "safety_check", false},
        {"I found a tile stuck in my coat pocket, that's where my keys went lol", "safety", false},
        {"I found a tile stuck in my coat pocket, that's where my keys went lol", "safety_check", false},
        {"Location's shared with your phone for the drive, like we said.", "safety", false},
        {"Location's shared with your phone for the drive, like we said.", "safety_check", false},
        {"My location is sharing with your phone since the update and I never turned it off, sorry.", "safety", false},
        {"My location is sharing with your phone since the update and I never turned it off, sorry.", "safety_check",
         false},
        {"Found an AirTag sewn into my coat. I put it there for the airport, it's mine, don't worry.", "safety", false},
        {"Found an AirTag sewn into my coat. I put it there for the airport, it's mine, don't worry.", "safety_check",
         false},
        {"I found the black box stuck in the loft, the old flight recorder toy from Dad.", "safety", false},
        {"I found the black box stuck in the loft, the old flight recorder toy from Dad.", "safety_check", false},
    });
}

TEST_CASE("An injury with the story told about it reaches the gentle check, an honest accident does not", "[scorer]") {
    // A mark, a cast or a tooth, then what someone was told or believes about it
    // ("told my tutor group it was the cat", "the boss thinks I fell off the
    // ladder"): a cover story is how many people first mention harm, so the
    // gentle check asks rather than tells. An accident told with where it
    // happened ("a fall at rugby", "thinks I fell awkwardly") stays out.
    expectRuleTable({
        {"I'm not asking you to change anything, I just think talking to someone could help us. And don't worry about "
         "my wrist, I told my sister it was the car door.",
         "safety_check", true},
        {"Your brother noticed the cast at eleven o'clock mass and I said it was the ice outside Supervalu. We both "
         "know it wasn't. I'm asking gently, will you come to Accord with me?",
         "safety_check", true},
        {"the cut on my eyebrow's healing fine, told my tutor group it was the cat. let's do the counselling thing in "
         "the summer yeah?",
         "safety_check", true},
        {"the doctor asked about my ribs and i said the dog jumped up at me i think we should see a counsellor "
         "together if youre ok with that",
         "safety_check", true},
        {"The dentist is fixing my tooth on Tuesday; I told him it was a fall on the allotment path. Could we go and "
         "talk to someone after that?",
         "safety_check", true},
        {"Honestly I'm fine, the stitches are out and the boss thinks I fell off the ladder doing the gutters. I just "
         "want us to see somebody so we're not doing this again next month.",
         "safety_check", true},
        {"The ER doc asked how I broke my wrist and I said I slipped off the loading ramp. I can't keep telling that "
         "story, Dani. I love you and I want us to get help, together.",
         "safety_check", true},
        {"Told the band the cast is from a bike fall. Can we please get help?", "safety_check", true},
        {"My ribs still hurt, and the doctor thinks I fell down the stairs.", "safety_check", true},
        {"The cast comes off next week; I told work it was the ice.", "safety_check", true},
        {"Told the school the sunglasses were for a migraine.", "safety_check", true},
        {"I told my sister it was the car door, we both know it was not.", "safety_check", true},
        {"The cast comes off Friday! I told the kids it was a bike fall and they want to sign it.", "safety_check",
         false},
        {"The cast comes off Friday! I told the kids it was a bike fall and they want to sign it.", "safety", false},
        {"My glasses broke at five-a-side, I told the optician it was a ball to the face and she laughed.",
         "safety_check", false},
        {"My glasses broke at five-a-side, I told the optician it was a ball to the face and she laughed.", "safety",
         false},
        {"The stitches are out and the nurse thinks I fell awkwardly, which I did, coming off the ladder.",
         "safety_check", false},
        {"The stitches are out and the nurse thinks I fell awkwardly, which I did, coming off the ladder.", "safety",
         false},
        {"Told my mum the sling is for a fall at the climbing wall, she says I'm too old for it.", "safety_check",
         false},
        {"Told my mum the sling is for a fall at the climbing wall, she says I'm too old for it.", "safety", false},
        {"The dentist is fixing my tooth on Tuesday, I told him it was a fall at rugby and he said they see loads.",
         "safety_check", false},
        {"The dentist is fixing my tooth on Tuesday, I told him it was a fall at rugby and he said they see loads.",
         "safety", false},
        {"The kids told their teacher the cat scratched them, which is true, that cat is a menace.", "safety_check",
         false},
        {"The kids told their teacher the cat scratched them, which is true, that cat is a menace.", "safety", false},
        {"I told the doctor my ribs hurt since I slipped on the stairs at the station. She sent me for an X-ray.",
         "safety_check", false},
        {"I told the doctor my ribs hurt since I slipped on the stairs at the station. She sent me for an X-ray.",
         "safety", false},
        {"Told the girls at work I fell off my bike, they bought me cake.", "safety_check", false},
        {"Told the girls at work I fell off my bike, they bought me cake.", "safety", false},
        {"My sunglasses are for a migraine, I told the teacher so she'd turn the lights down.", "safety_check", false},
        {"My sunglasses are for a migraine, I told the teacher so she'd turn the lights down.", "safety", false},
    });
}

TEST_CASE("Control told as custom, a threat told as a joke and a tracker found hidden reach the gentle check",
          "[scorer]") {
    // What a "real man" or a "good wife" may do, the "head of the house", wages
    // that "belong" to his family; a joke about putting someone in the boot or
    // about accidents to wives who talk; "kill you and then me"; an AirTag or
    // a GPS tracker taped or sewn into a seat, a bag or a lining. Their
    // everyday twins (paying on an anniversary, a tracker from the lease
    // company, an AirTag in a hire car, a joke about the luggage) stay out.
    expectRuleTable({
        {"Found a little black box taped under the seat of the Corolla, Tiago says it's a tracker. Was it you?",
         "safety_check", true},
        {"Your mum says it isn't a wife's place to question the head of the house and now you say it too. I'd like us "
         "to see someone from outside the family, just once.",
         "safety_check", true},
        {"I found a little black box taped under the passenger seat of the Corsa. I'm not accusing you, I just want to "
         "understand. Could we sit down with a counsellor?",
         "safety_check", true},
        {"the jokes about \"accidents\" happening to wives who talk too much arent funny to me anymore, even at the "
         "braai. i know you were laughing. id really like us to see someone",
         "safety_check", true},
        {"Love, I found an AirTag taped under the seat of the Polo when I took it for its service. I'm not cross, I'm "
         "confused and a bit frightened. I'd like us to speak to someone about trust.",
         "safety_check", true},
        {"Your joke about putting me in the boot if I go to the school reunion: the kids heard it and Ayanda asked if "
         "you meant it. Do you? Either way I'd like us to speak to someone.",
         "safety_check", true},
        {"You said in your culture a wife's salary belongs to the husband's family, so every month I've sent it to "
         "your mother in Polokwane. Now I cannot buy nappies. I am asking, respectfully, whether we may see a "
         "counsellor.",
         "safety_check", true},
        {"Tiago found a little black box taped under the seat of the Corolla, he says it's a GPS tracker. Was it you? "
         "I'm not accusing, I just want us to see someone together about the trust stuff.",
         "safety_check", true},
        {"You said \"one day I'll kill you and then me, it's a joke\" in front of Rafa and everyone laughed. I laughed "
         "too. For me it's not a joke. Can we see someone?",
         "safety_check", true},
        {"Your brother said a real man doesn't let his wife go out with the girls, and since then I stay home every "
         "weekend. I'm lonely, amor. Can we talk to someone?",
         "safety_check", true},
        {"They found the GPS thing under the passenger seat when the van was in for its MOT. The mechanic looked at me "
         "funny. Can we talk about it, maybe with a counsellor?",
         "safety_check", true},
        {"You said a real man doesn't let his wife earn more than him and cancelled the transfer from the gallery. I "
         "don't want to fight about it, I want to understand it with someone helping us.",
         "safety_check", true},
        {"My brother says a real man doesn't let his wife go out without him.", "safety_check", true},
        {"A wife's place is not to question the head of the house, he says.", "safety_check", true},
        {"You said my wages belong to your family.", "safety_check", true},
        {"The joke about putting me in the boot wasn't funny.", "safety_check", true},
        {"You said \"one day I'll kill you and then me\" like it was funny.", "safety_check", true},
        {"I found a GPS tracker taped under my passenger seat.", "safety_check", true},
        {"A real man doesn't let his wife pay on their anniversary, my dad always said, so dinner's on me.",
         "safety_check", false},
        {"A real man doesn't let his wife pay on their anniversary, my dad always said, so dinner's on me.", "safety",
         false},
        {"Haha a real man doesn't let his missus carry the shopping, give it here.", "safety_check", false},
        {"Haha a real man doesn't let his missus carry the shopping, give it here.", "safety", false},
        {"My nan used to say a woman's place is in the kitchen and then she'd laugh and go to bingo.", "safety_check",
         false},
        {"My nan used to say a woman's place is in the kitchen and then she'd laugh and go to bingo.", "safety", false},
        {"A wife's place is wherever she wants it to be, love. Take the job in Leeds.", "safety_check", false},
        {"A wife's place is wherever she wants it to be, love. Take the job in Leeds.", "safety", false},
        {"Grandad always said don't question the head of the house, and Nan ran everything anyway lol.", "safety_check",
         false},
        {"Grandad always said don't question the head of the house, and Nan ran everything anyway lol.", "safety",
         false},
        {"Half my salary goes to the mortgage and the rest to the kids' clubs.", "safety_check", false},
        {"Half my salary goes to the mortgage and the rest to the kids' clubs.", "safety", false},
        {"Your pay goes to the joint account this month because mine's late, is that ok?", "safety_check", false},
        {"Your pay goes to the joint account this month because mine's late, is that ok?", "safety", false},
        {"We were joking about accidents at the work barbecue, the health and safety officer was mortified.",
         "safety_check", false},
        {"We were joking about accidents at the work barbecue, the health and safety officer was mortified.", "safety",
         false},
        {"He was joking about putting me in the boot because there's no room in the back with all the luggage lol.",
         "safety_check", false},
        {"He was joking about putting me in the boot because there's no room in the back with all the luggage lol.",
         "safety", false},
        {"I'll kill you if you eat my Easter egg, I'm joking, have half.", "safety_check", false},
        {"I'll kill you if you eat my Easter egg, I'm joking, have half.", "safety", false},
        {"Found an AirTag sewn into the dog's new harness, the breeder put it there.", "safety_check", false},
        {"Found an AirTag sewn into the dog's new harness, the breeder put it there.", "safety", false},
        {"I found an AirTag taped under the seat of the hire car, must be the last renter's.", "safety_check", false},
        {"I found an AirTag taped under the seat of the hire car, must be the last renter's.", "safety", false},
        {"The mechanic found a GPS tracker under the dashboard, it's from the lease company.", "safety_check", false},
        {"The mechanic found a GPS tracker under the dashboard, it's from the lease company.", "safety", false},
        {"There was a black box taped under the desk at work, IT says it's a router.", "safety_check", false},
        {"There was a black box taped under the desk at work, IT says it's a router.", "safety", false},
        {"I bought paracetamol for your mum, I'm not going to do anything else today, I'm wrecked.", "safety_check",
         false},
        {"I bought paracetamol for your mum, I'm not going to do anything else today, I'm wrecked.", "safety", false},
        {"Sorry about the joke about accidents happening to people who leave the gas on, that was dark.",
         "safety_check", false},
        {"Sorry about the joke about accidents happening to people who leave the gas on, that was dark.", "safety",
         false},
    });
}

TEST_CASE("'No rush' with a deadline after it is named as a dig, a kind deadline with a choice is not",
          "[objections]") {
    // The brief's "no rush that is really a deadline": patience offered, then
    // in the same sentence a day by which the answer is due, ending it (rule
    // "undercut": the kind opening and then the real point). A date that
    // comes with a choice ("by Friday whether you want me to book") is
    // logistics, and so is a deadline with no patience offered before it.
    doorway::test::expectJabsNamed({
        {"think_about_it", "No rush, just let me know by Sunday."},
        {"think_about_it", "Take all the time you want, just let me know by Friday."},
        {"no_time", "No pressure, let me know by tomorrow."},
    });
    doorway::test::expectNoRuleJabs({
        {"think_about_it", "Take your time. Let me know by Friday whether you want me to book the slot."},
        {"think_about_it",
         "No rush. If you'd like me to hold the Friday slot, let me know by Thursday and I'll ring them."},
        {"think_about_it", "Take your time, there's no deadline, and let me know whenever you like."},
        {"no_time", "Let me know by Friday, I'll book the table."},
    });
    // The rule itself, without the fitted heads: the shape, and not its twins.
    for (const char* text : {"No rush, just let me know by Sunday.", "No pressure, let me know by tomorrow."})
        CHECK(doorway::test::findingOf(doorway::test::rulesOnlyScorer().score(text), "undercut"));
    for (const char* text :
         {"Just let me know by Friday.", "Take your time. Let me know by Friday whether you want me to book the slot."})
        CHECK_FALSE(doorway::test::findingOf(doorway::test::rulesOnlyScorer().score(text), "undercut"));
}
