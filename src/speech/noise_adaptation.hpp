#pragma once
// The noisy-room adaptation: one means-only MLLR transform of the packaged
// en-us model, learned offline (tools/learn_condition) from many voices'
// noisy speech after Doorway's own front end, shipped as
// assets/speech/noise.mllr. The cleaned signal of a noisy room still differs
// from the clean speech the model was trained on in a systematic way; the
// transform moves the model's means toward it. It is used only for a take
// the input checks judge noisy (roomWantsNoiseAdaptation), so clean takes
// decode as before.
//
// Measured on the dev voices only (awb, kal16, sentences 0-11, speech_bench
// --split dev; word error, no script / exact script, without -> with):
//  - pink 15 dB: 32.2 / 7.2% -> 28.9 / 5.4%; room 15 dB: 12.0 / 1.2% ->
//    9.3 / 2.1%;
//  - had it applied to every take: clean 4.5 / 0.3% -> 6.0 / 1.2% and room
//    20 dB 8.1 / 0.6% -> 7.8 / 1.5%, hence the SNR gate. The input checks
//    read pink 15 dB takes at 13.5-15 dB, room 15 dB at 14.5-17, room 20 dB
//    at 19-21.5 and clean ones at 36 or more at any microphone gain from
//    -20 to +6 dB (input_quality.cpp, roomFloorDb); 18 dB parts them.
//  - learned from which noise (tools/learn_condition, pink 15 / room 15 as
//    above): 10, 15 and 20 dB, 60 sentences, 240 takes: 28.6 / 6.0% and
//    9.3 / 2.1%; the same with every take in all six conditions (2544
//    takes): 29.5 / 5.4% and 9.9 / 2.1%; 10 and 15 dB only, 106 sentences,
//    424 takes (shipped): 28.9 / 5.4% and 9.3 / 2.1%, the least in all.
//  - PocketSphinx 5prealpha applies only the first regression class of a
//    transform (gauden_mllr_transform), so more classes cannot help here.
//
// PocketSphinx holds one transform at a time, and each one it is given
// replaces the last (it reloads the model's means before applying it). Two
// means-only transforms compose into one (composeMllr), but for a person
// with a voice profile (learned from clean teaching takes) the room's alone
// did best in noise: dev, pink 15 dB, no script, awb / kal16: neither 49.4
// / 15.1%, the voice's 55.4 / 22.3%, the room's 46.4 / 10.8%, voice then
// room 52.4 / 9.6%, room then voice 47.0 / 12.0% (speech_bench --compose,
// with the 240-take transform). So a noisy take sets the voice's aside.
#include "speech/input_quality.hpp"

#include <string>

namespace doorway::speech {

// Estimated SNR (InputReport::snrDb) below which a take is decoded with the
// noisy-room transform. Chosen on the dev voices (awb, kal16) only.
inline constexpr double kNoiseAdaptBelowSnrDb = 18.0;

// The noisy-room transform's variance scale: every Gaussian of the model is
// this much wider under it (its h, which mllr_solve writes as 1); 1: as
// learned. Tried in the nineteenth pass, since the cleaned speech of a noisy
// room might spread wider around the moved means than the clean speech the
// model learned from. On the four dev voices (awb, kal16, awb_high,
// kal16_low; sentences 0-11, pink 15 dB; word errors of 664, no script /
// exact script): 1 233 / 42, 1.15 225 / 29, 1.3 225 / 23 (ad-libbed 191 ->
// 183), 1.45 229 / 25, 1.6 237 / 28; 1.3 on the cepstra's stream alone 233 /
// 28. But awb alone was worse at 1.3 (65 -> 71 errors, no script); the gain
// was the kal16 voices'. Held out, measured once at 1.3 (slt, rms, slt_low,
// rms_high, sentences 12-23, pink 15 dB): no script 37.9 -> 41.2% (slt 46.5
// -> 54.2, rms 38.7 -> 35.9, slt_low 40.1 -> 43.7, rms_high 26.1 -> 31.0),
// exact script 3.0 -> 2.8%, ad-libbed 34.5 -> 37.5%; the human clips in pink
// 15 dB with no script, librivox 56.3 -> 60.6%, goforward one word worse; CPU
// real-time factor with no script 0.21 -> 0.33, as more of the search stays
// alive. So it stays at 1 (RecognizerOptions::noiseVarianceScale and
// speech_bench --noise-var-scale try others).
inline constexpr double kNoiseVarianceScale = 1.0;

// True when the input checks heard enough of the take to judge the room
// (kMinSecondsToJudge, and a noise floor above digital silence).
bool roomJudged(const InputReport& r);

// True when the input checks judged the take (enough audio) and found the
// room noisy enough for the transform.
bool roomWantsNoiseAdaptation(const InputReport& r, double belowDb = kNoiseAdaptBelowSnrDb);

// The one home of the shipped transform: <assets>/speech/noise.mllr.
std::string noiseAdaptationPath();

// The shipped transform, checked against the model in `modelDir`
// (mllrFits). False with a sentence naming the file when it is missing or
// does not fit; recognition then runs without it.
bool loadNoiseAdaptation(std::string& mllr, std::string& error, const std::string& modelDir = DOORWAY_PS_MODEL_DIR);

// loadNoiseAdaptation once per process, for the app's recognisers: a
// missing or broken asset is said once on stderr (naming the file) and ""
// is returned, so recognition runs as it would without it.
const std::string& shippedNoiseAdaptation();

// One transform doing `first`, then `then`: means A2 (A1 m + b1) + b2,
// variance scales h1 h2. Both single-class, same stream layout; "" when
// either cannot be read.
std::string composeMllr(const std::string& first, const std::string& then);

// `mllr` with every variance scale times `scale` (means moved as before);
// "" when `mllr` cannot be read.
std::string scaleMllrVariances(const std::string& mllr, double scale);

// A transform that changes nothing, in the layout of `like` (what undoes a
// transform in a decoder: each one given replaces the last); "" when `like`
// cannot be read.
std::string identityMllr(const std::string& like);

}  // namespace doorway::speech
