#pragma once
// The phrasing scorer: reads an invitation (English) and explains how it is
// likely to land. Rules and lexicon are hand-written data under
// assets/scoring/; the weight of each rule and the band edges are fitted on
// a labelled corpus (tests/corpus/, tools/fit_scorer) and kept in
// assets/scoring/model.json. Fast enough to run on every keystroke
// (target: 1,000 words < 5 ms) and linear in the length of the text.
#include "core/scorer_tone.hpp"

#include <boost/json.hpp>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace doorway {

struct ScoreFinding {
    std::string rule;  // stable id, e.g. "you_accusation"
    std::string kind;  // "strength" | "risk" | "safety"
    int start = 0;     // byte offsets into the scored text, [start, end)
    int end = 0;
    std::string text;        // the matched text
    std::string message;     // one plain sentence: why it matters
    std::string suggestion;  // for risks: a gentler rewrite ("" for strengths)
    double weight = 0;       // points this finding moved the score (+ strength, - risk, 0 safety)
    // A finding of the fitted backstop (tone.json) rather than of a rule:
    // its probability, and the words that carried it with their weights.
    // -1 and none for a rule's finding.
    double probability = -1;
    std::vector<std::pair<std::string, double>> carried;
};

// What a text is scored as: a message inviting them, or a role-play answer.
enum class ScoreAs { Invitation, Answer };

struct ScoreResult {
    int score = 0;                       // 0..100
    std::string band;                    // see scoreBands()
    std::vector<ScoreFinding> findings;  // sorted by start
    std::string note;                    // band "unclear": what would give it more to go on
    int unlisted = 0;                    // findings past kMaxListedFindings: counted, not listed

    bool safety = false;  // discloses fear of the partner, violence, threats or control
    // A severe risk rule matched: no fitted head moves the score into the
    // invitation band (not in --json; fit_tone reads it).
    bool severe = false;

    double elapsedMs = 0;  // the scorer's own time
    long long work = 0;    // steps taken; grows linearly with the text (a test checks)
};

// The longest text the scorer reads, in bytes. A spoken invitation is a few
// hundred words, a long letter 50 KB; past 4 MiB (some 700,000 words) score()
// refuses (ScoreTooLong) instead of working.
inline constexpr std::size_t kMaxScoreBytes = std::size_t(4) << 20;

// No text needs more findings than this listed; past it they still count.
inline constexpr int kMaxListedFindings = 1000;

struct ScoreTooLong : std::length_error {
    using std::length_error::length_error;
};

// Every band, best first: "invitation", "mixed", "accusation", then
// "unclear" (too little speaks either way) and "safety" (the text tells of
// fear of the partner; never scored as an invitation).
const std::vector<std::string>& scoreBands();

// The band in plain words, lower case, the same on screen and on paper:
// "reads as an invitation", "somewhere in between", "may sound like blame
// to them", "not enough to go on", "your safety comes first"; an unknown
// band is returned as it is.
std::string bandPhrase(const std::string& band);

class Scorer {
public:
    // Loads assets/scoring/*.json from `dir`; throws std::runtime_error
    // naming the file and key on a bad asset.
    static Scorer loadDirectory(const std::string& dir);
    // The same, but a rule with no weight in model.json weighs 0: for the
    // offline fitter, which is what writes the weights.
    static Scorer loadForFitting(const std::string& dir);

    // Throws ScoreTooLong past kMaxScoreBytes.
    // `as` Answer: a role-play answer, scored for its wording but never held
    // out of the invitation band by the warmth head's hold, which was fitted
    // on invitations (an answer needs no ask of its own), nor by the
    // disclosure hold, fitted on messages.
    ScoreResult score(const std::string& text, ScoreAs as = ScoreAs::Invitation) const;

    // The fitted backstop's verdict on `text` (tone.json, read by
    // loadDirectory when the directory has one; never by loadForFitting):
    // a head of tone.json ("safety", "jab", "blame", "warmth", "met",
    // "disclosure").
    // Probability 0, no pass, without one.
    // `qualifier`: see ToneModel::judge (role-play's "met" head takes the
    // objection's id).
    // `towardNo`: the evidence and span of the words that pushed against.
    ToneVerdict tone(const std::string& head, const std::string& text, const std::string& qualifier = "",
                     bool towardNo = false) const;
    // The fitted head itself (its edges), or null when absent.
    const ToneHead* toneHead(const std::string& head) const;
    // The text as the fitted safety head reads it: a fear word followed by a
    // feared loss ("afraid you'll leave me") blanked, offsets unchanged.
    std::string safetyBackstopText(const std::string& text) const;
    // A finding for what the fitted backstop passed: its span and text, its
    // probability and the words that carried it, under `rule` and `kind`.
    static ScoreFinding toneFinding(const ToneVerdict& v, std::string rule, std::string kind, std::string message);
    bool hasTone() const;
    // Whether the charge said at bytes [start, end) of `text` goes on, in its
    // clause, to credit them rather than find fault ("you're always the
    // brave one", "you never complain"): lexicon.json's praise_lift, which
    // rules.json's charge openers read too. Role-play asks it of its blame
    // phrases.
    bool praiseFollows(const std::string& text, int start, int end) const;

    // What the model weighs in `text`: each feature (a rule id, or
    // "rule.group" for a group with its own weight) and its value (1 for the
    // first finding, then the model's repeat factor for each further one up
    // to the rule's max_count). score() is base + sum(weight * value).
    std::vector<std::pair<std::string, double>> features(const std::string& text) const;
    // The lowest score of "invitation" or "mixed" (model.json's band edges);
    // 0 for any other band. Charts draw these rather than keep their own.
    double bandFloor(const std::string& band) const;
    // The scored bands, best first, each with its lowest score
    // ({"invitation", 65}, {"mixed", 40}, {"accusation", 0} from model.json):
    // what a chart of scores draws, so no view keeps edges of its own.
    struct BandEdge {
        std::string band;
        double floor = 0;
    };
    std::vector<BandEdge> bandEdges() const;
    // Every feature the rules define, with its kind ("strength" | "risk" | "safety").
    std::vector<std::pair<std::string, std::string>> featureList() const;

    Scorer();
    ~Scorer();
    Scorer(Scorer&&) noexcept;
    Scorer& operator=(Scorer&&) noexcept;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

boost::json::value scoreResultToJson(const ScoreResult& r);

// For a finding of the fitted backstop, one line for the CLI: "fitted, 0.91;
// carried by \"threw\" +1.20, \"door\" +0.90"; "" for a rule's finding.
std::string fittedNote(const ScoreFinding& f);

}  // namespace doorway
