#include "speech/sound_frames.hpp"

#include <algorithm>
#include <cmath>

namespace doorway::speech {

namespace {

constexpr int kRate = 16000;
constexpr size_t kWindow = 400;  // 25 ms
constexpr size_t kStep = 160;    // 10 ms
// A voice's pitch, 80-400 Hz, as autocorrelation lags.
constexpr size_t kMinLag = kRate / 400, kMaxLag = kRate / 80;

SoundFrame analyse(const float* x) {
    SoundFrame f;
    // Energy to each sample, so each lag's two energies are a difference.
    double cum[kWindow + 1] = {0};
    for (size_t i = 0; i < kWindow; ++i) cum[i + 1] = cum[i] + double(x[i]) * x[i];
    f.levelDb = float(10.0 * std::log10(cum[kWindow] / kWindow + 1e-10));
    double best = 0;
    for (size_t lag = kMinLag; lag <= kMaxLag; ++lag) {
        double xy = 0;
        for (size_t i = 0; i + lag < kWindow; ++i) xy += double(x[i]) * x[i + lag];
        const double xx = cum[kWindow - lag], yy = cum[kWindow] - cum[lag];
        if (xx > 0 && yy > 0) best = std::max(best, xy / std::sqrt(xx * yy));
    }
    f.voicing = float(best);
    return f;
}

}  // namespace

void SoundFrames::push(const int16_t* samples, size_t n) {
    for (size_t i = 0; i < n; ++i) m_pending.push_back(float(samples[i]) / 32768.0f);
    size_t at = 0;
    for (; at + kWindow <= m_pending.size(); at += kStep) m_frames.push_back(analyse(m_pending.data() + at));
    m_pending.erase(m_pending.begin(), m_pending.begin() + long(at));
}

double voicingOver(const std::vector<SoundFrame>& frames, double startS, double endS) {
    if (frames.empty()) return -1;
    float peak = frames.front().levelDb;
    for (const auto& f : frames) peak = std::max(peak, f.levelDb);
    const float floor = peak - float(kQuietBelowPeakDb);
    // Frame i's window is centred 12.5 ms after i steps.
    const double centre0 = double(kWindow) / 2 / kRate;
    auto index = [&](double s) { return (s - centre0) / SoundFrames::kStepS; };
    long first = long(std::ceil(index(startS))), last = long(std::floor(index(endS)));
    if (first > last) first = last = long(std::lround(index((startS + endS) / 2)));
    first = std::clamp(first, 0L, long(frames.size()) - 1);
    last = std::clamp(last, first, long(frames.size()) - 1);
    double sum = 0;
    for (long i = first; i <= last; ++i) sum += frames[size_t(i)].levelDb >= floor ? frames[size_t(i)].voicing : 0;
    return sum / double(last - first + 1);
}

}  // namespace doorway::speech
