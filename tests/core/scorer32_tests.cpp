// The thirty-second pass (issue 18, session 32). The pattern language says
// "the word just before, if any, is one of these" ('<&a|b') and "the sentence
// ends here" ('$.') in one element each, where rules had spelt them as a
// '<!' list of every other word (up to 12,000 characters) and as '$' then a
// '!' list of every letter and digit. Then the shapes written from
// incoming141-154's dev disclosures and hostile answers that no rule caught,
// the safety shapes narrowed where ordinary messages got the card, the jab
// findings narrowed where a kind answer names the fear it answers, and the
// concept words added where a kind answer met the fear in words the
// objections did not know: each beside the look-alikes its drafter or its
// second read tried it on. Rows were checked against the assets as they
// stand: disclosures and look-alikes by the rules alone, hostile answers and
// met answers by the shipped role-play.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::findingOf;
using namespace doorway;

namespace {

// The shipped assets with one more pattern in the sarcasm rule's first group.
struct EditedRules {
    doorway::test::TempDir dir;
    boost::json::value rules;
    boost::json::array* patterns = nullptr;
    EditedRules() {
        rules = doorway::test::copyScoringAssetsBut(dir, "rules.json");
        for (auto& r : rules.as_object()["rules"].as_array())
            if (r.as_object()["id"] == "sarcasm")
                patterns = &r.as_object()["groups"].as_array()[0].as_object()["patterns"].as_array();
    }
    Scorer with(const std::string& pattern) {
        REQUIRE(patterns != nullptr);
        patterns->emplace_back(pattern);
        doorway::test::writeText(dir.file("rules.json"), boost::json::serialize(rules));
        patterns->pop_back();  // before loading: a pattern that fails to load must not stay for the next
        return Scorer::loadDirectory(dir.path().string());
    }
    std::string loadError(const std::string& pattern) {
        try {
            with(pattern);
        } catch (const std::exception& e) {
            return e.what();
        }
        return "";
    }
};

bool sarcasmIn(const Scorer& s, const std::string& text) {
    return findingOf(s.score(text), "sarcasm") != nullptr;
}

}  // namespace

TEST_CASE("'<&a|b' is the word just before a match when there is one, and is checked on load", "[scorer]") {
    EditedRules edit;
    const Scorer s = edit.with("<&oh|well teapots are lovely");
    CHECK(sarcasmIn(s, "Teapots are lovely. Would you try one session with me?"));
    CHECK(sarcasmIn(s, "Oh, teapots are lovely. Would you try one session with me?"));
    CHECK(sarcasmIn(s, "Well teapots are lovely. Would you try one session with me?"));
    // The word before may be the last of the sentence before.
    CHECK(sarcasmIn(s, "I said well. Teapots are lovely. Would you try one session?"));
    CHECK_FALSE(sarcasmIn(s, "Green teapots are lovely. Would you try one session with me?"));
    CHECK_FALSE(sarcasmIn(s, "I said no. Teapots are lovely. Would you try one session?"));

    const std::string error = edit.loadError("<&{oh|well} teapots are lovely");
    CHECK(error.find("'<&' takes plain words") != std::string::npos);
    CHECK(error.find("rules.json") != std::string::npos);
    CHECK(edit.loadError("<&oh? teapots are lovely").find("'<&' takes plain words") != std::string::npos);
    // A pattern mark among the alternatives would be read as a word no text
    // holds, and '<&' would quietly mean "only at the text's start".
    CHECK(edit.loadError("<&oh|$. teapots are lovely").find("'<&' takes plain words") != std::string::npos);
    CHECK(edit.loadError("<!oh|&well teapots are lovely").find("'<!' takes plain words") != std::string::npos);
}

TEST_CASE("'$.' is the end of a sentence, where only a sign-off kiss may follow", "[scorer]") {
    EditedRules edit;
    const Scorer s = edit.with("teapots are lovely $.");
    CHECK(sarcasmIn(s, "Teapots are lovely. Would you try one session with me?"));
    CHECK(sarcasmIn(s, "Would you try one session with me? Teapots are lovely"));
    CHECK(sarcasmIn(s, "Would you try one session with me? Teapots are lovely x"));
    CHECK(sarcasmIn(s, "Would you try one session with me? Teapots are lovely, xx"));
    CHECK(sarcasmIn(s, "Teapots are lovely! Would you try one session with me?"));
    // A comma ends the clause, not the sentence ('$' would match here).
    CHECK_FALSE(sarcasmIn(s, "Teapots are lovely, but small. Would you try one session?"));
    CHECK_FALSE(sarcasmIn(s, "Teapots are lovely and small. Would you try one session?"));
    CHECK_FALSE(sarcasmIn(s, "Would you try one session? Teapots are lovely xmas gifts"));

    CHECK(edit.loadError("teapots are {lovely|$.}").find("a sentence's edge only outside") != std::string::npos);
    // Session 38: an edge among a|b words or after '!'/'&' would be a word
    // no text holds. (After '$.' more may follow: two short sentences read
    // as one pass '$.' at their join, "Lovely teapots. Come Saturday.")
    for (const char* p : {"teapots are $|lovely", "teapots are lovely|$.", "teapots are !$.", "teapots are &^"})
        CHECK(edit.loadError(p).find("marks an edge only on its own") != std::string::npos);
    CHECK(edit.loadError("teapots are lovely $. !green").empty());
}

// Session 38: a pattern is tried at a word only when every word it needs
// can be in the clause or sentence ahead (a fingerprint of the words there).
// The sarcasm rule reads whole sentences, so a needed word in a later clause
// still counts; one in the next sentence, or earlier, never did.
TEST_CASE("A pattern is found across its sentence's clauses in a long text, and not past the sentence", "[scorer]") {
    EditedRules edit;
    const Scorer s = edit.with("teapots ...6 lovely");
    std::string longText;
    for (int i = 0; i < 40; ++i) longText += "Teapots are green. The garden is lovely. ";
    CHECK_FALSE(sarcasmIn(s, longText));
    CHECK(sarcasmIn(s, longText + "Teapots, as you know, are lovely."));
    CHECK(sarcasmIn(s, "Teapots, as you know, are lovely. " + longText));
    CHECK_FALSE(sarcasmIn(s, longText + "Teapots are green. Lovely."));
    CHECK_FALSE(sarcasmIn(s, longText + "Lovely teapots, as you know."));
}

TEST_CASE("'^.' is the start of a sentence, not of a clause", "[scorer]") {
    EditedRules edit;
    const Scorer s = edit.with("^. teapots are lovely");
    CHECK(sarcasmIn(s, "Teapots are lovely. Would you try one session with me?"));
    CHECK(sarcasmIn(s, "Would you try one session with me? Teapots are lovely."));
    CHECK_FALSE(sarcasmIn(s, "Would you try one session with me, teapots are lovely."));
    CHECK_FALSE(sarcasmIn(s, "Would you try one session with me? Green teapots are lovely."));
    CHECK(edit.loadError("teapots are {^.|lovely}").find("a sentence's edge only outside") != std::string::npos);
}

TEST_CASE("'^.' and '$.' are the sentences as written, where two short ones are read as one", "[scorer]") {
    // Session 34: "That's hilarious. Ask literally anyone." is two fragments
    // the demand rules read as one sentence ("Therapy. This week."); a
    // pattern that opens or closes a sentence still finds the full stop.
    EditedRules edit;
    const Scorer opens = edit.with("^. teapots are lovely");
    CHECK(sarcasmIn(opens, "That's nice. Teapots are lovely."));
    CHECK(sarcasmIn(opens, "Oh wow. Teapots are lovely."));
    CHECK_FALSE(sarcasmIn(opens, "That's nice, teapots are lovely."));
    const Scorer closes = edit.with("lovely teapots $.");
    CHECK(sarcasmIn(closes, "Lovely teapots. Come Saturday."));
    CHECK_FALSE(sarcasmIn(closes, "Lovely teapots, come Saturday."));
    CHECK_FALSE(sarcasmIn(closes, "Lovely teapots and cups. Come Saturday."));
}

TEST_CASE("Said alone, not relaxing in my own home still links the card, through the gentle check", "[scorer]") {
    // Session 32 narrowed "in my own home" in the rules to a word of fear or
    // control just before it ("a prisoner in my own home"), since "I can
    // finally relax in my own home" got the card; the bare complaint is left
    // to the fitted backstop's gentle check.
    doorway::test::expectCard({"I can't relax in my own home anymore."}, true);
    doorway::test::expectCard({"I can finally relax in my own home now the builders have gone.",
                               "I finally feel safe in my own home again now the builders have gone.",
                               "I love pottering around in my own home at weekends."},
                              false);
    doorway::test::expectCard(
        {"I don't feel safe in my own home.", "I tiptoe around in my own home so you don't explode."}, true);
}

TEST_CASE("A kind twin the refitted jab head reads as a dig still names no jab by the rules", "[objections]") {
    // Session 29's kind twin; session 32's refitted head reads it as a dig,
    // and is judged on the held-out false-jab rate instead.
    doorway::test::expectNoRuleJabs(
        {{"your_side",
          "Don't worry about it, you cut in before I finish my point sometimes, so do I, nobody's perfect"}});
}

TEST_CASE("Asking whether I'm allowed visitors or a plus one gets no gentle check from the rules", "[scorer]") {
    // The final read of session 32 found two check shapes asking of ordinary
    // questions; they were dropped, and the disclosures they were written
    // for keep their card through other shapes.
    doorway::test::expectRuleTable({
        {"Am I allowed to have visitors after my operation?", "safety_check", false},
        {"Am I allowed to bring a plus one or not?", "safety_check", false},
        {"Am I allowed to have visitors, or is that against your rules too?", "safety", true},
        {"Am I allowed to have friends over or do I need to ask you first?", "safety", true},
    });
}

TEST_CASE("The shipped rules spell neither device out as a list of every other word", "[scorer]") {
    const std::string rules = doorway::test::readText(doorway::test::sourcePath("assets/scoring/rules.json"));
    CHECK(rules.find("$ !{a*|b*|c*") == std::string::npos);
    CHECK(rules.find("<!a*|b*|c") == std::string::npos);
}

TEST_CASE(
    "Disclosures from incoming141-154's dev misses and the narrowed shapes' kept cases reach the card or the gentle "
    "check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"Happy to try couples counselling, I'll just need you to unlock the account so I can pay for it.",
         "safety_check", true},
        {"I send the money to my father only when you say ok, I know. But the counselor is not money, is free in the "
         "church. Please come with me one time.",
         "safety_check", true},
        {"no te enojes pero... can we go to a counselor? i get nervous when i hear ur truck in the driveway and i hate "
         "that 😞",
         "safety", true},
        {"Could we try couples counselling? I'd feel safer talking about the money with someone else in the room.",
         "safety_check", true},
        {"My love, I want we go to counsellor together. Since baby born you keep all the money and I must ask for "
         "nappies, I feel like a child. Please think about it.",
         "safety", true},
        {"I love you and I love our little family. But the thought of just walking into the sea has been popping up on "
         "the night feeds and it scares me. Could we both talk to someone, please?",
         "safety", true},
        {"When I say I want to go to a meeting and you say 'we'll see', it feels like I need a pass to leave the "
         "house. I'd love a counsellor to help us talk about it.",
         "safety_check", true},
        {"honestly it was one slap and I was being a brat about the call schedule lol but I think we should maybe see "
         "someone anyway?",
         "safety", true},
        {"Honey, therapy would be good for us. I'd like the spare key back though. Coming home after a 28 and finding "
         "you've been through all my drawers again isn't okay.",
         "safety_check", true},
        {"Budi, I'd like us to see a counsellor. And I'm asking, not demanding, to see our bank statements. My whole "
         "salary from the factory in Taichung goes in and you haven't told me the balance in two years.",
         "safety_check", true},
        {"I know it was the vodka talking when you put the knife on the table and told me to choose. I still think "
         "about it. Could we get help, for both of us?",
         "safety", true},
        {"Totally fine if you say no. But I'd like to try counseling, and I'd like to hang out with my coworkers after "
         "a shift without you waiting outside Chipotle to see who I'm with.",
         "safety", true},
        {"I recognise that caring for me is exhausting. However, holding back my medication until I agree with you is "
         "not something I can accept, and I would like a counsellor to help us with it.",
         "safety", true},
        {"Since my mother has not been permitted to visit since Christmas, the children have been asking for her. I "
         "would very much like us to discuss this, perhaps with a family mediator.",
         "safety_check", true},
        {"asked u 3 times if I can go to my sisters for Jaydens bday, still waiting on a yes 😬 also found a therapist "
         "who does evenings if ur up for it",
         "safety_check", true},
        {"You have said more than once that you will tell the court about my depression so that I lose residency of "
         "Oliver. I find that frightening, and I would like to address what is happening between us with a "
         "professional.",
         "safety", true},
        {"I always feel scared when I hear his car pull into the drive.", "safety", true},
        {"He controls all the money and I have to ask him for groceries.", "safety", true},
        {"I keep having the urge to walk into the river.", "safety", true},
        {"It was only one shove because I was being a nag.", "safety", true},
        {"She held the knife and ordered me to get out.", "safety", true},
        {"He sits in the car park after my shift to see who I leave with.", "safety", true},
        {"You take away my inhaler until I say sorry.", "safety", true},
        {"He threatened to tell social services so that I lose the kids.", "safety", true},
        {"He has not shown me our bank statements in three years.", "safety", true},
        {"You asked me not to wear it, so I did not wear the red top, you told me not to.", "safety_check", true},
        {"He keeps all my wages and I have to ask him for tampons.", "safety", true},
        {"Every time I hear your car pull up I get scared, so I check the house is perfect. I get nervous the moment I "
         "hear your keys in the lock.",
         "safety", true},
        {"I keep getting these thoughts of stepping in front of a train.", "safety", true},
        {"Intrusive thoughts of driving the car into a tree on the way to work.", "safety", true},
        {"It was just one slap and I had it coming, I know.", "safety", true},
        {"You pulled out a knife and told me to shut up.", "safety", true},
        {"You were parked across the road to see who I was talking to.", "safety", true},
        {"He has threatened to call immigration so that I get deported.", "safety", true},
        {"She kept hiding my pills until I did what she said.", "safety", true},
        {"I have asked him twice if I can visit my sister, still waiting on a yes.", "safety_check", true},
        {"Ok amor, I trust you. But the last time you fix something yourself we had to call the plumber anyway.",
         "backhanded", true},
        {"Sounds like you already know who's in the wrong.", "you_accusation", true},
        {"We always seem able to afford the things that matter to you.", "contempt", true},
        {"I'll go, then, and you can stay home and be perfect 💕", "sarcasm", true},
        {"I love you and I'm not giving up on us, even if you clearly already have.", "you_accusation", true},
        {"if they end up agreeing w me that's not really my fault is it", "sarcasm", true},
        {"get it ur stretched, and heaven knows ur time's worth more than mine", "guilt_trip", true},
        {"If you think it's pointless, then maybe there's no point in us.", "ultimatum", true},
        {"If you say it's pointless, then perhaps there's no point in this marriage.", "ultimatum", true},
        {"If you reckon there's no point, then I suppose there's no point in us at all.", "ultimatum", true},
        {"I'm still fighting for this marriage, even though you obviously stopped trying.", "you_accusation", true},
        {"I still believe in us, even if you clearly don't.", "you_accusation", true},
        {"God knows your time is more important than mine.", "guilt_trip", true},
        {"Lord knows ur time is worth far more than ours.", "guilt_trip", true},
        {"Sure. Your time is clearly more valuable than mine.", "guilt_trip", true},
        {"Right, your time is apparently worth more than mine.", "guilt_trip", true},
        {"Fine, I won't bring it up again, unless you give me a reason.", "sarcasm", true},
        {"I'll never mention your mother again — unless you make me.", "sarcasm", true},
        {"You could stay at home and be a saint.", "sarcasm", true},
        {"Off I go then, you can stay home being always right.", "sarcasm", true},
        {"If the therapist happens to agree with me, that's not my fault, is it?", "sarcasm", true},
        {"if a counsellor ends up siding with me it's not exactly my fault eh", "sarcasm", true},
        {"Not my fault if the counsellor ends up agreeing with me.", "sarcasm", true},
        {"It's not really my fault if a stranger happens to side with me.", "sarcasm", true},
        {"With your attitude, no chance.", "contempt", true},
        {"Honestly, given that negativity, not a chance.", "contempt", true},
        {"We somehow seem able to afford whatever matters to you.", "contempt", true},
        {"Funny how we always find the money to afford the things you want.", "contempt", true},
        {"Strange how we can always afford what matters to you.", "contempt", true},
        {"Last time you sorted it yourself we had to ring an electrician anyway.", "backhanded", true},
        {"Last time you tried to fix things on your own we ended up having to pay a professional after all.",
         "backhanded", true},
        {"No one who needs counselling ever admits they do.", "backhanded", true},
        {"Nobody who really needs therapy ever believes they do.", "backhanded", true},
        {"Fine, I'll work out where I rank on your list of priorities.", "backhanded", true},
        {"I'll see where I come on your list this week.", "backhanded", true},
        {"Where do I rank in your pecking order these days?", "backhanded", true},
        {"I wonder where I fit in your pecking order.", "backhanded", true},
        {"When you raise your voice I freeze and I can't think.", "safety", true},
        {"When you've been drinking I go completely still and wait for it to be over.", "safety", true},
        {"You come home angry and I can not move.", "safety", true},
        {"When you lose it, I shut down and just wait.", "safety", true},
        {"Every time he shouts I freeze.", "safety", true},
        {"Sometimes I feel trapped, you watch everything.", "safety", true},
        {"I feel trapped at home with you watching everything I do.", "safety", true},
        {"I feel trapped, you check where I am all day.", "safety", true},
        {"I feel trapped because you took my car keys again.", "safety", true},
        {"I feel trapped with him and I don't know how to get out.", "safety", true},
        {"I feel trapped when you lock the front door and keep the key.", "safety", true},
        {"I feel scared with you when you've been drinking.", "safety", true},
        {"I always feel on edge with him, I never know what sets him off.", "safety", true},
        {"I am so scared of you when you shout.", "safety", true},
        {"I feel intimidated by you when you stand over me.", "safety", true},
        {"I feel unsafe with my husband and I don't know what to do.", "safety", true},
        {"I'm afraid of you when you've been drinking.", "safety", true},
        {"i feel unsafe at home and i don't know how to say it to you", "safety", true},
        {"i feel unsafe when you drink and get loud and stand over me like that", "safety", true},
        {"I feel unsafe leaving the kids alone with you after what happened.", "safety", true},
        {"I feel unsafe, you scare me when you drink.", "safety", true},
        {"I am in danger around you and I know it.", "safety", true},
        {"I feel unsafe because you keep threatening to take the car.", "safety", true},
        {"I feel like a prisoner in my own home.", "safety", true},
        {"I am afraid in my own house sometimes.", "safety", true},
        {"I feel like I'm tiptoeing in my own house.", "safety", true},
        {"It makes me feel watched in my own house.", "safety", true},
        {"I feel like I'm on trial in my own house.", "safety", true},
        {"since you struck me in March, I have been afraid in my own home.", "safety", true},
        {"I'm scared to bring anything up with you anymore.", "safety", true},
        {"I'm too scared to bring things up, you just explode.", "safety", true},
        {"I am scared of bringing stuff up around you.", "safety", true},
        {"I'm terrified to bring it up with him.", "safety", true},
        {"I'm frightened to bring anything up because of how you react.", "safety", true},
        {"Am I allowed to go out tonight or will you be angry?", "safety", true},
        {"I'm allowed to see my sister once a month if you're there.", "safety", true},
        {"Am I allowed to spend my own money or not?", "safety", true},
        {"Is it ok if I'm allowed to call my mum, or do I need to ask you first?", "safety", true},
        {"I am allowed to eat when you say so.", "safety", true},
        {"he says I'm not allowed to drive his car", "safety", true},
        {"he keeps yelling until i freeze", "safety", true},
        {"when he's drunk he screams till i cant speak", "safety", true},
        {"i feel trapped living with him", "safety", true},
        {"i feel trapped cause he controls all the money", "safety", true},
        {"I feel trapped financially, he controls everything", "safety", true},
        {"I'm frightened with him after what he did last week", "safety", true},
        {"I'm always on edge with him", "safety_check", true},
        {"I feel unsafe sleeping next to him", "safety", true},
        {"I'm in danger here", "safety", true},
        {"I feel unsafe since he got out", "safety", true},
        {"I feel unsafe after what he did last night", "safety", true},
        {"he makes me sleep on the sofa in my own house", "safety", true},
        {"I feel like a servant in my own home", "safety_check", true},
        {"i live by his rules in my own house and if i break them he shouts", "safety_check", true},
        {"I'm scared to bring it up again, he went mad last time", "safety", true},
        {"he says I'm allowed to drive again only if he's in the car", "safety", true},
        {"he decides if i am allowed to drive again", "safety", true},
        {"am I allowed to eat after 8 or will you shout again", "safety", true},
        {"am i allowed to go back to my own bedroom now", "safety", true},
        {"am I allowed to leave after I've done all the housework", "safety", true},
        {"am I allowed to have visitors, or is that against your rules too?", "safety", true},
    });
}

