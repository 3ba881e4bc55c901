// Mechanisms of the third generalisation pass (issue 18): a message in the
// safety band is never coached on the invitation, in the phrasing score or in
// role-play. Every sentence here is written for these tests (none is in
// tests/corpus/).
#include <catch2/catch.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "support.hpp"

using namespace doorway;
using doorway::test::sourcePath;

namespace {

const Scorer& scorer() {
    static const Scorer s = Scorer::loadDirectory(sourcePath("assets/scoring"));
    return s;
}

const Objection& objection(const std::string& id) {
    static const ObjectionCatalog cat = ObjectionCatalog::loadFile(sourcePath("assets/roleplay/objections.json"));
    const Objection* o = cat.find(id);
    REQUIRE(o != nullptr);
    return *o;
}

std::string describe(const ScoreResult& r) {
    std::string s = "score " + std::to_string(r.score) + " band " + r.band + "\n";
    for (const auto& f : r.findings) s += "  " + f.kind + " " + f.rule + " '" + f.text + "' -> " + f.suggestion + "\n";
    return s;
}

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
            CHECK(f.kind != "strength");  // the ask is not praised
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
