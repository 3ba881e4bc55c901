#include "speech/noise_adaptation.hpp"

#include "core/paths.hpp"
#include "speech/adaptation.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <vector>

namespace doorway::speech {

namespace {

// One stream of a single-class transform: mean' = A mean + b, var' = var h.
struct Stream {
    size_t n = 0;
    std::vector<double> a, b, h;  // a row-major n x n
};

// The streams of a single-class transform in PocketSphinx's text layout
// (classes, streams, then per stream its length, A, b and h); empty when
// it is not one.
std::vector<Stream> readStreams(const std::string& text) {
    std::istringstream in(text);
    int nClass = 0, nFeat = 0;
    if (!(in >> nClass >> nFeat) || nClass != 1 || nFeat <= 0 || nFeat > 8) return {};
    std::vector<Stream> out(static_cast<size_t>(nFeat));
    for (auto& s : out) {
        int len = 0;
        if (!(in >> len) || len <= 0 || len > 256) return {};
        s.n = size_t(len);
        for (auto* v : {&s.a, &s.b, &s.h}) v->resize(v == &s.a ? s.n * s.n : s.n);
        for (auto* v : {&s.a, &s.b, &s.h})
            for (double& x : *v)
                if (!(in >> x) || !std::isfinite(x)) return {};
    }
    std::string rest;
    if (in >> rest) return {};
    return out;
}

}  // namespace

bool roomJudged(const InputReport& r) {
    // An unjudged take (too short, digital silence) keeps its noise level at
    // the floor and its SNR at 0: that says nothing about the room.
    return r.seconds >= kMinSecondsToJudge && r.noiseDb > -100;
}

bool roomWantsNoiseAdaptation(const InputReport& r, double belowDb) {
    return roomJudged(r) && r.snrDb < belowDb;
}

std::string noiseAdaptationPath() {
    return (std::filesystem::path(assetsDir()) / "speech" / "noise.mllr").string();
}

bool loadNoiseAdaptation(std::string& mllr, std::string& error, const std::string& modelDir) {
    mllr.clear();
    error.clear();
    const std::string path = noiseAdaptationPath();
    std::string bytes;
    if (!readFile(path, bytes, error, 1u << 20)) {
        error = "the noisy-room adaptation is not used: " + error;
        return false;
    }
    if (!mllrFits(bytes, modelDir)) {
        error = "the noisy-room adaptation is not used: " + displayPath(path) +
                " is not a transform of this speech model (rebuild it with tools/learn_condition)";
        return false;
    }
    mllr = std::move(bytes);
    return true;
}

const std::string& shippedNoiseAdaptation() {
    static const std::string k = [] {
        std::string mllr, error;
        if (!loadNoiseAdaptation(mllr, error)) std::fprintf(stderr, "doorway: %s\n", error.c_str());
        return mllr;
    }();
    return k;
}

std::string composeMllr(const std::string& first, const std::string& then) {
    const auto one = readStreams(first), two = readStreams(then);
    if (one.empty() || one.size() != two.size()) return {};
    std::string out = "1\n" + std::to_string(one.size()) + "\n";
    char buf[32];
    auto put = [&](double v, char sep) {
        std::snprintf(buf, sizeof buf, "%.9g%c", v, sep);
        out += buf;
    };
    for (size_t f = 0; f < one.size(); ++f) {
        const Stream &s1 = one[f], &s2 = two[f];
        if (s1.n != s2.n) return {};
        const size_t n = s1.n;
        out += std::to_string(n) + "\n";
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
                double v = 0;
                for (size_t k = 0; k < n; ++k) v += s2.a[i * n + k] * s1.a[k * n + j];
                put(v, j + 1 < n ? ' ' : '\n');
            }
        for (size_t i = 0; i < n; ++i) {
            double v = s2.b[i];
            for (size_t k = 0; k < n; ++k) v += s2.a[i * n + k] * s1.b[k];
            put(v, i + 1 < n ? ' ' : '\n');
        }
        for (size_t i = 0; i < n; ++i) put(s1.h[i] * s2.h[i], i + 1 < n ? ' ' : '\n');
    }
    return out;
}

namespace {

// A transform that leaves the means where they are and scales every
// variance by `h` ("1": changes nothing), in the layout of `like`.
std::string varianceOnlyMllr(const std::string& like, const std::string& h) {
    auto streams = readStreams(like);
    if (streams.empty()) return {};
    std::string out = "1\n" + std::to_string(streams.size()) + "\n";
    for (const auto& s : streams) {
        out += std::to_string(s.n) + "\n";
        for (size_t i = 0; i < s.n; ++i)
            for (size_t j = 0; j < s.n; ++j) out += std::string(i == j ? "1" : "0") + (j + 1 < s.n ? " " : "\n");
        for (size_t i = 0; i < s.n; ++i) out += std::string("0") + (i + 1 < s.n ? " " : "\n");
        for (size_t i = 0; i < s.n; ++i) out += h + (i + 1 < s.n ? " " : "\n");
    }
    return out;
}

}  // namespace

std::string scaleMllrVariances(const std::string& mllr, double scale) {
    char h[32];
    std::snprintf(h, sizeof h, "%.9g", scale);
    return composeMllr(mllr, varianceOnlyMllr(mllr, h));
}

std::string identityMllr(const std::string& like) {
    return varianceOnlyMllr(like, "1");
}

}  // namespace doorway::speech
