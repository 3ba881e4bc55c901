// Word error and real-time factor of the speech pipeline (front end, voice
// activity, biased recogniser) by voice, listening condition and script
// mode, plus fillers, pauses, pace, input warnings and voice adaptation.
//
//   build/bench/speech_bench [--voices slt,rms] [--conditions clean,pink15]
//       [--modes none,exact,adlib] [--split dev|test|all] [--front webrtc|none]
//       [--human] [--fillers] [--pauses] [--pace] [--warnings] [--adapt]
//       [--cache DIR] [--cmn carry|reset] [--prime-cmn S] [--cmn-init C0,C1,...]
//       [--filler-share F] [--min-hesitation S] [--hesitation-sound "uh(4)=AH AH"]
//       [--dump-hesitations FILE] [--filler-dev]
//       [--search-words N] [--work] [-v] [--noise-mllr shipped|none|FILE] [--noise-below DB]
//       [--compose] [--ns-level N] [--quiet-ns-level N] [--quiet-above DB] [--no-ns] [--no-agc]
//       [--noisy-bestpath-lw W] [--noise-var-scale S] [--voices ...,awb_high,kal16_low]
//       [--adapt-passes N] [--adapt-cmn live|current] [--adapt-room-level yes|no]
//       [--adapt-feature-vad yes|no] [--adapt-map yes|no] [--adapt-map-tau T] [--adapt-map-bayes yes|no]
//       [--adapt-mllr-mult yes|no] [--adapt-takes N] [--adapt-warp A] [--adapt-script none|exact|adlib]
//       [-DECODER_ARG VALUE ...]
//
// Script modes: none (the domain bias only), exact (the person's script holds
// the sentence said), adlib (it holds their written version; the take says
// it in other words). A script is six sentences, as a person's would be.
// Voices awb and kal16 and sentences 0-11 are the dev split (tuned on);
// slt, rms, their sox-shifted variants, sentences 12-23 and the human clips
// are never tuned on. Audio is made once with flite and sox and cached.
// RTF is CPU time of the whole pipeline over audio time (less affected by
// what else the machine runs, though on a busy 2-core machine it still moves
// by a third from run to run); wall time is printed at the end.
// The cepstral mean is carried from one take of a voice to the next, as in
// a session at one microphone; --cmn reset starts every take from the prior,
// as a file transcribed alone (about twice the word error on the dev voices).
// -cmninit on the command line is ignored (the model's feat.params wins):
// --cmn-init sets the prior instead.
// --work prints the decoder's own work counters (HMM channels searched,
// senones scored, word exits) per second of audio, read from its log. They
// are the same on every run of the same settings, where CPU time is not: on
// the dev voices in pink noise the same search cost 0.38 CPU RTF at load 2
// and 0.62 at load 8. Judge a speed setting by them, then confirm by CPU.
// The noisy-room transform (noise_adaptation.hpp) is used as the app uses
// it (--noise-mllr shipped, the default): for takes judged noisier than
// --noise-below dB (kNoiseAdaptBelowSnrDb); the tables count the takes heard
// with it ("noisy-room N"). --compose compares it with a voice profile.
// --noisy-bestpath-lw is the best path's language weight for those takes
// (RecognizerOptions::noisyBestpathLw; 0: the quiet takes' -bestpathlw);
// --noise-var-scale its variance scale (kNoiseVarianceScale; 1: as learned).
// --ns-level is the front end's noise suppression in a noisy room,
// --quiet-ns-level in a quiet one (estimated SNR at or above --quiet-above
// dB); FrontEndOptions holds the shipped values.
// --adapt-* set how --adapt learns a voice (AdaptOptions, whose defaults are
// the app's); --adapt-map no learns the transform alone (main before s13),
// --compose always does (it composes transforms). --adapt-takes N learns from
// the first N teaching sentences only: a few takes, as the human clips' rows
// have (leave one out of 5, about 20 s), but on the dev voices.
#include "../tools/list_arg.hpp"
#include "core/paths.hpp"
#include "speech/adaptation.hpp"
#include "speech/bias_model.hpp"
#include "speech/hesitation_check.hpp"
#include "speech/metrics.hpp"
#include "speech/noise_adaptation.hpp"
#include "speech/recognizer.hpp"
#include "speech/take_pipeline.hpp"
#include "speech_bench_tally.hpp"
#include "speech_conditions.hpp"
#include "speech_filler_material.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include <unistd.h>

using namespace doorway::speech;
using namespace bench;

