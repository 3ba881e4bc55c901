#include "speech/search_vocabulary.hpp"

#include <sphinxbase/logmath.h>
#include <sphinxbase/ngram_model.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace doorway::speech {

namespace {

struct ModelWords {
    // Each word's dictionary lines (its alternates "word(2)" included).
    std::unordered_map<std::string, std::string> lines;
    // The stock model's words that the dictionary has, most probable first.
    std::vector<std::string> byFrequency;
};

ModelWords readModelWords(const std::string& modelDir) {
    ModelWords m;
    std::ifstream in(modelDir + "/cmudict-en-us.dict");
    std::string line;
    while (std::getline(in, line)) {
        const auto sp = line.find_first_of(" \t");
        if (sp == std::string::npos || sp == 0) continue;
        std::string w = line.substr(0, sp);
        if (auto paren = w.find('('); paren != std::string::npos) w.resize(paren);
        m.lines[w] += line + '\n';
    }
    if (m.lines.empty()) return m;
    // The ranking needs only unigram probabilities; the model is read with
    // a log base of its own and let go at once.
    logmath_t* lmath = logmath_init(1.0001, 0, 0);
    if (!lmath) return m;
    ngram_model_t* lm = ngram_model_read(nullptr, (modelDir + "/en-us.lm.bin").c_str(), NGRAM_AUTO, lmath);
    if (lm) {
        const uint32 n = ngram_model_get_counts(lm)[0];
        std::vector<std::pair<int32, std::string>> scored;
        scored.reserve(n);
        for (uint32 wid = 0; wid < n; ++wid) {
            const char* w = ngram_word(lm, int32(wid));
            if (!w || !m.lines.count(w)) continue;
            int32 used = 0;
            scored.emplace_back(ngram_ng_score(lm, int32(wid), nullptr, 0, &used), w);
        }
        // Most probable first; ties by spelling, so the list is the same on every run.
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (auto& [score, w] : scored) m.byFrequency.push_back(std::move(w));
        ngram_model_free(lm);
    }
    logmath_free(lmath);
    return m;
}

const ModelWords& modelWords(const std::string& modelDir) {
    static std::mutex mutex;
    static std::map<std::string, ModelWords> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(modelDir);
    if (it == cache.end()) it = cache.emplace(modelDir, readModelWords(modelDir)).first;
    return it->second;
}

}  // namespace

std::string searchDictionary(const std::string& modelDir, size_t common, const std::vector<std::string>& extra) {
    const ModelWords& m = modelWords(modelDir);
    if (m.byFrequency.empty()) return {};
    std::unordered_set<std::string> chosen;
    std::string out;
    auto add = [&](const std::string& w) {
        auto it = m.lines.find(w);
        if (it == m.lines.end() || !chosen.insert(w).second) return;
        out += it->second;
    };
    for (size_t i = 0; i < std::min(common, m.byFrequency.size()); ++i) add(m.byFrequency[i]);
    for (const auto& w : extra) add(w);
    return out;
}

std::vector<std::pair<std::string, std::string>> dictionaryEntries(const std::string& modelDir,
                                                                   const std::string& word) {
    std::vector<std::pair<std::string, std::string>> out;
    const ModelWords& m = modelWords(modelDir);
    auto it = m.lines.find(word);
    if (it == m.lines.end()) return out;
    size_t from = 0;
    while (from < it->second.size()) {
        size_t end = it->second.find('\n', from);
        if (end == std::string::npos) end = it->second.size();
        const std::string line = it->second.substr(from, end - from);
        from = end + 1;
        const auto sp = line.find_first_of(" \t");
        const auto ph = line.find_first_not_of(" \t", sp);
        if (sp == std::string::npos || ph == std::string::npos) continue;
        out.emplace_back(line.substr(0, sp), line.substr(ph));
    }
    return out;
}

}  // namespace doorway::speech
