// The sixteenth generalisation pass (issue 18, session 16): a word that must
// not stand just before a match ("it hit me how much" is no blow), a lull in
// violence told as progress, a burden lifted that is no statement about them,
// a mention frame said "as though", an order that is only a verb in a list,
// a guilt phrase wished away, and fear of losing them kept from the safety
// backstop.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::expectCard;
using doorway::test::findingOf;
using doorway::test::rulesOnlyScorer;
using namespace doorway;

TEST_CASE("A blow is told, but something that hit me like a thought is not", "[scorer]") {
    expectCard({"That scene in the film last night hit me kind of hard. Would you want to try one session?",
                "The car that hit me still shows up in my dreams, and I've been short with you. Could we see someone?",
                "It finally hit me how much I'd hate to lose you. Would you come to one session?"},
               false, rulesOnlyScorer());
    expectCard({"He hit me when I said I wanted to go. Could we still see someone?",
                "my husband finally hit me last week but he says sorry, can we try counselling",
                "he came home drunk and hit me with the remote. I'd like us to see someone."},
               true, rulesOnlyScorer());
}

TEST_CASE("'<!word' in a pattern is a word that must not come just before, and is checked on load", "[scorer]") {
    doorway::test::TempDir dir;
    boost::json::value rules = doorway::test::copyScoringAssetsBut(dir, "rules.json");
    boost::json::array* patterns = nullptr;
    for (auto& r : rules.as_object()["rules"].as_array())
        if (r.as_object()["id"] == "sarcasm")
            patterns = &r.as_object()["groups"].as_array()[0].as_object()["patterns"].as_array();
    REQUIRE(patterns != nullptr);
    patterns->emplace_back("<!not|never teapots are lovely");
    doorway::test::writeText(dir.file("rules.json"), boost::json::serialize(rules));
    const Scorer edited = Scorer::loadDirectory(dir.path().string());
    CHECK(findingOf(edited.score("Teapots are lovely. Would you try one session with me?"), "sarcasm"));
    CHECK_FALSE(findingOf(edited.score("Well, never teapots are lovely. Would you try one session?"), "sarcasm"));

    patterns->back() = "<!{not|never} teapots are lovely";
    doorway::test::writeText(dir.file("rules.json"), boost::json::serialize(rules));
    try {
        const Scorer broken = Scorer::loadDirectory(dir.path().string());
        FAIL("a '<!{...}' element loaded");
    } catch (const std::exception& e) {
        CHECK(std::string(e.what()).find("'<!' takes plain words") != std::string::npos);
        CHECK(std::string(e.what()).find("rules.json") != std::string::npos);
    }
}

TEST_CASE("A lull in violence told as progress reaches the card", "[scorer]") {
    expectCard({"she hasn't thrown anything since march so i think we're in a good place to try counselling?",
                "He doesn't hit me anymore, so I think we could try a counsellor now.",
                "It's been two months since the last time he pushed me. Would he agree to therapy?"},
               true, rulesOnlyScorer());
    expectCard({"He hasn't broken his diet since Christmas. Would you come to a session with me?",
                "You haven't pushed the topic since Sunday and I'm grateful. Could we book one session?"},
               false, rulesOnlyScorer());
}

TEST_CASE("A burden lifted off them is no statement about them", "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    const ScoreResult lifted = s.score("You don't have to agree there's a problem for it to be worth an hour.");
    INFO(doorway::test::describe(lifted));
    CHECK_FALSE(findingOf(lifted, "you_statement"));
    const ScoreResult laid = s.score("You have to agree there's a problem.");
    INFO(doorway::test::describe(laid));
    CHECK(findingOf(laid, "demand"));
}

TEST_CASE("What it might sound as though I think is a mention, not a charge", "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    const ScoreResult mention = s.score(
        "I understand why it might sound as though I think you need fixing. I don't. I'd like us to look at the "
        "pattern we fall into.");
    INFO(doorway::test::describe(mention));
    CHECK_FALSE(findingOf(mention, "you_accusation"));
    const ScoreResult said = s.score("I think you need fixing. I'd like us to look at the pattern we fall into.");
    INFO(doorway::test::describe(said));
    CHECK(findingOf(said, "you_accusation"));
}

