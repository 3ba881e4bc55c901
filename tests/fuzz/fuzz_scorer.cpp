// libFuzzer target for the phrasing scorer: any bytes (invalid UTF-8, NULs,
// runs of dots, lone quotes) must give a score within 0..100, findings whose
// spans lie inside the text and quote it exactly, in order, a known band,
// and never a crash, a hang (issue 17: "\xC0\xAE" once looped forever) or a
// sanitizer report. The work the scorer counts must stay linear.
#include "core/scorer.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace doorway;
    static const Scorer scorer = Scorer::loadDirectory(DOORWAY_SOURCE_ASSETS "/scoring");
    std::string text(reinterpret_cast<const char*>(data), size);
    ScoreResult r = scorer.score(text);
    if (r.score < 0 || r.score > 100) __builtin_trap();
    bool knownBand = false;
    for (const auto& b : scoreBands()) knownBand = knownBand || b == r.band;
    if (!knownBand) __builtin_trap();
    int lastStart = -1;
    for (const auto& f : r.findings) {
        if (f.start < 0 || f.end <= f.start || size_t(f.end) > text.size()) __builtin_trap();
        if (text.compare(size_t(f.start), size_t(f.end - f.start), f.text) != 0) __builtin_trap();
        if (f.start < lastStart) __builtin_trap();
        lastStart = f.start;
        if (f.message.empty()) __builtin_trap();
    }
    if (r.safety != (r.band == "safety")) __builtin_trap();
    // Linear: a handful of steps per byte at most, whatever the bytes.
    if (r.work > 2000 + 64 * static_cast<long long>(size)) __builtin_trap();
    (void)scorer.features(text);
    return 0;
}
