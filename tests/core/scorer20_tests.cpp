// The twentieth pass (issue 18, session 20): safety patterns of tier "check"
// (the gentle note that asks, not the card), and what fresh19's and
// incoming35's dev lines showed. Each shape is checked with its everyday
// look-alikes, so a pattern that grew too wide fails here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::describe;
using doorway::test::findingOf;
using doorway::test::rulesOnlyScorer;
using namespace doorway;

namespace {

// The shipped rules with `group` added to the rule `ruleId`, in `dir`.
Scorer scorerWithGroup(const doorway::test::TempDir& dir, const std::string& ruleId, boost::json::object group) {
    boost::json::value rules = doorway::test::copyScoringAssetsBut(dir, "rules.json");
    bool added = false;
    for (auto& r : rules.as_object()["rules"].as_array()) {
        if (r.as_object()["id"] != ruleId.c_str()) continue;
        r.as_object()["groups"].as_array().emplace_back(std::move(group));
        added = true;
    }
    REQUIRE(added);
    doorway::test::writeText(dir.file("rules.json"), boost::json::serialize(rules));
    return Scorer::loadDirectory(dir.path().string());
}

}  // namespace

TEST_CASE("A safety pattern of tier check gives the gentle check, and the advice stays", "[scorer][safety]") {
    const char* text =
        "I've learned not to speak in the mornings until you say I can - would you try one session with me?";
    const ScoreResult r = rulesOnlyScorer().score(text);
    INFO(describe(r));
    CHECK_FALSE(r.safety);
    CHECK(r.band != "safety");
    CHECK(r.score < 65);
    const ScoreFinding* check = findingOf(r, "safety_check");
    REQUIRE(check != nullptr);
    CHECK(check->kind == "safety");
    CHECK(check->text.find("learned not to speak") != std::string::npos);
    CHECK(check->message.find("Help > Safety") != std::string::npos);
    // The message may be an ordinary one after all: the wording advice stays.
    CHECK(findingOf(r, "small_ask") != nullptr);
}

TEST_CASE("A clear sign beside a check-tier one brings the card, and only the card", "[scorer][safety]") {
    const char* text =
        "I've learned not to speak until you say I can, and last week you pushed me. Could we see someone?";
    const ScoreResult r = rulesOnlyScorer().score(text);
    INFO(describe(r));
    CHECK(r.safety);
    CHECK(r.band == "safety");
    CHECK(findingOf(r, "safety_check") == nullptr);
}

TEST_CASE("A check-tier group claims no words from the other rules, and its tier is checked on load",
          "[scorer][safety]") {
    doorway::test::TempDir dir;
    const char* text = "You never listen to me. Would you try one session?";
    // Shipped, "You never listen" is an accusation.
    REQUIRE(findingOf(rulesOnlyScorer().score(text), "you_accusation") != nullptr);
    const Scorer edited = scorerWithGroup(
        dir, "safety", boost::json::object{{"tier", "check"}, {"patterns", boost::json::array{"never listen to me"}}});
    const ScoreResult r = edited.score(text);
    INFO(describe(r));
    CHECK(findingOf(r, "safety_check") != nullptr);
    CHECK(findingOf(r, "you_accusation") != nullptr);  // a card-tier safety match (priority 200) would take these words
    CHECK_FALSE(r.safety);

    for (const auto& [ruleId, tier, says] :
         {std::tuple{"safety", "maybe", "'maybe'"}, std::tuple{"sarcasm", "check", "only a safety group"}}) {
        INFO(ruleId << " tier " << tier);
        try {
            (void)scorerWithGroup(dir, ruleId,
                                  boost::json::object{{"tier", tier},
                                                      {"suggestion", "Say it plainly."},
                                                      {"patterns", boost::json::array{"teapots are lovely"}}});
            FAIL("a bad tier loaded");
        } catch (const std::exception& e) {
            CHECK(std::string(e.what()).find(says) != std::string::npos);
            CHECK(std::string(e.what()).find(".tier") != std::string::npos);
        }
    }
}

