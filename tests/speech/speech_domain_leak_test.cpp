// The bench's sentences are what speech accuracy is measured on; the
// recogniser's domain sentences must not hold them, or the bench measures
// words the model was shown.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "../../bench/speech_corpus.hpp"
#include "speech/language_model.hpp"

namespace {

using Gram = std::vector<std::string>;

std::set<Gram> fourWordRuns(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)))
            w += char(std::tolower(static_cast<unsigned char>(c)));
        else if (c != '\'' && !w.empty())
            words.push_back(w), w.clear();
    }
    std::set<Gram> out;
    for (size_t i = 0; i + 4 <= words.size(); ++i)
        out.insert(Gram(words.begin() + long(i), words.begin() + long(i + 4)));
    return out;
}

}  // namespace

TEST_CASE("The domain sentences share no four words in a row with a bench sentence", "[speech][domain]") {
    std::set<Gram> bench;
    for (const auto& s : bench::benchSentences())
        for (const char* t : {s.said, s.written})
            for (const auto& g : fourWordRuns(t)) bench.insert(g);
    REQUIRE(bench.size() > 100);
    const std::string& domain = doorway::speech::domainCorpus();
    size_t start = 0;
    int sentences = 0;
    while (start < domain.size()) {
        size_t end = domain.find('\n', start);
        if (end == std::string::npos) end = domain.size();
        const std::string line = domain.substr(start, end - start);
        start = end + 1;
        if (line.empty()) continue;
        ++sentences;
        for (const auto& g : fourWordRuns(line)) {
            INFO(line << "\n  shares: " << g[0] << " " << g[1] << " " << g[2] << " " << g[3]);
            CHECK(bench.count(g) == 0);
        }
    }
    CHECK(sentences > 50);
}
