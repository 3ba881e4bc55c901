#include "speech/recognizer.hpp"

#include "speech/adaptation.hpp"
#include "speech/bias_model.hpp"
#include "speech/language_model.hpp"
#include "speech/memory_file.hpp"
#include "speech/noise_adaptation.hpp"
#include "speech/search_vocabulary.hpp"

#include <pocketsphinx.h>
#include <pocketsphinx/ps_lattice.h>
#include <pocketsphinx/ps_search.h>
#include <sphinxbase/ckd_alloc.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>
#include <sphinxbase/feat.h>
#include <sphinxbase/logmath.h>
#include <sphinxbase/ngram_model.h>

#include <algorithm>
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

// The recogniser's one search (the interpolated language models).
constexpr const char* kSearchName = "doorway";

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

bool tooShortForHesitation(const std::string& w, double seconds, double minS) {
    if (seconds >= minS) return false;
    for (const auto& h : hesitations())
        if (h.first == w) return true;
    return false;
}

std::string stripAlternate(std::string w) {
    // "read(2)" is the second pronunciation of "read".
    if (auto p = w.find('('); p != std::string::npos && p > 0) w.resize(p);
    return w;
}

// The mean of the cepstra the decoder would compute from `audio`, with a
// front end of its own (the decoder's is left as it is); empty when the
// audio is too short to say anything about the room.
std::vector<float> cepstralMean(cmd_ln_t* config, const int16_t* audio, size_t n) {
    fe_t* fe = fe_init_auto_r(config);
    if (!fe) return {};
    const int ceplen = fe_get_output_size(fe);
    std::vector<double> sum(size_t(ceplen), 0.0);
    long frames = 0;
    std::vector<mfcc_t> block(size_t(ceplen) * 64);
    std::vector<mfcc_t*> rows(64);
    for (size_t i = 0; i < rows.size(); ++i) rows[i] = block.data() + i * size_t(ceplen);
    auto add = [&](int count) {
        for (int k = 0; k < count; ++k, ++frames)
            for (int d = 0; d < ceplen; ++d) sum[size_t(d)] += double(rows[size_t(k)][d]);
    };
    fe_start_utt(fe);
    const int16_t* p = audio;
    size_t left = n;
    while (left > 0) {
        int32 nfr = int32(rows.size());
        const size_t before = left;
        fe_process_frames(fe, &p, &left, rows.data(), &nfr, nullptr);
        add(nfr);
        if (nfr == 0 && left == before) break;
    }
    int32 last = 0;
    fe_end_utt(fe, block.data(), &last);
    add(last);
    fe_free(fe);
    // Under half a second the mean says more about the sounds than the room.
    if (frames < 50) return {};
    std::vector<float> mean(static_cast<size_t>(ceplen), 0.0f);
    for (size_t d = 0; d < mean.size(); ++d) mean[d] = float(sum[d] / double(frames));
    return mean;
}

}  // namespace

const std::vector<std::pair<std::string, double>>& hesitations() {
    // "um" and "uh" are by far the most said.
    static const std::vector<std::pair<std::string, double>> k = {{"um", 4},  {"uh", 4},  {"er", 1},
                                                                  {"erm", 1}, {"hmm", 1}, {"ah", 1}};
    return k;
}

namespace {

// Gives the decoder a transform (it replaces any before it: PocketSphinx
// reloads the model's means first). Read from memory, like the biased
// model: a sealed voice profile is never written out in the clear.
bool applyMllr(ps_decoder_t* ps, const std::string& text) {
    MemoryFile mem(text);
    ps_mllr_t* mllr = mem.ok() ? ps_mllr_read(mem.path().c_str()) : nullptr;
    if (!mllr) return false;
    ps_update_mllr(ps, mllr);  // the decoder owns it from here on
    return true;
}

}  // namespace

