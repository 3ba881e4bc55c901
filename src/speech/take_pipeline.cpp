#include "speech/take_pipeline.hpp"

#include "speech/hesitation_check.hpp"

#include <chrono>
#include <cmath>
#include <ctime>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace doorway::speech {

namespace {

double threadCpu() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double wallNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

constexpr size_t kOnsetFrames = 2;       // voiced frames among the last three to start a stretch
constexpr size_t kHangoverFrames = 15;   // 150 ms without a voice ends one
constexpr size_t kMinStretchFrames = 6;  // shorter stretches are clicks, not words

}  // namespace

void VoiceTracker::push(bool voiced) {
    m_recent = uint8_t(((m_recent << 1) | (voiced ? 1 : 0)) & 0x7);
    const size_t recentVoiced = size_t(__builtin_popcount(m_recent));
    if (!m_in && recentVoiced >= kOnsetFrames) {
        m_in = true;
        // The stretch began at the first voiced frame of the three.
        size_t back = (m_recent & 0x4) ? 2 : (m_recent & 0x2) ? 1 : 0;
        m_start = m_frame >= back ? m_frame - back : 0;
        m_lastVoiced = m_frame;
    } else if (m_in) {
        if (voiced)
            m_lastVoiced = m_frame;
        else if (m_frame - m_lastVoiced >= kHangoverFrames)
            finish();
    }
    ++m_frame;
}

void VoiceTracker::finish() {
    if (!m_in) return;
    m_in = false;
    if (m_lastVoiced + 1 - m_start >= kMinStretchFrames)
        m_spans.push_back({double(m_start) * kFrameS, double(m_lastVoiced + 1) * kFrameS});
}

TakePipeline::TakePipeline(const FrontEndOptions& frontEnd, int sourceRate, InputSource source)
    : m_frontEndOptions(frontEnd), m_frontEnd(frontEnd), m_source(source), m_quality(sourceRate, source) {}

TakePipeline::~TakePipeline() = default;

bool TakePipeline::attach(Recognizer& recognizer, std::string& error) {
    const bool judgeFirst = m_source == InputSource::File || m_judgeFirstS > 0;
    if (judgeFirst && recognizer.hasNoiseAdaptation()) {
        m_waiting = &recognizer;
        if (seconds() >= judgeS()) judgeRoom();
        return true;
    }
    if (!recognizer.begin(error)) return false;
    settleFrontEnd(&recognizer);
    m_rec = &recognizer;
    pump();
    return true;
}

void TakePipeline::settleFrontEnd(const Recognizer* recognizer) {
    if (m_settled) return;
    m_settled = true;
    const double c0 = threadCpu(), w0 = wallNow();
    const InputReport own = m_quality.report();
    std::optional<double> snr = roomJudged(own) ? std::optional<double>(own.snrDb) : std::nullopt;
    if (!snr && recognizer) snr = recognizer->roomSnrDb();
    m_level = suppressionLevelFor(m_frontEndOptions, snr);
    m_frontEnd.setSuppressionLevel(m_level);
    clean(m_raw.data(), m_raw.size());
    m_raw.clear();
    m_raw.shrink_to_fit();
    m_cpuS += threadCpu() - c0;
    m_wallS += wallNow() - w0;
}

void TakePipeline::clean(const int16_t* samples, size_t n) {
    const size_t before = m_voiced.size();
    m_frontEnd.process(samples, n, m_clean, m_voiced);
    for (size_t i = before; i < m_voiced.size(); ++i) m_tracker.push(m_voiced[i] != 0);
}

double TakePipeline::judgeS() const {
    return m_source == InputSource::File ? kRoomJudgeS : m_judgeFirstS;
}

void TakePipeline::judgeRoom() {
    Recognizer* rec = std::exchange(m_waiting, nullptr);
    if (!rec) return;
    rec->heardRoom(m_quality.report());
    settleFrontEnd(rec);
    std::string error;
    if (!rec->begin(error)) return;  // as a failed attach: the take has no words
    m_rec = rec;
    pump();
}

