// Pace, fillers and pauses from constructed word timings; the language
// model writer; audio files in and out.
#include "core/storage.hpp"
#include "speech/audio_io.hpp"
#include "speech/language_model.hpp"
#include "speech/metrics.hpp"
#include "speech/take_pipeline.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <sstream>

using namespace doorway::speech;

namespace {

// Words spaced evenly: each `dur` long, `gap` apart, from `t0`.
std::vector<TimedWord> timed(const std::string& text, double t0 = 0.0, double dur = 0.3, double gap = 0.1) {
    std::vector<TimedWord> out;
    double t = t0;
    for (auto& w : splitWords(text)) {
        out.push_back({w, t, t + dur});
        t += dur + gap;
    }
    return out;
}

}  // namespace

TEST_CASE("words per minute from word timings", "[speech]") {
    // 20 words, 0.4 s each including the gap: 0.3*20 + 0.1*19 = 7.9 s of speech.
    auto words =
        timed("one two three four five six seven eight nine ten one two three four five six seven eight nine ten");
    auto m = computeSpeechMetrics(words, 10.0, {});
    CHECK(m.words == 20);
    CHECK(m.durationS == Approx(10.0));
    CHECK(m.speakingS == Approx(7.9));
    CHECK(m.wpm == Approx(20 / 7.9 * 60));
    CHECK(m.pauses == 0);
    CHECK(m.fillers == 0);
}

TEST_CASE("pauses longer than two seconds are counted, shorter ones are not", "[speech]") {
    std::vector<TimedWord> w = {{"i", 0.0, 0.2},  {"want", 0.3, 0.6}, {"us", 2.5, 2.7},      // 1.9 s gap: no
                                {"to", 5.0, 5.2}, {"talk", 5.3, 5.6}, {"again", 9.0, 9.4}};  // 2.3 s and 3.4 s: yes
    auto m = computeSpeechMetrics(w, 10.0, {});
    CHECK(m.pauses == 2);
    CHECK(m.longestPauseS == Approx(3.4));
    REQUIRE(m.pauseSpans.size() == 2);
    CHECK(m.pauseSpans[0].start == Approx(2.7));
    CHECK(m.pauseSpans[0].end == Approx(5.0));
    // Speaking time leaves the long pauses out: 9.4 - 2.3 - 3.4.
    CHECK(m.speakingS == Approx(9.4 - 2.3 - 3.4));
    // Exactly at the threshold is not over it.
    std::vector<TimedWord> edge = {{"a", 0, 1}, {"b", 3, 4}};
    CHECK(computeSpeechMetrics(edge, 0, {}).pauses == 0);
    CHECK(computeSpeechMetrics(edge, 0, {}, 1.5).pauses == 1);
}

TEST_CASE("fillers: single and multi-word, case-insensitive, no overlaps", "[speech]") {
    auto words = timed("Um so I mean we could uh you know try it, like, once. Basically you know");
    auto m = computeSpeechMetrics(words, 0, defaultFillers());
    CHECK(m.fillerCounts["um"] == 1);
    CHECK(m.fillerCounts["i mean"] == 1);
    CHECK(m.fillerCounts["uh"] == 1);
    CHECK(m.fillerCounts["you know"] == 2);
    CHECK(m.fillerCounts["like"] == 1);
    CHECK(m.fillerCounts["basically"] == 1);
    CHECK(m.fillers == 7);
    CHECK(m.fillersPerMin == Approx(7 / (std::max(m.speakingS, 1.0) / 60)));
}

TEST_CASE("'like' as a verb is not a filler", "[speech]") {
    auto m = computeSpeechMetrics(timed("I would like us to go and I'd like you to choose"), 0, {"like"});
    CHECK(m.fillers == 0);
    auto m2 = computeSpeechMetrics(timed("it was like really hard"), 0, {"like"});
    CHECK(m2.fillers == 1);
    // "it's" once made every following "like" a filler.
    CHECK(computeSpeechMetrics(timed("just to see what it's like"), 0, {"like"}).fillers == 0);
}

