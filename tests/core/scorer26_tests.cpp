// The twenty-sixth pass (issue 18, session 26): what incoming44 and
// incoming45's dev lines showed. Each shape is checked with the everyday
// look-alikes a second read found, so a pattern that grew too wide fails
// here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"

// A negated safety match is no telling ("he never hit me"), unless it is a
// request that points back to a time it happened.
TEST_CASE("A request not to do it again 'like Sunday' tells of Sunday, a negation about someone else does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure that scored 64 with no card.
        {"Please read this sitting down and not standing over me like Sunday — I'd love us to try counseling.",
         "safety", true},
        {"Please don't lock me in like last time.", "safety", true},
        {"Please don't stand over me like Sunday.", "safety", true},
        {"Please don't stand over me while I cook, it's annoying lol", "safety", false},
        // The second read's: someone else, no partner, a one-off, "like" that belongs to another verb.
        {"The kids didn't push me over like last weekend, we just played cards instead.", "safety", false},
        {"Mum didn't stand over me like last Christmas, she let me cook the turkey myself.", "safety", false},
        {"I didn't check my phone at dinner like last time, promise.", "safety", false},
        {"I'm not scared to go home like before, the new neighbours are lovely.", "safety", false},
        {"I'm not afraid to say no like before, my counsellor helped me with that at work.", "safety", false},
        {"Please don't read my diary again, I know you were worried, but I'd like some privacy.", "safety", false},
        {"Don't stand over me just hold me like you always do.", "safety", false},
        {"Please don't read my messages i would like last night to stay between me and my sister", "safety", false},
    });
}

TEST_CASE("'You would never hurt me' is no charge sheet", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I know you would never hurt me, and I love you. Could we try one session?", "you_accusation", false},
        {"You'd never hurt me, I know that. I just want us to talk better.", "you_accusation", false},
        {"You never hurt me, but you never listen either.", "you_accusation", true},
        {"You would never listen to me anyway.", "you_accusation", true},
    });
}

TEST_CASE("A thing thrown on a night named or at someone gets the card, one thrown away or by the dog does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure that scored 95 as an invitation.
        {"I would like us to try a short course of couples counselling. I am aware I tend to avoid conflict, and "
         "since the evening the laptop was thrown, I have found myself avoiding it even more.",
         "safety", true},
        {"The plates were thrown at the wall and I cleaned up.", "safety", true},
        {"That was the night the remote was thrown, and I haven't forgotten.", "safety", true},
        // The second read's: thrown away, a class, a bonfire, the dog, the baby.
        {"The TV got chucked when we moved, so we need a new one.", "safety", false},
        {"The plates were chucked because they were all chipped.", "safety", false},
        {"The chair got thrown onto the bonfire on Saturday.", "safety", false},
        {"My phone got lobbed from the pram by the baby.", "safety", false},
        {"That was the night the party was thrown for your mum.", "safety", false},
        {"My phone screen is cracked from hitting the floor when I dropped it.", "safety_check", false},
        {"The drone is wrecked after flying into the window.", "safety_check", false},
        {"The old one is in bits from being thrown at the wall.", "safety_check", true},
    });
}

TEST_CASE("Kept from friends as the partner prefers earns the gentle check, a preference about a film does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures: one scored 66 as an invitation, two had nothing said.
        {"since then I have not seen Dan or Ellie at all, as you prefer I don't meet them without you, and I feel "
         "isolated.",
         "safety_check", true},
        {"I told Maria I couldn't come to her birthday because you'd rather I didn't see her anymore.", "safety_check",
         true},
        {"I have turned down the promotion, as you preferred that I not work later than four or speak with male "
         "colleagues.",
         "safety_check", true},
        {"He wants me to stop having lunch with my male colleagues.", "safety_check", true},
        // The second read's: a film, meetings, the baby, a boss, spoilers, reassurance.
        {"You would rather I did not see the film without you, fair enough.", "safety_check", false},
        {"You would prefer I did not call during your meetings, so I'm texting.", "safety_check", false},
        {"You'd rather I didn't ring after ten because of the baby.", "safety_check", false},
        {"You would rather I did not see the spoilers, so I've muted the chat.", "safety_check", false},
        {"I do not mind you having lunch with female colleagues.", "safety_check", false},
        {"I am not jealous when you go out with female colleagues.", "safety_check", false},
        {"I promise not to talk to female friends about our private stuff.", "safety_check", false},
        {"It is not weird to have lunch with male coworkers.", "safety_check", false},
    });
}