// "!work|the office" reads as "not work or the", then "office": a look-ahead
// names one word. The loader says so rather than load a pattern that can
// never match what was meant (two of this session's patterns were written so).
TEST_CASE("A word right after a '!' look-ahead is refused on load", "[scorer]") {
    doorway::test::TempDir dir;
    try {
        (void)scorerWithGroup(dir, "sarcasm",
                              boost::json::object{{"suggestion", "Say it plainly."},
                                                  {"patterns", boost::json::array{"i leave !work|the office early"}}});
        FAIL("a word after a '!' look-ahead loaded");
    } catch (const std::exception& e) {
        CHECK(std::string(e.what()).find("look-ahead") != std::string::npos);
        CHECK(std::string(e.what()).find("rules.json") != std::string::npos);
    }
    // The phrase form, and a word made optional, load.
    CHECK_NOTHROW(scorerWithGroup(
        dir, "sarcasm",
        boost::json::object{
            {"suggestion", "Say it plainly."},
            {"patterns", boost::json::array{"i leave !{work|the office} early", "i leave !work|home now? early"}}}));
}

TEST_CASE("Session 20's patterns catch their shape and leave the look-alikes alone", "[scorer]") {
    doorway::test::expectRuleTable({
        // Harm to the hair or ear, and the look-alikes of care and habit.
        {"my husband pulls my hair when we argue", "safety_check", true},
        {"You pulled my hair back off my face when I was sick, thank you.", "safety", false},
        {"He pulls my hair into a plait every morning, it's sweet.", "safety", false},
        {"also the hair pulling thing when ur angry", "safety", true},
        {"My hair pulling habit gets worse when you're away; I'd like us to see someone.", "safety", false},
        {"The kids' hair pulling fights when you're at work are wearing me out.", "safety", false},
        // Blame for "provoking" taken on by the one who was hurt.
        {"I am grateful that you have forgiven me for provoking you in March.", "safety", true},
        {"Thanks for forgiving me for being late to your mum's.", "safety", false},
        {"Given what happened in March, which I accept I partly provoked, could we get help?", "safety_check", true},
        {"I provoked you into laughing at dinner, admit it.", "safety_check", false},
        // Owed sex, a hidden mark, pay handed back, money moved to their name.
        {"I recognise that I owe you intimacy whenever you ask.", "safety", true},
        {"I owe you a dinner and a proper apology.", "safety", false},
        {"Nobody at work noticed my wrist, so please, can we just see someone once?", "safety", true},
        {"Nobody at work noticed my new haircut, so tell me you like it.", "safety", false},
        {"Nobody noticed my wrist brace at the party.", "safety", false},
        {"The $40 a week you hand back to me from my check covers the basics.", "safety_check", true},
        {"As you requested, the inheritance has been moved into your sole account.", "safety_check", true},
        {"Our savings are in your own account for now while mine is frozen.", "safety", false},
        {"i had to say sorry or you wouldnt give me the keys back", "safety_check", true},
        {"I'd give you my keys back but you would not take them, silly.", "safety_check", false},
        {"the truth starts fights that scare me", "safety_check", true},
        {"I'm anxious about the arguments that therapy might bring up.", "safety", false},
        {"Horror films scare me, and so do the fights that break out at your mum's.", "safety", false},
        // Tier check: ordinary-sounding, so the note asks.
        {"I don't even mind you reading my chats with Jess anymore, I get why you need to.", "safety_check", true},
        {"I'm fine with you reading my emails to help with the job application.", "safety_check", false},
        {"At parties I've started just nodding and letting you tell the stories.", "safety_check", true},
        {"I've started keeping quiet when your mum talks politics.", "safety_check", false},
        {"Since you've kept the car keys I've been getting the bus, which is fine.", "safety_check", true},
        {"I've not spoken to Tom beyond a quick hello since you asked, so that's sorted.", "safety_check", true},
        {"I haven't spoken to Tom since you asked me to give him space after the funeral.", "safety_check", false},
        {"I run every purchase past you first, it's just easier.", "safety_check", true},
        {"We run big purchases past each other first.", "safety_check", false},
        {"I run every recipe past you first, you're the chef.", "safety_check", false},
        {"You wake me if I sleep past six, I get it.", "safety_check", true},
        {"You wake me if I sleep through the alarm, thank you.", "safety_check", false},
        {"Some of the stuff that happens when you've had a few, like with the pillow, is hard.", "safety_check", true},
        {"The stuff that happens when you've had a few is hilarious, like the karaoke.", "safety_check", false},
        {"I know you don't like me driving, so maybe on the bus line.", "safety_check", true},
        {"You don't like me driving in the snow and I get it.", "safety_check", false},
        {"Dinner and then that counsellor? I'll wear long sleeves.", "safety_check", true},
        {"I'll wear long sleeves, it's freezing in that office.", "safety_check", false},
        {"i had to say sorry to your mother for something you did to me", "safety_check", true},
        {"Something you did to me at the surprise party was so sweet.", "safety_check", false},
        {"you can look at the laptop history whenever, like you normally do", "safety_check", true},
        {"You can look at the menu and choose, like you usually do.", "safety_check", false},
        {"Asking before the second bottle, while it's still safe: one session?", "safety_check", true},
        {"Let's book before the second bottle of wine, ha!", "safety_check", false},
        {"I've learned not to speak until the coffee kicks in.", "safety_check", false},
        // Role-play's quiet jabs, and the kind answers that share their words.
        {"I'm not the one who needs convincing that I have a part in this.", "backhanded", true},
        {"Honestly I'm not the one who needs convincing, I'm already sold, but it's your call.", "backhanded", false},
        {"ok i'll go alone, and i'll say u were too busy being fine", "sarcasm", true},
        {"I was too busy being fine to ask for help, that's on me.", "sarcasm", false},
        {"Fine, I'll go alone then, and we'll see whose version the therapist believes.", "backhanded", true},
        {"I know you worry about whose side the therapist takes. A good one takes no side.", "backhanded", false},
        {"Of course we can't afford it - not after that new phone you just had to have.", "contempt", true},
        {"I remember the coat you just had to have last winter, you looked amazing.", "contempt", false},
        {"It'd dig up the Cardiff weekend, and we can't have that, can we?", "sarcasm", true},
        {"and if you walk out feeling worse, we stop - no arguing about it.", "you_accusation", false},
        {"You walked out on me last night.", "you_accusation", true},
        {"if you lie to me again", "you_accusation", true},
        // Asking leave of the partner, not of work.
        {"Am I allowed to leave the house tomorrow?", "safety", true},
        {"I'll come if I'm allowed to leave work early.", "safety", false},
    });
}