struct Recognizer::Impl {
    cmd_ln_t* config = nullptr;
    ps_decoder_t* ps = nullptr;
    bool inUtt = false;
    size_t fed = 0;
    size_t fedAtPartial = 0;
    size_t uttStart = 0;  // samples fed before the current utterance began
    std::string lastPartial;
    std::vector<TimedWord> done;  // words of the utterances already cut
    std::string doneText;
    double processing = 0;
    double cpu = 0;
    std::vector<float> cmnPrior;  // the model's initial cepstral mean
    double minHesitationS = 0;    // shorter hesitations are not reported
    double noisyLwRatio = 0;      // RecognizerOptions::noisyBestpathLw over -lw (0: none)
    double primeCmnS = 0;         // RecognizerOptions::primeCmnS
    bool priming = false;         // holding the take's first audio back
    double primeLimitS = 0;       // for this take
    double nextPrimeS = -1;       // primeNextTake's, for the next take only
    bool fresh = true;            // the mean is still the model's prior: nothing heard yet
    std::vector<int16_t> primeBuf;
    // The transforms for a quiet and a noisy room (RecognizerOptions::
    // noiseMllr): the voice's (or none), and the room's. Empty noisyMllr:
    // no noisy-room transform.
    std::string quietMllr, noisyMllr;
    // A voice profile that is a means file (adaptation.hpp) is the decoder's
    // -mean while the room is quiet; under the room's transform the model's
    // own means are (PocketSphinx rereads -mean for every transform).
    std::unique_ptr<MemoryFile> voiceMeans;
    std::string quietMeans, noisyMeans;
    bool noisy = false, wantNoisy = false;
    std::optional<double> roomSnrDb;  // the last judged room's (Recognizer::roomSnrDb)
    double noiseBelowSnrDb = kNoiseAdaptBelowSnrDb;

    bool prime(const int16_t* audio, size_t n) {
        feat_t* f = ps_get_feat(ps);
        if (!f || !f->cmn_struct) return false;
        std::vector<float> mean = cepstralMean(config, audio, n);
        if (mean.size() != size_t(f->cmn_struct->veclen)) return false;
        std::vector<mfcc_t> m(mean.begin(), mean.end());
        cmn_live_set(f->cmn_struct, m.data());
        return true;
    }
    // The held-back start of the take: the mean from it, then decoded.
    void releasePrime() {
        if (!priming) return;
        priming = false;
        prime(primeBuf.data(), primeBuf.size());
        if (!primeBuf.empty()) ps_process_raw(ps, primeBuf.data(), primeBuf.size(), FALSE, FALSE);
        fed += primeBuf.size();
        primeBuf.clear();
        primeBuf.shrink_to_fit();
    }

