#include "speech/audio_device.hpp"

#include <portaudio.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace doorway::speech {

namespace {

std::mutex g_paMutex;
bool g_paReady = false;
std::string g_paError;

// Sends fd 2 to /dev/null while PortAudio's backends probe hardware; ALSA
// and JACK write their complaints straight to stderr.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        m_saved = ::dup(2);
        int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0) ::dup2(null, 2);
        if (null >= 0) ::close(null);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, 2);
            ::close(m_saved);
        }
    }

private:
    int m_saved = -1;
};

std::string describe(PaError e) {
    switch (e) {
        case paDeviceUnavailable:
            return "the microphone is busy or unavailable (another program may be using it)";
        case paInvalidDevice:
            return "that audio device is no longer there";
        case paInvalidSampleRate:
            return "the device does not record at a usable rate";
        case paInvalidChannelCount:
            return "the device has no input channel";
        default:
            return std::string("the audio system said: ") + Pa_GetErrorText(e);
    }
}

}  // namespace

bool audioInit(std::string& error) {
    std::lock_guard<std::mutex> lock(g_paMutex);
    if (g_paReady) return true;
    if (!g_paError.empty()) {
        error = g_paError;
        return false;
    }
    // Never start a JACK server just to look for a microphone.
    ::setenv("JACK_NO_START_SERVER", "1", 0);
    PaError e;
    {
        QuietStderr quiet;
        e = Pa_Initialize();
    }
    if (e != paNoError) {
        g_paError = "the audio system could not start (" + std::string(Pa_GetErrorText(e)) + ")";
        error = g_paError;
        return false;
    }
    g_paReady = true;
    return true;
}

std::vector<DeviceInfo> inputDevices() {
    std::vector<DeviceInfo> out;
    std::string error;
    if (!audioInit(error)) return out;
    int n = Pa_GetDeviceCount();
    PaDeviceIndex def = Pa_GetDefaultInputDevice();
    for (int i = 0; i < n; ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (!info || info->maxInputChannels < 1) continue;
        out.push_back({i, info->name ? info->name : "device " + std::to_string(i), i == def});
    }
    return out;
}

std::string inputProblem() {
    std::string error;
    if (!audioInit(error)) return error;
    if (Pa_GetDeviceCount() <= 0 || Pa_GetDefaultInputDevice() == paNoDevice)
        return "no microphone was found on this computer";
    return {};
}

// [SECTION] Capture

struct Capture::Impl {
    PaStream* stream = nullptr;
    double rate = kSampleRate;
    std::mutex mutex;
    std::vector<int16_t> pending;  // 16 kHz samples not yet drained
    // Linear conversion from `rate` to 16 kHz, carried across callbacks.
    double phase = 0;
    float last = 0;
    std::atomic<float>* level = nullptr;

    void push(const int16_t* in, unsigned long n) {
        double peak = double(rmsLevel(in, n));
        float old = level->load();
        // The meter rises at once and falls gently: a half-life of 150 ms
        // of audio, whatever the device's period (a fixed factor per
        // callback fell to nothing between words on small periods).
        double fall = std::pow(0.5, double(n) / (0.15 * rate));
        level->store(float(std::max(peak * 3.0, double(old) * fall)));
        std::lock_guard<std::mutex> lock(mutex);
        if (pending.size() > size_t(kSampleRate) * 600) return;  // nobody is draining
        if (rate == kSampleRate) {
            pending.insert(pending.end(), in, in + n);
            return;
        }
        const double step = rate / double(kSampleRate);
        for (unsigned long i = 0; i < n; ++i) {
            float cur = float(in[i]);
            while (phase < 1.0) {
                pending.push_back(int16_t(std::lround(last + (cur - last) * phase)));
                phase += step;
            }
            phase -= 1.0;
            last = cur;
        }
    }
};

namespace {
int captureCallback(const void* input, void*, unsigned long frames, const PaStreamCallbackTimeInfo*,
                    PaStreamCallbackFlags, void* user) {
    auto* impl = static_cast<Capture::Impl*>(user);
    if (input) impl->push(static_cast<const int16_t*>(input), frames);
    return paContinue;
}
}  // namespace

Capture::Capture() : m_impl(std::make_unique<Impl>()) {
    m_impl->level = &m_level;
}
Capture::~Capture() {
    close();
}

