#include "speech/front_end.hpp"

#include "speech/audio_io.hpp"

#include <webrtc/modules/audio_processing/include/audio_processing.h>
#include <webrtc/modules/interface/module_common_types.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace doorway::speech {

const char* frontEndName(FrontEndKind k) {
    switch (k) {
        case FrontEndKind::None:
            return "none";
        case FrontEndKind::WebRtc:
            return "webrtc";
    }
    return "?";
}

bool parseFrontEnd(const std::string& name, FrontEndKind& out) {
    for (auto k : {FrontEndKind::None, FrontEndKind::WebRtc})
        if (name == frontEndName(k)) {
            out = k;
            return true;
        }
    return false;
}

namespace {

double frameDb(const int16_t* s, size_t n) {
    double acc = 0;
    for (size_t i = 0; i < n; ++i) acc += double(s[i]) * double(s[i]);
    return 10.0 * std::log10(acc / double(n) / (32768.0 * 32768.0) + 1e-12);
}

// A voice decision from energy alone: louder than the running noise floor
// by a margin. Used where the library gives none (the untouched baseline).
class EnergyVad {
public:
    bool decide(const int16_t* frame) {
        double db = frameDb(frame, kFrameSamples);
        // The floor follows quiet frames quickly and loud ones very slowly.
        if (m_floor < -200) m_floor = db;
        m_floor += (db < m_floor ? 0.2 : 0.002) * (db - m_floor);
        return db > std::max(m_floor + 9.0, -60.0);
    }

private:
    double m_floor = -1000;
};

}  // namespace

struct FrontEnd::Impl {
    FrontEndOptions options;
    std::vector<int16_t> partial;  // samples short of a whole frame
    EnergyVad energyVad;
    webrtc::AudioProcessing* apm = nullptr;

    explicit Impl(const FrontEndOptions& o) : options(o) {
        if (o.kind == FrontEndKind::WebRtc) initWebRtc();
    }
    ~Impl() { delete apm; }

    void initWebRtc() {
        webrtc::Config config;
        // The "experimental" AGC drives an analog microphone gain we do not
        // have; the digital one below is the one that applies.
        config.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
        apm = webrtc::AudioProcessing::Create(config);
        if (!apm) return;
        apm->high_pass_filter()->Enable(true);
        setLevel(options.suppressionLevel);
        apm->noise_suppression()->Enable(options.noiseSuppression);
        if (options.gainControl) {
            apm->gain_control()->set_mode(webrtc::GainControl::kAdaptiveDigital);
            apm->gain_control()->set_target_level_dbfs(6);
            apm->gain_control()->set_compression_gain_db(9);
            apm->gain_control()->enable_limiter(true);
            apm->gain_control()->Enable(true);
        }
        // The least likely to call noise a voice: pauses must stay pauses.
        apm->voice_detection()->set_likelihood(webrtc::VoiceDetection::kVeryLowLikelihood);
        apm->voice_detection()->set_frame_size_ms(10);
        apm->voice_detection()->Enable(true);
    }

    void setLevel(int level) {
        static const webrtc::NoiseSuppression::Level kLevels[] = {
            webrtc::NoiseSuppression::kLow, webrtc::NoiseSuppression::kModerate, webrtc::NoiseSuppression::kHigh,
            webrtc::NoiseSuppression::kVeryHigh};
        if (apm) apm->noise_suppression()->set_level(kLevels[std::clamp(level, 0, 3)]);
    }

    // One 10 ms frame in place; returns the voice decision.
    bool frame(int16_t* f) {
        if (apm) {
            webrtc::AudioFrame af;
            af.sample_rate_hz_ = kSampleRate;
            af.num_channels_ = 1;
            af.samples_per_channel_ = kFrameSamples;
            std::memcpy(af.data_, f, kFrameSamples * sizeof(int16_t));
            if (apm->ProcessStream(&af) == webrtc::AudioProcessing::kNoError) {
                std::memcpy(f, af.data_, kFrameSamples * sizeof(int16_t));
                return apm->voice_detection()->stream_has_voice();
            }
            return energyVad.decide(f);
        }
        return energyVad.decide(f);
    }
};

FrontEnd::FrontEnd(const FrontEndOptions& options) : m_impl(std::make_unique<Impl>(options)) {}
FrontEnd::~FrontEnd() = default;

FrontEndKind FrontEnd::kind() const {
    return m_impl->options.kind;
}

int suppressionLevelFor(const FrontEndOptions& options, std::optional<double> snrDb) {
    const bool quiet = snrDb && *snrDb >= options.quietRoomAboveSnrDb;
    return quiet ? options.quietSuppressionLevel : options.suppressionLevel;
}

void FrontEnd::setSuppressionLevel(int level) {
    m_impl->setLevel(level);
}

void FrontEnd::process(const int16_t* in, size_t n, std::vector<int16_t>& out, std::vector<uint8_t>& voiced) {
    Impl& im = *m_impl;
    size_t i = 0;
    int16_t f[kFrameSamples];
    if (!im.partial.empty()) {
        size_t take = std::min(n, kFrameSamples - im.partial.size());
        im.partial.insert(im.partial.end(), in, in + take);
        i = take;
        if (im.partial.size() < kFrameSamples) return;
        std::copy(im.partial.begin(), im.partial.end(), f);
        im.partial.clear();
        voiced.push_back(im.frame(f) ? 1 : 0);
        out.insert(out.end(), f, f + kFrameSamples);
    }
    for (; i + kFrameSamples <= n; i += kFrameSamples) {
        std::copy(in + i, in + i + kFrameSamples, f);
        voiced.push_back(im.frame(f) ? 1 : 0);
        out.insert(out.end(), f, f + kFrameSamples);
    }
    im.partial.insert(im.partial.end(), in + i, in + n);
}

void FrontEnd::flush(std::vector<int16_t>& out, std::vector<uint8_t>& voiced) {
    Impl& im = *m_impl;
    if (im.partial.empty()) return;
    const size_t keep = im.partial.size();
    int16_t f[kFrameSamples] = {};
    std::copy(im.partial.begin(), im.partial.end(), f);
    im.partial.clear();
    voiced.push_back(im.frame(f) ? 1 : 0);
    out.insert(out.end(), f, f + keep);
}

}  // namespace doorway::speech
