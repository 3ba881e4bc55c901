#pragma once
// The phrasing scorer: reads an invitation (English) and explains how it is
// likely to land. Rules and lexicon are data under assets/scoring/.
// Fast enough to run on every keystroke (target: 1,000 words < 5 ms).
#include <boost/json.hpp>

#include <memory>

#include <string>
#include <vector>

namespace doorway {

struct ScoreFinding {
    std::string rule;  // stable id, e.g. "you_accusation"
    std::string kind;  // "strength" | "risk"
    int start = 0;     // byte offsets into the scored text, [start, end)
    int end = 0;
    std::string text;        // the matched text
    std::string message;     // one plain sentence: why it matters
    std::string suggestion;  // for risks: a gentler rewrite ("" for strengths)
};

struct ScoreResult {
    int score = 0;                       // 0..100
    std::string band;                    // "invitation" | "mixed" | "accusation"
    std::vector<ScoreFinding> findings;  // sorted by start
    bool safety = false;  // discloses fear of the partner, violence, threats or control
    double elapsedMs = 0;                // the scorer's own time
};

// The band in plain words, lower case, the same on screen and on paper:
// "reads as an invitation", "somewhere in between", "may land as an
// accusation"; an unknown band is returned as it is.
std::string bandPhrase(const std::string& band);

class Scorer {
public:
    // Loads assets/scoring/*.json from `dir`; throws std::runtime_error
    // naming the file and key on a bad asset.
    static Scorer loadDirectory(const std::string& dir);
    ScoreResult score(const std::string& text) const;

    Scorer();
    ~Scorer();
    Scorer(Scorer&&) noexcept;
    Scorer& operator=(Scorer&&) noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

boost::json::value scoreResultToJson(const ScoreResult& r);

}  // namespace doorway
