// The speech pipeline's parts that need no recogniser: rate conversion in
// blocks, reading files in blocks with a length limit, the front end, voice
// activity, and the input checks (phone band, loud room, another voice),
// on sox-made conditions of flite voices.
#include "speech/audio_io.hpp"
#include "speech/front_end.hpp"
#include "speech/input_quality.hpp"
#include "speech/metrics.hpp"
#include "speech/noise_adaptation.hpp"
#include "speech/speech_audio.hpp"
#include "speech/take_pipeline.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace doorway::speech;
using doorway::test::quote;
using namespace doorway::speech::test_audio;

namespace {

InputReport check(const AudioClip& c, int sourceRate = 0) {
    InputQuality q(sourceRate);
    // Odd block sizes, as a microphone delivers them.
    for (size_t off = 0; off < c.samples.size(); off += 777)
        q.add(c.samples.data() + off, std::min<size_t>(777, c.samples.size() - off));
    return q.report();
}

bool has(const InputReport& r, const std::string& code) {
    for (const auto& w : r.warnings)
        if (w.code == code) return true;
    return false;
}

const char* kSentence = "I would like us to try one session with a counselor, and then decide together.";

}  // namespace

TEST_CASE("rate conversion in blocks gives what a whole conversion gives", "[speech]") {
    std::vector<float> in(44100);
    for (size_t i = 0; i < in.size(); ++i) in[i] = float(8000 * std::sin(2 * M_PI * 300 * double(i) / 44100));
    auto whole = resample(in, 44100, 16000);
    REQUIRE(whole.size() == 16000);
    Resampler r(44100, 16000);
    std::vector<float> blocks;
    for (size_t off = 0; off < in.size(); off += 1013)
        r.process(in.data() + off, std::min<size_t>(1013, in.size() - off), blocks);
    r.flush(blocks);
    REQUIRE(blocks.size() == whole.size());
    for (size_t i = 0; i < whole.size(); ++i) REQUIRE(blocks[i] == Approx(whole[i]).margin(1e-2));
    // An odd rate (no small ratio) and upsampling keep length and level.
    auto odd = resample(in, 44101, 16000);
    CHECK(odd.size() == size_t(44100.0 * 16000 / 44101));
    auto up = resample(std::vector<float>(8000, 1000.0f), 8000, 16000);
    REQUIRE(up.size() == 16000);
    CHECK(up[8000] == Approx(1000).margin(5));
}

TEST_CASE("a recording past the longest take is refused before it is read", "[speech]") {
    doorway::test::TempDir dir;
    // A header that claims 40 minutes (the file holds one second): the
    // limit is judged before any audio is read.
    std::string path = dir.file("long.flac");
    doorway::test::writeFlacClaiming(path, 2400);
    AudioReader reader;
    std::string error;
    CHECK_FALSE(reader.open(path, error));
    CHECK(error.find("long.flac") != std::string::npos);
    CHECK(error.find("40 minutes") != std::string::npos);
    CHECK(error.find("30 minutes") != std::string::npos);
    AudioClip clip;
    CHECK_FALSE(loadAudioFile(path, clip, error));
    CHECK(clip.samples.empty());
}

TEST_CASE("a long recording is read in blocks at 16 kHz", "[speech]") {
    doorway::test::TempDir dir;
    std::string path = dir.file("tone.flac");
    REQUIRE(std::system(("sox -R -n -r 44100 -b 16 -c 2 " + quote(path) + " synth 95 sine 440 vol 0.3").c_str()) == 0);
    AudioReader reader;
    std::string error;
    REQUIRE(reader.open(path, error));
    CHECK(reader.sourceRate() == 44100);
    CHECK(reader.channels() == 2);
    size_t total = 0, calls = 0;
    std::vector<int16_t> block;
    for (;;) {
        block.clear();
        size_t n = reader.read(block, 8000, error);
        if (n == 0) break;
        CHECK(n <= 8000);
        total += n;
        ++calls;
    }
    CHECK(error.empty());
    CHECK(total == Approx(95 * 16000).margin(2));
    CHECK(calls >= 95 * 2);
}