namespace {

using doorway::tools::splitList;

struct Config {
    std::vector<std::string> voices, conditions, modes = {"none", "exact", "adlib"};
    std::string split = "all";
    FrontEndOptions front;
    bool human = false, fillers = false, pauses = false, pace = false, warnings = false, adapt = false;
    bool compose = false;
    bool fillerDev = false;  // --filler-dev
    bool table = true, verbose = false, work = false;
    // Cepstral mean per take: carried from the voice's previous take (a
    // session on one microphone) or reset to the model's prior (a lone
    // file); --prime-cmn S sets it from the take's first S seconds.
    std::string cmn = "carry";
    // "-2": the audio is made with sox -R (no random dither, a fixed noise seed),
    // so a fresh cache is the same on every machine and run. The folder without
    // "-2" holds audio from random seeds (its noisy rows differ) and is left alone.
    std::string cache = (fs::temp_directory_path() / "doorway-speech-bench-cache-2").string();
    std::vector<std::pair<std::string, std::string>> decoderArgs;
    AdaptOptions learn;                 // --adapt-passes, --adapt-cmn, --adapt-room-level, --adapt-feature-vad
    std::string adaptScript = "none";   // --adapt-script none|exact|adlib: the script the --adapt rows hear with
    size_t teachTakes = 0;              // --adapt-takes N: learn from the first N teaching sentences (0: all)
    RecognizerOptions rec;              // tuning knobs (--filler-share, --class-weight, ...)
    std::string noiseMllr = "shipped";  // --noise-mllr
    bool conditionsGiven = false;       // --conditions named (the filler run is clean-only otherwise)
    std::string hesitationDump;         // --dump-hesitations FILE: one line per hesitation heard
};

std::vector<size_t> sentenceIndexes(const std::string& split) {
    std::vector<size_t> out;
    for (size_t i = 0; i < benchSentences().size(); ++i)
        if (split == "all" || (split == "dev") == (i < kDevSentences)) out.push_back(i);
    return out;
}

// The table's voices; the pitch-shifted dev voices (awb_high, kal16_low) only
// when named: a wider dev set (4 x 166 words a condition) whose choices
// move less by chance than the two voices' (a cell moves by 1-3 words).
std::vector<const BenchVoice*> chosenVoices(const Config& c) {
    std::vector<const BenchVoice*> out;
    auto named = [&c](const BenchVoice& v) { return std::count(c.voices.begin(), c.voices.end(), v.name) > 0; };
    for (const auto& v : benchVoices())
        if (c.voices.empty() || named(v)) out.push_back(&v);
    for (const auto& v : devVoicesShifted())
        if (v.cents != 0 && named(v)) out.push_back(&v);
    return out;
}

// The script of the group sentence `i` belongs to, in a mode.
std::string scriptFor(size_t i, const std::string& mode) {
    if (mode == "none") return {};
    std::string s;
    const size_t g = i / kScriptGroup * kScriptGroup;
    for (size_t k = g; k < g + kScriptGroup && k < benchSentences().size(); ++k)
        s += std::string(mode == "exact" ? benchSentences()[k].said : benchSentences()[k].written) + "\n";
    return s;
}

std::unique_ptr<Recognizer> makeRecognizer(const Config& c, const std::string& script, const std::string& mllr = {}) {
    RecognizerOptions o = c.rec;
    o.script = script;
    o.mllr = mllr;
    o.decoderArgs = c.decoderArgs;
    std::string error;
    const double before = domainModelBuildSeconds();
    auto r = Recognizer::create(o, error);
    if (!r) {
        std::fprintf(stderr, "speech_bench: %s\n", error.c_str());
        std::exit(1);
    }
    // What a person waits for before the first word (the biased model is built here).
    if (c.verbose)
        std::printf("  recognizer ready in %.2f s (the domain model built in %.2f s of it, once)\n", r->loadSeconds(),
                    domainModelBuildSeconds() - before);
    return r;
}

double g_decodedS = 0;  // audio seconds through the decoder, for --work

// One take through the pipeline, the session's running cepstral mean
// carried in and out (a person's takes follow one another on one microphone).
TakeAnalysis decode(Recognizer& rec, const AudioClip& clip, const Config& c, std::vector<float>& cmn) {
    if (cmn.empty() || c.cmn != "carry")
        rec.resetCmn();
    else
        rec.setCmn(cmn);
    TakeAnalysis a = analyseClip(rec, clip.samples, c.front);
    cmn = rec.cmn();
    g_decodedS += a.transcript.durationS;
    return a;
}

// [SECTION] Decoder work: PocketSphinx's end-of-utterance counters, summed.
// Lines such as "   60813 channels searched (519/fr), 9630 1st, 40290 last".
void printWork(const std::string& logPath) {
    std::ifstream in(logPath);
    double channels = 0, senones = 0, exits = 0;
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
        for (size_t i = 0; i + 2 < w.size(); ++i) {
            if (w[i + 1] == "channels" && w[i + 2] == "searched") channels += std::atof(w[i].c_str());
            if (w[i + 1] == "senones" && w[i + 2] == "evaluated") senones += std::atof(w[i].c_str());
            if (w[i + 1] == "words" && w[i + 2] == "recognized") exits += std::atof(w[i].c_str());
        }
    }
    const double s = std::max(g_decodedS, 1e-9);
    std::printf(
        "\nDecoder work per second of audio (%.0f s decoded): %.0f channels searched, %.0f senones "
        "evaluated, %.0f word exits\n",
        g_decodedS, channels / s, senones / s, exits / s);
}

std::string key(const BenchVoice& v, size_t i) {
    return v.name + "_" + std::to_string(i);
}

