#pragma once
// A fitted, explainable backstop behind the hand-written rules: small
// logistic regressions over stemmed words and word pairs, one per question
// ("safety": does this tell of fear of the partner, harm, threats or
// control? "jab": does this role-play answer land as a dig? "blame": will
// this message land as blame or pressure, though no rule named why?
// "disclosure": of the messages that would be scored as invitations, is this
// one a disclosure rather than an ask?). The rules
// catch what they were written for and name it; these models generalise past
// the exact wordings, and still name the words that carried them.
//
// The weights are data (assets/scoring/tone.json), fitted on the train split
// of tests/corpus/ by tools/fit_tone, with each threshold chosen on the dev
// split; the file is read and checked like the other scoring assets.
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace doorway {

// One feature of a text and the bytes its words span: a word's stem
// ("threw" -> "threw", "shaking" -> "shake"), a pair of neighbouring stems in
// one sentence ("lock me"), a sentence's first stem ("^ classic"), or a
// shape ("#you_me": "you" then "me"/"my" a few words on, in one clause;
// "#partner_harm_me", "#fear_of_partner", "#control_object": who does what
// to whom, from the word classes in ToneWords).
struct ToneFeature {
    std::string name;
    int start = 0, end = 0;
    bool common = false;           // made only of very common words ("if i", "when you")
    int sentence = 0, clause = 0;  // of its last word
};

// The small word classes the features are built from, as plain words (lower
// case, apostrophes dropped: "youll"). They live in tone.json's "words",
// written by hand and carried over unchanged by tools/fit_tone, since the
// fitted weights mean something only with the words they were fitted on. An
// entry ending in '~' stands for every regular tense of a verb ("shove~").
struct ToneWords {
    std::set<std::string> you;       // "you" as someone who acts ("you", "youll", "u"), not "your"
    std::set<std::string> me;        // the speaker as object ("me", "my")
    std::set<std::string> agent;     // the partner acting: "you" or a "he"/"she" told about
    std::set<std::string> partner;   // the partner named as what is feared ("of you", "around him")
    std::set<std::string> harm;      // acts of harm or control done to someone
    std::set<std::string> fear;      // what the speaker feels
    std::set<std::string> control;   // what one can hold over another: money, a phone, people
    std::set<std::string> common;    // stems too common to carry a verdict alone ("i", "when")
    std::set<std::string> breakers;  // words that start another thought ("and", "but")
    // Food and drink and what they come in: after a harm verb and "me" (past
    // one "a", "an", "some" or "the") they make it a kindness done, "you made
    // me tea", "he kept me a plate", not #partner_harm_me.
    std::set<std::string> served;
    // What leaves someone better off, straight after a harm verb and "me":
    // "you keep me going", "she makes me laugh", "he lets me sleep in". Read
    // like `served`: the partner doing something for the speaker, not to them.
    std::set<std::string> kindly;
    // A burden lifted: a negation, then within two words an obligation and
    // "to" ("you don't have to", "you'd never need to"). Its words are read
    // as one feature, "#release", and not as the bare "don't" and "never"
    // that lean toward blame elsewhere.
    std::set<std::string> negation;    // "dont", "never", "wont"
    std::set<std::string> obligation;  // "have", "need", "got"
    // The sets above as one lookup, word -> the classes it is in (bits the
    // feature code defines), and the common stems hashed: derived, built
    // by indexToneWords once the sets are filled (a text's features ask
    // about every word a dozen times). Left empty, features build it per
    // call; after editing the sets, call indexToneWords again.
    std::unordered_map<std::string, uint32_t> classesOfWord;
    std::unordered_set<std::string> commonStems;
};
// Fills ToneWords' derived lookups from its sets.
void indexToneWords(ToneWords& words);

// Which features a head reads, besides stems, pairs and shapes.
struct ToneFeatureSet {
    // Single very common words ("i", "you", "when") as features of their
    // own; false leaves them out (pairs with them stay: "if i").
    bool commonUnigrams = true;
    // Neighbouring words with one or both told by word class ("=harm my",
    // "took =me", "=me =control"), so a pair fitted on "took my keys" speaks
    // for "hid my car keys" too.
    bool classPairs = false;
    // Two stems of one clause with one word between them ("drive _ without",
    // "let _ see"), so a pair still speaks when a word stands in the middle
    // ("not allowed to drive anywhere without"). Pairs of two common words
    // are left out, as for neighbours.
    bool skipPairs = false;
    bool operator==(const ToneFeatureSet&) const = default;
};

// Every feature of `text`, each once (the first place it occurs). The one
// home of the feature definition: the fitter and the model both ask it.
std::vector<ToneFeature> toneFeatures(const std::string& text, const ToneWords& words, ToneFeatureSet set = {});

// A feature's name under a qualifier (an objection's id for the "met" head):
// "stranger|judg". The qualifier's own bias is the feature kQualifierBias
// under it ("stranger|#bias"). One spelling for the fitter and the judge.
inline constexpr const char* kQualifierBias = "#bias";
// ToneModel::judge's `towardNo`, spelled at the call: evidence and span for
// the words that pushed against.
inline constexpr bool kTowardNo = true;
inline std::string qualifiedFeature(const std::string& qualifier, const std::string& feature) {
    return qualifier + "|" + feature;
}

// The most weights a head ships with, so tone.json stays a file a person
// can open and search for what a head leans on (each head lists its
// strongest "yes" first and strongest "no" last). tools/fit_tone keeps the
// strongest, up to each head's budget. Raised from 8,000 in session 39 for
// the disclosure head, whose many small weights (fitted by stochastic
// gradient; 54,945 then) are what let it read a fear in a warm invitation
// it has not seen. The whole file must stay under kMaxAssetBytes, which
// tools/fit_tone checks before writing and tone_tests checks of the file.
inline constexpr size_t kMaxHeadWeights = 60000;

struct ToneHead {
    std::string name;  // "safety" | "jab"; optional: "blame", "warmth", "met", "disclosure"
    double bias = 0;
    double threshold = 0.5;  // probability at or above which the model speaks
    // A lower edge, for the safety head only (0: none): at or above it, but
    // under `threshold`, the words may tell of fear without saying so
    // plainly enough for the card; the message is then not scored as an
    // invitation and gets a gentle, conditional pointer to the card.
    double checkThreshold = 0;
    // A lower edge, for the warmth head only (0: none): at or under it,
    // where the words themselves lean away from warmth, a message the rules
    // put in the invitation band is held just under it. Kind words in the
    // rules' lists can add up without the message, read as a whole,
    // sounding like an invitation ("I need us to try counselling. I really
    // do."), and a tucked-in dig rarely has a rule of its own.
    double holdThreshold = 0;
    // A lower edge, for the jab head only (0: none): at or above it, but
    // under `threshold`, a role-play answer that fails anyway (its ideas fall
    // short, or the met head held it back) has its dig named. A pass is never
    // taken away by it, so it can sit where a kind answer that meets the fear
    // would too often be called a dig; an answer that fails with a dig in it
    // hears about the dig, not only about what to add.
    double failThreshold = 0;
    // The lowest edge, for the jab head only (0: none): under it, the head
    // reading the whole answer is sure there is no dig, and a jab a rule
    // named on a few of its words is let go ("you've always been the
    // sensible one with money" is praise, though "you've always" starts many
    // a charge). Read only for an answer that speaks to some idea of its
    // objection's (objections_judge.cpp's letGoSureKind). Placed by
    // tools/fit_tone where it lets go few of dev's digs the rules name.
    double vetoThreshold = 0;
    // A higher edge, for the disclosure head only (0: none): at or above it,
    // a message scored in the mixed band that nothing else linked to the card
    // gets the gentle check (the score stays as it is). Its own edge, above
    // `threshold`, since a mixed message is more often a complaint with fear
    // words in it than an invitation is.
    double mixedThreshold = 0;
    // An edge read by the safety and disclosure heads together (0 on either:
    // none): a message nothing linked to the card, scored under the
    // invitation band, whose words both heads lean towards at or above their
    // own agree edges, gets the gentle check (the score stays as it is). The
    // safety head's sits under its check edge; the disclosure head's is
    // placed on its own, and may sit above its mixed edge, so that it adds
    // only under the mixed band. Each alone would check many ordinary
    // messages at its agree edge (the disclosure head reads a complaint as a
    // disclosure, the safety head a worry); together they rarely do.
    double agreeThreshold = 0;
    ToneFeatureSet features;  // "common_unigrams", "class_pairs", "skip_pairs"
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
    // What the words add on their own, in log-odds: the sum of the weights
    // of the text's features, without the head's bias. Above zero, the
    // words themselves lean towards yes, rather than a text with few known
    // words inheriting the bias.
    double wordsLean = 0;
    // Some feature of the text the head knows leans towards no (a negative
    // weight): what a verdict towards no would name. Filled in the same pass.
    bool someAgainst = false;
    bool passes = false;  // probability >= the head's threshold
    // The span the finding names: the sentence whose features push hardest
    // towards yes ("Oh, so I'm the broken one now"), or, in a long sentence,
    // its clause that does.
    int start = -1, end = -1;
    std::string text;
    // No sentence or clause leaned that way on the whole: the span is only
    // the single strongest feature's words.
    bool spanIsOneFeature = false;
    std::vector<ToneEvidence> evidence;  // features that pushed towards yes (or no), strongest first (at most 5)
};

// A text read once for several heads: its words, and its features for each
// feature set asked for. The safety and disclosure heads read the same masked
// text with the same features; reading it afresh for each cost about 0.7 ms
// per 1,000 words. One reading belongs to one scoring of one text (and is
// read again if another model, with other word classes, asks).
class ToneReading {
public:
    explicit ToneReading(std::string text);
    const std::string& text() const { return m_text; }

private:
    friend class ToneModel;
    struct Cache;
    std::string m_text;
    std::shared_ptr<Cache> m_cache;  // filled as heads ask
};

class ToneModel {
public:
    // Reads and checks `dir`/tone.json; throws ContentError naming the file,
    // the place and the key ("tone.json:12:5: heads.safety.threshold: ...").
    static ToneModel loadFile(const std::string& path);
    static ToneModel parse(const std::string& text, const std::string& name);

    bool empty() const { return m_heads.empty(); }
    const ToneWords& words() const { return m_words; }
    std::vector<ToneFeature> features(const std::string& text, ToneFeatureSet set = {}) const {
        return toneFeatures(text, m_words, set);
    }
    const ToneHead* head(const std::string& name) const;
    // Probability and evidence of `head` for `text` (probability 0 and no
    // pass when the head is absent).
    // `qualifier` (an objection's id for the "met" head): each feature also
    // counts its weight under "QUALIFIER|feature", and "QUALIFIER|#bias" is
    // added once, so one head can learn what differs from one objection to
    // the next beside what they share.
    // With `towardNo`, the evidence and the span are the features that
    // pushed hardest towards no (their weights given as positive amounts),
    // for a verdict that speaks when the probability is low.
    ToneVerdict judge(const std::string& head, const std::string& text, const std::string& qualifier = "",
                      bool towardNo = false) const;
    // The same, from a reading other heads may share.
    ToneVerdict judge(const std::string& head, const ToneReading& reading, const std::string& qualifier = "",
                      bool towardNo = false) const;

private:
    std::vector<ToneHead> m_heads;
    ToneWords m_words;
};

}  // namespace doorway
