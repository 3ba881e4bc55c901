#include "speech/voice.hpp"

#include <flite/flite.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

extern "C" {
cst_voice* register_cmu_us_slt(const char*);
cst_voice* register_cmu_us_kal16(const char*);
cst_voice* register_cmu_us_rms(const char*);
cst_voice* register_cmu_us_awb(const char*);
}

namespace doorway::speech {

const std::vector<std::string>& voiceNames() {
    static const std::vector<std::string> kNames = {"slt", "kal16", "rms", "awb"};
    return kNames;
}

bool synthesize(const std::string& text, const std::string& voice, AudioClip& out, std::string& error) {
    static std::mutex mutex;
    static std::map<std::string, cst_voice*> voices;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        error = "there is nothing to say";
        return false;
    }
    std::lock_guard<std::mutex> lock(mutex);
    static bool ready = (flite_init(), true);
    (void)ready;
    auto it = voices.find(voice);
    if (it == voices.end()) {
        cst_voice* v = nullptr;
        if (voice == "slt") v = register_cmu_us_slt(nullptr);
        else if (voice == "kal16") v = register_cmu_us_kal16(nullptr);
        else if (voice == "rms") v = register_cmu_us_rms(nullptr);
        else if (voice == "awb") v = register_cmu_us_awb(nullptr);
        if (!v) {
            error = "unknown voice '" + voice + "' (choose slt, kal16, rms or awb)";
            return false;
        }
        it = voices.emplace(voice, v).first;
    }
    cst_wave* w = flite_text_to_wave(text.c_str(), it->second);
    if (!w || w->num_samples <= 0) {
        if (w) delete_wave(w);
        error = "the voice could not say that";
        return false;
    }
    std::vector<float> f(static_cast<size_t>(w->num_samples));
    for (int i = 0; i < w->num_samples; ++i) f[size_t(i)] = float(w->samples[i * std::max(1, w->num_channels)]);
    int rate = w->sample_rate;
    delete_wave(w);
    auto rs = resample(f, rate, kSampleRate);
    out.rate = kSampleRate;
    out.samples.resize(rs.size());
    for (size_t i = 0; i < rs.size(); ++i) out.samples[i] = int16_t(std::clamp(std::lround(double(rs[i])), -32768L, 32767L));
    return true;
}

}  // namespace doorway::speech
