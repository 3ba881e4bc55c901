#pragma once
// The bench's audio: flite voices (and sox-shifted ones), the human clips in
// Debian's pocketsphinx-testdata, and the listening conditions made from
// them with sox: pink and room noise at a set SNR, a competing talker, a
// laptop microphone's band, phone band, tempo changes. Everything made is
// cached in a folder (each file once), so a rerun costs only recognition.
// Every sox call runs with -R: without it sox dithers with a random seed and
// its noise differs each time, so two fresh caches would not agree.
#include "speech/audio_io.hpp"
#include "speech_corpus.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace bench {

using doorway::speech::AudioClip;
namespace fs = std::filesystem;

struct BenchVoice {
    std::string name;
    std::string flite;  // flite's voice
    int cents = 0;      // sox pitch shift: another speaker's register and formants
    bool dev = false;   // tuned on
};

inline const std::vector<BenchVoice>& benchVoices() {
    static const std::vector<BenchVoice> k = {
        {"awb", "awb", 0, true},  {"kal16", "kal16", 0, true},     {"slt", "slt", 0, false},
        {"rms", "rms", 0, false}, {"slt_low", "slt", -250, false}, {"rms_high", "rms", 300, false},
    };
    return k;
}

// The dev voices and pitch-shifted versions of them (other registers and
// vocal tracts), for material made to tune on: the held-out flite voices
// never appear here. The noisy-room adaptation and the filler dev set both
// use it.
inline const std::vector<BenchVoice>& devVoicesShifted() {
    static const std::vector<BenchVoice> k = {
        {"awb", "awb", 0, true},
        {"kal16", "kal16", 0, true},
        {"awb_high", "awb", 300, true},
        {"kal16_low", "kal16", -200, true},
    };
    return k;
}

inline const std::vector<std::string>& allConditions() {
    static const std::vector<std::string> k = {"clean",  "pink20", "pink15", "pink10",   "room20", "room15",
                                               "room10", "talker", "laptop", "tempo085", "tempo12"};
    return k;
}

inline std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline bool run(const std::string& cmd) {
    return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0;
}

inline AudioClip load(const std::string& path) {
    AudioClip c;
    std::string error;
    if (!doorway::speech::loadAudioFile(path, c, error)) {
        std::fprintf(stderr, "speech_bench: %s\n", error.c_str());
        std::exit(1);
    }
    return c;
}

inline void save(const std::string& path, const AudioClip& c) {
    std::string error;
    if (!doorway::speech::writeAudioFile(path, c, error)) {
        std::fprintf(stderr, "speech_bench: %s\n", error.c_str());
        std::exit(1);
    }
}

// Mean power of the speech in a clip: frames within 30 dB of the loudest.
inline double speechPower(const AudioClip& c) {
    std::vector<double> frames;
    for (size_t i = 0; i + 160 <= c.samples.size(); i += 160) {
        double p = 0;
        for (size_t k = 0; k < 160; ++k) p += double(c.samples[i + k]) * c.samples[i + k];
        frames.push_back(p / 160);
    }
    double peak = 0;
    for (double p : frames) peak = std::max(peak, p);
    double sum = 0;
    int n = 0;
    for (double p : frames)
        if (p > peak * 1e-3) sum += p, ++n;
    return n ? sum / n : 0;
}

class ConditionMaker {
public:
    explicit ConditionMaker(std::string cache) : m_cache(std::move(cache)) { fs::create_directories(m_cache); }

