#pragma once
// UI state of the speech feature (owned by that feature's views). The
// engine (audio threads, recogniser) is created on first use and kept out
// of this header so AppState stays light.
#include <boost/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace doorway {

namespace speech {
class SpeechEngine;
}

// "Teach Doorway your voice": the sentences read so far (audio stays in
// memory only, until the adaptation is learned or the reading abandoned).
struct VoiceTeachState {
    bool open = false;       // the teaching section is unfolded (screenshots)
    bool scrollTo = false;   // bring it into view on the next frame
    bool reading = false;    // a reading is under way
    size_t next = 0;         // the sentence being read
    bool recording = false;  // the microphone is on for it
    std::vector<std::string> texts;
    std::vector<std::vector<int16_t>> audio;
    std::string status;  // a sentence for the person
    bool statusIsError = false;
    bool learning = false;  // the adaptation is being computed (worker thread)
};

struct SpeechUiState {
    std::shared_ptr<speech::SpeechEngine> engine;
    int device = -1;  // PortAudio input index; -1 = the default
    bool listening = false;
    double listenStartedAt = 0;
    std::string partial;  // what was heard so far (copied once a frame)
    // The last finished take, for the after-take panel.
    bool haveLast = false;
    std::string lastText;
    boost::json::object lastMetrics;
    std::string lastAudio;  // file name inside the takes folder
    std::string message;    // a kind note shown in the panel
    bool messageIsError = false;
    std::string importPath;   // the "bring in a recording" field
    std::string fillersEdit;  // comma-separated, edited in place
    bool fillersEditing = false;
    std::string playingAudio;               // file being played, "" if none
    std::string playError;                  // why the last Play did not play, "" if it did
    std::vector<std::string> liveWarnings;  // input warnings while listening (codes)
    // "Hear it" / "Try it": the voice plays on a worker thread, so whether it
    // could play is known a moment later (drawVoiceNote polls it).
    bool voiceWaiting = false;
    double voiceAskedAt = 0;
    std::string voiceStaleError;  // the error already there when asked (from an earlier try)
    std::string voiceNote;        // why the voice did not play, "" when it did
    VoiceTeachState teach;
    // The voice profile as last read: opening a sealed one may cost a key
    // derivation, so it is read again only when the file or the key changes.
    std::string voiceStamp;
    std::string voiceMllr;
};

}  // namespace doorway
