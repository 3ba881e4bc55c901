#include "speech/audio_io.hpp"

#include "core/paths.hpp"
#include "core/storage.hpp"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>

namespace doorway::speech {

namespace {

// libsndfile virtual I/O over a string, for reading (sealed files are
// opened in memory; no plaintext touches the disk) and for writing WAVs.
struct MemFile {
    std::string* data;
    sf_count_t pos = 0;
};

sf_count_t memLength(void* user) {
    return sf_count_t(static_cast<MemFile*>(user)->data->size());
}
sf_count_t memSeek(sf_count_t offset, int whence, void* user) {
    auto* f = static_cast<MemFile*>(user);
    sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->pos : sf_count_t(f->data->size());
    sf_count_t p = base + offset;
    if (p < 0) return -1;
    f->pos = p;
    return p;
}
sf_count_t memRead(void* ptr, sf_count_t count, void* user) {
    auto* f = static_cast<MemFile*>(user);
    sf_count_t size = sf_count_t(f->data->size());
    if (f->pos >= size) return 0;
    sf_count_t n = std::min(count, size - f->pos);
    std::memcpy(ptr, f->data->data() + f->pos, size_t(n));
    f->pos += n;
    return n;
}
sf_count_t memWrite(const void* ptr, sf_count_t count, void* user) {
    auto* f = static_cast<MemFile*>(user);
    size_t end = size_t(f->pos + count);
    if (end > f->data->size()) f->data->resize(end);
    std::memcpy(f->data->data() + f->pos, ptr, size_t(count));
    f->pos += count;
    return count;
}
sf_count_t memTell(void* user) {
    return static_cast<MemFile*>(user)->pos;
}

SF_VIRTUAL_IO memIo() {
    return SF_VIRTUAL_IO{memLength, memSeek, memRead, memWrite, memTell};
}

double sinc(double x) {
    if (std::fabs(x) < 1e-9) return 1.0;
    return std::sin(M_PI * x) / (M_PI * x);
}

}  // namespace

int16_t toPcm16(double v) {
    return int16_t(std::clamp(std::lround(v), -32768L, 32767L));
}

// [SECTION] Resampler

struct Resampler::Impl {
    bool identity = false;
    int64_t up = 1, down = 1;  // output i sits at input position i * down / up
    int phases = 1;            // table rows; == up when that is small enough
    int half = 0;              // a row covers inputs base-half+1 .. base+half
    std::vector<float> table;  // phases x (2 * half)
    std::vector<float> buf;    // input not yet consumed
    int64_t bufStart = 0;      // absolute input index of buf[0]
    int64_t inTotal = 0;       // inputs received
    int64_t nextOut = 0;       // index of the next output sample

    // Output `i`'s first input index and its table row.
    void locate(int64_t i, int64_t& base, int& row) const {
        const int64_t num = i * down;
        base = num / up;
        const int64_t rem = num % up;
        if (phases == up) {
            row = int(rem);
            return;
        }
        int64_t p = (rem * phases + up / 2) / up;  // nearest of `phases` sub-positions
        if (p == phases) {
            ++base;
            p = 0;
        }
        row = int(p);
    }