    // One word of the best path: frames (inclusive) and log posterior.
    struct Seg {
        std::string word;
        int sf = 0, ef = 0;
        int32 logPosterior = 0;
    };
    // The best path through the lattice found again with the language
    // weight `lwRatio` x -lw, as PocketSphinx's own -bestpath pass does with
    // -bestpathlw (ngram_search_seg_iter); empty when there is no lattice.
    std::vector<Seg> rescoredPath(float lwRatio) {
        std::vector<Seg> out;
        ps_lattice_t* dag = ps_get_lattice(ps);
        ngram_model_t* lm = dag ? ps_get_lm(ps, kSearchName) : nullptr;
        const float32 ascale = float32(1.0 / cmd_ln_float32_r(config, "-ascale"));
        ps_latlink_t* last = lm ? ps_lattice_bestpath(dag, lm, lwRatio, ascale) : nullptr;
        if (!last) return out;
        ps_lattice_posterior(dag, lm, ascale);
        std::vector<ps_latlink_t*> path;
        for (ps_latlink_t* l = last; l; l = ps_latlink_pred(l)) path.push_back(l);
        std::reverse(path.begin(), path.end());
        for (ps_latlink_t* l : path) {  // each link's source word
            Seg s;
            int16 sf = 0;
            s.ef = ps_latlink_times(l, &sf);
            s.sf = sf;
            s.word = ps_latlink_word(dag, l);
            // The word's posterior: all exits of its node, as PocketSphinx
            // sums them (it also adds other pronunciations' nodes, which its
            // public API does not show).
            ps_latnode_t* from = nullptr;
            ps_latlink_nodes(l, &from);
            s.logPosterior = ps_latlink_prob(dag, l, nullptr);
            for (ps_latlink_iter_t* x = from ? ps_latnode_exits(from) : nullptr; x; x = ps_latlink_iter_next(x))
                if (ps_latlink_t* e = ps_latlink_iter_link(x); e != l)
                    s.logPosterior = logmath_add(ps_get_logmath(ps), s.logPosterior, ps_latlink_prob(dag, e, nullptr));
            out.push_back(std::move(s));
        }
        ps_latnode_t* end = ps_latlink_nodes(last, nullptr);  // and the last one's destination
        int16 fef = 0, lef = 0;
        Seg s;
        s.sf = ps_latnode_times(end, &fef, &lef);
        s.ef = lef;
        s.word = ps_latnode_word(dag, end);
        s.logPosterior = 0;  // the path's end: certain, as PocketSphinx has it
        out.push_back(std::move(s));
        return out;
    }
    // The utterance's words: the decoder's best path, or in a noisy room
    // (with noisyLwRatio) the one rescoredPath finds.
    // Two ways of writing down other words than the best path's were tried
    // in the nineteenth pass and not kept. Dev voices (awb, kal16, awb_high,
    // kal16_low), sentences 0-11, no script, word errors of 664 a cell,
    // against clean 76 (11.4%) and pink 15 dB 233 (35.1%):
    // - The 10 best paths, and of them the one with the fewest word errors
    //   expected against the rest (minimum Bayes risk): clean 107, pink 253,
    //   whatever the posteriors' sharpness (x5, x25: 107, 109 clean).
    //   PocketSphinx's A* (ps_nbest, ps_astar_start) does not give its paths
    //   best first, and never takes the route through a silence the best
    //   path takes: its first path was "you to uh i want" where the best
    //   path had "you <sil> uh i want" (its sources of that time score a
    //   silence with the language model, where the best path skips it).
    // - Each best-path word swapped for the word with more posterior in its
    //   slot (lattice links overlapping it by more than half, summed by
    //   word; a confusion network for substitutions only): with -ascale's
    //   1/20, clean 87 and pink 256; acoustic scale 0.09 77-92 clean
    //   (another word needing 3x or 1x the posterior), 0.3 162-173, 0.02
    //   108, 0.008 132. ps_lattice_posterior weighs links with bigrams (one
    //   word of history), not the best path's trigrams, and swapped words
    //   that the sentence rules out ("it would me know love to me").
    std::vector<Seg> segments() {
        if (noisy && noisyLwRatio > 0)
            if (auto r = rescoredPath(float(noisyLwRatio)); !r.empty()) return r;
        std::vector<Seg> out;
        for (ps_seg_t* seg = ps_seg_iter(ps); seg; seg = ps_seg_next(seg)) {
            const char* w = ps_seg_word(seg);
            Seg s;
            if (w) s.word = w;
            ps_seg_frames(seg, &s.sf, &s.ef);
            int32 ascr = 0, lscr = 0, lback = 0;
            s.logPosterior = ps_seg_prob(seg, &ascr, &lscr, &lback);
            out.push_back(std::move(s));
        }
        return out;
    }

    // Ends the current utterance and moves its words into `done`, with
    // times from the start of the take.
    void harvest() {
        ps_end_utt(ps);
        fresh = false;
        inUtt = false;
        const double frameS = 1.0 / double(cmd_ln_int32_r(config, "-frate"));
        const double offset = double(uttStart) / 16000.0;
        for (const Seg& seg : segments()) {
            if (seg.word.empty() || !isWord(seg.word)) continue;
            TimedWord tw{stripAlternate(seg.word), offset + double(seg.sf) * frameS,
                         offset + double(seg.ef + 1) * frameS};
            // The word's posterior on the lattice (hesitation_check.hpp).
            tw.posterior = logmath_exp(ps_get_logmath(ps), seg.logPosterior);
            if (tooShortForHesitation(tw.word, tw.end - tw.start, minHesitationS)) continue;
            doneText += (doneText.empty() ? "" : " ") + tw.word;
            done.push_back(std::move(tw));
        }
    }
    // Starts an utterance whose frames count from `uttStart`.
    bool startUtterance() {
        uttStart = fed;
        // A new stream restarts the frame count, so word times are the
        // utterance's own; `uttStart` turns them into the take's.
        ps_start_stream(ps);
        if (ps_start_utt(ps) < 0) return false;
        inUtt = true;
        return true;
    }

    ~Impl() {
        if (ps) ps_free(ps);
        if (config) cmd_ln_free_r(config);
    }
};