TEST_CASE("files that are not recordings are refused by name", "[speech]") {
    doorway::test::TempDir dir;
    AudioReader reader;
    std::string error;
    CHECK_FALSE(reader.open(dir.file("none.wav"), error));
    CHECK(error.find("none.wav") != std::string::npos);
    CHECK_FALSE(reader.open(dir.path().string(), error));
    CHECK(error.find("folder") != std::string::npos);
    REQUIRE(std::system(("mkfifo " + quote(dir.file("pipe.wav"))).c_str()) == 0);
    CHECK_FALSE(reader.open(dir.file("pipe.wav"), error));  // must not block
    CHECK(error.find("not a regular file") != std::string::npos);
    CHECK_FALSE(reader.openBytes("RIFF\x10\0\0\0WAVEfmt ", "broken.wav", error));
    CHECK(error.find("broken.wav") != std::string::npos);
}

TEST_CASE("the front end quiets noise between words and keeps the length", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip speech = synth(dir, "s", "slt", kSentence);
    AudioClip noisy = withNoise(dir, speech, "pink", 10);
    FrontEnd fe;
    std::vector<int16_t> out;
    std::vector<uint8_t> voiced;
    for (size_t off = 0; off < noisy.samples.size(); off += 1234)
        fe.process(noisy.samples.data() + off, std::min<size_t>(1234, noisy.samples.size() - off), out, voiced);
    fe.flush(out, voiced);
    REQUIRE(out.size() == noisy.samples.size());
    REQUIRE(voiced.size() == (noisy.samples.size() + kFrameSamples - 1) / kFrameSamples);
    // The leading second is noise only: quieter after than before (the
    // suppressor needs a moment to learn the noise; judge its second half).
    auto db = [](const std::vector<int16_t>& s, size_t from, size_t to) {
        return 20 * std::log10(rmsLevel(s.data() + from, to - from) + 1e-9);
    };
    CHECK(db(out, 8000, 16000) < db(noisy.samples, 8000, 16000) - 6);
    // The voice is heard during the sentence and hardly before it.
    size_t early = 0, during = 0;
    for (size_t f = 50; f < 100; ++f) early += voiced[f];
    const size_t first = 16000 / kFrameSamples, last = (16000 + speech.samples.size()) / kFrameSamples;
    for (size_t f = first; f < last; ++f) during += voiced[f];
    CHECK(early <= 10);
    CHECK(double(during) / double(last - first) > 0.5);
}

TEST_CASE("voice activity ends a pause a stretched word would hide", "[speech]") {
    // The decoder stretched "and" over 2.6 s of noisy silence; the voice
    // detector heard nothing there.
    std::vector<TimedWord> words = {{"i", 0.5, 0.7}, {"miss", 0.7, 1.1}, {"us", 1.1, 1.4},  {"and", 1.4, 4.2},
                                    {"i", 4.2, 4.4}, {"want", 4.4, 4.8}, {"help", 4.8, 5.2}};
    std::vector<VoicedSpan> voice = {{0.5, 1.6}, {4.2, 5.2}};
    auto byWords = computeSpeechMetrics(words, 6.0, {});
    CHECK(byWords.pauses == 0);
    auto byVoice = computeSpeechMetrics(words, 6.0, {}, kLongPauseS, &voice);
    REQUIRE(byVoice.pauses == 1);
    CHECK(byVoice.longestPauseS == Approx(2.6));
    CHECK(byVoice.speakingS == Approx(5.2 - 0.5 - 2.6));
    CHECK(byVoice.wpm == Approx(7 / (byVoice.speakingS / 60)));
    // Voice far from any word (a cough before the take) is left out.
    voice.insert(voice.begin(), {0.0, 0.1});
    CHECK(computeSpeechMetrics(words, 6.0, {}, kLongPauseS, &voice).speakingS == Approx(byVoice.speakingS));
}