    void produce(std::vector<float>& out, bool final) {
        const int taps = 2 * half;
        for (;;) {
            int64_t base = 0;
            int row = 0;
            locate(nextOut, base, row);
            if (!final && base + half >= inTotal) break;
            if (final && base >= inTotal) break;
            const float* w = table.data() + size_t(row) * size_t(taps);
            const int64_t first = base - half + 1;
            double acc = 0;
            for (int j = 0; j < taps; ++j) {
                const int64_t k = first + j;
                if (k < bufStart || k >= inTotal) continue;  // before the start, or past the end (zeros)
                acc += double(w[j]) * double(buf[size_t(k - bufStart)]);
            }
            out.push_back(float(acc));
            ++nextOut;
        }
        // Drop input no later output can reach.
        int64_t base = 0;
        int row = 0;
        locate(nextOut, base, row);
        const int64_t keepFrom = std::min(inTotal, base - half + 1);
        if (keepFrom > bufStart) {
            buf.erase(buf.begin(), buf.begin() + long(keepFrom - bufStart));
            bufStart = keepFrom;
        }
    }
};

Resampler::Resampler(int inRate, int outRate) : m_impl(std::make_unique<Impl>()) {
    Impl& im = *m_impl;
    if (inRate <= 0 || outRate <= 0 || inRate == outRate) {
        im.identity = true;
        return;
    }
    const int64_t g = std::gcd(int64_t(inRate), int64_t(outRate));
    im.up = outRate / g;
    im.down = inRate / g;
    // Exact phases for the usual rate pairs (44.1 -> 16 kHz needs 160);
    // odd rates use the nearest of 1024 sub-sample positions.
    im.phases = int(std::min<int64_t>(im.up, 1024));
    const double ratio = double(outRate) / double(inRate);
    // Lowpass at the lower of the two Nyquist frequencies (relative to the
    // input rate), so downsampling does not fold high sounds into speech.
    const double cutoff = std::min(1.0, ratio) * 0.97;
    const double halfWidth = 32.0 / cutoff;  // in input samples
    im.half = int(std::ceil(halfWidth)) + 1;
    const int taps = 2 * im.half;
    im.table.assign(size_t(im.phases) * size_t(taps), 0.0f);
    for (int p = 0; p < im.phases; ++p) {
        const double frac = double(p) / double(im.phases);
        for (int j = 0; j < taps; ++j) {
            const double d = double(j - im.half + 1) - frac;  // input index minus position
            if (std::fabs(d) >= halfWidth) continue;
            const double win = 0.42 + 0.5 * std::cos(M_PI * d / halfWidth) + 0.08 * std::cos(2 * M_PI * d / halfWidth);
            im.table[size_t(p) * size_t(taps) + size_t(j)] = float(cutoff * sinc(cutoff * d) * win);
        }
    }
}

Resampler::~Resampler() = default;

void Resampler::process(const float* in, size_t n, std::vector<float>& out) {
    Impl& im = *m_impl;
    if (im.identity) {
        out.insert(out.end(), in, in + n);
        return;
    }
    im.buf.insert(im.buf.end(), in, in + n);
    im.inTotal += int64_t(n);
    im.produce(out, false);
}

void Resampler::flush(std::vector<float>& out) {
    Impl& im = *m_impl;
    if (im.identity) return;
    // As many outputs as a whole conversion gives (floor(n * ratio)); the
    // look-ahead past the end reads as silence.
    const int64_t total = im.inTotal * im.up / im.down;
    const int64_t before = im.nextOut;
    std::vector<float> tail;
    im.produce(tail, true);
    const int64_t keep = std::clamp<int64_t>(total - before, 0, int64_t(tail.size()));
    out.insert(out.end(), tail.begin(), tail.begin() + long(keep));
}

std::vector<float> resample(const std::vector<float>& in, int inRate, int outRate) {
    if (inRate <= 0 || outRate <= 0 || in.empty()) return {};
    if (inRate == outRate) return in;
    Resampler r(inRate, outRate);
    std::vector<float> out;
    out.reserve(size_t(double(in.size()) * double(outRate) / double(inRate)) + 8);
    r.process(in.data(), in.size(), out);
    r.flush(out);
    return out;
}

float rmsLevel(const int16_t* s, size_t n) {
    if (!s || n == 0) return 0;
    double acc = 0;
    for (size_t i = 0; i < n; ++i) acc += double(s[i]) * double(s[i]);
    return float(std::sqrt(acc / double(n)) / 32768.0);
}

// [SECTION] AudioReader

struct AudioReader::Impl {
    std::string name;
    std::string bytes;  // openBytes: the file in memory
    MemFile mem{&bytes};
    SNDFILE* file = nullptr;
    SF_INFO info{};
    std::unique_ptr<Resampler> resampler;
    std::vector<float> block;    // interleaved frames read from the file
    std::vector<float> mono;     // one block mixed down
    std::vector<float> pending;  // converted, not yet handed out
    size_t pendingAt = 0;
    sf_count_t framesRead = 0;
    bool ended = false;

    ~Impl() {
        if (file) sf_close(file);
    }