TEST_CASE("Ordinary messages the thirty-second pass's new and narrowed shapes were tried on stay without them",
          "[scorer]") {
    doorway::test::expectRuleTable({
        {"I get excited when I hear your truck in the driveway.", "safety", false},
        {"I get excited when I hear your truck in the driveway.", "safety_check", false},
        {"I get nervous when I hear the dentist's drill.", "safety", false},
        {"I get nervous when I hear the dentist's drill.", "safety_check", false},
        {"The dog gets nervous when he hears your truck.", "safety", false},
        {"The dog gets nervous when he hears your truck.", "safety_check", false},
        {"You keep all the money for the school trip, so I'll ask you for the bus fare later?", "safety", false},
        {"You keep all the money for the school trip, so I'll ask you for the bus fare later?", "safety_check", false},
        {"You keep the holiday money and I'll have to ask for it at the airport, that's fine.", "safety", false},
        {"You keep the holiday money and I'll have to ask for it at the airport, that's fine.", "safety_check", false},
        {"My mum kept all the money and I had to ask for pocket money as a kid.", "safety", false},
        {"My mum kept all the money and I had to ask for pocket money as a kid.", "safety_check", false},
        {"You keep all the receipts and I must ask for a copy for tax.", "safety", false},
        {"You keep all the receipts and I must ask for a copy for tax.", "safety_check", false},
        {"The boss keeps all the money and I must ask for petty cash.", "safety", false},
        {"The boss keeps all the money and I must ask for petty cash.", "safety_check", false},
        {"The thought of just walking into the sea on holiday with you makes me so happy.", "safety", false},
        {"The thought of just walking into the sea on holiday with you makes me so happy.", "safety_check", false},
        {"The idea of walking into the sea in January scares me, brr.", "safety", false},
        {"The idea of walking into the sea in January scares me, brr.", "safety_check", false},
        {"The thought of stepping in front of a crowd to give a speech terrifies me.", "safety", false},
        {"The thought of stepping in front of a crowd to give a speech terrifies me.", "safety_check", false},
        {"The idea of driving the car into the car wash again makes me laugh.", "safety", false},
        {"The idea of driving the car into the car wash again makes me laugh.", "safety_check", false},
        {"The thought of walking into the sea for a dip tomorrow is lovely.", "safety", false},
        {"The thought of walking into the sea for a dip tomorrow is lovely.", "safety_check", false},
        {"It was one slap shot and I was being cocky.", "safety", false},
        {"It was one slap shot and I was being cocky.", "safety_check", false},
        {"It was just a push notification, and I was being silly about it.", "safety", false},
        {"It was just a push notification, and I was being silly about it.", "safety_check", false},
        {"I gave it one push and I was through the door.", "safety", false},
        {"I gave it one push and I was through the door.", "safety_check", false},
        {"It was a slap on the wrist from the ref.", "safety", false},
        {"It was a slap on the wrist from the ref.", "safety_check", false},
        {"It was one push up and I was done, lol, I need the gym.", "safety", false},
        {"It was one push up and I was done, lol, I need the gym.", "safety_check", false},
        {"You drove 140 km just to surprise me, you sweetheart.", "safety", false},
        {"You drove 140 km just to surprise me, you sweetheart.", "safety_check", false},
        {"You drove ninety minutes just to see me.", "safety", false},
        {"You drove ninety minutes just to see me.", "safety_check", false},
        {"You were doing 80 on the motorway and I was fine with it.", "safety", false},
        {"You were doing 80 on the motorway and I was fine with it.", "safety_check", false},
        {"You haven't told me the balance on the holiday fund yet.", "safety", false},
        {"You haven't told me the balance on the holiday fund yet.", "safety_check", false},
        {"The bank has not shown me the statements in two years.", "safety", false},
        {"The bank has not shown me the statements in two years.", "safety_check", false},
        {"You haven't told me the score in ages lol.", "safety", false},
        {"You haven't told me the score in ages lol.", "safety_check", false},
        {"You haven't told me the balance for the kitty since the trip.", "safety", false},
        {"You haven't told me the balance for the kitty since the trip.", "safety_check", false},
        {"You have not told me the password for the wifi in two days.", "safety", false},
        {"You have not told me the password for the wifi in two days.", "safety_check", false},
        {"You put the knife on the table and told me to cut the cake.", "safety", false},
        {"You put the knife on the table and told me to cut the cake.", "safety_check", false},
        {"You put the knife down and told me to choose a slice.", "safety", false},
        {"You put the knife down and told me to choose a slice.", "safety_check", false},
        {"He held the bat and told me to pick a team.", "safety", false},
        {"He held the bat and told me to pick a team.", "safety_check", false},
        {"You got the knife out and told me to get out of the way, which was fair.", "safety", false},
        {"You got the knife out and told me to get out of the way, which was fair.", "safety_check", false},
        {"She pointed the knife at the onions and told me to chop them.", "safety", false},
        {"She pointed the knife at the onions and told me to chop them.", "safety_check", false},
        {"You were waiting outside the cinema to see if I was ok.", "safety", false},
        {"You were waiting outside the cinema to see if I was ok.", "safety_check", false},
        {"My mum waited outside to see who I was with at prom.", "safety", false},
        {"My mum waited outside to see who I was with at prom.", "safety_check", false},
        {"You waited outside to make sure I got in safely.", "safety", false},
        {"You waited outside to make sure I got in safely.", "safety_check", false},
        {"You were waiting outside the school to see who the new teacher was.", "safety", false},
        {"You were waiting outside the school to see who the new teacher was.", "safety_check", false},
        {"You sat outside the office to see the fireworks.", "safety", false},
        {"You sat outside the office to see the fireworks.", "safety_check", false},
        {"You keep my meds in the cabinet so I do not double dose.", "safety", false},
        {"You keep my meds in the cabinet so I do not double dose.", "safety_check", false},
        {"Holding back my medication until the doctor agrees is sensible.", "safety", false},
        {"Holding back my medication until the doctor agrees is sensible.", "safety_check", false},
        {"You take my tablets away until I have slept, like the GP said.", "safety", false},
        {"You take my tablets away until I have slept, like the GP said.", "safety_check", false},
        {"You will tell the court about the car accident so I do not lose my licence.", "safety", false},
        {"You will tell the court about the car accident so I do not lose my licence.", "safety_check", false},
        {"You will tell the judge about my volunteering so I get a lighter sentence.", "safety", false},
        {"You will tell the judge about my volunteering so I get a lighter sentence.", "safety_check", false},
        {"My lawyer will tell the court about my depression so I get support.", "safety", false},
        {"My lawyer will tell the court about my depression so I get support.", "safety_check", false},
        {"You are going to tell the school so I do not lose my place.", "safety", false},
        {"You are going to tell the school so I do not lose my place.", "safety_check", false},
        {"I didn't wear the heels, the doctor said not to.", "safety", false},
        {"I didn't wear the heels, the doctor said not to.", "safety_check", false},
        {"I didn't wear the white shirt, you said not to because of the wine.", "safety", false},
        {"I didn't wear the white shirt, you said not to because of the wine.", "safety_check", false},
        {"I did not bring the dog, you said not to.", "safety", false},
        {"I did not bring the dog, you said not to.", "safety_check", false},
        {"I didn't wear the coat, it was warm.", "safety", false},
        {"I didn't wear the coat, it was warm.", "safety_check", false},
        {"Home by nine, I know, the babysitter leaves at half past.", "safety", false},
        {"Home by nine, I know, the babysitter leaves at half past.", "safety_check", false},
        {"Kids home by nine, I know.", "safety", false},
        {"Kids home by nine, I know.", "safety_check", false},
        {"Home by nine tomorrow, the train gets in early.", "safety", false},
        {"Home by nine tomorrow, the train gets in early.", "safety_check", false},
        {"I'll be home by nine, love.", "safety", false},
        {"I'll be home by nine, love.", "safety_check", false},
        {"Home by nine, I know you said, but the train is late.", "safety", false},
        {"Home by nine, I know you said, but the train is late.", "safety_check", false},
        {"I only send the money for the holiday when you say ok.", "safety", false},
        {"I only send the money for the holiday when you say ok.", "safety_check", false},
        {"I send the money to the charity only when the bank says ok.", "safety", false},
        {"I send the money to the charity only when the bank says ok.", "safety_check", false},
        {"The kids can spend the money only when you say ok.", "safety", false},
        {"The kids can spend the money only when you say ok.", "safety_check", false},
        {"I spend the money on the deposit only when you say yes, like we agreed.", "safety", false},
        {"I spend the money on the deposit only when you say yes, like we agreed.", "safety_check", false},
        {"I'll book it only when you say ok.", "safety", false},
        {"I'll book it only when you say ok.", "safety_check", false},
        {"I need you to unlock the car so I can get my bag.", "safety", false},
        {"I need you to unlock the car so I can get my bag.", "safety_check", false},
        {"I need you to unlock the phone so I can check the map.", "safety", false},
        {"I need you to unlock the phone so I can check the map.", "safety_check", false},
        {"I need you to top up the phone so I can call Mum.", "safety", false},
        {"I need you to top up the phone so I can call Mum.", "safety_check", false},
        {"I need you to unlock the account for me.", "safety", false},
        {"I need you to unlock the account for me.", "safety_check", false},
        {"I'd feel safer doing the climb with someone else there.", "safety", false},
        {"I'd feel safer doing the climb with someone else there.", "safety_check", false},
        {"I'd feel safer driving at night with someone else in the car.", "safety", false},
        {"I'd feel safer driving at night with someone else in the car.", "safety_check", false},
        {"I'd feel safer talking to the bank with you in the room.", "safety", false},
        {"I'd feel safer talking to the bank with you in the room.", "safety_check", false},
        {"The kids feel safer talking with you there.", "safety", false},
        {"The kids feel safer talking with you there.", "safety_check", false},
        {"I feel safer talking about money now we have a budget.", "safety", false},
        {"I feel safer talking about money now we have a budget.", "safety_check", false},
        {"With the twins it feels like I need a hall pass to leave the house.", "safety", false},
        {"With the twins it feels like I need a hall pass to leave the house.", "safety_check", false},
        {"You joked that I need a pass to leave the house with the baby.", "safety", false},
        {"You joked that I need a pass to leave the house with the baby.", "safety_check", false},
        {"It feels like I need a pass to leave the house when it rains this much.", "safety", false},
        {"It feels like I need a pass to leave the house when it rains this much.", "safety_check", false},
        {"The kids went through all my drawers again looking for sweets.", "safety", false},
        {"The kids went through all my drawers again looking for sweets.", "safety_check", false},
        {"You've been through all my old photos again, you softie.", "safety", false},
        {"You've been through all my old photos again, you softie.", "safety_check", false},
        {"My mother has not been allowed to visit the ward since the flu outbreak.", "safety", false},
        {"My mother has not been allowed to visit the ward since the flu outbreak.", "safety_check", false},
        {"My mum has not been able to visit since Christmas.", "safety", false},
        {"My mum has not been able to visit since Christmas.", "safety_check", false},
        {"My sister has not been invited to visit yet, the flat isn't ready.", "safety", false},
        {"My sister has not been invited to visit yet, the flat isn't ready.", "safety_check", false},
        {"My parents have not been to visit since Christmas, they are busy.", "safety", false},
        {"My parents have not been to visit since Christmas, they are busy.", "safety_check", false},
        {"I asked you 3 times if I can borrow the car.", "safety", false},
        {"I asked you 3 times if I can borrow the car.", "safety_check", false},
        {"I asked you 3 times if I can go to the loo first lol.", "safety", false},
        {"I asked you 3 times if I can go to the loo first lol.", "safety_check", false},
        {"Mum asked me 3 times if she can visit.", "safety", false},
        {"Mum asked me 3 times if she can visit.", "safety_check", false},
        {"I asked you three times if you want to go to my sister's.", "safety", false},
        {"I asked you three times if you want to go to my sister's.", "safety_check", false},
        {"I asked the boss 3 times if I can go to my sister's wedding.", "safety", false},
        {"I asked the boss 3 times if I can go to my sister's wedding.", "safety_check", false},
        {"Last time we fixed the sink ourselves we had to call the plumber anyway, and honestly that was fine, so I'm "
         "happy to try it our way first.",
         "backhanded", false},
        {"Like last time you fixed the fence yourself and we had to call a builder anyway, it's no shame to ask for "
         "help, and I'm glad you want to try first.",
         "backhanded", false},
        {"I love your attitude, honestly. None of this is hopeless to me.", "contempt", false},
        {"You always manage to afford the things that matter to you and I admire that. Could we look at a training "
         "clinic?",
         "contempt", false},
        {"You'll be perfect at it, honestly. It's about us, not just you.", "sarcasm", false},
        {"I know you clearly care, even if you find it hard to say. I still want us.", "you_accusation", false},
        {"Since you clearly have thought about it too, I'd love us to feel closer again.", "you_accusation", false},
        {"We've been fixing the house ourselves for two years, so I know we're a good team. Let's try.", "backhanded",
         false},
        {"We have been fixing things ourselves for years and you're great at it, so let's try.", "backhanded", false},
        {"If you think it's pointless, then there's no point in this meeting, let's cancel it and grab lunch.",
         "ultimatum", false},
        {"If you reckon there's no point, then maybe there's no point in us buying the dog a new bed, she loves the "
         "old one.",
         "ultimatum", false},
        {"If you feel it's pointless, perhaps there's no point in anything formal; we could just talk over dinner.",
         "ultimatum", false},
        {"If you think there's no point, then probably there's no point in staying together for the film, go to bed, "
         "love x",
         "ultimatum", false},
        {"You already know who's guilty, it was me who ate the last biscuit, sorry love x", "you_accusation", false},
        {"You already figured out who's the villain, we're only halfway through the film!", "you_accusation", false},
        {"Darling, you already know who was wrong, it was me, and I'm sorry.", "you_accusation", false},
        {"You said you weren't hungry, even though you clearly are.", "you_accusation", false},
        {"I thought you'd hate the film, but I'm glad you liked it, since you obviously did.", "you_accusation", false},
        {"Sorry I doubted you'd remember, when you clearly did.", "you_accusation", false},
        {"I'll let the kids explain the rules to you, since you clearly already have.", "you_accusation", false},
        {"Let me do the photocopying, since your time is more valuable than mine on a billable day.", "guilt_trip",
         false},
        {"Honestly per hour your time is worth more than mine.", "guilt_trip", false},
        {"You earn triple what I do, so your time is worth more than mine.", "guilt_trip", false},
        {"As the surgeon on call, of course his time is more important than mine at the clinic, so I'll take the kids.",
         "guilt_trip", false},
        {"Hire the cleaner, because your time is worth more than us scrubbing floors all Saturday.", "guilt_trip",
         false},
        {"Since your time is more valuable than mine during tax season, I'll cook all week, happy to.", "guilt_trip",
         false},
        {"Because your time is worth more than mine in the shop, I'll do the deliveries.", "guilt_trip", false},
        {"I won't talk about work tonight unless you ask for it.", "sarcasm", false},
        {"I won't bring up the spare room idea again unless you ask for it.", "sarcasm", false},
        {"I promise not to talk about football all dinner unless you make me.", "sarcasm", false},
        {"Don't worry, I won't bring up the surprise at the party unless you ask for it.", "sarcasm", false},
        {"You'll stay in goal and be perfect.", "sarcasm", false},
        {"The ref agreed with me, the foul wasn't my fault, right?", "sarcasm", false},
        {"Even the vet sided with me, the dog's weight isn't really my fault, is it?", "sarcasm", false},
        {"Mum agreed with me that the burnt cake isn't my fault, right?", "sarcasm", false},
        {"It's not my fault if she agrees with me, she's my mum! Love you x", "sarcasm", false},
        {"It's not my fault if they end up agreeing with me about the paint, I brought samples ha.", "sarcasm", false},
        {"Not my fault if anyone sides with me on pineapple pizza, it's delicious.", "sarcasm", false},
        {"Your sister agreed with me that the late train isn't my fault, eh?", "sarcasm", false},
        {"It's not my fault if he agrees with me, he's the plumber and the pipe really is cracked.", "sarcasm", false},
        {"The doctor agreed with me; the sprain is not my fault, though.", "sarcasm", false},
        {"With your attitude, nothing.", "contempt", false},
        {"Calories in the kids' lunches with this approach: none.", "contempt", false},
        {"Worries I have about the exam given your attitude, none.", "contempt", false},
        {"Mistakes with this approach, honestly, very little.", "contempt", false},
        {"Chance of rain with that outlook, probably none.", "contempt", false},
        {"Risk with this approach, not a lot.", "contempt", false},
        {"Money's tight, but we always manage to afford what matters.", "contempt", false},
        {"Somehow we always find a way to afford the things that matter.", "contempt", false},
        {"Don't worry about the pay cut, we still can afford the things you like.", "contempt", false},
        {"Ha, last time you fixed something yourself we had to call a plumber anyway, but the kitchen still looked "
         "great, well done love.",
         "backhanded", false},
        {"My dad's the same: last time he fixed something himself, Mum had to call a plumber anyway.", "backhanded",
         false},
        {"Last time you did it yourself we had to get a pro in the end, and it was still cheaper, so I'm happy either "
         "way.",
         "backhanded", false},
        {"Last time you sorted it yourself you still had to ring an electrician in the end, but you saved us loads on "
         "labour, thank you.",
         "backhanded", false},
        {"Last time he mended it himself he still had to call the engineer in the end, bless him, so I booked one for "
         "him.",
         "backhanded", false},
        {"The last time she fixed things herself, we had to pay a plumber after all, so I paid for her nan's boiler "
         "service as a gift.",
         "backhanded", false},
        {"Our boiler? We've been fixing it ourselves for years.", "backhanded", false},
        {"We've been fixing things ourselves for years now!", "backhanded", false},
        {"We've been handling everything on our own for months, right?", "backhanded", false},
        {"Yeah, we've been mending it ourselves for a decade now.", "backhanded", false},
        {"The allotment? Well, we have been handling it by ourselves for two years now.", "backhanded", false},
        {"We have been solving everything alone for years, remember? We make a great team.", "backhanded", false},
        {"The fence? We've been mending it ourselves for years, haven't we?", "backhanded", false},
        {"Nobody who needs it thinks they do, that's why the doctor checks everyone's blood pressure.", "backhanded",
         false},
        {"The food bank is brilliant; people who need it know they do, and nobody judges.", "backhanded", false},
        {"Honestly, nobody who needs help ever thinks they do, said the nurse, so I got my check-up.", "backhanded",
         false},
        {"I'll ring the dentist and see where I am on the list.", "backhanded", false},
        {"I'll phone the school and find out where I am on the list.", "backhanded", false},
        {"Tickets sold out, but I'll check where I am on the list, then.", "backhanded", false},
        {"The allotment waiting list moved, I'll see where I am on the list this week.", "backhanded", false},
        {"I wonder where I come in the pecking order at the new job, ha.", "backhanded", false},
        {"Where do I rank in the pecking order, after the cat? Ha, fair enough, she's cuter.", "backhanded", false},
        {"Where do I sit in the pecking order with the chickens? They keep chasing me!", "backhanded", false},
        {"Where do I come in the pecking order at Christmas, Mum?", "backhanded", false},
        {"I joined the choir, and I'm still working out where I fit in the pecking order.", "backhanded", false},
        {"What could stop you now? With your attitude, nothing.", "contempt", false},
        {"How many worries do I have about your exam? With your attitude, none.", "contempt", false},
        {"How much could go wrong at the interview? Honestly, with that attitude, not much.", "contempt", false},
        {"The coach posted the squad, I'll see where I fit on the list then!", "backhanded", false},
        {"If they agree with me, that's not my fault, right? The paint samples speak for themselves.", "sarcasm",
         false},
        {"It's not my fault if they agree with me, ha.", "sarcasm", false},
        {"Nobody who needs therapy ever thinks they do, my therapist says, and I'm glad I went.", "backhanded", false},
        {"Of course your time is worth more than mine at the office, you're the partner there.", "guilt_trip", false},
        {"Heaven knows your time is worth more than mine at the firm, so I'll do the school run, happy to.",
         "guilt_trip", false},
        {"I noticed I shut down when you raise your voice, and you get louder when I shut down. I'd like help with "
         "that, from someone who knows. Would you be open to one go?",
         "safety", false},
        {"I noticed I shut down when you raise your voice, and you get louder when I shut down. I'd like help with "
         "that, from someone who knows. Would you be open to one go?",
         "safety_check", false},
        {"i feel trapped in this marriage because of you and if you wont come to therapy then were done", "safety",
         false},
        {"i feel trapped in this marriage because of you and if you wont come to therapy then were done",
         "safety_check", false},
        {"Since the accident I am afraid in the car and I know I am more nervous with you. I want to go with you to "
         "someone, one or two times, to learn how we talk about it. What do you think?",
         "safety", false},
        {"Since the accident I am afraid in the car and I know I am more nervous with you. I want to go with you to "
         "someone, one or two times, to learn how we talk about it. What do you think?",
         "safety_check", false},
        {"The dog's been growling at the kids and I feel unsafe leaving them alone with him, and we can't agree what "
         "to do, and every time I bring it up you roll your eyes, so I'd like us to see someone, not just about the "
         "dog, about how we decide things, though honestly if it were up to me he'd already be rehomed",
         "safety", false},
        {"The dog's been growling at the kids and I feel unsafe leaving them alone with him, and we can't agree what "
         "to do, and every time I bring it up you roll your eyes, so I'd like us to see someone, not just about the "
         "dog, about how we decide things, though honestly if it were up to me he'd already be rehomed",
         "safety_check", false},
        {"I've tried everything, I've made lunch, I've walked the dog so you could have your calls, I've muted myself "
         "in my own home for a year, and I just think at some point a person has to admit they need help, and that "
         "person is really not me, so, therapy, yes?",
         "safety", false},
        {"I've tried everything, I've made lunch, I've walked the dog so you could have your calls, I've muted myself "
         "in my own home for a year, and I just think at some point a person has to admit they need help, and that "
         "person is really not me, so, therapy, yes?",
         "safety_check", false},
        {"i was dead scared to bring this up but i think we should do counselling properly like every week for at "
         "least six months",
         "safety", false},
        {"i was dead scared to bring this up but i think we should do counselling properly like every week for at "
         "least six months",
         "safety_check", false},
        {"I know you are afraid of the waiting list at the clinic, I am afraid with you. Maybe we find one counsellor "
         "for both of us, only if you want.",
         "safety", false},
        {"I know you are afraid of the waiting list at the clinic, I am afraid with you. Maybe we find one counsellor "
         "for both of us, only if you want.",
         "safety_check", false},
        {"Dr. Patel says I'm allowed to drive again, so I'll take myself to counseling, since obviously you're never "
         "coming.",
         "safety", false},
        {"Dr. Patel says I'm allowed to drive again, so I'll take myself to counseling, since obviously you're never "
         "coming.",
         "safety_check", false},
        {"You get angry when I shut down, and I get quieter when you get angry. Could we try a counsellor?", "safety",
         false},
        {"You always shout louder once I go still, and it spirals. One session with someone?", "safety", false},
        {"I know your temper flares if I freeze during a row, and I want us to learn a better way together.", "safety",
         false},
        {"You get cross because I shut down, so I'd like to learn to stay in the conversation. Would you come with me?",
         "safety", false},
        {"Your voice goes up until I freeze, then we both stop talking; I think a counsellor could help us both.",
         "safety", false},
        {"I feel trapped in my job and I've been taking it out on you. One session together?", "safety", false},
        {"I feel trapped in this town since we moved. Could we talk to someone?", "safety", false},
        {"I feel trapped in a rut with work and the house, maybe we should see someone.", "safety", false},
        {"I feel trapped by the mortgage lately, not by us. Would you try a counsellor with me?", "safety", false},
        {"I feel trapped in the same three arguments, so I've booked us a session.", "safety", false},
        {"I feel trapped in this marriage and honestly I think we need counselling or we're finished.", "safety",
         false},
        {"I still get nervous with you, like on our first date. Would you try a session with me?", "safety", false},
        {"I'm so anxious with you driving since the crash, it's my nerves, not you. Could we talk to someone?",
         "safety", false},
        {"You're scared of the scan and I am scared with you. Let's find someone to talk to together.", "safety",
         false},
        {"I've been on edge with you since the flood, which isn't fair on you. One session?", "safety", false},
        {"I'm a bit nervous with him in the pool, he's only four. Can we talk about swimming lessons and also us?",
         "safety", false},
        {"I'd rather be terrified with you than keep having the same fight. One session?", "safety", false},
        {"After the fall I feel unsafe on the stairs and I've been leaning on you for everything. Could we see "
         "someone?",
         "safety", false},
        {"I feel unsafe financially with the way our spending has gone, so let's see a counsellor.", "safety", false},
        {"I feel unsafe cycling to work on that road, can we talk about moving and about us?", "safety", false},
        {"I feel unsafe walking home from the station at night, could you pick me up and could we also book a session?",
         "safety", false},
        {"The puppy nips the baby and I feel unsafe letting them play together, we keep arguing about it. Counselling?",
         "safety", false},
        {"I've muted myself in my own home for every one of your calls this year, so you owe me one session.", "safety",
         false},
        {"I can finally relax in my own home now the builders have gone. Shall we book that counsellor?", "safety",
         false},
        {"I love cooking in my own home again after the renovation. Let's try a session together.", "safety", false},
        {"I feel like a guest in my own house when your mum stays, can we talk to someone about it?", "safety", false},
        {"I want to host Christmas in my own home this year, and maybe see someone about how we plan things.", "safety",
         false},
        {"I was so scared to bring this up but I think we should try counselling.", "safety", false},
        {"I was scared to bring it up with my boss, so I know how hard this is. Could we see someone?", "safety",
         false},
        {"I've been afraid to bring this up in case you think I'm unhappy, I'm not, I just want a check-in session.",
         "safety", false},
        {"I was terrified to bring it up again after last year's try, so here goes: counselling?", "safety", false},
        {"I was nervous and scared to bring this up now, but would you come to one session?", "safety", false},
        {"The physio says I'm allowed to drive again next week. Can we book the counsellor then?", "safety", false},
        {"The GP says I am allowed to go back to work on Monday, so I can come to sessions after.", "safety", false},
        {"The consultant says I'm allowed home tomorrow. Let's talk to someone once I'm settled.", "safety", false},
        {"Now the cast is off I'm allowed to drive short distances, so I'll drive us to the first session.", "safety",
         false},
        {"The surgeon said I'm allowed to eat solids after Friday, let's celebrate and book that session.", "safety",
         false},
        {"The crowd kept screaming until I froze at the penalty spot, gutted.", "safety", false},
        {"The kids were screaming until I shut down the laptop and took them to the park.", "safety", false},
        {"I'm scared with you after what the doctor said, but we'll face it together.", "safety", false},
        {"I got nervous with him after everything at the interview, he's such a tough boss.", "safety", false},
        {"I was on edge with you yesterday, sorry, work was brutal.", "safety", false},
        {"I'm in danger here of eating the whole cake.", "safety", false},
        {"I'm like a ghost in my own house after night shifts, sorry I've been absent.", "safety", false},
        {"You made me feel so welcome in my own home again after the flood, thank you.", "safety", false},
        {"The kids make me play referee in my own house every evening.", "safety", false},
        {"I'm afraid to bring it up again, my boss snapped at me last week about deadlines.", "safety", false},
        {"I was scared to bring it up again after the physio said my knee was fine, but it still hurts.", "safety",
         false},
        {"The nurse says I'm allowed to eat after 8 tonight, can you bring toast?", "safety", false},
        {"I'm allowed to drive again if the physio says so next week.", "safety", false},
        {"The doctor decides if I am allowed to drive again.", "safety", false},
        {"The consultant said I'm allowed to have visitors from Monday, come see me!", "safety_check", false},
    });
}

