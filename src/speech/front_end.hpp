#pragma once
// The signal's first stop before the recogniser: a high-pass filter, noise
// suppression and gentle gain control, and a voice-activity decision for
// every 10 ms, from a Debian library made for it. Live takes and imported
// files go through the same front end, so they are heard the same way.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace doorway::speech {

// The libraries measured for this job (bench/speech_bench --front ...).
enum class FrontEndKind {
    None,    // the signal untouched; an energy VAD only (a baseline for the bench)
    WebRtc,  // libwebrtc-audio-processing 0.3
    Speex,   // libspeexdsp's preprocessor (+ a high-pass of our own)
};
const char* frontEndName(FrontEndKind k);
bool parseFrontEnd(const std::string& name, FrontEndKind& out);

struct FrontEndOptions {
    FrontEndKind kind = FrontEndKind::WebRtc;
    bool noiseSuppression = true;
    bool gainControl = true;
    int suppressionLevel = 2;  // 0 low .. 3 very high (WebRTC's levels; Speex: -10 .. -35 dB)
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