void TakePipeline::feed(const int16_t* samples, size_t n) {
    const double c0 = threadCpu(), w0 = wallNow();
    m_quality.add(samples, n);
    if (m_settled)
        clean(samples, n);
    else
        m_raw.insert(m_raw.end(), samples, samples + n);
    m_fed += n;
    m_cpuS += threadCpu() - c0;
    m_wallS += wallNow() - w0;
    if (m_waiting && seconds() >= judgeS()) judgeRoom();
    pump();
}

void TakePipeline::pump() {
    if (!m_rec || m_clean.empty()) return;
    // Frame by frame through the voice decisions: an utterance is cut right
    // in a silence, a long silence is skipped, and the audio goes over in as
    // few calls as that allows.
    const size_t skipAfter = size_t(kSkipAfterS / kFrameS), marginFrames = size_t(kSkipMarginS / kFrameS);
    size_t from = 0;  // start of the run not yet given to the recogniser
    const size_t frames = std::min(m_clean.size() / kFrameSamples, m_voiced.size());
    for (size_t f = 0; f < frames; ++f) {
        const size_t end = (f + 1) * kFrameSamples;
        m_silentFrames = m_voiced[f] ? 0 : m_silentFrames + 1;
        if (m_skipping) {
            if (!m_voiced[f]) {
                // Keep only the last margin's worth of the silence.
                m_margin.insert(m_margin.end(), m_clean.begin() + long(f * kFrameSamples), m_clean.begin() + long(end));
                if (m_margin.size() > marginFrames * kFrameSamples * 2) {
                    const size_t drop = m_margin.size() - marginFrames * kFrameSamples;
                    m_rec->skip(drop);
                    m_margin.erase(m_margin.begin(), m_margin.begin() + long(drop));
                }
                from = end;
                continue;
            }
            // The voice is back: the margin first, then on as usual.
            const size_t keep = std::min(m_margin.size(), marginFrames * kFrameSamples);
            m_rec->skip(m_margin.size() - keep);
            m_rec->feed(m_margin.data() + (m_margin.size() - keep), keep);
            m_margin.clear();
            m_skipping = false;
            from = f * kFrameSamples;
        }
        const double utt = m_rec->utteranceS() + double(end - from) / double(kSampleRate);
        const bool quietCut = utt >= kCutAfterS && double(m_silentFrames) * kFrameS >= kCutSilenceS;
        if (m_silentFrames >= skipAfter || quietCut || utt >= kCutCapS) {
            m_rec->feed(m_clean.data() + from, end - from);
            m_rec->cut();
            from = end;
            m_skipping = m_silentFrames >= skipAfter;
        }
    }
    if (!m_skipping)
        m_rec->feed(m_clean.data() + from, m_clean.size() - from);
    else if (from < m_clean.size())
        m_margin.insert(m_margin.end(), m_clean.begin() + long(from), m_clean.end());
    m_clean.clear();
    m_voiced.clear();
}

std::string TakePipeline::partial() {
    return m_rec ? m_rec->partial() : std::string();
}

TakeAnalysis TakePipeline::finish() {
    const double c0 = threadCpu(), w0 = wallNow();
    settleFrontEnd(m_rec ? m_rec : m_waiting);
    const size_t before = m_voiced.size();
    m_frontEnd.flush(m_clean, m_voiced);
    for (size_t i = before; i < m_voiced.size(); ++i) m_tracker.push(m_voiced[i] != 0);
    m_tracker.finish();
    m_cpuS += threadCpu() - c0;
    m_wallS += wallNow() - w0;
    TakeAnalysis a;
    judgeRoom();
    pump();
    a.input = m_quality.report();
    if (m_rec) {
        a.transcript = m_rec->finish();
        a.noiseAdapted = m_rec->roomNoisy();
        // The room as this take heard it is the room the next one starts in.
        m_rec->heardRoom(a.input);
    }
    a.doubted = dropDoubtfulHesitations(a.transcript);
    a.transcript.durationS = double(m_fed) / double(kSampleRate);
    a.transcript.cpuS += m_cpuS;
    a.transcript.processingS += m_wallS;
    a.voiced = m_tracker.spans();
    a.suppressionLevel = m_level;
    return a;
}

