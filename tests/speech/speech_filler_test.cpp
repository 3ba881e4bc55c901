// Hesitations: the check that keeps the ones said and leaves out the ones a
// quick reader never said (hesitation_check.hpp), on constructed timings,
// on the human recordings in Debian's pocketsphinx-testdata and on a flite
// take with "um" and "uh" spliced in with sox; and when a filler rate is a
// measure at all.
#include "speech/audio_io.hpp"
#include "speech/hesitation_check.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"
#include "speech/take_pipeline.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace doorway::speech;

namespace {

Transcript transcriptOf(const std::vector<TimedWord>& words) {
    Transcript t;
    for (const auto& w : words) t.text += (t.text.empty() ? "" : " ") + w.word;
    t.words = words;
    return t;
}

const std::vector<std::string> kHesitationWords = {"um", "uh", "er", "erm", "hmm", "ah"};

}  // namespace

TEST_CASE("a short hesitation glued between words is left out and one beside a pause is kept", "[speech]") {
    // "he might even uh been made": a reduced "have" heard as a 90 ms "uh".
    Transcript glued = transcriptOf({{"he", 0.00, 0.18},
                                     {"might", 0.18, 0.44},
                                     {"even", 0.44, 0.74},
                                     {"uh", 0.74, 0.83, 0.2},
                                     {"been", 0.83, 1.12},
                                     {"made", 1.12, 1.46}});
    auto left = dropDoubtfulHesitations(glued);
    REQUIRE(left.size() == 1);
    CHECK(left[0].word == "uh");
    CHECK(glued.text == "he might even been made");
    CHECK(glued.words.size() == 5);

    // The same "uh" with a breath after it, as people hesitate: kept, even
    // though the decoder was unsure of it.
    Transcript paused = transcriptOf({{"he", 0.00, 0.18},
                                      {"might", 0.18, 0.44},
                                      {"uh", 0.44, 0.53, 0.1},
                                      {"been", 0.70, 1.00},
                                      {"made", 1.00, 1.30}});
    CHECK(dropDoubtfulHesitations(paused).empty());
    CHECK(paused.text == "he might uh been made");

    // 20 ms between words is the decoder's rounding, not a pause.
    Transcript tight =
        transcriptOf({{"he", 0.00, 0.18}, {"might", 0.18, 0.44}, {"uh", 0.44, 0.53}, {"been", 0.55, 0.88}});
    CHECK(dropDoubtfulHesitations(tight).size() == 1);

    // A drawn-out one, glued to both words: kept.
    Transcript longOne = transcriptOf({{"and", 0.0, 0.2}, {"um", 0.2, 0.55}, {"we", 0.55, 0.7}, {"could", 0.7, 0.95}});
    CHECK(dropDoubtfulHesitations(longOne).empty());

    // The take's edges are not pauses: a short "um" first or last, as a
    // clipped "unless" or "them" came out, is not believed for them.
    Transcript edges = transcriptOf({{"um", 0.23, 0.37}, {"was", 0.37, 0.6}, {"to", 0.6, 0.7}, {"um", 0.9, 1.0}});
    auto edgeLeft = dropDoubtfulHesitations(edges);
    CHECK(edgeLeft.size() == 1);  // the last has a 200 ms pause before it
    CHECK(edges.text == "was to um");

    // Words that are not hesitations are never touched, however short.
    Transcript words = transcriptOf({{"a", 0.0, 0.03}, {"b", 0.03, 0.06}});
    CHECK(dropDoubtfulHesitations(words).empty());
    CHECK(words.words.size() == 2);
}

TEST_CASE("a hesitation the decoder split in two counts once", "[speech]") {
    Transcript t = transcriptOf({{"so", 0.0, 0.24},
                                 {"we", 0.24, 0.44},
                                 {"uh", 0.44, 0.54, 0.26},
                                 {"uh", 0.54, 0.60, 0.04},
                                 {"would", 0.75, 0.92}});
    auto left = dropDoubtfulHesitations(t);
    CHECK(left.size() == 1);
    REQUIRE(t.words.size() == 4);
    CHECK(t.words[2].word == "uh");
    CHECK(t.words[2].end == Approx(0.60));
    CHECK(computeSpeechMetrics(t.words, 0, kHesitationWords).fillers == 1);
}

