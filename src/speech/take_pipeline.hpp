#pragma once
// One take from raw samples to words: the input checks on the raw signal,
// the front end (cleaning and voice activity), and the recogniser, fed in
// blocks as audio arrives (the microphone) or is read (a file). Memory stays
// bounded whatever the length: the recogniser's utterance is cut at a
// silence every so often, the checks keep histograms, the voice activity
// keeps only its stretches.
#include "speech/audio_io.hpp"
#include "speech/front_end.hpp"
#include "speech/input_quality.hpp"
#include "speech/metrics.hpp"
#include "speech/recognizer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace doorway::speech {

struct TakeAnalysis {
    Transcript transcript;
    std::vector<VoicedSpan> voiced;  // where the voice-activity detector heard a voice
    std::vector<TimedWord> doubted;  // hesitations heard and left out (hesitation_check.hpp)
    InputReport input;
    bool noiseAdapted = false;  // heard with the noisy-room transform ("noisy_room_model" in the metrics)
    int suppressionLevel = -1;  // the front end's noise suppression for it (FrontEndOptions)
};

// 10 ms voice decisions smoothed into stretches: a stretch starts on two
// voiced frames out of three, and ends after 150 ms without one; blips
// shorter than 60 ms are dropped.
class VoiceTracker {
public:
    void push(bool voiced);
    void finish();
    const std::vector<VoicedSpan>& spans() const { return m_spans; }
    double seconds() const { return double(m_frame) * kFrameS; }

private:
    size_t m_frame = 0;
    uint8_t m_recent = 0;  // the last three raw decisions, as bits
    bool m_in = false;
    size_t m_start = 0, m_lastVoiced = 0;
    std::vector<VoicedSpan> m_spans;
};

// When the decoder's utterance is cut: at a silence of this length once it
// has run this long, and at the latest after the cap.
inline constexpr double kCutAfterS = 15.0;
inline constexpr double kCutSilenceS = 0.3;
inline constexpr double kCutCapS = 45.0;
// A silence longer than this is not decoded at all (the utterance is cut
// and the audio skipped), except for the margin kept before the voice
// comes back, so a soft first sound is not lost.
inline constexpr double kSkipAfterS = 1.0;
inline constexpr double kSkipMarginS = 0.3;

class TakePipeline {
public:
    // `sourceRate`: the rate before the audio became 16 kHz (0 = unknown);
    // `source`: a live take or a recording (what the warnings advise).
    explicit TakePipeline(const FrontEndOptions& frontEnd = {}, int sourceRate = 0,
                          InputSource source = InputSource::Live);
    ~TakePipeline();
    TakePipeline(const TakePipeline&) = delete;
    TakePipeline& operator=(const TakePipeline&) = delete;

    // The recogniser, once it is loaded; cleaned audio waits until then.
    // A recording, when the recogniser has the noisy-room transform, is
    // first judged (kRoomJudgeS of it, or all of a shorter one) and then
    // decoded with or without it; a live take is heard the way the last one
    // judged the room, and judges it for the next (Recognizer::setRoomNoisy),
    // unless judgeRoomFirst was called.
    bool attach(Recognizer& recognizer, std::string& error);
    // A live take in a room not judged yet (the session's first): its first
    // `seconds` are heard by the input checks before it is decoded, as a
    // recording's are. Call before attach.
    void judgeRoomFirst(double seconds) { m_judgeFirstS = seconds; }
    bool attached() const { return m_rec != nullptr || m_waiting != nullptr; }
    // Raw 16 kHz mono, any block size.
    void feed(const int16_t* samples, size_t n);
    std::string partial();
    InputReport input() const { return m_quality.report(); }
    double seconds() const { return double(m_fed) / double(kFrameSamples) * kFrameS; }
    // Ends the take. Without a recogniser the transcript is empty.
    TakeAnalysis finish();

private:
    void pump();
    void judgeRoom();
    // Picks the front end's suppression level for the take (quiet or noisy
    // room, FrontEndOptions) and cleans the audio held back until then: the
    // take's own room when the checks have judged it, else the room
    // `recognizer` last heard, else a noisy one.
    void settleFrontEnd(const Recognizer* recognizer);
    void clean(const int16_t* samples, size_t n);
    double judgeS() const;  // how much audio is heard before the room is judged
    FrontEndOptions m_frontEndOptions;
    FrontEnd m_frontEnd;
    bool m_settled = false;      // the suppression level is chosen
    int m_level = -1;            // and this is it
    std::vector<int16_t> m_raw;  // raw audio waiting for that choice
    InputSource m_source;
    double m_judgeFirstS = 0;         // judgeRoomFirst's, for a live take
    Recognizer* m_waiting = nullptr;  // the recogniser, until the room is judged
    InputQuality m_quality;
    VoiceTracker m_tracker;
    Recognizer* m_rec = nullptr;
    std::vector<int16_t> m_clean;   // cleaned audio not yet given to the recogniser
    std::vector<uint8_t> m_voiced;  // its frames' raw voice decisions
    size_t m_silentFrames = 0;      // unvoiced frames in a row, at the recogniser's position
    bool m_skipping = false;        // in a long silence: audio held back, not decoded
    std::vector<int16_t> m_margin;  // the last kSkipMarginS of a skipped silence
    size_t m_fed = 0;               // raw samples fed
    double m_cpuS = 0;              // front end and checks, on the feeding thread
    double m_wallS = 0;
};

