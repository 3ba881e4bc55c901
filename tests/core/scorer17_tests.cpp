// The seventeenth generalisation pass (issue 18, session 17): a promise to
// keep it quiet and a wish said before the negation no longer cancel a
// safety rule; pattern marks inside a class are refused on load; and this
// pass's new patterns leave everyday look-alikes alone.
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

TEST_CASE("A promise not to mention it tells that it happened", "[scorer]") {
    expectCard({"I won't mention the slap, I promise. Would you come to one session with me?",
                "I promise I will not tell her about the belt. Can we go one time to the counsellor?",
                "I won't bring up the plates getting smashed, I know work has been brutal. One session?"},
               true, rulesOnlyScorer());
    expectCard({"I won't mention the party to your mum, it's a surprise. Would you try one session?",
                "I promise I won't tell her about the present. Could we see someone together?",
                "Can you tell me about the belt you bought? And would you try one session?"},
               false, rulesOnlyScorer());
}

TEST_CASE("A wish said before the negation tells that it happens", "[scorer]") {
    expectCard({"I'd love us to try counselling. I'd also like to not be told who I can have lunch with anymore."},
               true, rulesOnlyScorer());
    const ScoreResult own =
        doorway::test::shippedScorer().score("I would rather not fight about the dishes. Could we try one session?");
    INFO(doorway::test::describe(own));
    CHECK_FALSE(findingOf(own, "safety"));
}

TEST_CASE("A class entry or a {...} group refuses every pattern mark, naming where", "[scorer]") {
    for (const char* mark : {"<!really shook me", "&me shook", "shook @harm_me", "shook me?", "!really shook"}) {
        doorway::test::TempDir dir;
        boost::json::value lexicon = doorway::test::copyScoringAssetsBut(dir, "lexicon.json");
        lexicon.as_object()["classes"].as_object()["harm_me"].as_array().emplace_back(mark);
        doorway::test::writeText(dir.file("lexicon.json"), boost::json::serialize(lexicon));
        INFO(mark);
        try {
            const Scorer broken = Scorer::loadDirectory(dir.path().string());
            FAIL("a class entry with a pattern mark loaded");
        } catch (const std::exception& e) {
            CHECK(std::string(e.what()).find("classes.harm_me") != std::string::npos);
            CHECK(std::string(e.what()).find("plain words") != std::string::npos);
        }
    }
    doorway::test::TempDir dir;
    boost::json::value rules = doorway::test::copyScoringAssetsBut(dir, "rules.json");
    for (auto& r : rules.as_object()["rules"].as_array())
        if (r.as_object()["id"] == "sarcasm")
            r.as_object()["groups"].as_array()[0].as_object()["patterns"].as_array().emplace_back(
                "{lovely|<!not teapots}");
    doorway::test::writeText(dir.file("rules.json"), boost::json::serialize(rules));
    try {
        const Scorer broken = Scorer::loadDirectory(dir.path().string());
        FAIL("a {...} group with a pattern mark loaded");
    } catch (const std::exception& e) {
        CHECK(std::string(e.what()).find("plain words") != std::string::npos);
    }
}

TEST_CASE("Something that shook me is no blow, but he shook me is", "[scorer]") {
    expectCard({"The storm last week really shook me, and it made me want us to be okay. Would you see someone?",
                "That phone call shook me up. Could we try one session together?"},
               false, rulesOnlyScorer());
    expectCard({"He shook me so hard my teeth rattled, but he's sorry. Could we try a counsellor?"}, true,
               rulesOnlyScorer());
}

TEST_CASE("A set period and trying your way are offers, but 'Therapy. Period.' is an order", "[scorer]") {
    const Scorer& s = doorway::test::shippedScorer();
    const ScoreResult period =
        s.score("Could we agree to try it for a set period, say four sessions, and check together after each one?");
    INFO(doorway::test::describe(period));
    CHECK_FALSE(findingOf(period, "demand"));
    const ScoreResult order = s.score("You're coming to therapy. Period.");
    INFO(doorway::test::describe(order));
    CHECK(findingOf(order, "demand"));
    CHECK_FALSE(findingOf(s.score("Maybe we try your way for a couple of months, and then look again?"), "backhanded"));
    CHECK(findingOf(s.score("We tried your way for two years and look where it got us."), "backhanded"));
}