TEST_CASE("the voice tracker smooths 10 ms decisions into stretches", "[speech]") {
    VoiceTracker t;
    auto run = [&](bool v, int frames) {
        for (int i = 0; i < frames; ++i) t.push(v);
    };
    run(false, 20);
    run(true, 30);  // 0.2 .. 0.5
    run(false, 5);  // a gap shorter than the hangover joins
    run(true, 20);  // .. 0.75
    run(false, 100);
    run(true, 3);  // a click: dropped
    run(false, 40);
    t.finish();
    REQUIRE(t.spans().size() == 1);
    CHECK(t.spans()[0].start == Approx(0.2));
    CHECK(t.spans()[0].end == Approx(0.75));
}

TEST_CASE("clean speech gets no input warning", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip speech = synth(dir, "s", "rms", kSentence);
    InputReport r = check(withNoise(dir, speech, "pink", 35));
    INFO("snr " << r.snrDb << " high " << r.highBandDb << " bg " << r.backgroundVoicing);
    CHECK(r.warnings.empty());
    CHECK(r.snrDb > 20);
}

TEST_CASE("a clean take reads as clean at any microphone gain", "[speech]") {
    // A quiet microphone puts the pauses and soft sounds of a clean take
    // down near digital silence; that is a quiet room, not a loud one.
    doorway::test::TempDir dir;
    AudioClip speech = synth(dir, "g", "kal16", kSentence);
    for (double gainDb : {0.0, -20.0, -30.0}) {
        AudioClip quiet = speech;
        const double g = std::pow(10.0, gainDb / 20);
        for (auto& s : quiet.samples) s = toPcm16(s * g);
        InputReport r = check(quiet);
        INFO("gain " << gainDb << " dB: snr " << r.snrDb);
        CHECK(r.snrDb >= kNoiseAdaptBelowSnrDb + 10);
        CHECK(r.warnings.empty());
    }
}

TEST_CASE("digital silence before and after a take is not its room", "[speech]") {
    // A sound card's lead-in, or one that delivers nothing once the person
    // stops: the room is what was heard between the first sound and the last.
    doorway::test::TempDir dir;
    AudioClip noisy = withNoise(dir, synth(dir, "n", "awb", kSentence), "pink", 15);
    AudioClip padded;
    padded.samples.assign(16000, 0);
    padded.samples.insert(padded.samples.end(), noisy.samples.begin(), noisy.samples.end());
    padded.samples.insert(padded.samples.end(), noisy.samples.size() * 3, 0);
    InputReport plain = check(noisy), withSilence = check(padded);
    INFO("snr " << plain.snrDb << " with silence around it " << withSilence.snrDb);
    CHECK(plain.snrDb < kNoiseAdaptBelowSnrDb);
    CHECK(withSilence.snrDb == Approx(plain.snrDb).margin(1.0));
    CHECK(has(withSilence, "loud_room") == has(plain, "loud_room"));
}

TEST_CASE("phone-band input is named, by its spectrum and by its rate", "[speech]") {
    doorway::test::TempDir dir;
    // A headset in hands-free mode: the room and the voice both pass an
    // 8 kHz link (300-3400 Hz), and reach the app converted back up.
    AudioClip room = withNoise(dir, synth(dir, "p", "slt", kSentence, "sinc 300-3400"), "white", 45);
    std::vector<float> f(room.samples.begin(), room.samples.end());
    auto down = resample(f, 16000, 8000);
    auto up = resample(down, 8000, 16000);
    AudioClip phone;
    for (float v : up) phone.samples.push_back(toPcm16(v));
    InputReport bySpectrum = check(phone);
    INFO("high band " << bySpectrum.highBandDb);
    REQUIRE(has(bySpectrum, "phone_band"));
    CHECK(bySpectrum.warnings.front().text.find("low-quality mode") != std::string::npos);
    // The same speech at full band is not phone band.
    InputReport wide = check(withNoise(dir, synth(dir, "w", "slt", kSentence), "white", 45));
    INFO("wide high band " << wide.highBandDb);
    CHECK_FALSE(has(wide, "phone_band"));
    // A device or file at 8 kHz is phone band before a word is heard.
    CHECK(has(check(AudioClip{}, 8000), "phone_band"));
    AudioClip file = synth(dir, "r", "slt", kSentence, "rate 8000");
    CHECK(file.sourceRate == 8000);
}

