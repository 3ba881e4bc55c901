#pragma once
// Pace, fillers and pauses of a spoken take, computed from word timings
// alone, so the numbers can be tested without audio or a recogniser.
#include <boost/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace doorway::speech {

// One recognised word and where it sits in the take, in seconds.
struct TimedWord {
    std::string word;
    double start = 0;
    double end = 0;
    // The decoder's posterior for this word on its lattice, 0..1 (1 when
    // the decoder gave none): how sure it was against the words it weighed.
    double posterior = 1;
};

// Where a long silence fell between two words.
struct PauseSpan {
    double start = 0;
    double end = 0;
};

// A stretch where the voice-activity detector heard a voice, in seconds.
struct VoicedSpan {
    double start = 0;
    double end = 0;
};

struct SpeechMetrics {
    double durationS = 0;  // the whole recording
    double speakingS = 0;  // first word to last word, less the long pauses
    int words = 0;         // every spoken word, fillers included
    double wpm = 0;        // words per minute of speaking time
    int fillers = 0;       // filler occurrences ("you know" counts once)
    double fillersPerMin = 0;
    std::map<std::string, int> fillerCounts;  // by filler, lower case
    int pauses = 0;                           // silences between words longer than the threshold
    double longestPauseS = 0;
    std::vector<PauseSpan> pauseSpans;
};

// The pace band the UI shows as comfortable for a spoken invitation.
inline constexpr double kWpmLow = 100;
inline constexpr double kWpmHigh = 165;
inline constexpr double kLongPauseS = 2.0;
// Below this much speech a rate (words or fillers a minute) is not a
// measure: two words in half a second are not a pace of 240.
inline constexpr int kMinPaceWords = 3;
inline constexpr double kMinPaceSpeakingS = 2.0;
// Fillers are rarer than words, so their rate needs far more speech: one
// filler more or less moves it by 60/T a minute over T seconds of speaking.
// Under 20 s that is more than 3 a minute, as much as the whole spread
// between a fluent and a hesitant speaker's usual 1-4 per 100 words at a
// comfortable pace (kWpmLow-kWpmHigh), so below it only the count is given.
// A judgement from that arithmetic, not fitted to any take.
inline constexpr double kMinFillerRateSpeakingS = 20.0;

// The fillers counted when the workbook has no list of its own.
std::vector<std::string> defaultFillers();
// The list stored in workbook settings ("speech.fillers": array of strings);
// falls back to the defaults when missing or malformed.
std::vector<std::string> fillersFromSettings(const boost::json::object& settings);
inline constexpr const char* kFillersSetting = "speech.fillers";

// Lower case, letters, digits and inner apostrophes only: "Um," -> "um".
std::string normalizeWord(const std::string& w);
// Splits text into normalised words (empty ones dropped).
std::vector<std::string> splitWords(const std::string& text);

// Pure: the metrics of one take. `durationS` is the recording's length
// (0 = use the last word's end). Fillers may be several words ("you know");
// matching is case-insensitive, longest first, never overlapping. "like"
// is not a filler where it is a verb ("I'd like", "would like", "feel like").
// A pause is a gap between consecutive words longer than `pauseThresholdS`;
// with `voiced` (the take's voice activity), a gap in the voice instead, so
// a word the decoder stretched over a noisy silence hides no pause, and
// the speaking time runs from the first voiced stretch under a word to the
// last, less the pauses.
SpeechMetrics computeSpeechMetrics(const std::vector<TimedWord>& words, double durationS,
                                   const std::vector<std::string>& fillers, double pauseThresholdS = kLongPauseS,
                                   const std::vector<VoicedSpan>* voiced = nullptr);

// Why the take's pace (wpm, fillers_per_min) is not a measure: "no words
// were heard", or too little speech (under kMinPaceWords words or
// kMinPaceSpeakingS seconds of speaking); "" when it is one.
std::string paceNotMeasured(const SpeechMetrics& m);
// The rates paceNotMeasured speaks for: {"wpm"}.
const std::vector<std::string>& paceMetrics();

// Why the take's filler rate (fillers_per_min) is not a measure: "no words
// were heard", or "too little speech for a rate" (under
// kMinFillerRateSpeakingS of speaking); "" when it is one. The count of
// fillers stands either way.
std::string fillerRateNotMeasured(const SpeechMetrics& m);
inline constexpr const char* kTooLittleForFillerRate = "too little speech for a rate";

// Whether the "like" at `words[i]` is a filler ("it was like, really
// hard") rather than meant ("I'd like that", "what it's like", "it's like a
// test"), from its neighbours. Words are normalised (normalizeWord).
bool likeIsFiller(const std::vector<std::string>& words, size_t i);

// {"duration_s","speaking_s","words","wpm","fillers","fillers_per_min",
//  "filler_counts":{...},"pauses","longest_pause_s"} — the shape stored in
// Take::metrics and printed by `doorway transcribe --json`.
boost::json::object speechMetricsToJson(const SpeechMetrics& m);

// Word error rate of `hypothesis` against `reference` (Levenshtein over
// normalised words, divided by the reference's word count). Counts of each
// kind are returned through the optional pointers.
double wordErrorRate(const std::string& reference, const std::string& hypothesis, int* errors = nullptr,
                     int* referenceWords = nullptr);

}  // namespace doorway::speech