// [SECTION] The word-error table
void werTable(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    // tally[mode][voice][condition]
    std::map<std::string, std::map<std::string, std::map<std::string, Tally>>> tally;
    for (const auto& mode : c.modes) {
        std::map<size_t, std::unique_ptr<Recognizer>> recs;  // one per script group
        for (const BenchVoice* v : voices)
            for (const auto& cond : c.conditions) {
                std::vector<float> cmn;
                for (size_t i : sentences) {
                    const size_t g = mode == "none" ? 0 : i / kScriptGroup;
                    if (!recs[g]) recs[g] = makeRecognizer(c, scriptFor(i, mode));
                    AudioClip take =
                        maker.apply(maker.base(*v, benchSentences()[i].said, std::to_string(i)), cond, key(*v, i));
                    TakeAnalysis a = decode(*recs[g], take, c, cmn);
                    tally[mode][v->name][cond].adapted += a.noiseAdapted;
                    // Script words heard but not said: against the take's own
                    // script, or (no script) the one it would have had.
                    const std::string script = scriptFor(i, mode == "none" ? "exact" : mode);
                    tally[mode][v->name][cond].add(benchSentences()[i].said, a, script);
                    if (c.verbose) {
                        int e = 0, n = 0;
                        wordErrorRate(benchSentences()[i].said, a.transcript.text, &e, &n);
                        std::printf("  [%s %s %s] ref: %s\n  %*s hyp: %s\n", mode.c_str(), v->name.c_str(),
                                    cond.c_str(), benchSentences()[i].said,
                                    int(mode.size() + v->name.size() + cond.size() + 4), "", a.transcript.text.c_str());
                        // One line per take to sum by hand: SNR, room model, errors.
                        std::printf("  take %s %s %s %zu snr %.1f noisy %d errors %d words %d\n", mode.c_str(),
                                    v->name.c_str(), cond.c_str(), i, a.input.snrDb, int(a.noiseAdapted), e, n);
                    }
                }
                if (c.verbose) {
                    // The mean the session ended with: what a better prior would be.
                    std::printf("  [%s %s %s] cepstral mean:", mode.c_str(), v->name.c_str(), cond.c_str());
                    for (float x : cmn) std::printf(" %.2f", x);
                    std::printf("\n");
                }
            }
    }
    std::printf("\nWord error %% (CPU real-time factor) by voice and condition, front end %s, sentences: %s\n",
                frontEndName(c.front.kind), c.split.c_str());
    std::printf("%-9s %-9s", "voice", "condition");
    for (const auto& m : c.modes) std::printf(" %14s", (m + " script").c_str());
    std::printf("\n");
    for (const BenchVoice* v : voices)
        for (const auto& cond : c.conditions) {
            std::printf("%-9s %-9s", (v->name + (v->dev ? "*" : "")).c_str(), cond.c_str());
            for (const auto& m : c.modes) {
                const Tally& t = tally[m][v->name][cond];
                std::printf("   %5.1f (%.2f)", t.wer(), t.rtf());
            }
            std::printf("\n");
        }
    for (int dev = 0; dev <= 1; ++dev) {
        std::printf("\n%s voices, by condition:\n", dev ? "dev (tuned on)" : "held-out");
        for (const auto& cond : c.conditions) {
            std::printf("  %-9s", cond.c_str());
            for (const auto& m : c.modes) {
                Tally sum;
                double lo = 1e9, hi = -1;
                for (const BenchVoice* v : voices)
                    if (v->dev == bool(dev)) {
                        const Tally& t = tally[m][v->name][cond];
                        sum.add(t);
                        lo = std::min(lo, t.wer());
                        hi = std::max(hi, t.wer());
                    }
                if (sum.words)
                    std::printf("  %s %5.1f%% [%.0f-%.0f] rtf %.2f unsaid %.1f%%", m.c_str(), sum.wer(), lo, hi,
                                sum.rtf(), 100.0 * sum.unsaid / sum.words);
                if (sum.words && !c.rec.noiseMllr.empty()) std::printf(" noisy-room %d", sum.adapted);
            }
            std::printf("\n");
        }
    }
    std::printf(
        "(* dev voice; [lo-hi] = range over voices; unsaid = content words of the script heard though the\n"
        " take did not say them, per 100 words said; for no script, of the script it would have had)\n");
}

// [SECTION] Human clips
void humanTable(const Config& c, ConditionMaker& maker) {
    auto clips = humanClips();
    std::printf("\nHuman clips (pocketsphinx-testdata), word error %% (CPU RTF):\n");
    std::printf("%-10s %-8s %14s %14s\n", "set", "cond", "no script", "exact script");
    std::map<std::string, std::string> scripts;
    for (const auto& h : clips) scripts[h.set] += h.text + "\n";
    auto none = makeRecognizer(c, "");
    for (const std::string cond : {"clean", "pink15"}) {
        std::map<std::string, Tally> a, b;
        for (const auto& set : {"librivox", "cards", "goforward"}) {
            auto exact = makeRecognizer(c, scripts[set]);
            std::vector<float> cmnA, cmnB;
            for (size_t i = 0; i < clips.size(); ++i) {
                if (clips[i].set != set) continue;
                AudioClip take = maker.apply(clips[i].clip, cond, "human_" + std::to_string(i));
                TakeAnalysis ta = decode(*none, take, c, cmnA);
                a[set].add(clips[i].text, ta);
                a[set].adapted += ta.noiseAdapted;
                b[set].add(clips[i].text, decode(*exact, take, c, cmnB));
            }
            std::printf("%-10s %-8s   %5.1f (%.2f)   %5.1f (%.2f)", set, cond.c_str(), a[set].wer(), a[set].rtf(),
                        b[set].wer(), b[set].rtf());
            if (!c.rec.noiseMllr.empty()) std::printf("  noisy-room %d", a[set].adapted);
            std::printf("\n");
        }
    }
}

