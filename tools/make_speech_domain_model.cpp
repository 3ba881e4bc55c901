// Makes the recogniser's domain model ahead of time
// (assets/speech/domain_model.bin, its key in domain_model.bin.key): the
// hand-written domain sentences and assets/speech/domain_text.txt counted
// with the recogniser's default options, in sphinxbase's binary form, so a
// recogniser reads it instead of building it (speech/bias_model.hpp).
// Run after either text changes (speech_domain_model_test says when):
//
//   cmake --build build --target make_speech_domain_model
//   build/tools/make_speech_domain_model [--out FILE]
//
// Run from the source folder; the output is the same on every run.
#include "speech/bias_model.hpp"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    std::string out = "assets/speech/domain_model.bin";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--out" && i + 1 < argc)
            out = argv[++i];
        else
            return std::fprintf(stderr, "make_speech_domain_model [--out FILE]\n"), 2;
    }
    std::string error;
    const doorway::speech::RecognizerOptions defaults;
    if (!doorway::speech::writeDomainModel(defaults, out, error))
        return std::fprintf(stderr, "make_speech_domain_model: %s\n", error.c_str()), 1;
    std::printf("wrote %s (%s)\n", out.c_str(), doorway::speech::domainModelKey(defaults).c_str());
    return 0;
}