TEST_CASE("A comparison with an ex or other couples is named as a jab in role-play", "[objections]") {
    struct Case {
        const char* objection;
        const char* answer;
    };
    for (const Case& k : {
             Case{"were_fine",
                  "I understand that from your perspective things appear fine. My previous partner said "
                  "precisely the same, shortly before it ended."},
             Case{"think_about_it",
                  "Certainly. Many partners would have agreed readily, but I appreciate that you "
                  "need longer to process things."},
             Case{"your_side",
                  "No, I want someone neutral. Which would make a nice change, given your whole "
                  "family's been on your side for ten years."},
         }) {
        const FearCheck c = doorway::test::shippedCheck(k.objection, k.answer);
        INFO(k.answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        CHECK_FALSE(c.blame.empty());
    }
}

TEST_CASE("This pass's new patterns leave everyday look-alikes alone", "[scorer]") {
    // One ordinary sentence per new pattern that could overreach: the rules
    // alone, so a pattern that misfires can't hide behind the backstop.
    expectCard({"The teacher told me to be quiet in front of the whole class once. Would you try one session?",
                "We stood on the bridge and rang your mum with the news. Could we see someone together?",
                "My dermatologist told me to stop wearing makeup for a week. Fancy one session?",
                "Grandma texts me every ten minutes when I'm travelling. Would you come to one session?",
                "I'd like access to my own bank account in the app, the login's broken. And one session?",
                "It was an accident on the bike, my wrist is fine now. Could we try a counsellor?",
                "I use a budgeting app so I can see where every pound goes. Would you try one session?",
                "She cut herself on the bread knife when I told her the news. Could we see someone?",
                "There's a dent in the door from when we moved the sofa. Would you come to one session?",
                "I stopped seeing that physio like you said, my back is better. Could we try a counsellor?",
                "I wonder what will happen to me if I fail the exam. Would you try one session with me?",
                "He broke another one of my mugs doing the washing up. Could we see someone together?",
                "My mum decides when I can see the kids on weekdays. Would you come to one session?",
                "I've been tracking my spending on that budgeting app. Could we try a counsellor for money talks?",
                "You threatened to quit your job three times this month, ha. Would you try one session?",
                "That film last night kind of hit me. Would you try a couple of sessions with someone?",
                "The kids shout and throw stuff at each other all day. Could we see someone together?",
                "That medicine made him worse when we got home from the hospital. Would you try one session?",
                "The toddler hit me in the face with a wooden spoon today, haha. Could we see someone?",
                "Would you try one counselling session with me? You hold the keys after that: stay or stop.",
                "Please leave my post unopened on the table. And would you try one session with me?",
                "My reaction in the car was so dramatic when the spider dropped. Could we try a counsellor?",
                "The dog was frightened the last time you shouted at the football. One session, maybe?",
                "I won't mention the gun you won at the fair, it's hideous. Would you try one session?",
                "I accidentally deleted all my contacts when I reset the phone. Could we see someone?",
                "I changed the passwords on my accounts after the hack. Would you try one session?",
                "If it's okay with you I could see my sister again next weekend. And one session?",
                "I wore long sleeves in July at the wedding because of the sunburn. Would you try one session?",
                "I've got good at ducking when the kids throw the ball inside. Could we see someone?",
                "We don't have access to the joint account this weekend, the bank's upgrading. One session?"},
               false, rulesOnlyScorer());
    const Scorer& s = doorway::test::shippedScorer();
    for (const char* text :
         {"You have no problem sharing your feelings with me, and I love that.",
          "They didn't make a fuss about it, they just booked it.", "My first husband and I had the same view on kids.",
          "That would make a nice change from pasta.", "I told my sister we might come at Christmas."}) {
        const ScoreResult r = s.score(text);
        INFO(doorway::test::describe(r));
        CHECK_FALSE(findingOf(r, "backhanded"));
        CHECK_FALSE(findingOf(r, "fait_accompli"));
    }
}

TEST_CASE("Their worry put into words, or a charge the speaker disclaims, is no jab in role-play", "[objections]") {
    for (const char* answer : {
             "I think you are afraid I bring you there so everybody says it is your fault. No. I will talk about my "
             "part first, my jealousy, my temper. I want you there also to say what I do wrong.",
             "I'm not asking you to come so someone can tell you what you're doing wrong. I've got my own stuff to "
             "look at too. It's about how we get stuck together, not about you.",
         }) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.blame.empty());
    }
    // The same charge said outright, or claimed after the worry ("because
    // you know"), is still named.
    for (const auto& [objection, answer] : std::vector<std::pair<const char*, const char*>>{
             {"you_go", "Honestly it is your fault, so you should be the one who goes."},
             {"make_it_worse", "you're scared because you know you're the problem"},
             {"you_go", "ofc u dont think u need it. thats literally the problem"},
         }) {
        const FearCheck said = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << said.feedback);
        CHECK_FALSE(said.blame.empty());
    }
}

TEST_CASE("A hope alone answers 'what's the point?' in part, and is told so", "[objections]") {
    for (const char* answer : {
             "The point is that I'd like to feel like a team again instead of flatmates.",
             "i'd love for us to be able to disagree without it turning into a whole thing for three days",
         }) {
        // The rules alone: a partial answer that fails anyway is where the jab
        // head's fail edge (session 35) may read a dig, and its reading of
        // one text moves with each fit; what this checks is the ideas and
        // the feedback they give.
        const FearCheck c =
            checkAnswer(doorway::test::shippedObjection("whats_the_point"), answer, &doorway::test::rulesOnlyScorer());
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        CHECK(c.blame.empty());
        // The part that helps is named, and the one thing to add is the fear's own.
        CHECK(c.feedback.find("This helps: what you hope would feel different") != std::string::npos);
        CHECK(c.feedback.find("not past saving") != std::string::npos);
    }
    const FearCheck both = doorway::test::shippedCheck(
        "whats_the_point", "I don't think we're past saving. I'd like us to feel like a team again.");
    INFO(both.feedback);
    CHECK(both.met);
}

TEST_CASE("Each role-play idea's own example, said as an answer, touches that idea", "[objections]") {
    // The hint is what the feedback offers as "for example": an answer that
    // took the advice word for word must be read as having done so.
    const ObjectionCatalog cat =
        ObjectionCatalog::loadFile(doorway::test::sourcePath("assets/roleplay/objections.json"));
    int checked = 0;
    for (const Objection& o : cat.objections())
        for (const ObjectionConcept& c : o.concepts) {
            std::string hint = c.hint;
            if (hint.size() >= 2 && hint.front() == '"' && hint.back() == '"') hint = hint.substr(1, hint.size() - 2);
            if (hint.empty()) continue;
            const FearCheck r = checkAnswer(o, hint);
            bool touched = false;
            for (const ConceptHit& h : r.hits) touched = touched || h.conceptId == c.id;
            INFO(o.id << " / " << c.id << ": " << hint);
            CHECK(touched);
            ++checked;
        }
    CHECK(checked >= 30);
}