// [SECTION] Fillers: "um" and "uh" said inside sentences (counted in speech_bench_tally.hpp)
// "um" after the second word and "uh" before the last third of each
// sentence, and the sentence as written, by voice and condition; with
// --human, each human clip alone (as `transcribe` hears a file) for false
// fillers. Before -> after: without and with the hesitation check.
void fillerRun(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    auto rec = makeRecognizer(c, "");
    FILE* dump = c.hesitationDump.empty() ? nullptr : std::fopen(c.hesitationDump.c_str(), "w");
    const std::vector<std::string> conditions = c.conditionsGiven ? c.conditions : std::vector<std::string>{"clean"};
    std::printf("\nFillers (said -> heard, before -> after the hesitation check), no script:\n");
    // The plain takes alone too: issue 14 counts false fillers per 100 words
    // of takes said without one.
    FillerTally devSum, testSum, devPlain, testPlain;
    for (const std::string& cond : conditions)
        for (const BenchVoice* v : voices) {
            FillerTally fill, plain;
            std::vector<float> cmn;
            for (size_t i : sentences) {
                auto words = splitWords(benchSentences()[i].said);
                std::string with;
                for (size_t k = 0; k < words.size(); ++k) {
                    if (k == 2) with += "um, ";
                    if (k == words.size() * 2 / 3) with += "uh, ";
                    with += words[k] + " ";
                }
                const std::string id = v->name + "_" + std::to_string(i);
                AudioClip take = maker.apply(maker.base(*v, with, "fill" + std::to_string(i)), cond, "fill_" + id);
                TakeAnalysis a = decode(*rec, take, c, cmn);
                fill.add(a, with, dump, "fill " + v->name + " " + cond + " " + std::to_string(i));
                AudioClip p =
                    maker.apply(maker.base(*v, benchSentences()[i].said, std::to_string(i)), cond, key(*v, i));
                TakeAnalysis b = decode(*rec, p, c, cmn);
                plain.add(b, benchSentences()[i].said, dump, "plain " + v->name + " " + cond + " " + std::to_string(i));
                if (c.verbose)
                    std::printf("    %s %s %zu fill:  %s\n    %s %s %zu plain: %s\n", v->name.c_str(), cond.c_str(), i,
                                timedText(a).c_str(), v->name.c_str(), cond.c_str(), i, timedText(b).c_str());
            }
            FillerTally both = fill;
            both.add(plain);
            (v->dev ? devSum : testSum).add(both);
            (v->dev ? devPlain : testPlain).add(plain);
            both.print((v->name + (v->dev ? "*" : "") + " " + cond).c_str());
        }
    if (devSum.words) devSum.print("dev voices (tuned on)");
    if (devPlain.words) devPlain.print("dev voices, takes without one");
    if (testSum.words) testSum.print("held-out voices");
    if (testPlain.words) testPlain.print("held-out voices, takes without one");
    if (c.human) {
        // Each clip alone from the model's prior, primed as a file: what
        // `doorway transcribe` does with it. None of them has a hesitation.
        std::vector<float> none;
        for (const std::string& cond : conditions) {
            FillerTally sum;
            auto clips = humanClips();
            for (size_t i = 0; i < clips.size(); ++i) {
                AudioClip take = maker.apply(clips[i].clip, cond, "human_" + std::to_string(i));
                none.clear();
                TakeAnalysis a = decode(*rec, take, c, none);
                FillerTally one;
                one.add(a, clips[i].text, dump, "human " + clips[i].set + " " + cond + " " + std::to_string(i));
                sum.add(one);
                if (c.verbose) std::printf("    human %zu %s: %s\n", i, cond.c_str(), timedText(a).c_str());
            }
            sum.print(("human clips " + cond).c_str());
        }
    }
    if (dump) std::fclose(dump);
}

// --filler-dev: the hesitation check's dev material (speech_filler_material.hpp),
// by way the filler was said and by tempo, each take with its plain twin.
void fillerDevRun(const Config& c, ConditionMaker& maker) {
    auto rec = makeRecognizer(c, "");
    FILE* dump = c.hesitationDump.empty() ? nullptr : std::fopen(c.hesitationDump.c_str(), "w");
    std::map<std::string, FillerTally> byWay, byTempo;
    FillerTally sum;
    std::string lastVoice;
    std::vector<float> cmn;
    for (const FillerTake& t : fillerDevMaterial(maker)) {
        const std::string voice = t.label.substr(0, t.label.find(' '));
        if (voice != lastVoice) cmn.clear(), lastVoice = voice;
        TakeAnalysis a = decode(*rec, t.withClip, c, cmn);
        FillerTally one;
        one.add(a, t.with, dump, "fdev " + t.label);
        TakeAnalysis b = decode(*rec, t.plainClip, c, cmn);
        one.add(b, t.plain, dump, "fdevplain " + t.label);
        if (c.verbose) std::printf("    %s: %s\n      %s\n", t.label.c_str(), t.with.c_str(), timedText(a).c_str());
        std::istringstream parts(t.label);
        std::string v, tempo, si, way;
        parts >> v >> tempo >> si >> way;
        byWay[way].add(one);
        byTempo[tempo].add(one);
        sum.add(one);
    }
    std::printf("\nFiller dev material (said -> heard, before -> after the hesitation check), no script:\n");
    for (const auto& [k, t] : byWay) t.print(("way " + k).c_str());
    for (const auto& [k, t] : byTempo) t.print(("tempo " + k).c_str());
    sum.print("all dev material");
    if (dump) std::fclose(dump);
}

// [SECTION] Pauses: a 2.5 s pause inside a sentence, room noise at 20 dB
void pauseRun(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    auto rec = makeRecognizer(c, "");
    int takes = 0, flagged = 0, plainTakes = 0, falsePauses = 0;
    for (const BenchVoice* v : voices) {
        std::vector<float> cmn;
        for (size_t i : sentences) {
            auto words = splitWords(benchSentences()[i].said);
            std::string first, second;
            for (size_t k = 0; k < words.size(); ++k) (k < words.size() / 2 ? first : second) += words[k] + " ";
            AudioClip a = maker.base(*v, first, "half1_" + std::to_string(i));
            AudioClip b = maker.base(*v, second, "half2_" + std::to_string(i));
            AudioClip joined = ConditionMaker::join(a, b, 2.5 - 0.8);  // each half carries 0.4 s of silence
            AudioClip noisy = maker.apply(joined, "room20", "pause_" + key(*v, i));
            TakeAnalysis r = decode(*rec, noisy, c, cmn);
            auto m = computeSpeechMetrics(r.transcript.words, r.transcript.durationS, {}, kLongPauseS, &r.voiced);
            ++takes;
            flagged += m.pauses >= 1;
            AudioClip plain =
                maker.apply(maker.base(*v, benchSentences()[i].said, std::to_string(i)), "room20", key(*v, i));
            TakeAnalysis q = decode(*rec, plain, c, cmn);
            auto mq = computeSpeechMetrics(q.transcript.words, q.transcript.durationS, {}, kLongPauseS, &q.voiced);
            ++plainTakes;
            falsePauses += mq.pauses;
            if (c.verbose)
                std::printf("  %s %zu: pauses %d (longest %.2f), plain %d\n", v->name.c_str(), i, m.pauses,
                            m.longestPauseS, mq.pauses);
        }
    }
    std::printf(
        "\nPauses (room noise at 20 dB): a 2.5 s pause flagged in %d of %d takes (%.0f%%); "
        "%d pauses flagged in %d takes without one\n",
        flagged, takes, 100.0 * flagged / std::max(1, takes), falsePauses, plainTakes);
}

