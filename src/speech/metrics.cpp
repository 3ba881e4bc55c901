#include "speech/metrics.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace doorway::speech {

std::vector<std::string> defaultFillers() {
    return {"um", "uh", "erm", "er", "ah", "hmm", "like", "you know", "i mean", "basically", "actually",
            "literally", "sort of", "kind of", "you see", "okay so"};
}

std::vector<std::string> fillersFromSettings(const boost::json::object& settings) {
    auto it = settings.find(kFillersSetting);
    if (it == settings.end() || !it->value().is_array()) return defaultFillers();
    std::vector<std::string> out;
    for (const auto& v : it->value().as_array()) {
        if (!v.is_string()) continue;
        std::string s(v.as_string());
        auto words = splitWords(s);
        if (words.empty()) continue;
        std::string joined;
        for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
        out.push_back(joined);
    }
    return out;  // an empty list is a choice: count no fillers
}

std::string normalizeWord(const std::string& w) {
    std::string out;
    for (unsigned char c : w) {
        if (std::isalnum(c)) out += char(std::tolower(c));
        else if (c == '\'' && !out.empty()) out += '\'';
        else if (c >= 0x80) out += char(c);  // keep UTF-8 letters as they are
    }
    while (!out.empty() && out.back() == '\'') out.pop_back();
    return out;
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) {
            auto n = normalizeWord(cur);
            if (!n.empty()) out.push_back(n);
            cur.clear();
        }
    };
    for (char c : text) {
        // A hyphen joins spelling, not speech: "follow-up" is two spoken words.
        if (std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == '/') flush();
        else cur += c;
    }
    flush();
    return out;
}

namespace {

// Words after which "like" is a verb or a comparison, not a filler.
bool likeIsMeant(const std::string& prev) {
    static const std::set<std::string> kVerbal = {
        "i",     "you",   "we",     "they",   "would",   "i'd",   "you'd", "we'd",   "they'd", "he'd",
        "she'd", "feel",  "feels",  "felt",   "look",    "looks", "looked", "seem",  "seems",  "seemed",
        "sound", "sounds", "sounded", "don't", "didn't", "doesn't", "really", "just", "might", "also",
        "not",   "more",  "less",   "much",   "something", "anything", "nothing", "things", "people"};
    return kVerbal.count(prev) > 0;
}

}  // namespace

SpeechMetrics computeSpeechMetrics(const std::vector<TimedWord>& input, double durationS,
                                   const std::vector<std::string>& fillers, double pauseThresholdS) {
    SpeechMetrics m;
    // Normalise and order; drop tokens that carry no word ("", "...").
    std::vector<TimedWord> words;
    for (const auto& w : input) {
        auto parts = splitWords(w.word);
        if (parts.empty()) continue;
        // A token holding several words ("you know") shares its span evenly.
        double step = (w.end - w.start) / double(parts.size());
        for (size_t i = 0; i < parts.size(); ++i)
            words.push_back({parts[i], w.start + step * double(i), w.start + step * double(i + 1)});
    }
    std::stable_sort(words.begin(), words.end(), [](const TimedWord& a, const TimedWord& b) { return a.start < b.start; });

    double lastEnd = 0;
    for (const auto& w : words) lastEnd = std::max(lastEnd, w.end);
    m.durationS = durationS > 0 ? durationS : lastEnd;
    m.words = int(words.size());
    if (words.empty()) return m;

    // Pauses: silence between the end of one word and the start of the next.
    double pauseTotal = 0;
    double reach = words.front().end;
    for (size_t i = 1; i < words.size(); ++i) {
        double gap = words[i].start - reach;
        if (gap > pauseThresholdS) {
            ++m.pauses;
            pauseTotal += gap;
            m.longestPauseS = std::max(m.longestPauseS, gap);
            m.pauseSpans.push_back({reach, words[i].start});
        }
        reach = std::max(reach, words[i].end);
    }
    m.speakingS = std::max(0.0, (lastEnd - words.front().start) - pauseTotal);

    // Fillers: longest match first at each position, never overlapping.
    std::vector<std::vector<std::string>> patterns;
    for (const auto& f : fillers) {
        auto p = splitWords(f);
        if (!p.empty()) patterns.push_back(std::move(p));
    }
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (size_t i = 0; i < words.size();) {
        size_t matched = 0;
        for (const auto& p : patterns) {
            if (i + p.size() > words.size()) continue;
            bool ok = true;
            for (size_t k = 0; k < p.size() && ok; ++k) ok = words[i + k].word == p[k];
            if (!ok) continue;
            if (p.size() == 1 && p[0] == "like" && i > 0 && likeIsMeant(words[i - 1].word)) continue;
            std::string key;
            for (const auto& w : p) key += (key.empty() ? "" : " ") + w;
            ++m.fillers;
            ++m.fillerCounts[key];
            matched = p.size();
            break;
        }
        i += matched ? matched : 1;
    }

    // Rates need a minimum of time to mean anything; a blip of a word
    // should not read as 600 words a minute.
    double minutes = std::max(m.speakingS, 1.0) / 60.0;
    m.wpm = double(m.words) / minutes;
    m.fillersPerMin = double(m.fillers) / minutes;
    return m;
}

boost::json::object speechMetricsToJson(const SpeechMetrics& m) {
    auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    boost::json::object o;
    o["duration_s"] = round2(m.durationS);
    o["speaking_s"] = round2(m.speakingS);
    o["words"] = m.words;
    o["wpm"] = round2(m.wpm);
    o["fillers"] = m.fillers;
    o["fillers_per_min"] = round2(m.fillersPerMin);
    boost::json::object counts;
    for (const auto& [k, v] : m.fillerCounts) counts[k] = v;
    o["filler_counts"] = std::move(counts);
    o["pauses"] = m.pauses;
    o["longest_pause_s"] = round2(m.longestPauseS);
    return o;
}

double wordErrorRate(const std::string& reference, const std::string& hypothesis, int* errors, int* referenceWords) {
    auto ref = splitWords(reference);
    auto hyp = splitWords(hypothesis);
    std::vector<int> prev(hyp.size() + 1), cur(hyp.size() + 1);
    for (size_t j = 0; j <= hyp.size(); ++j) prev[j] = int(j);
    for (size_t i = 1; i <= ref.size(); ++i) {
        cur[0] = int(i);
        for (size_t j = 1; j <= hyp.size(); ++j) {
            int sub = prev[j - 1] + (ref[i - 1] == hyp[j - 1] ? 0 : 1);
            cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
        }
        std::swap(prev, cur);
    }
    int e = prev[hyp.size()];
    if (errors) *errors = e;
    if (referenceWords) *referenceWords = int(ref.size());
    if (ref.empty()) return hyp.empty() ? 0.0 : 1.0;
    return double(e) / double(ref.size());
}

}  // namespace doorway::speech
