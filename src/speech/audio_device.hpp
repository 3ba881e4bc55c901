#pragma once
// Microphone and speaker through PortAudio. Everything here fails softly:
// no device, a busy one or a denied one gives a sentence, never a crash or
// a hang (CI machines have no audio at all).
#include "speech/audio_io.hpp"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace doorway::speech {

struct DeviceInfo {
    int index = -1;  // PortAudio's device index
    std::string name;
    bool isDefault = false;
};

// Starts PortAudio once per process. Its backends (ALSA, JACK) print
// probing chatter on stderr; that is kept out of the terminal and the UI.
bool audioInit(std::string& error);
std::vector<DeviceInfo> inputDevices();
// "" when a microphone can be opened, else why not, in plain words.
std::string inputProblem();

// Captures 16 kHz mono from one input device. Devices that refuse 16 kHz
// are opened at their own rate and converted by linear interpolation.
class Capture {
public:
    Capture();
    ~Capture();
    Capture(const Capture&) = delete;
    Capture& operator=(const Capture&) = delete;
    // device < 0: the default input.
    bool open(int device, std::string& error);
    void close();
    bool isOpen() const;
    // Moves the samples captured since the last call into `out` (appends).
    void drain(std::vector<int16_t>& out);
    // The rate the device records at (16 kHz unless it refused that).
    int deviceRate() const;
    // A smoothed level, 0..1, for the meter.
    float level() const { return m_level.load(); }

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
    std::atomic<float> m_level{0};
};

// Plays one clip at a time on the default output.
class Player {
public:
    Player();
    ~Player();
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;
    bool play(const AudioClip& clip, std::string& error);
    void stop();
    bool playing() const;
    double positionS() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace doorway::speech
