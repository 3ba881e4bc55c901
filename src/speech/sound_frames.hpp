#pragma once
// A take's cleaned sound, 10 ms by 10 ms, as the hesitation check reads it:
// how loud each frame is and how strongly it repeats at a voice's pitch. A
// said "um" or "uh" is a held vowel or hum, voiced from end to end; a short
// word the decoder misheard as one ("and", "the", "have", "to") runs
// through a stop or a hiss that is not. The decoder's times for a
// hesitation glued to its neighbours carry no pause to go by, but the sound
// under those times still tells (hesitation_check.cpp has the numbers).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace doorway::speech {

struct SoundFrame {
    float voicing = 0;  // the normalised autocorrelation's best peak at 80-400 Hz, 0..1
    float levelDb = 0;  // mean power, dB below full scale
};

// Frames every 10 ms (25 ms windows) over 16 kHz mono samples, added as the
// audio arrives; a partial window waits for more.
class SoundFrames {
public:
    void push(const int16_t* samples, size_t n);
    const std::vector<SoundFrame>& frames() const { return m_frames; }

    static constexpr double kStepS = 0.01;

private:
    std::vector<float> m_pending;  // samples from the next window's start on
    std::vector<SoundFrame> m_frames;
};

// How voiced the sound is over [startS, endS] (seconds from the take's
// start): the mean voicing of the frames centred there (the nearest one
// when none is), a frame quieter than the take's loudest by more than
// kQuietBelowPeakDb counting as unvoiced, since a hum or the room's murmur in a
// pause can repeat as steadily as a voice. -1 when there are no frames.
double voicingOver(const std::vector<SoundFrame>& frames, double startS, double endS);

// Frames that far under the take's loudest are not a voice.
constexpr double kQuietBelowPeakDb = 30;

}  // namespace doorway::speech