// [SECTION] Pace: words per minute against the truth, and tempo changes
void paceRun(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    auto rec = makeRecognizer(c, "");
    struct Row {
        int takes = 0, within10 = 0;
        double ratioSum = 0;
    };
    std::map<std::string, Row> rows;
    const std::vector<std::pair<std::string, double>> conds = {
        {"clean", 1.0}, {"pink15", 1.0}, {"room20", 1.0}, {"tempo085", 0.85}, {"tempo12", 1.2}};
    for (const BenchVoice* v : voices) {
        std::vector<float> cmn;
        for (size_t i : sentences) {
            AudioClip clean = maker.base(*v, benchSentences()[i].said, std::to_string(i));
            // The truth: the sentence's words over its voiced time in the clean clip.
            FrontEndOptions plain;
            plain.kind = FrontEndKind::None;
            VoiceTracker truthVoice;
            {
                FrontEnd fe(plain);
                std::vector<int16_t> out;
                std::vector<uint8_t> voiced;
                fe.process(clean.samples.data(), clean.samples.size(), out, voiced);
                for (auto f : voiced) truthVoice.push(f);
                truthVoice.finish();
            }
            const auto& spans = truthVoice.spans();
            if (spans.empty()) continue;
            const double truthS = spans.back().end - spans.front().start;
            const double truthWpm = double(splitWords(benchSentences()[i].said).size()) / truthS * 60;
            for (const auto& [cond, factor] : conds) {
                TakeAnalysis a = decode(*rec, maker.apply(clean, cond, key(*v, i)), c, cmn);
                auto m = computeSpeechMetrics(a.transcript.words, a.transcript.durationS, {}, kLongPauseS, &a.voiced);
                const double ratio = m.wpm / (truthWpm * factor);
                Row& r = rows[cond];
                ++r.takes;
                r.within10 += std::fabs(ratio - 1) <= 0.10;
                r.ratioSum += ratio;
            }
        }
    }
    std::printf("\nPace: measured words a minute over the truth (true tempo included)\n");
    for (const auto& [cond, factor] : conds) {
        const Row& r = rows[cond];
        std::printf("  %-9s %d takes, %d within 10%% (%.0f%%), mean ratio %.3f (reads %.2fx for %.2fx)\n", cond.c_str(),
                    r.takes, r.within10, 100.0 * r.within10 / std::max(1, r.takes), r.ratioSum / std::max(1, r.takes),
                    factor * r.ratioSum / std::max(1, r.takes), factor);
    }
}

// [SECTION] Input warnings by condition
void warningRun(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    std::vector<std::string> conds = c.conditions;
    if (!std::count(conds.begin(), conds.end(), "phone")) conds.push_back("phone");
    // Takes of three sentences with a breath between them, as a person says
    // an invitation (a single sentence has too little pause to judge a room by).
    std::printf(
        "\nInput warnings (takes of three sentences): share of takes with each warning;\n"
        "mean and range of estimated SNR, high band, background voicing\n");
    std::printf("  %-9s %7s %7s %7s %18s %8s %18s\n", "condition", "phone", "loud", "voice", "snr dB", "high dB",
                "bg voicing");
    for (const auto& cond : conds) {
        int n = 0, phone = 0, loud = 0, voice = 0;
        double snr = 0, high = 0, bg = 0, snrLo = 1e9, snrHi = -1e9, bgLo = 1e9, bgHi = -1e9;
        for (const BenchVoice* v : voices)
            for (size_t k = 0; k + 2 < sentences.size(); k += 3) {
                AudioClip joined = maker.base(*v, benchSentences()[sentences[k]].said, std::to_string(sentences[k]));
                for (size_t j = 1; j < 3; ++j)
                    joined = ConditionMaker::join(
                        joined,
                        maker.base(*v, benchSentences()[sentences[k + j]].said, std::to_string(sentences[k + j])), 0.2);
                AudioClip take = maker.apply(joined, cond, "three_" + key(*v, sentences[k]));
                InputQuality q(cond == "phone" ? 0 : 0);  // the 8 kHz origin is hidden: the spectrum must tell
                q.add(take.samples.data(), take.samples.size());
                InputReport r = q.report();
                ++n;
                phone += r.phoneBand, loud += r.loudRoom, voice += r.otherVoice;
                snr += r.snrDb, high += r.highBandDb, bg += r.backgroundVoicing;
                snrLo = std::min(snrLo, r.snrDb), snrHi = std::max(snrHi, r.snrDb);
                bgLo = std::min(bgLo, r.backgroundVoicing), bgHi = std::max(bgHi, r.backgroundVoicing);
            }
        std::printf("  %-9s %6.0f%% %6.0f%% %6.0f%% %6.1f [%4.1f-%4.1f] %8.1f %6.2f [%.2f-%.2f]\n", cond.c_str(),
                    100.0 * phone / n, 100.0 * loud / n, 100.0 * voice / n, snr / n, snrLo, snrHi, high / n, bg / n,
                    bgLo, bgHi);
    }
}

// [SECTION] Voice adaptation: learn from the 12 teaching sentences, test on the bench's

