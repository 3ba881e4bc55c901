#include "speech/engine.hpp"

#include "speech/voice.hpp"

#include <chrono>

namespace doorway::speech {

SpeechEngine::SpeechEngine() { refreshDevices(); }

SpeechEngine::~SpeechEngine() {
    m_stopRequested = true;
    if (m_listener.joinable()) m_listener.join();
    if (m_loader.joinable()) m_loader.join();
    if (m_speaker.joinable()) m_speaker.join();
    m_capture.close();
    m_player.stop();
}

void SpeechEngine::refreshDevices() {
    m_inputProblem = speech::inputProblem();  // the free function, not the member

    m_devices = speech::inputDevices();
}

void SpeechEngine::prepare(const std::string& biasScript) {
    std::lock_guard<std::mutex> lock(m_mutex);
    // A load kept out during a take (see loadRecognizer) is tried again.
    if (m_prepared && biasScript == m_wantedScript && (m_loading || m_loadedScript == biasScript)) return;
    m_wantedScript = biasScript;
    m_prepared = true;
    if (m_loading) return;  // the loader picks up the newest script when it finishes
    m_loading = true;
    if (m_loader.joinable()) m_loader.join();
    m_loader = std::thread([this, biasScript] { loadRecognizer(biasScript); });
}

void SpeechEngine::loadRecognizer(std::string script) {
    for (;;) {
        RecognizerOptions o;
        o.script = script;
        std::string error;
        auto rec = Recognizer::create(o, error);
        std::lock_guard<std::mutex> lock(m_mutex);
        // Never swap the recogniser under a running take; but a take that
        // began while the first one loaded has none yet and waits for this
        // one (the window starts listening in the same frame as loading).
        if (rec && (!m_listening || !m_recognizer)) {
            m_recognizer = std::move(rec);
            m_loadedScript = script;
        }
        m_recognizerError = error;
        if (m_wantedScript != script && error.empty() && !m_listening) {
            script = m_wantedScript;
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
        m_result = {};
    }
    m_stopRequested = false;
    m_listening = true;
    m_listener = std::thread([this] { listenLoop(); });
    return true;
}

void SpeechEngine::listenLoop() {
    // Audio is kept from the first moment even while the recogniser is
    // still loading; recognition catches up once it is there.
    std::string error;
    std::vector<int16_t> chunk;
    size_t fedUpTo = 0;
    bool began = false;
    Recognizer* rec = nullptr;
    for (;;) {
        bool stopping = m_stopRequested.load();
        chunk.clear();
        m_capture.drain(chunk);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_takeAudio.insert(m_takeAudio.end(), chunk.begin(), chunk.end());
            if (!rec && m_recognizer && !m_loading) rec = m_recognizer.get();
        }
        if (rec && !began) {
            began = rec->begin(error);
            if (!began) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_listenError = error;
            }
        }
        if (began) {
            std::vector<int16_t> todo;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                todo.assign(m_takeAudio.begin() + long(fedUpTo), m_takeAudio.end());
            }
            rec->feed(todo.data(), todo.size());
            fedUpTo += todo.size();
            std::string p = rec->partial();
            std::lock_guard<std::mutex> lock(m_mutex);
            m_partial = p;
        }
        if (stopping) {
            if (!began) {
                // Stopped before the model was there: wait for it, then recognise.
                std::string werr;
                if (waitForRecognizer(werr)) {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    rec = m_recognizer.get();
                } else {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_listenError = werr;
                    break;
                }
                continue;
            }
            Transcript t = rec->finish();
            std::lock_guard<std::mutex> lock(m_mutex);
            m_result = std::move(t);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
}

float SpeechEngine::level() const { return m_listening ? m_capture.level() : 0.0f; }

double SpeechEngine::listenedS() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return double(m_takeAudio.size()) / double(kSampleRate);
}

std::string SpeechEngine::partialText() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_partial;
}

bool SpeechEngine::stopListening(Transcript& out, AudioClip& audio, std::string& error) {
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
    out.durationS = audio.seconds();
    return true;
}

bool SpeechEngine::transcribe(const AudioClip& clip, Transcript& out, std::string& error) {
    if (m_listening) {
        error = "finish the take you are recording first";
        return false;
    }
    if (!waitForRecognizer(error)) return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    out = m_recognizer->recognize(clip.samples);
    out.durationS = clip.seconds();
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