// The decoder's settings, with RecognizerOptions::decoderArgs on top (the
// bench's "-name value" trials). Null when PocketSphinx rejects them.
// No -lm here: Recognizer::create adds the searches after the dictionary has
// every word the biased model may predict.
// Keep every frame (-remove_silence no) so word times are wall-clock
// times: pauses are measured from them. Skipping the second (flat
// lexicon) pass and a phone-loop lookahead of 5 frames roughly halve the
// time with no loss of accuracy on bench/speech_bench.cpp's takes.
// Capping the active HMMs per frame at 4000 took another third off
// (RTF 0.44-0.68 -> 0.26-0.34 on the 2-core bench machine) with the same
// word error on clean takes; 3000, -topn 2 or -ds 2 were faster still but
// cost a point or more of word error. In noise more HMMs stay alive, and
// 4000 cut good paths: with pink noise at 15 dB and a script, word error
// was 12.3% at 4000, 8.7% at 6000, 8.1% at 8000 (dev voices), so 6000.
// Tried since on the dev voices and sentences (awb, kal16, 0-11), pink
// noise at 15 dB, word error with no script / the exact one against
// 34.3% / 8.7% (CPU RTF 0.31-0.44 for the same setting over four runs):
// -lw 5.5 38.0/8.1, -lw 8 36.1/10.5, -lw 10 44.6/11.7; -beam 1e-35 with
// -wbeam 1e-25 44.0/16.0; -topn 2 39.8/12.0; -ds 2 42.5/11.7 and no
// faster (the search, not the Gaussians, takes the time); -maxwpf 10
// 35.2/13.0; -pl_window 10 35.2/8.7, no faster; -remove_noise no
// 36.1/8.1. None kept. A seventh pass, same split, against 32.2% / 7.2%
// (with -bestpathlw 11): -maxhmmpf 3000 with -maxwpf 20 33.1/13.0;
// -maxhmmpf 5000 32.8/7.2 for 7% fewer channels searched; -maxwpf 20
// 31.0/9.3, -maxwpf 30 31.0/8.1 with no less work; -pbeam 1e-40
// 33.7/7.5; -wbeam 1e-25 33.1/7.8; -lpbeam 1e-30 33.7/14.2; -beam
// 1e-40 41.9/15.7; -pl_beam and -pl_pbeam 1e-8 or 1e-6 the same words.
// None kept. CPU time could not rank them: the same settings (the same
// words, the same 185.6M channels searched) cost 0.38-0.62 CPU RTF as
// the machine's load went from 2 to 8; speech_bench --work counts the
// decoder's work instead.
// The best path through the first pass's lattice is what gives the
// words (-bestpath no: 10.8% / 41.3% with no script, clean / pink 15 dB,
// against 5.1% / 33.7%). Its language weight, PocketSphinx's 9.5 until
// now, is 11: on the dev voices and sentences, no script and the exact
// one, clean 5.1 -> 4.5% and 0.3 -> 0.3%, pink 15 dB 33.7 -> 32.2% and
// 9.3 -> 7.2%; 13 did better in noise (31.0%, 6.9%) and worse on clean
// takes (5.4%, 0.6%), 8 worse everywhere (7.2%, 35.2%). Tried with it
// and not kept: -fwdflat yes (clean 4.5%, pink 35.8%, RTF 0.35 / 0.60
// against 0.25 / 0.34), -uw 0.7 and the biased model's weight at 0.4 or
// 0.6 (no change beyond 0.3 points). Held out, measured once after
// (slt, rms, with the drawn-out "uh" below): no script, clean 6.7 ->
// 7.0% (6.2-7.8), pink 39.8 -> 39.1%; exact script, pink 13.1 -> 12.2%;
// human librivox clips with no script 31.0 -> 36.6%.
// A ninth pass profiled the decoder (perf, pink 15 dB, no script): 97%
// of the time in PocketSphinx and sphinxbase, a third of it in the
// first pass's lexicon tree and a fifth in language-model look-ups at
// word exits, a tenth in the Gaussians; the front end under 1%. So the
// tree was made smaller (search_vocabulary.hpp has the measurements).
// Tried with it and not kept, dev voices, pink 15 dB: -beam and -pbeam
// 1e-55 with -maxhmmpf 10000, the same words (28.3 / 2.7%) for 29%
// more channels searched.
static cmd_ln_t* decoderConfig(const RecognizerOptions& o, const std::string& hmm, const std::string& dictArg,
                               const std::string& meansArg) {
    std::vector<std::pair<std::string, std::string>> args = {
        {"-hmm", hmm},        {"-dict", dictArg},  {"-logfn", "/dev/null"}, {"-remove_silence", "no"},
        {"-fwdflat", "no"},   {"-pl_window", "5"}, {"-maxhmmpf", "6000"},   {"-wip", "1.3"},
        {"-bestpathlw", "11"}};
    if (!meansArg.empty()) args.emplace_back("-mean", meansArg);
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
    return cmd_ln_parse_r(nullptr, ps_args(), int(argv.size()), argv.data(), FALSE);
}

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
    im.minHesitationS = o.minHesitationS;
    im.primeCmnS = o.primeCmnS;
    // The decoder's dictionary: the common words only (search_vocabulary.hpp);
    // the biased model's other words are added to it below. In memory, like
    // the biased model, and read once by ps_init.
    std::unique_ptr<MemoryFile> searchDict;
    if (o.searchCommonWords > 0) {
        std::string text = searchDictionary(o.modelDir, o.searchCommonWords);
        if (!text.empty()) searchDict = std::make_unique<MemoryFile>(text);
    }
    const std::string dictArg = searchDict && searchDict->ok() ? searchDict->path() : dict;
    if (!o.mllr.empty() && meansFit(o.mllr, o.modelDir)) {
        im.voiceMeans = std::make_unique<MemoryFile>(o.mllr);
        if (!im.voiceMeans->ok()) im.voiceMeans.reset();
    }
    im.config = decoderConfig(o, hmm, dictArg, im.voiceMeans ? im.voiceMeans->path() : std::string());
    if (!im.config) {
        error = "the speech recogniser rejected its settings";
        return nullptr;
    }
    im.ps = ps_init(im.config);
    if (!im.ps) {
        error = "the speech model in " + o.modelDir + " could not be loaded";
        return nullptr;
    }
    if (im.voiceMeans)
        r->m_adapted = true;
    else if (!o.mllr.empty() && mllrFits(o.mllr, o.modelDir) && applyMllr(im.ps, o.mllr))
        r->m_adapted = true;
    im.noiseBelowSnrDb = o.noiseBelowSnrDb;
    if (!o.noiseMllr.empty() && mllrFits(o.noiseMllr, o.modelDir)) {
        // In a noisy room the room's transform stands alone, the voice's is
        // set aside (see noise_adaptation.hpp for the measurements).
        im.noisyMllr = o.noiseVarianceScale == 1 ? o.noiseMllr : scaleMllrVariances(o.noiseMllr, o.noiseVarianceScale);
        im.quietMllr = r->m_adapted && !im.voiceMeans ? o.mllr : identityMllr(o.noiseMllr);
        if (im.voiceMeans) im.quietMeans = im.voiceMeans->path(), im.noisyMeans = hmm + "/means";
        if (im.quietMllr.empty()) im.noisyMllr.clear();
    }
    ngram_model_t* stock = ngram_model_read(im.config, lm.c_str(), NGRAM_AUTO, ps_get_logmath(im.ps));
    if (!stock) {
        error = lm + ": the language model could not be read";
        return nullptr;
    }
    ngram_model_t* active = o.bias ? withBias(im.ps, im.config, stock, o, r->m_added) : stock;
    int rc = ps_set_lm(im.ps, kSearchName, active);
    ngram_model_free(active);  // the search holds its own reference
    if (rc != 0 || ps_set_search(im.ps, kSearchName) != 0) {
        error = "the speech recogniser could not start its search";
        return nullptr;
    }
    if (o.noisyBestpathLw > 0) im.noisyLwRatio = o.noisyBestpathLw / double(cmd_ln_float32_r(im.config, "-lw"));
    r->m_loadS = since(t0);
    if (!o.cmnInit.empty()) {
        // setCmn ignores a mean of the wrong length; the model's stays.
        im.cmnPrior = o.cmnInit;
        r->setCmn(o.cmnInit);
    }
    im.cmnPrior = r->cmn();
    im.fresh = true;
    return r;
}