TEST_CASE("fresh19's dev misses: the shape caught, the look-alikes left alone", "[scorer]") {
    doorway::test::expectRuleTable({
        {"a better way to handle rows than my phone ending up in bits on the floor again", "safety_check", true},
        {"After the fight about money, the plates got broken in the move.", "safety", false},
        {"when you call me a stupid cow in front of them, they go really quiet", "safety_check", true},
        {"You call me a silly goose when I forget my keys.", "safety", false},
        {"When we argue you take away my chair and put it in other room.", "safety_check", true},
        {"When we argue you always take away my excuses, fair enough.", "safety", false},
        {"About our intimate life: I do not always feel able to decline when you insist.", "safety_check", true},
        {"I don't always feel able to say no when you insist on paying, ha.", "safety_check", false},
        {"I do not always feel able to say no when you keep asking.", "safety_check", true},
        {"I must wait until you are calm.", "safety_check", true},
        {"I must wait until you are home to open the presents.", "safety_check", false},
        {"I understand you find them tiresome, but being told I may not go has left me isolated.", "safety_check",
         true},
        {"Being told I may not go to the conference left me feeling isolated at work.", "safety_check", false},
        {"my sister keeps saying its abuse and i keep telling her its not", "safety", true},
        {"Can you unlock the door first, and then we talk about counselling?", "safety_check", true},
        {"Can you open the door first and then we can talk about dinner?", "safety_check", false},
        // Hostile answers, and the kind ones that share their words.
        {"Must be lovely not noticing anything.", "sarcasm", true},
        {"Must be lovely not having to commute anymore!", "sarcasm", false},
        {"But before it not work because you not talk at all, only sit like a stone.", "contempt", true},
        {"I only sat like a stone because I was scared.", "contempt", false},
        {"I promise I'll be gentle; we'll hardly even mention the affair.", "sarcasm", true},
        {"Your affair, for example, we need not discuss at all.", "sarcasm", true},
        {"I'd like to talk about the affair with a counsellor, gently.", "sarcasm", false},
        {"i will go on my own first so the therapist hears my side properly before u show up", "backhanded", true},
        {"I'd like the therapist to hear my side and yours, together.", "backhanded", false},
        {"I would hardly need a therapist to agree with me; any reasonable observer would.", "contempt", true},
        {"Any reasonable person would feel nervous about this, so that's fair.", "contempt", false},
        {"someone neutral there to point out the stuff you cant see about yourself", "you_accusation", true},
        {"I'd like someone to point out the things we can't see.", "you_accusation", false},
        {"If we try someone, it's someone you've checked out first.", "you_accusation", false},
        {"You've checked out completely.", "you_accusation", true},
    });
}

