// Word error rate and real-time factor of the recogniser, with and without
// the bias toward the user's script and the domain's words. The takes are
// synthesised with Debian's `flite` command in four voices.
//
//   build-speech/bench/speech_bench [--quick]
//
// Three ways of running the recogniser over the same takes:
//   stock        the stock en-us model only
//   domain bias  stock + the built-in domain sentences (the takes are NOT
//                among them: held-out words, the honest case for new speech)
//   script bias  stock + domain + a script holding the takes' sentences (a
//                user rehearsing what they wrote in the workbook)
#include "speech/audio_io.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

using namespace doorway::speech;

namespace {

const char* kSentences[] = {
    "I would really like us to see a couples counselor together this spring.",
    "Could we try just one session and then talk about how it felt?",
    "I am not blaming you, I want us both to feel heard.",
    "You can pick the therapist, and you can say no after the first visit.",
    "I miss feeling close to you, and I think some help could get us there.",
    "It would mean a lot to me if you came with me on Thursday evening.",
    "We keep having the same fight about money, and I am tired of it.",
    "I found someone who works with couples online, so we would not even have to drive.",
    "If the cost worries you, I will cover the first three sessions.",
    "I know you think we are fine, and I still feel lonely sometimes.",
    "Would you be open to reading a short book about it first?",
    "I am going to start going on my own, and you are welcome to join me later.",
    "I want to hear what makes you nervous about talking to a counselor.",
    "A therapist will not take my side, they will help us listen to each other.",
    "Thank you for hearing me out, you do not have to decide tonight.",
    "Our kids notice when we stop talking, and I want better for them.",
};
const char* kVoices[] = {"slt", "rms", "awb", "kal16"};

struct Take {
    std::string text;
    AudioClip clip;
};

struct Result {
    double wer = 0;
    double rtf = 0;
    double cpuRtf = 0;
    double loadS = 0;
};

Result run(const std::vector<Take>& takes, const RecognizerOptions& opts, bool verbose) {
    std::string error;
    auto rec = Recognizer::create(opts, error);
    if (!rec) {
        std::fprintf(stderr, "speech_bench: %s\n", error.c_str());
        std::exit(1);
    }
    int errors = 0, words = 0;
    double audio = 0, wall = 0, cpu = 0;
    for (const auto& t : takes) {
        Transcript tr = rec->recognize(t.clip.samples);
        int e = 0, n = 0;
        wordErrorRate(t.text, tr.text, &e, &n);
        errors += e;
        words += n;
        audio += t.clip.seconds();
        wall += tr.processingS;
        cpu += tr.cpuS;
        if (verbose && e) std::printf("    ref: %s\n    hyp: %s\n", t.text.c_str(), tr.text.c_str());
    }
    return {double(errors) / double(words), wall / audio, cpu / audio, rec->loadSeconds()};
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false, verbose = false;
    std::vector<std::pair<std::string, std::string>> decoderArgs;  // "-beam 1e-30" pairs, passed through
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--quick") quick = true;
        else if (a == "-v") verbose = true;
        else if (a[0] == '-' && i + 1 < argc) decoderArgs.emplace_back(a, argv[++i]);
    }
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("doorway-speech-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::vector<Take> takes;
    std::string script;
    size_t n = sizeof kSentences / sizeof *kSentences;
    if (quick) n = 4;
    double audioS = 0;
    for (size_t i = 0; i < n; ++i) {
        const char* voice = kVoices[i % 4];
        std::string wav = (dir / ("take" + std::to_string(i) + ".wav")).string();
        std::string cmd = std::string("flite -voice ") + voice + " -t \"" + kSentences[i] + "\" -o " + wav;
        if (std::system(cmd.c_str()) != 0) {
            std::fprintf(stderr, "speech_bench: flite failed (is Debian's flite installed?)\n");
            return 1;
        }
        Take t;
        t.text = kSentences[i];
        std::string error;
        if (!loadAudioFile(wav, t.clip, error)) {
            std::fprintf(stderr, "speech_bench: %s\n", error.c_str());
            return 1;
        }
        audioS += t.clip.seconds();
        script += t.text + "\n";
        takes.push_back(std::move(t));
    }
    fs::remove_all(dir);
    std::printf("%zu synthesised takes (voices slt, rms, awb, kal16), %.1f s of audio\n\n", takes.size(), audioS);
    std::printf("%-14s %8s %8s %8s %8s\n", "model", "WER", "RTF", "CPU RTF", "load s");

    RecognizerOptions stock;
    stock.bias = false;
    stock.decoderArgs = decoderArgs;
    Result a = run(takes, stock, verbose);
    std::printf("%-14s %7.1f%% %8.3f %8.3f %8.2f\n", "stock", a.wer * 100, a.rtf, a.cpuRtf, a.loadS);

    RecognizerOptions domain;
    domain.bias = true;
    domain.decoderArgs = decoderArgs;
    Result b = run(takes, domain, verbose);
    std::printf("%-14s %7.1f%% %8.3f %8.3f %8.2f\n", "domain bias", b.wer * 100, b.rtf, b.cpuRtf, b.loadS);

    RecognizerOptions withScript = domain;
    withScript.script = script;
    Result c = run(takes, withScript, verbose);
    std::printf("%-14s %7.1f%% %8.3f %8.3f %8.2f\n", "script bias", c.wer * 100, c.rtf, c.cpuRtf, c.loadS);
    std::printf("\nRTF = recognition wall time / audio time; CPU RTF = the recognising thread's CPU time /\n"
                "audio time (the same, unaffected by other load); load = model load, once per session.\n");
    return 0;
}