namespace {

struct LikeCase {
    int expected;
    std::string phrase;
};

std::vector<LikeCase> likeTable(const std::string& name) {
    std::vector<LikeCase> out;
    std::istringstream in(doorway::test::readText(doorway::test::sourcePath("tests/speech/data/" + name)));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        auto bar = line.find('|');
        REQUIRE(bar != std::string::npos);
        out.push_back({std::stoi(line.substr(0, bar)), line.substr(bar + 1)});
    }
    return out;
}

// How many rows the rule counts right; the failures go to the log.
size_t likeRowsRight(const std::vector<LikeCase>& table) {
    size_t right = 0;
    for (const auto& c : table) {
        int got = computeSpeechMetrics(timed(c.phrase), 0, {"like"}).fillers;
        if (got == c.expected)
            ++right;
        else
            UNSCOPED_INFO("\"" << c.phrase << "\": counted " << got << ", expected " << c.expected);
    }
    return right;
}

}  // namespace

TEST_CASE("the 'like' rule on a table of real phrases", "[speech]") {
    // Tuned on this table: every row must hold.
    auto dev = likeTable("like_phrases_dev.txt");
    REQUIRE(dev.size() >= 50);
    CHECK(likeRowsRight(dev) == dev.size());
}

TEST_CASE("the 'like' rule on phrases it was never tuned on", "[speech]") {
    // A frozen holdout: the rate is reported in the note, and held
    // to a floor here so a change that breaks the rule's generality fails.
    auto holdout = likeTable("like_phrases_holdout.txt");
    REQUIRE(holdout.size() >= 30);
    const size_t right = likeRowsRight(holdout);
    WARN("'like' rule on the holdout table: " << right << " of " << holdout.size());
    CHECK(double(right) / double(holdout.size()) >= 0.8);
}

TEST_CASE("the filler list comes from workbook settings", "[speech]") {
    boost::json::object settings;
    CHECK(fillersFromSettings(settings) == defaultFillers());
    settings[kFillersSetting] = boost::json::array{"Right?", "  sort  of ", 5, ""};
    auto list = fillersFromSettings(settings);
    REQUIRE(list.size() == 2);
    CHECK(list[0] == "right");
    CHECK(list[1] == "sort of");
    auto m = computeSpeechMetrics(timed("right we sort of agreed um right"), 0, list);
    CHECK(m.fillers == 3);  // "um" is not on this list
    settings[kFillersSetting] = "not a list";
    CHECK(fillersFromSettings(settings) == defaultFillers());
}

TEST_CASE("metrics of an empty take and of unordered words", "[speech]") {
    auto m = computeSpeechMetrics({}, 4.0, defaultFillers());
    CHECK(m.words == 0);
    CHECK(m.wpm == 0);
    CHECK(m.durationS == 4.0);
    std::vector<TimedWord> w = {{"b", 4.0, 4.5}, {"a", 0.0, 0.5}};
    auto m2 = computeSpeechMetrics(w, 0, {});
    CHECK(m2.pauses == 1);
    CHECK(m2.durationS == Approx(4.5));
    auto j = speechMetricsToJson(m2);
    CHECK(j.at("pauses").as_int64() == 1);
    CHECK(j.contains("wpm"));
    CHECK(j.contains("fillers_per_min"));
}

TEST_CASE("word error rate", "[speech]") {
    int e = 0, n = 0;
    CHECK(wordErrorRate("I would like us to go", "i would like us to go", &e, &n) == 0.0);
    CHECK(n == 6);
    CHECK(wordErrorRate("I would like us to go", "i would love to go now", &e) == Approx(3.0 / 6));
    CHECK(e == 3);  // like->love, drop us, insert now
    CHECK(wordErrorRate("", "") == 0.0);
    CHECK(wordErrorRate("", "noise") == 1.0);
}

