// Recognition end to end on audio this test makes itself with Debian's
// flite command: sentences of the kind a user rehearses, in several voices.
#include "speech/audio_io.hpp"
#include "speech/language_model.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"
#include "speech/search_vocabulary.hpp"
#include "speech/take_pipeline.hpp"
#include "speech/voice.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace doorway::speech;

namespace {

struct Synth {
    std::string text;
    AudioClip clip;
};

// The sentences are not in the built-in domain corpus, so the domain bias
// is tested on words it has not seen in this order.
std::vector<Synth> synthesiseTakes(const doorway::test::TempDir& dir) {
    const std::vector<std::pair<std::string, std::string>> lines = {
        {"slt", "I would really like us to talk to a counselor together."},
        {"rms", "Could we try two sessions and then decide what we think?"},
        {"awb", "I am not blaming you, I just miss feeling close to you."},
        {"slt", "You can choose the therapist and we can stop whenever you want."},
    };
    std::vector<Synth> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string wav = dir.file("take" + std::to_string(i) + ".wav");
        std::string cmd = "flite -voice " + lines[i].first + " -t " + doorway::test::quote(lines[i].second) + " -o " +
                          doorway::test::quote(wav);
        REQUIRE(std::system(cmd.c_str()) == 0);
        Synth s{lines[i].second, {}};
        std::string error;
        REQUIRE(loadAudioFile(wav, s.clip, error));
        out.push_back(std::move(s));
    }
    return out;
}

double corpusWer(Recognizer& rec, const std::vector<Synth>& takes, std::vector<Transcript>* keep = nullptr) {
    int errors = 0, words = 0;
    for (const auto& t : takes) {
        Transcript tr = rec.recognize(t.clip.samples);
        int e = 0, n = 0;
        wordErrorRate(t.text, tr.text, &e, &n);
        UNSCOPED_INFO("ref: " << t.text << "\nhyp: " << tr.text);
        errors += e;
        words += n;
        if (keep) keep->push_back(tr);
    }
    return double(errors) / double(words);
}

}  // namespace

TEST_CASE("synthesised takes are recognised, better with the user's script", "[speech]") {
    doorway::test::TempDir dir;
    auto takes = synthesiseTakes(dir);
    std::string script;
    for (auto& t : takes) script += t.text + "\n";

    std::string error;
    RecognizerOptions domainOnly;
    auto rec = Recognizer::create(domainOnly, error);
    REQUIRE(rec);
    std::vector<Transcript> got;
    double werDomain = corpusWer(*rec, takes, &got);
    CHECK(werDomain <= 0.20);

    // Word times: in order, inside the recording, each with some length.
    for (size_t i = 0; i < got.size(); ++i) {
        const auto& tr = got[i];
        REQUIRE_FALSE(tr.words.empty());
        double prevEnd = 0;
        for (const auto& w : tr.words) {
            CHECK(w.start >= prevEnd - 1e-6);
            CHECK(w.end > w.start);
            prevEnd = w.end;
        }
        CHECK(prevEnd <= takes[i].clip.seconds() + 0.05);
        CHECK(tr.processingS > 0);
    }

    RecognizerOptions withScript;
    withScript.script = script;
    auto biased = Recognizer::create(withScript, error);
    REQUIRE(biased);
    std::vector<Transcript> heard;
    double werScript = corpusWer(*biased, takes, &heard);
    CHECK(werScript <= 0.05);
    CHECK(werScript <= werDomain);
    // The script's other sentences never show up in a take that did not
    // say them (content words: "choose", "therapist", "sessions"...).
    const auto scriptWords = splitWords(script);
    for (size_t i = 0; i < takes.size(); ++i) {
        auto said = splitWords(takes[i].text);
        for (const auto& w : splitWords(heard[i].text)) {
            if (w.size() < 5 || std::count(said.begin(), said.end(), w)) continue;
            INFO("take " << i << " heard \"" << w << "\" from the script");
            CHECK(std::count(scriptWords.begin(), scriptWords.end(), w) == 0);
        }
    }
}

