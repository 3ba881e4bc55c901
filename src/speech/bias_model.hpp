#pragma once
// The recogniser's language models beside PocketSphinx's stock one: the
// domain's (the hand-written sentences and the corpora's text), built once
// per process and kept in sphinxbase's binary form, and the user's script's,
// built for each recogniser. The three are interpolated.
#include "speech/recognizer.hpp"

#include <pocketsphinx.h>
#include <sphinxbase/ngram_model.h>

#include <string>
#include <vector>

namespace doorway::speech {

// The stock model interpolated with the domain's and the script's (word
// classes and hesitations included), weighed by RecognizerOptions::
// biasWeight and scriptShare; the words they know that the decoder's
// dictionary lacks are added to it, those the pronunciation dictionary lacks
// with guessed pronunciations (their names into `added`). Returns `stock`
// itself when neither could be made.
ngram_model_t* withBias(ps_decoder_t* ps, cmd_ln_t* config, ngram_model_t* stock, const RecognizerOptions& o,
                        std::vector<std::string>& added);

// The log base the decoder scores in (PocketSphinx's -logbase default); the
// shipped domain model is written in it.
constexpr double kLogBase = 1.0001;

// assets/speech/domain_model.bin: the domain model made ahead of time by
// tools/make_speech_domain_model, with its key in domain_model.bin.key. A
// recogniser uses it when the key is domainModelKey of its options, and
// otherwise builds the model itself (once per process).
std::string shippedDomainModelPath();
// The options that shape the domain model, and a hash of its texts
// (domainCorpus(), domainText()).
std::string domainModelKey(const RecognizerOptions& o);
// Is the model file at `path` the one its key (path + ".key", second line
// "model HASH") was written for? sphinxbase ends the program on some
// damaged models instead of refusing them, so a model is read only when
// this holds; otherwise the recogniser builds its own.
bool domainModelIntact(const std::string& path);
// Builds the domain model for these options and writes it to `path` (and
// its key, with the model's hash, to path + ".key").
bool writeDomainModel(const RecognizerOptions& o, const std::string& path, std::string& error);

// How long this process spent loading (or building) the domain model: what
// the first recogniser pays and later ones do not.
double domainModelBuildSeconds();

}  // namespace doorway::speech
