#pragma once
// The signal's first stop before the recogniser: a high-pass filter, noise
// suppression and gentle gain control, and a voice-activity decision for
// every 10 ms, from WebRTC's audio processing library (Debian's 0.3). Live
// takes and imported files go through the same front end, so they are
// heard the same way.
//
// speexdsp's preprocessor was measured against it on the bench's dev voices
// (issue 14; both were built at commit 14a605f): WebRTC gave lower word
// error on clean takes (4.5% vs 9.6% with no script) and the same in pink
// noise at 15 dB (33% vs 34%), and its voice detector found a 2.5 s pause
// under room noise in 24 of 24 takes where speexdsp's found none (its VAD
// is, in its own words, "a hack").
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace doorway::speech {

// The front end, or none (bench/speech_bench --front none|webrtc).
enum class FrontEndKind {
    None,    // the signal untouched; an energy VAD only (a baseline for the bench)
    WebRtc,  // libwebrtc-audio-processing 0.3
};
const char* frontEndName(FrontEndKind k);
bool parseFrontEnd(const std::string& name, FrontEndKind& out);

struct FrontEndOptions {
    FrontEndKind kind = FrontEndKind::WebRtc;
    bool noiseSuppression = true;
    bool gainControl = true;
    // 0 low .. 3 very high (WebRTC's levels). 2 measured best: on the dev
    // voices in pink noise at 15 dB, word error with no script / the exact
    // one was 34.3% / 8.7% at 2, 37.3% / 10.2% at 3; without gain control
    // 37.7% / 9.0% (speech_bench --ns-level, --no-agc).
    int suppressionLevel = 2;
};

// Samples per 10 ms frame at 16 kHz: the unit of every decision here.
inline constexpr size_t kFrameSamples = 160;
inline constexpr double kFrameS = 0.01;

class FrontEnd {
public:
    explicit FrontEnd(const FrontEndOptions& options = {});
    ~FrontEnd();
    FrontEnd(const FrontEnd&) = delete;
    FrontEnd& operator=(const FrontEnd&) = delete;

    // Cleans 16 kHz mono audio. Appends the cleaned samples (whole frames;
    // a partial frame waits for the next call) and, per frame, whether the
    // library heard a voice in it (1) or not (0).
    void process(const int16_t* in, size_t n, std::vector<int16_t>& out, std::vector<uint8_t>& voiced);
    // The last partial frame, padded with silence and trimmed back.
    void flush(std::vector<int16_t>& out, std::vector<uint8_t>& voiced);
    FrontEndKind kind() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace doorway::speech
