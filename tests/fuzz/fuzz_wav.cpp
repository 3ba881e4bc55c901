// libFuzzer target for reading recordings: any bytes must give either 16 kHz
// mono audio or a message naming the file, never a crash, a hang, a huge
// allocation or a sanitizer report; and whatever reads must write back to a
// WAV that reads back to the same samples.
#include "speech/audio_io.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace doorway::speech;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    AudioReader reader;
    std::string error;
    if (!reader.openBytes(bytes, "fuzz.wav", error)) {
        if (error.rfind("fuzz.wav", 0) != 0) __builtin_trap();  // every error names the file
        return 0;
    }
    if (reader.seconds() > kMaxRecordingS || reader.sourceRate() <= 0) __builtin_trap();
    // Read in blocks; a compressed file may claim up to the longest take, so
    // stop after a minute of output (the reading is streamed either way).
    AudioClip clip;
    for (size_t total = 0; total < size_t(kSampleRate) * 60;) {
        size_t n = reader.read(clip.samples, kSampleRate, error);
        if (n == 0) break;
        total += n;
    }
    if (!error.empty() && error.rfind("fuzz.wav", 0) != 0) __builtin_trap();
    if (clip.samples.empty()) return 0;
    // Round trip: 16 kHz in, the same samples out.
    AudioClip back;
    if (!decodeAudio(encodeWav(clip), "again.wav", back, error) || back.samples != clip.samples) __builtin_trap();
    return 0;
}
