// The thirty-eighth pass (issue 18, session 38): safety shapes and role-play
// digs for the families the blind batches incoming215-222 showed the rules
// missing, each written as a general shape and narrowed on a second read.
// The card: not seeing the point of oneself; pretending to be asleep when the
// partner comes home; how the partner drove while the speaker cried; things
// thrown at the speaker; a password changed for them; keeping quiet because
// the partner said no and the speaker didn't want the shouting; a threat
// never to see the children again; dark thoughts about the water. The gentle
// check, for shapes an ordinary life can share: going out only if the
// partner is in a good mood; not ringing family while the partner is in the
// house; an excuse "we both know" was not the truth; asking the partner for
// money for pads; the partner deciding the money; going quiet when the
// partner walks in; someone saying the partner controls everything; clothes
// not worn since the partner called them cheap; rows about who the speaker
// dresses for; someone asking why the speaker jumps when the partner comes
// in. Two older shapes were mended on the way: "so he doesn't know" no longer
// cards a surprise ("...it's from us"), and someone asking whether all is
// well at home now gets the gentle check, not the card. The rows are train
// and dev lines these shapes newly catch (never a test line) and short forms
// of them; the look-alikes come from the drafts and the second reads.
#include <catch2/catch.hpp>

#include "scoring_support.hpp"

using doorway::test::expectRuleTable;

TEST_CASE("The thirty-eighth pass's card shapes reach the card by the rules alone", "[scorer]") {
    expectRuleTable({
        {"i dont really see the point of me some days. not being dramatic. just would be nice if we tried the "
         "counselling",
         "safety", true},
        {"What's the point of me being here anymore.", "safety", true},
        {"I've been happier lately, honestly. And because I'm tired of pretending I'm asleep when you come home from "
         "the pub.",
         "safety", true},
        {"I still pretend to be asleep when he gets home.", "safety", true},
        {"I did not tell my mother about how you drove on the motorway when I was crying, I keep it between us.",
         "safety", true},
        {"Ha, at least if you chuck another mug at me I'm first-aid trained. Seriously though, would you think about "
         "counselling?",
         "safety", true},
        {"He got angry and flung the remote at me.", "safety", true},
        {"Can you believe he threw a mug at me?", "safety", true},
        {"He changed my Insta password 'for my own good' lol.", "safety", true},
        {"He's changed all my passwords.", "safety", true},
        {"I turned down Tracy's fortieth because you'd already said no twice and I didn't want the yelling.", "safety",
         true},
        {"You said I'd never find the kids again if I took them to my folks. I just want us to get some help.",
         "safety", true},
        {"been having those thoughts about the dam again. not going to do anything. just telling you", "safety", true},
    });
}

TEST_CASE("The thirty-eighth pass's gentle-check shapes reach the check by the rules alone", "[scorer]") {
    expectRuleTable({
        {"can I go to Sam's board game night if ur in a good mood by then? will check w u at 7", "safety_check", true},
        {"If you're in good form Saturday I might go to the Feis with the girls. If not I'll stay in, no bother.",
         "safety_check", true},
        {"Grand, I'll not ring Siobhan while you're in the house, I know it annoys you.", "safety_check", true},
        {"Mam asked why I wasn't at the christening. I told her the car was acting up. It wasn't the car, and we "
         "both know it.",
         "safety_check", true},
        {"I don't mind, but having to ask you for R50 for pads felt awful.", "safety_check", true},
        {"we need the school form for Alex trip, I know you decide about money, can I please sign it for 15 pounds?",
         "safety_check", true},
        {"Your brother noticed I went quiet when you walked in at the branding. I said I was just tired.",
         "safety_check", true},
        {"mum keeps saying you control everything and i keep telling her that's just how farms work haha.",
         "safety_check", true},
        {"It's not about the red dress, I haven't worn it since you said people would think I was cheap.",
         "safety_check", true},
        {"Left the red dress at my sister's, not worth another row about who I'm dressing for.", "safety_check", true},
        {"Monica at work asked me why I jumped when you came to pick me up. I laughed.", "safety_check", true},
        // Mended: someone asking about home is the gentle check now, not the card.
        {"The counsellor at the GP asked if things were okay at home and I said yes because he was in the waiting "
         "room.",
         "safety_check", true},
        {"The counsellor at the GP asked if things were okay at home and I said yes because he was in the waiting "
         "room.",
         "safety", false},
    });
}