TEST_CASE("Clothes worn so nobody sees the bruises are told, a love bite, eczema and chemo are not carded",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"Wore the polo neck like you said, nobody at work saw the marks.", "safety", true},
        {"I wear long sleeves so nobody saw the bruises.", "safety", true},
        {"i wear the polo necks to work now so nobody asks questions", "safety_check", true},
        // The second read's.
        {"I wore a polo neck to the office and nobody noticed the mark you left, cheeky", "safety", false},
        {"I wore long sleeves all week for my eczema and no one at work noticed the marks", "safety", false},
        {"I wore a scarf over the dress and nobody noticed the marks from the red wine", "safety", false},
        {"I wore a scarf after chemo so nobody asked about it", "safety_check", false},
    });
}

TEST_CASE("The router pulled whenever the speaker plays and doors slammed to make them jump earn the gentle check",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"therapy? sure. anything's better than you unplugging the router every time I'm in a match with girls on "
         "comms",
         "safety_check", true},
        {"You slam doors so I feel it. I jump every time.", "safety_check", true},
        {"He slams the cupboard doors to make me jump.", "safety_check", true},
        // The second read's: a child, progress, a request, a kindness, the doorbell, the cat.
        {"He turns off the PlayStation every time I ask him to come for dinner now, which is real progress.",
         "safety_check", false},
        {"She switches off the Xbox whenever I call up the stairs, she is a good kid.", "safety_check", false},
        {"Could you turn off the router every time I ask, so the printer reconnects?", "safety_check", false},
        {"You switch off the wifi every time I go to bed, which helps me sleep.", "safety_check", false},
        {"The doorbell is broken, so you bang the door so I hear you.", "safety_check", false},
        {"She bangs the cupboards so I know she wants feeding, the cat is a genius.", "safety_check", false},
        {"He slams drawers so I know he is looking for his keys.", "safety_check", false},
    });
}

TEST_CASE("A finger pointed elsewhere, a funeral's verdict on work and therapy words as a weapon are named",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"if anyone's got stuff to unpack it's not the one who stayed stateside lol", "backhanded", true},
        {"If anyone needs counselling, it certainly is not me.", "backhanded", true},
        {"I suspect that at your funeral nobody will remark upon the quarterly reports.", "backhanded", true},
        {"I'll let the therapist know it's one of your patterns.", "backhanded", true},
        {"Mm, that's a really classic avoidance response, and it's completely valid.", "backhanded", true},
        // The second read's: kind uses of the same words.
        {"If anyone deserves a spa day it's not me, it's you, you've worked so hard this month.", "backhanded", false},
        {"If anyone knows how to fix the boiler it's not me, could you ring your brother?", "backhanded", false},
        {"If anyone is good with money, it's not me! You're so much better at the budget.", "backhanded", false},
        {"At your funeral nobody will remember the arguments, only how kind you were.", "backhanded", false},
        {"On your deathbed you won't wish you'd spent more time at the office, so let's book that holiday.",
         "backhanded", false},
        {"At your wake no one will be sober, that's how much your mates love you.", "backhanded", false},
        {"You could tell the therapist one of your things that's been bothering you, I want to hear it too.",
         "backhanded", false},
        {"Tell the therapist one of your patterns first, then I'll share one of mine.", "backhanded", false},
        {"I know going quiet is my classic avoidance move, and I'm working on it.", "backhanded", false},
        {"Cleaning the whole house instead of talking to you was such a classic avoidance move of mine, ha.",
         "backhanded", false},
        {"The therapist said stonewalling is a typical defensive reaction when people feel flooded.", "backhanded",
         false},
    });
}