TEST_CASE("incoming36's dev misses: the shape caught, the look-alikes left alone", "[scorer]") {
    doorway::test::expectRuleTable({
        {"thanks for letting me know where we rank lol", "sarcasm", true},
        {"Let me know where we stand on the holiday.", "sarcasm", false},
        {"no rush, whenever the xbox can spare u", "sarcasm", true},
        {"Whenever your job can spare you, we'll book it.", "sarcasm", false},
        {"You're so good at keeping the peace, love, mostly by never talking about anything.", "backhanded", true},
        {"She keeps the peace mostly by listening, which I love.", "backhanded", false},
        {"wow ok. so im manipulative now. great.", "backhanded", true},
        {"Perhaps at your age it is harder to change one's habits.", "contempt", true},
        {"At your age I was terrified of therapy too.", "contempt", false},
        {"If I haven't heard by then, I'll assume that's your answer and plan accordingly.", "ultimatum", true},
        {"If I haven't heard by Friday, I'll assume you'd rather wait, and that's fine.", "ultimatum", false},
        {"no worries babe i know how busy you are being busy", "sarcasm", true},
        {"take all the time u need babe, i'll just be here getting older", "backhanded", true},
        {"I'll just be here if you want to talk.", "backhanded", false},
        {"Okay, take your time. I only wait since two years, it's fine, I can wait more.", "guilt_trip", true},
        {"I waited for two years before I told anyone about my anxiety.", "guilt_trip", false},
        {"I am the one who lives with what is buried.", "backhanded", true},
        {"Worse than this? I'd honestly love to see what that looks like.", "sarcasm", true},
        {"nothing ever changes - you'd know, you've been promising to cut back on the wine since Easter.",
         "you_accusation", true},
        {"You've been promising yourself a rest since the summer; take it.", "you_accusation", false},
        {"The point is helping you see what everyone else already sees.", "you_accusation", true},
        {"And don't worry, I'll make sure we don't spend the whole time on your drinking.", "sarcasm", true},
        {"Don't worry about your mum's birthday, I've sorted the cake.", "sarcasm", false},
        {"She's probably seen way worse than a man who can't load a dishwasher.", "contempt", true},
        {"A man who can't cook can still make toast, I'm told, ha.", "contempt", false},
        {"It is one of your better qualities, when it is not simply a way to avoid being held accountable.",
         "backhanded", true},
        {"One of your best qualities is your patience, except with printers.", "backhanded", false},
        {"It'll still cost less than your weekend in Vegas with the boys did.", "sarcasm", true},
        {"i dont need her on my side all my friends are already on my side", "backhanded", true},
        {"My family is on my side and yours too, they love you.", "backhanded", false},
        {"That's fine. I'll have plenty of free time once I've moved out.", "ultimatum", true},
        {"I'll have more time once I've moved out of the office job.", "ultimatum", false},
        {"Take your time, we've only got the rest of our lives.", "sarcasm", true},
        {"Do let me know when the committee reaches a verdict.", "sarcasm", true},
        {"You'd say we were fine if the kitchen was on fire.", "sarcasm", true},
        {"You'd say it's fine if I asked, I know, and I'm asking.", "sarcasm", false},
        {"Such a coward.", "contempt", true},
        {"I was such a coward about telling you this.", "contempt", false},
        {"ok DIY king lemme know when the manual arrives", "backhanded", true},
        {"ok DIY king, whatever you say", "backhanded", true},
        {"When the manual arrives we can build the shelf.", "sarcasm", false},
        // Disclosures told as routine (tier check unless plain).
        {"I was twelve minutes longer at the shop than you'd worked out and I'm sorry.", "safety_check", true},
        {"I was ten minutes later than you expected, sorry, the traffic.", "safety_check", false},
        {"I have been wearing long sleeves to work, as we discussed, so nobody has asked any questions.",
         "safety_check", true},
        {"New scarf, nobody noticed, gutted.", "safety_check", false},
        {"I have continued to eat only once you have finished, as you prefer.", "safety_check", true},
        {"The kids eat only after they've finished homework.", "safety_check", false},
        {"Passport's still in your drawer, I haven't touched it.", "safety_check", true},
        {"My passport is still in your bag from the trip, can you grab it?", "safety_check", false},
        {"Haven't replaced the pills since you binned them.", "safety", true},
        {"Kept Milo out of your way all day, he's fine.", "safety_check", true},
        {"Kept the kids out of your way so you could work, they're fine.", "safety_check", false},
        {"Location's on. Just at the chemist, five minutes.", "safety_check", false},
        {"Location's on for the hike, see you at the top.", "safety_check", false},
        {"Cat's at my sister's till things settle down.", "safety_check", true},
        {"The cat's at my sister's till the builders are done.", "safety_check", false},
        {"Wore the grey dress you picked. Can we talk counselling tonight?", "safety_check", false},
        {"Wore the blue shirt you picked for me, thank you!", "safety_check", false},
        {"my stepson is scared of him and honestly so am i sometimes", "safety", true},
        {"The kids are scared of the dog next door.", "safety", false},
    });
}

