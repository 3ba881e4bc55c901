#include "speech/audio_io.hpp"

#include "core/paths.hpp"
#include "core/storage.hpp"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

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

std::vector<float> resample(const std::vector<float>& in, int inRate, int outRate) {
    if (inRate <= 0 || outRate <= 0 || in.empty()) return {};
    if (inRate == outRate) return in;
    const double ratio = double(outRate) / double(inRate);
    // Lowpass at the lower of the two Nyquist frequencies (relative to the
    // input rate), so downsampling does not fold high sounds into speech.
    const double cutoff = std::min(1.0, ratio) * 0.97;
    const int zeroCrossings = 32;
    const double halfWidth = double(zeroCrossings) / cutoff;  // in input samples
    const size_t outLen = size_t(std::floor(double(in.size()) * ratio));
    std::vector<float> out(outLen);
    const long n = long(in.size());
    for (size_t i = 0; i < outLen; ++i) {
        double t = double(i) / ratio;  // position in input samples
        long lo = std::max(0L, long(std::ceil(t - halfWidth)));
        long hi = std::min(n - 1, long(std::floor(t + halfWidth)));
        double acc = 0;
        for (long k = lo; k <= hi; ++k) {
            double d = double(k) - t;
            double w = 0.42 + 0.5 * std::cos(M_PI * d / halfWidth) + 0.08 * std::cos(2 * M_PI * d / halfWidth);
            acc += double(in[size_t(k)]) * cutoff * sinc(cutoff * d) * w;
        }
        out[i] = float(acc);
    }
    return out;
}

float rmsLevel(const int16_t* s, size_t n) {
    if (!s || n == 0) return 0;
    double acc = 0;
    for (size_t i = 0; i < n; ++i) acc += double(s[i]) * double(s[i]);
    return float(std::sqrt(acc / double(n)) / 32768.0);
}

bool decodeAudio(const std::string& bytesIn, const std::string& name, AudioClip& out, std::string& error) {
    if (bytesIn.empty()) {
        error = name + ": the file is empty";
        return false;
    }
    std::string bytes = bytesIn;  // libsndfile's I/O wants a mutable buffer
    MemFile mf{&bytes};
    SF_VIRTUAL_IO io = memIo();
    SF_INFO info{};
    SNDFILE* f = sf_open_virtual(&io, SFM_READ, &info, &mf);
    if (!f) {
        error = name + ": not an audio file this app can read (WAV, FLAC or OGG): " + sf_strerror(nullptr);
        return false;
    }
    if (info.channels <= 0 || info.samplerate <= 0 || info.frames <= 0) {
        sf_close(f);
        error = name + ": the recording holds no sound";
        return false;
    }
    if (info.frames > sf_count_t(info.samplerate) * 60 * 60 * 3) {
        sf_close(f);
        error = name + ": longer than three hours, too long for a take";
        return false;
    }
    std::vector<float> inter(size_t(info.frames) * size_t(info.channels));
    sf_count_t got = sf_readf_float(f, inter.data(), info.frames);
    sf_close(f);
    if (got <= 0) {
        error = name + ": the audio data could not be read (damaged file?)";
        return false;
    }
    // Mix down to mono by averaging the channels.
    std::vector<float> mono(static_cast<size_t>(got));
    for (sf_count_t i = 0; i < got; ++i) {
        double acc = 0;
        for (int c = 0; c < info.channels; ++c) acc += inter[size_t(i) * size_t(info.channels) + size_t(c)];
        mono[size_t(i)] = float(acc / info.channels);
    }
    auto rs = resample(mono, info.samplerate, kSampleRate);
    out.rate = kSampleRate;
    out.samples.resize(rs.size());
    for (size_t i = 0; i < rs.size(); ++i)
        out.samples[i] = int16_t(std::clamp(std::lround(double(rs[i]) * 32767.0), -32768L, 32767L));
    if (out.samples.empty()) {
        error = name + ": the recording holds no sound";
        return false;
    }
    return true;
}

bool loadAudioFile(const std::string& path, AudioClip& out, std::string& error, Sealer* sealer) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = path + ": is a folder, not an audio file";
        return false;
    }
    std::string bytes;
    std::string readError;
    if (!readFile(path, bytes, readError, size_t(1) << 30)) {
        error = readError.find(path) == std::string::npos ? path + ": " + readError : readError;
        return false;
    }
    // Plain audio starts with its format's magic; anything else from a
    // sealed workbook's take folder goes through the sealer first.
    auto plainAudio = [&] {
        for (const char* magic : {"RIFF", "RIFX", "fLaC", "OggS", "FORM", "ID3"})
            if (bytes.rfind(magic, 0) == 0) return true;
        return false;
    };
    if (!plainAudio() && sealer) {
        try {
            bytes = sealer->open(bytes);
        } catch (const std::exception& e) {
            error = path + ": " + e.what();
            return false;
        }
    } else if (!plainAudio() && looksSealed(bytes)) {
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
