// "Teach Doorway your voice": the adaptation (MLLR, then MAP) learned with sphinxtrain
// from flite takes of the teaching sentences, what the recogniser does with
// it, and the profile in the user's data folder: sealed, opened, removed.
#include "core/storage.hpp"
#include "speech/adaptation.hpp"
#include "speech/language_model.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"
#include "speech/take_pipeline.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sstream>

using namespace doorway::speech;
using doorway::test::quote;

namespace {

// An identity transform for the packaged model: three streams of 13.
std::string identityMllr(double bias = 0.0) {
    std::ostringstream o;
    o << "1\n3\n";
    for (int f = 0; f < 3; ++f) {
        o << "13\n";
        for (int i = 0; i < 13; ++i) {
            for (int j = 0; j < 13; ++j) o << (i == j ? 1.0 : 0.0) << ' ';
            o << '\n';
        }
        for (int i = 0; i < 13; ++i) o << bias << ' ';
        o << '\n';
        for (int i = 0; i < 13; ++i) o << 1.0 << ' ';
        o << '\n';
    }
    return o.str();
}

// A stand-in sealer that writes a JSON envelope as the real one does: the
// bytes xor-ed with a key and written as hex.
class XorSealer : public doorway::Sealer {
public:
    explicit XorSealer(char key) : m_key(key) {}
    std::string seal(const std::string& p) override {
        static const char* hex = "0123456789abcdef";
        std::string out = std::string("{\"format\":\"doorway-sealed\",\"key\":\"") + m_key + "\",\"data\":\"";
        for (char c : p) {
            unsigned char x = static_cast<unsigned char>(c ^ m_key);
            out += hex[x >> 4];
            out += hex[x & 15];
        }
        return out + "\"}";
    }
    std::string open(const std::string& s) override {
        const std::string head = std::string("{\"format\":\"doorway-sealed\",\"key\":\"") + m_key + "\",\"data\":\"";
        if (s.rfind(head, 0) != 0) throw doorway::SealError("wrong passphrase");
        std::string out;
        for (size_t i = head.size(); i + 1 < s.size() && s[i] != '"'; i += 2)
            out += char(std::stoi(s.substr(i, 2), nullptr, 16) ^ m_key);
        return out;
    }

private:
    char m_key;
};

// Points the data folder at a temp dir for the test's length.
struct DataHome {
    doorway::test::TempDir dir;
    std::string old;
    DataHome() {
        if (const char* v = std::getenv("XDG_DATA_HOME")) old = v;
        ::setenv("XDG_DATA_HOME", dir.path().c_str(), 1);
    }
    ~DataHome() {
        if (old.empty())
            ::unsetenv("XDG_DATA_HOME");
        else
            ::setenv("XDG_DATA_HOME", old.c_str(), 1);
    }
};

AudioClip say(const doorway::test::TempDir& dir, const std::string& voice, const std::string& text, int n) {
    std::string wav = dir.file(voice + std::to_string(n) + ".wav");
    REQUIRE(std::system(("flite -voice " + voice + " -t " + quote(text) + " -o " + quote(wav)).c_str()) == 0);
    AudioClip c;
    std::string error;
    REQUIRE(loadAudioFile(wav, c, error));
    return c;
}

}  // namespace

TEST_CASE("the teaching sentences can all be said to the recogniser", "[speech]") {
    const auto& s = teachingSentences();
    CHECK(s.size() >= 12);
    const Vocabulary& vocab = Vocabulary::forModelDir(DOORWAY_PS_MODEL_DIR);
    REQUIRE(vocab.size() > 100000);
    size_t words = 0;
    for (const auto& sentence : s)
        for (const auto& w : splitWords(sentence)) {
            INFO(w);
            CHECK(vocab.contains(w));
            ++words;
        }
    // About two minutes read aloud at a relaxed pace.
    CHECK(words > 120);
}

TEST_CASE("a transform must fit the model before the recogniser is given it", "[speech]") {
    const std::string model = DOORWAY_PS_MODEL_DIR;
    CHECK(mllrFits(identityMllr(), model));
    CHECK_FALSE(mllrFits("", model));
    CHECK_FALSE(mllrFits("2\n3\n", model));
    std::string wrongStreams = identityMllr();
    wrongStreams[2] = '1';  // "1\n1\n..." : one stream where the model has three
    CHECK_FALSE(mllrFits(wrongStreams, model));
    std::string nan = identityMllr();
    nan.replace(nan.find("1 "), 1, "nan");
    CHECK_FALSE(mllrFits(nan, model));
    CHECK_FALSE(mllrFits(identityMllr() + " 7", model));
    // A misfit is left out; recognition goes on without it.
    RecognizerOptions o;
    o.mllr = "1\n1\n13\n";
    std::string error;
    auto r = Recognizer::create(o, error);
    REQUIRE(r);
    CHECK_FALSE(r->adapted());
}