TEST_CASE("Answers with a jab from incoming141-154's dev misses are named, with the drafters' rewordings",
          "[objections]") {
    doorway::test::expectJabsNamed({
        {"fix_it_ourselves",
         "Ok amor, I trust you. But the last time you fix something yourself we had to call the plumber anyway."},
        {"fix_it_ourselves", "Sure. Last time you fixed it yourself we still had to get an electrician in the end."},
        {"make_it_worse",
         "I hear you, honey, and I promise I won't bring up the thing with your ex's texts again — unless you make "
         "me."},
        {"make_it_worse", "Fine, I won't mention the money again, unless you force me."},
        {"whats_the_point", "Given your attitude, clearly none."},
        {"your_side", "Sounds like you already know who's in the wrong."},
        {"your_side", "Seems you've clearly decided who's to blame."},
        {"cant_afford", "We always seem able to afford the things that matter to you."},
        {"cant_afford", "Funny how we can somehow afford whatever matters to you."},
        {"you_go", "I'll go, then, and you can stay home and be perfect 💕"},
        {"you_go", "Fine, you can sit at home being flawless."},
        {"whats_the_point", "I love you and I'm not giving up on us, even if you clearly already have."},
        {"whats_the_point", "I still want us, since you obviously don't."},
        {"no_time", "Sure, I'll find out where I rank on your priorities."},
        {"no_time", "Where do I come in your pecking order, I wonder. Somewhere after the dog."},
        {"your_side", "if they end up agreeing w me that's not really my fault is it"},
        {"your_side", "It's not my fault if the therapist ends up siding with me."},
        {"you_go", "No one who really needs therapy ever admits they do."},
        {"no_time", "get it ur stretched, and heaven knows ur time's worth more than mine"},
        {"no_time", "Of course. Your time is obviously more important than mine."},
        {"whats_the_point",
         "What's the point? Seriously? The point is your kids can't stand being in the same room as me and you just "
         "sit there, so if you think there's no point then maybe there's no point in any of this."},
        {"whats_the_point", "If you think it's pointless, then maybe there's no point in us."},
        {"whats_the_point", "If you say it's pointless, then perhaps there's no point in this marriage."},
        {"whats_the_point", "If you reckon there's no point, then I suppose there's no point in us at all."},
        {"your_side", "So you've already made up your mind who's at fault."},
        {"your_side", "You've obviously decided who's the problem."},
        {"whats_the_point", "I'm still fighting for this marriage, even though you obviously stopped trying."},
        {"whats_the_point", "I still believe in us, even if you clearly don't."},
        {"no_time", "God knows your time is more important than mine."},
        {"no_time", "Lord knows ur time is worth far more than ours."},
        {"no_time", "Sure. Your time is clearly more valuable than mine."},
        {"no_time", "Right, your time is apparently worth more than mine."},
        {"make_it_worse", "Fine, I won't bring it up again, unless you give me a reason."},
        {"make_it_worse", "I'll never mention your mother again — unless you make me."},
        {"you_go", "You could stay at home and be a saint."},
        {"you_go", "Off I go then, you can stay home being always right."},
        {"your_side", "If the therapist happens to agree with me, that's not my fault, is it?"},
        {"your_side", "if a counsellor ends up siding with me it's not exactly my fault eh"},
        {"your_side", "Not my fault if the counsellor ends up agreeing with me."},
        {"your_side", "It's not really my fault if a stranger happens to side with me."},
        {"whats_the_point", "With your attitude, no chance."},
        {"whats_the_point", "Honestly, given that negativity, not a chance."},
        {"cant_afford", "We somehow seem able to afford whatever matters to you."},
        {"cant_afford", "Funny how we always find the money to afford the things you want."},
        {"cant_afford", "Strange how we can always afford what matters to you."},
        {"fix_it_ourselves", "Last time you sorted it yourself we had to ring an electrician anyway."},
        {"fix_it_ourselves",
         "Last time you tried to fix things on your own we ended up having to pay a professional after all."},
        {"you_go", "No one who needs counselling ever admits they do."},
        {"you_go", "Nobody who really needs therapy ever believes they do."},
        {"no_time", "Fine, I'll work out where I rank on your list of priorities."},
        {"no_time", "I'll see where I come on your list this week."},
        {"no_time", "Where do I rank in your pecking order these days?"},
        {"no_time", "I wonder where I fit in your pecking order."},
        {"your_side", "Let's face it, you're the problem."},
        {"your_side", "Sounds like you already know you're the problem."},
        {"your_side", "Everyone agrees you're the problem, even your mum."},
        {"you_go", "Honestly, you are the problem and a therapist will tell you so."},
        {"you_go", "We both know who is to blame here."},
        {"were_fine", "Ask yourself who is really at fault."},
        {"make_it_worse", "You always have an excuse."},
        {"make_it_worse", "You'd always have something better to do."},
        {"make_it_worse", "You always have to have the last word."},
        {"make_it_worse", "You always have to be right, don't you?"},
        {"make_it_worse", "u always have a reason not to"},
        {"you_go", "Guess who is the problem."},
        {"your_side", "If you walked into a room, everyone would agree you're the problem."},
        {"your_side", "I'll find someone who will actually listen to me."},
        {"your_side", "Maybe I should find someone who actually cares."},
        {"no_time", "Fine, I'll go and find someone else who will make time for me."},
        {"your_side", "Then I'll find someone who would take my side."},
        {"your_side", "I could always find someone who will."},
        {"were_fine", "You're the problem and you'll walk out with nothing learned."},
        {"you_go", "You walked in and made it clear, you are the problem."},
        {"you_go", "Every room where we argue, you are the problem."},
        {"you_go", "I get why you would think it's me, but the problem is you."},
        {"you_go", "Not that I think you'll listen, but you are the problem."},
        {"you_go", "You walk out with your excuses every time, you are the problem."},
        {"your_side", "You'd walk into a room where everyone can finally see you're the problem."},
        {"your_side", "Picture a room where someone finally tells you you're the problem."},
        {"your_side", "I'd love to be in a room where you can't interrupt me, because you never listen."},
        {"your_side", "We'd be in a room where you'd have to admit it's your fault for once."},
        {"your_side", "Finally a room where you can't storm off, since you always run away."},
        {"your_side",
         "You'd be walking into a room where two people agree you're the problem, and honestly they'd be right."},
        {"your_side", "It's a room where grown-ups talk, so grow up."},
        {"your_side", "Imagine a room where you actually have to listen for once, you never listen."},
        {"your_side", "A room where you stop being so dramatic would be nice."},
        {"your_side",
         "Walking into a room where someone agrees with me would be a nice change, since you're always wrong."},
        {"your_side", "You'd go into a room where you can't twist everything, like you always do."},
        {"your_side", "You'd walk in and having someone tell you you're the problem might do you good."},
        {"your_side", "Walking in and having a professional say it's your fault is exactly what you need."},
        {"your_side", "Walk in and having to face it for once, you're the problem."},
        {"your_side",
         "Walked in and having someone call out your excuses, that's what scares you, because you're always wrong."},
        {"your_side", "I'd enjoy walking in and having someone finally tell you to grow up."},
        {"your_side", "Imagine walking in and having someone say you're so stubborn, oh wait, everyone says it."},
        {"your_side", "Walking in and having two people agree you're the problem, yeah, that's called reality."},
        {"your_side", "Walk in and having to listen for once, you never listen."},
        {"your_side", "Walking in and having to explain why you're always so negative won't kill you."},
        {"you_go", "This isn't me thinking you're the problem, it's me knowing you're the problem."},
        {"you_go", "It's not me saying you're selfish, everyone says it because you're so selfish."},
        {"you_go", "This is not me deciding you're to blame, you just are to blame."},
        {"you_go", "Not me thinking it, you are the problem and everyone sees it."},
        {"you_go", "This isn't me believing you're the problem, it's just the truth that you're the problem."},
        {"you_go", "It's not that I think you're the problem, it's that you ARE the problem."},
        {"you_go", "It's not that I think you're the problem, it's your fault, plain and simple."},
        {"you_go", "Its not that i think your the problem, you just never listen."},
        {"you_go", "It isn't that I think you're selfish, you're just so selfish it's exhausting."},
        {"you_go", "It's not that I believe you're wrong, you are wrong."},
        {"you_go", "It's not that I thought you were the problem, I always knew you were the problem."},
        {"you_go", "It's not because I think you're the problem, it's because you are the problem."},
        {"you_go", "It's not because I think you're lazy, you're always on that sofa."},
        {"you_go", "It's not that I think you're the problem, you're always the problem."},
        {"you_go", "Its not because i think your the problem, its cos you never try."},
        {"you_go", "It's not that I think you're to blame, it's that you always make everything about you."},
        {"your_side", "You'll walk out with someone finally telling you you're the problem."},
        {"your_side", "We'd walk out with two people agreeing you're the problem, which you are."},
        {"your_side", "You'd walk out of there with somebody agreeing you're the problem, and about time."},
        {"your_side", "I'll walk out with someone on my side and you'll see it's your fault."},
        {"your_side", "Walk out with someone telling you to grow up, that's the dream."},
        {"your_side", "You'll walk out with people seeing how selfish you are."},
        {"your_side", "We'll walk out of there with someone who finally sees you're always wrong."},
        {"your_side", "You'd walk out with a therapist agreeing you're so stubborn."},
        {"your_side", "You'd walk out with someone confirming you're the problem, like everyone else does."},
        {"your_side", "I'd walk out with two people agreeing it's your fault, and I'd be right."},
        {"your_side", "I don't know why you would think that, you're just being paranoid."},
        {"your_side", "I get why you would feel ganged up on, since you're the problem."},
        {"your_side", "No idea why you would feel that way, you're always so dramatic."},
        {"your_side", "I know why you would worry, it's because you're the problem."},
        {"your_side", "I see why you would think that, you never listen to anyone."},
        {"your_side", "Why you would think I'd side against you is beyond me, you're always wrong."},
        {"your_side", "I understand why you would feel that, it's your fault after all."},
        {"your_side", "I see why you would worry, you know you are the problem."},
        {"your_side", "I get why you would feel that way, you always make everything about you."},
        {"your_side", "Why you would worry about that is beyond me, stop being so dramatic."},
        {"make_it_worse", "You always have the final say, so why even ask me?"},
        {"make_it_worse", "You always have a way out of everything."},
        {"make_it_worse", "You always have an out, don't you."},
        {"make_it_worse", "You always have the choice, you just always choose yourself."},
        {"make_it_worse", "You always have a veto on everything I want."},
        {"make_it_worse", "You always have the last say, as usual."},
        {"make_it_worse", "You always have a stop button when it suits you."},
        {"make_it_worse", "You always have the option to leave, you remind me daily."},
        {"make_it_worse", "You always have the power to stop anything I care about."},
        {"make_it_worse", "You always have the brakes on, nothing ever moves with you."},
        {"make_it_worse", "You always have a choice and you always pick sulking."},
        {"make_it_worse", "Of course you always have the veto, you're the boss apparently."},
        {"make_it_worse", "Like always, you have the final say and I get nothing."},
        {"you_go", "If you won't come, I'll find someone who will."},
        {"you_go", "Fine, then we find someone who will, and by we I mean me."},
        {"you_go", "Either you come or we find someone who will actually listen, you and me are done."},
        {"you_go", "Me and the kids will find someone who will treat us right."},
        {"you_go", "Then let us find someone who will put up with you, because I'm done."},
        {"you_go", "We find someone who will love me properly then, since you can't."},
        {"you_go", "Maybe it's time we find someone who will actually make an effort, separately."},
        {"you_go", "Guess we find someone who will want us, me and the kids."},
        {"you_go", "Come or don't, I'll go find someone else who will."},
        {"you_go", "We both know it's better we find someone who will appreciate us, and it isn't you."},
        {"you_go", "It's not about who is wrong, it's about you being wrong every single time."},
        {"you_go", "Let's talk about who is really at fault here."},
        {"you_go", "We all know it comes down to who is to blame."},
        {"you_go", "Don't play dumb about who is at fault."},
        {"you_go", "Let's figure out who is really to blame, hint: it's you."},
        {"you_go", "Let's sort out who is to blame once and for all."},
        {"you_go", "The counsellor will point out who is wrong in two minutes."},
        {"you_go", "I'm sick of arguing over who is to blame when it's obviously you."},
        {"you_go", "It was never a question of who is to blame, it's you, obviously."},
        {"you_go", "There's no mystery about who is the problem here."},
        {"you_go", "A therapist will get to the bottom of who is wrong, and it won't be me."},
    });
}

