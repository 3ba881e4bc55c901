#include "speech/engine.hpp"

#include "speech/noise_adaptation.hpp"
#include "speech/voice.hpp"

#include <chrono>

namespace doorway::speech {

SpeechEngine::SpeechEngine() {
    refreshDevices();
}

SpeechEngine::~SpeechEngine() {
    m_stopRequested = true;
    if (m_listener.joinable()) m_listener.join();
    if (m_loader.joinable()) m_loader.join();
    if (m_speaker.joinable()) m_speaker.join();
    if (m_learner.joinable()) m_learner.join();
    m_capture.close();
    m_player.stop();
}

void SpeechEngine::refreshDevices() {
    m_inputProblem = speech::inputProblem();  // the free function, not the member

    m_devices = speech::inputDevices();
}

void SpeechEngine::prepare(const std::string& biasScript, const std::string& mllr) {
    std::lock_guard<std::mutex> lock(m_mutex);
    // A load kept out during a take (see loadRecognizer) is tried again.
    const bool same = biasScript == m_wantedScript && mllr == m_wantedMllr;
    if (m_prepared && same && (m_loading || (m_loadedScript == biasScript && m_loadedMllr == mllr))) return;
    m_wantedScript = biasScript;
    m_wantedMllr = mllr;
    m_prepared = true;
    if (m_loading) return;  // the loader picks up the newest script when it finishes
    m_loading = true;
    if (m_loader.joinable()) m_loader.join();
    m_loader = std::thread([this, biasScript, mllr] { loadRecognizer(biasScript, mllr); });
}

bool SpeechEngine::adapted() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_recognizer && m_recognizer->adapted();
}

void SpeechEngine::loadRecognizer(std::string script, std::string mllr) {
    for (;;) {
        RecognizerOptions o;
        o.script = script;
        o.mllr = mllr;
        o.noiseMllr = shippedNoiseAdaptation();
        std::string error;
        auto rec = Recognizer::create(o, error);
        std::lock_guard<std::mutex> lock(m_mutex);
        // Never swap the recogniser under a running take; but a take that
        // began while the first one loaded has none yet and waits for this
        // one (the window starts listening in the same frame as loading).
        if (rec && (!m_listening || !m_recognizer)) {
            // What this microphone has taught the old one carries over.
            if (m_recognizer) {
                rec->setCmn(m_recognizer->cmn());
                rec->setRoomNoisy(m_recognizer->roomNoisyNext());
                rec->setRoomSnrDb(m_recognizer->roomSnrDb());
            }
            m_recognizer = std::move(rec);
            m_loadedScript = script;
            m_loadedMllr = mllr;
        }
        m_recognizerError = error;
        if ((m_wantedScript != script || m_wantedMllr != mllr) && error.empty() && !m_listening) {
            script = m_wantedScript;
            mllr = m_wantedMllr;
            continue;
        }
        m_loading = false;
        m_cv.notify_all();
        return;
    }
}

bool SpeechEngine::recognizerReady() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_recognizer != nullptr;
}

std::string SpeechEngine::recognizerError() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_recognizerError;
}

bool SpeechEngine::waitForRecognizer(std::string& error) {
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_prepared && !m_loading) {
        lock.unlock();
        prepare({});
        lock.lock();
    }
    m_cv.wait(lock, [this] { return !m_loading || m_recognizer || m_stopRequested.load(); });
    if (!m_recognizer) {
        error = m_recognizerError.empty() ? "the speech recogniser is not ready" : m_recognizerError;
        return false;
    }
    return true;
}

bool SpeechEngine::startListening(int device, std::string& error) {
    if (m_listening) return true;
    if (m_listener.joinable()) m_listener.join();
    if (!m_capture.open(device, error)) return false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_takeAudio.clear();
        m_partial.clear();
        m_listenError.clear();
        m_liveInput = {};
        m_result = {};
    }
    m_stopRequested = false;
    m_full = false;
    m_listening = true;
    m_listener = std::thread([this] { listenLoop(); });
    return true;
}