    // A sentence in a voice, with 0.4 s of silence either side.
    AudioClip base(const BenchVoice& v, const std::string& text, const std::string& key) {
        std::string path = file("base_" + v.name + "_" + key + ".wav");
        if (!fs::exists(path)) {
            std::string raw = file("tmp_flite.wav"), shifted = file("tmp_shift.wav");
            if (!run("flite -voice " + v.flite + " -t " + shellQuote(text) + " -o " + shellQuote(raw))) fail("flite");
            std::string src = raw;
            if (v.cents != 0) {
                if (!run("sox -R " + shellQuote(raw) + " " + shellQuote(shifted) + " pitch " + std::to_string(v.cents)))
                    fail("sox");
                src = shifted;
            }
            AudioClip c = load(src);
            AudioClip padded;
            padded.samples.assign(6400, 0);
            padded.samples.insert(padded.samples.end(), c.samples.begin(), c.samples.end());
            padded.samples.insert(padded.samples.end(), 6400, 0);
            save(path, padded);
        }
        return load(path);
    }

    // `clean` under a condition. Noise is laid over the whole clip at the
    // given SNR (speech power over noise power); band and tempo use sox.
    AudioClip apply(const AudioClip& clean, const std::string& condition, const std::string& key) {
        if (condition == "clean") return clean;
        std::string path = file("cond_" + condition + "_" + key + ".wav");
        if (fs::exists(path)) return load(path);
        AudioClip out;
        auto snrOf = [&](const std::string& prefix) { return std::atof(condition.c_str() + prefix.size()); };
        if (condition.rfind("pink", 0) == 0)
            out = mix(clean, noise("pink"), snrOf("pink"), key);
        else if (condition.rfind("room", 0) == 0)
            out = mix(clean, noise("room"), snrOf("room"), key);
        else if (condition == "talker")
            out = mix(clean, television(), 10, key);
        else
            out = soxEffect(clean, condition);
        save(path, out);
        return out;
    }

    // Two clips with `gapS` of silence between them (a pause in a take).
    static AudioClip join(const AudioClip& a, const AudioClip& b, double gapS) {
        AudioClip c = a;
        c.samples.insert(c.samples.end(), size_t(gapS * 16000), 0);
        c.samples.insert(c.samples.end(), b.samples.begin(), b.samples.end());
        return c;
    }

    AudioClip mix(const AudioClip& clean, const AudioClip& noise, double snrDb, const std::string& key) {
        AudioClip out = clean;
        const double ps = speechPower(clean), pn = power(noise);
        const double gain = pn > 0 ? std::sqrt(ps / (pn * std::pow(10.0, snrDb / 10))) : 0;
        // A different stretch of the noise for each take, the same every run.
        size_t offset = std::hash<std::string>{}(key) % (noise.samples.size() / 2);
        for (size_t i = 0; i < out.samples.size(); ++i) {
            double v = clean.samples[i] + gain * noise.samples[(offset + i) % noise.samples.size()];
            out.samples[i] = doorway::speech::toPcm16(v);
        }
        return out;
    }

private:
    std::string file(const std::string& name) const { return (fs::path(m_cache) / name).string(); }
    [[noreturn]] static void fail(const char* what) {
        std::fprintf(stderr, "speech_bench: %s failed (are Debian's flite and sox installed?)\n", what);
        std::exit(1);
    }
    static double power(const AudioClip& c) {
        double p = 0;
        for (auto s : c.samples) p += double(s) * s;
        return c.samples.empty() ? 0 : p / double(c.samples.size());
    }

    const AudioClip& noise(const std::string& kind) {
        auto it = m_noise.find(kind);
        if (it != m_noise.end()) return it->second;
        std::string path = file("noise_" + kind + ".wav");
        if (!fs::exists(path)) {
            std::string cmd;
            if (kind == "pink")
                cmd = "sox -R -n -r 16000 -b 16 -c 1 " + shellQuote(path) + " synth 90 pinknoise vol 0.5";
            else {
                // A kitchen: fridge and traffic rumble (brown), a fan and the air
                // (pink, dulled above 4 kHz) and mains hum, with a slow swell.
                std::string a = file("tmp_a.wav"), b = file("tmp_b.wav"), h = file("tmp_h.wav");
                if (!run("sox -R -n -r 16000 -b 16 -c 1 " + shellQuote(a) + " synth 90 brownnoise vol 0.4") ||
                    !run("sox -R -n -r 16000 -b 16 -c 1 " + shellQuote(b) +
                         " synth 90 pinknoise lowpass 4000 vol 0.5") ||
                    !run("sox -R -n -r 16000 -b 16 -c 1 " + shellQuote(h) + " synth 90 sine 100 vol 0.05"))
                    fail("sox");
                cmd = "sox -R -m " + shellQuote(a) + " " + shellQuote(b) + " " + shellQuote(h) + " " +
                      shellQuote(path) + " tremolo 0.2 30";
            }
            if (!run(cmd)) fail("sox");
        }
        return m_noise[kind] = load(path);
    }

