// A pretend sound card for tests and screenshots: an ALSA external PCM
// plugin ("type doorway_fake") that records from a file and plays into a
// file, in real time, with no hardware, no kernel module and no sound
// server. PortAudio's ALSA host API lists it like any card, so the app's
// own capture and playback code runs unchanged.
//
// ALSA's built-in `file` plugin can read an infile, but over a `null` slave
// it has no clock: it hands over millions of frames a second. A microphone
// that speaks faster than real time would not test what a person sees, so
// this plugin keeps the pace with the monotonic clock and wakes poll() with
// a timerfd.
//
// Config (an ~/.asoundrc the test writes):
//   pcm_type.doorway_fake { lib "/path/to/libasound_module_pcm_doorway_fake.so" }
//   pcm.doorway_mic {
//       type doorway_fake
//       infile "/path/take.wav"   # capture: 16-bit mono WAV, or raw S16_LE (rate below)
//       rate 16000                # raw infile only; a WAV says its own rate
//       lead_ms 300               # silence before the file, as when a person draws breath
//       outfile "/path/out.raw"   # playback: S16_LE of the first channel is appended here
//   }
// After the infile ends the microphone keeps delivering silence, like a
// quiet room. Without an infile the PCM cannot record; without an outfile
// playback is kept in time and thrown away.
#include <alsa/asoundlib.h>
#include <alsa/pcm_external.h>

#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct FakePcm {
    snd_pcm_ioplug_t io{};
    int timerFd = -1;
    std::vector<int16_t> input;  // what the microphone "hears", lead silence included
    size_t inputPos = 0;
    unsigned inputRate = 16000;
    std::string outPath;
    std::FILE* out = nullptr;
    bool running = false;
    double last = 0;            // monotonic seconds at the last pointer update
    double owed = 0;            // frames of time not yet moved
    snd_pcm_uframes_t hw = 0;   // frames the device has moved since prepare
    snd_pcm_uframes_t availMin = 1;
};

double monotonicNow() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

uint32_t le32(const unsigned char* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
uint16_t le16(const unsigned char* p) { return uint16_t(p[0] | p[1] << 8); }

// A 16-bit mono PCM WAV (what flite writes) or headerless S16_LE.
bool loadInput(const std::string& path, FakePcm& pcm, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open infile " + path;
        return false;
    }
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t dataAt = 0, dataLen = bytes.size();
    if (bytes.size() >= 12 && std::memcmp(bytes.data(), "RIFF", 4) == 0 && std::memcmp(bytes.data() + 8, "WAVE", 4) == 0) {
        size_t at = 12;
        bool haveFormat = false;
        dataLen = 0;
        while (at + 8 <= bytes.size()) {
            uint32_t len = le32(&bytes[at + 4]);
            const unsigned char* body = &bytes[at + 8];
            if (std::memcmp(&bytes[at], "fmt ", 4) == 0 && len >= 16 && at + 8 + 16 <= bytes.size()) {
                if (le16(body) != 1 || le16(body + 2) != 1 || le16(body + 14) != 16) {
                    error = path + ": only 16-bit mono PCM WAV";
                    return false;
                }
                pcm.inputRate = le32(body + 4);
                haveFormat = true;
            } else if (std::memcmp(&bytes[at], "data", 4) == 0) {
                dataAt = at + 8;
                dataLen = std::min<size_t>(len, bytes.size() - dataAt);
                break;
            }
            at += 8 + len + (len & 1);
        }
        if (!haveFormat || dataAt == 0) {
            error = path + ": no fmt or data chunk";
            return false;
        }
    }
    size_t lead = pcm.input.size();  // lead silence was added before
    pcm.input.resize(lead + dataLen / 2);
    for (size_t i = 0; i < dataLen / 2; ++i) pcm.input[lead + i] = int16_t(le16(&bytes[dataAt + 2 * i]));
    return true;
}

FakePcm* self(snd_pcm_ioplug_t* io) { return static_cast<FakePcm*>(io->private_data); }

// Moves the device pointer by the time that passed, never more than the
// buffer holds: a stalled reader waits for the "speaker" instead of losing
// words, which keeps a test's transcript deterministic.
snd_pcm_sframes_t fakePointer(snd_pcm_ioplug_t* io) {
    FakePcm* p = self(io);
    if (p->running && io->buffer_size > 0) {
        double now = monotonicNow();
        p->owed += (now - p->last) * double(io->rate);
        p->last = now;
        snd_pcm_uframes_t avail = snd_pcm_ioplug_avail(io, io->hw_ptr, io->appl_ptr);
        snd_pcm_uframes_t room = avail >= io->buffer_size ? 0 : io->buffer_size - avail;
        auto step = snd_pcm_uframes_t(p->owed);
        if (step >= room) {
            step = room;
            p->owed = 0;
        } else {
            p->owed -= double(step);
        }
        p->hw += step;
    }
    return snd_pcm_sframes_t(io->buffer_size ? p->hw % io->buffer_size : 0);
}

