#pragma once
// The partner's likely objections, as data (assets/roleplay/objections.json),
// and a check of whether an answer meets the fear behind one.
//
// Each objection lists "concepts" a good answer can touch (for cost: low-cost
// options such as a sliding scale or a training clinic). An answer meets the
// fear when the weights of the concepts it touches reach the catalog's
// threshold (both fitted on tests/corpus/roleplay.tsv by tools/fit_scorer),
// every concept marked required is touched, and nothing in it lands as a jab.
//
// Phrase syntax: words are compared by their English stems, case-insensitive,
// apostrophes and punctuation ignored ("worried" == "worries", "can't" ==
// "cant", "sliding-scale" == "sliding scale"):
//   "sliding scale"      the words in order; one other word may stand
//                        between two of them ("keep it from" ~ "keep things from")
//   "afford*"            a word starting with "afford"
//   "pick ... together"  up to four other words may stand at "..."
//   "take a @break"      any word of the catalog's synonym group "break"
//   "we|us choose"       either word
//   "+choose together"   the words in any order, close together in a sentence
// A phrase never reaches across a sentence end. A match right after a
// negation does not count: "cheap*" finds nothing in "it's not cheap", and
// "one session" nothing in "no one session will fix us". A phrase that
// itself holds a negation ("not a crisis", "no pressure") is taken as written.
//
// A jab is a risk the phrasing scorer finds in the answer (sarcasm, blame,
// contempt, a threat, a dig such as "not that you ever..." or "you'll give up
// by Friday"; not the ones listed in "not_jabs", such as length), or
// one of the asset's "blame" phrases (catalog-wide and per objection), or
// their own words handed back in scare quotes. In an answer that touches no
// concept, a plain statement about them (a risk listed in "bare_jabs") counts.
// A jab means the fear is not met, whatever else the answer says: blame is
// what the partner is afraid of, and it drowns out the rest.
//
// A deflection (catalog-wide "deflections") is a kind move that steps around
// the fear instead of meeting it: a plea ("do it for me"), or arguing the
// facts ("research shows it works"). Its fitted weight is zero or less and is
// added to the evidence; the feedback names its words when the fear isn't met.
#include "core/content.hpp"
#include "core/scorer.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace doorway {

// A problem in the objections asset, in the content layer's words
// ("FILE:LINE:COL: PATH: PROBLEM", core/content.hpp).
struct ObjectionError : ContentError {
    using ContentError::ContentError;
    explicit ObjectionError(const ContentError& e) : ContentError(e) {}
};

inline constexpr const char* kObjectionsFormat = "doorway-objections";
inline constexpr int kObjectionsVersion = 1;

// One word of a compiled phrase.
struct PhraseWord {
    std::vector<std::string> alts;      // stems
    std::vector<std::string> prefixes;  // lower-case word starts ("afford*")
    bool negation = false;              // "not", "no", ...: the phrase is taken as written
    int gapBefore = 1;                  // other words that may stand before it (4 after "...")
};

struct ConceptPhrase {
    std::string source;
    std::vector<PhraseWord> words;
    bool anyOrder = false;  // "+a b": all within a short window, any order
};

struct ObjectionConcept {
    std::string id;
    std::string label;  // what it is, in a few words: "low-cost options"
    std::string hint;   // one way to say it: "There are clinics that charge by income."
    std::vector<std::string> phrases;
    std::vector<ConceptPhrase> compiled;
    bool required = false;
    double weight = 1;  // fitted: how much touching it counts toward the threshold
};

// A kind move that steps around the fear (see the top of this file).
struct Deflection {
    std::string id;
    std::string label;    // what it is: "a plea"
    std::string message;  // why it falls short, one sentence
    std::vector<std::string> phrases;
    std::vector<ConceptPhrase> compiled;
    double weight = 0;  // fitted, <= 0: added to the evidence
};

// "I hear you, but I really think we should go": an idea said just before a
// turn word, when what follows the turn speaks for no idea and pushes the
// ask, is taken back by it. Single lower-case words, as answers are read.
struct YesBut {
    std::vector<std::string> turns;   // "but", "however"
    std::vector<std::string> pushes;  // "really", "should", "please"
};

