#pragma once
// Spoken objections in role-play: Flite's built-in English voices.
#include "speech/audio_io.hpp"

#include <string>
#include <vector>

namespace doorway::speech {

// The voices built in ("slt", "kal16", "rms", "awb") and the default.
const std::vector<std::string>& voiceNames();
inline constexpr const char* kDefaultVoice = "slt";
// Settings keys in the workbook: the voice id, or "off" to stay silent.
inline constexpr const char* kVoiceSetting = "speech.voice";

// Synthesises `text` as 16 kHz mono. False with a sentence for an unknown
// voice or empty text. Thread-safe (Flite itself is not: calls are serialised).
bool synthesize(const std::string& text, const std::string& voice, AudioClip& out, std::string& error);

}  // namespace doorway::speech
