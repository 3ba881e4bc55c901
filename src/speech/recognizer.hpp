#pragma once
// Offline speech recognition with PocketSphinx (Debian's 5prealpha API),
// biased toward what this user will say: a small trigram model built from
// their script and the domain's sentences, interpolated with the stock
// English model.
#include "speech/metrics.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace doorway::speech {

struct RecognizerOptions {
    std::string modelDir = DOORWAY_PS_MODEL_DIR;
    bool bias = true;            // build and use the biased model
    std::string script;          // the user's own words (may be empty)
    bool includeDomain = true;   // add the built-in domain sentences
    double scriptWeight = 4.0;   // counts of the script relative to the domain text
    double biasWeight = 0.5;     // interpolation weight of the biased model (0..1)
    // Decoder settings on top of Doorway's defaults ({"-beam", "1e-40"}, ...),
    // for tuning speed against accuracy.
    std::vector<std::pair<std::string, std::string>> decoderArgs;
};

struct Transcript {
    std::string text;              // words joined by spaces
    std::vector<TimedWord> words;  // with times in seconds from the start
    double durationS = 0;          // audio fed
    double processingS = 0;        // recognition time (wall clock)
    double cpuS = 0;               // CPU time of the recognising thread
};

class Recognizer {
public:
    // Loads the acoustic model, dictionary and language models. Returns
    // nullptr with a sentence in `error` when the model is missing or bad.
    static std::unique_ptr<Recognizer> create(const RecognizerOptions& options, std::string& error);
    ~Recognizer();
    Recognizer(const Recognizer&) = delete;
    Recognizer& operator=(const Recognizer&) = delete;

    // Streaming: begin, feed 16 kHz mono samples as they arrive, ask for
    // the partial text now and then, finish for the final words.
    bool begin(std::string& error);
    void feed(const int16_t* samples, size_t n);
    std::string partial();
    Transcript finish();

    // A whole clip at once (16 kHz mono).
    Transcript recognize(const std::vector<int16_t>& samples);

    // Words the biased model knows that the stock dictionary lacked, added
    // with pronunciations guessed by letter-to-sound rules.
    const std::vector<std::string>& addedWords() const { return m_added; }
    double loadSeconds() const { return m_loadS; }

private:
    Recognizer() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::vector<std::string> m_added;
    double m_loadS = 0;
};

}  // namespace doorway::speech