// -v: one take heard without and with the learned voice, and the errors of each.
void printAdaptedTake(const std::string& label, const std::string& said, const TakeAnalysis& before,
                      const TakeAnalysis& after) {
    int e0 = 0, e1 = 0, n = 0;
    wordErrorRate(said, before.transcript.text, &e0, &n);
    wordErrorRate(said, after.transcript.text, &e1, &n);
    std::printf("    take %s %d -> %d | %s\n      before: %s\n      after:  %s\n", label.c_str(), e0, e1, said.c_str(),
                before.transcript.text.c_str(), after.transcript.text.c_str());
}

void adaptRun(const Config& c, ConditionMaker& maker) {
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    AdaptOptions ao = c.learn;
    ao.frontEnd = c.front;
    const size_t nTeach =
        c.teachTakes ? std::min(c.teachTakes, teachingSentences().size()) : teachingSentences().size();
    std::printf("\nVoice adaptation (MLLR from %zu teaching sentences), word error %% on other sentences, script: %s\n",
                nTeach, c.adaptScript.c_str());
    std::printf("  %-12s %-8s %8s %8s %8s\n", "voice", "cond", "before", "after", "change");
    auto plainRec = makeRecognizer(c, "");
    for (const BenchVoice* v : voices)
        for (const auto& cond : c.conditions) {
            std::vector<TeachingTake> teach;
            for (size_t k = 0; k < nTeach; ++k)
                teach.push_back({teachingSentences()[k],
                                 maker.apply(maker.base(*v, teachingSentences()[k], "teach" + std::to_string(k)), cond,
                                             "teach_" + key(*v, k))});
            std::string mllr, error;
            auto t0 = std::chrono::steady_clock::now();
            AdaptOptions few = ao;
            few.minTakes = std::min(few.minTakes, teach.size());
            if (!learnVoice(teach, few, mllr, error)) {
                std::printf("  %-12s %-8s adaptation failed: %s\n", v->name.c_str(), cond.c_str(), error.c_str());
                continue;
            }
            double learnS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            Config warped = c;
            if (ao.warp > 0)
                warped.decoderArgs.insert(warped.decoderArgs.end(), {{"-warp_type", "inverse_linear"},
                                                                     {"-warp_params", std::to_string(ao.warp)}});
            // --adapt-script exact|adlib: each sentence heard with its group's script.
            std::map<size_t, std::unique_ptr<Recognizer>> plainBy, adaptedBy;
            auto recFor = [&](auto& by, size_t i, const Config& cfg, const std::string& profile) -> Recognizer& {
                const size_t g = c.adaptScript == "none" ? 0 : i / kScriptGroup;
                if (!by[g]) by[g] = makeRecognizer(cfg, scriptFor(i, c.adaptScript), profile);
                return *by[g];
            };
            if (c.adaptScript == "none") plainBy[0] = std::move(plainRec);
            Tally before, after;
            std::vector<float> cmnA, cmnB;
            for (size_t i : sentences) {
                AudioClip take =
                    maker.apply(maker.base(*v, benchSentences()[i].said, std::to_string(i)), cond, key(*v, i));
                const TakeAnalysis a = decode(recFor(plainBy, i, c, ""), take, c, cmnA),
                                   b = decode(recFor(adaptedBy, i, warped, mllr), take, c, cmnB);
                before.add(benchSentences()[i].said, a);
                after.add(benchSentences()[i].said, b);
                if (c.verbose) printAdaptedTake(v->name + " " + std::to_string(i), benchSentences()[i].said, a, b);
            }
            std::printf(
                "  %-12s %-8s %7.1f%% %7.1f%% %+7.0f%%  (%d -> %d of %d words; learned in %.1f s; CPU RTF %.2f / "
                "%.2f)\n",
                v->name.c_str(), cond.c_str(), before.wer(), after.wer(),
                before.wer() > 0 ? 100.0 * (after.wer() - before.wer()) / before.wer() : 0, before.errors, after.errors,
                before.words, learnS, before.rtf(), after.rtf());
            if (c.adaptScript == "none") plainRec = std::move(plainBy[0]);
        }
    if (c.human) {
        // Leave one out: learn from the speaker's other clips, test on this one.
        auto clips = humanClips();
        for (const auto& set : {"librivox", "cards"}) {
            Tally before, after;
            double learnS = 0;
            int n = 0;
            for (size_t i = 0; i < clips.size(); ++i) {
                if (clips[i].set != set) continue;
                ++n;
                std::vector<TeachingTake> teach;
                for (size_t k = 0; k < clips.size(); ++k)
                    if (k != i && clips[k].set == set) teach.push_back({clips[k].text, clips[k].clip});
                AdaptOptions few = ao;
                few.minTakes = 3;
                std::string mllr, error;
                std::vector<float> cmnA, cmnB;
                const TakeAnalysis plain = decode(*plainRec, clips[i].clip, c, cmnA);
                before.add(clips[i].text, plain);
                const auto t0 = std::chrono::steady_clock::now();
                const bool learned = learnVoice(teach, few, mllr, error);
                learnS += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                if (learned) {
                    auto adapted = makeRecognizer(c, "", mllr);
                    const TakeAnalysis b = decode(*adapted, clips[i].clip, c, cmnB);
                    after.add(clips[i].text, b);
                    if (c.verbose)
                        printAdaptedTake(std::string(set) + " " + std::to_string(i), clips[i].text, plain, b);
                } else {
                    after.add(clips[i].text, decode(*plainRec, clips[i].clip, c, cmnB));
                }
            }
            std::printf(
                "  human:%-6s clean    %7.1f%% %7.1f%% %+7.0f%%  (%d -> %d of %d words; leave one out, %d clips;"
                " learned in %.1f s on average)\n",
                set, before.wer(), after.wer(),
                before.wer() > 0 ? 100.0 * (after.wer() - before.wer()) / before.wer() : 0, before.errors, after.errors,
                before.words, n - 1, n ? learnS / n : 0);
        }
    }
}

