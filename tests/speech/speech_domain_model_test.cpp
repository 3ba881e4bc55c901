// The recogniser's domain model is made ahead of time
// (assets/speech/domain_model.bin, tools/make_speech_domain_model) so a
// recogniser reads it instead of building it; it must be what the domain
// texts and the default options make today, and a recogniser with other
// options must still get its own.
#include "speech/audio_io.hpp"
#include "speech/bias_model.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"
#include "speech_audio.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace doorway::speech;

namespace {

using doorway::test::readText;

}  // namespace

TEST_CASE("the shipped domain model is the one the domain texts make today", "[speech][domain]") {
    const RecognizerOptions defaults;
    const std::string shipped = readText(shippedDomainModelPath());
    REQUIRE(shipped.size() > 100000);
    doorway::test::TempDir dir;
    const std::string path = dir.file("domain.bin");
    std::string error;
    REQUIRE(writeDomainModel(defaults, path, error));
    // Byte for byte: a change to the texts, the options or the counting
    // that was not followed by tools/make_speech_domain_model fails here.
    INFO("remake it: cmake --build build --target make_speech_domain_model && build/tools/make_speech_domain_model");
    CHECK(readText(path) == shipped);
    CHECK(readText(path + ".key") == readText(shippedDomainModelPath() + ".key"));
    CHECK(readText(path + ".key").rfind(domainModelKey(defaults) + "\nmodel ", 0) == 0);
    CHECK(domainModelIntact(path));
    CHECK(domainModelIntact(shippedDomainModelPath()));
    // The key tells other options apart, so they never read this model.
    RecognizerOptions other = defaults;
    other.domainTextWeight = 0.05;
    CHECK(domainModelKey(other) != domainModelKey(defaults));
    other = defaults;
    other.fillerShare = 0.25;
    CHECK(domainModelKey(other) != domainModelKey(defaults));
}

TEST_CASE("a damaged domain model is never handed to sphinxbase", "[speech][domain]") {
    // sphinxbase ends the program on some damaged models (a calloc of a
    // garbage size), so the key's hash of the file decides first.
    doorway::test::TempDir dir;
    const std::string path = dir.file("domain.bin");
    std::string model = readText(shippedDomainModelPath());
    doorway::test::writeText(path + ".key", readText(shippedDomainModelPath() + ".key"));
    doorway::test::writeText(path, model);
    REQUIRE(domainModelIntact(path));
    model[model.size() / 3] = char(model[model.size() / 3] ^ 0x5a);
    doorway::test::writeText(path, model);
    CHECK_FALSE(domainModelIntact(path));
    doorway::test::writeText(path, model.substr(0, model.size() / 2));
    CHECK_FALSE(domainModelIntact(path));
    // A key without the model's hash (an older one) is not trusted either.
    doorway::test::writeText(path, readText(shippedDomainModelPath()));
    doorway::test::writeText(path + ".key", domainModelKey(RecognizerOptions{}) + "\n");
    CHECK_FALSE(domainModelIntact(path));
}

TEST_CASE("a recogniser whose options the shipped model does not fit builds its own", "[speech][domain]") {
    doorway::test::TempDir dir;
    const std::string said = "Could we try one session with a counselor next week?";
    const AudioClip clip = test_audio::synth(dir, "take", "slt", said);
    std::string error;
    RecognizerOptions own;
    own.domainTextWeight = 0.04;  // not the shipped model's options
    const double before = domainModelBuildSeconds();
    auto rec = Recognizer::create(own, error);
    REQUIRE(rec);
    CHECK(domainModelBuildSeconds() > before);
    const std::string heard = rec->recognize(clip.samples).text;
    INFO("heard: " << heard);
    const auto words = splitWords(heard);
    CHECK(std::count(words.begin(), words.end(), "counselor") == 1);
    CHECK(std::count(words.begin(), words.end(), "session") == 1);
}