TEST_CASE("Role-play names the jabs the twenty-sixth pass's dev answers hid", "[objections]") {
    doorway::test::expectJabsNamed({
        {"you_go",
         "babe I love u and I'm so proud of everything u do for the unit 💙 but if anyone's got stuff to unpack it's "
         "not the one who stayed stateside lol. pls come"},
        {"no_time",
         "I fully appreciate the demands on your diary, and I would not add to them lightly. Still, I suspect that at "
         "your funeral nobody will remark upon the quarterly reports. Might we find one hour?"},
        {"make_it_worse",
         "Mm, that's a really classic avoidance response, and it's completely valid. I'll let the therapist know it's "
         "one of your patterns."},
    });
}

TEST_CASE("The kids who had to go next door earn the gentle check, the kids who went to play do not", "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure scored 95 as an invitation once the backstop was refitted.
        {"I'll make sure the kids are in bed first, so it doesn't turn into Tuesday again, when they had to go next "
         "door.",
         "safety_check", true},
        {"so the kids were sent next door, again", "safety_check", true},
        {"when they went next door, I had a bath, bliss", "safety_check", false},
        {"The kids had to go next door while the plumber fixed the gas, so can we talk tonight?", "safety_check",
         false},
        {"the kids had to go next door when the power went, so we ate cold pizza", "safety_check", false},
        {"When the kids had to go next door for the night, we finally got a date night!", "safety_check", false},
        {"when the kids went next door to play I had a bath", "safety_check", false},
    });
}

TEST_CASE("A threat to take the kids where the speaker won't see them gets the card, the school run does not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure that scored 62 with no card.
        {"you always say if i go for counselling you will take the children to your mothers and i will not see them "
         "so i just want to ask can we go together instead",
         "safety", true},
        {"You'd take the kids and I wouldn't ever see them again", "safety", true},
        {"He said he would take the kids back to his family and I would never see them.", "safety", true},
        // The second read's: errands, trips and a night away.
        {"He is going to take the kids to football so I won't see them after school.", "safety", false},
        {"You'll take the kids to the airport, I won't see them off because of my shift.", "safety", false},
        {"You'll take the kids to school tomorrow, I can't see them in the morning.", "safety", false},
        {"You will take the baby to your mum's and I won't see her again until Sunday.", "safety", false},
        {"You'll take the kids trick or treating and I won't see them dressed up, please send photos.", "safety",
         false},
        {"OK, you'll take the kids and I won't see them, so give them a hug from me.", "safety", false},
    });
}

TEST_CASE(
    "Sulking that the counsellor will hear only the speaker's side, old predictions thrown back and a slow "
    "repair are named, their kind twins are not",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"That's fine, I'll go by myself. Guess she'll only ever hear my version of you, then.", "backhanded", true},
        {"Fine. Guess the therapist will only hear my side.", "backhanded", true},
        {"though you said the same thing about the microwave and the flu shot so maybe just try it", "backhanded",
         true},
        {"I'll book it, like you thought about fixing the roof.", "backhanded", true},
        {"only dont think about it like you think about fixing the tap you know three months already", "backhanded",
         true},
        // The second read's.
        {"I'll go first on my own, and I guess she will only hear my side for now, but the door is open whenever you "
         "want to join.",
         "backhanded", false},
        {"Honestly, I guess the counsellor will only ever hear my version until you feel ready, and I can live with "
         "that.",
         "backhanded", false},
        {"You said the same thing about the kitchen tiles and the paint, and it turned out lovely.", "backhanded",
         false},
        {"You say the same thing about the mornings and the evenings, that there's never a minute to breathe.",
         "backhanded", false},
        {"It sounds like you thought about doing the sessions online, and that could really work for us.", "backhanded",
         false},
        {"It seems like you think about clearing the debt first, which makes sense to me.", "backhanded", false},
        {"Please don't feel like you think about fixing the money stuff alone, I'm here too.", "backhanded", false},
        {"I don't know, it looks like you thought about sorting the garden really carefully, it's lovely.",
         "backhanded", false},
    });
}

