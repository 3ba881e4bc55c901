#include "speech/input_quality.hpp"

#include "speech/audio_io.hpp"
#include "speech/front_end.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

namespace doorway::speech {

namespace {

constexpr double kBinDb = 0.5;
constexpr double kLowestDb = -100.0;
constexpr size_t kFft = 256;        // 16 ms: this frame and the end of the last
constexpr size_t kPitchSpan = 512;  // 32 ms: two periods of the lowest voice
// Frames within this of the voice's running peak are the speaker's own.
constexpr double kSpeakerLoudDb = 8.0;

// In-place radix-2 FFT (kFft points); enough for a band-energy estimate.
void fft(std::complex<double>* a, size_t n) {
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double ang = -2 * M_PI / double(len);
        const std::complex<double> wl(std::cos(ang), std::sin(ang));
        for (size_t i = 0; i < n; i += len) {
            std::complex<double> w(1);
            for (size_t k = 0; k < len / 2; ++k) {
                auto u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

// Whether a stretch (8 kHz, pre-emphasised) repeats at a voice's pitch
// (80-400 Hz) clearly: a normalised autocorrelation peak over 0.55 (pink
// and room noise stay under 0.4; a voice, even reverberant, goes over).
bool hasPitch(const std::vector<float>& x) {
    const size_t n = x.size();
    double best = 0;
    for (size_t lag = 20; lag <= 100 && lag + 40 < n; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (size_t i = 0; i + lag < n; ++i) {
            xy += double(x[i]) * x[i + lag];
            xx += double(x[i]) * x[i];
            yy += double(x[i + lag]) * x[i + lag];
        }
        if (xx > 0 && yy > 0) best = std::max(best, xy / std::sqrt(xx * yy));
    }
    return best > 0.55;
}

// The level at which `share` of the frames are quieter, from the histogram.
template <typename Bins>
double percentileDb(const Bins& bins, double total, double share) {
    double want = total * share, acc = 0;
    for (size_t i = 0; i < bins.size(); ++i) {
        acc += bins[i].frames;
        if (acc >= want && acc > 0) return kLowestDb + kBinDb * (double(i) + 0.5);
    }
    return kLowestDb;
}

// The room's floor: the 10th percentile of the frame levels, where a take
// with pauses in it has its steady noise. Without a steady floor (a clean
// take of quick speech, or a quiet microphone whose pauses fall toward
// digital silence) that percentile is the voice's soft sounds, and the
// quietest frames fall away far below it; then the floor is taken from
// them (the 2nd percentile, plus the spread a steady noise has between the
// two). On the dev voices (awb, kal16, sentences 0-11) the 2nd percentile
// of pink or room noise at 10-20 dB sat 1-4 dB under the 10th, so noisy
// takes read as before; clean ones read 36 dB or more at any gain from -20
// dB to +6 dB (the 10th percentile alone: 25 dB at -20, 13 dB before
// digital silence between sounds counted as the floor).
template <typename Bins>
double roomFloorDb(const Bins& bins, double total) {
    constexpr double kSteadyNoiseSpreadDb = 6.0;
    return std::min(percentileDb(bins, total, 0.10), percentileDb(bins, total, 0.02) + kSteadyNoiseSpreadDb);
}

}  // namespace

InputSource inputSourceOf(const boost::json::object& metrics) {
    auto it = metrics.find("input_source");
    return it != metrics.end() && it->value().is_string() && it->value().as_string() == "file" ? InputSource::File
                                                                                               : InputSource::Live;
}

std::string warningText(const std::string& code, InputSource source, int sourceRate) {
    if (source == InputSource::File) {
        if (code == "phone_band") {
            const std::string band = sourceRate > 0 && sourceRate <= kPhoneBandMaxRate
                                         ? std::to_string(sourceRate / 1000) + " kHz"
                                         : "no sound above 4 kHz";
            return "This recording is phone-quality (" + band +
                   "), so the words heard in it, and the pace and fillers counted from them, can't be trusted. "
                   "A recording at 16 kHz or more will do better.";
        }
        if (code == "loud_room")
            return "This recording is too noisy for a good transcript, so the words heard in it, and the pace and "
                   "fillers counted from them, can't be trusted.";
        if (code == "other_voice")
            return "Another voice is talking in this recording (a television or someone nearby), so the words "
                   "heard may not be the speaker's.";
        if (code == "clipped")
            return "This recording was too loud for its microphone: the loudest sounds are cut off, so the words "
                   "heard in it, and the pace and fillers counted from them, can't be trusted.";
        return {};
    }
    if (code == "phone_band")
        return "This microphone is in a low-quality mode; choose another input or switch the headset's profile.";
    if (code == "loud_room")
        return "The room is too loud for a good transcript; a quieter spot or a closer microphone will help. "
               "Your typed score still works.";
    if (code == "other_voice")
        return "Another voice is talking (a television or someone nearby), so the words heard may not be yours.";
    if (code == "clipped")
        return "The microphone is set too loud: your loudest sounds are cut off, so words may be heard wrong. Turn "
               "the input level down a little, or sit a bit further away. Your typed score still works.";
    return {};
}

bool wordsTrusted(const InputReport& r) {
    return r.warnings.empty();
}

InputQuality::InputQuality(int sourceRate, InputSource source) : m_sourceRate(sourceRate), m_source(source) {}

void InputQuality::add(const int16_t* s, size_t n) {
    size_t i = 0;
    if (!m_partial.empty()) {
        size_t take = std::min(n, kFrameSamples - m_partial.size());
        m_partial.insert(m_partial.end(), s, s + take);
        i = take;
        if (m_partial.size() < kFrameSamples) return;
        frame(m_partial.data());
        m_partial.clear();
    }
    for (; i + kFrameSamples <= n; i += kFrameSamples) frame(s + i);
    m_partial.assign(s + i, s + n);
}

void InputQuality::frame(const int16_t* f) {
    // Keep the last 32 ms for the band energies and the pitch.
    m_history.insert(m_history.end(), f, f + kFrameSamples);
    if (m_history.size() > kPitchSpan) m_history.erase(m_history.begin(), m_history.end() - long(kPitchSpan));
    double power = 0;
    for (size_t i = 0; i < kFrameSamples; ++i) power += double(f[i]) * f[i];
    power /= double(kFrameSamples) * 32768.0 * 32768.0;
    const double db = 10 * std::log10(power + 1e-12);
    m_frames += 1;
    const int bin = std::clamp(int((db - kLowestDb) / kBinDb), 0, kBins - 1);
    Bin& b = m_bins[size_t(bin)];
    // Digital silence before the first sound and after the last is not the
    // room: a sound card's lead-in, a file's padding, a device that ran dry
    // at the end. Between sounds it is: nothing was heard there.
    if (db < kDigitalSilenceDb) {
        m_pendingSilent += 1;
    } else {
        if (m_heardSound) m_bins[0].frames += m_pendingSilent;
        m_pendingSilent = 0;
        m_heardSound = true;
        b.frames += 1;
        m_soundSamples += double(kFrameSamples);
        for (size_t i = 0; i < kFrameSamples; ++i) m_clippedSamples += std::abs(int(f[i])) >= kClipLevel;
    }
    // The voice's level so far: a peak that falls 3 dB a second.
    m_peakDb = std::max(db, m_peakDb - 0.03);
    Recent now{db, false};
    if (db < -75 || m_history.size() < kPitchSpan) {  // digital silence says nothing
        m_recent.push_back(now);
        judgeAlone();
        return;
    }

    std::complex<double> spec[kFft];
    const float* recent = m_history.data() + (kPitchSpan - kFft);
    for (size_t i = 0; i < kFft; ++i) {
        const double w = 0.5 - 0.5 * std::cos(2 * M_PI * double(i) / double(kFft - 1));
        spec[i] = recent[i] * w;
    }
    fft(spec, kFft);
    const double hz = double(kSampleRate) / double(kFft);
    double low = 0, high = 0;
    for (size_t k = 1; k < kFft / 2; ++k) {
        const double f0 = double(k) * hz, e = std::norm(spec[k]);
        if (f0 >= 300 && f0 <= 3400) low += e;
        if (f0 >= 4200 && f0 <= 7500) high += e;
    }
    b.low += low;
    b.high += high;

    // Pitch on a 32 ms stretch at 8 kHz, pre-emphasised so that coloured
    // noise (pink, rumble) does not look periodic.
    std::vector<float> x;
    x.reserve(kPitchSpan / 2);
    float prev = 0;
    for (size_t i = 0; i + 1 < kPitchSpan; i += 2) {
        float v = 0.5f * (m_history[i] + m_history[i + 1]);
        x.push_back(v - 0.9f * prev);
        prev = v;
    }
    now.pitch = hasPitch(x);
    m_recent.push_back(now);
    judgeAlone();
}

// The frame 150 ms back, if no frame within 150 ms of it is loud (within
// kSpeakerLoudDb of the voice's peak), is background: the room, or another voice in
// the speaker's pauses. Its own quiet ends of words are never that far
// from a loud frame, so a pitch there is someone else's.
void InputQuality::judgeAlone() {
    constexpr size_t kReach = 15;
    if (m_recent.size() > 2 * kReach + 1) m_recent.erase(m_recent.begin());
    if (m_recent.size() < 2 * kReach + 1) return;
    // The whole stretch must be quiet next to the voice, yet filled with
    // sound: a pause in a quiet room (or a word's fading end) is not.
    size_t sounding = 0;
    for (const auto& r : m_recent) {
        if (r.db > m_peakDb - kSpeakerLoudDb) return;
        sounding += r.db > m_peakDb - 35 && r.db > -75;
    }
    if (sounding < m_recent.size() * 4 / 5) return;
    const Recent& mid = m_recent[kReach];
    Bin& b = m_bins[size_t(std::clamp(int((mid.db - kLowestDb) / kBinDb), 0, kBins - 1))];
    b.aloneFrames += 1;
    if (mid.pitch) b.aloneVoiced += 1;
}

InputReport InputQuality::report() const {
    InputReport r;
    r.seconds = m_frames * kFrameS;
    r.sourceRate = m_sourceRate;
    r.source = m_source;
    if (m_sourceRate > 0 && m_sourceRate <= kPhoneBandMaxRate) r.phoneBand = true;
    // The frames from the first sound to the last: the room and the voice
    // (digital silence between them counts as the quietest room there is).
    const std::array<Bin, kBins>& live = m_bins;
    double liveFrames = 0;
    for (const Bin& b : live) liveFrames += b.frames;
    if (r.seconds >= kMinSecondsToJudge && liveFrames > 50) {
        r.noiseDb = roomFloorDb(live, liveFrames);
        r.speechDb = percentileDb(live, liveFrames, 0.90);
        // A take with little silence in it hides its noise floor above the
        // 10th percentile; the SNR is then an underestimate, never an
        // overestimate, of how loud the room is (the safer side to err).
        r.snrDb = std::clamp(r.speechDb - r.noiseDb - kSnrSpreadBiasDb, 0.0, 60.0);
        double low = 0, high = 0, bgFrames = 0, bgVoiced = 0;
        for (int i = 0; i < kBins; ++i) {
            const double lvl = kLowestDb + kBinDb * (i + 0.5);
            const Bin& b = live[size_t(i)];
            if (lvl >= r.speechDb - 10) {
                low += b.low;
                high += b.high;
            }
            // Background: away from the voice, and over the room's floor.
            if (lvl > r.noiseDb + 3) {
                bgFrames += b.aloneFrames;
                bgVoiced += b.aloneVoiced;
            }
        }
        r.highBandDb = low > 0 ? 10 * std::log10(high / low + 1e-12) : 0;
        r.backgroundVoicing = bgFrames >= 30 ? bgVoiced / bgFrames : 0;
        if (low > 0 && r.highBandDb < kPhoneBandHighDb) r.phoneBand = true;
        r.loudRoom = r.snrDb < kLoudRoomSnrDb;
        // Through a phone-band microphone the pitch evidence is too thin to
        // tell voices apart, and that warning matters more.
        r.otherVoice = !r.phoneBand && r.backgroundVoicing > kOtherVoiceShare;
        r.clippedShare = m_soundSamples > 0 ? m_clippedSamples / m_soundSamples : 0;
        r.clipped = r.clippedShare > kClippedShare;
    }
    for (auto [on, code] : {std::pair{r.phoneBand, "phone_band"}, std::pair{r.loudRoom, "loud_room"},
                            std::pair{r.otherVoice, "other_voice"}, std::pair{r.clipped, "clipped"}})
        if (on) r.warnings.push_back({code, warningText(code, r.source, r.sourceRate)});
    return r;
}

boost::json::array warningCodes(const InputReport& r) {
    boost::json::array a;
    for (const auto& w : r.warnings) a.push_back(boost::json::string(w.code));
    return a;
}

boost::json::object inputReportToJson(const InputReport& r) {
    auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    boost::json::object o;
    o["snr_db"] = round1(r.snrDb);
    o["high_band_db"] = round1(r.highBandDb);
    o["background_voicing"] = std::round(r.backgroundVoicing * 100.0) / 100.0;
    o["clipped_share"] = std::round(r.clippedShare * 1000.0) / 1000.0;
    o["warnings"] = warningCodes(r);
    o["input_source"] = r.source == InputSource::File ? "file" : "live";
    return o;
}

}  // namespace doorway::speech
