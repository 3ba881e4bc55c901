#pragma once
// The shipped scorer and role-play objections, loaded once per test
// process, for the tests of their mechanisms (jabs, generalisation,
// wording, agreement).
#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>

namespace doorway::test {

// The smallest tone.json that loads: every word class, and the two required
// heads with one weight each.
inline constexpr const char* kMinimalTone = R"({
  "format": "doorway-scoring-tone", "version": 1,
  "words": {"you": ["you"], "me": ["me"], "agent": ["you"], "partner": ["you"], "harm": ["shove~"],
            "fear": ["scared"], "control": ["keys"], "common": ["i"], "breakers": ["and"],
            "negation": ["dont"], "obligation": ["have"], "served": ["tea"],
            "kindly": ["going"]},
  "heads": {
    "safety": {"bias": -2, "threshold": 0.6, "common_unigrams": false, "weights": {"frighten": 3}},
    "jab": {"bias": -2, "threshold": 0.6, "common_unigrams": true, "weights": {"whatev": 3}}
  }
})";

inline const Scorer& shippedScorer() {
    static const Scorer s = Scorer::loadDirectory(sourcePath("assets/scoring"));
    return s;
}

// The rules alone: the fitting loader reads no tone.json, so the backstop
// stays out of checks of what the rules themselves catch.
inline const Scorer& rulesOnlyScorer() {
    static const Scorer s = Scorer::loadForFitting(sourcePath("assets/scoring"));
    return s;
}

// A copy of the shipped scoring assets in `dir`, but for `edited`, which
// the caller writes (an edited lexicon or rules file), and the JSON of that
// shipped file to edit.
inline boost::json::value copyScoringAssetsBut(const TempDir& dir, const std::string& edited) {
    for (const char* f : {"rules.json", "lexicon.json", "model.json", "tone.json"})
        if (f != edited) writeText(dir.file(f), readText(sourcePath(std::string("assets/scoring/") + f)));
    return boost::json::parse(readText(sourcePath("assets/scoring/" + edited)));
}

// What loading the shipped scoring assets says when `edit` has changed
// tone.json's heads (an empty string when it loads).
template <class Edit>
std::string toneLoadError(Edit edit) {
    TempDir dir;
    boost::json::value v = copyScoringAssetsBut(dir, "tone.json");
    edit(v.as_object()["heads"].as_object());
    writeText(dir.file("tone.json"), boost::json::serialize(v));
    try {
        const Scorer s = Scorer::loadDirectory(dir.path().string());
    } catch (const std::exception& e) {
        return std::string(e.what());
    }
    return std::string();
}

// The shipped assets without tone.json's disclosure head: what the scorer
// said before the disclosure hold, to tell where the hold speaks.
inline const Scorer& withoutDisclosureScorer() {
    static const TempDir dir;
    static const Scorer s = [] {
        boost::json::value tone = copyScoringAssetsBut(dir, "tone.json");
        tone.as_object()["heads"].as_object().erase("disclosure");
        writeText(dir.file("tone.json"), boost::json::serialize(tone));
        return Scorer::loadDirectory(dir.path().string());
    }();
    return s;
}

inline const ToneModel& shippedTone() {
    static const ToneModel m = ToneModel::loadFile(sourcePath("assets/scoring/tone.json"));
    return m;
}

inline const Objection& shippedObjection(const std::string& id) {
    static const ObjectionCatalog cat = ObjectionCatalog::loadFile(sourcePath("assets/roleplay/objections.json"));
    const Objection* o = cat.find(id);
    REQUIRE(o != nullptr);
    return *o;
}

// The role-play check of `answer` against a shipped objection, its jabs read
// by the shipped scorer.
inline FearCheck shippedCheck(const std::string& objection, const std::string& answer) {
    return checkAnswer(shippedObjection(objection), answer, &shippedScorer());
}

// Role-play answers, each with its objection, that must fail with a jab
// named (`named`), or that must name none.
struct AnswerCase {
    const char* objection;
    const char* answer;
};

inline void expectJabsNamed(std::initializer_list<AnswerCase> cases, bool named = true) {
    for (const auto& [objection, answer] : cases) {
        const FearCheck c = shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.jabs.empty() != named);
        if (named) CHECK_FALSE(c.met);
    }
}