TEST_CASE("streaming recognition shows partial text before the end", "[speech]") {
    doorway::test::TempDir dir;
    std::string wav = dir.file("long.wav");
    std::string text = "I want us to find a counselor we both trust, and I will make the first call.";
    REQUIRE(std::system(
                ("flite -voice slt -t " + doorway::test::quote(text) + " -o " + doorway::test::quote(wav)).c_str()) ==
            0);
    AudioClip clip;
    std::string error;
    REQUIRE(loadAudioFile(wav, clip, error));
    RecognizerOptions o;
    o.script = text;
    auto rec = Recognizer::create(o, error);
    REQUIRE(rec);
    REQUIRE(rec->begin(error));
    std::string sawPartial;
    for (size_t off = 0; off < clip.samples.size(); off += 1600) {
        rec->feed(clip.samples.data() + off, std::min<size_t>(1600, clip.samples.size() - off));
        if (off > clip.samples.size() / 2 && sawPartial.empty()) sawPartial = rec->partial();
    }
    auto t = rec->finish();
    CHECK_FALSE(sawPartial.empty());
    CHECK(splitWords(sawPartial).size() < splitWords(t.text).size() + 1);
    CHECK(wordErrorRate(text, t.text) <= 0.1);
    auto m = computeSpeechMetrics(t.words, clip.seconds(), defaultFillers());
    CHECK(m.words >= 14);
    CHECK(m.wpm > 100);
    CHECK(m.wpm < 260);
}

TEST_CASE("silence and a voice's own output are handled", "[speech]") {
    std::string error;
    RecognizerOptions o;
    o.bias = false;
    auto rec = Recognizer::create(o, error);
    REQUIRE(rec);
    std::vector<int16_t> silence(16000 * 2, 0);
    auto t = rec->recognize(silence);
    CHECK(t.words.size() <= 1);
    // Flite through the library: a voice says an objection, recognisable.
    AudioClip said;
    REQUIRE(synthesize("We do not need a therapist.", "kal16", said, error));
    CHECK(said.rate == 16000);
    CHECK(said.seconds() > 1.0);
    CHECK_FALSE(synthesize("hello", "nobody", said, error));
    CHECK(error.find("nobody") != std::string::npos);
    CHECK_FALSE(synthesize("   ", "slt", said, error));

    RecognizerOptions missing;
    missing.modelDir = "/nonexistent/model";
    CHECK_FALSE(Recognizer::create(missing, error));
    CHECK(error.find("/nonexistent/model") != std::string::npos);
}

namespace {

AudioClip flite(const doorway::test::TempDir& dir, const std::string& voice, const std::string& text,
                const std::string& name) {
    std::string wav = dir.file(name + ".wav");
    REQUIRE(
        std::system(("flite -voice " + voice + " -t " + doorway::test::quote(text) + " -o " + doorway::test::quote(wav))
                        .c_str()) == 0);
    AudioClip c;
    std::string error;
    REQUIRE(loadAudioFile(wav, c, error));
    return c;
}

}  // namespace

TEST_CASE("words of the script the dictionary lacks are pronounced and heard", "[speech]") {
    // A made-up surname and an accented first name: the kind of word a
    // person's script has (their therapist's, their partner's name) and
    // the stock dictionary does not.
    REQUIRE_FALSE(Vocabulary::forModelDir(DOORWAY_PS_MODEL_DIR).contains("zorvani"));
    REQUIRE_FALSE(Vocabulary::forModelDir(DOORWAY_PS_MODEL_DIR).contains("zoë"));
    CHECK(foldAccents("zoë") == "zoe");
    CHECK(foldAccents("ANDRÉ") == "andre");
    CHECK(foldAccents("straße") == "strasse");
    CHECK(foldAccents("日本").empty());
    CHECK_FALSE(guessPronunciation("zoë").empty());
    CHECK(guessPronunciation("zoë") == guessPronunciation("zoe"));
    CHECK(guessPronunciation("日本").empty());

    doorway::test::TempDir dir;
    // flite is given the plain spelling: it reads UTF-8 letters as nothing.
    const std::vector<std::pair<std::string, std::string>> takes = {
        {"Could we see Doctor Zorvani together next week?", "Could we see Doctor Zorvani together next week?"},
        {"I asked Zoe if she knows a good counselor.", "I asked Zoë if she knows a good counselor."},
    };
    std::string script;
    for (const auto& t : takes) script += t.second + "\n";
    RecognizerOptions o;
    o.script = script;
    std::string error;
    auto rec = Recognizer::create(o, error);
    REQUIRE(rec);
    const auto& added = rec->addedWords();
    CHECK(std::count(added.begin(), added.end(), "zorvani") == 1);
    CHECK(std::count(added.begin(), added.end(), "zoë") == 1);
    auto plain = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(plain);
    const char* const expected[] = {"zorvani", "zoë"};
    for (size_t i = 0; i < takes.size(); ++i) {
        AudioClip c = flite(dir, i == 0 ? "awb" : "slt", takes[i].first, "oov" + std::to_string(i));
        const auto heard = splitWords(analyseClip(*rec, c.samples).transcript.text);
        INFO("heard with the script: " << analyseClip(*rec, c.samples).transcript.text);
        CHECK(std::count(heard.begin(), heard.end(), expected[i]) == 1);
        // Without the script the word is not known at all.
        const auto without = splitWords(analyseClip(*plain, c.samples).transcript.text);
        CHECK(std::count(without.begin(), without.end(), expected[i]) == 0);
    }
}

