#pragma once
// What speech_bench counts, apart from how it runs: word errors, audio and
// CPU time over takes (Tally), and the hesitations said and heard in a take,
// before and after the hesitation check (FillerTally), with the alignment
// that pairs them. Moved out of speech_bench.cpp as it was, to keep that
// file under 800 lines.
#include "speech/hesitation_check.hpp"
#include "speech/metrics.hpp"
#include "speech/take_pipeline.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace bench {

using doorway::speech::HesitationEvidence;
using doorway::speech::hesitationEvidence;
using doorway::speech::isHesitation;
using doorway::speech::normalizeWord;
using doorway::speech::splitWords;
using doorway::speech::TakeAnalysis;
using doorway::speech::TimedWord;
using doorway::speech::wordErrorRate;

// Word errors, words, audio and CPU seconds summed over takes.
struct Tally {
    int errors = 0, words = 0;
    int unsaid = 0;   // words heard that the script has and the take did not say
    int adapted = 0;  // takes heard with the noisy-room transform (--noise-mllr)
    double audioS = 0, cpuS = 0, wallS = 0;
    void add(const std::string& ref, const TakeAnalysis& a, const std::string& script = {}) {
        int e = 0, n = 0;
        wordErrorRate(ref, a.transcript.text, &e, &n);
        errors += e;
        words += n;
        if (!script.empty()) {
            // Content words only (five letters or more): "the" or "you" in a
            // script says nothing about where a heard "the" came from.
            auto said = splitWords(ref), inScript = splitWords(script);
            for (const auto& w : splitWords(a.transcript.text))
                if (w.size() >= 5 && std::count(inScript.begin(), inScript.end(), w) &&
                    !std::count(said.begin(), said.end(), w))
                    ++unsaid;
        }
        audioS += a.transcript.durationS;
        cpuS += a.transcript.cpuS;
        wallS += a.transcript.processingS;
    }
    void add(const Tally& t) {
        errors += t.errors, words += t.words, unsaid += t.unsaid, audioS += t.audioS, cpuS += t.cpuS, wallS += t.wallS;
        adapted += t.adapted;
    }
    double wer() const { return words ? 100.0 * errors / words : 0; }
    double rtf() const { return audioS > 0 ? cpuS / audioS : 0; }
};

// Every word heard, the hesitations left out (TakeAnalysis::doubted) put back
// in time order: what the decoder said before the check.
inline std::vector<TimedWord> allHeard(const TakeAnalysis& a) {
    std::vector<TimedWord> out = a.transcript.words;
    out.insert(out.end(), a.doubted.begin(), a.doubted.end());
    std::stable_sort(out.begin(), out.end(), [](const TimedWord& x, const TimedWord& y) { return x.start < y.start; });
    return out;
}

// Which heard hesitations stand for one said: an edit-distance alignment of
// the heard words to the said ones, a hesitation matching any hesitation.
inline std::vector<bool> saidHesitations(const std::vector<TimedWord>& heard, const std::vector<std::string>& said) {
    const size_t n = said.size(), m = heard.size();
    auto same = [&](size_t i, size_t j) {
        const std::string h = normalizeWord(heard[j].word);
        return h == said[i] || (isHesitation(h) && isHesitation(said[i]));
    };
    // Costs doubled, and a hesitation swapped for a word costs 3, so of two
    // equal alignments the one that pairs the hesitations wins.
    auto sub = [&](size_t i, size_t j) {
        if (same(i, j)) return 0;
        return isHesitation(said[i]) != isHesitation(normalizeWord(heard[j].word)) ? 3 : 2;
    };
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = 0; i <= n; ++i) d[i][0] = 2 * int(i);
    for (size_t j = 0; j <= m; ++j) d[0][j] = 2 * int(j);
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j)
            d[i][j] = std::min({d[i - 1][j - 1] + sub(i - 1, j - 1), d[i - 1][j] + 2, d[i][j - 1] + 2});
    std::vector<bool> out(m, false);
    for (size_t i = n, j = m; i > 0 && j > 0;) {
        if (d[i][j] == d[i - 1][j - 1] + sub(i - 1, j - 1)) {
            out[j - 1] = same(i - 1, j - 1) && isHesitation(said[i - 1]);
            --i, --j;
        } else if (d[i][j] == d[i - 1][j] + 2) {
            --i;
        } else {
            --j;
        }
    }
    return out;
}

// Hesitations heard in a take, before and after the check, said or not.
struct FillerTally {
    int said = 0;                    // hesitations in the text spoken
    int heardBefore = 0, heard = 0;  // said ones heard, before / after the check
    int falseBefore = 0, falseCount = 0;
    int words = 0;  // words spoken that are not hesitations
    void add(const TakeAnalysis& a, const std::string& text, FILE* dump, const std::string& label) {
        auto saidWords = splitWords(text);
        for (const auto& w : saidWords) (isHesitation(w) ? said : words) += 1;
        // After the check: its words as they are (a split hesitation joined).
        const auto after = saidHesitations(a.transcript.words, saidWords);
        for (size_t j = 0; j < after.size(); ++j)
            if (isHesitation(normalizeWord(a.transcript.words[j].word))) (after[j] ? heard : falseCount) += 1;
        // Before: every word the decoder gave.
        const auto all = allHeard(a);
        const auto real = saidHesitations(all, saidWords);
        for (size_t j = 0; j < all.size(); ++j) {
            if (!isHesitation(normalizeWord(all[j].word))) continue;
            const bool kept =
                std::any_of(a.transcript.words.begin(), a.transcript.words.end(),
                            [&](const TimedWord& w) { return w.start == all[j].start && w.word == all[j].word; });
            (real[j] ? heardBefore : falseBefore) += 1;
            if (dump) {
                const HesitationEvidence e = hesitationEvidence(all, j);
                std::fprintf(dump, "%s %s %d %d %.3f %.4f %.3f %.3f\n", label.c_str(), all[j].word.c_str(),
                             int(real[j]), int(kept), e.durationS, e.posterior, e.gapBeforeS, e.gapAfterS);
            }
        }
    }
    void add(const FillerTally& o) {
        said += o.said, heardBefore += o.heardBefore, heard += o.heard;
        falseBefore += o.falseBefore, falseCount += o.falseCount, words += o.words;
    }
    void print(const char* what) const {
        std::printf(
            "  %-34s said %3d: heard %3d -> %3d (%.0f%% -> %.0f%%); false %2d -> %2d in %4d words (%.2f -> %.2f per "
            "100)\n",
            what, said, heardBefore, heard, 100.0 * heardBefore / std::max(1, said), 100.0 * heard / std::max(1, said),
            falseBefore, falseCount, words, 100.0 * falseBefore / std::max(1, words),
            100.0 * falseCount / std::max(1, words));
    }
};

inline std::string timedText(const TakeAnalysis& a) {
    std::string s;
    for (const auto& w : allHeard(a)) {
        const bool doubted = std::any_of(a.doubted.begin(), a.doubted.end(),
                                         [&](const TimedWord& d) { return d.start == w.start && d.word == w.word; });
        char buf[96];
        std::snprintf(buf, sizeof buf, "%s%s/%d/%.2f ", doubted ? "-" : "", w.word.c_str(),
                      int((w.end - w.start) * 1000), w.posterior);
        s += buf;
    }
    return s;
}

}  // namespace bench