namespace {

// Evaluates an ARPA model the way a decoder does, to check it is a proper
// distribution.
struct Arpa {
    std::map<std::string, std::pair<double, double>> grams;  // "u v w" -> (log10 p, log10 backoff)
    std::vector<std::string> vocab;
    explicit Arpa(const std::string& text) {
        std::istringstream in(text);
        std::string line;
        int order = 0;
        while (std::getline(in, line)) {
            if (line.rfind("\\", 0) == 0) {
                order = line.size() > 1 && std::isdigit(static_cast<unsigned char>(line[1])) ? line[1] - '0' : 0;
                continue;
            }
            if (order == 0 || line.empty()) continue;
            std::istringstream ls(line);
            double p = 0, bo = 0;
            ls >> p;
            std::string key, w;
            for (int i = 0; i < order; ++i) {
                ls >> w;
                key += (i ? " " : "") + w;
            }
            if (!(ls >> bo)) bo = 0;
            grams[key] = {p, bo};
            if (order == 1 && w != "<s>") vocab.push_back(w);
        }
    }
    double logp(const std::string& ctx, const std::string& w) const {
        auto full = ctx.empty() ? w : ctx + " " + w;
        if (auto it = grams.find(full); it != grams.end()) return it->second.first;
        if (ctx.empty()) return -99;
        double bo = 0;
        if (auto it = grams.find(ctx); it != grams.end()) bo = it->second.second;
        auto sp = ctx.find(' ');
        return bo + logp(sp == std::string::npos ? "" : ctx.substr(sp + 1), w);
    }
    double total(const std::string& ctx) const {
        double s = 0;
        for (auto& w : vocab) s += std::pow(10.0, logp(ctx, w));
        return s;
    }
};

}  // namespace

TEST_CASE("the ARPA writer makes a normalised back-off trigram model", "[speech]") {
    std::vector<WeightedText> texts = {
        {"Would you come to one session with me? I would like us to try a counselor. You would have a veto.", 3.0},
        {"I would like to talk. Would you like some tea? We could try it once.", 1.0}};
    auto known = [](const std::string& w) { return w != "zzyzx"; };
    auto r = buildArpaLm(texts, known);
    REQUIRE_FALSE(r.arpa.empty());
    CHECK(r.arpa.rfind("\\data\\", 0) == 0);
    CHECK(r.arpa.find("\\3-grams:") != std::string::npos);
    CHECK(r.ngrams[2] > 0);
    Arpa a(r.arpa);
    CHECK(a.total("") == Approx(1.0).epsilon(0.01));
    CHECK(a.total("<s>") == Approx(1.0).epsilon(0.01));
    CHECK(a.total("would") == Approx(1.0).epsilon(0.01));
    CHECK(a.total("i would") == Approx(1.0).epsilon(0.01));
    CHECK(a.total("would you") == Approx(1.0).epsilon(0.01));
    // Seen continuations beat unseen ones.
    CHECK(a.logp("you would", "have") > a.logp("you would", "tea"));

    // Hesitations take a share of every context and are transparent: after
    // "would um" the model predicts what it does after "would".
    LmBuildOptions withFillers;
    withFillers.fillers = {{"um", 1}, {"uh", 1}};
    withFillers.fillerShare = 0.1;
    auto f = buildArpaLm(texts, known, withFillers);
    Arpa af(f.arpa);
    CHECK(af.total("") == Approx(1.0).epsilon(0.01));
    CHECK(af.total("would") == Approx(1.0).epsilon(0.01));
    CHECK(af.total("i would") == Approx(1.0).epsilon(0.01));
    CHECK(af.total("would um") == Approx(1.0).epsilon(0.01));
    CHECK(af.logp("i would", "um") == Approx(std::log10(0.05)).margin(0.01));
    CHECK(af.logp("<s>", "uh") == Approx(std::log10(0.05)).margin(0.01));
    CHECK(af.logp("would um", "have") == Approx(af.logp("would", "have")).margin(0.01));
    CHECK(af.logp("would um", "tea") == Approx(af.logp("would", "tea")).margin(0.01));
    // Everything else keeps its place, scaled by what the fillers took.
    CHECK(af.logp("you would", "have") == Approx(a.logp("you would", "have") + std::log10(0.9)).margin(0.02));

    // Class words stand in for one another: "therapist" follows "a" as
    // "counselor" does, though the text never says it.
    WordClasses classes = {{"counselor", "therapist"}};
    LmBuildOptions withClasses;
    withClasses.classes = &classes;
    withClasses.classWeight = 0.5;
    Arpa ac(buildArpaLm(texts, known, withClasses).arpa);
    CHECK(ac.total("a") == Approx(1.0).epsilon(0.01));
    CHECK(ac.logp("try a", "therapist") > a.logp("try a", "therapist") + 1.0);
    CHECK(ac.logp("try a", "counselor") > ac.logp("try a", "therapist"));

    auto cut = buildArpaLm({{"we could zzyzx try counseling", 1.0}}, known);
    CHECK(cut.unknownWords == std::vector<std::string>{"zzyzx"});
    CHECK(cut.arpa.find("zzyzx") == std::string::npos);
    CHECK(buildArpaLm({{"  ...  ", 1.0}}, known).arpa.empty());
}