TEST_CASE("the decoder searches the common words and every word of the script", "[speech]") {
    const std::string dir = DOORWAY_PS_MODEL_DIR;
    auto has = [](const std::string& dict, const std::string& entry) {
        return dict.find("\n" + entry + " ") != std::string::npos || dict.rfind(entry + " ", 0) == 0;
    };
    // The most frequent words of the stock model, with every pronunciation.
    const std::string few = searchDictionary(dir, 200);
    CHECK(has(few, "the"));
    CHECK(has(few, "the(2)"));
    CHECK_FALSE(has(few, "sulking"));
    CHECK(has(searchDictionary(dir, 200, {"sulking"}), "sulking"));
    CHECK(dictionaryEntries(dir, "read").size() == 2);  // "R EH D", "R IY D"
    CHECK(dictionaryEntries(dir, "zorvani").empty());
    // "sulking" is a rare word of the stock model, not among the common
    // ones searched, and not in the hand-written domain sentences. The
    // corpora's domain text says it (people write it), so it is left out
    // here: this is about what the script alone brings into the search.
    REQUIRE_FALSE(has(searchDictionary(dir, kSearchCommonWords), "sulking"));
    REQUIRE(Vocabulary::forModelDir(dir).contains("sulking"));
    REQUIRE(domainCorpus().find("sulking") == std::string::npos);

    doorway::test::TempDir tmp;
    const std::string line = "I hate it when you keep sulking after we argue.";
    RecognizerOptions noText;
    noText.domainTextWeight = 0;
    RecognizerOptions o = noText;
    o.script = line;
    std::string error;
    auto rec = Recognizer::create(o, error);
    REQUIRE(rec);
    auto plain = Recognizer::create(noText, error);
    REQUIRE(plain);
    AudioClip c = flite(tmp, "slt", line, "rare");
    const std::string withScript = analyseClip(*rec, c.samples).transcript.text;
    INFO("heard with the script: " << withScript);
    auto heard = splitWords(withScript);
    CHECK(std::count(heard.begin(), heard.end(), "sulking") == 1);
    // The script's word is known from its dictionary entry: not guessed.
    CHECK(std::count(rec->addedWords().begin(), rec->addedWords().end(), "sulking") == 0);
    const auto without = splitWords(analyseClip(*plain, c.samples).transcript.text);
    CHECK(std::count(without.begin(), without.end(), "sulking") == 0);
}

TEST_CASE("hesitations are heard as words and counted", "[speech]") {
    doorway::test::TempDir dir;
    const std::string said = "I think, um, we could try one session, and, uh, see how it feels.";
    AudioClip c = flite(dir, "slt", said, "um");
    std::string error;
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    TakeAnalysis a = analyseClip(*rec, c.samples);
    INFO("heard: " << a.transcript.text);
    auto m = computeSpeechMetrics(a.transcript.words, a.transcript.durationS, defaultFillers(), kLongPauseS, &a.voiced);
    CHECK(m.fillers >= 1);
    CHECK(m.fillers <= 3);
    // Without them, none are invented.
    AudioClip plain = flite(dir, "slt", "I think we could try one session and see how it feels.", "plain");
    TakeAnalysis b = analyseClip(*rec, plain.samples);
    INFO("heard: " << b.transcript.text);
    CHECK(computeSpeechMetrics(b.transcript.words, 0, defaultFillers()).fillers == 0);
}

TEST_CASE("a drawn-out uh has a two-phone form, so it is scored in context", "[speech]") {
    // The dictionary's "uh" is one phone, which the decoder's first pass
    // scores without context; the two-vowel form is what made more of the
    // dev voices' "uh"s heard (speech_bench --fillers).
    std::string error;
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    const auto& added = rec->addedWords();
    CHECK(std::count(added.begin(), added.end(), "uh(3)") == 1);
    // Only when hesitations are heard at all.
    RecognizerOptions none;
    none.hearFillers = false;
    auto plain = Recognizer::create(none, error);
    REQUIRE(plain);
    CHECK(std::count(plain->addedWords().begin(), plain->addedWords().end(), "uh(3)") == 0);
}