void SpeechEngine::listenLoop() {
    // Audio is kept (and cleaned, and checked) from the first moment even
    // while the recogniser is still loading; recognition catches up once it
    // is there.
    std::string error;
    std::vector<int16_t> chunk;
    TakePipeline pipeline({}, m_capture.deviceRate());
    // The session's first take has no room before it to follow: it judges
    // its own from its first seconds (the meter opens with the take).
    if (!m_roomHeard.load()) pipeline.judgeRoomFirst(kLiveRoomJudgeS);
    Recognizer* rec = nullptr;
    double reportedAt = 0;
    const size_t maxSamples = size_t(kMaxRecordingS * kSampleRate);
    for (;;) {
        bool stopping = m_stopRequested.load();
        chunk.clear();
        m_capture.drain(chunk);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            // Past the longest take nothing more is kept (the UI ends it).
            if (m_takeAudio.size() + chunk.size() > maxSamples) {
                chunk.resize(maxSamples - std::min(maxSamples, m_takeAudio.size()));
                m_full = true;
            }
            m_takeAudio.insert(m_takeAudio.end(), chunk.begin(), chunk.end());
            if (!rec && m_recognizer && !m_loading) rec = m_recognizer.get();
        }
        pipeline.feed(chunk.data(), chunk.size());
        if (rec && !pipeline.attached() && !pipeline.attach(*rec, error)) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_listenError = error;
            rec = nullptr;
        }
        std::string p = pipeline.partial();
        const bool report = pipeline.seconds() - reportedAt >= 1.0;
        InputReport input = report ? pipeline.input() : InputReport{};
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_partial = p;
            if (report) m_liveInput = std::move(input), reportedAt = pipeline.seconds();
        }
        if (stopping) {
            if (!pipeline.attached()) {
                // Stopped before the model was there: wait for it, then
                // recognise what was heard up to the stop (the microphone
                // still runs while the model loads; that is not the take).
                std::string werr;
                bool ready = waitForRecognizer(werr);
                if (ready) {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    rec = m_recognizer.get();
                    ready = m_listenError.empty();
                }
                if (!ready || !pipeline.attach(*rec, werr)) {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    if (m_listenError.empty()) m_listenError = werr;
                    break;
                }
            }
            TakeAnalysis t = pipeline.finish();
            m_roomHeard = m_roomHeard.load() || t.input.seconds >= kMinSecondsToJudge;
            std::lock_guard<std::mutex> lock(m_mutex);
            m_result = std::move(t);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
}

float SpeechEngine::level() const {
    return m_listening ? m_capture.level() : 0.0f;
}

double SpeechEngine::listenedS() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return double(m_takeAudio.size()) / double(kSampleRate);
}

std::string SpeechEngine::partialText() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_partial;
}

InputReport SpeechEngine::liveInput() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_liveInput;
}

bool SpeechEngine::stopListening(TakeAnalysis& out, AudioClip& audio, std::string& error) {
    if (!m_listening) {
        error = "not listening";
        return false;
    }
    m_stopRequested = true;
    if (m_listener.joinable()) m_listener.join();
    m_capture.close();
    m_listening = false;
    std::lock_guard<std::mutex> lock(m_mutex);
    audio.rate = kSampleRate;
    audio.samples = std::move(m_takeAudio);
    m_takeAudio.clear();
    if (!m_listenError.empty()) {
        error = m_listenError;
        return false;
    }
    out = m_result;
    out.transcript.durationS = audio.seconds();
    return true;
}

bool SpeechEngine::transcribe(const AudioClip& clip, TakeAnalysis& out, std::string& error, int sourceRate) {
    if (m_listening) {
        error = "finish the take you are recording first";
        return false;
    }
    if (!waitForRecognizer(error)) return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    out = analyseClip(*m_recognizer, clip.samples, {}, sourceRate);
    out.transcript.durationS = clip.seconds();
    return true;
}

void SpeechEngine::startLearning(std::vector<TeachingTake> takes) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_learning) return;
        m_learning = true;
        m_learned = false;
    }
    if (m_learner.joinable()) m_learner.join();
    m_learner = std::thread([this, takes = std::move(takes)] {
        std::string mllr, error;
        learnVoice(takes, AdaptOptions{}, mllr, error);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_learnedMllr = std::move(mllr);
        m_learnError = std::move(error);
        m_learning = false;
        m_learned = true;
    });
}

bool SpeechEngine::learning() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_learning;
}

bool SpeechEngine::learningDone(std::string& mllr, std::string& error) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_learned) return false;
    m_learned = false;
    mllr = std::move(m_learnedMllr);
    error = std::move(m_learnError);
    m_learnedMllr.clear();
    m_learnError.clear();
    return true;
}

bool SpeechEngine::play(const AudioClip& clip, std::string& error) {
    std::lock_guard<std::mutex> lock(m_playerMutex);
    return m_player.play(clip, error);
}
void SpeechEngine::stopPlayback() {
    std::lock_guard<std::mutex> lock(m_playerMutex);
    m_player.stop();
}
bool SpeechEngine::playing() const {
    std::lock_guard<std::mutex> lock(m_playerMutex);
    return m_player.playing();
}

void SpeechEngine::speak(const std::string& text, const std::string& voice) {
    if (m_speaker.joinable()) m_speaker.join();
    m_speaker = std::thread([this, text, voice] {
        AudioClip clip;
        std::string error;
        if (synthesize(text, voice, clip, error)) play(clip, error);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_voiceError = error;
    });
}

std::string SpeechEngine::lastVoiceError() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_voiceError;
}

}  // namespace doorway::speech