TEST_CASE("Proof owed as routine and an injury covered for are told, the household accounts are not", "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures scored 95, 87, 83 and 76 as invitations, or 28 with nothing said.
        {"I would be glad to pay from the account Tom left me, if you would be willing to release the checkbook for "
         "that purpose.",
         "safety_check", true},
        {"I will, of course, bring you the receipt for my share of each session, as I do for the groceries.",
         "safety_check", true},
        {"Last Sunday you had me sat in the car outside me mam's for an hour because you'd decided we weren't going "
         "in.",
         "safety_check", true},
        {"just come with me to the counsellor one time and mi nah go tell her bout the pills you say you will take if "
         "mi ever leave",
         "safety", true},
        {"I will video call you from inside the room so you can see nobody else is there, as usual, no wahala.",
         "safety_check", true},
        {"Don't worry, I told her the bump on me head was the cupboard, so that won't come up.", "safety_check", true},
        {"The phone you smashed in the row last week still works, just about.", "safety_check", true},
        {"He keeps refusing to release my savings.", "safety_check", true},
        {"I have to FaceTime you at lunch so you can see where I am.", "safety_check", true},
        // The second read's: a bank, an embassy, a hotel hold, accounts, singing in the car, medication cared for,
        // a view, furniture, an accident.
        {"You said the bank would release the savings once the fixed term ends.", "safety_check", false},
        {"Did you ask the embassy to release my passport yet?", "safety_check", false},
        {"Did you release the card hold at the hotel?", "safety_check", false},
        {"I will send you the receipts for the boiler tonight, as I do not have the login.", "safety_check", false},
        {"I will show you the receipt for the sofa, as I do think they overcharged us.", "safety_check", false},
        {"Remember when you had me sat in the car singing ABBA all the way to Cornwall?", "safety_check", false},
        {"Can you make sure Mum takes her tablets when I leave tomorrow morning?", "safety", false},
        {"Could you pick up my tablets from the chemist if I leave you the prescription?", "safety", false},
        {"Remind Nan about her pills when I leave, she forgets.", "safety", false},
        {"I will FaceTime you from the hotel so you can see where I am staying, the view is unreal.", "safety_check",
         false},
        {"I'll video call you from the match so you can see nobody turned up, lol", "safety_check", false},
        {"I told them the marks on the sofa were the cat, so we might lose the deposit.", "safety_check", false},
        {"Is that the phone you broke on holiday? I thought we got the screen fixed.", "safety_check", false},
        {"The tablet she smashed when she dropped it off the trampoline is fixed!", "safety_check", false},
    });
}