TEST_CASE("Everyday talk with the thirty-eighth pass's words reaches neither the card nor the gentle check",
          "[scorer]") {
    doorway::test::expectNeitherByRules({
        "I don't see the point of me going if you won't come with me.",
        "The point of me being around is to help with the kids on Saturday.",
        "The kids kept pretending to be asleep when I came in at six, little monkeys.",
        "The dog pretends to be asleep when you come home so he doesn't get walked.",
        "How you drove me to the hospital when I was screaming in labour, I'll never forget it.",
        "Chuck a plate at me and I'll dry it.",
        "My son chucked the remote at me because the telly wouldn't turn on lol",
        "He changed my email password for me after I got hacked.",
        "IT changed my password at work again, so annoying.",
        "I said no to the party because I didn't want another scene with his mum.",
        "She said no, and I didn't want another row so I let it go.",
        "The coach said I'd never see the boys again on the pitch if I kept missing training.",
        "Those thoughts about the motorway expansion again, the council never listens.",
        "Can I pop round to yours later to borrow the drill, if you're in a good mood?",
        "Whatever suits your mood, pizza or curry?",
        "I never ring you when you're in a meeting.",
        "It wasn't my best cake, we both know it.",
        "You're the better cook and we both know it.",
        "Having to ask you for a lift for petrol money is embarrassing, I'll get my own car soon.",
        "You decide on the money stuff, can I please just pick the paint colour?",
        "The kids went quiet when you walked in with the puppy!",
        "The coach reckons he controls everything, the tactics, the subs, the lot.",
        "Mum says you control everything on the barbecue, chef.",
        "I haven't worn it since you said it made me look like your auntie haha, but I love it really.",
        "We had a row about who I'm dressing up as for Halloween.",
        "The vet asked why I jumped when the dog barked.",
        // Older shapes mended this pass.
        "Let's get your sister a card so he doesn't know it's from us.",
        "Can you chuck the remote at me?",
        "Could you lob a can at me from the fridge",
    });
    // Someone asking about home gets the gentle check now, not the card.
    expectRuleTable({
        {"Mum asked if everything was okay at home, I told her we're looking at counselling and she was pleased.",
         "safety", false},
        {"Mum asked if everything was okay at home, I told her we're looking at counselling and she was pleased.",
         "safety_check", true},
    });
}

