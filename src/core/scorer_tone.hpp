#pragma once
// A fitted, explainable backstop behind the hand-written rules: small
// logistic regressions over stemmed words and word pairs, one per question
// ("safety": does this tell of fear of the partner, harm, threats or
// control? "jab": does this role-play answer land as a dig?). The rules
// catch what they were written for and name it; these models generalise past
// the exact wordings, and still name the words that carried them.
//
// The weights are data (assets/scoring/tone.json), fitted on the train split
// of tests/corpus/ by tools/fit_tone, with each threshold chosen on the dev
// split; the file is read and checked like the other scoring assets.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace doorway {

// One feature of a text and the bytes its words span: a word's stem
// ("threw" -> "threw", "shaking" -> "shake"), a pair of neighbouring stems in
// one sentence ("lock me"), a sentence's first stem ("^ classic"), or a
// shape ("#you_me": "you" then "me"/"my" a few words on, in one clause;
// "#partner_harm_me", "#fear_of_partner", "#control_object": who does what
// to whom, from small word classes in scorer_tone.cpp).
struct ToneFeature {
    std::string name;
    int start = 0, end = 0;
    bool common = false;           // made only of very common words ("if i", "when you")
    int sentence = 0, clause = 0;  // of its last word
};

// Every feature of `text`, each once (the first place it occurs). The one
// home of the feature definition: the fitter and the model both ask it.
// `commonUnigrams` false leaves out single very common words ("i", "you",
// "when") as features of their own; pairs with them stay ("if i").
std::vector<ToneFeature> toneFeatures(const std::string& text, bool commonUnigrams = true);

struct ToneHead {
    std::string name;  // "safety" | "jab"
    double bias = 0;
    double threshold = 0.5;      // probability at or above which the model speaks
    bool commonUnigrams = true;  // see toneFeatures
    std::unordered_map<std::string, double> weights;
};

// The words that carried a verdict, with the weight they added.
struct ToneEvidence {
    std::string words;
    int start = 0, end = 0;
    double weight = 0;
};

struct ToneVerdict {
    double probability = 0;
    bool passes = false;  // probability >= the head's threshold
    // The span the finding names: the sentence whose features push hardest
    // towards yes ("Oh, so I'm the broken one now"), or, in a long sentence,
    // its clause that does.
    int start = -1, end = -1;
    std::string text;
    std::vector<ToneEvidence> evidence;  // features that pushed towards yes, strongest first (at most 5)
};

class ToneModel {
public:
    // Reads and checks `dir`/tone.json; throws ContentError naming the file,
    // the place and the key ("tone.json:12:5: heads.safety.threshold: ...").
    static ToneModel loadFile(const std::string& path);
    static ToneModel parse(const std::string& text, const std::string& name);

    bool empty() const { return m_heads.empty(); }
    const ToneHead* head(const std::string& name) const;
    // Probability and evidence of `head` for `text` (probability 0 and no
    // pass when the head is absent).
    ToneVerdict judge(const std::string& head, const std::string& text) const;

private:
    std::vector<ToneHead> m_heads;
};

}  // namespace doorway