TEST_CASE("a recording's warnings describe the recording, a live take's advise on the microphone", "[speech]") {
    // The same 8 kHz source, heard live and read from a file.
    InputReport live = InputQuality(8000, InputSource::Live).report();
    InputReport file = InputQuality(8000, InputSource::File).report();
    REQUIRE(has(live, "phone_band"));
    REQUIRE(has(file, "phone_band"));
    const std::string liveText = live.warnings.front().text, fileText = file.warnings.front().text;
    CHECK(liveText.find("headset") != std::string::npos);
    CHECK(fileText.find("headset") == std::string::npos);
    CHECK(fileText.find("microphone") == std::string::npos);
    CHECK(fileText.find("This recording is phone-quality (8 kHz)") == 0);
    // A file at full rate whose spectrum stops at 4 kHz names that instead.
    CHECK(warningText("phone_band", InputSource::File, 16000).find("no sound above 4 kHz") != std::string::npos);
    for (const char* code : {"phone_band", "loud_room", "other_voice", "clipped"}) {
        INFO(code);
        const std::string f = warningText(code, InputSource::File), l = warningText(code, InputSource::Live);
        CHECK_FALSE(f.empty());
        CHECK(f != l);
        CHECK(f.find("recording") != std::string::npos);
    }
    CHECK(warningText("nonsense", InputSource::File).empty());
    // A take's stored metrics remember which it was, for its review.
    CHECK(inputSourceOf(inputReportToJson(file)) == InputSource::File);
    CHECK(inputSourceOf(inputReportToJson(live)) == InputSource::Live);
    CHECK(inputSourceOf(boost::json::object{}) == InputSource::Live);
}

TEST_CASE("pace and fillers are marked unreliable when the input draws a warning", "[speech]") {
    // Words a recogniser might make of a phone line: an "uh" nobody said,
    // and more words than the voice had time for.
    TakeAnalysis a;
    for (int i = 0; i < 12; ++i) a.transcript.words.push_back({i == 5 ? "uh" : "word", 0.2 * i, 0.2 * i + 0.15});
    a.transcript.durationS = 3;
    a.voiced = {{0.0, 2.5}};
    const auto fillers = defaultFillers();

    a.input = InputQuality(16000, InputSource::File).report();  // nothing heard: no warning
    REQUIRE(wordsTrusted(a.input));
    auto trusted = takeMetricsJson(a, fillers);
    CHECK(trusted.at("unreliable").as_array().empty());
    withholdUnreliable(trusted);
    CHECK(trusted.at("wpm").to_number<double>() > 0);
    CHECK(trusted.at("fillers").to_number<double>() == 1);

    a.input = InputQuality(8000, InputSource::File).report();
    REQUIRE_FALSE(wordsTrusted(a.input));
    auto m = takeMetricsJson(a, fillers);
    std::vector<std::string> names;
    for (const auto& v : m.at("unreliable").as_array()) names.emplace_back(v.as_string());
    CHECK(names == wordCountedMetrics());
    for (const char* k : {"wpm", "fillers", "fillers_per_min", "filler_counts"})
        CHECK(std::count(names.begin(), names.end(), k) == 1);
    // The workbook keeps what was heard; a report for programs gives null.
    CHECK(m.at("wpm").to_number<double>() > 0);
    withholdUnreliable(m);
    for (const auto& k : names) {
        INFO(k);
        CHECK(m.at(k).is_null());
    }
    // What stands on the voice itself is still given.
    CHECK(m.at("speaking_s").to_number<double>() == Approx(2.5));
    CHECK(m.at("pauses").to_number<double>() == 0);
    CHECK(m.at("duration_s").to_number<double>() == Approx(3));
}