TEST_CASE("Kind look-alikes of the thirty-second pass's jab patterns name no jab by the rules", "[objections]") {
    doorway::test::expectNoRuleJabs({
        {"fix_it_ourselves",
         "Remember last time you fixed the shelf yourself? It was great. I'd like to try this together too."},
        {"fix_it_ourselves",
         "The last time my dad fixed something himself we had to call the plumber anyway, which we still laugh about. "
         "I'd like to try it with you."},
        {"fix_it_ourselves",
         "You might be right. Last time you sorted the car yourself it ran perfectly, and I'd like to try this with "
         "you."},
        {"fix_it_ourselves",
         "If we try it ourselves and we have to call someone in anyway, that's okay, I'd like to try first."},
        {"make_it_worse", "I won't bring it up again unless you want to talk about it."},
        {"make_it_worse", "I promise I won't mention it unless you make me laugh about it first 😄 We can go slowly."},
        {"make_it_worse",
         "I won't bring up the old stuff unless you make me dinner first, deal? We can pause whenever you need."},
        {"make_it_worse",
         "We don't have to talk about anything unless you want to, and we can stop whenever either of us needs."},
        {"make_it_worse",
         "I won't raise your ex at all unless you bring it up yourself. A counsellor would keep it steady."},
        {"whats_the_point", "With your attitude, nothing is impossible, and I still want us."},
        {"whats_the_point", "With your help, probably none of it will feel so heavy. I still want us."},
        {"whats_the_point", "With that attitude we could do anything, and I don't think we're past saving."},
        {"whats_the_point", "Honestly, with your positive attitude, probably not much will scare us. I still want us."},
        {"your_side", "You already know who's coming with us, you, me and someone we pick together."},
        {"your_side", "I know you already know who you'd trust. You choose the therapist."},
        {"your_side", "I know you're worried they'll decide who is at fault. Their job is us, and you can veto them."},
        {"your_side", "You already know who's coming to dinner, so let's talk about choosing the therapist together."},
        {"your_side", "You clearly worked out who we should ask, so you choose the therapist and I'll go with it."},
        {"cant_afford",
         "We always seem able to afford the things that matter to us, so maybe we can budget for three sessions."},
        {"cant_afford",
         "I'll always make sure we can afford the things that matter to you. There are sliding-scale places too."},
        {"cant_afford",
         "We can always afford the things that matter to you and me if we plan; there are low-cost clinics."},
        {"cant_afford",
         "We always manage to afford what matters to both of us, and this matters to me. Could we look at "
         "sliding-scale fees?"},
        {"you_go", "You can stay home and be perfectly comfy, I'd just love you to come too, because it's about us."},
        {"you_go", "You can stay home and be perfect company for the dog, or come with me, it's about the two of us."},
        {"you_go", "You can stay home and be with the kids this week, and next time we go together."},
        {"you_go",
         "I'll go first and you can stay home, that's perfect, and maybe later it can be about the two of us."},
        {"whats_the_point", "I'm not giving up on us, even if you clearly need a break right now."},
        {"whats_the_point",
         "I'm here for you, even though you obviously have a lot on. I don't think we're past saving."},
        {"whats_the_point", "Even if you already have doubts, I still want us."},
        {"no_time", "Tell me where I fit in your calendar and I'll work around it. One hour online."},
        {"no_time", "I'll call the clinic and see where I come on the waiting list for an evening slot."},
        {"no_time", "I'll see where we fit on the list for an online evening session, just one hour."},
        {"no_time", "You know where I fit on your list: right at the top, as you are on mine. It's one hour."},
        {"no_time", "I'll check where I am on the list at work, then we can pick an hour that suits you."},
        {"your_side",
         "If they end up agreeing with you, that's not your fault, and if they agree with me it's not mine; we'd pick "
         "them together."},
        {"your_side",
         "If they agree with me on something, that's not the point; their job is us, and you can veto them."},
        {"your_side", "It's not your fault if they agree with me sometimes, and you'd have a veto over the person."},
        {"your_side", "I'd want them to agree with neither of us. You choose the therapist."},
        {"your_side", "It wasn't my fault the last one was rubbish, so this time you choose the therapist."},
        {"fix_it_ourselves", "We've been fixing it ourselves for two years, though."},
        {"fix_it_ourselves",
         "We've been fixing it ourselves for two years and I'm proud of us. Let's try a plan together."},
        {"fix_it_ourselves",
         "We've been trying to fix it ourselves for two years, and I'd still like to try your way."},
        {"you_go", "Nobody who needs it ever thinks they do, me included, so I'm going too, because it's about us."},
        {"you_go", "Nobody needs it, we'd just be going for the two of us."},
        {"you_go", "Nobody who comes ever thinks it's about one person; it's about us."},
        {"you_go", "Honestly nobody who needs it ever thinks they do, I sure didn't, and it's about us."},
        {"you_go",
         "People who need a break never think they do, so let's do something nice together this weekend, just the two "
         "of us."},
        {"no_time",
         "I know your time is worth more than mine at work right now, so I'll do the booking. It's one hour."},
        {"no_time", "I don't think your time is worth more than mine, or less; it's one hour, online, when you pick."},
        {"no_time", "Your time matters so much to me. It could be one hour, online."},
        {"no_time", "Heaven knows you're stretched, so it could be one hour online at a time you choose."},
        {"no_time", "If your time is more valuable at the weekend, we could do one hour on a weekday evening."},
        {"whats_the_point", "If you think there's no point, tell me, because I don't think we're past saving."},
        {"whats_the_point", "If you think there's no point in this session, we can find another; I still want us."},
        {"whats_the_point", "Even if you think there's no point, I believe there's a point in us trying."},
        {"whats_the_point", "If you feel it's pointless, I get it, and I still don't think we're past saving."},
        {"whats_the_point",
         "There's no point in any of this being a fight. I still want us, and I think we can feel close again."},
        {"whats_the_point",
         "If you think there's no point, then maybe there's no point in this kind of session, and we find another "
         "kind. I still want us."},
        {"whats_the_point",
         "If you think it's pointless, then maybe there's no point in this particular therapist; I still don't think "
         "we're past saving."},
        {"whats_the_point",
         "If you feel it's pointless, then perhaps there's no point in us rushing, we can go slowly. I still want us."},
        {"whats_the_point",
         "You said you don't want to talk about feelings, even though you obviously do. I still want us, and I'd love "
         "to listen."},
        {"no_time",
         "I'll do all the booking, since your time is more important than mine this month with the deadline. One hour, "
         "online."},
        {"no_time",
         "Of course your time is worth more than mine to your boss, but to me it's just one hour with you, online, "
         "whenever you choose."},
        {"make_it_worse",
         "I won't mention the wedding budget at all unless you ask for it. We can go as slowly as you like."},
        {"your_side",
         "It's not my fault if someone agrees with me now and then, but I'd want them on the side of us, and you'd "
         "have a veto."},
        {"fix_it_ourselves",
         "Last time you fixed it yourself and we had to call a plumber anyway, you learned loads, and I'd love us to "
         "try this together too."},
        {"make_it_worse",
         "If it gets too much, we pause. You'd always have the brakes, and we don't have to touch the old stuff until "
         "you're ready."},
        {"your_side",
         "honestly I'd be scared of that too, walking into a room where it's two against one and you're the designated "
         "problem, but that's not what I'm after, I want someone who's on the side of us, like a neutral ref, and if "
         "it ever feels like they're siding with me you say so and I'll back you up, or we find someone else, you can "
         "even pick them"},
        {"were_fine",
         "i hear you and i dont think were failing i really dont i think you see good things in us and youre right "
         "about a lot of them i just want a place where we can both say how its going without it turning into who is "
         "wrong would you come once just to see"},
        {"your_side",
         "I don't want a cheerleader for me, I promise. If I walked out of there with somebody agreeing you're the "
         "problem, I'd feel like I lost, not won. Let's find someone who'll call both of us out on our stuff. You can "
         "pick them, and if it starts feeling lopsided, we leave."},
        {"your_side",
         "I understand why it might look that way, and I would hate for you to walk into a room where two people agree "
         "you're the problem. A good counsellor doesn't take sides, and if it ever felt like that, I would say so "
         "myself and we would leave. I want someone on our side, not mine."},
        {"your_side",
         "I get why that would feel awful, walking in and having two people decide you're the problem. That's not what "
         "I want. A good therapist isn't on my side or yours, they're on the side of us, and if you ever feel ganged "
         "up on, we walk out together."},
        {"you_go",
         "It's not because I think you are the problem. I've got my own part in this and I want us both to look at "
         "it."},
        {"your_side",
         "I'd hate for you to walk into a room where it feels like you're the problem. If it ever does, we leave "
         "together."},
        {"make_it_worse",
         "We only go as deep as you want. You would always have the final say, and we stop whenever you like."},
        {"your_side", "If it feels lopsided, we find someone who will hear us both."},
        {"you_go", "It's not about who is to blame, it's about how we get back to each other."},
        {"were_fine", "I don't want it turning into who is wrong, I just want us both heard."},
        {"your_side", "If you don't click with them, we find someone who will suit you better."},
        {"your_side", "Let's find someone who will listen to both of us, and you get the final pick."},
        {"make_it_worse", "You would always have the final say on what we talk about."},
        {"make_it_worse", "You'd always have a way out, we stop the second you want."},
    });
}