    // Checks what the header says; false with a sentence naming the file.
    bool check(std::string& error) {
        if (info.channels <= 0 || info.samplerate <= 0 || info.frames <= 0) {
            error = name + ": the recording holds no sound";
            return false;
        }
        if (info.channels > 64 || info.samplerate < 1000 || info.samplerate > 768000) {
            error = name + ": an unusual recording (" + std::to_string(info.channels) + " channels at " +
                    std::to_string(info.samplerate) + " Hz) that this app cannot take in";
            return false;
        }
        const double seconds = double(info.frames) / double(info.samplerate);
        if (seconds > kMaxRecordingS) {
            char buf[160];
            std::snprintf(buf, sizeof buf, ": %.0f minutes long; a take can be at most %.0f minutes", seconds / 60.0,
                          kMaxRecordingS / 60.0);
            error = name + buf + " (cut it into shorter recordings)";
            return false;
        }
        resampler = std::make_unique<Resampler>(info.samplerate, kSampleRate);
        return true;
    }

    // Reads and converts one block; false at the end of the file.
    bool fill(std::string& error) {
        if (ended) return false;
        const sf_count_t want = 4096;
        block.resize(size_t(want) * size_t(info.channels));
        const sf_count_t got = sf_readf_float(file, block.data(), want);
        if (got <= 0) {
            if (framesRead == 0) error = name + ": the audio data could not be read (damaged file?)";
            std::vector<float> tail;
            resampler->flush(tail);
            appendScaled(tail);
            ended = true;
            return false;
        }
        framesRead += got;
        mono.resize(size_t(got));
        const int ch = info.channels;
        for (sf_count_t i = 0; i < got; ++i) {
            double acc = 0;
            for (int c = 0; c < ch; ++c) acc += block[size_t(i) * size_t(ch) + size_t(c)];
            mono[size_t(i)] = float(acc / ch * 32768.0);  // libsndfile reads 16-bit x as x / 32768
        }
        std::vector<float> conv;
        resampler->process(mono.data(), mono.size(), conv);
        appendScaled(conv);
        return true;
    }

    void appendScaled(const std::vector<float>& v) {
        if (pendingAt > 0 && pendingAt == pending.size()) {
            pending.clear();
            pendingAt = 0;
        }
        pending.insert(pending.end(), v.begin(), v.end());
    }
};

AudioReader::AudioReader() : m_impl(std::make_unique<Impl>()) {}
AudioReader::~AudioReader() = default;

bool AudioReader::open(const std::string& path, std::string& error) {
    m_impl = std::make_unique<Impl>();
    Impl& im = *m_impl;
    im.name = path;
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st)) {
        error = path + ": cannot open (no such file)";
        return false;
    }
    if (std::filesystem::is_directory(st)) {
        error = path + ": is a folder, not an audio file";
        return false;
    }
    if (!std::filesystem::is_regular_file(st)) {
        // A FIFO or a device would block the reading (or never end).
        error = path + ": is not a regular file (a device, pipe or socket)";
        return false;
    }
    if (std::filesystem::file_size(path, ec) == 0 && !ec) {
        error = path + ": the file is empty";
        return false;
    }
    im.file = sf_open(path.c_str(), SFM_READ, &im.info);
    if (!im.file) {
        error = path + ": not an audio file this app can read (WAV, FLAC or OGG): " + sf_strerror(nullptr);
        return false;
    }
    return im.check(error);
}

bool AudioReader::openBytes(std::string bytes, const std::string& name, std::string& error) {
    m_impl = std::make_unique<Impl>();
    Impl& im = *m_impl;
    im.name = name;
    if (bytes.empty()) {
        error = name + ": the file is empty";
        return false;
    }
    im.bytes = std::move(bytes);
    SF_VIRTUAL_IO io = memIo();
    im.file = sf_open_virtual(&io, SFM_READ, &im.info, &im.mem);
    if (!im.file) {
        error = name + ": not an audio file this app can read (WAV, FLAC or OGG): " + sf_strerror(nullptr);
        return false;
    }
    return im.check(error);
}

int AudioReader::sourceRate() const {
    return m_impl->info.samplerate;
}
int AudioReader::channels() const {
    return m_impl->info.channels;
}
double AudioReader::seconds() const {
    return m_impl->info.samplerate > 0 ? double(m_impl->info.frames) / double(m_impl->info.samplerate) : 0.0;
}

