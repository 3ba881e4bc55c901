#include "speech/recognizer.hpp"

#include "speech/language_model.hpp"

#include <pocketsphinx.h>
#include <pocketsphinx/ps_search.h>
#include <sphinxbase/err.h>
#include <sphinxbase/ngram_model.h>

#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <mutex>

namespace doorway::speech {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// CPU seconds of this thread: what recognition costs, whatever else the
// machine is doing at the same time.
double threadCpu() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// PocketSphinx talks a lot on stderr; nothing of it is for the user.
void quietSphinx() {
    static std::once_flag once;
    std::call_once(once, [] { err_set_logfp(nullptr); });
}

// Tokens the decoder emits that are not words.
bool isWord(const std::string& w) {
    if (w.empty()) return false;
    if (w[0] == '<' || w[0] == '[' || w[0] == '+' || w[0] == '(') return false;
    return true;
}

std::string stripAlternate(std::string w) {
    // "read(2)" is the second pronunciation of "read".
    if (auto p = w.find('('); p != std::string::npos && p > 0) w.resize(p);
    return w;
}

// A file descriptor in memory, so the biased model (which holds the user's
// script) never touches the disk; PocketSphinx reads it by its /proc path.
class MemoryFile {
public:
    explicit MemoryFile(const std::string& text) {
        m_fd = memfd_create("doorway-lm", MFD_CLOEXEC);
        if (m_fd < 0) return;
        size_t off = 0;
        while (off < text.size()) {
            ssize_t n = ::write(m_fd, text.data() + off, text.size() - off);
            if (n <= 0) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            off += size_t(n);
        }
    }
    ~MemoryFile() {
        if (m_fd >= 0) ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }
    std::string path() const { return "/proc/self/fd/" + std::to_string(m_fd); }

private:
    int m_fd = -1;
};

}  // namespace

struct Recognizer::Impl {
    cmd_ln_t* config = nullptr;
    ps_decoder_t* ps = nullptr;
    bool inUtt = false;
    size_t fed = 0;
    size_t fedAtPartial = 0;
    std::string lastPartial;
    double processing = 0;
    double cpu = 0;

    ~Impl() {
        if (ps) ps_free(ps);
        if (config) cmd_ln_free_r(config);
    }
};

std::unique_ptr<Recognizer> Recognizer::create(const RecognizerOptions& o, std::string& error) {
    quietSphinx();
    auto t0 = Clock::now();
    namespace fs = std::filesystem;
    std::error_code ec;
    const std::string hmm = o.modelDir + "/en-us";
    const std::string dict = o.modelDir + "/cmudict-en-us.dict";
    const std::string lm = o.modelDir + "/en-us.lm.bin";
    for (const auto& p : {hmm + "/mdef", dict, lm}) {
        if (!fs::exists(p, ec)) {
            error = "the speech model is missing (" + p + "); install Debian's pocketsphinx-en-us package";
            return nullptr;
        }
    }
    std::unique_ptr<Recognizer> r(new Recognizer());
    r->m_impl = std::make_unique<Impl>();
    Impl& im = *r->m_impl;
    // No -lm here: the searches are added below, after the dictionary has
    // every word the biased model may predict.
    // Keep every frame (-remove_silence no) so word times are wall-clock
    // times: pauses are measured from them. Skipping the second (flat
    // lexicon) pass and a phone-loop lookahead of 5 frames roughly halve the
    // time with no loss of accuracy on bench/speech_bench.cpp's takes.
    // Capping the active HMMs per frame at 4000 took another third off
    // (RTF 0.44-0.68 -> 0.26-0.34 on the 2-core bench machine) with the same
    // word error in all three bench rows; 3000, -topn 2 or -ds 2 were faster
    // still but cost a point or more of word error.
    std::vector<std::pair<std::string, std::string>> args = {
        {"-hmm", hmm},      {"-dict", dict},     {"-logfn", "/dev/null"}, {"-remove_silence", "no"},
        {"-fwdflat", "no"}, {"-pl_window", "5"}, {"-maxhmmpf", "4000"}};
    for (const auto& [k, v] : o.decoderArgs) {
        bool replaced = false;
        for (auto& a : args)
            if (a.first == k) a.second = v, replaced = true;
        if (!replaced) args.emplace_back(k, v);
    }
    std::vector<char*> argv;
    for (auto& [k, v] : args) {
        argv.push_back(const_cast<char*>(k.c_str()));
        argv.push_back(const_cast<char*>(v.c_str()));
    }
    im.config = cmd_ln_parse_r(nullptr, ps_args(), int(argv.size()), argv.data(), FALSE);
    if (!im.config) {
        error = "the speech recogniser rejected its settings";
        return nullptr;
    }
    im.ps = ps_init(im.config);
    if (!im.ps) {
        error = "the speech model in " + o.modelDir + " could not be loaded";
        return nullptr;
    }
    ngram_model_t* stock = ngram_model_read(im.config, lm.c_str(), NGRAM_AUTO, ps_get_logmath(im.ps));
    if (!stock) {
        error = lm + ": the language model could not be read";
        return nullptr;
    }
    ngram_model_t* active = stock;
    if (o.bias) {
        std::vector<WeightedText> texts;
        if (o.includeDomain) texts.push_back({domainCorpus(), 1.0});
        if (!o.script.empty()) texts.push_back({o.script, o.scriptWeight});
        const Vocabulary& vocab = Vocabulary::forModelDir(o.modelDir);
        // Words the dictionary lacks get a guessed pronunciation when the
        // letter-to-sound rules give one; those words join the model.
        std::vector<std::pair<std::string, std::string>> guessed;
        auto inVocab = [&](const std::string& w) {
            if (vocab.contains(w)) return true;
            for (const auto& g : guessed)
                if (g.first == w) return true;
            std::string ph = guessPronunciation(w);
            if (ph.empty()) return false;
            guessed.emplace_back(w, ph);
            return true;
        };
        LmBuildResult built = buildArpaLm(texts, inVocab);
        for (size_t i = 0; i < guessed.size(); ++i) {
            if (ps_add_word(im.ps, guessed[i].first.c_str(), guessed[i].second.c_str(), i + 1 == guessed.size()) >= 0)
                r->m_added.push_back(guessed[i].first);
        }
        if (!built.arpa.empty()) {
            MemoryFile mem(built.arpa);
            ngram_model_t* mine =
                mem.ok() ? ngram_model_read(im.config, mem.path().c_str(), NGRAM_ARPA, ps_get_logmath(im.ps)) : nullptr;
            if (mine) {
                ngram_model_t* models[2] = {stock, mine};
                const char* names[2] = {"stock", "bias"};
                float32 weights[2] = {float32(1.0 - o.biasWeight), float32(o.biasWeight)};
                // The set owns both models from here on.
                active = ngram_model_set_init(im.config, models, const_cast<char**>(names), weights, 2);
                if (!active) {
                    ngram_model_free(mine);
                    active = stock;
                }
            }
        }
    }
    int rc = ps_set_lm(im.ps, "doorway", active);
    ngram_model_free(active);  // the search holds its own reference
    if (rc != 0 || ps_set_search(im.ps, "doorway") != 0) {
        error = "the speech recogniser could not start its search";
        return nullptr;
    }
    r->m_loadS = since(t0);
    return r;
}

