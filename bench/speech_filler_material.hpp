#pragma once
// Dev material for the hesitation check (speech/hesitation_check.cpp), made
// so its numbers are chosen on more than one way of saying "um": the dev
// voices (awb, kal16) and pitch-shifted copies of them (other registers and
// vocal tracts), at three tempos, reading the bench's dev sentences (0-11)
// and Doorway's own voice-teaching sentences (never a bench sentence), with
// an "um" or "uh" at a position that moves from take to take, in four ways:
// run into both neighbours ("could um try"), set off by commas ("could, um,
// try"), glued before and a pause after ("could um, try"), and a pause
// before but run straight into the next word ("could, um try"). A quick
// tempo shortens the pause a comma leaves (flite's comma pause at 1.2x is
// 60-70 ms). Each take comes with the same sentence read without a filler,
// for the false ones. The held-out voices (slt, rms) and sentences 12-23
// never appear here.
#include "speech/adaptation.hpp"
#include "speech/metrics.hpp"
#include "speech_conditions.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace bench {

struct FillerTake {
    std::string label;  // voice, tempo, sentence, way
    std::string with;   // the text with its filler(s), as said
    std::string plain;  // the same without
    AudioClip withClip, plainClip;
};

// The sentences: the bench's dev ones, then up to `own` of Doorway's
// voice-teaching sentences that are not bench sentences.
inline std::vector<std::string> fillerDevSentences(size_t own) {
    std::vector<std::string> out;
    std::set<std::string> bench;
    for (size_t i = 0; i < benchSentences().size(); ++i) {
        bench.insert(benchSentences()[i].said);
        if (i < kDevSentences) out.push_back(benchSentences()[i].said);
    }
    size_t added = 0;
    for (const auto& s : doorway::speech::teachingSentences())
        if (added < own && !bench.count(s)) out.push_back(s), ++added;
    return out;
}

inline std::vector<FillerTake> fillerDevMaterial(ConditionMaker& maker, size_t ownSentences = 12) {
    static const char* kTempos[] = {"clean", "tempo12", "tempo085"};
    static const char* kWays[] = {"runin", "commas", "after", "before"};
    std::vector<FillerTake> out;
    const auto sentences = fillerDevSentences(ownSentences);
    for (size_t vi = 0; vi < devVoicesShifted().size(); ++vi) {
        const BenchVoice& v = devVoicesShifted()[vi];
        for (size_t si = 0; si < sentences.size(); ++si) {
            auto words = doorway::speech::splitWords(sentences[si]);
            if (words.size() < 4) continue;
            const size_t n = words.size();
            const int way = int((si + vi) % 4);
            const std::string filler = (si + vi) % 2 ? "uh" : "um";
            const size_t at = 1 + (si * 7 + vi * 3) % (n - 1);
            // A long sentence gets a second one, the other filler, another
            // way; the later one goes in first so the earlier position holds.
            std::vector<std::pair<size_t, std::pair<std::string, int>>> fillers = {{at, {filler, way}}};
            if (n >= 9)
                fillers.push_back(
                    {at < n / 2 ? at + n / 3 + 1 : at - n / 3, {filler == "um" ? "uh" : "um", (way + 2) % 4}});
            std::sort(fillers.begin(), fillers.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            std::vector<std::string> ws = words;
            for (const auto& [pos, f] : fillers) {
                const int wy = f.second;  // 0 run in, 1 commas both sides, 2 a comma after, 3 a comma before
                if (wy == 1 || wy == 3) ws[pos - 1] += ",";
                ws.insert(ws.begin() + long(pos), f.first + ((wy == 1 || wy == 2) ? "," : ""));
            }
            std::string with;
            for (const auto& w : ws) with += (with.empty() ? "" : " ") + w;
            const std::string tempo = kTempos[(si / 4 + vi) % 3];
            const std::string id = v.name + "_" + std::to_string(si);
            FillerTake t;
            t.label = v.name + " " + tempo + " " + std::to_string(si) + " " + kWays[way];
            t.with = with;
            t.plain = sentences[si];
            t.withClip = maker.apply(maker.base(v, with, "fdev" + std::to_string(si)), tempo, "fdev_" + id);
            t.plainClip =
                maker.apply(maker.base(v, sentences[si], "fdevplain" + std::to_string(si)), tempo, "fdevplain_" + id);
            out.push_back(std::move(t));
        }
    }
    return out;
}

}  // namespace bench
