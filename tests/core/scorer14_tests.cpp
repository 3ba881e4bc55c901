// The fourteenth generalisation pass (issue 18, session 14): a negated
// saying verb keeps a charge said (preterition) only when the speaker is the
// one not saying it, and in role-play a denied reason ("I'm not asking
// because ...") takes back everything its because-clause says.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;
using doorway::test::findingOf;

}  // namespace

TEST_CASE("A negated saying verb is preterition only when the speaker says it", "[scorer]") {
    for (const char* said : {
             "I'm not saying you're lazy, but would you try one session with me?",
             "Not saying you're lazy, but would you try one session with me?",
             "I'm not saying we're finished, but I need us to try one session.",
             "I don't mean you're lazy though, would you try one session with me?",
             "Needing help, I don't mean we're finished though. It means we care.",
         }) {
        INFO(said << "\n" << doorway::test::describe(scorer().score(said)));
        CHECK(findingOf(scorer().score(said), "preterition"));
    }
    // Something else does the not-meaning: the charge is denied, not said,
    // even with a contrast word after it.
    for (const char* denied : {
             "That doesn't mean you're lazy though. Would you try one session with me?",
             "It isn't saying you failed, but would you try one session with me?",
             "Needing help doesn't mean we're finished though, it means we care.",
         }) {
        INFO(denied << "\n" << doorway::test::describe(scorer().score(denied)));
        CHECK_FALSE(findingOf(scorer().score(denied), "preterition"));
    }
}

TEST_CASE("Who says a negated saying verb is read from the lexicon", "[scorer]") {
    // "Needing help doesn't mean ...": "does" is the third person's, so the
    // help, not the speaker, does the not-meaning. Without "does" among
    // those words nothing but the speaker is left, and the charge is said.
    const char* text = "Needing help doesn't mean we're finished though, it means we care.";
    REQUIRE_FALSE(findingOf(scorer().score(text), "preterition"));
    doorway::test::TempDir dir;
    boost::json::value lex = doorway::test::copyScoringAssetsBut(dir, "lexicon.json");
    boost::json::array& aux = lex.as_object()["third_person_aux"].as_array();
    const auto does = std::find(aux.begin(), aux.end(), boost::json::value("does"));
    REQUIRE(does != aux.end());
    aux.erase(does);
    doorway::test::writeText(dir.file("lexicon.json"), boost::json::serialize(lex));
    const Scorer edited = Scorer::loadDirectory(dir.path().string());
    CHECK(findingOf(edited.score(text), "preterition"));

    // A lexicon without the third person's words is refused by name.
    lex.as_object().erase("third_person_aux");
    doorway::test::writeText(dir.file("lexicon.json"), boost::json::serialize(lex));
    try {
        const Scorer broken = Scorer::loadDirectory(dir.path().string());
        FAIL("a lexicon without third_person_aux loaded");
    } catch (const std::exception& e) {
        CHECK(std::string(e.what()).find("third_person_aux") != std::string::npos);
    }
}

TEST_CASE("A denied reason takes back what its because-clause says", "[objections]") {
    const Objection& o = doorway::test::shippedObjection("you_go");
    struct Case {
        const char* answer;
        bool denied;
    };
    for (const Case& k : {
             Case{"I'm not asking because I think you're the problem. I'd like us both to have help with the way we "
                  "fight.",
                  true},
             Case{"It's not about you needing fixing. It's the two of us and the pattern we're in.", true},
             Case{"I'm not saying it cos you're the problem. It's the way we fight, the two of us.", true},
             // What is asked may stand between the asking and the reason.
             Case{"I'm not asking you to come because you're the problem. It's the way we fight, the two of us.", true},
             Case{"I'm not suggesting we go because you're the problem. It's the way we fight, the two of us.", true},
             // A reason given, not denied: "not" belongs to "happy", so the
             // blame in the because-clause still stands.
             Case{"I'm not happy because you're the problem and you never listen.", false},
             Case{"I'm not sleeping because you're the problem. It's the way we fight, the two of us.", false},
             Case{"I'm not doing well because you're the problem. It's the way we fight, the two of us.", false},
             Case{"no because you're the problem. it's the way we fight, the two of us", false},
             // "again" is no part of what is asked: the reason is given for not asking.
             Case{"I'm not asking you again because you're the problem. It's the way we fight, the two of us.", false},
         }) {
        const FearCheck c = checkAnswer(o, k.answer, &scorer());
        INFO(k.answer << "\n" << c.feedback);
        CHECK(c.jabs.empty() == k.denied);
        CHECK(c.met == k.denied);
    }
}
