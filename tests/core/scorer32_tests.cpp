// The thirty-second pass (issue 18, session 32): the pattern language says
// "the word just before, if any, is one of these" ('<&a|b') and "the sentence
// ends here" ('$.') in one element each, where rules had spelt them as a
// '<!' list of every other word (up to 12,000 characters) and as '$' then a
// '!' list of every letter and digit.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

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
        Scorer s = Scorer::loadDirectory(dir.path().string());
        patterns->pop_back();
        return s;
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

    CHECK(edit.loadError("teapots are {lovely|$.}").find("plain words") != std::string::npos);
}

TEST_CASE("The shipped rules spell neither device out as a list of every other word", "[scorer]") {
    const std::string rules = doorway::test::readText(doorway::test::sourcePath("assets/scoring/rules.json"));
    CHECK(rules.find("$ !{a*|b*|c*") == std::string::npos);
    CHECK(rules.find("<!a*|b*|c") == std::string::npos);
}