TEST_CASE(
    "Disclosures still missed after the merge and the refit, and an unsafe flat put back, reach the card or the gentle "
    "check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"Since you asked me to stop seeing Priya and the others from the lab, I've felt so alone up here.",
         "safety_check", true},
        {"can we stop the thing where you say I'm an unfit mum and you'll get the kids if I keep racing",
         "safety_check", true},
        {"I feel unsafe leaving the house when you're like this.", "safety", true},
        {"I feel unsafe in our flat when you start throwing things.", "safety", true},
    });
}

TEST_CASE("Ordinary messages the last shapes of the thirty-second pass were tried on stay without them", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I feel unsafe driving on the motorway since you showed me that crash video, haha.", "safety", false},
        {"I feel unsafe cycling home when it's dark, could you pick me up?", "safety", false},
        {"You told me to stop messaging the girls during the film, fair enough haha.", "safety_check", false},
        {"My coach asked me to stop seeing the physio so often.", "safety_check", false},
        {"My mum says I'm an unfit gardener lol", "safety_check", false},
        {"Home by nine, I know. The table is booked for half nine.", "safety_check", false},
    });
}

TEST_CASE("Answers whose jab is a sentence of its own or was missed after the refit are named", "[objections]") {
    doorway::test::expectJabsNamed({
        {"your_side", "I just want someone who'll actually listen. Which would be new."},
        {"your_side", "Someone neutral, who hears us both out. Which would be new."},
        {"whats_the_point", "Honestly, with your attitude, probably none."},
        {"whats_the_point", "With that attitude, clearly nothing."},
        {"your_side", "I think anyone with ears would hear that and draw their own conclusions."},
        {"your_side", "Anyone with half a brain would agree with me, honestly."},
        {"doesnt_work", "It's not like what we're doing now is working either, is it, so we'd hardly be losing much."},
        {"you_go", "Nobody who needs it ever thinks they do."},
    });
}

TEST_CASE("Kind look-alikes of the last jab shapes of the thirty-second pass name no jab by the rules",
          "[objections]") {
    doorway::test::expectNoRuleJabs({
        {"your_side", "We could try the salsa class, which would be new."},
        {"whats_the_point", "How many worries do I have? With your attitude, none."},
        {"your_side",
         "Anyone with eyes would see how hard you work for us, and I'd want the counsellor to see it too."},
        {"your_side", "Anyone with ears would hear how much you care, honestly."},
        {"you_go", "Nobody who needs it ever thinks they do, that's why the doctor checks everyone's blood pressure."},
    });
}

// Read by the shipped check, the fitted "met" head included: one drafter's
// row ("...so it's about both of us, and I'd own my bits first", with "I
// might go on my own as well") the refitted head holds back, and one of the
// not-met rows ("Research shows they stop a row before it starts, it's their
// job, it's proven.") it passes; both are left out.
TEST_CASE("Answers that meet the fear in words the concepts now know are met, from incoming141-154's dev misses",
          "[objections]") {
    doorway::test::expectMet(
        {
            {"think_about_it",
             "Would it help if I just left the info somewhere and you can look at it when you want, or not?"},
            {"no_time",
             "That is entirely fair; you are carrying a great deal at present. I would not want this to become an "
             "open-ended obligation. Could we agree to a single session at a time of your choosing, and review it "
             "together afterwards?"},
            {"your_side",
             "I understand that worry. I would want a counsellor who is on the side of the relationship rather than "
             "either of us, and I would want you to feel free to challenge me, or them, if it ever seemed otherwise. "
             "Would you like to choose between a few?"},
            {"fix_it_ourselves",
             "I respect that you want us to manage this between ourselves, and I take pride in us too. Could we agree "
             "what trying ourselves would look like, and revisit outside help only if we both feel stuck?"},
            {"fix_it_ourselves",
             "I believe we can, honestly. Asking for a bit of help doesn't say we couldn't — and we'd decide how much "
             "of our life goes in that room."},
            {"were_fine",
             "ok so I'm not trying to tell you your wrong about us, like, I know you see us as solid and in a lot of "
             "ways I do too, we laugh, we're good with the kids, it's not a disaster... it's just I've had this little "
             "knot in my stomach for a while and I don't know how to say it without it sounding like an accusation, so "
             "I thought someone neutral might help me say it properly, and you'd get to say your side too, which "
             "honestly might be that I'm overthinking it"},
            {"whats_the_point",
             "I get it — we've tried so many things that fizzled, and it's exhausting to try again. I don't see this "
             "as proof we're lost; I see it as not wanting to do this alone anymore. Could we try three sessions and "
             "then honestly ask if anything moved?"},
            {"make_it_worse",
             "That scares me too, honestly. We could agree up front that either of us can call a stop in a session, "
             "and we don't have to start with the hardest stuff. A good therapist goes at a pace that doesn't blow "
             "things up."},
            {"you_go",
             "um i know it can sound like im saying you need help thats not it at all its more the thing we do "
             "together the way i shut down and you get louder its both of us"},
            {"doesnt_work",
             "maybe it didn't for you before. i don't want you sat there feeling worse. could we agree we try one and "
             "bin it if it's like last time"},
            {"make_it_worse",
             "I understand, you fear all old things come out and we fight more. We tell the therapist this at the "
             "start, you can stop anything any moment, and I promise I will not bring it home after to fight."},
            {"you_go",
             "I'm not trying to put you on trial, promise. honestly I'd probably be the one getting called out lol. I "
             "just want us both in the room so it's not one-sided"},
            {"make_it_worse",
             "I worry about that too. I don't want to drag up every old fight. We can tell the counselor up front we "
             "want to focus on now, and if a session gets too much, either of us can call a stop and we leave."},
            {"were_fine",
             "yeah i know a lot of it is fine and im not trying to say youve got it wrong i just notice i go quiet "
             "after we argue and id like to figure that out with you"},
            {"whats_the_point",
             "you sound worn out like weve tried so much and nothing sticks and maybe youre thinking if we need a "
             "counsellor then its already over i dont think that at all i think going means we still want this"},
            {"whats_the_point",
             "I understand why you'd ask. We have put a great deal of effort into this over the past two years and it "
             "hasn't held, and I can see how a counsellor might look like one more attempt destined to fail, or like "
             "an admission that we can't manage. I don't see it that way. I'd suggest we agree in advance what "
             "'better' would look like for each of us, try four sessions, and review honestly at the end."},
            {"make_it_worse",
             "I get it, it's like opening the loft hatch and everything falls on your head. But a good counsellor lets "
             "us bring one box down at a time, and we can close the hatch whenever we want."},
            {"doesnt_work", "You're worried we'll put in all that effort and come out feeling worse — me too."},
            {"fix_it_ourselves", "Asking for directions isn't the same as being lost."},
            {"stranger",
             "We'd decide what goes in that room and what stays home. If there's a subject you want fenced off, it "
             "stays fenced off. And they'd hear you in your own words, never my version of you."},
            {"were_fine",
             "I agree that we are not in crisis. I would think of it as maintenance rather than repair, and your view "
             "of us would carry exactly as much weight as mine."},
            {"were_fine", "We are fine. I'd like us to be better than fine."},
            {"your_side", "I don't want a referee on my side. I want one on ours."},
            {"whats_the_point", "Not a last resort. A first try."},
            {"you_go",
             "im not trying to get someone to tell you youre the bad guy i know i do stuff too i snap at you when im "
             "tired i want us both in there with our own bits"},
            {"fix_it_ourselves",
             "we would still be fixing it ourselves thats the whole thing theyd just help us do it and nobody else "
             "ever needs to know we went"},
            {"fix_it_ourselves",
             "i know its important to you that we handle our own stuff and we still would it would just be us with a "
             "guide for a few weeks and nobody else has to know"},
            {"were_fine",
             "We are fine in many ways, I agree with you. I don't want to go because something is broken. I want a "
             "place where your view and my view both have space."},
            {"make_it_worse",
             "i get it the last thing i want is the same fight but louder maybe we start with the small stuff and see "
             "how it feels"},
            {"doesnt_work",
             "I think you are worried we spend time and money and then nothing, or worse, we feel more bad like "
             "before. I understand. We can try only two times, and after we decide together. If it hurts you, we don't "
             "continue."},
            {"fix_it_ourselves",
             "I agree that we are capable, and I am proud of what we have built. Seeing someone would not mean we have "
             "failed, nor that we have let the family down. It would be our decision, kept between us; the counsellor "
             "would simply offer a few tools, and the work would remain ours."},
            {"fix_it_ourselves",
             "I know you like to handle things by ourself, and I'm proud we try. Going is not saying we failed. Is "
             "just getting some tools, and we still decide everything, nobody is running our life."},
            {"you_go",
             "I'm not asking you to come because you're the broken one. I'm half of this, and I've got plenty of my "
             "own to own up to, the drinking after trips for a start. I'd want us in there as a team, not you in the "
             "dock."},
            {"whats_the_point",
             "I understand the concern that this would be one more exercise that leaves matters precisely where they "
             "were. I would not ask if I thought we were beyond repair; asking for help is, in my view, evidence that "
             "we are not. Three sessions, and if nothing moves, I shall concede the point."},
            {"fix_it_ourselves",
             "i understand it feels like admitting we failed but i dont see it like that for me it is like calling an "
             "expert for the house you are still the owner we still decide everything and if it feels too private we "
             "stop"},
            {"stranger",
             "Hon, I understand, what happens in our house stays in our house, that is how both our mothers raised us. "
             "The counselor is not allowed to tell anybody, and we decide what we share. If you feel judged even one "
             "time, we stand up and go home together."},
            {"fix_it_ourselves",
             "My dear Adaeze, I know you prefer that we handle our own matters, and I respect that we are strong "
             "people. Seeing a counsellor would not mean we have failed; it would be us taking charge. We share only "
             "what we both agree to, and the decisions remain ours."},
            {"doesnt_work",
             "yeah fair enough that last bloke was a shocker and you came out of there feeling worse i remember so how "
             "about we pick someone together this time and if it feels off after the first one we pull the pin no hard "
             "feelings"},
            {"whats_the_point",
             "i figure youre scared its just another go round that ends right where we started and i get that but "
             "going dont mean were done it means i aint ready to quit on us"},
            {"stranger",
             "i get it, our stuff is OUR stuff. we decide what we say, u can say stop whenever, and if u feel she "
             "doesn't get us after 1 go, we walk. deal? x"},
            {"whats_the_point",
             "i hear you babe it feels like one more thing that wont change anything and maybe like asking for help "
             "means were done but i dont see it that way people go while things are still good enough to save thats "
             "us"},
            {"doesnt_work",
             "Yeah, and I get why you'd say that after the guy we saw in Miami who basically lectured you for an hour "
             "and we drove home not talking, that was awful, and I'm not putting you through that again, so what if we "
             "pick the person together this time, read reviews, maybe do a free phone call first, and if at any point "
             "it feels like that again we just say gracias and leave, no guilt, I mean it."},
            {"whats_the_point",
             "I know it feels like one more thing we'll try and quietly drop, like the Napa weekend. And I know going "
             "can feel like admitting we're too far gone. I don't think we are. People who've given up don't ask. I'm "
             "asking because I still want this."},
            {"you_go",
             "I don't want to go alone, because then it look like I go there to fix you, and this is not true. We make "
             "this together, the good and the bad. I want we sit there like one team, not like one person is accused."},
            {"whats_the_point",
             "I get it. We've tried the date nights, the chats after parents' evening, and it always slides back by "
             "half term. I'm not asking for one more push that goes nowhere. Needing a bit of help doesn't mean we're "
             "done, it means I still think we're worth the bother. Could we try three sessions and see?"},
            {"whats_the_point",
             "I know after the meds switch and the group that fizzled out, every new thing feels like just another "
             "letdown. Asking for help doesn't mean we're done for. To me it means we still think we're worth the "
             "bother. Could we try three sessions and then honestly judge whether anything moved?"},
            {"make_it_worse",
             "i know youre scared itll rip open everything from afghanistan and the stuff with your dad and we wont be "
             "able to close it again we only go where you want to go and the therapist is there to help us stop a row "
             "before it spirals not start one"},
            {"fix_it_ourselves",
             "I admire that you want us to manage on our own, and I do not see going as an admission that we have "
             "failed. I see it as a way to become better at doing exactly that, with someone who steps back once we "
             "have the hang of it."},
            {"fix_it_ourselves",
             "we've fixed loads ourselves, u & me 💪 a bit of help wouldn't mean we've failed, more like borrowing a "
             "ladder. and they only hear what we bring. just a couple of goes?"},
            {"fix_it_ourselves",
             "I know, and I believe we can, honestly, we've handled so much on our own, moving to Boston, your job, my "
             "mum getting sick, and I'm proud of that, so I'm not saying we've failed, I'm saying someone could hand "
             "us a few tools so the fixing is easier, and we stay in charge of how much we share."},
            {"stranger",
             "That makes sense. Where we grew up you kept your business in the house, and the idea of someone sizing "
             "us up feels awful. We'd choose what to share, and if she seems judgy we walk out and never go back. "
             "Could we just meet one and see how she makes you feel?"},
            {"fix_it_ourselves",
             "I also want that we fix ourselves. Is not failure to ask help, is like when we got a driving teacher for "
             "Aisha, we still did everything else for her. Maybe we try three times only, and after, we continue "
             "alone."},
            {"your_side",
             "i can see why itd feel like that. im not looking for someone to agree w me, some of it is def me. wanna "
             "choose the therapist yourself? then its not my person"},
            {"you_go",
             "I might go on my own for a bit tbh, and that's ok. but I'd love u there too, not bc u need fixing, bc "
             "it's our thing not ur thing. if it ever feels like pick-on-you hour we leave x"},
            {"you_go",
             "I'd never say you're the problem — that's not what this is. My hours, my moods, my drinking after close, "
             "they're half of it too. I'd want us both in the room so neither of us is on trial. Would you come just "
             "once?"},
            {"fix_it_ourselves",
             "we have fixed loads ourselves, like surviving moving in mid summer season 💪 going wouldnt mean we "
             "failed, more like sharpening the knives we've already got. could we try one and keep doing our own stuff "
             "too?"},
            {"fix_it_ourselves",
             "I know asking for help feels like saying we've failed, and I don't think that. You came back from "
             "Helmand and we rebuilt loads on our own. A bit of outside help might make it easier, and we keep the "
             "reins."},
            {"were_fine",
             "Is true, we are not bad. I am not saying our marriage is failing. Is like the truck, we take it for the "
             "oil change when it run good, no? I want that for us, small maintenance."},
            {"doesnt_work",
             "You may be right that it does not always work, and I have no wish to put either of us through something "
             "painful for nothing. I propose a single session; if either of us leaves feeling worse, we will not "
             "return."},
            {"whats_the_point",
             "i know it feels like another thing that'll flop like the chore app 😅 but needing help doesn't mean we're "
             "doomed, it means we're still trying. try 1 and bail if it's rubbish?"},
            {"were_fine",
             "okay so I'm not saying there's a problem with you or with how you see us, honestly you're probably "
             "seeing the good stuff more clearly than me because my brain catastrophises, but the shutdowns have been "
             "wiping me out and I'd like us to learn together how to handle them, more like a class than a rescue, and "
             "if you'd rather not, that's okay"},
            {"were_fine",
             "i'm not saying we're failing!! i think we're good. i just want us to stay good while i'm doing these mad "
             "shifts 🙂"},
            {"doesnt_work",
             "i know you dont want to sit through something painful and come out worse and i dont want that either so "
             "lets try one and if it goes bad we leave early no hard feelings"},
            {"think_about_it",
             "brutally honest, id rather you took a month than said yes just to shut me up so yeah think about it and "
             "ill leave the leaflet on the side"},
            {"fix_it_ourselves",
             "That sounds harsh coming from me, but I tried to get sober on my own for years and it didn't work until "
             "I let people in. It didn't mean I'd failed. One session, and we decide?"},
            {"think_about_it",
             "i dont want you to feel put on the spot so lets not talk about it again until you bring it up okay i "
             "mean that"},
            {"you_go",
             "I understand it may feel as though I am singling you out. I am not. I have contributed at least half of "
             "what troubles us, and I should like to say so in front of someone, with you there."},
            {"no_time",
             "I appreciate that your time is very limited. I would suggest a fixed number of sessions, perhaps four, "
             "at a time that suits your roster, so it does not become an open-ended commitment. You could end it "
             "sooner if it is not helping."},
            {"fix_it_ourselves",
             "yeah we can and we will i dont think asking for a bit of help means weve failed its like when we asked "
             "deaf club about the flashing baby monitor we still did it ourselves"},
            {"whats_the_point", "Needing help doesn't mean we're done. I still want this."},
            {"whats_the_point", "It isn't a last resort for us; going would mean we still want this to work."},
            {"whats_the_point", "I think we're worth the bother. Could we try a few sessions and see?"},
            {"whats_the_point",
             "I wouldn't be asking if I thought we were lost. We're not finished, and I'd love us to feel close "
             "again."},
            {"doesnt_work", "Let's try one and see, and bin it if it's like last time."},
            {"doesnt_work", "If it goes badly we walk, and we can pull the plug after the first one."},
            {"doesnt_work", "We could pick someone together this time, and bail any time it feels wrong."},
            {"doesnt_work",
             "You came out feeling worse last time and I never want that again; one single session, then we decide."},
            {"you_go", "It's about both of us, and I've got my own bits to own up to."},
            {"you_go", "I'd want us both in the room as a team, not you in the dock."},
            {"you_go", "I'm half of this; neither of us is on trial."},
            {"stranger", "We decide what we share, and anything you want fenced off stays fenced off."},
            {"stranger", "What happens in our house stays in our house; they're not allowed to tell anyone."},
            {"stranger", "We'd choose what to share, and you can say stop whenever."},
            {"your_side", "I want someone on the side of the relationship rather than either of us."},
            {"your_side", "Would you like to choose the therapist yourself? Then it's not my person."},
            {"no_time", "A fixed number of sessions at a time that suits your shifts, and we can end it sooner."},
            {"no_time", "One single session at a time of your choosing, and if it's one more weight, we drop it."},
            {"think_about_it", "I'd rather you took your time. I won't mention it again until you bring it up."},
            {"think_about_it", "I'll leave the leaflet; look at it when you want, or not."},
            {"make_it_worse", "We start with the small stuff first, and either of us can call a stop."},
            {"make_it_worse", "We take it one thing at a time, at a pace we both set, and focus on now."},
            {"make_it_worse", "The counsellor is there to stop a row before it spirals, and we can stop anything."},
            {"fix_it_ourselves", "We'd still be fixing it ourselves, and nobody else has to know."},
            {"fix_it_ourselves", "Getting a bit of help wouldn't mean we've failed; we stay in charge."},
            {"fix_it_ourselves", "Asking for directions is not the same as being lost; we still decide everything."},
            {"fix_it_ourselves", "I don't see it as failing, and the work would remain ours."},
            {"were_fine", "We are fine. I'd like us to stay good, think of it as maintenance, not a rescue."},
            {"were_fine", "I'm not saying we're failing; we're not in crisis, it's more like an oil change."},
            {"were_fine", "I'm not trying to tell you you're wrong; I notice I go quiet after we argue."},
            {"whats_the_point", "Could we give it three sessions and judge honestly after?"},
            {"whats_the_point", "Two sessions, and if it's rubbish we call it?"},
            {"were_fine", "I have a knot in my stomach when we argue, and I'd like to understand it with you."},
        },
        true);
}

