#pragma once
// Audio files in and out: any format libsndfile reads (WAV, FLAC, OGG, ...)
// becomes 16 kHz mono 16-bit samples, the form the recogniser and the takes
// folder use. Writes go through an optional Sealer, so a sealed workbook's
// recordings are sealed too.
#include <cstdint>
#include <string>
#include <vector>

namespace doorway {
class Sealer;
}

namespace doorway::speech {

inline constexpr int kSampleRate = 16000;

struct AudioClip {
    std::vector<int16_t> samples;  // mono
    int rate = kSampleRate;
    double seconds() const { return rate > 0 ? double(samples.size()) / double(rate) : 0.0; }
};

// Reads an audio file and converts it to 16 kHz mono. With a sealer, the
// file's bytes are opened first (sealed take recordings). Returns false and
// an error that names the file ("x.txt: not an audio file ...").
bool loadAudioFile(const std::string& path, AudioClip& out, std::string& error, Sealer* sealer = nullptr);
// The same for bytes already in memory; `name` labels errors.
bool decodeAudio(const std::string& bytes, const std::string& name, AudioClip& out, std::string& error);

// A 16-bit PCM WAV image of `clip`.
std::string encodeWav(const AudioClip& clip);
// The one place take audio reaches the disk: WAV bytes, sealed when a sealer
// is given, written atomically. Returns false with a sentence on failure.
bool writeAudioFile(const std::string& path, const AudioClip& clip, std::string& error, Sealer* sealer = nullptr);

// Band-limited resampling (windowed sinc, Blackman window, 32 zero
// crossings, cut-off at the lower Nyquist), float in and out.
std::vector<float> resample(const std::vector<float>& in, int inRate, int outRate);

// Root-mean-square level of int16 samples, 0..1.
float rmsLevel(const int16_t* samples, size_t n);

}  // namespace doorway::speech
