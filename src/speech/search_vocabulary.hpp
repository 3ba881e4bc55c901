#pragma once
// The words the decoder searches. The stock English model knows 72,500
// words; the decoder's first pass keeps a lexicon tree of every one it can
// pronounce, and most of its time goes to that tree (channels, word exits
// and the language-model look-ups each exit costs). Searching only the
// stock model's most frequent words, plus every word the biased model
// knows (the domain's, the person's script, the hesitations), makes the
// search faster and leaves fewer rare words for noise to be heard as.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace doorway::speech {

// How many of the stock model's words, most frequent first, are searched
// (0: all of them). Chosen on the dev voices and sentences (awb, kal16,
// 0-11), word error with no script / the exact one, CPU real-time factor
// at a load of 8-11 on the 2-core machine, pink noise at 15 dB:
//   all 72,500: clean 4.5 / 0.3%, pink 28.9 / 4.8%, RTF 0.43 / 0.51,
//               721k channels searched per second of pink, no script;
//   20,000:     pink 28.3% (no script), RTF 0.33, 468k channels;
//   10,000:     clean 3.3 / 0.0%, pink 28.3 / 2.7%, RTF 0.26 / 0.21, 366k;
//   5,000:      clean 3.9%, pink 28.6% (no script), RTF 0.21, 256k.
// Held out, measured once after the choice (slt, rms, sentences 12-23),
// all words -> 10,000: clean 9.2 / 0.7% -> 8.8 / 0.7%, pink 40.1 / 11.6%
// -> 41.2 / 8.8%, CPU RTF in pink 0.54 / 0.35 -> 0.41 / 0.30 (load 6-9).
// Room 20 dB held out: 14.8 / 1.4% -> 14.4 / 1.1%. The human clips of
// pocketsphinx-testdata, no script, clean: librivox (Jane Austen: 8 of its
// 72 words are rarer than the 10,000th) 35.2 -> 46.5%, cards 28.6 -> 33.3%
// (one word); 20,000 words gave 39.4 / 28.6%. With the exact script,
// unchanged (2.8, 0%) clean and better in pink 15 dB (librivox 5.6 -> 1.4%).
// The cost: a word outside these and outside the domain's sentences and
// the person's script ("stonewalling") cannot be heard at all. Measured on
// what people write here (tests/corpus/phrasings.tsv, 67,084 words the full
// dictionary knows), the share left outside the search: 5,000 3.2%, 10,000
// 1.6%, 20,000 0.30%, 40,000 0.07% (role-play answers: 2.4, 1.1, 0.30,
// 0.03%). At 10,000, one spoken word in 60 could never be heard, a third of
// the 5% a clean take may miss; 20,000 keeps that to one in 330 for the
// same dev accuracy, at a real-time factor of about 0.33 instead of 0.26.
inline constexpr size_t kSearchCommonWords = 20000;

// The decoder's dictionary in the CMU format ("word PH PH", "word(2) ..."):
// the lines of the model folder's cmudict-en-us.dict for the `common` words
// of en-us.lm.bin with the highest unigram probability and for every word
// of `extra` (lower case) the dictionary has. Empty when the dictionary or
// the model cannot be read (the caller then uses the whole dictionary).
// The dictionary and the ranking are read once per model folder.
std::string searchDictionary(const std::string& modelDir, size_t common, const std::vector<std::string>& extra = {});

// A word's pronunciations in the model folder's dictionary, as (name,
// phones): {{"read", "R IY D"}, {"read(2)", "R EH D"}}; empty when it has none.
std::vector<std::pair<std::string, std::string>> dictionaryEntries(const std::string& modelDir,
                                                                   const std::string& word);

}  // namespace doorway::speech