int16_t* sampleAt(const snd_pcm_channel_area_t& a, snd_pcm_uframes_t frame) {
    return reinterpret_cast<int16_t*>(static_cast<char*>(a.addr) + (a.first + a.step * frame) / 8);
}

snd_pcm_sframes_t fakeTransfer(snd_pcm_ioplug_t* io, const snd_pcm_channel_area_t* areas, snd_pcm_uframes_t offset,
                               snd_pcm_uframes_t size) {
    FakePcm* p = self(io);
    if (io->stream == SND_PCM_STREAM_CAPTURE) {
        for (snd_pcm_uframes_t i = 0; i < size; ++i) {
            int16_t s = p->inputPos < p->input.size() ? p->input[p->inputPos++] : 0;
            for (unsigned c = 0; c < io->channels; ++c) *sampleAt(areas[c], offset + i) = s;
        }
    } else if (p->out) {
        std::vector<int16_t> mono(size);
        for (snd_pcm_uframes_t i = 0; i < size; ++i) mono[i] = *sampleAt(areas[0], offset + i);
        std::fwrite(mono.data(), sizeof(int16_t), mono.size(), p->out);
        std::fflush(p->out);
    }
    return snd_pcm_sframes_t(size);
}

int fakeStart(snd_pcm_ioplug_t* io) {
    FakePcm* p = self(io);
    p->running = true;
    p->last = monotonicNow();
    p->owed = 0;
    return 0;
}

int fakeStop(snd_pcm_ioplug_t* io) {
    self(io)->running = false;
    return 0;
}

int fakePrepare(snd_pcm_ioplug_t* io) {
    FakePcm* p = self(io);
    p->running = false;
    p->hw = 0;
    p->owed = 0;
    return 0;
}

// poll() wakes a few times a period; whether that is readiness depends on
// how much the clock has moved.
int fakeHwParams(snd_pcm_ioplug_t* io, snd_pcm_hw_params_t*) {
    FakePcm* p = self(io);
    double periodS = io->rate ? double(io->period_size) / double(io->rate) : 0.01;
    long ns = std::clamp(long(periodS * 1e9 / 2), 1000000L, 50000000L);
    itimerspec t{};
    t.it_interval.tv_nsec = ns;
    t.it_value.tv_nsec = ns;
    timerfd_settime(p->timerFd, 0, &t, nullptr);
    return 0;
}

int fakeSwParams(snd_pcm_ioplug_t* io, snd_pcm_sw_params_t* params) {
    snd_pcm_uframes_t m = 1;
    if (snd_pcm_sw_params_get_avail_min(params, &m) == 0) self(io)->availMin = std::max<snd_pcm_uframes_t>(1, m);
    return 0;
}

int fakePollRevents(snd_pcm_ioplug_t* io, struct pollfd* pfd, unsigned nfds, unsigned short* revents) {
    FakePcm* p = self(io);
    *revents = 0;
    if (nfds < 1) return 0;
    uint64_t ticks = 0;
    if (pfd[0].revents & POLLIN) {
        ssize_t got = ::read(p->timerFd, &ticks, sizeof ticks);
        (void)got;  // nonblocking: nothing to read only means no tick yet
    }
    snd_pcm_sframes_t avail = snd_pcm_avail_update(io->pcm);
    if (avail < 0) *revents = POLLERR;
    else if (snd_pcm_uframes_t(avail) >= p->availMin) *revents = io->stream == SND_PCM_STREAM_CAPTURE ? POLLIN : POLLOUT;
    return 0;
}

int fakeClose(snd_pcm_ioplug_t* io) {
    FakePcm* p = self(io);
    if (p->out) std::fclose(p->out);
    if (p->timerFd >= 0) ::close(p->timerFd);
    delete p;
    return 0;
}

const snd_pcm_ioplug_callback_t kCallbacks = [] {
    snd_pcm_ioplug_callback_t c{};
    c.start = fakeStart;
    c.stop = fakeStop;
    c.pointer = fakePointer;
    c.transfer = fakeTransfer;
    c.close = fakeClose;
    c.hw_params = fakeHwParams;
    c.sw_params = fakeSwParams;
    c.prepare = fakePrepare;
    c.poll_revents = fakePollRevents;
    return c;
}();

int configString(snd_config_t* n, std::string& out) {
    const char* s = nullptr;
    if (snd_config_get_string(n, &s) < 0) return -EINVAL;
    out = s;
    return 0;
}

}  // namespace