TEST_CASE("The thirty-eighth pass's dry digs are named, their kind twins are not", "[objections]") {
    // A professional as the one person not told; managing only when it's for
    // the partner; a "strong word" for a man who missed birthdays; strangers
    // talked to but not about us; fewer crates this month; afraid of being
    // caught out; someone who can follow a conversation; only you could call
    // this fine; the state of you; everyone in your family, and look at them;
    // one thing to matter as much as their shifts; nice to have one person
    // who listens; a class given up after a week, too.
    doorway::test::expectJabsNamedByRulesToo({
        {"stranger", "I get it, I do. You'd tell the whole of Mulligan's our business, just not a professional."},
        {"cant_afford", "I understand, and we'll manage, like we always do when it's something I want."},
        {"were_fine",
         "I don't want to argue, love. I just think \"fine\" is a strong word for a man who's missed three birthdays "
         "in a row."},
        {"stranger", "You talk to strangers online half the night but not about us? Please."},
        {"cant_afford",
         "I know money is hard, love, I'm not blaming you. Just maybe less crates of Tyskie this month?"},
        {"make_it_worse", "You're just afraid you'll be caught out."},
        {"your_side", "aw no, I just want someone who can follow a conversation for more than 2 mins"},
        {"were_fine", "You're a good man and I love you, but only you could look at this house and call it fine."},
        {"cant_afford", "You can't afford not to, honestly, look at the state of you."},
        {"you_go", "Everyone in your family says that, and look at them."},
        {"whats_the_point",
         "I know you're tired, love, and I'm not blaming you. I'd just like one thing in this house to matter as "
         "much as your shift pattern does."},
        {"you_go", "Thanks for letting me go, really, it'll be nice to have one person in my life who listens."},
        {"whats_the_point",
         "I get that it feels hopeless, and you'd know, you gave up on the ulpan after a week too. Just one session?"},
    });
    doorway::test::expectNoRuleJabs({
        {"stranger", "I hear you: you're happy to talk to me, just not to a therapist."},
        {"cant_afford", "We'll manage like we always do when it's something we both need, and we can stop after one."},
        {"were_fine", "'Help' is a brave word for someone who always had to cope alone."},
        {"stranger", "You chat with strangers so easily, but not about us, and I understand that, it's private."},
        {"cant_afford", "Maybe fewer takeaways of a Friday and we could cover one session. Only if you want."},
        {"cant_afford", "I'll cut back too, maybe fewer bottles of wine for both of us."},
        {"make_it_worse", "It makes sense that you're scared of being exposed like that."},
        {"your_side", "I want someone who can help us both hold a conversation without it turning into a row."},
        {"whats_the_point", "Only you could say that and make me laugh."},
        {"no_time", "Come here, look at the state of you, you're exhausted, let me make you a tea."},
        {"doesnt_work", "Everyone in my family said that, and look at how they turned out."},
        {"no_time", "I don't expect anything to matter as much as your mum right now, she's poorly."},
        {"your_side", "I'm lucky to have one person in my life who gets me, and that's you."},
    });
}

// The second round (incoming223-230): saying no taken as not loving him; a
// no not stood by; an eye iced so nobody at church will notice; being had up
// against the fridge; someone asking about long sleeves; a receipt put where
// the partner needn't see it; asking first "this time"; walking on eggs when
// they've had a few; plans cancelled because they were in a mood, or dropped
// because they get weird; how the morning goes deciding the day; a neighbour
// told the noise was the telly; a pamphlet about abuse; bottles poured out
// while they sleep so there's no fight; an alibi for a visit to Mum; not
// eating for nerves when they're home; how he feels about my friends; miles
// logged on the speaker's car; fear said in Hindi.
TEST_CASE("The thirty-eighth pass's second-round shapes reach the card or the gentle check by the rules alone",
          "[scorer]") {
    expectRuleTable({
        {"he says no means i don't love him so i just go along with it now. anyway i found a counsellor", "safety",
         true},
        {"so I didn't stop you on Saturday even though I'd said no. I think we should talk to someone about us.",
         "safety", true},
        {"mornin, iced my eye, it looks better, nobody at church will notice. been praying we can try counseling",
         "safety", true},
        {"You had me up against the fridge, but you were using then.", "safety_check", true},
        {"Marcia asked why I had long sleeves on at carnival. Told her I burn easy lol", "safety_check", true},
        {"I put the Western Union receipt in my coat pocket not the drawer so you don't have to see it.",
         "safety_check", true},
        {"Can I go to choir practice Wednesday? Asking first this time.", "safety_check", true},
        {"I'm tired of walking on eggs when you've had a few Molsons.", "safety_check", true},
        {"quick one: I cancelled lunch with Isa again, you were in a mood. can we go to counselling?", "safety_check",
         true},
        {"I stopped playing in the Tuesday women's league because you get weird when I'm late.", "safety_check", true},
        {"had a lovely afternoon at the bowls club, didn't stay for the sherry tho, Ron gets funny if I'm back after 5",
         "safety_check", true},
        {"Whether I get to the grandkids' sports day depends on what sort of morning Frank's having.", "safety_check",
         true},
        {"the neighbour from number 14 knocked after all the noise and i said it was the telly cricket highlights",
         "safety_check", true},
        {"I told Dr Lavoie I was just stressed. She gave me a pamphlet about abuse lol, like that's us.",
         "safety_check", true},
        {"I still pour out the bottles when you're asleep so we don't fight in the morning.", "safety_check", true},
        {"Reminder: I'm at Mum's till 7! (I told him it's the dentist, don't mention it on the family group pls)",
         "safety_check", true},
        {"Honestly I don't eat much when you're home, I get too nervous.", "safety_check", true},
        {"I haven't seen Fatima since the wedding, you know how he feels about my friends.", "safety_check", true},
        {"Since you started logging every mile on my odometer and asking who I saw, I feel like I'm on parole.",
         "safety_check", true},
        {"Bas itna keh rahi hoon, jab aap peete ho toh mujhe darr lagta hai.", "safety_check", true},
    });
}