// The safety head learned disclosures from messages, not answers: in a
// role-play answer where a rule found a jab, its lean past the card's edge
// gives the gentle check, and the jab is what the answer is told.
TEST_CASE("In a role-play answer with a jab, the safety head gives the check, not the card", "[scorer][tone]") {
    const Scorer& s = doorway::test::shippedScorer();
    // (Was "Since that night in the kitchen I keep my keys in my pocket and
    // sleep light.": with the jab after it, session 21's refit gives it the
    // check as a message too.)
    const std::string told = "Ever since the kitchen thing I keep my car keys on me and sleep in my clothes.";
    const std::string jabbed = told + " You never listen anyway.";
    const ScoreResult invitation = s.score(jabbed);
    INFO(describe(invitation));
    REQUIRE(findingOf(invitation, "safety_model") != nullptr);  // the head cards it as a message
    CHECK(invitation.safety);
    const ScoreResult answer = s.score(jabbed, ScoreAs::Answer);
    INFO(describe(answer));
    CHECK_FALSE(answer.safety);
    CHECK(findingOf(answer, "safety_check") != nullptr);
    CHECK(findingOf(answer, "you_accusation") != nullptr);
    // No jab: the card stays, answer or not.
    CHECK(s.score(told, ScoreAs::Answer).safety);
}

