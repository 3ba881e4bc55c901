#pragma once
// Role-play's word matching, shared by objections.cpp (compiling the
// asset's phrases), objections_match.cpp (finding them in answers) and
// objections_judge.cpp (jabs and the verdict).
#include "core/objections.hpp"

#include <map>
#include <string>
#include <vector>

namespace doorway::roleplay {

struct Word {
    std::string text;  // lower case, apostrophes removed
    std::string stem;
    int start = 0;
    int end = 0;
    int sentence = 0;
};

// An answer split into words, with their stems and sentence numbers.
std::vector<Word> answerWords(const std::string& s);

// Compiles one phrase (syntax in objections.hpp). Throws ObjectionError
// "name: key: ..." on a phrase it cannot read.
ConceptPhrase compilePhrase(const std::string& phrase, const std::map<std::string, std::vector<std::string>>& synonyms,
                            const std::string& name, const std::string& key);

// Byte span of the first match of `p` in `text` (its words `ws`), or {-1, -1}.
// `minimised`: also skip a match offered to make their worry small ("it's
// only an hour"), for concepts; a phrase found for highlighting is found as written.
// `wanting`: a negation reaches the phrase through words of wanting ("I don't
// want someone on my side"), for blame phrases.
std::pair<int, int> findPhrase(const std::string& text, const std::vector<Word>& ws, const ConceptPhrase& p,
                               bool minimised = false, bool wanting = false);
// Every match of `p`, none overlapping the one before, up to `limit`, in order.
std::vector<std::pair<int, int>> findPhrases(const std::string& text, const std::vector<Word>& ws,
                                             const ConceptPhrase& p, bool minimised, bool wanting, size_t limit);

// How many places of one phrase an answer is read for (concepts and blame):
// bounds the work on a pasted essay; a phrase said more often is read at its
// first eight.
inline constexpr size_t kPlacesPerPhrase = 8;

// The concepts `answer` (its words `ws`) touches: each touched concept's
// claimed match (the longest phrases claim their words first), in the
// catalog's order, then its other matches in words no match claimed
// (spares), by concept and place.
std::vector<ConceptHit> conceptMatches(const Objection& objection, const std::string& answer,
                                       const std::vector<Word>& ws);

// One hit per concept, the first of its in `hits`, in the catalog's order.
void keepFirstEach(const Objection& o, std::vector<ConceptHit>& hits);

bool isNegationWord(const std::string& w);

// Is the blame phrase at word `ti` set out as how the speaker fears they
// could be heard ("it sounds like I am blaming you"), not said to them?
bool disownedAt(const std::string& src, const std::vector<Word>& text, size_t ti);

// '.', '!', '?' or a line break: where answerWords starts a new sentence.
bool sentenceEnd(char c);

// "youre" -> {"you", "are"}, "dont" -> {"do", "not"} (apostrophes already
// dropped): answers and phrases are expanded alike, so "you're" and "you
// are" match each other. Empty when `w` is no such contraction.
const std::vector<std::string>& contractionParts(const std::string& w);

}  // namespace doorway::roleplay