TEST_CASE("a floor on hesitations leaves out the ones held too briefly", "[speech]") {
    doorway::test::TempDir dir;
    // Filler-free sentences where the decoder has heard a 30-50 ms "uh"
    // between words (speech_bench --fillers, rms and slt).
    const std::vector<std::pair<std::string, std::string>> takes = {
        {"rms", "If the cost worries you, I will cover the first three sessions."},
        {"rms", "Maybe a weekend workshop would feel easier than weekly visits."},
        {"slt", "Could we try just one session and then talk about how it felt?"},
    };
    auto heard = [&](double minS, double& shortest) {
        RecognizerOptions o;
        o.minHesitationS = minS;
        std::string error;
        auto rec = Recognizer::create(o, error);
        REQUIRE(rec);
        int n = 0;
        for (size_t i = 0; i < takes.size(); ++i) {
            AudioClip c = flite(dir, takes[i].first, takes[i].second, "short" + std::to_string(i));
            TakeAnalysis a = analyseClip(*rec, c.samples);
            UNSCOPED_INFO("min " << minS << " heard: " << a.transcript.text);
            for (const auto& w : a.transcript.words)
                for (const auto& h : hesitations())
                    if (w.word == h.first) ++n, shortest = std::min(shortest, w.end - w.start);
        }
        return n;
    };
    // The floor is off by default (speech_bench on the dev voices did not
    // favour it); asked for, it leaves out exactly the short ones.
    const double floorS = 0.06;
    double shortestAll = 1e9, shortestKept = 1e9, shortestNone = 1e9;
    const int all = heard(0, shortestAll);
    const int kept = heard(floorS, shortestKept);
    CHECK(heard(10, shortestNone) == 0);  // the rule does act on what is heard
    CHECK(kept <= all);
    CHECK(shortestKept >= floorS - 1e-9);
    CHECK(RecognizerOptions{}.minHesitationS == 0);
}

TEST_CASE("a long take is decoded in bounded pieces, silences skipped, times kept", "[speech]") {
    doorway::test::TempDir dir;
    const std::vector<std::string> lines = {
        "I have been thinking about us for a while, and I want to say it out loud.",
        "I miss the evenings when we used to talk until late, just the two of us.",
        "Would you come with me to see a counselor, only once, to see how it feels?",
        "You can choose who we see, and you can stop after the first visit."};
    AudioClip take;
    std::vector<double> starts;
    for (size_t i = 0; i < 3; ++i)
        for (size_t k = 0; k < lines.size(); ++k) {
            AudioClip c = flite(dir, k % 2 ? "rms" : "slt", lines[k], "l" + std::to_string(k));
            starts.push_back(take.seconds());
            take.samples.insert(take.samples.end(), c.samples.begin(), c.samples.end());
            // A short breath between sentences; one long silence in the middle.
            take.samples.insert(take.samples.end(), i == 1 && k == 0 ? 16000 * 6 : 3200, 0);
        }
    REQUIRE(take.seconds() > kCutCapS);
    std::string error;
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    TakePipeline p;
    REQUIRE(p.attach(*rec, error));
    double longest = 0;
    for (size_t off = 0; off < take.samples.size(); off += 1600) {
        p.feed(take.samples.data() + off, std::min<size_t>(1600, take.samples.size() - off));
        longest = std::max(longest, rec->utteranceS());
    }
    TakeAnalysis a = p.finish();
    // The decoder never held more than the cap, though the take is longer.
    CHECK(longest <= kCutCapS + 0.2);
    CHECK(longest < take.seconds() / 2);
    std::string all;
    for (size_t i = 0; i < 3; ++i)
        for (const auto& l : lines) all += l + " ";
    INFO("heard: " << a.transcript.text);
    CHECK(wordErrorRate(all, a.transcript.text) <= 0.2);
    // Times run on across the cuts and the skipped silence, inside the take.
    double prev = 0;
    for (const auto& w : a.transcript.words) {
        CHECK(w.start >= prev - 1e-6);
        prev = w.end;
    }
    CHECK(prev <= take.seconds() + 0.05);
    // The sentence after the long silence starts where it was said.
    const double after = starts[lines.size()];
    bool found = false;
    for (const auto& w : a.transcript.words)
        if (w.start > after - 0.3 && w.start < after + 1.0) found = true;
    CHECK(found);
    auto m = computeSpeechMetrics(a.transcript.words, a.transcript.durationS, {}, kLongPauseS, &a.voiced);
    CHECK(m.pauses == 1);
    CHECK(m.longestPauseS == Approx(6.0).margin(0.5));
}