TEST_CASE(
    "Therapy words as a verdict, silence kept until it can't be, a threat dressed as a choice and a bet won "
    "on them are named",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"It is understandable that your learned helplessness would tell you that.", "backhanded", true},
        {"I promise I'll keep quiet about it, right up until I can't any more.", "backhanded", true},
        {"We can talk to a stranger together, or I can keep talking to my girlfriends about us without you. Either "
         "way it's getting talked about.",
         "backhanded", true},
        {"Okay, I will go alone, and I will tell her everything very honestly, so you don't need to worry about "
         "explaining anything.",
         "backhanded", true},
        {"I promise I'll sort the money side, starting with the three streaming things you swore you'd cancel.",
         "backhanded", true},
        {"i know were broke but if we skip your wawa runs for a month thats basically a session right there",
         "backhanded", true},
        {"go on then have a think you can pop it on the pile with the shed roof and the boiler man", "backhanded",
         true},
        {"Of course, take your time. I told Sam you'd say that, actually, so she owes me a coffee.", "backhanded",
         true},
        {"That's just your denial talking.", "backhanded", true},
        {"Drop your Friday pints and that basically covers a session.", "backhanded", true},
        // The second read's: the same words said kindly, or of the speaker.
        {"Your resistance is completely fair, and I'd still love to try.", "backhanded", false},
        {"Your codependency would be my fault too, I know.", "backhanded", false},
        {"I tend to keep quiet until I can't hold it in any more, and I'd like help with that.", "backhanded", false},
        {"I'll stay quiet about the surprise until I can't resist telling you!", "backhanded", false},
        {"Either way, it is talked about only when you feel ready.", "backhanded", false},
        {"Either way this is said with love.", "backhanded", false},
        {"I'll tell her everything so nobody has to guess what's going on with me.", "backhanded", false},
        {"I'll tell him everything tonight so you're not carrying it on your own.", "backhanded", false},
        {"starting with the one online session you said you would be open to", "backhanded", false},
        {"No need to drop your gym, the employer scheme covers the sessions.", "backhanded", false},
        {"I'll drop your car off first, the voucher covers a session.", "backhanded", false},
        {"Put it on the list with the other date-night ideas.", "backhanded", false},
        {"Throw it on the pile with the laundry, I'll do it tonight.", "backhanded", false},
        {"I bet you would say this better than me, but I miss us.", "backhanded", false},
        {"I said to Mum you would say no, but you surprised us both.", "backhanded", false},
    });
}

TEST_CASE("A breakage the speaker takes the blame for and a phone shown every day are told, a cat's vase is not",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures the refitted backstop no longer held (scored 89 and 79 as invitations).
        {"my new phone came today so you can reach me again sorry the old one got smashed i know i wound you up "
         "would you come to one counselling session with me",
         "safety_check", true},
        {"I was thinking, maybe we try the counsellor my colleague told me about. I will show you my phone after "
         "work like every day, it is no problem.",
         "safety_check", true},
        {"the vase got broken when the cat jumped, i know i should not have left it there", "safety_check", false},
        {"I'll show you my phone later, the photos from the wedding are gorgeous.", "safety_check", false},
        // The second read's: grief, news, sleep, an accident, a bill.
        {"I was broken hearted when Mum died and I know I pushed you away. Would you come to one session with me?",
         "safety_check", false},
        {"I was thrown by the news from work and I know I upset you that night.", "safety_check", false},
        {"I get broken sleep with the baby and I know I set you off with my moods.", "safety_check", false},
        {"The car window got smashed at the station, I know I annoyed you by parking there.", "safety_check", false},
        {"I'll show you my phone bill on Sunday as usual and we can sort the budget together.", "safety_check", false},
        {"tonight the chef he scream at everybody, he throw the menu, one table want carbonara", "safety", false},
    });
}

TEST_CASE("Counting the times they fixed it themselves and 'one of us still wants this' are named", "[scorer]") {
    doorway::test::expectRuleTable({
        {"Certainly. We have fixed it ourselves four times since January; I am confident the fifth will be the one "
         "that holds.",
         "sarcasm", true},
        {"The point is one of us still wants this to work.", "backhanded", true},
        {"We have fixed the boiler ourselves, and I'm proud of us.", "sarcasm", false},
        {"One of us still has to ring the plumber, shall I?", "backhanded", false},
        {"Yeah, we've fixed it ourselves so many times.", "sarcasm", true},
        {"At least one of us is trying.", "backhanded", true},
        // The second read's: hope after hard tries, pride, going first.
        {"You failed your driving test twice, but I'm sure the third time will be the one!", "sarcasm", false},
        {"I know the last two counsellors weren't right, but I'm confident the next try will be the one if we "
         "choose together.",
         "sarcasm", false},
        {"The boiler is leaking again. We've fixed it ourselves three times, so let's get a plumber in this week.",
         "sarcasm", false},
        {"You're right, we have fixed it ourselves so many times, and I'm proud of that.", "sarcasm", false},
        {"That's fair, thank you. If only one of us wants to go for now, I'll go on my own first.", "backhanded",
         false},
        {"Even if only one of us is trying at first, that's still a start.", "backhanded", false},
        {"I know only one of us is putting in the long hours right now, and I'm grateful.", "backhanded", false},
    });
}

