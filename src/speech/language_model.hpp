#pragma once
// A small language model built at run time from what this user is likely
// to say (their script, the domain's sentences), written as ARPA text so
// PocketSphinx can interpolate it with its stock English model.
#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace doorway::speech {

// The pronunciation dictionary the recogniser uses (cmudict-en-us.dict),
// loaded once per process; only the word list is kept here.
class Vocabulary {
public:
    // Loads the words of a CMU-format dictionary ("word PH PH ...",
    // "word(2) ..."). Returns an empty vocabulary when the file is missing.
    static const Vocabulary& forModelDir(const std::string& modelDir);
    bool contains(const std::string& word) const { return m_words.count(word) > 0; }
    size_t size() const { return m_words.size(); }

private:
    std::unordered_set<std::string> m_words;
};

// CMU phones (upper case, no stress: "K AW1 N" -> "K AW N") for a word the
// dictionary lacks, from Flite's lexicon and letter-to-sound rules; "" if
// none. The word may be UTF-8 with accented Latin letters ("zoë").
std::string guessPronunciation(const std::string& word);

// A word in lower case with its accented Latin letters as plain ones
// ("André" -> "andre", "straße" -> "strasse"); "" when it holds any other
// non-ASCII character.
std::string foldAccents(const std::string& word);

// Splits text into sentences of recogniser tokens: lower case, numbers and
// symbols dropped, so "Would you come? Just once." -> {{would,you,come},{just,once}}.
std::vector<std::vector<std::string>> sentencesForLm(const std::string& text);

struct WeightedText {
    std::string text;
    double weight = 1.0;  // counts of this text are multiplied by this
    // Its sentences also count with class words swapped (LmBuildOptions::classes).
    bool variants = true;
    // Its bigrams and trigrams count only when it says them this many times
    // (its words always count): a large text's one-off word pairs are pruned.
    int minRepeat = 1;
};

struct LmBuildResult {
    std::string arpa;                       // the model as ARPA text
    std::vector<std::string> vocabulary;    // its words (without <s>, </s>)
    std::vector<std::string> unknownWords;  // words outside `inVocab`, left out
    size_t ngrams[3] = {0, 0, 0};
};

// Words that stand in for one another in what people say ("counselor",
// "therapist"; "Thursday", "Sunday"; "lonely", "scared"): a script that
// says one of them makes the others likely too.
using WordClasses = std::vector<std::vector<std::string>>;
const WordClasses& domainWordClasses();

struct LmBuildOptions {
    // Hesitations (word, relative frequency) given a share of every
    // context, so one may come between any two words without breaking the
    // model's sense of the rest.
    std::vector<std::pair<std::string, double>> fillers;
    double fillerShare = 0;
    // Each sentence's class words swapped for the other members of their
    // class, one at a time, weighing `classWeight` of the sentence in all.
    const WordClasses* classes = nullptr;
    double classWeight = 0;
};

// A trigram model with Witten-Bell smoothing and back-off to unigrams.
// Words for which `inVocab` is false break the sentence there (the model
// never predicts a word the recogniser cannot pronounce).
LmBuildResult buildArpaLm(const std::vector<WeightedText>& texts,
                          const std::function<bool(const std::string&)>& inVocab, const LmBuildOptions& options = {});

// Sentences a person inviting their partner to couples therapy might say:
// the domain half of the recogniser's bias.
const std::string& domainCorpus();

// The larger domain text made from Doorway's corpora by
// tools/make_speech_corpus (assets/speech/domain_text.txt), one sentence a
// line, read once; empty (with a line on stderr) when it cannot be read.
const std::string& domainText();
std::string domainTextPath();

// Every run of four words in `text` (letters only, lower case, apostrophes
// dropped: "don't" -> "dont"): no domain sentence may share one with a bench
// sentence (bench/speech_corpus.hpp).
std::set<std::vector<std::string>> fourWordRuns(const std::string& text);

}  // namespace doorway::speech