TEST_CASE("incoming37's dev misses: the shape caught, the look-alikes left alone", "[scorer]") {
    doorway::test::expectRuleTable({
        {"rex still hides behind the couch when u raise ur voice", "safety_check", true},
        {"The dog hides under the table when you raise your voice at the football, bless him.", "safety_check", false},
        {"the kids went straight upstairs again when ur truck pulled in", "safety_check", true},
        {"You are counting minutes when I go to supermarket and calling if I am late five minutes.", "safety_check",
         true},
        {"I'm counting the minutes when I go to the dentist, ha.", "safety_check", false},
        {"I cleaned the kitchen so you wouldn't get cross.", "safety_check", true},
        {"I'm saying it now so you don't get the wrong idea.", "safety_check", false},
        {"Dig everything up? What exactly are you so keen to keep buried?", "accusing_question", true},
        {"What are you so keen to keep for the weekend?", "accusing_question", false},
        {"I suppose I shall explain to the therapist why you couldn't make it, again.", "sarcasm", true},
        {"I'll explain why you couldn't make it again, the boss will understand.", "sarcasm", false},
        {"Fine. I'll just keep talking to the walls then.", "backhanded", true},
        {"I talk to the walls when I practise my speech, ha.", "backhanded", false},
        {"your boss gets every evening, so he'd let you have one back for your marriage", "sarcasm", true},
        {"Your job gets every evening this month, I know, and I'm proud of you.", "sarcasm", false},
        {"you'd rather keep burying everything, like your whole family does", "contempt", true},
        {"fine in what way exactly? genuinely asking.", "sarcasm", true},
        {"I'll go and tell them how you feel about it, I'm sure they'll find it really interesting.", "sarcasm", true},
        {"I'm sure they'll find it really interesting, your work is fascinating.", "sarcasm", false},
        {"Maybe think about it yourself this time, instead of asking your mom what she thinks.", "contempt", true},
        {"Instead of asking your mum, let's ask the GP.", "contempt", false},
        {"Shall I ask your assistant to pencil our marriage in between board meetings?", "sarcasm", true},
        {"Can we pencil us in between your shifts for a date night?", "sarcasm", false},
        {"It is a pity that value does not extend to telling your friends everything at the pub.", "backhanded", true},
        {"I appreciate your concern for our privacy; it is a pity it did not extend to your mother's group chat.",
         "backhanded", true},
        {"Such a shame the sale did not extend to the sofa.", "backhanded", false},
        {"I'll be sure to give them a very fair account of you.", "sarcasm", true},
        {"I'll give them a fair account of both of us.", "sarcasm", false},
        {"The point, should you care to find it, is whether I am still here next year.", "ultimatum", true},
        {"I'm asking whether I'm still here next year for the lease.", "ultimatum", false},
        {"Should you care to join us, we'd love that.", "sarcasm", false},
        {"It's almost impressive how oblivious you manage to be.", "contempt", true},
        {"It's quite impressive how little sleep the baby needs.", "contempt", false},
        {"My ex-husband also said we fix it ourselves. We fixed nothing.", "backhanded", true},
        {"fine like priya and tom were fine right up until she found the messages", "sarcasm", true},
        {"You are right. A divorce lawyer is much cheaper.", "ultimatum", true},
        {"you can carry on like your dad did with your mum", "contempt", true},
        {"Maybe the therapist tell me how to live with a person who never think he need anything.", "contempt", true},
        {"I read a book on how to live with someone who snores.", "contempt", false},
        {"k. i'll go. and i'll make sure they know exactly who refused", "ultimatum", true},
        {"Worse than you not speaking to me for a week over a parking ticket?", "you_accusation", true},
        {"If there's no point, then I guess there's no point in me trying anymore either.", "ultimatum", true},
        {"No point in me trying to fix the boiler, I'll call someone.", "ultimatum", false},
        {"We're so fine that you sleep on the couch three nights a week.", "sarcasm", true},
        {"We're so fine that I booked us a holiday!", "sarcasm", false},
        {"Mind you, you said your last marriage was fine right up until the day she left.", "backhanded", true},
        {"You said your last relationship was great fun, tell me about it.", "backhanded", false},
        {"Your mother also always say everything fine in her house, and we know how is there.", "contempt", true},
        {"Your mum always says everything's fine, bless her.", "contempt", false},
        {"Half the bar on Fifth Street already knows our business after your birthday.", "backhanded", true},
        {"we cant afford it but u renewed ur fifa ultimate team thing last week", "sarcasm", true},
        {"We can't afford the holiday, but you bought me flowers anyway, sweet.", "sarcasm", false},
        {"I'll just pay for it myself, like I pay for most of the fun things around here.", "backhanded", true},
        {"Like I do every Sunday around here, I'll cook.", "backhanded", false},
        {"if a stranger ends up agreeing with me, it's not a conspiracy, love, it might just be true.", "backhanded",
         true},
        {"I think you are more afraid somebody sees what you did with my trust.", "backhanded", true},
        {"Which of us, exactly?", "sarcasm", true},
        {"Which of us is cooking tonight?", "sarcasm", false},
    });
}
