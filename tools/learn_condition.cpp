// Learns the noisy-room adaptation (assets/speech/noise.mllr): one means-only
// MLLR transform of the packaged en-us model, taken from many speakers'
// noisy speech after Doorway's own front end (WebRTC suppression, then
// PocketSphinx's noise removal), so it corrects what the cleaned signal
// still carries of the room, not any one voice. The same sphinxtrain path
// as "Teach Doorway your voice" (learnVoice), fed many more takes.
//
//   cmake --build build --target learn_condition
//   build/tools/learn_condition [--voices awb,kal16,awb_high,kal16_low]
//       [--conditions pink10,pink15,room10,room15] [--every]
//       [--sentences N] [--cache DIR] [--out FILE]
//
// Data rule: only the bench's dev voices (awb, kal16) and sox pitch shifts
// of them, never slt or rms; only Doorway's own text (the voice-teaching
// sentences and the recogniser's domain sentences), never the bench's
// sentences. Each take gets one condition in turn (--every: all of them).
// With no options it remakes assets/speech/noise.mllr (run from the source
// folder); sox runs with -R, so a remake gives the same file every time, but
// not the shipped one, which was made from noise with a random seed.
// Noise is made afresh in its own cache folder, so the stretch of noise
// learned from is not the bench's.
#include "speech/adaptation.hpp"
#include "speech/language_model.hpp"
#include "speech/metrics.hpp"

#include "../bench/speech_conditions.hpp"
#include "list_arg.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

using namespace doorway::speech;
using namespace bench;

namespace {

using doorway::tools::splitList;

// Doorway's own sentences that every word of is in the dictionary: the
// voice-teaching ones, then the domain corpus's lines.
std::vector<std::string> trainingSentences() {
    std::vector<std::string> out = teachingSentences();
    std::istringstream in(domainCorpus());
    const Vocabulary& vocab = Vocabulary::forModelDir(DOORWAY_PS_MODEL_DIR);
    for (std::string line; std::getline(in, line);) {
        auto words = splitWords(line);
        if (words.size() < 4) continue;
        bool known = true;
        for (const auto& w : words) known = known && vocab.contains(w);
        if (known) out.push_back(line);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> voiceNames = {"awb", "kal16", "awb_high", "kal16_low"};
    // The defaults make the shipped transform: noise where the app applies
    // it (kNoiseAdaptBelowSnrDb), not the milder 20 dB (see noise_adaptation.hpp).
    std::vector<std::string> conditions = {"pink10", "pink15", "room10", "room15"};
    bool every = false;
    size_t maxSentences = 1000;
    // "-2": made with sox -R (repeatable); an older folder holds random-seed noise.
    std::string cache = (fs::temp_directory_path() / "doorway-condition-cache-2").string();
    std::string out = "assets/speech/noise.mllr";
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "learn_condition: %s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--voices")
            voiceNames = splitList(next());
        else if (a == "--conditions")
            conditions = splitList(next());
        else if (a == "--every")
            every = true;
        else if (a == "--sentences")
            maxSentences = size_t(std::atoi(next().c_str()));
        else if (a == "--cache")
            cache = next();
        else if (a == "--out")
            out = next();
        else
            return std::fprintf(stderr, "learn_condition: unknown argument '%s'\n", a.c_str()), 2;
    }
    std::vector<const BenchVoice*> voices;
    for (const auto& n : voiceNames) {
        const BenchVoice* found = nullptr;
        for (const auto& v : devVoicesShifted())
            if (v.name == n) found = &v;
        if (!found)
            return std::fprintf(stderr, "learn_condition: '%s' is not a training voice (dev voices only)\n", n.c_str()),
                   2;
        voices.push_back(found);
    }
    // The bench's sentences must never be learned from.
    std::set<std::string> bench;
    for (const auto& s : benchSentences()) bench.insert(s.said);
    auto sentences = trainingSentences();
    if (sentences.size() > maxSentences) sentences.resize(maxSentences);
    for (const auto& s : sentences)
        if (bench.count(s)) return std::fprintf(stderr, "learn_condition: a bench sentence slipped in\n"), 1;

    ConditionMaker maker(cache);
    std::vector<TeachingTake> takes;
    double audioS = 0;
    for (size_t vi = 0; vi < voices.size(); ++vi)
        for (size_t k = 0; k < sentences.size(); ++k) {
            AudioClip clean = maker.base(*voices[vi], sentences[k], "train" + std::to_string(k));
            for (size_t c = 0; c < conditions.size(); ++c) {
                if (!every && c != (k + vi) % conditions.size()) continue;
                const std::string key = voices[vi]->name + "_train" + std::to_string(k);
                takes.push_back({sentences[k], maker.apply(clean, conditions[c], key)});
                audioS += double(takes.back().audio.samples.size()) / 16000.0;
            }
        }
    std::printf("learning from %zu takes (%.0f s of audio), %zu voices, %zu sentences\n", takes.size(), audioS,
                voices.size(), sentences.size());
    // A transform (composed and switched per take), learned as noise.mllr
    // was: one round, the noisy room's cleaning, no MAP.
    AdaptOptions ao;
    ao.map = false;
    ao.passes = 1;
    ao.roomLevel = false;
    ao.featureVad = true;
    std::string mllr, error;
    const auto t0 = std::chrono::steady_clock::now();
    if (!learnVoice(takes, ao, mllr, error)) {
        std::fprintf(stderr, "learn_condition: %s\n", error.c_str());
        return 1;
    }
    std::ofstream f(out);
    f << mllr;
    if (!f) return std::fprintf(stderr, "learn_condition: could not write %s\n", out.c_str()), 1;
    std::printf("wrote %s (%.0f s)\n", out.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return 0;
}