Recognizer::~Recognizer() = default;

bool Recognizer::begin(std::string& error) {
    Impl& im = *m_impl;
    if (im.inUtt) ps_end_utt(im.ps);
    im.inUtt = false;
    im.fed = 0;
    im.fedAtPartial = 0;
    im.lastPartial.clear();
    im.processing = 0;
    im.cpu = 0;
    // A new stream restarts the frame count, so word times are seconds from
    // the start of this take.
    ps_start_stream(im.ps);
    if (ps_start_utt(im.ps) < 0) {
        error = "the speech recogniser could not start listening";
        return false;
    }
    im.inUtt = true;
    return true;
}

void Recognizer::feed(const int16_t* samples, size_t n) {
    Impl& im = *m_impl;
    if (!im.inUtt || n == 0) return;
    auto t0 = Clock::now();
    double c0 = threadCpu();
    ps_process_raw(im.ps, samples, n, FALSE, FALSE);
    im.fed += n;
    im.processing += since(t0);
    im.cpu += threadCpu() - c0;
}

std::string Recognizer::partial() {
    Impl& im = *m_impl;
    if (!im.inUtt) return im.lastPartial;
    // A backtrace costs time; a fifth of a second of new audio is plenty.
    if (im.fed - im.fedAtPartial < 3200 && !im.lastPartial.empty()) return im.lastPartial;
    im.fedAtPartial = im.fed;
    int32 score = 0;
    const char* hyp = ps_get_hyp(im.ps, &score);
    std::string text;
    if (hyp) {
        // Drop the decoder's own tokens from what the user sees.
        std::string cur;
        auto flush = [&] {
            if (!cur.empty() && isWord(cur)) text += (text.empty() ? "" : " ") + stripAlternate(cur);
            cur.clear();
        };
        for (const char* p = hyp; *p; ++p) {
            if (*p == ' ')
                flush();
            else
                cur += *p;
        }
        flush();
    }
    im.lastPartial = text;
    return text;
}

Transcript Recognizer::finish() {
    Impl& im = *m_impl;
    Transcript t;
    t.durationS = double(im.fed) / 16000.0;
    if (!im.inUtt) return t;
    auto t0 = Clock::now();
    double c0 = threadCpu();
    ps_end_utt(im.ps);
    im.inUtt = false;
    const double frameS = 1.0 / double(cmd_ln_int32_r(im.config, "-frate"));
    for (ps_seg_t* seg = ps_seg_iter(im.ps); seg; seg = ps_seg_next(seg)) {
        const char* w = ps_seg_word(seg);
        if (!w || !isWord(w)) continue;
        int sf = 0, ef = 0;
        ps_seg_frames(seg, &sf, &ef);
        TimedWord tw{stripAlternate(w), double(sf) * frameS, double(ef + 1) * frameS};
        t.text += (t.text.empty() ? "" : " ") + tw.word;
        t.words.push_back(std::move(tw));
    }
    im.processing += since(t0);
    im.cpu += threadCpu() - c0;
    t.processingS = im.processing;
    t.cpuS = im.cpu;
    im.lastPartial = t.text;
    return t;
}

Transcript Recognizer::recognize(const std::vector<int16_t>& samples) {
    std::string error;
    if (!begin(error)) return {};
    // Feed in 100 ms blocks, the way live audio arrives.
    for (size_t off = 0; off < samples.size(); off += 1600)
        feed(samples.data() + off, std::min<size_t>(1600, samples.size() - off));
    return finish();
}

}  // namespace doorway::speech
