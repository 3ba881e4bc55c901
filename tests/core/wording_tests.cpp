// Mechanisms of the third generalisation pass (issue 18): a message in the
// safety band is never coached on the invitation, in the phrasing score or in
// role-play. Every sentence here is written for these tests (none is in
// tests/corpus/).
#include <catch2/catch.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;
using doorway::test::sourcePath;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

constexpr auto& objection = doorway::test::shippedObjection;

using doorway::test::describe;

bool mentionsSession(const std::string& s) {
    return s.find("session") != std::string::npos || s.find("Would you") != std::string::npos;
}

}  // namespace

TEST_CASE("A message in the safety band gets the card, never a rewrite of the ask", "[scorer][safety]") {
    // Each discloses fear of the partner and also holds what would otherwise
    // draw advice: a bare demand, a short text with no ask, a "you" charge.
    for (const char* text : {
             "He hit me last month. Therapy. Now.",
             "you shove me when you're drunk",
             "I'm terrified of you when you drink, you never listen and you never will.",
             "I'm frightened of how you'll take this. Would you try one session with me?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        REQUIRE(r.band == "safety");
        CHECK(r.note.empty());
        bool card = false;
        for (const auto& f : r.findings) {
            card = card || f.kind == "safety";
            CHECK(f.kind == "safety");  // the ask is not praised, the wording not judged
            CHECK(f.suggestion.empty());
            CHECK_FALSE(mentionsSession(f.message));
        }
        CHECK(card);
    }
    // The same words without the disclosure still get their advice.
    ScoreResult plain = scorer().score("Therapy. Now.");
    INFO(describe(plain));
    bool advised = false;
    for (const auto& f : plain.findings) advised = advised || !f.suggestion.empty();
    CHECK(advised);
}

TEST_CASE("Role-play: an answer that tells of fear gets the card, not the one thing to add", "[roleplay][safety]") {
    FearCheck c = checkAnswer(objection("doesnt_work"),
                              "Maybe, but I'm scared of what you'll do if we don't get help. One session, and we stop "
                              "if it's useless.",
                              &scorer());
    INFO(c.feedback);
    CHECK_FALSE(c.met);
    CHECK_FALSE(c.safetyMessage.empty());
    CHECK(c.feedback == c.safetyMessage);
    CHECK(c.feedback.find("Safety") != std::string::npos);
    CHECK(c.feedback.find("session") == std::string::npos);
    // Without the disclosure, the same offer meets the fear.
    FearCheck plain =
        checkAnswer(objection("doesnt_work"), "Maybe. One session, and we stop if it's useless.", &scorer());
    INFO(plain.feedback);
    CHECK(plain.safetyMessage.empty());
    CHECK(plain.met);
}

TEST_CASE("A 'without' after a negation says the thing happens", "[scorer][safety]") {
    // "can't ... without you checking" tells of the checking; a "without"
    // on its own still negates what follows it.
    ScoreResult r = scorer().score("I can't phone anyone without you checking who I was talking to.");
    INFO(describe(r));
    CHECK(r.safety);
    ScoreResult shaking = scorer().score("I never manage to bring up the bills without my voice shaking.");
    INFO(describe(shaking));
    CHECK(shaking.safety);
    ScoreResult alone = scorer().score("We'd try it once, without you checking who I was talking to beforehand.");
    INFO(describe(alone));
    CHECK_FALSE(alone.safety);
}

TEST_CASE("Safety signs in what the speaker does to keep safe", "[scorer][safety]") {
    for (const char* text : {
             "I keep my diary at work so he won't read it.",
             "She stands in front of the door so I can't get out.",
             "Honestly the children and I feel safer at my brother's.",
             "I stopped calling my friends because of how you sulk afterwards.",
             "I'm worried about what he'll do when he finds the letter.",
             "I go along with what you say because it's easier than the fallout.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
        CHECK(r.score < 65);
    }
    // Idiomatic fear and ordinary nerves are not signs.
    for (const char* text : {
             "I'm afraid I've been short with you lately. Would you try one session with me?",
             "I'm a little nervous asking this, but would you come to one session with me?",
             "I'm scared of bringing it up because I don't want to upset you. Could we see someone once?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}

TEST_CASE("Owning your part is weighed as its own strength", "[scorer]") {
    const std::string text =
        "I know I haven't been easy to talk to lately, and some of that is on me. Would you try one session with me?";
    bool owns = false;
    for (const auto& [name, value] : scorer().features(text)) owns = owns || name == "reassurance.owns_part";
    CHECK(owns);
    ScoreResult r = scorer().score(text);
    INFO(describe(r));
    CHECK(r.score >= 65);
}

TEST_CASE("Role-play: a jab is named in double standards, blame by condition and mind-reading", "[roleplay]") {
    struct Case {
        const char* objection;
        const char* text;
    };
    for (const Case& c : {
             Case{"cant_afford", "Funny, we found cash for your new golf clubs easily enough."},
             Case{"cant_afford", "Somehow there's always money for the bookies."},
             Case{"cant_afford", "There's a free clinic, so you clearly think I'm not worth it."},
             Case{"doesnt_work", "It'll never help if you sit there sulking the whole hour."},
             Case{"doesnt_work", "Some of us never bother, so sure, it won't work."},
             Case{"doesnt_work", "One session, if you can bring yourself to say a word."},
         }) {
        FearCheck f = checkAnswer(objection(c.objection), c.text, &scorer());
        INFO(c.text << "\n" << f.feedback);
        CHECK_FALSE(f.met);
        REQUIRE_FALSE(f.jabs.empty());
        CHECK(f.feedback.find("\"" + f.blame + "\"") != std::string::npos);
    }
}

TEST_CASE("Role-play: that it helps others needs a word of helping", "[roleplay]") {
    FearCheck bare = checkAnswer(objection("doesnt_work"), "My cousin is a counsellor.", &scorer());
    INFO(bare.feedback);
    CHECK_FALSE(bare.met);
    FearCheck helped = checkAnswer(objection("doesnt_work"), "My cousin says it really helped.", &scorer());
    INFO(helped.feedback);
    // The idea is heard (on its own it no longer meets the fear: an anecdote
    // argues that it works, see objections_tests).
    auto touches = [](const FearCheck& c) {
        for (const auto& h : c.hits)
            if (h.conceptId == "evidence") return true;
        return false;
    };
    CHECK(touches(helped));
    CHECK_FALSE(touches(bare));
}

TEST_CASE("Texting 'ur' is 'your' before something a person has, else 'you are'", "[scorer]") {
    ScoreResult owned = scorer().score("honestly ur excuse every time is work");
    INFO(describe(owned));
    bool excuse = false;
    for (const auto& f : owned.findings)
        excuse = excuse || (f.kind == "risk" && f.text.find("excuse") != std::string::npos);
    CHECK(excuse);
    ScoreResult side = scorer().score("im on ur side whatever happens. would u try one session with me?");
    INFO(describe(side));
    for (const auto& f : side.findings) CHECK(f.kind != "risk");
    ScoreResult are = scorer().score("ur never home before nine");
    INFO(describe(are));
    bool charge = false;
    for (const auto& f : are.findings) charge = charge || f.rule == "you_accusation";
    CHECK(charge);
}

TEST_CASE("Role-play: an idea offered to make their worry small does not meet it", "[roleplay]") {
    FearCheck small = checkAnswer(objection("no_time"), "Honestly, it's just one hour.", &scorer());
    INFO(small.feedback);
    CHECK_FALSE(small.met);
    // The same idea offered as an idea, or beside another, still counts.
    FearCheck offered =
        checkAnswer(objection("no_time"), "Could it be just one hour, online, whenever suits you?", &scorer());
    INFO(offered.feedback);
    CHECK(offered.met);
    // A limit set "even if it's just..." is an offer, not a shrug.
    FearCheck limit = checkAnswer(objection("cant_afford"),
                                  "Could we stop at four, even if it's just a handful of sessions?", &scorer());
    INFO(limit.feedback);
    CHECK(limit.met);
}

TEST_CASE("Role-play: a rule that binds someone else is no sign of control over the speaker", "[roleplay][safety]") {
    FearCheck c = checkAnswer(objection("stranger"),
                              "It stays private: counsellors aren't allowed to pass on a word of it.", &scorer());
    INFO(c.feedback);
    CHECK(c.safetyMessage.empty());
    CHECK(c.met);
    ScoreResult r = scorer().score("I'm not allowed to see my sister without you there.");
    CHECK(r.safety);
}

TEST_CASE("Safety signs built from what the partner does to the speaker", "[scorer][safety]") {
    for (const char* text : {
             "You told me you'd bin all my photos if I ever went to my dad's again.",
             "He makes me show him a picture of who I'm with when I go out.",
             "She grips my wrist so hard when we row that it hurts for days.",
             "I can't tell my mum any of this because you would go ballistic.",
             "You swerved at me on the drive just to frighten me.",
             "I'm scared to be in the house with you on your own after you've had a drink or two.",
             // The partner, a violent or controlling act, the speaker as its object.
             "Last month he kicked the chair out from under me.",
             "She's been tracking the fuel in my car so she knows where I've driven.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
    // Worries about the two of them and ordinary nerves stay out of it.
    for (const char* text : {
             "I'm frightened we'll stop knowing each other. Could we see someone once?",
             "I'm nervous you'll think I'm overreacting, but would you try one session?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}

TEST_CASE("Role-play: double standards about their treats and blame by a label are jabs", "[roleplay]") {
    struct Case {
        const char* objection;
        const char* text;
    };
    for (const Case& c : {
             Case{"cant_afford", "Your fishing costs more than counselling would, mind."},
             Case{"cant_afford", "You'd find it fast if it was for a new bike."},
             Case{"doesnt_work", "It might help if you weren't so stubborn about everything."},
             Case{"doesnt_work", "It'd take a miracle, to be fair, with you."},
         }) {
        FearCheck f = checkAnswer(objection(c.objection), c.text, &scorer());
        INFO(c.text << "\n" << f.feedback);
        CHECK_FALSE(f.met);
        CHECK_FALSE(f.jabs.empty());
    }
    // Their treats named kindly are no jab.
    FearCheck kind =
        checkAnswer(objection("cant_afford"),
                    "I'd never ask you to give up your fishing. Could we set a budget for two sessions?", &scorer());
    INFO(kind.feedback);
    CHECK(kind.jabs.empty());
    CHECK(kind.met);
}

TEST_CASE("Role-play: an idea said inside the jab's sentence earns no credit, one said apart still does",
          "[roleplay]") {
    // The objection's own word turned into a dig is not an answer to it.
    FearCheck dig =
        checkAnswer(objection("cant_afford"), "Funny how we can always afford your nights at the pub.", &scorer());
    INFO(dig.feedback);
    CHECK_FALSE(dig.met);
    CHECK_FALSE(dig.blame.empty());
    CHECK(dig.hits.empty());
    CHECK(dig.feedback.find("This part helps:") == std::string::npos);
    // The same dig after a real idea: the idea is still heard, the jab still named.
    FearCheck both = checkAnswer(objection("cant_afford"),
                                 "Some counsellors charge by income. Funny how we can always afford your nights at the "
                                 "pub though.",
                                 &scorer());
    INFO(both.feedback);
    CHECK_FALSE(both.met);
    CHECK_FALSE(both.blame.empty());
    CHECK_FALSE(both.hits.empty());
    CHECK(both.feedback.find("This part helps:") != std::string::npos);
}