TakeAnalysis analyseClip(Recognizer& recognizer, const std::vector<int16_t>& samples, const FrontEndOptions& frontEnd,
                         int sourceRate) {
    TakePipeline p(frontEnd, sourceRate, InputSource::File);
    std::string error;
    recognizer.primeNextTake(kFilePrimeCmnS);
    if (!p.attach(recognizer, error)) return {};
    // 100 ms blocks, the way live audio arrives.
    for (size_t off = 0; off < samples.size(); off += 1600)
        p.feed(samples.data() + off, std::min<size_t>(1600, samples.size() - off));
    return p.finish();
}

boost::json::object takeMetricsJson(const TakeAnalysis& a, const std::vector<std::string>& fillers) {
    auto m = computeSpeechMetrics(a.transcript.words, a.transcript.durationS, fillers, kLongPauseS, &a.voiced);
    boost::json::object o = speechMetricsToJson(m);
    for (auto& [k, v] : inputReportToJson(a.input)) o[k] = v;
    o["noisy_room_model"] = a.noiseAdapted;
    boost::json::array unreliable;
    if (!wordsTrusted(a.input))
        for (const auto& k : wordCountedMetrics()) unreliable.push_back(boost::json::string(k));
    o["unreliable"] = std::move(unreliable);
    return o;
}

const std::vector<std::string>& wordCountedMetrics() {
    static const std::vector<std::string> k = {"wpm", "fillers", "fillers_per_min", "filler_counts"};
    return k;
}

namespace {

// A stored take's `rate` ("wpm", "fillers_per_min"): kWordsUntrusted when it
// is withheld or listed as unreliable, else `why` of its word count and
// speaking time.
std::string rateNotMeasuredIn(const boost::json::object& metrics, const char* rate,
                              std::string (*why)(const SpeechMetrics&)) {
    auto num = [&](const char* key) -> double {
        const auto* v = metrics.if_contains(key);
        return v && v->is_number() ? v->to_number<double>() : -1;
    };
    bool withheld = num(rate) < 0;
    if (const auto* u = metrics.if_contains("unreliable"); u && u->is_array())
        for (const auto& name : u->as_array()) withheld = withheld || (name.is_string() && name.as_string() == rate);
    if (withheld) return kWordsUntrusted;
    SpeechMetrics m;
    m.words = int(std::max(0.0, num("words")));
    m.speakingS = std::max(0.0, num("speaking_s"));
    return why(m);
}

}  // namespace

std::string paceNotMeasuredIn(const boost::json::object& metrics) {
    return rateNotMeasuredIn(metrics, "wpm", paceNotMeasured);
}

std::string fillerRateNotMeasuredIn(const boost::json::object& metrics) {
    return rateNotMeasuredIn(metrics, "fillers_per_min", fillerRateNotMeasured);
}

bool wordsUntrustedIn(const boost::json::object& metrics) {
    const auto* u = metrics.if_contains("unreliable");
    return u && u->is_array() && !u->as_array().empty();
}

std::string takeCountsLine(const boost::json::object& metrics) {
    auto whole = [&metrics](const char* key) -> std::optional<std::string> {
        const auto* v = metrics.if_contains(key);
        if (!v || !(v->is_number())) return std::nullopt;
        return std::to_string(std::lround(v->to_number<double>()));
    };
    std::vector<std::string> parts;
    if (wordsUntrustedIn(metrics))
        parts.push_back(std::string("Fillers: not counted (") + kWordsUntrusted + ")");
    else if (auto f = whole("fillers"))
        parts.push_back("Fillers: " + *f);
    if (auto p = whole("pauses")) parts.push_back("Pauses over 2 s: " + *p);
    const auto recorded = whole("duration_s"), speaking = whole("speaking_s");
    if (recorded && speaking)
        parts.push_back(*recorded + " s recorded, " + *speaking + " s speaking");
    else if (recorded)
        parts.push_back(*recorded + " s recorded");
    std::string line;
    for (const std::string& part : parts) line += (line.empty() ? "" : "   \u00b7   ") + part;
    return line;
}

void withholdUnreliable(boost::json::object& metrics) {
    auto it = metrics.find("unreliable");
    if (it == metrics.end() || !it->value().is_array()) return;
    for (const auto& name : it->value().as_array())
        if (name.is_string()) {
            const auto key = name.as_string();
            if (metrics.contains(key)) metrics[key] = nullptr;
        }
}

}  // namespace doorway::speech