// A file transcribed while the recogniser has heard nothing yet (its
// cepstral mean still the model's prior) sets the mean from up to this much
// of its start before decoding it (Recognizer::primeNextTake); under
// kCutCapS, so the held-back start is decoded as one utterance at most. On the dev
// voices (awb, kal16, sentences 0-11), each take alone (speech_bench --cmn
// reset), word error with no script went from 12.0% to 10.2% on clean takes
// and from 41.9% to 36.1% in pink noise at 15 dB. Live takes are not held
// back: a mean from their first 2 s did worse on clean takes (16.9%).
inline constexpr double kFilePrimeCmnS = 30.0;
// How much of a recording the input checks hear before it is decoded, to
// choose between the quiet-room and the noisy-room model (noise_adaptation.hpp).
inline constexpr double kRoomJudgeS = 10.0;
// How much of a session's first live take the input checks hear before it
// is decoded (SpeechEngine: the room is not known yet). The meter opens
// with the take, so there is nothing earlier to judge by; the words shown
// while it speaks start this much later on that take only. On the dev voices
// (awb, kal16, sentences 0-11, each with 0.4 s of silence first), the first
// 3 s put every take on the same side of kNoiseAdaptBelowSnrDb as the whole
// take did, clean and in pink or room noise at 15 and 20 dB (2 s: 19 of 24
// room 15 dB takes).
inline constexpr double kLiveRoomJudgeS = 3.0;

// A whole clip through a fresh pipeline: the words, the voice and the checks.
// The recogniser is primed as a file's (kFilePrimeCmnS), and the warnings
// speak of a recording (InputSource::File).
TakeAnalysis analyseClip(Recognizer& recognizer, const std::vector<int16_t>& samples,
                         const FrontEndOptions& frontEnd = {}, int sourceRate = 0);

// The metrics counted from the recogniser's words rather than from the
// voice itself: {"wpm", "fillers", "fillers_per_min", "filler_counts"}.
// Duration, speaking time and pauses come from voice activity and stand
// whatever the recogniser heard.
const std::vector<std::string>& wordCountedMetrics();

// The take's metrics (speechMetricsToJson) with the input report's fields
// and the warnings added, "noisy_room_model" (TakeAnalysis::noiseAdapted),
// and "unreliable": the wordCountedMetrics() when
// the input drew a warning (wordsTrusted), else an empty list; the warnings
// say why. The shape stored in Take::metrics and printed by `transcribe
// --json`.
boost::json::object takeMetricsJson(const TakeAnalysis& a, const std::vector<std::string>& fillers);

// The reason given wherever numbers counted from a take's words are
// withheld because its input drew a warning (wordsTrusted).
inline constexpr const char* kWordsUntrusted = "the words heard can't be trusted";

// Why a take's pace can't be shown, from its stored metrics: "the words
// heard can't be trusted" when "wpm" is withheld or listed as unreliable,
// else paceNotMeasured's reason (no words, too little speech); "" when the
// pace is a measure.
std::string paceNotMeasuredIn(const boost::json::object& metrics);
// The same for the filler rate ("fillers_per_min"): "the words heard can't be
// trusted" when it is withheld or unreliable, else fillerRateNotMeasured's
// reason ("too little speech for a rate", ...); "" when it is a measure.
std::string fillerRateNotMeasuredIn(const boost::json::object& metrics);
// Whether a stored take's words drew a warning: its "unreliable" list names
// what was counted from them.
bool wordsUntrustedIn(const boost::json::object& metrics);
// A stored take's counts in a line for people ("Fillers: 2   ·   Pauses
// over 2 s: 1   ·   14 s recorded, 11 s speaking"), only those the take
// measured (an older take may lack one; a missing number is not a 0), and
// fillers "not counted" when its words can't be trusted. "" when none.
std::string takeCountsLine(const boost::json::object& metrics);
// Sets each metric named in `metrics`' "unreliable" list to null: a report
// for programs (`transcribe --json`) then carries no number that reads as
// a measurement when it is not one. The workbook keeps the numbers heard.
void withholdUnreliable(boost::json::object& metrics);

}  // namespace doorway::speech