std::vector<float> Recognizer::cmn() const {
    feat_t* f = ps_get_feat(m_impl->ps);
    if (!f || !f->cmn_struct) return {};
    std::vector<mfcc_t> v(size_t(f->cmn_struct->veclen));
    cmn_live_get(f->cmn_struct, v.data());
    return std::vector<float>(v.begin(), v.end());
}

void Recognizer::setCmn(const std::vector<float>& v) {
    feat_t* f = ps_get_feat(m_impl->ps);
    if (!f || !f->cmn_struct || v.size() != size_t(f->cmn_struct->veclen)) return;
    std::vector<mfcc_t> m(v.begin(), v.end());
    cmn_live_set(f->cmn_struct, m.data());
    m_impl->fresh = v == m_impl->cmnPrior;
}

void Recognizer::primeNextTake(double seconds) {
    m_impl->nextPrimeS = std::max(0.0, seconds);
}

void Recognizer::resetCmn() {
    setCmn(m_impl->cmnPrior);
}

Recognizer::~Recognizer() = default;

void Recognizer::setRoomNoisy(bool noisy) {
    m_impl->wantNoisy = noisy;
}

void Recognizer::heardRoom(const InputReport& report) {
    m_impl->wantNoisy = roomWantsNoiseAdaptation(report, m_impl->noiseBelowSnrDb);
    if (roomJudged(report)) m_impl->roomSnrDb = report.snrDb;
}