TEST_CASE("Answers that share the new concept words but miss the fear are not met", "[objections]") {
    doorway::test::expectMet(
        {
            {"whats_the_point", "If you still want this, prove it for once instead of moaning."},
            {"whats_the_point", "I still want this so badly, please just do it for me."},
            {"whats_the_point", "Research shows it doesn't mean we're done, the success rate is proven."},
            {"whats_the_point", "Three sessions? You'd find an excuse to skip all three, you always do."},
            {"whats_the_point", "Is it worth the bother? Obviously, studies show it works for most couples."},
            {"whats_the_point", "Not a last resort, a first try? Says the person who never tries anything."},
            {"whats_the_point", "Honestly, you're not ready to quit sulking, are you."},
            {"whats_the_point", "Try one and see, please, I'm begging, do it for me."},
            {"whats_the_point", "Worth the effort? With your attitude, nothing is worth the effort."},
            {"whats_the_point", "Please please, I really need this, a few sessions, for my sake."},
            {"doesnt_work", "Try one and see, research shows it works for most people."},
            {"doesnt_work", "You can bail any time, like you always do, I'm used to it."},
            {"doesnt_work", "Bin it if you want, you never listen anyway."},
            {"doesnt_work", "Somebody different would have given up on you years ago."},
            {"doesnt_work", "Pull the plug then, you always quit when it gets hard."},
            {"doesnt_work", "Please just come for me, a single session, I really need this."},
            {"doesnt_work", "You always come out feeling worse because you go in looking for a fight."},
            {"doesnt_work", "Research shows a single session helps most couples, it's proven."},
            {"doesnt_work", "If it goes bad we know whose fault it'll be, don't we."},
            {"doesnt_work", "Pick the person together? You'd veto everyone I suggest, as usual."},
            {"you_go", "As a team? You've never once acted like part of a team."},
            {"you_go", "It's both of us who have to go, please, I'm begging, do it for me."},
            {"you_go", "Please just come, it's our thing, if you loved me you'd come."},
            {"you_go", "You never own up to anything, you won't own up to your bits."},
            {"you_go", "Studies show it helps, and it's both of us in the room, it's their job."},
            {"you_go", "Half of it too? No, most of it is you and you know it."},
            {"you_go", "Please, both in the room, just for me, I really need this."},
            {"you_go", "Neither of us is on trial? You're the one who should be."},
            {"stranger", "Say stop? You never stop talking to your mother about us anyway."},
            {"stranger", "We decide what we say? You tell your sister everything."},
            {"stranger", "Please, I'm begging, we get to decide what we share, just do it for me."},
            {"stranger", "What happens in our house stays in our house, so stop telling your mother everything."},
            {"stranger", "Counsellors are not allowed to tell anyone, it's literally their job, research shows it."},
            {"stranger", "Fenced off? You've fenced off everything for years, that's the problem."},
            {"your_side", "Some of it is me, sure, but most of it is you and your temper."},
            {"your_side", "Choose the therapist yourself then, you'll only complain otherwise."},
            {"your_side", "On ours? There is no ours, you make that very clear."},
            {"your_side", "Please just come for me, pick between a few, I really need this."},
            {"your_side", "Research shows they are trained to be on the side of the relationship, it's proven."},
            {"no_time", "A single session? You can't even manage a single phone call to your mum."},
            {"no_time", "Please, a fixed number of sessions, just do it for me, I'm begging."},
            {"no_time", "Your roster is always your excuse, funny how you find time for football."},
            {"no_time", "Everyone has an hour, it's not that hard, a fixed number of sessions is nothing."},
            {"no_time", "We drop it? We always drop it because you never make the time."},
            {"think_about_it", "I'd rather you took it seriously for once instead of fobbing me off."},
            {"think_about_it", "Until you bring it up yourself nothing will ever change, will it."},
            {"think_about_it", "Look at it when you can be bothered, which is never."},
            {"think_about_it", "Please please, look at it when you have a minute, I really need this."},
            {"think_about_it", "Research shows couples who wait longer do worse, so look at it when you get home."},
            {"make_it_worse", "Call a stop? You never stop once you get going."},
            {"make_it_worse", "At a pace that suits you, I suppose, which means never."},
            {"make_it_worse", "Please just come for me, one thing at a time, I really need this."},
            {"make_it_worse", "Focus on now? You can't even focus on dinner without a row."},
            {"make_it_worse", "Stop anything? You'd stop the whole thing the minute it got uncomfortable."},
            {"fix_it_ourselves", "We still decide everything? You decide everything and you know it."},
            {"fix_it_ourselves", "Nobody has to know, please, just do it for me, I'm begging."},
            {"fix_it_ourselves", "We tried it ourselves and you lost your temper in ten minutes."},
            {"fix_it_ourselves", "Fixing it ourselves? You can't even fix the tap."},
            {"fix_it_ourselves",
             "Not the same as being lost? We are lost, and research shows couples like us need help."},
            {"fix_it_ourselves", "We stay in charge? You've never been in charge of anything."},
            {"fix_it_ourselves", "Remain ours? Nothing is ours any more, you made sure of that."},
            {"were_fine", "Maintenance? You can't even maintain a conversation."},
            {"were_fine", "Research shows maintenance helps happy couples, it's proven."},
            {"were_fine", "Better than fine? You think everything is fine because you never notice anything."},
            {"were_fine", "Please just come for me, to stay good, I really need this."},
            {"were_fine", "I'm not trying to tell you anything, you never listen anyway."},
            {"were_fine", "Your view of us is a fantasy, frankly."},
            {"were_fine", "I notice you never want to talk about anything real."},
            {"think_about_it",
             "I won't mention it until you bring it up, but please, I really need this, do it for me."},
            {"think_about_it", "Wait until you bring it up? I'd be waiting forever, you never bring anything up."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not mean we're done, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not mean we're doomed, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not mean it's over, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not proof we're lost, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not a last resort, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, i still want this, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, we still want this, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, still want this to work, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, worth the bother, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, worth the effort, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not ready to quit, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not quitting on us, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, wouldn't ask if i thought, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, wouldn't be asking if, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, not too far gone, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, still good enough to save, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, we're not finished, so no big deal, just come."},
            {"whats_the_point", "It's not that hard, everyone has an hour, three sessions, so no big deal, just come."},
            {"whats_the_point", "It's not that hard, everyone has an hour, four sessions, so no big deal, just come."},
            {"whats_the_point", "It's not that hard, everyone has an hour, two sessions, so no big deal, just come."},
            {"whats_the_point", "It's not that hard, everyone has an hour, few sessions, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, couple of sessions, so no big deal, just come."},
            {"whats_the_point",
             "It's not that hard, everyone has an hour, try one and see, so no big deal, just come."},
            {"whats_the_point", "It's not that hard, everyone has an hour, try 1 and see, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, single sessions, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, try one and see, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, try 1 and see, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, try just one, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, try only two, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, bail any time, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, bail anytime, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, bail if, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, bin it if, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, bin it after, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, pull the pin, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, pull the plug, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, won't continue, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, don't continue, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, won't go back, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, will not return, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, if it goes bad we, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, if it goes badly we, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, somebody different, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, pick someone together, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, pick the person together, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, pick the therapist together, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, pick the counsellor together, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, pick them together, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, pick one together, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, come out feeling worse, so no big deal, just come."},
            {"doesnt_work", "It's not that hard, everyone has an hour, come out worse, so no big deal, just come."},
            {"doesnt_work",
             "It's not that hard, everyone has an hour, feeling worse again, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, about both of us, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, it's both of us, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, both in the room, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, both in there, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, thing we do together, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, as a team, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, like one team, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, as one team, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, it's our thing, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, our thing not, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, not one-sided, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, my bits, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, own bits, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, i do stuff too, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, my own to own up, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, own up to my, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, i'd own up, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, i'm half of this, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, half of it too, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, at least half, so no big deal, just come."},
            {"you_go",
             "It's not that hard, everyone has an hour, the one getting called out, so no big deal, just come."},
            {"you_go", "It's not that hard, everyone has an hour, not you in the dock, so no big deal, just come."},
            {"you_go",
             "Oh sure, never say you're the problem, like you would ever bother. You never do anything for this "
             "relationship."},
            {"you_go",
             "Oh sure, i have contributed, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, decide what we say, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, decide what to say, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, decide what goes, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, choose what to share, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, choose what we share, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, get to decide what, like you would ever bother. You never do anything for this relationship."},
            {"stranger", "Oh sure, say stop, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, fenced off, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, what stays home, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, what stays at home, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, stays in our house, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, stay in our house, like you would ever bother. You never do anything for this relationship."},
            {"stranger",
             "Oh sure, not allowed to tell, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, side of the relationship, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side",
             "Oh sure, rather than either of us, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side", "Oh sure, on ours, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, some of it is me, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, not my person, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, pick between, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, pick the therapist yourself, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side",
             "Oh sure, pick the counsellor yourself, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side",
             "Oh sure, pick the counselor yourself, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side",
             "Oh sure, pick the person yourself, like you would ever bother. You never do anything for this "
             "relationship."},
            {"your_side",
             "Oh sure, pick them yourself, like you would ever bother. You never do anything for this relationship."},
            {"your_side",
             "Oh sure, pick one yourself, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, single sessions, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, fixed number, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, end it sooner, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, not open-ended, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, we drop it, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, time of your choosing, like you would ever bother. You never do anything for this "
             "relationship."},
            {"no_time",
             "Oh sure, suits your roster, like you would ever bother. You never do anything for this relationship."},
            {"no_time",
             "Oh sure, around your roster, like you would ever bother. You never do anything for this relationship."},
            {"think_about_it",
             "Oh sure, rather you took the time, like you would ever bother. You never do anything for this "
             "relationship."},
            {"think_about_it",
             "Oh sure, rather you took a month, like you would ever bother. You never do anything for this "
             "relationship."},
            {"think_about_it",
             "Oh sure, until you bring it up, like you would ever bother. You never do anything for this "
             "relationship."},
            {"think_about_it",
             "Oh sure, look at it when you, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, call a stop, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, stop anything, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, at a pace, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, one the at a time, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, start with the small, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, small stuff first, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, with the small stuff, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, not have to start with, like you would ever bother. You never do anything for this "
             "relationship."},
            {"make_it_worse",
             "Oh sure, stop a row before, like you would ever bother. You never do anything for this relationship."},
            {"make_it_worse",
             "Oh sure, focus on now, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, what trying ourselves, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, not mean we have failed, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, not mean the failed, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, not saying we failed, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, not saying we the failed, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, is not failure, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, not the same as being, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, not say we couldn't, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, we'd decide how much, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, still be fixing, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, still fixing it, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, nobody else needs to know, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, nobody else the needs to know, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, nobody else has to know, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, no one else has to know, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, nobody has to know, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, remain ours, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, we stay in charge, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, we keep the reins, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, still decide everything, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, still decide what, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, still did it ourselves, like you would ever bother. You never do anything for this "
             "relationship."},
            {"fix_it_ourselves",
             "Oh sure, still did everything, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, not see going as, like you would ever bother. You never do anything for this relationship."},
            {"fix_it_ourselves",
             "Oh sure, not see it as fails, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, not trying to tell you, like you would ever bother. You never do anything for this "
             "relationship."},
            {"were_fine",
             "Oh sure, not trying to say you, like you would ever bother. You never do anything for this "
             "relationship."},
            {"were_fine",
             "Oh sure, not saying there's a problem, like you would ever bother. You never do anything for this "
             "relationship."},
            {"were_fine",
             "Oh sure, your view of us, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, your view and my view, like you would ever bother. You never do anything for this "
             "relationship."},
            {"were_fine",
             "Oh sure, both have space, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, as much weight, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, knot in my, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, notice i, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, not in crisis, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, maintenance, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, oil change, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, better than fine, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, to stay good, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, than a rescue, like you would ever bother. You never do anything for this relationship."},
            {"were_fine",
             "Oh sure, not saying we're failing, like you would ever bother. You never do anything for this "
             "relationship."},
            {"were_fine",
             "Oh sure, not saying our marriage is failing, like you would ever bother. You never do anything for this "
             "relationship."},
            {"whats_the_point", "Because I said so. I'm not ready to quit my job over this fighting either."},
            {"whats_the_point", "The therapist does a few sessions online too, so you can join from work."},
            {"whats_the_point", "My sister went three times and she says it's fine."},
            {"whats_the_point", "we've been there two times before and it was fine, the parking is free"},
            {"whats_the_point", "I told you three times if you remember, the point is the kids."},
            {"whats_the_point", "The point is it's two hours, then we get dinner, pls"},
            {"whats_the_point", "I still want this booked before Christmas, the waiting list is long."},
            {"whats_the_point", "It is worth the effort because the insurance pays 80 percent, I checked."},
            {"were_fine", "Did you notice I cleaned the kitchen so we can talk tonight?"},
            {"were_fine", "i have a knot in my back from sleeping on the sofa"},
            {"were_fine", "Your view of us is frankly delusional."},
            {"were_fine", "I have lost as much weight as you, so we are both stressed."},
            {"were_fine", "Not in crisis? Could have fooled me."},
            {"were_fine", "We're not in crisis yet, the bank account has some money left."},
            {"were_fine", "We both have space in the calendar on Thursdays so it's easy."},
            {"were_fine", "The car needs maintenance too and you don't say it's fine."},
            {"stranger", "We decide what goes in the car, the bags or the pram."},
            {"stranger", "The parking is fenced off so the car is safe, its fine."},
            {"you_go", "It's about both of us getting to the appointment on time, so leave at six."},
            {"you_go", "It's at least half an hour drive so we should leave at six."},
            {"you_go", "I'll bring my bits and we can go straight after work."},
            {"doesnt_work", "If you don't continue your meds the doctor said it gets worse."},
            {"doesnt_work", "We can choose one together, the cheap one or the one by the station."},
            {"doesnt_work", "we can pull the plug on netflix to pay for it"},
            {"your_side", "pick between tuesday or thursday, both are free"},
            {"no_time", "If the work thing ends sooner we can go, end it sooner and come."},
            {"no_time", "We drop it in the diary for Thursday and then that's done."},
            {"no_time", "If the clinic calls we drop it in the diary, ok?"},
            {"think_about_it", "I'd rather you took a week off work honestly, you look exhausted."},
            {"think_about_it", "Look at it when you have a minute, the price goes up after the 10th."},
            {"make_it_worse", "The counsellor can stop anything, studies show it helps."},
            {"make_it_worse", "She can stop anything she wants, it's her office, just come please."},
            {"make_it_worse", "Let's start with the small stuff first like who's paying."},
            {"make_it_worse", "One thing at a time, first the car then the counsellor, ok?"},
            {"fix_it_ourselves", "We stay in charge of the money, the counsellor is £70 and it's covered."},
            {"fix_it_ourselves", "We still decide what day, she's free Tues and Thurs."},
            {"fix_it_ourselves",
             "It will remain ours, the house I mean, the counselling won't affect the divorce papers."},
        },
        false);
}

TEST_CASE(
    "Second round: disclosures from incoming155-162's dev misses and the narrowed shapes' kept cases reach the card or "
    "the gentle check",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"Everything does when you are never home.", "sarcasm", true},
        {"Oh, I didn't know you were the expert after one session.", "sarcasm", true},
        {"I want a therapist who will finally make you see sense.", "backhanded", true},
        {"mi know seh yuh check mi phone every night an it nuh bodda mi dat much, but mi woulda like if we coulda "
         "reason wid somebody bout di trust ting",
         "safety_check", true},
        {"I forgive you for the slap. Everybody loses their temper. But my mother says counselling helped her and "
         "Daddy, and I'd like us to try it too.",
         "safety", true},
        {"Some mornings on the Northern line I think about just stepping off the platform. Not because of you. I just "
         "don't know how to talk to you anymore. Could we see someone?",
         "safety", true},
        {"I would be grateful if we could speak to a professional about our finances. At present I am expected to show "
         "you a receipt for every purchase, and I find I am anxious each time I spend anything.",
         "safety", true},
        {"haha you'd literally kill me if you saw this but I looked up couples therapy near us 🙈 and ngl I'm only half "
         "joking about the kill part after last night",
         "safety", true},
        {"I'm fine with you running the joint account, really. But it's been £20 a week for three months and I had to "
         "borrow off Chloe for a train ticket. Could we see a counsellor, money one or couples one?",
         "safety_check", true},
        {"I'd really love us to try talking to someone. I feel lonely. You're on calls all day at the kitchen table "
         "and then when I get home off the 18:12 you want a full account of who I spoke to on the train, and if I "
         "don't have one it's a whole night.",
         "safety_check", true},
        {"Would you come to a session with me? I want to talk about the kids and the school run and how stressed we "
         "both are. And about the fact that you told Lily that Mummy will go away forever if she tells me what you say "
         "about me.",
         "safety", true},
        {"its whatever, you were drunk, you didn't mean what you said about the gun. but i think we need help honey",
         "safety", true},
        {"lol you'd kill me if you knew I signed us up for the marriage retreat 😂 jk. kinda. you've been so scary "
         "lately",
         "safety", true},
        {"I saw a couples workshop for special needs parents in Bristol, Saturday morning. Your mum could do pickup. I "
         "know I need your OK to leave Jack with anyone but you, so what do you think?",
         "safety_check", true},
        {"I forgave him for the punch, everyone has bad days. Could we try counselling?", "safety", true},
        {"I've forgiven you for slapping me, I just want us to see someone.", "safety", true},
        {"Some nights I think about jumping off the bridge.", "safety", true},
        {"I keep thinking about stepping in front of the train.", "safety", true},
        {"I am made to hand you a receipt for each penny. Could we see a counsellor?", "safety", true},
        {"lol only half joking about the murder part after what happened", "safety", true},
        {"He told Max that Daddy would leave forever if he tells anyone what he says.", "safety", true},
        {"you told the kids that mummy will disappear for good if they tell me", "safety", true},
        {"I keep thinking about what he said about the knife.", "safety", true},
        {"You have been so frightening lately, can we get help?", "safety", true},
        {"He's been really intimidating recently.", "safety", true},
        {"yuh read mi phone every nite an mi nuh like it", "safety_check", true},
        {"he goes through my phone every night", "safety", true},
        {"You expect a detailed rundown of who I talked to at work, every day.", "safety_check", true},
        {"He demands a full report of everyone I met.", "safety_check", true},
        {"I know I need your permission to leave the kids with anyone else.", "safety", true},
        {"I have to get your approval before I leave the baby with a sitter.", "safety_check", true},
        {"He makes me show him the receipts for every single thing i get.", "safety", true},
        {"I was only half joking about the murder bit after the weekend.", "safety", true},
        {"He has been so frightening lately, can we get help?", "safety", true},
        {"I can't stop thinking about what he said about the gun.", "safety", true},
    });
}

