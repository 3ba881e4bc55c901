#pragma once
// The partner's likely objections, as data (assets/roleplay/objections.json),
// and a check of whether an answer speaks to the fear behind one.
//
// Each objection lists "concepts" a good answer touches (for cost: low-cost
// options such as a sliding scale or a training clinic). A concept is a set
// of phrases; an answer meets the fear when it touches at least `needs`
// concepts, including every concept marked required.
//
// Phrase syntax, matched on whole words, case-insensitive, apostrophes and
// punctuation ignored ("can't" == "cant", "sliding-scale" == "sliding scale"):
//   "sliding scale"      the words in order
//   "afford*"            a word starting with "afford"
//   "pick ... together"  up to four other words may stand at "..."
// A match right after a negation does not count: "cheap*" finds nothing in
// "it's not cheap" or "it isn't really that cheap", and "one session" finds
// nothing in "no one session will fix us". A phrase that itself starts with
// a negation ("not a crisis", "no pressure") is taken as written.
//
// The asset may also list "blame" phrases ("you always complain", "you're
// the problem"), for the whole catalog and per objection. An answer that
// says one of them does not meet the fear, whatever else it touches: blame
// is what the partner is afraid of, and it drowns out the rest.
#include <stdexcept>
#include <string>
#include <vector>

namespace doorway {

struct ObjectionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ObjectionConcept {
    std::string id;
    std::string label;  // what it is, in a few words: "low-cost options"
    std::vector<std::string> phrases;
    bool required = false;
};

struct Objection {
    std::string id;
    std::string says;       // what the partner says
    std::string fear;       // the fear that often sits behind it
    std::string addresses;  // what a good answer speaks to, one sentence
    std::vector<ObjectionConcept> concepts;
    int needs = 1;                   // how many concepts an answer must touch
    std::string example;             // one way to answer (optional)
    std::vector<std::string> blame;  // catalog-wide blame phrases, then this objection's own
};

struct ConceptHit {
    std::string conceptId;  // concept id
    int start = 0;          // byte span of the first match in the answer
    int end = 0;
};

struct FearCheck {
    bool met = false;
    std::vector<ConceptHit> hits;      // concepts the answer touched (first match each)
    std::vector<std::string> matched;  // their labels
    std::vector<std::string> missing;  // labels of concepts not touched
    std::string blame;                 // the answer's words that may land as blame, if any
    std::string feedback;              // one or two plain sentences
};

class ObjectionCatalog {
public:
    // Reads and validates one file; throws ObjectionError naming the file
    // and key ("objections.json: objections[2].concepts[0].phrases: ...").
    static ObjectionCatalog loadFile(const std::string& path);
    // `name` is used in error messages.
    static ObjectionCatalog parse(const std::string& text, const std::string& name);

    const std::vector<Objection>& objections() const { return m_objections; }
    const Objection* find(const std::string& id) const;
    bool empty() const { return m_objections.empty(); }

private:
    std::vector<Objection> m_objections;
};

// Does `answer` speak to the fear behind `objection`?
FearCheck checkAnswer(const Objection& objection, const std::string& answer);

// Byte span of the first match of `phrase` (syntax above) in `text`, or
// {-1, -1}. Exposed for tests and for highlighting.
std::pair<int, int> findConceptPhrase(const std::string& text, const std::string& phrase);

}  // namespace doorway