// [SECTION] A voice profile and the noisy-room transform together: the
// voice learned from clean teaching takes, heard in each condition with
// neither, either, the app's rule (a noisy take: the room's alone), or the
// two composed in one order or the other (PocketSphinx holds one transform).
// Composed and room columns apply only to takes judged noisy, as the app.
void composeRun(const Config& c, ConditionMaker& maker) {
    if (c.rec.noiseMllr.empty()) {
        std::fprintf(stderr, "speech_bench: --compose needs --noise-mllr\n");
        std::exit(2);
    }
    auto voices = chosenVoices(c);
    auto sentences = sentenceIndexes(c.split);
    AdaptOptions ao = c.learn;
    ao.frontEnd = c.front;
    ao.map = false;  // transforms composed with transforms
    std::printf("\nVoice profile (clean teaching takes) with the noisy-room transform, word error %%, no script:\n");
    std::printf("  %-10s %-8s %8s %8s %8s %8s %11s %11s\n", "voice", "cond", "neither", "voice", "room", "app",
                "voice>room", "room>voice");
    for (const BenchVoice* v : voices) {
        std::vector<TeachingTake> teach;
        for (size_t k = 0; k < teachingSentences().size(); ++k)
            teach.push_back(
                {teachingSentences()[k], maker.base(*v, teachingSentences()[k], "teach" + std::to_string(k))});
        std::string voice, error;
        if (!learnVoice(teach, ao, voice, error)) {
            std::printf("  %-10s adaptation failed: %s\n", v->name.c_str(), error.c_str());
            continue;
        }
        Config plain = c;
        plain.rec.noiseMllr.clear();
        std::vector<std::unique_ptr<Recognizer>> recs;
        recs.push_back(makeRecognizer(plain, ""));
        recs.push_back(makeRecognizer(plain, "", voice));
        recs.push_back(makeRecognizer(c, ""));
        recs.push_back(makeRecognizer(c, "", voice));
        recs.push_back(makeRecognizer(plain, "", composeMllr(voice, c.rec.noiseMllr)));
        recs.push_back(makeRecognizer(plain, "", composeMllr(c.rec.noiseMllr, voice)));
        for (const auto& cond : c.conditions) {
            std::vector<Tally> t(recs.size());
            std::vector<std::vector<float>> cmn(recs.size());
            for (size_t i : sentences) {
                AudioClip take =
                    maker.apply(maker.base(*v, benchSentences()[i].said, std::to_string(i)), cond, key(*v, i));
                InputQuality q(0, InputSource::File);
                q.add(take.samples.data(), take.samples.size());
                const bool noisy = roomWantsNoiseAdaptation(q.report(), c.rec.noiseBelowSnrDb);
                for (size_t r = 0; r < recs.size(); ++r)
                    t[r].add(benchSentences()[i].said, decode(r >= 4 && !noisy ? *recs[1] : *recs[r], take, c, cmn[r]));
            }
            std::printf("  %-10s %-8s %7.1f%% %7.1f%% %7.1f%% %7.1f%% %10.1f%% %10.1f%%\n", v->name.c_str(),
                        cond.c_str(), t[0].wer(), t[1].wer(), t[2].wer(), t[3].wer(), t[4].wer(), t[5].wer());
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    Config c;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "speech_bench: %s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--help" || a == "-h") {
            // The usage is the comment at the top of this file.
            std::printf(
                "speech_bench [--voices slt,rms] [--conditions clean,pink15] [--modes none,exact,adlib]\n"
                "  [--split dev|test|all] [--front webrtc|none] [--human] [--fillers] [--filler-dev] [--pauses]\n"
                "  [--pace] [--warnings] [--adapt] [--compose] [--cache DIR] [-v] [-DECODER_ARG VALUE ...]\n"
                "Dev split: voices awb, kal16 and sentences 0-11 (tune on these); test: slt, rms, slt_low,\n"
                "rms_high, sentences 12-23 and the human clips. See bench/speech_bench.cpp for every option.\n");
            return 0;
        } else if (a == "--voices")
            c.voices = splitList(next());
        else if (a == "--conditions")
            c.conditions = splitList(next()), c.conditionsGiven = true;
        else if (a == "--dump-hesitations")
            c.hesitationDump = next();
        else if (a == "--modes")
            c.modes = splitList(next());
        else if (a == "--split")
            c.split = next();
        else if (a == "--front") {
            if (!parseFrontEnd(next(), c.front.kind))
                return std::fprintf(stderr, "speech_bench: --front none|webrtc\n"), 2;
        } else if (a == "--no-agc")
            c.front.gainControl = false;
        else if (a == "--no-ns")
            c.front.noiseSuppression = false;
        else if (a == "--quiet-ns-level")
            c.front.quietSuppressionLevel = std::atoi(next().c_str());
        else if (a == "--quiet-above")
            c.front.quietRoomAboveSnrDb = std::atof(next().c_str());
        else if (a == "--ns-level")
            c.front.suppressionLevel = std::atoi(next().c_str());
        else if (a == "--noise-mllr")
            c.noiseMllr = next();
        else if (a == "--noise-below")
            c.rec.noiseBelowSnrDb = std::atof(next().c_str());
        else if (a == "--noisy-bestpath-lw")
            c.rec.noisyBestpathLw = std::atof(next().c_str());
        else if (a == "--noise-var-scale") {
            c.rec.noiseVarianceScale = std::atof(next().c_str());
            if (!(c.rec.noiseVarianceScale > 0))
                return std::fprintf(stderr, "speech_bench: --noise-var-scale takes a number above 0\n"), 2;
        } else if (a == "--cache")
            c.cache = next();
        else if (a == "--filler-share")
            c.rec.fillerShare = std::atof(next().c_str());
        else if (a == "--hesitation-sound") {
            // WORD=PHONES, e.g. "uh(3)=AH AH" or uh(3)=AH_AH
            const std::string v = next();
            const auto eq = v.find('=');
            if (eq == std::string::npos) return std::fprintf(stderr, "speech_bench: --hesitation-sound W=PH\n"), 2;
            std::string phones = v.substr(eq + 1);
            std::replace(phones.begin(), phones.end(), '_', ' ');  // "AH_AH" for a shell without quotes
            c.rec.extraHesitationSounds.emplace_back(v.substr(0, eq), phones);
        } else if (a == "--min-hesitation")
            c.rec.minHesitationS = std::atof(next().c_str());
        else if (a == "--search-words")
            c.rec.searchCommonWords = size_t(std::atol(next().c_str()));
        else if (a == "--class-weight")
            c.rec.classWeight = std::atof(next().c_str());
        else if (a == "--bias-weight")
            c.rec.biasWeight = std::atof(next().c_str());
        else if (a == "--domain-text-weight")
            c.rec.domainTextWeight = std::atof(next().c_str());
        else if (a == "--domain-text-variants")
            c.rec.domainTextVariants = next() == "yes";
        else if (a == "--domain-text-min-repeat")
            c.rec.domainTextMinRepeat = std::atoi(next().c_str());
        else if (a == "--script-weight")
            c.rec.scriptWeight = std::atof(next().c_str());
        else if (a == "--script-share")
            c.rec.scriptShare = std::atof(next().c_str());
        else if (a == "--prime-cmn")
            c.rec.primeCmnS = std::atof(next().c_str());
        else if (a == "--cmn-init") {
            c.rec.cmnInit.clear();
            for (const auto& x : splitList(next())) c.rec.cmnInit.push_back(float(std::atof(x.c_str())));
        } else if (a == "--cmn")
            c.cmn = next();
        else if (a == "--human")
            c.human = true;
        else if (a == "--fillers")
            c.fillers = true, c.table = false;
        else if (a == "--filler-dev")
            c.fillerDev = true, c.table = false;
        else if (a == "--pauses")
            c.pauses = true, c.table = false;
        else if (a == "--pace")
            c.pace = true, c.table = false;
        else if (a == "--warnings")
            c.warnings = true, c.table = false;
        else if (a == "--adapt")
            c.adapt = true, c.table = false;
        else if (a == "--adapt-passes")
            c.learn.passes = std::atoi(next().c_str());
        else if (a == "--adapt-cmn")
            c.learn.cmn = next();
        else if (a == "--adapt-room-level")
            c.learn.roomLevel = next() == "yes";
        else if (a == "--adapt-map-tau")
            c.learn.mapTau = std::atof(next().c_str());
        else if (a == "--adapt-map-bayes")
            c.learn.mapBayes = next() == "yes";
        else if (a == "--adapt-mllr-mult")
            c.learn.mllrMult = next() == "yes";
        else if (a == "--adapt-script")
            c.adaptScript = next();
        else if (a == "--adapt-warp")
            c.learn.warp = std::atof(next().c_str());
        else if (a == "--adapt-takes")
            c.teachTakes = size_t(std::atoi(next().c_str()));
        else if (a == "--adapt-map")
            c.learn.map = next() == "yes";
        else if (a == "--adapt-feature-vad")
            c.learn.featureVad = next() == "yes";
        else if (a == "--compose")
            c.compose = true, c.table = false;
        else if (a == "--table")
            c.table = true;
        else if (a == "-v")
            c.verbose = true;
        else if (a == "--work")
            c.work = true;
        else if (a.size() > 1 && a[0] == '-')
            c.decoderArgs.emplace_back(a, next());
        else
            return std::fprintf(stderr, "speech_bench: unknown argument '%s'\n", a.c_str()), 2;
    }
    {
        // "shipped": assets/speech/noise.mllr; "none": off; else a file.
        std::string error;
        const std::string& v = c.noiseMllr;
        if (v != "none" && (v == "shipped" ? !loadNoiseAdaptation(c.rec.noiseMllr, error)
                                           : !doorway::readFile(v, c.rec.noiseMllr, error, 1u << 20) ||
                                                 !mllrFits(c.rec.noiseMllr, c.rec.modelDir)))
            return std::fprintf(stderr, "speech_bench: --noise-mllr %s: %s\n", v.c_str(),
                                error.empty() ? "not a transform of this model" : error.c_str()),
                   2;
    }
    if (c.conditions.empty()) c.conditions = c.adapt ? std::vector<std::string>{"clean"} : allConditions();
    ConditionMaker maker(c.cache);
    const std::string workLog =
        (fs::temp_directory_path() / ("speech-bench-work-" + std::to_string(::getpid()))).string();
    if (c.work) {
        // The log is PocketSphinx's only report of its work; it is written
        // afresh here and removed after.
        fs::remove(workLog);
        c.decoderArgs.emplace_back("-logfn", workLog);
    }
    auto t0 = std::chrono::steady_clock::now();
    if (c.table) werTable(c, maker);
    if (c.table && c.human) humanTable(c, maker);
    if (c.fillers) fillerRun(c, maker);
    if (c.fillerDev) fillerDevRun(c, maker);
    if (c.pauses) pauseRun(c, maker);
    if (c.pace) paceRun(c, maker);
    if (c.warnings) warningRun(c, maker);
    if (c.adapt) adaptRun(c, maker);
    if (c.compose) composeRun(c, maker);
    if (c.work) {
        printWork(workLog);
        fs::remove(workLog);
    }
    std::printf("\n(%.0f s wall; audio cached in %s)\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), c.cache.c_str());
    return 0;
}
