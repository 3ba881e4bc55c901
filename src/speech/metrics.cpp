#include "speech/metrics.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace doorway::speech {

std::vector<std::string> defaultFillers() {
    return {"um",     "uh",        "erm",      "er",        "ah",      "hmm",     "like",    "you know",
            "i mean", "basically", "actually", "literally", "sort of", "kind of", "you see", "okay so"};
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
        if (std::isalnum(c))
            out += char(std::tolower(c));
        else if (c == '\'' && !out.empty())
            out += '\'';
        else if (c >= 0x80)
            out += char(c);  // keep UTF-8 letters as they are
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
        if (std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == '/')
            flush();
        else
            cur += c;
    }
    flush();
    return out;
}

namespace {

using WordSet = std::set<std::string>;

// Words before "like" that make it a verb or a comparison: a subject or a
// modal that likes ("I'd like", "would like"), a verb of seeming ("feel
// like"), a noun or quantity it compares ("people like us", "a lot like").
const WordSet& meantAfter() {
    static const WordSet k = {
        "i",       "you",       "we",       "they",    "he",         "she",    "would",   "i'd",     "you'd",
        "we'd",    "they'd",    "he'd",     "she'd",   "don't",      "didn't", "doesn't", "do",      "does",
        "did",     "to",        "really",   "also",    "might",      "feel",   "feels",   "felt",    "feeling",
        "look",    "looks",     "looked",   "looking", "seem",       "seems",  "seemed",  "sound",   "sounds",
        "sounded", "something", "anything", "nothing", "everything", "thing",  "things",  "someone", "somebody",
        "anyone",  "nobody",    "people",   "more",    "less",       "much",   "lot",     "bit",     "just",
        "not",     "exactly",   "kind",     "sort",    "of",         "it",     "this",    "that",    "them",
        "stuff",   "if",        "most"};
    return k;
}
// "be" before "like": a comparison before a noun phrase ("it's like a
// test"), a hedge or a quote before anything else ("it was like ten", "I
// was like okay").
const WordSet& copulas() {
    static const WordSet k = {"it's", "that's", "there's", "i'm", "you're", "we're", "they're", "he's",  "she's", "is",
                              "was",  "were",   "are",     "am",  "be",     "been",  "being",   "it'll", "what's"};
    return k;
}
// Words that start a noun phrase or a clause: after them, "like" compares.
const WordSet& phraseStarts() {
    static const WordSet k = {"a",        "an",         "the",   "this",    "that", "these",   "those",     "my",
                              "your",     "our",        "their", "his",     "her",  "its",     "some",      "any",
                              "every",    "each",       "i",     "you",     "we",   "they",    "he",        "she",
                              "it",       "us",         "them",  "him",     "me",   "someone", "something", "nothing",
                              "anything", "everything", "what",  "how",     "when", "being",   "two",       "one",
                              "i'm",      "you're",     "we're", "they're", "he's", "she's",   "it's",      "there's"};
    return k;
}
// Words after "like" that show it is a hedge: intensifiers, hedges and
// other fillers ("like really", "like maybe", "like, um").
const WordSet& hedgeFollowers() {
    static const WordSet k = {"really", "so", "totally", "super", "very", "literally", "basically", "actually", "maybe",
                              "honestly", "seriously", "completely", "always", "never", "just", "pretty", "um", "uh",
                              "er", "erm", "hmm", "like", "okay", "ok", "no", "yes", "yeah", "why", "whatever", "wow",
                              "oh", "kind", "sort",
                              // a rough number: "like twice", "like ten minutes"
                              "once", "twice", "half", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten", "twenty", "thirty", "forty", "fifty", "hundred"};
    return k;
}
// Words after which a sentence (re)starts: "like" there is discourse.
const WordSet& clauseOpeners() {
    static const WordSet k = {"and", "but", "so",   "or",   "because", "um", "uh",   "er",   "erm",
                              "hmm", "oh",  "well", "yeah", "okay",    "ok", "know", "mean", "like"};
    return k;
}
// Modals that take a bare verb: "could like try" hedges, "could like it" likes.
const WordSet& bareModals() {
    static const WordSet k = {"could", "should", "can", "will", "may", "must", "gonna", "might"};
    return k;
}
// Words that can follow "like" as its object.
const WordSet& objects() {
    static const WordSet k = {"it",   "that", "this", "them",  "him",  "her", "me",      "us",       "you",  "the",
                              "a",    "an",   "to",   "my",    "your", "our", "their",   "his",      "some", "any",
                              "what", "how",  "when", "being", "each", "one", "someone", "something"};
    return k;
}

bool saidPattern(const std::vector<std::string>& w, size_t i) {
    // "like I said", "like you were saying": "like" as "as".
    static const WordSet pronouns = {"i", "you", "we", "he", "she", "they"};
    static const WordSet saying = {"said", "say", "saying", "mentioned", "told", "asked", "was", "were"};
    if (i + 2 >= w.size() || !pronouns.count(w[i + 1])) return false;
    if (!saying.count(w[i + 2])) return false;
    return w[i + 2] != "was" && w[i + 2] != "were" ? true : (i + 3 < w.size() && w[i + 3] == "saying");
}

}  // namespace

bool likeIsFiller(const std::vector<std::string>& w, size_t i) {
    if (i >= w.size() || w[i] != "like") return false;
    const std::string prev = i > 0 ? w[i - 1] : std::string();
    const bool last = i + 1 >= w.size();
    const std::string next = last ? std::string() : w[i + 1];
    // "what it's like", "if you like", "I'd like": nothing after it to hedge.
    if (last) return false;
    if (saidPattern(w, i)) return false;
    // "like, I don't know" / "like, you know": a hedge leaning on another.
    if (i + 3 < w.size() && next == "i" && w[i + 2] == "don't" && w[i + 3] == "know") return true;
    if (i + 2 < w.size() && next == "you" && w[i + 2] == "know") return true;
    if (hedgeFollowers().count(next)) {
        // "feel like so many..." is rare next to "it's like so hard".
        return !(prev == "would" || prev == "i'd" || prev == "you'd" || prev == "we'd" || prev == "they'd");
    }
    if (copulas().count(prev)) {
        // "what it was like for you": "like" takes the "what" before it.
        for (size_t k = 1; k <= 3 && k <= i; ++k)
            if (w[i - k] == "what" || w[i - k] == "how" || w[i - k] == "what's") return false;
        if (phraseStarts().count(next)) return false;                                       // "it's like a test"
        if (next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0) return false;  // "like being"
        return true;                                                                        // "it was like ten"
    }
    if (bareModals().count(prev)) return !objects().count(next);   // "could like try" / "might like her"
    if (prev.empty() || clauseOpeners().count(prev)) return true;  // "so like we should talk"
    if (meantAfter().count(prev)) return false;
    // A past-tense verb right after it: "we just like stopped talking".
    if (next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0 && next != "need") return true;
    return false;
}

namespace {

// Pauses and speaking time from the voice itself: the voiced stretches that
// fall within the words' reach, and the gaps between them. False when no
// voiced stretch meets a word (the words-only measure is used then).
bool pausesFromVoice(const std::vector<TimedWord>& words, double lastEnd, const std::vector<VoicedSpan>& voiced,
                     double threshold, SpeechMetrics& m) {
    // The decoder may start a word early or end it late over noise; the
    // voice never reaches far past its words.
    const double from = words.front().start - 0.3, to = lastEnd + 0.3;
    std::vector<VoicedSpan> keep;
    for (const auto& v : voiced)
        if (v.end > from && v.start < to && v.end > v.start)
            keep.push_back({std::max(v.start, from), std::min(v.end, to)});
    if (keep.empty()) return false;
    std::sort(keep.begin(), keep.end(), [](const VoicedSpan& a, const VoicedSpan& b) { return a.start < b.start; });
    double pauseTotal = 0, reach = keep.front().end;
    for (size_t i = 1; i < keep.size(); ++i) {
        const double gap = keep[i].start - reach;
        if (gap > threshold) {
            ++m.pauses;
            pauseTotal += gap;
            m.longestPauseS = std::max(m.longestPauseS, gap);
            m.pauseSpans.push_back({reach, keep[i].start});
        }
        reach = std::max(reach, keep[i].end);
    }
    m.speakingS = std::max(0.0, (reach - keep.front().start) - pauseTotal);
    return true;
}

}  // namespace

SpeechMetrics computeSpeechMetrics(const std::vector<TimedWord>& input, double durationS,
                                   const std::vector<std::string>& fillers, double pauseThresholdS,
                                   const std::vector<VoicedSpan>* voiced) {
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
    std::stable_sort(words.begin(), words.end(),
                     [](const TimedWord& a, const TimedWord& b) { return a.start < b.start; });

    double lastEnd = 0;
    for (const auto& w : words) lastEnd = std::max(lastEnd, w.end);
    m.durationS = durationS > 0 ? durationS : lastEnd;
    m.words = int(words.size());
    if (words.empty()) return m;

    if (!voiced || !pausesFromVoice(words, lastEnd, *voiced, pauseThresholdS, m)) {
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
    }

    // Fillers: longest match first at each position, never overlapping.
    std::vector<std::string> plain;
    plain.reserve(words.size());
    for (const auto& w : words) plain.push_back(w.word);
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
            if (p.size() == 1 && p[0] == "like" && !likeIsFiller(plain, i)) continue;
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

std::string paceNotMeasured(const SpeechMetrics& m) {
    if (m.words == 0) return "no words were heard";
    if (m.words < kMinPaceWords || m.speakingS < kMinPaceSpeakingS) return "too little speech to measure a pace";
    return "";
}

const std::vector<std::string>& paceMetrics() {
    static const std::vector<std::string> k = {"wpm"};
    return k;
}

std::string fillerRateNotMeasured(const SpeechMetrics& m) {
    if (m.words == 0) return "no words were heard";
    if (m.speakingS < kMinFillerRateSpeakingS) return kTooLittleForFillerRate;
    return "";
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
