// The bench's sentences are what speech accuracy is measured on; the
// recogniser's domain sentences must not hold them, or the bench measures
// words the model was shown.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../../bench/speech_corpus.hpp"
#include "speech/language_model.hpp"

namespace {

using Gram = std::vector<std::string>;
using doorway::speech::fourWordRuns;

std::set<Gram> benchRuns() {
    std::set<Gram> bench;
    for (const auto& s : bench::benchSentences())
        for (const char* t : {s.said, s.written})
            for (const auto& g : fourWordRuns(t)) bench.insert(g);
    return bench;
}

// Lines of `text` that share four words in a row with a bench sentence,
// each with the run it shares; counts the lines into `lines`.
std::vector<std::string> leaks(const std::string& text, const std::set<Gram>& bench, int& lines) {
    std::vector<std::string> bad;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        ++lines;
        for (const auto& g : fourWordRuns(line))
            if (bench.count(g)) bad.push_back(line + "\n  shares: " + g[0] + " " + g[1] + " " + g[2] + " " + g[3]);
    }
    return bad;
}

}  // namespace

TEST_CASE("The domain sentences share no four words in a row with a bench sentence", "[speech][domain]") {
    const std::set<Gram> bench = benchRuns();
    REQUIRE(bench.size() > 100);
    int sentences = 0;
    const auto bad = leaks(doorway::speech::domainCorpus(), bench, sentences);
    CAPTURE(bad.size());
    if (!bad.empty()) FAIL_CHECK(bad.front());
    CHECK(sentences > 50);
    // The check can fail: a bench sentence said inside another is caught.
    int one = 0;
    CHECK(leaks(std::string("so ") + bench::benchSentences()[12].said + " again\n", bench, one).size() > 0);
}

TEST_CASE("The domain text made from the corpora shares no four words in a row with a bench sentence",
          "[speech][domain]") {
    const std::set<Gram> bench = benchRuns();
    int sentences = 0;
    const auto bad = leaks(doorway::speech::domainText(), bench, sentences);
    CAPTURE(bad.size());
    if (!bad.empty()) FAIL_CHECK(bad.front());
    // tools/make_speech_corpus wrote it from thousands of corpus lines.
    CHECK(sentences > 1000);
}