size_t AudioReader::read(std::vector<int16_t>& out, size_t maxSamples, std::string& error) {
    Impl& im = *m_impl;
    if (!im.file || !im.resampler) return 0;
    while (im.pending.size() - im.pendingAt < maxSamples && im.fill(error)) {
    }
    const size_t n = std::min(maxSamples, im.pending.size() - im.pendingAt);
    out.reserve(out.size() + n);
    for (size_t i = 0; i < n; ++i) out.push_back(toPcm16(double(im.pending[im.pendingAt + i])));
    im.pendingAt += n;
    if (im.pendingAt > 65536 && im.pendingAt * 2 > im.pending.size()) {
        im.pending.erase(im.pending.begin(), im.pending.begin() + long(im.pendingAt));
        im.pendingAt = 0;
    }
    return n;
}

namespace {

bool readAll(AudioReader& reader, AudioClip& out, const std::string& name, std::string& error) {
    out.rate = kSampleRate;
    out.sourceRate = reader.sourceRate();
    out.samples.clear();
    out.samples.reserve(size_t(reader.seconds() * kSampleRate) + 16);
    while (reader.read(out.samples, size_t(kSampleRate) * 10, error) > 0) {
    }
    if (!error.empty()) return false;
    if (out.samples.empty()) {
        error = name + ": the recording holds no sound";
        return false;
    }
    return true;
}

}  // namespace

bool decodeAudio(const std::string& bytes, const std::string& name, AudioClip& out, std::string& error) {
    AudioReader reader;
    if (!reader.openBytes(bytes, name, error)) return false;
    return readAll(reader, out, name, error);
}

bool loadAudioFile(const std::string& path, AudioClip& out, std::string& error, Sealer* sealer) {
    // Plain audio starts with its format's magic; anything else from a
    // sealed workbook's take folder goes through the sealer first.
    auto plainAudio = [](const std::string& head) {
        for (const char* magic : {"RIFF", "RIFX", "fLaC", "OggS", "FORM", "ID3"})
            if (head.rfind(magic, 0) == 0) return true;
        return false;
    };
    std::string head;
    {
        std::ifstream in(path, std::ios::binary);
        char buf[64] = {};
        std::error_code ec;
        if (in && std::filesystem::is_regular_file(path, ec))
            head.assign(buf, size_t(in.read(buf, sizeof buf).gcount()));
    }
    if (head.empty() || plainAudio(head) || !(sealer || head.front() == '{')) {
        // A plain file (or none): read it in blocks, never whole.
        AudioReader reader;
        if (!reader.open(path, error)) return false;
        return readAll(reader, out, path, error);
    }
    std::string bytes;
    std::string readError;
    // A sealed take of the longest recording is well under this.
    if (!readFile(path, bytes, readError, size_t(1) << 30)) {
        error = readError.find(path) == std::string::npos ? path + ": " + readError : readError;
        return false;
    }
    if (sealer) {
        try {
            bytes = sealer->open(bytes);
        } catch (const std::exception& e) {
            error = path + ": " + e.what();
            return false;
        }
    } else if (looksSealed(bytes)) {
        error = path + ": this recording is sealed with the workbook's passphrase; open the workbook first";
        return false;
    }
    return decodeAudio(bytes, path, out, error);
}

std::string encodeWav(const AudioClip& clip) {
    std::string bytes;
    MemFile mf{&bytes};
    SF_VIRTUAL_IO io = memIo();
    SF_INFO info{};
    info.samplerate = clip.rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* f = sf_open_virtual(&io, SFM_WRITE, &info, &mf);
    if (!f) return {};
    sf_writef_short(f, clip.samples.data(), sf_count_t(clip.samples.size()));
    sf_close(f);
    return bytes;
}

bool writeAudioFile(const std::string& path, const AudioClip& clip, std::string& error, Sealer* sealer) {
    std::string bytes = encodeWav(clip);
    if (bytes.empty()) {
        error = path + ": could not encode the recording";
        return false;
    }
    if (sealer) {
        try {
            bytes = sealer->seal(bytes);
        } catch (const std::exception& e) {
            error = path + ": " + e.what();
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    auto r = writeFileAtomic(path, bytes, false);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    return true;
}

}  // namespace doorway::speech