TEST_CASE("A verb in a list after 'we' is no order, but 'Just go.' is", "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    CHECK_FALSE(findingOf(s.score("And if it gets too much we pause, go home, and that's okay."), "demand"));
    for (const char* order : {"Just go.", "Go now."}) {
        INFO(order);
        CHECK(findingOf(s.score(order), "demand"));
    }
}

TEST_CASE("A guilt phrase wished away is no guilt trip", "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    CHECK_FALSE(findingOf(s.score("Don't feel like you owe me an answer this week or anything."), "guilt_trip"));
    CHECK(findingOf(s.score("You owe me an answer this week after everything."), "guilt_trip"));
}

TEST_CASE("The safety backstop doesn't read fear of losing them as fear of them", "[scorer][tone]") {
    const Scorer& s = doorway::test::shippedScorer();
    const std::string loss = "I'm afraid you'll leave me if I push this. Would you try one session?";
    const std::string masked = s.safetyBackstopText(loss);
    CHECK(masked.size() == loss.size());
    CHECK(masked.find("afraid") == std::string::npos);
    CHECK(masked.find("leave") == std::string::npos);
    CHECK(masked.find("if I push this") != std::string::npos);
    // Fear of them, or of what they do, is shown to it as written.
    for (const std::string text : {"I'm afraid of him when he drinks.", "I'm scared you'll shout again."})
        CHECK(s.safetyBackstopText(text) == text);
    // And a threat told after the loss is still a threat.
    expectCard({"I'm afraid you'll leave me with no money if I say I want counselling."}, true);
}

TEST_CASE("Not giving up on us, and no admission of failure, meet their fears in role-play", "[objections]") {
    struct Case {
        const char* objection;
        const char* answer;
    };
    for (const Case& k : {
             Case{"whats_the_point",
                  "fair, we've tried stuff before that fizzled. this isn't me saying we're doomed tho, it's me saying "
                  "i'm not giving up on us. 3 sessions then we look at whether anything's actually different?"},
             Case{"fix_it_ourselves",
                  "I would also prefer that we manage this between us, and I think we are capable of it. Seeing "
                  "someone would not be an admission of failure; it would be a few conversations in which we remain "
                  "in charge of what we discuss."},
         }) {
        const FearCheck c = doorway::test::shippedCheck(k.objection, k.answer);
        INFO(k.answer << "\n" << c.feedback);
        CHECK(c.met);
    }
}

TEST_CASE("A wish that they stop tells that it happens, but the speaker's own 'I don't want to' is a no", "[scorer]") {
    expectCard(
        {"Could we try counselling? I just don't want you saying you'll take the kids again every time we fight.",
         "I don't want you to push me again. Would you come to one session?"},
        true, rulesOnlyScorer());
    const ScoreResult own = doorway::test::shippedScorer().score(
        "I don't want to threaten you or give you an ultimatum; I'm just tired and I miss us.");
    INFO(doorway::test::describe(own));
    CHECK_FALSE(own.safety);
    CHECK(findingOf(own, "reassurance"));
}

TEST_CASE("This pass's safety patterns leave everyday look-alikes alone", "[scorer]") {
    // One ordinary sentence per new pattern that could overreach: the rules
    // alone, so a pattern that misfires can't hide behind the backstop.
    expectCard({"I set a timer when I put the pasta on, so dinner's at seven. Fancy a session this week?",
                "I promise I can get myself home after the gig, so could we try one session on Friday?",
                "Sorry for going to the gym without telling you, I forgot. Would you try one session?",
                "Thanks for not taking my last chocolate. Would you come to one session?",
                "I quit the gym because she said it was too expensive. Could we try one session?",
                "Nobody hits anybody in our family, but we argue a lot. Could we try a counsellor?",
                "I left my essay out for you to read. Would you come to one session with me?",
                "I won't leave without saying goodbye, and could we book one session?",
                "You said you'd call my mum for her birthday. Could we try one session?",
                "The holiday left me with no money this month, so could we look for a cheap counsellor?",
                "The last time I tried baking, the cake ended up on the floor. Would you try one session?",
                "She drove me to the airport and left me at the terminal. Could we see someone together?"},
               false, rulesOnlyScorer());
}
