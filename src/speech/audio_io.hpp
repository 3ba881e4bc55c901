#pragma once
// Audio files in and out: any format libsndfile reads (WAV, FLAC, OGG, ...)
// becomes 16 kHz mono 16-bit samples, the form the recogniser and the takes
// folder use. Writes go through an optional Sealer, so a sealed workbook's
// recordings are sealed too. Long files are read in blocks (AudioReader), so
// time and memory stay proportional to what is kept, never to a whole file.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace doorway {
class Sealer;
}

namespace doorway::speech {

inline constexpr int kSampleRate = 16000;
// The longest recording Doorway takes in (an import, a live take): three
// times the longest timed take (10 minutes). Recognising it stays linear in
// time and bounded in memory; past it, a file is refused before any work.
inline constexpr double kMaxRecordingS = 30.0 * 60.0;

struct AudioClip {
    std::vector<int16_t> samples;  // mono
    int rate = kSampleRate;
    int sourceRate = 0;  // the file's own rate before conversion (0 = not from a file)
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

// Band-limited rate conversion (windowed sinc, Blackman window, 32 zero
// crossings, cut-off just under the lower Nyquist), fed in blocks. The
// filter is tabulated once per rate pair (one row per output phase), so a
// sample costs one short dot product.
class Resampler {
public:
    Resampler(int inRate, int outRate);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    // Appends the output that `in` completes.
    void process(const float* in, size_t n, std::vector<float>& out);
    // The tail still held back for the filter's look-ahead.
    void flush(std::vector<float>& out);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// One-shot form of the above, float in and out.
std::vector<float> resample(const std::vector<float>& in, int inRate, int outRate);

// A recording opened for reading in blocks, converted to 16 kHz mono on the
// way. What it knows before reading a sample (rate, length) is enough to
// refuse a file that is too long before any work is done.
class AudioReader {
public:
    AudioReader();
    ~AudioReader();
    AudioReader(const AudioReader&) = delete;
    AudioReader& operator=(const AudioReader&) = delete;
    // A plain audio file on disk (sealed takes: loadAudioFile). Refuses
    // folders, FIFOs and devices, non-audio files, silence-less empties and
    // anything longer than kMaxRecordingS, each with a sentence naming it.
    bool open(const std::string& path, std::string& error);
    // Audio bytes already in memory (kept by the reader); `name` labels errors.
    bool openBytes(std::string bytes, const std::string& name, std::string& error);
    int sourceRate() const;
    int channels() const;
    double seconds() const;  // the file's own length
    // Appends up to `maxSamples` (at 16 kHz) and returns how many; 0 at the end.
    // A damaged stretch ends the reading early with `error` set.
    size_t read(std::vector<int16_t>& out, size_t maxSamples, std::string& error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Root-mean-square level of int16 samples, 0..1.
float rmsLevel(const int16_t* samples, size_t n);

// A float sample (int16 scale) clamped into int16.
int16_t toPcm16(double v);

}  // namespace doorway::speech