TEST_CASE("a voice is learned from the teaching sentences and used", "[speech]") {
    doorway::test::TempDir dir;
    std::vector<TeachingTake> takes;
    for (size_t i = 0; i < teachingSentences().size(); ++i)
        takes.push_back({teachingSentences()[i], say(dir, "awb", teachingSentences()[i], int(i))});
    std::string mllr, error;
    AdaptOptions few;
    std::vector<TeachingTake> two(takes.begin(), takes.begin() + 2);
    CHECK_FALSE(learnVoice(two, few, mllr, error));
    CHECK(error.find("at least") != std::string::npos);
    AdaptOptions noTools;
    noTools.toolsDir = dir.file("nowhere");
    CHECK_FALSE(learnVoice(takes, noTools, mllr, error));
    CHECK(error.find("sphinxtrain") != std::string::npos);
    // The view asks the same question before anyone reads for two minutes.
    CHECK(adaptationToolsProblem(noTools) == error);
    CHECK(adaptationToolsProblem(AdaptOptions{}).empty());

    REQUIRE(learnVoice(takes, AdaptOptions{}, mllr, error));
    INFO(error);
    // The profile is the model's means moved to this voice.
    CHECK(meansFit(mllr, DOORWAY_PS_MODEL_DIR));
    CHECK(voiceProfileFits(mllr, DOORWAY_PS_MODEL_DIR));
    CHECK_FALSE(mllrFits(mllr, DOORWAY_PS_MODEL_DIR));
    std::string model;
    REQUIRE(doorway::readFile(std::string(DOORWAY_PS_MODEL_DIR) + "/en-us/means", model, error, 2u << 20));
    CHECK(model.size() == mllr.size());
    CHECK(model != mllr);
    CHECK(meansFit(model, DOORWAY_PS_MODEL_DIR));
    CHECK_FALSE(meansFit(mllr.substr(0, mllr.size() - 100), DOORWAY_PS_MODEL_DIR));
    std::string nanMeans = mllr;
    const float nanValue = std::nanf("");
    std::memcpy(nanMeans.data() + nanMeans.size() - 40, &nanValue, 4);
    CHECK_FALSE(meansFit(nanMeans, DOORWAY_PS_MODEL_DIR));

    // On other sentences the adapted recogniser does at least as well.
    const std::vector<std::string> others = {"Could we try two sessions and then decide what we think?",
                                             "I am not blaming you, I just miss feeling close to you.",
                                             "You can choose the therapist and we can stop whenever you want."};
    RecognizerOptions plainOpts, adaptedOpts;
    adaptedOpts.mllr = mllr;
    auto plain = Recognizer::create(plainOpts, error);
    auto adapted = Recognizer::create(adaptedOpts, error);
    REQUIRE(plain);
    REQUIRE(adapted);
    CHECK(adapted->adapted());
    int ePlain = 0, eAdapted = 0, n = 0;
    for (size_t i = 0; i < others.size(); ++i) {
        AudioClip c = say(dir, "awb", others[i], 100 + int(i));
        int e = 0, words = 0;
        wordErrorRate(others[i], analyseClip(*plain, c.samples).transcript.text, &e, &words);
        ePlain += e;
        n += words;
        wordErrorRate(others[i], analyseClip(*adapted, c.samples).transcript.text, &e);
        eAdapted += e;
    }
    INFO("errors " << ePlain << " -> " << eAdapted << " of " << n << " words");
    CHECK(eAdapted <= ePlain);
}

TEST_CASE("the voice profile is kept, sealed, opened and removed", "[speech]") {
    DataHome home;
    std::string error, got;
    CHECK(voiceProfileState() == VoiceProfileState::None);
    CHECK_FALSE(loadVoiceProfile(got, nullptr, error));
    CHECK(error.empty());
    XorSealer key('k'), other('q');
    CHECK(sealVoiceProfile(key, error));  // nothing to seal is fine
    CHECK(voiceProfileState() == VoiceProfileState::None);

    const std::string mllr = identityMllr(0.25);
    REQUIRE(saveVoiceProfile(mllr, nullptr, error));
    CHECK(voiceProfilePath().rfind(home.dir.path().string(), 0) == 0);
    CHECK(voiceProfileState() == VoiceProfileState::Plain);
    REQUIRE(loadVoiceProfile(got, nullptr, error));
    CHECK(got == mllr);

    // Locking seals it in place: the numbers are no longer on disk as text.
    REQUIRE(sealVoiceProfile(key, error));
    CHECK(voiceProfileState() == VoiceProfileState::Sealed);
    CHECK(doorway::test::readText(voiceProfilePath()).find("0.25") == std::string::npos);
    CHECK_FALSE(loadVoiceProfile(got, nullptr, error));
    CHECK(error.find("locked") != std::string::npos);
    CHECK_FALSE(loadVoiceProfile(got, &other, error));
    CHECK(error.find("another passphrase") != std::string::npos);
    REQUIRE(loadVoiceProfile(got, &key, error));
    CHECK(got == mllr);
    REQUIRE(sealVoiceProfile(other, error));  // already sealed: left as it is
    REQUIRE(loadVoiceProfile(got, &key, error));

    REQUIRE(unsealVoiceProfile(key, error));
    CHECK(voiceProfileState() == VoiceProfileState::Plain);
    CHECK(doorway::test::readText(voiceProfilePath()) == mllr);

    // A damaged file says so instead of reaching the recogniser.
    doorway::test::writeText(voiceProfilePath(), "1\n3\n13\n0.5\n");
    CHECK_FALSE(loadVoiceProfile(got, nullptr, error));
    CHECK(error.find("damaged") != std::string::npos);

    REQUIRE(removeVoiceProfile(error));
    CHECK(voiceProfileState() == VoiceProfileState::None);
    CHECK_FALSE(std::filesystem::exists(std::filesystem::path(voiceProfilePath()).parent_path()));
}