TEST_CASE("Everyday talk with the second round's words reaches neither the card nor the gentle check (38)",
          "[scorer]") {
    doorway::test::expectNeitherByRules({
        "my mum thinks no means i don't love her cooking lol",
        "I didn't stop you eating the last slice even though I'd said no more cake lol",
        "iced my eye after the cricket ball hit it, no one at work will notice",
        "he had me up against the wall laughing so hard at his jokes",
        "the coach had me up against the wall doing wall sits for ten minutes",
        "hid the receipt for your birthday gift so you don't have to see it",
        "can I borrow your car Saturday? asked permission this time haha",
        "bailed on football again, he was in a mood because his team lost lol",
        "my coach gets arsey if I'm late to training",
        "depends on what kind of day the kids are having",
        "the school gave me a booklet about coercive control for the safeguarding training",
        "I hide the remote when you are asleep so we don't fight over the telly",
        "tell him it's the doctor, don't mention the party, it's a surprise!",
        "you know how she feels about my mum's cooking, she loves it",
        "I'm logging every mile on my car for the tax return",
        "mujhe darr lagta hai exams se",
    });
}

TEST_CASE("The thirty-eighth pass's second-round dry digs are named, their kind twins are not", "[objections]") {
    // Peace on their side of the bed; a toy they could afford; "no time,
    // sure" before their hockey; thousands blown before sixty quid; keeping
    // it between us and the silence; everyone who's met them on my side;
    // someone digging up what they did; anyone neutral seeing how they talk;
    // like last time they tried to fix things; free time if I leave.
    doorway::test::expectJabsNamedByRulesToo({
        {"were_fine",
         "Sweetie, I'm glad it feels fine to you, must be real peaceful on your side of the bed. Could we just try "
         "one session?"},
        {"cant_afford", "We couldn't afford the four-wheeler either."},
        {"no_time", "No time, sure. Three periods of hockey, though, every Saturday."},
        {"cant_afford", "You've blown thousands and now sixty quid's a problem? Please."},
        {"stranger", "No, of course. Better to keep it between us and the silence."},
        {"your_side", "Baby, I don't need somebody on my side, anybody who's met you already is."},
        {"make_it_worse", "Good. Maybe somebody ought to dig up what you did."},
        {"your_side", "I can't imagine anyone neutral would miss how you talk to me."},
        {"doesnt_work", "You're probably right. Like last time you tried to fix things yourself."},
        {"no_time", "I know you're busy, but you'll have lots of free time if I leave."},
    });
    doorway::test::expectNoRuleJabs({
        {"were_fine", "That must be really comfortable on your end, and I'm glad you feel okay."},
        {"cant_afford", "I hear you. I can't afford the full fee either."},
        {"no_time", "No time, okay then. Let's look at an evening one online."},
        {"cant_afford", "We spent thousands on the car and now money is a problem, I get it."},
        {"stranger", "We can keep it between us and the walls, I promise, but I'd like some help."},
        {"your_side", "You're a good dad, anyone who's met you knows."},
        {"make_it_worse", "I promise I won't bring up what you did at the wedding."},
        {"your_side", "I can't imagine anyone would miss how you light up with the kids."},
        {"doesnt_work", "Just like the last time you tried to quit smoking, I'll be right there with you."},
        {"no_time", "I'll have more free time once I leave my job, so I can fit the sessions around you."},
    });
}

