#pragma once
// "Teach Doorway your voice": the person reads a dozen short sentences and
// Doorway learns a speaker adaptation that later takes use. It is an MLLR
// transform of the acoustic model's means (one regression class), computed
// with sphinxtrain's `bw` and `mllr_solve` from the packaged en-us model:
//
//  - that model ships its mixture weights only as an 8-bit `sendump` and its
//    model definition in binary, and `bw` reads neither; both are rebuilt
//    here for the run (the weights de-quantised, the definition written as
//    text by PocketSphinx's own bin_mdef_write_text), in a private temporary
//    folder that is removed afterwards;
//  - the features are the recogniser's own: the same front end, the same
//    MFCC settings (the model's feat.params), live CMN as in decoding.
//
// The transform is a few kilobytes of numbers. It lives in the user's data
// folder, is removable in one step, and is sealed when workbooks are locked
// (sealVoiceProfile / unsealVoiceProfile, for the lock and unlock paths).
#include "speech/audio_io.hpp"
#include "speech/front_end.hpp"

#include <string>
#include <vector>

namespace doorway {
class Sealer;
}

namespace doorway::speech {

// The sentences read aloud (about two minutes in all): varied sounds, and
// never the bench's or the tests' sentences. Every word is in the
// recogniser's dictionary (a test checks).
const std::vector<std::string>& teachingSentences();

struct TeachingTake {
    std::string text;  // what was read
    AudioClip audio;   // 16 kHz mono, as recorded (the front end runs here)
};

// The least a person reads before an adaptation is learned from it.
inline constexpr size_t kMinTeachingTakes = 6;

struct AdaptOptions {
    std::string modelDir = DOORWAY_PS_MODEL_DIR;
    size_t minTakes = kMinTeachingTakes;
    std::string toolsDir = "/usr/lib/sphinxtrain";  // bw and mllr_solve (Debian's sphinxtrain)
    FrontEndOptions frontEnd;                       // the same cleaning as recognition
    // Experiment knobs (bench/speech_bench --adapt-*); the defaults are the shipped choice.
    int passes = 1;            // bw + mllr_solve rounds, each aligning with the last transform
    std::string cmn = "live";  // bw's CMN: "live" (as decoding) or "current" (each take's own mean)
    bool roomLevel = false;    // suppression level chosen by the teaching room, as TakePipeline does
    bool featureVad = true;    // sphinxbase's -remove_silence while making the features
    // Bench only: MAP on the MLLR-moved means after the rounds, written to this
    // file (a whole means file for the decoder's -mean; not a profile format).
    std::string mapMeansOut;
    double mapTau = 10.0;
};

// Empty when sphinxtrain's bw and mllr_solve are there; else the sentence
// saying what to install (asked before anyone reads for two minutes).
std::string adaptationToolsProblem(const AdaptOptions& options = {});

// Learns the transform from the takes. False with a sentence (too few
// takes, sphinxtrain missing, a take that does not match its text...).
bool learnVoice(const std::vector<TeachingTake>& takes, const AdaptOptions& options, std::string& mllr,
                std::string& error);

// Whether `mllr` is a transform PocketSphinx can apply to the model in
// `modelDir`: its stream count and lengths match the model's means, every
// number is finite. (PocketSphinx itself checks none of this.)
bool mllrFits(const std::string& mllr, const std::string& modelDir);

// [SECTION] The stored profile
// $XDG_DATA_HOME/doorway/voice/adaptation.mllr (next to the workbooks folder).
std::string voiceProfilePath();
enum class VoiceProfileState { None, Plain, Sealed };
VoiceProfileState voiceProfileState();
// Writes the profile atomically; sealed with `sealer` when one is given.
bool saveVoiceProfile(const std::string& mllr, Sealer* sealer, std::string& error);
// True with the transform. False with an empty `error` when there is none;
// with a sentence when it cannot be used (sealed and no matching key, damaged).
bool loadVoiceProfile(std::string& mllr, Sealer* sealer, std::string& error);
// Removes it (and its folder when empty). True when nothing is left.
bool removeVoiceProfile(std::string& error);

// Lock hooks. sealVoiceProfile seals a plain profile in place (a sealed one
// is left as it is); unsealVoiceProfile opens a sealed one back to plain.
// Both are no-ops returning true when there is no profile.
bool sealVoiceProfile(Sealer& sealer, std::string& error);
bool unsealVoiceProfile(Sealer& sealer, std::string& error);

}  // namespace doorway::speech