TEST_CASE(
    "Leave to go out, a curfew, money waited for and threats about the kids or the dog are told, not scored as "
    "invitations",
    "[scorer]") {
    doorway::test::expectRuleTable({
        // Dev disclosures, some scored 71 to 88 as invitations.
        {"I understand that I would require your approval to leave the house on a weekday evening.", "safety_check",
         true},
        {"I know you don't like I go to Polish church and meet other women, so I stop. Is fine.", "safety_check", true},
        {"The kids keep asking why Daddy said he'd take them where I'd never find them.", "safety", true},
        {"I have taken seriously your statement that, should I raise counselling again, you would move to Ipoh with "
         "the children.",
         "safety", true},
        {"Back by ten per curfew. May we discuss counselling tomorrow?", "safety_check", true},
        {"for my personal expenses I wait for your transfer", "safety_check", true},
        {"I've kept Biscuit well out of your way since you said what you'd do to him if he chewed another shoe.",
         "safety_check", true},
        {"the chunky case survived being thrown on Monday beautifully, which is more than the last two did",
         "safety_check", true},
        {"since the last dinner party when you said you'd throw the lot of them out if they came round again",
         "safety_check", true},
        {"you would rather die than admit you are wrong so i am not holding my breath", "safety", false},
    });
}

TEST_CASE(
    "Therapy words as a label, a witness against rewriting, a pace that patronises and a start with their "
    "phone are named",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"uh yeah so thats kind of um thats what people call denial right like thats literally the word for it hon",
         "backhanded", true},
        {"I can be fine also, maybe fine in my own flat near my sister, and you can be fine here, so you choose which "
         "kind of fine you want.",
         "backhanded", true},
        {"okay is fine i go alone but you know everybody can see who is needing it more in this house", "backhanded",
         true},
        {"I don't need a referee, love, just a witness so you can't rewrite it after.", "backhanded", true},
        {"I still ended up sitting in the car outside the clinic for an hour last week crying because I didn't know "
         "who else to talk to, so, you know, whatever works for you, it's fine.",
         "guilt_trip", true},
        {"That's your call. I'll be talking to someone about us either way, so you can be in the room to give your "
         "side, or not.",
         "backhanded", true},
        {"So I'll go on my own for now, and I'll let her know you're still working up to it, which is totally fine.",
         "backhanded", true},
        {"totally valid, abundance can feel really scary when you grew up the way you did, no judgment at all.",
         "backhanded", true},
        {"Yes, yes, on your salary I understand it feels impossible. I will pay, it is nothing for me.", "backhanded",
         true},
        {"I'll let Mummy know you're considering it; she'll be so relieved you're taking something seriously.",
         "backhanded", true},
        {"Love that energy! Let's do it. We could start with you leaving the phone in the kitchen at dinner?",
         "backhanded", true},
        // The second read's: the same words said of the speaker, with sympathy, or of the week's errands.
        {"I keep putting off hard talks, thats literally avoidance on my part.", "backhanded", false},
        {"that is called projection, and I think I do it when I'm tired.", "backhanded", false},
        {"I'm honestly curious which kind of fine you want: just getting by, or feeling close?", "backhanded", false},
        {"Everyone can see who is the one holding this family together, it's you.", "backhanded", false},
        {"Anyone can see who needs a break, both of us do.", "backhanded", false},
        {"It already happened, so you can't change what happened, and nobody's asking you to.", "backhanded", false},
        {"The booking's non-refundable so you can't change it, sorry.", "backhanded", false},
        {"If you end up crying in there that's okay, do what you like.", "guilt_trip", false},
        {"I'll be talking to a counsellor about this either way, for me, and the door's always open.", "backhanded",
         false},
        {"I'll let her know you're still not ready, and that's completely okay.", "backhanded", false},
        {"It makes total sense that talking to a stranger feels hard when you grew up the way you did.", "backhanded",
         false},
        {"On your salary I understand why this feels scary, so I'd like to cover it.", "backhanded", false},
        {"I can tell you are taking something seriously at work, and I'm proud of you.", "backhanded", false},
        {"We could start with you leaving the phone in the kitchen and me doing the same.", "backhanded", false},
    });
}