bool Capture::open(int device, std::string& error) {
    close();
    if (!audioInit(error)) return false;
    PaDeviceIndex dev = device >= 0 ? device : Pa_GetDefaultInputDevice();
    if (dev == paNoDevice || dev >= Pa_GetDeviceCount()) {
        error = "no microphone was found on this computer";
        return false;
    }
    const PaDeviceInfo* info = Pa_GetDeviceInfo(dev);
    if (!info || info->maxInputChannels < 1) {
        error = "that device cannot record";
        return false;
    }
    PaStreamParameters in{};
    in.device = dev;
    in.channelCount = 1;
    in.sampleFormat = paInt16;
    in.suggestedLatency = info->defaultLowInputLatency;
    PaError e;
    {
        QuietStderr quiet;
        m_impl->rate = kSampleRate;
        e = Pa_OpenStream(&m_impl->stream, &in, nullptr, kSampleRate, 0, paNoFlag, captureCallback, m_impl.get());
        if (e == paInvalidSampleRate && info->defaultSampleRate > 0) {
            m_impl->rate = info->defaultSampleRate;
            e = Pa_OpenStream(&m_impl->stream, &in, nullptr, info->defaultSampleRate, 0, paNoFlag, captureCallback,
                              m_impl.get());
        }
        if (e == paNoError) e = Pa_StartStream(m_impl->stream);
    }
    if (e != paNoError) {
        if (m_impl->stream) Pa_CloseStream(m_impl->stream);
        m_impl->stream = nullptr;
        error = describe(e);
        return false;
    }
    return true;
}

void Capture::close() {
    if (!m_impl->stream) return;
    {
        QuietStderr quiet;
        Pa_StopStream(m_impl->stream);
        Pa_CloseStream(m_impl->stream);
    }
    m_impl->stream = nullptr;
    m_level.store(0);
}

bool Capture::isOpen() const {
    return m_impl->stream != nullptr;
}

int Capture::deviceRate() const {
    return int(m_impl->rate);
}

void Capture::drain(std::vector<int16_t>& out) {
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    out.insert(out.end(), m_impl->pending.begin(), m_impl->pending.end());
    m_impl->pending.clear();
    // Let the meter fall when no audio arrives (device stalled).
    m_level.store(m_level.load() * 0.97f);
}

// [SECTION] Player

struct Player::Impl {
    PaStream* stream = nullptr;
    std::vector<int16_t> samples;
    std::atomic<size_t> pos{0};
    double rate = kSampleRate;
};

namespace {
int playCallback(const void*, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*,
                 PaStreamCallbackFlags, void* user) {
    auto* impl = static_cast<Player::Impl*>(user);
    auto* out = static_cast<int16_t*>(output);
    size_t pos = impl->pos.load();
    size_t n = std::min<size_t>(frames, impl->samples.size() - std::min(pos, impl->samples.size()));
    std::copy_n(impl->samples.data() + pos, n, out);
    std::fill(out + n, out + frames, int16_t(0));
    impl->pos.store(pos + n);
    return pos + n >= impl->samples.size() ? paComplete : paContinue;
}
}  // namespace

Player::Player() : m_impl(std::make_unique<Impl>()) {}
Player::~Player() {
    stop();
}

bool Player::play(const AudioClip& clip, std::string& error) {
    stop();
    if (!audioInit(error)) return false;
    PaDeviceIndex dev = Pa_GetDefaultOutputDevice();
    if (dev == paNoDevice) {
        error = "no speaker or headphones were found on this computer";
        return false;
    }
    const PaDeviceInfo* info = Pa_GetDeviceInfo(dev);
    PaStreamParameters outp{};
    outp.device = dev;
    outp.channelCount = 1;
    outp.sampleFormat = paInt16;
    outp.suggestedLatency = info ? info->defaultHighOutputLatency : 0.1;
    m_impl->samples = clip.samples;
    m_impl->rate = clip.rate;
    m_impl->pos = 0;
    PaError e;
    {
        QuietStderr quiet;
        e = Pa_OpenStream(&m_impl->stream, nullptr, &outp, clip.rate, 0, paNoFlag, playCallback, m_impl.get());
        if (e == paInvalidSampleRate && info && info->defaultSampleRate > 0) {
            // Convert once to the device's own rate.
            std::vector<float> f(clip.samples.begin(), clip.samples.end());
            auto rs = resample(f, clip.rate, int(info->defaultSampleRate));
            m_impl->samples.resize(rs.size());
            for (size_t i = 0; i < rs.size(); ++i)
                m_impl->samples[i] = int16_t(std::clamp(std::lround(double(rs[i])), -32768L, 32767L));
            m_impl->rate = info->defaultSampleRate;
            e = Pa_OpenStream(&m_impl->stream, nullptr, &outp, info->defaultSampleRate, 0, paNoFlag, playCallback,
                              m_impl.get());
        }
        if (e == paNoError) e = Pa_StartStream(m_impl->stream);
    }
    if (e != paNoError) {
        if (m_impl->stream) Pa_CloseStream(m_impl->stream);
        m_impl->stream = nullptr;
        error = e == paDeviceUnavailable ? "the speaker is busy or unavailable" : describe(e);
        return false;
    }
    return true;
}

void Player::stop() {
    if (!m_impl->stream) return;
    {
        QuietStderr quiet;
        Pa_AbortStream(m_impl->stream);
        Pa_CloseStream(m_impl->stream);
    }
    m_impl->stream = nullptr;
}

bool Player::playing() const {
    return m_impl->stream && Pa_IsStreamActive(m_impl->stream) == 1;
}

double Player::positionS() const {
    return m_impl->rate > 0 ? double(m_impl->pos.load()) / m_impl->rate : 0;
}

}  // namespace doorway::speech