TEST_CASE("the human recordings in pocketsphinx-testdata get no invented filler", "[speech]") {
    // A clean reading with no hesitation in it (its transcript is in the same
    // folder): before the check, "and", "unless", "have" and "them" came out
    // as "uh"/"um" (5 in 96 words over the 11 clips). Issue 14 allows one in
    // 100 words; these hold 72.
    const std::string dir = "/usr/share/pocketsphinx/test/data/librivox/";
    if (!std::filesystem::exists(dir)) FAIL("pocketsphinx-testdata is not installed (scripts/packages.txt)");
    std::string error;
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    int fillers = 0, words = 0;
    for (const char* id : {"0870", "0880", "0890", "0920", "0930"}) {
        AudioClip clip;
        REQUIRE(loadAudioFile(dir + "sense_and_sensibility_01_austen_64kb-" + id + ".wav", clip, error));
        rec->resetCmn();  // each file alone, as `doorway transcribe` hears it
        TakeAnalysis a = analyseClip(*rec, clip.samples);
        UNSCOPED_INFO(id << " heard: " << a.transcript.text << " (left out: " << a.doubted.size() << ")");
        fillers += computeSpeechMetrics(a.transcript.words, 0, kHesitationWords).fillers;
        words += int(a.transcript.words.size());
    }
    CHECK(words > 50);  // the clips were heard at all
    CHECK(fillers * 100 <= words);
}

TEST_CASE("um and uh spliced into a flite take with sox are still counted", "[speech]") {
    // A person's hesitation: the sound with a short pause either side,
    // spliced between the words of a sentence.
    doorway::test::TempDir dir;
    using doorway::test::quote;
    auto say = [&](const std::string& name, const std::string& text) {
        const std::string wav = dir.file(name + ".wav");
        REQUIRE(std::system(("flite -voice kal16 -t " + quote(text) + " -o " + quote(wav)).c_str()) == 0);
        return wav;
    };
    const std::string a = say("a", "I think we could try"), um = say("um", "um"), b = say("b", "one session together,"),
                      uh = say("uh", "uh"), c = say("c", "and see how it feels.");
    const std::string pad = dir.file("pad.wav"), take = dir.file("take.wav");
    // -R: sox dithers the made silence with a random seed otherwise, and
    // the take (and what is heard in it) changed from run to run.
    REQUIRE(std::system(("sox -R -n -r 16000 -b 16 -c 1 " + quote(pad) + " trim 0 0.15").c_str()) == 0);
    const std::string cmd = "sox -R " + quote(a) + " " + quote(pad) + " " + quote(um) + " " + quote(pad) + " " +
                            quote(b) + " " + quote(pad) + " " + quote(uh) + " " + quote(pad) + " " + quote(c) +
                            " -r 16000 " + quote(take);
    REQUIRE(std::system(cmd.c_str()) == 0);
    AudioClip clip;
    std::string error;
    REQUIRE(loadAudioFile(take, clip, error));
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    TakeAnalysis t = analyseClip(*rec, clip.samples);
    INFO("heard: " << t.transcript.text << " (left out: " << t.doubted.size() << ")");
    const int counted = computeSpeechMetrics(t.transcript.words, 0, kHesitationWords).fillers;
    // Both, or one of them heard as a word; never none, and none invented.
    CHECK(counted >= 1);
    CHECK(counted <= 2);
}

TEST_CASE("a filler rate needs 20 seconds of speech", "[speech]") {
    SpeechMetrics m;
    CHECK(fillerRateNotMeasured(m) == "no words were heard");
    m.words = 9;
    m.speakingS = 3.3;
    m.fillers = 1;
    CHECK(fillerRateNotMeasured(m) == kTooLittleForFillerRate);
    // The pace of the same take is a measure: the two minimums differ.
    CHECK(paceNotMeasured(m).empty());
    m.words = 60;
    m.speakingS = kMinFillerRateSpeakingS;
    CHECK(fillerRateNotMeasured(m).empty());

    namespace json = boost::json;
    json::object shortTake{{"words", 9},   {"speaking_s", 3.3},       {"wpm", 163.6},
                           {"fillers", 1}, {"fillers_per_min", 18.2}, {"unreliable", json::array{}}};
    CHECK(fillerRateNotMeasuredIn(shortTake) == kTooLittleForFillerRate);
    CHECK(paceNotMeasuredIn(shortTake).empty());
    json::object longTake = shortTake;
    longTake["words"] = 70;
    longTake["speaking_s"] = 25.0;
    CHECK(fillerRateNotMeasuredIn(longTake).empty());
    longTake["unreliable"] = json::array{"wpm", "fillers", "fillers_per_min", "filler_counts"};
    CHECK(fillerRateNotMeasuredIn(longTake) == kWordsUntrusted);
    // The review and the Takes page withhold the filler count itself then.
    CHECK(wordsUntrustedIn(longTake));
    CHECK_FALSE(wordsUntrustedIn(shortTake));
    CHECK_FALSE(wordsUntrustedIn(json::object{{"words", 9}}));
}