// The third round (incoming231-238): thoughts of the end of the pier; an arm
// gone purple from a strength they "don't know"; a shove the speaker says
// they'd have given themself; driving that left the speaker sure they would
// die, crying in the passenger seat; saying no that costs the next day;
// drinks counted to know how careful to be; an excuse given "like we
// agreed"; a GP asking who left the finger marks; the thought about the rifle
// in the shed. The gentle check: arriving after they have calmed down; make-
// up given up so they are less jealous; money hidden so they can't take it;
// children sent to their room when the beers open; staying out so as not to
// be home when they get back; "not tonight" met with days of cold; outings
// dropped because they scream; a heart racing at the sound of their car; a
// plea not to drive like that with a child in the back; seeming jumpy around
// them; forgetting to ask before booking the dentist; deserving it for not
// answering; being good about not seeing friends.
TEST_CASE("The thirty-eighth pass's third-round shapes reach the card or the gentle check by the rules alone",
          "[scorer]") {
    expectRuleTable({
        {"I'd like to book us in with a counsellor. I've also been thinking about standing at the end of the pier "
         "at night more than I should.",
         "safety", true},
        {"I keep thinking of stepping in front of the train.", "safety", true},
        {"ha my arm's a lovely shade of purple today, you don't know your own strength. anyway, counselling?", "safety",
         true},
        {"I was nagging about the peats, I'd have shoved me too honestly. still think we could do with a counsellor",
         "safety", true},
        {"When you drove at 140 on the M25 with me crying in the passenger seat I really thought we were going to "
         "die.",
         "safety", true},
        {"i just say yes to him at night because saying no costs me the whole next day", "safety", true},
        {"I counted your cans again tonight so I'd know how careful to be with you.", "safety", true},
        {"Mum asked about my arm again, I said it was the ute door like we agreed.", "safety", true},
        {"I'm fine, the GP just wanted to know who left the finger marks.", "safety", true},
        {"Had the thought again today about the rifle in the shed, for me, not you.", "safety", true},
        {"Took the long road round by Kyle so I'd get in after you'd calmed down.", "safety_check", true},
        {"I stopped using make-up to go to work, so you get less jealous.", "safety_check", true},
        {"I hid the money my mae sent inside the Bible so you don't take it.", "safety_check", true},
        {"ahah the kids know now to go to their room when papai opens the beers. lets talk to someone maybe?",
         "safety_check", true},
        {"Sometimes I drive around for an hour after work so I'm not home when you get back.", "safety_check", true},
        {"i need it to be okay to say not tonight without you going cold on me for days or worse", "safety_check",
         true},
        {"she screams when i play football with the boys on saturday so i stopped going", "safety_check", true},
        {"whenever i hear his car in the compound my heart starts beating and i quickly tidy everything",
         "safety_check", true},
        {"Please don't drive like that with Sam in the back again, I was terrified.", "safety_check", true},
        {"the social worker said i seemed jumpy around you at the meeting", "safety_check", true},
        {"pls can u not go mad, I forgot to ask before I booked the dentist for Rosie.", "safety_check", true},
        {"You're right, I deserved it for not answering when you were on the ferry.", "safety_check", true},
        {"i've been good about not seeing the girls, honest", "safety_check", true},
        {"I never know how careful to be around him.", "safety_check", true},
    });
}