TEST_CASE("Ordinary messages the second round's shapes were tried on stay without them", "[scorer]") {
    doorway::test::expectRuleTable({
        {"Most things feel fine when you're at the beach, don't they? Miss you x", "sarcasm", false},
        {"Everything seems easier when you're on holiday, love. Let's book one soon.", "sarcasm", false},
        {"We all know which of us needs a nap, love. Sleep well x", "sarcasm", false},
        {"Everyone knows who really needs a holiday: you! I'll book it x", "sarcasm", false},
        {"Ask literally anyone at the party, your cake was the best.", "sarcasm", false},
        {"Ask anybody, you're the kindest person I know.", "sarcasm", false},
        {"You said the same about the air fryer and now you use it every day, ha. Love you x", "sarcasm", false},
        {"Though you said the same about the puppy, and look at you two now x", "sarcasm", false},
        {"I didn't know you were an expert after one session of salsa! So proud of you.", "sarcasm", false},
        {"I had no idea you became a pro after one lesson, love.", "sarcasm", false},
        {"I don't need anyone on my side at work if I'm not in the wrong, my manager agrees.", "sarcasm", false},
        {"The teacher found someone who'll finally make him listen in class, thank goodness.", "sarcasm", false},
        {"I found a coach who'll make you listen to your body, you'll love her.", "sarcasm", false},
        {"We just haven't, in two years, found a weekend away, but fingers crossed for summer x", "sarcasm", false},
        {"We haven't had a holiday in two years, but I believe in us x", "sarcasm", false},
        {"I'd love someone who'll make you laugh as much as I do, ha.", "sarcasm", false},
        {"My coach says I forgive you for the slap on the back, it was a good game. Counselling next week?", "safety",
         false},
        {"Haha I forgive you for the slap bracelet phase in the 90s. Shall we book a session?", "safety", false},
        {"I forgive you for the slap on the wrist the boss gave us both, it was my fault too.", "safety", false},
        {"I forgive you for the kick under the table at dinner, I was about to say something silly lol", "safety",
         false},
        {"I forgive you for the punch line you stole at the pub quiz. Therapy on Thursday?", "safety", false},
        {"I forgive you for the push to go running, my legs will recover. Can we try a session?", "safety", false},
        {"I think about stepping off the platform at the wrong stop every time I'm tired, it's so funny.", "safety",
         false},
        {"My son thinks about jumping off the bridge into the lake every summer.", "safety", false},
        {"I think about jumping off the diving platform at the pool and I'm too chicken.", "safety", false},
        {"I always think about the gap when stepping off the train with the buggy. Could we see someone together?",
         "safety", false},
        {"I keep thinking about jumping off the high board at the leisure centre, the kids loved it.", "safety", false},
        {"I think about falling off the ladder when I clean the gutters, can you help me this weekend?", "safety",
         false},
        {"I thought about just jumping off the bus early and walking home, it was such a nice evening.", "safety",
         false},
        {"The doctor says I think about falling too much since my ankle. Counselling could help with that?", "safety",
         false},
        {"I have to show my boss a receipt for every purchase on the company card.", "safety", false},
        {"You have to show me a receipt for every purchase over fifty quid, that's the rule we agreed, and me too.",
         "safety", false},
        {"The kids have to show me a receipt for every purchase from their pocket money, it teaches them budgeting.",
         "safety", false},
        {"I had to show the shop a receipt for every item I returned.", "safety", false},
        {"Remember to give me the receipt for every purchase for the work expenses claim.", "safety", false},
        {"I need to give you a receipt for every purchase so we can fill in the budget spreadsheet together.", "safety",
         false},
        {"I need your OK to leave early on Friday for the dentist.", "safety_check", false},
        {"I need your OK to leave the car with the mechanic on Monday.", "safety_check", false},
        {"My boss needs my OK to leave the office before five.", "safety_check", false},
        {"I know I need your okay to leave the dog with the neighbours, what do you think?", "safety_check", false},
        {"I need the doctor's OK to leave hospital with the baby.", "safety_check", false},
        {"The nursery needs your OK to leave Jack with anyone other than us, can you sign the form?", "safety_check",
         false},
        {"My boss wants a full account of who I spoke to at the conference.", "safety_check", false},
        {"You want a full account of who I spoke to at the party? Sarah, Tom and your mum!", "safety_check", false},
        {"The police wanted a full account of who I saw at the accident.", "safety_check", false},
        {"The doctor asked for a full list of who I was with this week for the covid tracing.", "safety_check", false},
        {"You wanted a list of who I talked to about the wedding caterers, here it is.", "safety_check", false},
        {"My mum always wants a full account of who I met at uni.", "safety_check", false},
        {"You want a full account of who I spoke to at the wedding, so you can send thank you cards.", "safety_check",
         false},
        {"Can you give me a full account of who you spoke to at the school?", "safety_check", false},
        {"You check the weather every night before our run.", "safety", false},
        {"She checks my homework every night.", "safety", false},
        {"You told Lily that Mummy will be so proud if she tells me about her spelling test.", "safety", false},
        {"You told Lily that Mummy will go away for the weekend if she gets the chickenpox.", "safety", false},
        {"You told the kids that Daddy will come home early if they tell me what they want for Christmas.", "safety",
         false},
        {"My mum told me that Daddy would leave forever if I told, but that was years ago and she's in therapy now.",
         "safety", false},
        {"The teacher told Lily that Santa will go away forever if she tells anyone the secret, which is a bit much.",
         "safety", false},
        {"You told Lily that Mummy will cry if she tells me about the surprise party!", "safety", false},
        {"He told the dog that Mummy will go away forever if he chews the sofa again lol", "safety", false},
        {"You told Jack that Daddy will be cross if he tells me the birthday secret.", "safety", false},
        {"I loved what you said about the gun laws in the US, so smart.", "safety", false},
        {"What you said about the gun in that film was spot on.", "safety", false},
        {"What you said about the gun in Call of Duty made me laugh.", "safety", false},
        {"What you said about the glue gun for the kids' craft project was helpful.", "safety", false},
        {"What you said about the starting gun at sports day was hilarious.", "safety", false},
        {"What the instructor said about the gun safety course was great.", "safety", false},
        {"My dad said about the gun dog training, we should look into it.", "safety", false},
        {"You didn't mean what you said about the guns and roses concert.", "safety", false},
        {"You have been scary good at chess lately.", "safety", false},
        {"The news has been so scary lately, can we talk about something nice?", "safety", false},
        {"You have been so scary on the pitch lately, the other team are terrified.", "safety", false},
        {"Work has been so frightening lately, can we book a session to talk about stress?", "safety", false},
        {"You have been so scary fast at the park run lately!", "safety", false},
        {"The kids have been so scary lately with their Halloween masks.", "safety", false},
        {"You have been so intimidating at poker lately, nobody will play you.", "safety", false},
        {"My boss has been so intimidating lately. Could we see someone about how stressed I am?", "safety", false},
        {"I'm only half joking about the kill part, that spin class nearly killed me.", "safety", false},
        {"Only half joking about the dead part after last night's marathon, my legs are gone.", "safety", false},
        {"I was half joking about the killer sudoku after last night.", "safety", false},
        {"Half joking about the murder mystery part after last night's party, it was so good.", "safety", false},
        {"The boss was only half joking about the kill part after the sales figures came in.", "safety", false},
        {"I'm only half joking about the death by chocolate part after last night, I ate the whole cake.", "safety",
         false},
        {"I was only half joking about the kill bit after last night's game of Risk, you destroyed me.", "safety",
         false},
        {"Only half joking about the kill part since the kids ate all the biscuits.", "safety", false},
        {"My allowance as a student was 20 a week and I had to borrow from mum for a train ticket.", "safety_check",
         false},
        {"It's been 20 a week on the parking all month and I had to borrow off Chloe for lunch once, lol.",
         "safety_check", false},
        {"The kids get 5 a week and they have to borrow off each other for sweets.", "safety_check", false},
        {"It has been 30 a week on the gym and I had to borrow some off my brother for the train ticket, oops.",
         "safety_check", false},
        {"I am on 40 a week overtime now so I do not have to borrow for the train ticket.", "safety_check", false},
        {"It is 20 pounds a week for the parking so I had to borrow from my dad for the car.", "safety_check", false},
        {"The train ticket is 20 a week so I had to borrow from work for a season ticket loan.", "safety_check", false},
        {"yuh check mi phone every night fi see if mi set di alarm, tanks", "safety_check", false},
        {"mi madda check mi phone every night when mi did likkle", "safety_check", false},
        {"yuh check di weather every night before wi run", "safety_check", false},
        {"mi check mi phone every night before mi sleep, bad habit", "safety_check", false},
        {"yuh check mi phone every morning fi di alarm cause mi sleep hard", "safety_check", false},
        {"di boss check mi phone every night fi di rota", "safety_check", false},
        {"yuh charge mi phone every night, bless yuh", "safety_check", false},
        {"yuh check pon mi every night when mi sick, yuh too sweet", "safety_check", false},
        {"He's been so scary good at darts recently.", "safety", false},
        {"The dog has been so scary lately with the fireworks.", "safety", false},
        {"She's been so intimidating in the boardroom lately, my boss is terrified of her.", "safety", false},
        {"You have been so scary at the gym lately, lifting all that.", "safety", false},
        {"You have been so scary lately with your new mask collection.", "safety", false},
        {"My dad has been so frightening lately about my grades.", "safety", false},
        {"You have been so scary in training recently, the team is impressed.", "safety", false},
        {"He's been so threatening to win the club title recently.", "safety", false},
        {"What you said about the gun show was funny, let's go.", "safety", false},
        {"Did you mean what you said about the gun licence course? I'd come along.", "safety", false},
        {"What he said about the nerf gun for Jack's birthday was sweet.", "safety", false},
        {"What you said about the gun scene in the play was spot on.", "safety", false},
        {"What you said about the water gun fight made me laugh.", "safety", false},
        {"What you said about the gun range as a date idea, yes please.", "safety", false},
        {"I think about jumping off the platform at the trampoline park, the kids love it.", "safety", false},
        {"I think about stepping off the train in Paris all the time, best holiday ever.", "safety", false},
        {"I think about stepping off the plane in Jamaica every day. Could we take a trip?", "safety", false},
        {"I think about falling off the bike at the race, I was so embarrassed.", "safety", false},
        {"My daughter thinks about jumping off the ledge at the climbing wall, she's so brave.", "safety", false},
        {"Some mornings I think about just skipping the platform and driving in.", "safety", false},
        {"I think about stepping off the bus one stop early for the exercise.", "safety", false},
        {"You told Lily that Mummy will go away on a work trip if she tells me early.", "safety", false},
        {"My therapist told me that Daddy would leave forever if I told, that was what my dad said when I was a child.",
         "safety", false},
        {"You told Lily that Mummy will be home soon if she tells me goodnight.", "safety", false},
        {"You told the kids Daddy will buy a puppy if they tell me they love me, cheeky.", "safety", false},
        {"The book told Lily that the fairy will go away forever if she tells anyone she saw her.", "safety", false},
        {"You told Lily that Mummy will go away to the shops if she tells me what she wants for tea.", "safety", false},
        {"She told the class that Mrs Brown will go away forever if they tell the headteacher, it was a joke about "
         "retirement.",
         "safety", false},
        {"You told Lily that Granny will go away forever if she tells me, that is a weird joke, love.", "safety",
         false},
        {"He has been threatening lately to take up the bagpipes", "safety", false},
        {"You've been frightening lately, your cooking has got so good", "safety", false},
        {"Half joking about the dead part after the weekend, I am dead tired", "safety", false},
        {"I'm only half joking about the killing part after last night, that quiz was murder", "safety", false},
        {"I forgive you for the punch, it was only the kids' boxing class", "safety", false},
        {"I need to give you a receipt for each item so I can return it", "safety", false},
    });
}