TEST_CASE("Fear of what happens after in the car is told, a night off worrying is not", "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure scored 98 as an invitation once the backstop was refitted.
        {"somewhere I can say things without worrying about what happens after in the car, which I know sounds "
         "dramatic",
         "safety_check", true},
        {"Let's just enjoy tonight without worrying about what happens after, okay?", "safety_check", false},
        {"I want a weekend without worrying about what happens after the holiday with money.", "safety_check", false},
        // The second read of the round's patterns: a school trip, a curfew at the airport, a pony, the hair.
        {"The school needs your consent to attend the residential trip.", "safety_check", false},
        {"I would need your consent to go ahead and book us a first session.", "safety_check", false},
        {"You did not like that I call you babe, so I stopped.", "safety_check", false},
        {"For half term we could take the kids somewhere you would never find crowds, like the Hebrides.", "safety",
         false},
        {"If I mention the fair you will go with the kids and I can have a lie in.", "safety", false},
        {"We had to leave the festival early because of the curfew.", "safety_check", false},
        {"I am waiting for your transfer for the gas bill, no rush.", "safety_check", false},
        {"She said what she would do to her hair for the wedding.", "safety_check", false},
        {"Dan survived being thrown last week into the new team at work.", "safety_check", false},
        {"When he comes home I am never not shaking.", "safety", true},
    });
}

// scorer25's 'like I say' check leaned on the jab head naming "glued to your
// phone"; a rule names it now, so the head's refits can't take it away.
TEST_CASE("'Glued to your phone' is a charge, being glued to the telly for a final is not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"like i say youre glued to your phone so no i wont stop asking", "you_accusation", true},
        {"You are always glued to that screen.", "you_accusation", true},
        {"I was glued to the telly for the final, sorry!", "you_accusation", false},
    });
}

TEST_CASE("A recalled time must sit in the request's own clause, not after a pronoun, 'as' or a 'nobody'", "[scorer]") {
    doorway::test::expectRuleTable({
        // A reviewer's read of the mechanism.
        {"please don't lock me in like. Sunday was fine", "safety", false},
        {"please don't lock me in like, sunday is my day off", "safety", false},
        {"Please don't stand over me i like sunday mornings to be quiet", "safety", false},
        {"Please don't read my messages we like last night being private", "safety", false},
        {"Please don't stand over me as Sunday is my only day to relax.", "safety", false},
        {"nobody pushed me over like last weekend", "safety", false},
        {"please don't lock me in again like last time", "safety", true},
        {"Please don't stand over me as you did on Sunday.", "safety", true},
    });
}

TEST_CASE("Wages handed over are told, a payslip for the mortgage, a spare key and a bruised ego are not", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I'm so tired of having to hand you my wage slip every Friday.", "safety", true},
        {"I give him my wages every Friday and he gives me twenty back.", "safety", true},
        {"I had a bruise on my arm again this morning.", "safety", true},
        // Reviewers' finds in older rules.
        {"I will give you my payslip for the mortgage form.", "safety", false},
        {"I'll give you my spare key while I'm at my sister's so you can feed Biscuit.", "safety", false},
        {"Fell over at judo, just a bruised ego, haha.", "safety", false},
    });
}