extern "C" {

SND_PCM_PLUGIN_DEFINE_FUNC(doorway_fake) {
    (void)root;
    std::string infile, outfile;
    long rate = 16000, leadMs = 0;
    snd_config_iterator_t i, next;
    snd_config_for_each(i, next, conf) {
        snd_config_t* n = snd_config_iterator_entry(i);
        const char* id = nullptr;
        if (snd_config_get_id(n, &id) < 0) continue;
        std::string key = id;
        int err = 0;
        if (key == "comment" || key == "type" || key == "hint") continue;
        if (key == "infile") err = configString(n, infile);
        else if (key == "outfile") err = configString(n, outfile);
        else if (key == "rate") err = snd_config_get_integer(n, &rate);
        else if (key == "lead_ms") err = snd_config_get_integer(n, &leadMs);
        else err = -EINVAL;
        if (err < 0) {
            SNDERR("doorway_fake: bad or unknown field %s", id);
            return -EINVAL;
        }
    }
    if (stream == SND_PCM_STREAM_CAPTURE && infile.empty()) return -ENODEV;  // a speaker only

    auto* p = new FakePcm;
    p->inputRate = unsigned(std::clamp(rate, 4000L, 192000L));
    if (stream == SND_PCM_STREAM_CAPTURE) {
        std::string error;
        // The lead is sized once the file's rate is known.
        if (!loadInput(infile, *p, error)) {
            SNDERR("doorway_fake: %s", error.c_str());
            delete p;
            return -ENOENT;
        }
        size_t lead = size_t(std::max(0L, leadMs)) * p->inputRate / 1000;
        p->input.insert(p->input.begin(), lead, int16_t(0));
    } else if (!outfile.empty()) {
        p->out = std::fopen(outfile.c_str(), "ab");
        if (!p->out) {
            SNDERR("doorway_fake: cannot write %s", outfile.c_str());
            delete p;
            return -EACCES;
        }
    }
    p->timerFd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (p->timerFd < 0) {
        int e = errno;
        if (p->out) std::fclose(p->out);
        delete p;
        return -e;
    }
    // Ticks before hw_params too, so a poll() before then cannot hang.
    itimerspec t{};
    t.it_interval.tv_nsec = 10000000;
    t.it_value.tv_nsec = 10000000;
    timerfd_settime(p->timerFd, 0, &t, nullptr);

    snd_pcm_ioplug_t& io = p->io;
    io.version = SND_PCM_IOPLUG_VERSION;
    io.name = "Doorway fake sound card";
    io.callback = &kCallbacks;
    io.private_data = p;
    io.poll_fd = p->timerFd;
    io.poll_events = POLLIN;
    io.mmap_rw = 0;
    int err = snd_pcm_ioplug_create(&io, name, stream, mode);
    if (err < 0) {
        ::close(p->timerFd);
        if (p->out) std::fclose(p->out);
        delete p;
        return err;
    }
    static const unsigned kAccess[] = {SND_PCM_ACCESS_MMAP_INTERLEAVED, SND_PCM_ACCESS_RW_INTERLEAVED};
    static const unsigned kFormat[] = {SND_PCM_FORMAT_S16_LE};
    static const unsigned kPlayRates[] = {8000, 11025, 16000, 22050, 32000, 44100, 48000};
    snd_pcm_ioplug_set_param_list(&io, SND_PCM_IOPLUG_HW_ACCESS, 2, kAccess);
    snd_pcm_ioplug_set_param_list(&io, SND_PCM_IOPLUG_HW_FORMAT, 1, kFormat);
    snd_pcm_ioplug_set_param_minmax(&io, SND_PCM_IOPLUG_HW_CHANNELS, 1, 2);
    if (stream == SND_PCM_STREAM_CAPTURE) snd_pcm_ioplug_set_param_list(&io, SND_PCM_IOPLUG_HW_RATE, 1, &p->inputRate);
    else snd_pcm_ioplug_set_param_list(&io, SND_PCM_IOPLUG_HW_RATE, 7, kPlayRates);
    snd_pcm_ioplug_set_param_minmax(&io, SND_PCM_IOPLUG_HW_PERIOD_BYTES, 64, 64 * 1024);
    snd_pcm_ioplug_set_param_minmax(&io, SND_PCM_IOPLUG_HW_BUFFER_BYTES, 256, 1024 * 1024);
    snd_pcm_ioplug_set_param_minmax(&io, SND_PCM_IOPLUG_HW_PERIODS, 2, 64);
    *pcmp = io.pcm;
    return 0;
}

SND_PCM_PLUGIN_SYMBOL(doorway_fake)

}  // extern "C"