struct Objection {
    std::string id;
    std::string says;       // what the partner says
    std::string fear;       // the fear that often sits behind it
    std::string addresses;  // what a good answer speaks to, one sentence
    std::vector<ObjectionConcept> concepts;
    std::string example;             // one way to answer (optional)
    std::vector<std::string> blame;  // catalog-wide blame phrases, then this objection's own
    std::vector<ConceptPhrase> blameCompiled;
    // Frames that make a blame phrase after them, in its sentence, a guard or
    // their worry put into words rather than a charge ("if they start taking
    // my side", "you think they'll say you're wrong"): catalog-wide.
    std::vector<ConceptPhrase> blameFrames;
    YesBut yesBut;                     // catalog-wide
    double threshold = 1;              // the catalog's fitted threshold
    std::vector<std::string> notJabs;  // phrasing-score risks that are not jabs here
    // ... except these, in an answer that touches no concept, when they state
    // what the partner does or is ("You had time for the match"), not what
    // they might do ("You'd only need to come along"): then the charge is all
    // the answer says.
    std::vector<std::string> bareJabs;
    std::vector<Deflection> deflections;  // catalog-wide
};

struct ConceptHit {
    std::string conceptId;  // concept id
    int start = 0;          // byte span of the match credited in the answer
    int end = 0;
};

struct FearCheck {
    bool met = false;
    std::vector<ConceptHit> hits;  // concepts the answer touched (each at its claimed match, or a later one if a jab or
                                   // turn took that back)
    std::vector<ConceptHit> deflected;  // deflections in it (conceptId holds the deflection's id)
    std::string deflectedText;          // the first deflection's words, if any
    std::vector<std::string> matched;   // their labels
    std::vector<std::string> missing;   // labels of concepts not touched
    std::string blame;                  // the first jab's words, if any
    std::vector<ScoreFinding> jabs;     // every jab (rule "blame" for a blame phrase)
    // Jabs the rules named that were let go: the jab head, reading the whole
    // answer, was sure it is kind (ToneHead::vetoThreshold). Kept aside so
    // nothing is hidden from a bench or a test; never said to the user.
    std::vector<ScoreFinding> letGo;
    double evidence = 0;   // the weights of the concepts touched and deflections, added up
    std::string feedback;  // one or two plain sentences
    // The answer tells of fear of them, violence, threats or control: the
    // phrasing score's safety message, which is then the whole feedback
    // (no hint to add, never "met"). "" otherwise.
    std::string safetyMessage;
    // The fitted backstop behind the ideas (tone.json's "met" head, read
    // with the objection's id): the probability that the answer as a whole
    // meets the fear (-1: not asked, or no head), and whether it held back
    // a pass the ideas alone had earned (its edge chosen on dev so it seldom
    // holds back an answer that does meet it).
    double metProbability = -1;
    bool heldBack = false;
};

class ObjectionCatalog {
public:
    // Reads and validates one file; throws ObjectionError naming the file,
    // the place and the key ("objections.json:40:7: objections[2].concepts[0].phrases: ...").
    static ObjectionCatalog loadFile(const std::string& path);
    // `name` is used in error messages.
    static ObjectionCatalog parse(const std::string& text, const std::string& name);

    const std::vector<Objection>& objections() const { return m_objections; }
    const Objection* find(const std::string& id) const;
    bool empty() const { return m_objections.empty(); }

private:
    static ObjectionCatalog readCatalog(const boost::json::object& root, const std::string& name);
    std::vector<Objection> m_objections;
};

// Does `answer` meet the fear behind `objection`? With a scorer, the
// phrasing score's risks count as jabs; without one, only blame phrases do.
FearCheck checkAnswer(const Objection& objection, const std::string& answer, const Scorer* scorer = nullptr);

// The concepts `answer` touches, ignoring jabs: what the fitter learns from.
std::vector<ConceptHit> conceptHits(const Objection& objection, const std::string& answer);
// The deflections in `answer` (first match each), in the catalog's order.
std::vector<ConceptHit> deflectionHits(const Objection& objection, const std::string& answer);

// Byte span of the first match of `phrase` (syntax above, without synonym
// groups) in `text`, or {-1, -1}. Exposed for tests and for highlighting.
std::pair<int, int> findConceptPhrase(const std::string& text, const std::string& phrase);

// What a role-play answer is told, the same on the role-play page and in
// the takes list. The verdict on the fear comes first; the phrasing score
// is second, as how the answer is worded, never as a verdict of its own: "Not
// quite meeting the fear yet" over a large "73, Reads as an invitation" read
// as two verdicts that disagree. A kind answer that misses the worry is told
// both in one line.
//
// The headline: "Your answer met the fear behind it", "Not quite meeting the
// fear yet"; "" when the answer speaks of fear of the partner (the safety
// message is then the whole feedback).
std::string fearVerdict(const FearCheck& c);
// The phrasing score in that light: "How it's worded: Score 73 of 100 ·
// reads as an invitation. The words are kind; the worry underneath still
// needs its answer." "" with no band, or one that shows no score (safety).
std::string wordingLine(const FearCheck& c, int score, const std::string& band);

boost::json::value fearCheckToJson(const Objection& objection, const std::string& answer, const FearCheck& c);

}  // namespace doorway