TEST_CASE("Second round: answers with a jab from incoming155-162's dev misses are named, with the drafters' rewordings",
          "[objections]") {
    doorway::test::expectJabsNamed({
        {"were_fine", "I know it feels fine to you, love. Most things do when you're at the office till ten."},
        {"you_go", "That's fair, love, and I might, though we both know which one of us really needs it."},
        {"doesnt_work", "Totally fair, not judging, though you said the same about the air fryer."},
        {"your_side", "Why would I need anyone on my side if I'm not in the wrong?"},
        {"doesnt_work", "It might not, love, though I didn't know you were the expert after one session in 2019."},
        {"your_side", "No, love, I just want someone who'll finally make you listen."},
        {"fix_it_ourselves", "Yeah, we could, love. We just haven't, in two years, but I believe in us x"},
        {"were_fine", "I know it feels fine to you. Everything does when you are never home."},
        {"were_fine", "Sure, love. Things seem fine when you are at the pub every night."},
    });
}

TEST_CASE("Kind look-alikes of the second round's jab patterns name no jab by the rules", "[objections]") {
    doorway::test::expectNoRuleJabs({
        {"were_fine", "Everything feels easier when you're home, love, and I want more of that."},
        {"were_fine", "Things seem fine when you're rested, and I'd like to talk about the rest of the time."},
        {"were_fine", "I know you're at the office till ten most nights, and I miss you. For me it's felt lonely."},
        {"were_fine", "Most things do feel fine for you, I know. For me, things have felt far away lately."},
        {"were_fine", "Everything is better when you're here, honestly. I'd like us to look at the gap together."},
        {"were_fine", "When you're at work till late I get lonely, and I'd like to talk about that with someone."},
        {"were_fine", "Most things are easy when you're around, love. Could we still do a check-up together?"},
        {"you_go", "We both know which one of us really needs it, and it's me. I'd still love you there."},
        {"you_go", "We both know who really needs it: both of us, together."},
        {"you_go", "We all know who really needs a holiday, love, and it's you."},
        {"you_go", "We both know who needs help with the garden, ha. But this is about us both."},
        {"you_go", "You know who really needs it? Us, the two of us, not just me."},
        {"you_go", "We both know which of us needs it more right now, me, and I'd love you with me."},
        {"you_go", "I might go, and we both know we need it together. It's about us."},
        {"you_go",
         "You could ask literally anyone who's been, and they'd say it helped the two of us kind of couples."},
        {"doesnt_work", "You said the same about the house, love, and you were right to be careful."},
        {"doesnt_work", "The doctor said the same about my knee, and it did help in the end."},
        {"doesnt_work",
         "It might not. I didn't know you'd had a bad time with it, I'm sorry. Could we try someone different?"},
        {"doesnt_work", "I didn't know you were an expert in Italian cooking, that's amazing, love."},
        {"doesnt_work", "You were the expert after one session at the climbing wall, I was so proud."},
        {"doesnt_work", "I had no idea you went to one session before. What was it like? We could try someone new."},
        {"your_side", "I don't need anyone on my side, and I'm not saying you're in the wrong."},
        {"your_side",
         "I wouldn't want anyone on my side if I'm in the wrong either, that's why I want someone neutral."},
        {"your_side", "I don't want someone on my side if I'm not being fair to you. We'd choose together."},
        {"your_side", "I want someone who'll make you feel heard, and me too. We'd choose them together."},
        {"your_side", "I want someone who can help us both listen, not someone to make you listen."},
        {"your_side", "I'd like a person who can make you see how much you matter to me."},
        {"your_side", "I want someone who will make you laugh again, like we used to."},
        {"your_side", "I don't want someone who'll make you change. I want someone whose job is us."},
        {"your_side", "No, love, I just want someone who'll listen to both of us. You'd pick them with me."},
        {"fix_it_ourselves", "We haven't had a night out in two years, but I believe in us x"},
        {"fix_it_ourselves", "It's been hard, but I believe in us x"},
        {"fix_it_ourselves", "We haven't managed it in two years, but I believe in us, and I'd try your way first."},
        {"fix_it_ourselves",
         "We just haven't talked properly in two years and I miss you. Let's try it ourselves first."},
        {"fix_it_ourselves", "Yeah, we could, love. Let's try, and I believe in us x"},
        {"fix_it_ourselves", "We just have not had the time for a while, but I believe in us x"},
        {"fix_it_ourselves", "We haven't been on holiday in two years, fingers crossed for next summer x"},
        {"fix_it_ourselves", "You might be right. We did it before, in two years of hard times, and I believe in us x"},
        {"cant_afford", "Honestly, we can't afford not to go, love. There are sliding-scale places."},
        {"you_go",
         "Everyone knows who really needs it in our house: the dog, he needs a bath, ha. But seriously, I'd love us "
         "both to go."},
        {"you_go", "We all know which of us needs help with the computer, love, and that's fine. This is about us."},
        {"you_go", "I think we both know we need it, together."},
        {"you_go", "Both of us know who needs it most: the kids need us to be okay. Let's go together."},
        {"you_go",
         "Ask literally anyone on your team, they'd say you're great. This isn't about you being wrong, it's about "
         "us."},
        {"you_go", "Ask literally anyone who has been to couples therapy, they will tell you it helped them both."},
        {"doesnt_work", "That's fair. I remember you said the same about the new job, and I get why you're wary."},
        {"doesnt_work",
         "Totally fair, and you said the same thing about the dentist, I know it's scary. One session as a trial?"},
        {"doesnt_work", "Mum said the same about the air fryer, ha. Could we try one session as an experiment?"},
        {"doesnt_work",
         "You said the same about your old therapist, and that's fair. We could pick someone different."},
        {"doesnt_work", "I didn't know you were a pro after one lesson, you're amazing at this."},
        {"doesnt_work",
         "It might not. Who knew you had one session before? I'm glad you told me. Could we try someone new?"},
        {"your_side",
         "I don't need anyone on my side, love. If I'm not in the wrong, the therapist will help us both see it."},
        {"your_side", "Nobody needs to be on my side if I'm honest with you. We'd choose the person together."},
        {"your_side", "I want someone who'll make you feel safe, and you'd pick them."},
        {"your_side", "I want a therapist who can make you feel comfortable, so you choose."},
        {"your_side", "I'd love someone who'll make you see you're not the problem. We'd choose them together."},
        {"your_side", "We'd pick someone together who'll make you feel heard, not ganged up on."},
        {"your_side", "I want someone to make you smile again, that's all, and you get a veto."},
        {"doesnt_work", "I had no idea you were such an expert after one try, so proud of you."},
        {"doesnt_work", "I didn't realise you were a specialist after one visit, I thought it took ages."},
        {"fix_it_ourselves", "We never have, in twenty years, but fingers crossed!"},
        {"you_go", "I'm hopeless at maps, ask literally anybody we know."},
        {"you_go", "We both know who really needs it. Me, ha."},
        {"were_fine", "Everything seems fine when you are working till late, I keep busy with the kids."},
    });
}

TEST_CASE("Disclosures in the words of four older shapes narrowed at the end of the pass keep the card", "[scorer]") {
    doorway::test::expectRuleTable({
        {"it was only a shove, he says I made him", "safety", true},
        {"It was just a slap, he was stressed from work", "safety", true},
        {"it was only a punch ok, not like he broke anything", "safety", true},
        {"It was more of a shove than a hit, I fell on the stairs.", "safety", true},
        {"was just a smack, i deserved it probably", "safety", true},
        {"It was only a shove, the kids did not see.", "safety", true},
        {"It was kind of a grab, my arm is bruised but he said sorry.", "safety", true},
        {"He says it was just a slap and I am making a drama.", "safety", true},
        {"it was only a shove, drunk again", "safety", true},
        {"He kept my tablets until I promised not to leave.", "safety", true},
        {"my husband hides my pills when we argue", "safety", true},
        {"She withholds my insulin if I do not do what she says.", "safety", true},
        {"he keeps my inhaler in his car so I have to ask", "safety", true},
        {"My partner hid my meds again last night.", "safety", true},
        {"he kept my medication, says I am crazy without it anyway", "safety", true},
        {"When I argue he hides my sleeping tablets.", "safety", true},
        {"he withheld my heart tablets for two days", "safety", true},
        {"he checks my phone every night", "safety", true},
        {"My husband checks my phone every night before bed.", "safety", true},
        {"she reads my messages every day and asks who everyone is", "safety", true},
        {"He goes through my texts every night, I am so tired of it.", "safety", true},
        {"my boyfriend checks my whatsapp every evening", "safety", true},
        {"bf read my chats every night and get angry", "safety", true},
        {"He checks my bank statements every week and questions every coffee.", "safety", true},
        {"my wife checks my phone every night, she says it is normal", "safety", true},
        {"I forgive you for the slap, I know you were stressed", "safety", true},
        {"He slapped me in front of the kids.", "safety", true},
        {"you slap me and then say sorry", "safety", true},
        {"she slapped my face at the party", "safety", true},
        {"I forgive him for slapping me, he was drunk", "safety", true},
        {"You slapped me so hard my ear rang.", "safety", true},
        {"he shot me a look and then slapped me", "safety", true},
        {"He slaps me when the dinner is late.", "safety", true},
        {"it was only a slap, drink was involved", "safety", true},
        {"it was just a shove, drink makes him like that", "safety", true},
        {"It was only a shove, referee would call it nothing lol", "safety", true},
        {"my baby mum checks my phone every night", "safety", true},
        {"he says it is for work, checks my phone every night", "safety", true},
        {"the kids dad checks my phone every night when he drops them off", "safety", true},
        {"It was just a punch in the arm, he says I bruise easy", "safety", true},
        {"it was only a shove, the ref would not even give a foul for that lol", "safety", true},
        {"my mum says he checks my phone every night", "safety", true},
        {"My boss at home, my husband, checks my phone every night.", "safety", true},
    });
}

TEST_CASE("A ref, a drink, a nurse, a boss and a slap shot no longer get the card from four older shapes", "[scorer]") {
    doorway::test::expectRuleTable({
        {"It was only a shove, the ref should never have given the penalty.", "safety", false},
        {"It was only a shove, the ref should never have given the penalty.", "safety_check", false},
        {"It was just a punch, drink it up.", "safety", false},
        {"It was just a punch, drink it up.", "safety_check", false},
        {"The nurse kept my tablets until I promised to eat.", "safety", false},
        {"The nurse kept my tablets until I promised to eat.", "safety_check", false},
        {"My boss checks my phone every night before I clock off.", "safety", false},
        {"My boss checks my phone every night before I clock off.", "safety_check", false},
        {"I forgive you for the slap shot that beat me in hockey.", "safety", false},
        {"I forgive you for the slap shot that beat me in hockey.", "safety_check", false},
        {"It was only a kick, the referee should have waved play on.", "safety", false},
        {"It was only a kick, the referee should have waved play on.", "safety_check", false},
        {"My manager checks my emails every morning before the shift.", "safety", false},
        {"My manager checks my emails every morning before the shift.", "safety_check", false},
        {"The pharmacist kept my pills until the prescription was signed.", "safety", false},
        {"The pharmacist kept my pills until the prescription was signed.", "safety_check", false},
    });
}
