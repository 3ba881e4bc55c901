#pragma once
// The speech panel inside the rehearsal pane: microphone and level, what is
// heard, the after-take numbers, recordings, and the role-play voice.
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

#include <boost/json.hpp>

#include <string>

namespace doorway {

void drawSpeechPanel(AppState& app, Platform& platform);
// The take sessions drive spoken takes through these:
bool speechInputAvailable(AppState& app);                                     // a microphone can be opened
bool speechBeginTake(AppState& app, Platform& platform, std::string& error);  // start listening
const std::string& speechPartialText(const AppState& app);                    // what was heard so far
void drawSpeechLevel(AppState& app);                                          // the microphone's level meter
// "What I hear so far", the level meter and the words heard ("Listening…"
// before any), in a box `boxLines` text lines high (0: no box, the words
// wrap on the page): a spoken take while it runs, rehearsal and role-play.
void drawHeardSoFar(AppState& app, float boxLines = 0);
// Removes a take's recording that no take will point to (nothing was heard
// in it): a file the person could neither see nor delete in the window.
void discardRecording(AppState& app, const std::string& audio);
// Pace, fillers, pauses and a Play button for a finished spoken take.
void drawSpeechSummary(AppState& app, Platform& platform, const boost::json::object& metrics, const std::string& audio);
// Stops listening; fills the recognised text, the speech metrics
// (wpm, fillers, pauses, ...) and the saved audio file name ("" if none).
bool speechEndTake(AppState& app, Platform& platform, std::string& text, boost::json::object& metrics,
                   std::string& audioFile, std::string& error);
// Speaks an objection aloud in role-play (silent when the voice is off).
// `asked`: the person pressed a button for it, so a voice that can't play
// (off, or no speakers) is said plainly instead of staying silent.
void speakObjection(AppState& app, Platform& platform, const std::string& text, bool asked = false);
// Under a "Hear it" button: why the voice did not play, once that is known.
void drawVoiceNote(AppState& app, Platform& platform);
// Per frame: audio pumping.
void tickSpeech(AppState& app, Platform& platform);
// "speech.*" actions of --ui; true when the action was one.
bool speechUiAction(AppState& app, Platform& platform, const std::string& action, std::string& error);

}  // namespace doorway