TEST_CASE("a take too loud for its microphone is named as clipped, and a loud clean one is not", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip speech = synth(dir, "s", "slt", kSentence);
    // The same take raised 3 dB (peaks just under full scale) and 10 dB
    // (cut off: a tenth of its sound at the top), in memory.
    auto raised = [&](double db) {
        AudioClip c = speech;
        const double g = std::pow(10.0, db / 20.0);
        for (auto& x : c.samples) x = int16_t(std::clamp(double(x) * g, -32768.0, 32767.0));
        return c;
    };
    InputReport fine = check(raised(0)), loud = check(raised(3)), cut = check(raised(12));
    INFO("clipped share: as made " << fine.clippedShare << ", +3 dB " << loud.clippedShare << ", +12 dB "
                                   << cut.clippedShare);
    CHECK_FALSE(has(fine, "clipped"));
    CHECK_FALSE(has(loud, "clipped"));
    CHECK(has(cut, "clipped"));
    CHECK(cut.clippedShare > kClippedShare);
    CHECK_FALSE(wordsTrusted(cut));  // its pace and fillers are withheld, as for the other warnings
    CHECK(inputReportToJson(cut).at("clipped_share").to_number<double>() > kClippedShare);
}

TEST_CASE("a loud room is named and so is a talking television", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip speech = synth(dir, "s", "awb", kSentence);
    InputReport loud = check(withNoise(dir, speech, "pink", 5));
    INFO("snr " << loud.snrDb);
    CHECK(has(loud, "loud_room"));
    CHECK_FALSE(has(loud, "phone_band"));
    InputReport fine = check(withNoise(dir, speech, "pink", 25));
    INFO("snr " << fine.snrDb);
    CHECK_FALSE(has(fine, "loud_room"));

    // Another voice, 10 dB under, talking through the pauses: a take of
    // two sentences with pauses around them, and a television behind it.
    std::string said = dir.file("said.wav"), tv = dir.file("tv.wav"), mixed = dir.file("mixed.wav");
    REQUIRE(std::system(("flite -voice awb -t " + quote(kSentence) + " -o " + quote(dir.file("a.wav"))).c_str()) == 0);
    REQUIRE(std::system(("sox -R " + quote(dir.file("a.wav")) + " " + quote(said) + " pad 1.5 1.5 repeat 1").c_str()) ==
            0);
    REQUIRE(std::system(("flite -voice kal16 -t " +
                         quote("Good evening, here is the weather. Rain in the north, sun in the south, and wind "
                               "along the coast tonight. In sport, the home side won again, and the crowd sang.") +
                         " -o " + quote(dir.file("tv0.wav")))
                            .c_str()) == 0);
    REQUIRE(std::system(("sox -R " + quote(dir.file("tv0.wav")) + " " + quote(tv) + " pitch 400 repeat 1").c_str()) ==
            0);
    REQUIRE(std::system(("sox -R -m -v 1 " + quote(said) + " -v 0.33 " + quote(tv) + " " + quote(mixed) + " trim 0 " +
                         std::to_string(double(speech.samples.size()) / 16000.0 * 2 + 6))
                            .c_str()) == 0);
    AudioClip take;
    std::string error;
    REQUIRE(loadAudioFile(mixed, take, error));
    InputReport talker = check(take);
    INFO("background voicing " << talker.backgroundVoicing << ", plain " << fine.backgroundVoicing);
    CHECK(has(talker, "other_voice"));
    CHECK_FALSE(has(fine, "other_voice"));
}