std::optional<double> Recognizer::roomSnrDb() const {
    return m_impl->roomSnrDb;
}

void Recognizer::setRoomSnrDb(std::optional<double> snrDb) {
    m_impl->roomSnrDb = snrDb;
}

bool Recognizer::roomNoisy() const {
    return m_impl->noisy;
}

bool Recognizer::roomNoisyNext() const {
    return m_impl->wantNoisy && !m_impl->noisyMllr.empty();
}

bool Recognizer::hasNoiseAdaptation() const {
    return !m_impl->noisyMllr.empty();
}

bool Recognizer::begin(std::string& error) {
    Impl& im = *m_impl;
    if (im.inUtt) ps_end_utt(im.ps);
    im.inUtt = false;
    const bool noisy = im.wantNoisy && !im.noisyMllr.empty();
    if (noisy != im.noisy) {
        if (!im.noisyMeans.empty())
            // "_mean": the path PocketSphinx resolved from -hmm/-mean, which
            // is what it rereads (setting -mean itself changes nothing).
            cmd_ln_set_str_extra_r(im.config, "_mean", (noisy ? im.noisyMeans : im.quietMeans).c_str());
        if (applyMllr(im.ps, noisy ? im.noisyMllr : im.quietMllr)) im.noisy = noisy;
    }
    im.fed = 0;
    im.fedAtPartial = 0;
    im.lastPartial.clear();
    im.done.clear();
    im.doneText.clear();
    im.processing = 0;
    im.cpu = 0;
    im.primeBuf.clear();
    im.primeLimitS = im.nextPrimeS >= 0 ? im.nextPrimeS : im.primeCmnS;
    im.nextPrimeS = -1;
    im.priming = im.primeLimitS > 0 && im.fresh;
    if (!im.startUtterance()) {
        error = "the speech recogniser could not start listening";
        return false;
    }
    return true;
}

void Recognizer::cut() {
    Impl& im = *m_impl;
    auto t0 = Clock::now();
    double c0 = threadCpu();
    if (im.inUtt) im.releasePrime();
    if (!im.inUtt || im.fed == im.uttStart) return;
    im.harvest();
    im.startUtterance();
    im.processing += since(t0);
    im.cpu += threadCpu() - c0;
}

void Recognizer::skip(size_t n) {
    Impl& im = *m_impl;
    if (!im.inUtt || im.fed != im.uttStart) return;  // only between utterances
    im.fed += n;
    im.uttStart = im.fed;
}

double Recognizer::utteranceS() const {
    return double(m_impl->fed - m_impl->uttStart) / 16000.0;
}

void Recognizer::feed(const int16_t* samples, size_t n) {
    Impl& im = *m_impl;
    if (!im.inUtt || n == 0) return;
    auto t0 = Clock::now();
    double c0 = threadCpu();
    if (im.priming) {
        im.primeBuf.insert(im.primeBuf.end(), samples, samples + n);
        if (double(im.primeBuf.size()) >= im.primeLimitS * 16000.0) im.releasePrime();
    } else {
        ps_process_raw(im.ps, samples, n, FALSE, FALSE);
        im.fed += n;
    }
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
    if (!im.doneText.empty()) text = im.doneText + (text.empty() ? "" : " " + text);
    im.lastPartial = text;
    return text;
}

Transcript Recognizer::finish() {
    Impl& im = *m_impl;
    Transcript t;
    auto t0 = Clock::now();
    double c0 = threadCpu();
    if (im.inUtt) im.releasePrime();
    t.durationS = double(im.fed) / 16000.0;
    if (!im.inUtt) return t;
    im.harvest();
    t.words = std::move(im.done);
    t.text = std::move(im.doneText);
    im.done.clear();
    im.doneText.clear();
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