// The same, read by the rules alone (no fitted head): a rule names a jab in
// each. The shipped check above can pass on the jab head alone, and would
// hide a rule that stopped matching.
inline void expectRuleJabsNamed(std::initializer_list<AnswerCase> cases) {
    for (const auto& [objection, answer] : cases) {
        const FearCheck c = checkAnswer(shippedObjection(objection), answer, &rulesOnlyScorer());
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.jabs.empty());
    }
}

// Both: named by the shipped check, and by the rules alone.
inline void expectJabsNamedByRulesToo(std::initializer_list<AnswerCase> cases) {
    expectJabsNamed(cases);
    expectRuleJabsNamed(cases);
}

// Role-play answers that must be met (`met`), or must not, by the shipped
// check: its concepts, threshold, jabs and fitted head together.
inline void expectMet(std::initializer_list<AnswerCase> cases, bool met) {
    for (const auto& [objection, answer] : cases) {
        const FearCheck c = shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.met == met);
    }
}

// Kind answers that no jab rule may name, read by the rules alone (no
// fitted head: neither the jab head nor the blame head). For the twins the
// fitted jab head reads as digs after a refit: its reading of any one
// text moves with each refit, and it is judged on the held-out false-jab
// rate instead (scorer_eval), not on single look-alikes.
inline void expectNoRuleJabs(std::initializer_list<AnswerCase> cases) {
    for (const auto& [objection, answer] : cases) {
        const FearCheck c = checkAnswer(shippedObjection(objection), answer, &rulesOnlyScorer());
        INFO(answer << "\n" << c.feedback);
        CHECK(c.jabs.empty());
    }
}

// The first finding of `rule` in `r`, or null.
inline const ScoreFinding* findingOf(const ScoreResult& r, const std::string& rule) {
    for (const auto& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

// A score and its findings, for a failing check's message.
inline std::string describe(const ScoreResult& r) {
    std::string s = "score " + std::to_string(r.score) + " band " + r.band + "\n";
    for (const auto& f : r.findings) {
        s += "  " + f.kind + " " + f.rule + " '" + f.text + "'";
        if (!f.suggestion.empty()) s += " -> " + f.suggestion;
        s += "\n";
    }
    return s;
}

// Each text gets the safety card (and stays out of the invitation band), or
// none, from `by` (the shipped scorer unless a test asks for the rules alone).
// Since session 12 a disclosure whose words lean that way less surely gets
// the fitted head's gentle check instead (finding "safety_check"): no card
// band, but the same link to the card and no invitation score. It counts
// as reaching the card. For a look-alike only the card counts: the gentle
// check's question may stand beside it.
inline void expectCard(std::initializer_list<const char*> texts, bool card, const Scorer& by = shippedScorer()) {
    for (const char* text : texts) {
        ScoreResult r = by.score(text);
        INFO(text << "\n" << describe(r));
        bool checked = false;
        for (const auto& f : r.findings) checked = checked || f.rule == "safety_check";
        CHECK((r.safety || (card && checked)) == card);
        if (card) CHECK(r.score < by.bandFloor("invitation"));
    }
}

// A table of texts and the rules-only finding each must carry, or must not:
// a pattern's shape beside its everyday look-alikes.
struct RuleCase {
    const char* text;
    const char* rule;
    bool found;
};

// Everyday look-alikes that the rules alone give neither the card nor the
// gentle check.
inline void expectNeitherByRules(std::initializer_list<const char*> texts) {
    for (const char* text : texts) {
        const ScoreResult r = rulesOnlyScorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(findingOf(r, "safety"));
        CHECK_FALSE(findingOf(r, "safety_check"));
    }
}

// A gentle check that only links the card: `after` scores and bands as
// `before` did, with no card, and its check names `words` and moves no
// points. The check, for further looks (never null past the REQUIRE).
inline const ScoreFinding* expectCheckOnly(const ScoreResult& before, const ScoreResult& after,
                                           const std::string& words) {
    INFO(describe(after));
    CHECK(after.score == before.score);
    CHECK(after.band == before.band);
    CHECK_FALSE(after.safety);
    const ScoreFinding* f = findingOf(after, "safety_check");
    REQUIRE(f);
    CHECK(f->text == words);
    CHECK(f->weight == 0);
    return f;
}

inline void expectRuleTable(std::initializer_list<RuleCase> cases) {
    for (const auto& c : cases) {
        const ScoreResult r = rulesOnlyScorer().score(c.text);
        INFO(c.text << "\n" << describe(r));
        CHECK((findingOf(r, c.rule) != nullptr) == c.found);
    }
}

}  // namespace doorway::test
