// The sound under a hesitation (sound_frames.hpp): a held vowel reads as
// voiced and a hiss does not, a quiet frame is never a voice, and the
// hesitation check keeps a glued "uh" only when the sound under it is
// voiced from end to end.
#include "speech/hesitation_check.hpp"
#include "speech/sound_frames.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace doorway::speech;

namespace {

// Half a second of a voice's held vowel: a 140 Hz tone and its first
// harmonics, falling off as a glottal source's do.
std::vector<int16_t> heldVowel(double seconds, double hz = 140, double amplitude = 8000) {
    std::vector<int16_t> out(size_t(seconds * 16000));
    for (size_t i = 0; i < out.size(); ++i) {
        double v = 0;
        for (int h = 1; h <= 8; ++h) v += std::sin(2 * M_PI * hz * h * double(i) / 16000.0) / h;
        out[i] = int16_t(amplitude * v / 2.5);
    }
    return out;
}

std::vector<int16_t> hiss(double seconds, double amplitude = 8000) {
    std::mt19937 gen(7);
    std::normal_distribution<double> d(0, amplitude / 3);
    std::vector<int16_t> out(size_t(seconds * 16000));
    for (auto& s : out) s = int16_t(std::clamp(d(gen), -32000.0, 32000.0));
    return out;
}

Transcript transcriptOf(const std::vector<TimedWord>& words) {
    Transcript t;
    for (const auto& w : words) t.text += (t.text.empty() ? "" : " ") + w.word;
    t.words = words;
    return t;
}

}  // namespace

TEST_CASE("a held vowel reads as voiced and a hiss does not", "[speech]") {
    SoundFrames vowel, noise;
    const auto v = heldVowel(0.5), n = hiss(0.5);
    // In uneven pieces, as audio arrives: the frames don't depend on them.
    vowel.push(v.data(), 1000);
    vowel.push(v.data() + 1000, v.size() - 1000);
    noise.push(n.data(), n.size());
    // 25 ms windows every 10 ms over 8,000 samples.
    REQUIRE(vowel.frames().size() == 48);
    REQUIRE(noise.frames().size() == 48);
    for (const auto& f : vowel.frames()) CHECK(f.voicing > 0.9f);
    for (const auto& f : noise.frames()) CHECK(f.voicing < 0.4f);
    CHECK(voicingOver(vowel.frames(), 0.1, 0.3) > 0.9);
    CHECK(voicingOver(noise.frames(), 0.1, 0.3) < 0.4);
    // A lower voice, as the pitch-shifted bench voices have it, is still one.
    SoundFrames low;
    const auto l = heldVowel(0.3, 90);
    low.push(l.data(), l.size());
    CHECK(voicingOver(low.frames(), 0.05, 0.25) > 0.9);
}

TEST_CASE("a frame far quieter than the take's loudest is not a voice", "[speech]") {
    // A loud vowel, then the same hum 40 dB down, as a fridge in a pause.
    SoundFrames take;
    const auto loud = heldVowel(0.3), faint = heldVowel(0.3, 140, 80);
    take.push(loud.data(), loud.size());
    take.push(faint.data(), faint.size());
    CHECK(voicingOver(take.frames(), 0.05, 0.25) > 0.9);
    CHECK(voicingOver(take.frames(), 0.4, 0.55) == Approx(0));
    // A span shorter than a frame step reads its nearest frame.
    CHECK(voicingOver(take.frames(), 0.1, 0.104) > 0.9);
    CHECK(voicingOver({}, 0, 1) == -1);
}

TEST_CASE("a glued hesitation is kept when the sound under it is voiced throughout", "[speech]") {
    // "we could uh try": a 90 ms "uh" with no pause either side, which the
    // words' times alone leave out.
    const std::vector<TimedWord> words = {
        {"we", 0.00, 0.20}, {"could", 0.20, 0.50}, {"uh", 0.50, 0.59, 0.2}, {"try", 0.59, 0.90}};
    // Over a held vowel: said.
    SoundFrames voiced;
    const auto v = heldVowel(1.0);
    voiced.push(v.data(), v.size());
    Transcript kept = transcriptOf(words);
    CHECK(dropDoubtfulHesitations(kept, &voiced.frames()).empty());
    CHECK(kept.text == "we could uh try");
    // Over a hiss (a misheard "to" or "have" runs through one): left out.
    SoundFrames mixed;
    const auto first = heldVowel(0.5), middle = hiss(0.1), last = heldVowel(0.4);
    mixed.push(first.data(), first.size());
    mixed.push(middle.data(), middle.size());
    mixed.push(last.data(), last.size());
    Transcript left = transcriptOf(words);
    REQUIRE(dropDoubtfulHesitations(left, &mixed.frames()).size() == 1);
    CHECK(left.text == "we could try");
    // Without the sound, the times are all there is: left out too.
    Transcript bare = transcriptOf(words);
    CHECK(dropDoubtfulHesitations(bare).size() == 1);
}
