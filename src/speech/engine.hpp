#pragma once
// The speech feature's moving parts for the window: a recogniser loaded in
// the background, a listening session that streams microphone audio into it
// on a worker thread, playback, and spoken objections. The UI polls it once
// a frame; nothing here blocks a frame for long.
#include "speech/adaptation.hpp"
#include "speech/audio_device.hpp"
#include "speech/recognizer.hpp"
#include "speech/take_pipeline.hpp"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace doorway::speech {

class SpeechEngine {
public:
    SpeechEngine();
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    // Devices (asked once, refreshed on demand).
    const std::vector<DeviceInfo>& devices() const { return m_devices; }
    const std::string& inputProblem() const { return m_inputProblem; }
    bool inputAvailable() const { return m_inputProblem.empty(); }
    void refreshDevices();

    // Loads (or reloads, when the bias text or the voice adaptation
    // changed) the recogniser on a background thread. Cheap to call every frame.
    void prepare(const std::string& biasScript, const std::string& mllr = {});
    // Whether the loaded recogniser uses a voice adaptation.
    bool adapted() const;
    bool recognizerReady() const;
    std::string recognizerError() const;

    // Listening.
    bool startListening(int device, std::string& error);
    bool listening() const { return m_listening.load(); }
    float level() const;
    double listenedS() const;
    std::string partialText() const;
    // What the input looks like so far (for the live meter's warnings).
    InputReport liveInput() const;
    // True once a take reached kMaxRecordingS: the microphone is no longer kept.
    bool takeFull() const { return m_full.load(); }
    // Stops, waits for the recogniser to catch up, returns the words, the
    // voice activity, the input checks and the audio.
    bool stopListening(TakeAnalysis& out, AudioClip& audio, std::string& error);

    // A clip (an imported file) through the same pipeline; blocks.
    bool transcribe(const AudioClip& clip, TakeAnalysis& out, std::string& error, int sourceRate = 0);

    // Learning a voice adaptation on a worker thread ("Teach Doorway your
    // voice"): start it, then poll; `done` gives the transform or the error.
    void startLearning(std::vector<TeachingTake> takes);
    bool learning() const;
    bool learningDone(std::string& mllr, std::string& error);

    // Playback and voice.
    bool play(const AudioClip& clip, std::string& error);
    void stopPlayback();
    bool playing() const;
    // Synthesises on a worker thread, then plays; returns at once.
    void speak(const std::string& text, const std::string& voice);
    std::string lastVoiceError() const;

private:
    void loadRecognizer(std::string script, std::string mllr);
    void listenLoop();
    bool waitForRecognizer(std::string& error);

    std::vector<DeviceInfo> m_devices;
    std::string m_inputProblem;

    mutable std::mutex m_mutex;  // guards everything below that threads share
    std::condition_variable m_cv;
    std::unique_ptr<Recognizer> m_recognizer;
    std::string m_loadedScript, m_loadedMllr;
    std::string m_wantedScript, m_wantedMllr;
    bool m_loading = false;
    bool m_prepared = false;
    std::string m_recognizerError;
    std::thread m_loader;

    Capture m_capture;
    std::atomic<bool> m_listening{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_full{false};
    std::atomic<bool> m_roomHeard{false};  // a live take has judged the room (kLiveRoomJudgeS)
    std::thread m_listener;
    std::vector<int16_t> m_takeAudio;
    std::string m_partial;
    std::string m_listenError;
    InputReport m_liveInput;
    TakeAnalysis m_result;

    std::thread m_learner;
    bool m_learning = false, m_learned = false;
    std::string m_learnedMllr, m_learnError;

    mutable std::mutex m_playerMutex;  // the UI and the voice thread share the player
    Player m_player;
    std::thread m_speaker;
    std::string m_voiceError;
};

}  // namespace doorway::speech
