#pragma once
// "Teach Doorway your voice", inside the speech panel's More section: read a
// dozen sentences aloud, and later takes are recognised with what was
// learned. Kept apart from speech_panel.cpp, which it shares an engine with.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <string>

namespace doorway {

namespace speech {
class SpeechEngine;
}

// speech_panel.cpp: the speech engine (made on first use), and loading the
// recogniser with this person's words and their voice profile.
speech::SpeechEngine& speechEngine(AppState& app);
void prepareSpeechRecognizer(AppState& app);

// voice_teach_view.cpp
void drawVoiceTeaching(AppState& app, Platform& platform);
// Once a frame: a finished adaptation is saved and put to use.
void tickVoiceTeaching(AppState& app, Platform& platform);
// "speech.teach-open", "speech.teach-from=DIR" (01.wav, 02.wav, ... read
// the teaching sentences in order, or what NN.txt beside each says; learned
// and saved before the next action), "speech.voice-remove". `rest` is the action after "speech.".
// True when the action was one of these.
bool voiceTeachUiAction(AppState& app, Platform& platform, const std::string& rest, std::string& error);

}  // namespace doorway