TEST_CASE("a large text's one-off word pairs are pruned and it may skip the class variants", "[speech]") {
    auto known = [](const std::string&) { return true; };
    const std::string big = "we could try it. we could try once. we could ask a friend. you could ask";
    WordClasses classes = {{"friend", "neighbour"}};
    LmBuildOptions o;
    o.classes = &classes;
    o.classWeight = 0.5;
    Arpa all(buildArpaLm({{big, 1.0}}, known, o).arpa);
    WeightedText pruned{big, 1.0};
    pruned.minRepeat = 2;
    pruned.variants = false;
    Arpa p(buildArpaLm({pruned}, known, o).arpa);
    // Said three times, "we could" and "could try" (twice) stay; "ask a",
    // said once, is gone, though its words stay in the model.
    CHECK(p.grams.count("we could") == 1);
    CHECK(p.grams.count("we could try") == 1);
    CHECK(p.grams.count("ask a") == 0);
    CHECK(p.grams.count("could ask a") == 0);
    CHECK(all.grams.count("ask a") == 1);
    CHECK(p.grams.count("friend") == 1);
    CHECK(p.total("") == Approx(1.0).epsilon(0.01));
    CHECK(p.total("we could") == Approx(1.0).epsilon(0.01));
    // No variants: "neighbour" is not in the model at all.
    CHECK(all.grams.count("neighbour") == 1);
    CHECK(p.grams.count("neighbour") == 0);
}

TEST_CASE("sentences for the language model drop numbers and split on punctuation", "[speech]") {
    auto s = sentencesForLm("Would you come? Just 3 times!\nOK");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == std::vector<std::string>{"would", "you", "come"});
    CHECK(s[1] == std::vector<std::string>{"just", "times"});
    CHECK(guessPronunciation("counselor").find("K") == 0);
    CHECK(guessPronunciation("b4!").empty());
}

namespace {
// A stand-in sealer: enough to show the bytes pass through it.
class XorSealer : public doorway::Sealer {
public:
    std::string seal(const std::string& p) override {
        std::string out = "{\"format\":\"doorway-sealed\"}";
        for (char c : p) out += char(c ^ 0x5a);
        return out;
    }
    std::string open(const std::string& s) override {
        std::string head = "{\"format\":\"doorway-sealed\"}";
        if (s.rfind(head, 0) != 0) throw doorway::SealError("not sealed");
        std::string out;
        for (size_t i = head.size(); i < s.size(); ++i) out += char(s[i] ^ 0x5a);
        return out;
    }
};

AudioClip tone(int rate, double seconds, double hz) {
    AudioClip c;
    c.rate = rate;
    for (int i = 0; i < int(rate * seconds); ++i)
        c.samples.push_back(int16_t(10000 * std::sin(2 * M_PI * hz * i / rate)));
    return c;
}
}  // namespace

TEST_CASE("audio files: write, read back, resample, seal", "[speech]") {
    doorway::test::TempDir dir;
    std::string error;
    // A 44.1 kHz file comes back as 16 kHz of the same length and pitch.
    AudioClip hi = tone(44100, 1.0, 440);
    REQUIRE(writeAudioFile(dir.file("hi.wav"), hi, error));
    AudioClip back;
    REQUIRE(loadAudioFile(dir.file("hi.wav"), back, error));
    CHECK(back.rate == 16000);
    CHECK(back.seconds() == Approx(1.0).margin(0.01));
    // Zero crossings count the pitch: 440 Hz = 880 a second.
    int crossings = 0;
    for (size_t i = 1001; i < 15000; ++i) crossings += (back.samples[i - 1] < 0) != (back.samples[i] < 0);
    CHECK(crossings == Approx(880 * (14000.0 / 16000)).margin(4));
    // A tone above 8 kHz must not fold back into the speech band.
    AudioClip shrill = tone(44100, 0.5, 12000);
    std::vector<float> f(shrill.samples.begin(), shrill.samples.end());
    auto rs = resample(f, 44100, 16000);
    double energy = 0;
    for (size_t i = 200; i + 200 < rs.size(); ++i) energy += double(rs[i]) * rs[i];
    CHECK(std::sqrt(energy / double(rs.size() - 400)) < 200);

    // Sealed: the bytes on disk are not a WAV; the sealer opens them.
    XorSealer sealer;
    AudioClip speech = tone(16000, 0.5, 200);
    REQUIRE(writeAudioFile(dir.file("take.wav"), speech, error, &sealer));
    INFO(error);
    CHECK(doorway::test::readText(dir.file("take.wav")).find("RIFF") == std::string::npos);
    AudioClip opened;
    bool openedOk = loadAudioFile(dir.file("take.wav"), opened, error, &sealer);
    INFO(error);
    REQUIRE(openedOk);
    CHECK(opened.samples == speech.samples);
    AudioClip refused;
    CHECK_FALSE(loadAudioFile(dir.file("take.wav"), refused, error));
    CHECK(error.find("take.wav") != std::string::npos);
}

