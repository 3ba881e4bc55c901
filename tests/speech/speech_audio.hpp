#pragma once
// Test audio for the speech tests: a flite voice saying a sentence (with a
// sox effect), and noise laid over it at a set SNR.
#include "speech/audio_io.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace doorway::speech::test_audio {

using doorway::test::quote;

inline AudioClip synth(const doorway::test::TempDir& dir, const std::string& name, const std::string& voice,
                       const std::string& text, const std::string& soxEffect = "") {
    std::string raw = dir.file(name + ".raw.wav"), out = dir.file(name + ".wav");
    REQUIRE(std::system(("flite -voice " + voice + " -t " + quote(text) + " -o " + quote(raw)).c_str()) == 0);
    if (soxEffect.empty())
        out = raw;
    else
        REQUIRE(std::system(("sox -R " + quote(raw) + " " + quote(out) + " " + soxEffect).c_str()) == 0);
    AudioClip c;
    std::string error;
    REQUIRE(loadAudioFile(out, c, error));
    return c;
}

// Speech with a second of silence either side and noise over all of it, at
// `snrDb` below the speech's own level.
inline AudioClip withNoise(const doorway::test::TempDir& dir, const AudioClip& speech, const std::string& kind,
                           double snrDb) {
    AudioClip padded;
    padded.samples.assign(16000, 0);
    padded.samples.insert(padded.samples.end(), speech.samples.begin(), speech.samples.end());
    padded.samples.insert(padded.samples.end(), 16000, 0);
    std::string noise = dir.file("noise-" + kind + ".wav");
    const double secs = padded.seconds() + 1;
    REQUIRE(std::system(("sox -R -n -r 16000 -b 16 -c 1 " + quote(noise) + " synth " + std::to_string(secs) + " " +
                         kind + "noise vol 0.3")
                            .c_str()) == 0);
    AudioClip n;
    std::string error;
    REQUIRE(loadAudioFile(noise, n, error));
    double ps = 0, pn = 0;
    size_t loud = 0;
    for (auto s : speech.samples)
        if (std::abs(s) > 300) ps += double(s) * s, ++loud;
    for (auto s : n.samples) pn += double(s) * s;
    ps /= double(std::max<size_t>(loud, 1));
    pn /= double(n.samples.size());
    const double gain = std::sqrt(ps / (pn * std::pow(10.0, snrDb / 10)));
    for (size_t i = 0; i < padded.samples.size(); ++i)
        padded.samples[i] = toPcm16(padded.samples[i] + gain * n.samples[i]);
    return padded;
}

}  // namespace doorway::speech::test_audio