    // A television: another voice reading the news, looped.
    const AudioClip& television() {
        auto it = m_noise.find("tv");
        if (it != m_noise.end()) return it->second;
        std::string path = file("noise_tv.wav");
        if (!fs::exists(path)) {
            std::string raw = file("tmp_tv.wav");
            if (!run("flite -voice kal16 -t " + shellQuote(kTelevisionText) + " -o " + shellQuote(raw)) ||
                !run("sox -R " + shellQuote(raw) + " " + shellQuote(path) + " pitch 500 reverb 20"))
                fail("sox");
        }
        return m_noise["tv"] = load(path);
    }

    AudioClip soxEffect(const AudioClip& clean, const std::string& condition) {
        std::string in = file("tmp_in.wav"), out = file("tmp_out.wav");
        save(in, clean);
        std::string effect;
        if (condition == "laptop")
            effect = "highpass 200 lowpass 6500 equalizer 3000 1q 4";
        else if (condition == "phone")
            effect = "rate 8000 sinc 300-3400";
        else if (condition == "tempo085")
            effect = "tempo -s 0.85";
        else if (condition == "tempo12")
            effect = "tempo -s 1.2";
        else {
            std::fprintf(stderr, "speech_bench: unknown condition '%s'\n", condition.c_str());
            std::exit(2);
        }
        if (!run("sox -R " + shellQuote(in) + " " + shellQuote(out) + " " + effect)) fail("sox");
        return load(out);
    }

    std::string m_cache;
    std::map<std::string, AudioClip> m_noise;
};

// The human recordings in pocketsphinx-testdata, by speaker.
struct HumanClip {
    std::string set;  // "librivox", "cards", "goforward"
    std::string text;
    AudioClip clip;
};

inline std::vector<HumanClip> humanClips() {
    std::vector<HumanClip> out;
    const std::string base = "/usr/share/pocketsphinx/test/data/";
    auto fromTranscription = [&](const std::string& set, const std::string& dir, const std::string& ext) {
        FILE* f =
            std::fopen((base + dir + "/" + (set == "cards" ? "cards.transcription" : "transcription")).c_str(), "r");
        if (!f) return;
        char line[2048];
        while (std::fgets(line, sizeof line, f)) {
            std::string s = line;
            auto open = s.rfind('('), close = s.rfind(')');
            if (open == std::string::npos || close < open) continue;
            std::string id = s.substr(open + 1, close - open - 1), text = s.substr(0, open);
            for (const char* tag : {"<s>", "</s>"})
                for (size_t p; (p = text.find(tag)) != std::string::npos;) text.erase(p, std::string(tag).size());
            out.push_back({set, text, load(base + dir + "/" + id + ext)});
        }
        std::fclose(f);
    };
    fromTranscription("librivox", "librivox", ".wav");
    fromTranscription("cards", "cards", ".wav");
    // Raw 16 kHz 16-bit little-endian: "go forward ten meters".
    FILE* f = std::fopen((base + "goforward.raw").c_str(), "rb");
    if (f) {
        HumanClip h{"goforward", "go forward ten meters", {}};
        int16_t buf[4096];
        size_t n;
        while ((n = std::fread(buf, 2, 4096, f)) > 0) h.clip.samples.insert(h.clip.samples.end(), buf, buf + n);
        std::fclose(f);
        out.push_back(std::move(h));
    }
    return out;
}

}  // namespace bench