TEST_CASE("bad audio files are refused with the file's name", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip c;
    std::string error;
    CHECK_FALSE(loadAudioFile(dir.file("missing.wav"), c, error));
    CHECK(error.find("missing.wav") != std::string::npos);
    doorway::test::writeText(dir.file("empty.wav"), "");
    CHECK_FALSE(loadAudioFile(dir.file("empty.wav"), c, error));
    CHECK(error.find("empty.wav") != std::string::npos);
    CHECK(error.find("empty") != std::string::npos);
    doorway::test::writeText(dir.file("notes.wav"), "these are words, not sound\n");
    CHECK_FALSE(loadAudioFile(dir.file("notes.wav"), c, error));
    CHECK(error.find("not an audio file") != std::string::npos);
    CHECK_FALSE(loadAudioFile(dir.path().string(), c, error));
    CHECK(error.find("folder") != std::string::npos);
}

TEST_CASE("a stored take's pace is shown only when it is a measure", "[speech]") {
    namespace json = boost::json;
    json::object spoke{{"words", 24}, {"speaking_s", 9.5}, {"wpm", 151.6}, {"unreliable", json::array{}}};
    CHECK(paceNotMeasuredIn(spoke).empty());
    json::object silent{{"words", 0}, {"speaking_s", 0}, {"wpm", 0}, {"unreliable", json::array{}}};
    CHECK(paceNotMeasuredIn(silent) == "no words were heard");
    json::object twoWords{{"words", 2}, {"speaking_s", 0.8}, {"wpm", 150}, {"unreliable", json::array{}}};
    CHECK_THAT(paceNotMeasuredIn(twoWords), Catch::Contains("too little speech"));
    json::object phone = spoke;
    phone["unreliable"] = json::array{"wpm", "fillers"};
    CHECK_THAT(paceNotMeasuredIn(phone), Catch::Contains("can't be trusted"));
    json::object withheld = spoke;
    withheld["wpm"] = nullptr;
    CHECK_THAT(paceNotMeasuredIn(withheld), Catch::Contains("can't be trusted"));
}

TEST_CASE("a take's counts line says only what the take measured", "[speech][metrics]") {
    // A take kept by an older Doorway lacked "speaking_s", and its details
    // said "0 s speaking".
    boost::json::object full{{"fillers", 2}, {"pauses", 1}, {"duration_s", 14.4}, {"speaking_s", 10.6}};
    CHECK(doorway::speech::takeCountsLine(full) ==
          "Fillers: 2   \u00b7   Pauses over 2 s: 1   \u00b7   14 s recorded, 11 s speaking");
    boost::json::object older{{"fillers", 0}, {"duration_s", 9.0}};
    CHECK(doorway::speech::takeCountsLine(older) == "Fillers: 0   \u00b7   9 s recorded");
    CHECK(doorway::speech::takeCountsLine(boost::json::object{}).empty());
    boost::json::object untrusted = full;
    untrusted["unreliable"] = boost::json::array{"fillers", "wpm"};
    CHECK_THAT(doorway::speech::takeCountsLine(untrusted),
               Catch::StartsWith(std::string("Fillers: not counted (") + doorway::speech::kWordsUntrusted + ")"));
}