TEST_CASE("a first take sets the cepstral mean from its start before decoding it", "[speech]") {
    doorway::test::TempDir dir;
    AudioClip c = flite(dir, "rms", "I would like us to find a counselor we both trust.", "prime");
    REQUIRE(c.seconds() > 2.0);
    auto firstSecond = [&](double primeS, std::vector<float>& prior, std::vector<float>& after, Transcript& t) {
        RecognizerOptions o;
        o.primeCmnS = primeS;
        std::string error;
        auto rec = Recognizer::create(o, error);
        REQUIRE(rec);
        prior = rec->cmn();
        REQUIRE(rec->begin(error));
        // 1.2 s in 100 ms blocks: past a 1 s prime, short of the live mean's update.
        size_t off = 0;
        for (; off < 19200; off += 1600) rec->feed(c.samples.data() + off, 1600);
        after = rec->cmn();
        for (; off < c.samples.size(); off += 1600)
            rec->feed(c.samples.data() + off, std::min<size_t>(1600, c.samples.size() - off));
        t = rec->finish();
        // A second take goes on from the first one's mean: it is not primed.
        const std::vector<float> carried = rec->cmn();
        REQUIRE(rec->begin(error));
        for (off = 0; off < 19200; off += 1600) rec->feed(c.samples.data() + off, 1600);
        CHECK(rec->cmn() == carried);
        rec->finish();
        // Back at the prior, the next take is primed again.
        rec->resetCmn();
        REQUIRE(rec->begin(error));
        for (off = 0; off < 19200; off += 1600) rec->feed(c.samples.data() + off, 1600);
        CHECK((rec->cmn() != prior) == (primeS > 0));
        rec->finish();
    };
    std::vector<float> prior, primed, plainAfter;
    Transcript withPrime, without;
    firstSecond(1.0, prior, primed, withPrime);
    REQUIRE(prior.size() == 13);
    CHECK(primed != prior);  // the mean came from the take, before its words were decoded
    firstSecond(0, prior, plainAfter, without);
    CHECK(plainAfter == prior);  // without it the live mean moves only at the take's end
    INFO("primed: " << withPrime.text << "\nplain: " << without.text);
    REQUIRE_FALSE(withPrime.words.empty());
    REQUIRE_FALSE(without.words.empty());
    // The held-back audio keeps its times.
    CHECK(std::fabs(withPrime.words.front().start - without.words.front().start) < 0.15);
    CHECK(withPrime.words.back().end <= c.seconds() + 0.05);
    CHECK(withPrime.durationS == Approx(c.seconds()).margin(0.01));
    CHECK(wordErrorRate("I would like us to find a counselor we both trust", withPrime.text) <= 0.2);
}

TEST_CASE("a file heard alone is held back whole for its cepstral mean", "[speech]") {
    doorway::test::TempDir dir;
    const std::string said = "Could we try one session together and see how it feels?";
    AudioClip c = flite(dir, "awb", said, "file");
    std::string error;
    auto rec = Recognizer::create(RecognizerOptions{}, error);
    REQUIRE(rec);
    CHECK(RecognizerOptions{}.primeCmnS == 0);  // live takes are not held back
    const std::vector<float> prior = rec->cmn();
    rec->primeNextTake(kFilePrimeCmnS);
    REQUIRE(rec->begin(error));
    for (size_t off = 0; off < c.samples.size(); off += 1600)
        rec->feed(c.samples.data() + off, std::min<size_t>(1600, c.samples.size() - off));
    // All of it is still held: nothing decoded, the mean untouched.
    CHECK(rec->partial().empty());
    CHECK(rec->utteranceS() == 0);
    CHECK(rec->cmn() == prior);
    Transcript t = rec->finish();
    INFO("heard: " << t.text);
    CHECK(t.durationS == Approx(c.seconds()).margin(0.01));
    REQUIRE_FALSE(t.words.empty());
    CHECK(t.words.back().end <= c.seconds() + 0.05);
    CHECK(wordErrorRate(said, t.text) <= 0.25);
    // Only the next take: the one after is decoded as it comes.
    REQUIRE(rec->begin(error));
    rec->feed(c.samples.data(), 16000);
    CHECK(rec->utteranceS() == Approx(1.0));
    rec->finish();
}