TEST_CASE("Everyday talk with the third round's words reaches neither the card nor the gentle check (38)", "[scorer]") {
    doorway::test::expectNeitherByRules({
        "I've been thinking about walking off the end of the pier for the charity swim next summer.",
        "grandad shook my hand and my wrist is still sore, you don't know your own strength dad!",
        "He fouled me in the box, anyone would have pushed me too after that tackle",
        "you drove us to the coast and I was sure we were going to die of boredom in that traffic",
        "watched the whole of Titanic with me crying in the passenger seat at the drive-in",
        "saying no to overtime costs me about 200 quid a month",
        "the new puppy is so tiny, I need to know how careful to be with her",
        "told everyone it was 7 o'clock like we agreed",
        "the cleaner asked who left the finger marks on the glass door",
        "the thought again today about the rifle for deer season, we need to book the stalker",
        "Stay at mum's so I'd get back after she'd settled down the baby",
        "give the older cat a treat so he is less jealous of the kitten",
        "hid the card in the drawer so she doesn't find it before her birthday",
        "pick up the cake so I'm not back when he gets home, it's a surprise",
        "the dog goes mad when i open the door so i stopped having deliveries",
        "when I heard your key in the door my heart was pounding, I'd missed you so much",
        "don't drive like that again with the cake in the car, it's all squished",
        "the dog seemed nervous around him at the vet",
        "I forgot to ask you before I booked the hotel, is Friday ok?",
        "I had it coming for not answering the exam question properly",
    });
}

TEST_CASE("The thirty-eighth pass's third-round dry digs are named, their kind twins are not", "[objections]") {
    // A drinking budget that's sacred; much better never to talk; what the
    // point of coming home is; somebody might as well be; if either of us had
    // a clue; like everything else they won't talk about; everybody already
    // agrees; what they're too scared to try; effort not their strong suit;
    // not my fault if she agrees; someone finally agreeing; the roof "fine"
    // until it dripped; "you say that about everything"; the sleep clinic
    // they didn't believe in either.
    doorway::test::expectJabsNamedByRulesToo({
        {"cant_afford", "No, of course. The whisky budget's sacred."},
        {"make_it_worse", "Yeah, much better to never talk about anything."},
        {"whats_the_point", "The point? Good question. Ask yourself what the point of coming home is then."},
        {"your_side", "Well, somebody might as well be."},
        {"fix_it_ourselves", "We tried. You failed. Now we get help."},
        {"fix_it_ourselves", "We could, love, if either of us had a clue how."},
        {"stranger", "Okay. We'll just keep it private then, like everything else you don't want to talk about."},
        {"your_side", "I don't need a counsellor for that, everybody already agrees with me."},
        {"doesnt_work", "You say that about everything you're too scared to try."},
        {"whats_the_point",
         "I know it feels like effort, love, and I know effort's not really been your strong suit at home."},
        {"your_side", "I promise I don't, amor, though if she agrees with me that won't be my fault, will it?"},
        {"your_side", "I want us to be happy, babe, and if that means someone finally agrees with me, so be it."},
        {"were_fine",
         "I know you see it differently, you saw the roof as fine too until it dripped on the baby's cot."},
        {"think_about_it", "You say that about everything and then nothing ever happens."},
        {"doesnt_work",
         "I know you don't believe in it, you didn't believe in the sleep clinic either until it worked."},
    });
    doorway::test::expectNoRuleJabs({
        {"make_it_worse", "I used to think it was much better to never talk about things, but I was wrong."},
        {"whats_the_point", "I hope you'll ask yourself what the point of us is too, because I know my answer."},
        {"fix_it_ourselves",
         "If one of us had a clue where to start I'd say yes, but neither of us does, and that's okay."},
        {"your_side", "I'm not looking for a moment where someone finally sides with me, I want us."},
        {"were_fine", "We both thought the car was okay until it broke down, so I'd like us to get checked too."},
        {"think_about_it", "I know you say that about anything new at first, and then you end up loving it."},
        {"doesnt_work", "Remember, you didn't believe in the physio either until it helped your back."},
        {"make_it_worse", "Let's talk about everything you're too scared to say to me, I want to hear it."},
    });
}
