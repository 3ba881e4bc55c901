#pragma once
// Whether a hesitation the decoder heard ("um", "uh", ...) was said, or is
// a short word it misheard. The biased language model lets a hesitation
// come between any two words, so a reduced "and", "have" or "unless" in a
// quick reading can come out as "uh" or "um"; counted, that tells a person
// they hesitate when they don't. A hesitation is kept when the evidence
// around it says it was one; the rest are left out of the words and kept
// aside, so nothing is hidden from a bench or a curious reader.
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"

#include <vector>

namespace doorway::speech {

// What is known about one heard word, from the words around it.
struct HesitationEvidence {
    double durationS = 0;
    double posterior = 1;   // the decoder's, 0..1 (TimedWord::posterior)
    double gapBeforeS = 0;  // silence between the previous word and it (0 first in the take)
    double gapAfterS = 0;   // silence between it and the next word (0 last in the take)
};

// Whether `word` (normalised) is one of the recogniser's hesitations.
bool isHesitation(const std::string& word);

// The evidence for words[i], with `words` in time order.
HesitationEvidence hesitationEvidence(const std::vector<TimedWord>& words, size_t i);

// Whether the evidence says the hesitation was said: it lasts about 200 ms
// or more, or a pause of 80 ms or more sits beside it between words (the .cpp
// holds the numbers and how they were chosen).
bool hesitationBelieved(const HesitationEvidence& e);

// Joins a hesitation the decoder split in pieces ("uh uh" with no gap) into
// one, leaves the hesitations the evidence does not support out of `t` (its
// words and text), and returns what it left out. Other words are never
// touched.
std::vector<TimedWord> dropDoubtfulHesitations(Transcript& t);

}  // namespace doorway::speech
