// A charge's opener that goes on to credit them ("you've always been
// careful with it", "you never complain") is praise: lexicon.json's
// praise_lift, read by rules.json's charge openers (a group's praise_lifts)
// and by role-play's blame phrases.
#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using namespace doorway;

TEST_CASE("A charge opener that goes on to praise is no charge, and one that finds fault still is",
          "[scorer][praise]") {
    doorway::test::expectRuleTable({
        // Praise after an opener: nothing to defend.
        {"You've always been careful with money.", "you_accusation", false},
        {"You were always the braver one of us.", "you_accusation", false},
        {"You are never the problem.", "you_accusation", false},
        // The same openers with a fault, or turned round, stay charges.
        {"You've always been careless with money.", "you_accusation", true},
        {"You've always been too careful with money.", "you_accusation", true},
        {"You always have something better to do.", "you_accusation", true},
        {"You never stop complaining.", "you_accusation", true},
        // A charge already said is not an opener: what follows can't undo it.
        {"You never listen to my complaints.", "you_accusation", true},
        // Their belief, not a trait ("think", "know"); another clause or
        // person ("when I ..."): the words read stop, and the charge stands.
        {"You always think you're better than me.", "you_accusation", true},
        {"You always think you know better.", "you_accusation", true},
        {"You never call when I'm late.", "you_accusation", true},
        {"You never call when I complain.", "you_accusation", true},
    });
}

TEST_CASE("Role-play's blame phrases read praise after an opener the same way", "[objections][praise]") {
    const Objection& o = doorway::test::shippedObjection("cant_afford");
    const Scorer& rules = doorway::test::rulesOnlyScorer();
    auto ruleJabs = [&](const std::string& answer) {
        const FearCheck c = checkAnswer(o, answer, &rules);
        INFO(answer << "\n" << c.feedback);
        return c.jabs.size();
    };
    // "you're always" is a blame phrase of the catalog's.
    CHECK(ruleJabs("You're always the careful one with money, and there's a place in town that charges by income.") ==
          0);
    CHECK(ruleJabs("You're always the tight one with money, and there's a place in town that charges by income.") >= 1);
    // The question the matcher asks, by byte span.
    const std::string praise = "I know. You're always the sensible one.";
    const int at = int(praise.find("You're always"));
    CHECK(rules.praiseFollows(praise, at, at + 13));
    const std::string fault = "I know. You're always the one who's late.";
    CHECK_FALSE(rules.praiseFollows(fault, at, at + 13));
    CHECK_FALSE(rules.praiseFollows(praise, at, at));  // an empty span opens nothing
}

namespace {

std::string lexiconError(const std::string& from, const std::string& to) {
    doorway::test::TempDir dir;
    for (const char* f : {"lexicon.json", "rules.json", "model.json"})
        std::filesystem::copy_file(doorway::test::sourcePath(std::string("assets/scoring/") + f), dir.file(f));
    for (const char* f : {"lexicon.json", "rules.json"}) {
        std::string text = doorway::test::readText(dir.file(f));
        if (const auto at = text.find(from); at != std::string::npos) {
            text.replace(at, from.size(), to);
            doorway::test::writeText(dir.file(f), text);
        }
    }
    try {
        Scorer::loadDirectory(dir.path().string());
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("A bad praise_lift is named where it is", "[scorer][praise]") {
    std::string e = lexiconError("\"reach\": 5", "\"reach\": 0");
    CHECK(e.find("praise_lift.reach") != std::string::npos);
    e = lexiconError("\"reach\": 5", "\"reach\": 2.5");
    CHECK(e.find("whole number") != std::string::npos);
    e = lexiconError("\"blockers\": [", "\"blockers\": [], \"unused\": [");
    CHECK(e.find("praise_lift") != std::string::npos);
    e = lexiconError("\"ends\": [", "\"ends\": [], \"unused2\": [");
    CHECK(e.find("praise_lift") != std::string::npos);
    e = lexiconError("\"praise_lifts\": true", "\"praise_lifts\": 5");
    CHECK(e.find("praise_lifts") != std::string::npos);
    CHECK(lexiconError("", "").empty());  // the shipped files load
}
