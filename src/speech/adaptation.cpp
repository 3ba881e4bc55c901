#include "speech/adaptation.hpp"

#include "core/paths.hpp"
#include "core/storage.hpp"
#include "speech/input_quality.hpp"
#include "speech/language_model.hpp"
#include "speech/metrics.hpp"
#include "speech/noise_adaptation.hpp"

#include <pocketsphinx.h>
#include <sphinxbase/cmd_ln.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

// PocketSphinx exports these but its -dev package ships no header for them.
extern "C" {
struct bin_mdef_s;
bin_mdef_s* bin_mdef_read(cmd_ln_t* config, const char* filename);
int bin_mdef_write_text(bin_mdef_s* m, const char* filename);
int bin_mdef_free(bin_mdef_s* m);
}

extern char** environ;

namespace doorway::speech {

namespace fs = std::filesystem;

// The largest profile read: the means file (838,732 bytes for en-us) and a
// seal's envelope around it.
constexpr size_t kMaxProfileBytes = 2u << 20;

const std::vector<std::string>& teachingSentences() {
    static const std::vector<std::string> k = {
        "Thank you for sitting down with me tonight, I know the week has been long.",
        "I have been thinking about how we talk when we are both tired.",
        "Would you be willing to meet a counselor with me just once?",
        "We could choose someone together and decide after the first visit.",
        "I miss the evenings when we laughed about small, silly things.",
        "It is not about who is right, it is about feeling close again.",
        "Maybe we could try a short video call from home on Sunday.",
        "I will look up a few names and you can pick the one you want.",
        "If it feels strange, we can stop, and nothing is lost.",
        "My sister says it helped her and her husband listen to each other.",
        "Please take your time, you do not have to answer right away.",
        "Whatever you decide, I am glad we could talk about it calmly.",
    };
    return k;
}

namespace {

// A private folder for one adaptation run: features of the person's voice
// pass through it, so it is made 0700 (in memory when $XDG_RUNTIME_DIR is
// there) and removed whatever happens.
class Workspace {
public:
    Workspace() {
        std::string base;
        if (const char* r = std::getenv("XDG_RUNTIME_DIR"); r && *r && ::access(r, W_OK) == 0)
            base = r;
        else
            base = fs::temp_directory_path().string();
        std::string tmpl = base + "/doorway-voice-XXXXXX";
        if (char* p = ::mkdtemp(tmpl.data())) m_path = p;
    }
    ~Workspace() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
    }
    bool ok() const { return !m_path.empty(); }
    std::string file(const std::string& name) const { return (fs::path(m_path) / name).string(); }

private:
    std::string m_path;
};

// The model's feat.params as "-key value" pairs.
std::vector<std::pair<std::string, std::string>> featParams(const std::string& hmm) {
    std::vector<std::pair<std::string, std::string>> out;
    std::ifstream in(hmm + "/feat.params");
    std::string k, v;
    while (in >> k >> v)
        if (!k.empty() && k[0] == '-') out.emplace_back(k, v);
    return out;
}

std::string param(const std::vector<std::pair<std::string, std::string>>& ps, const std::string& key,
                  const std::string& fallback) {
    for (const auto& [k, v] : ps)
        if (k == key) return v;
    return fallback;
}

// Runs a sphinxtrain tool with its output in `log`; true on exit code 0.
bool runTool(const std::string& exe, const std::vector<std::string>& args, const std::string& log) {
    std::vector<std::string> argv = {exe};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(a.data());
    cargv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, exe.c_str(), &fa, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) return false;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// The last line of a tool's log that says what went wrong.
std::string lastError(const std::string& log) {
    std::ifstream in(log);
    std::string line, found;
    while (std::getline(in, line))
        if (line.find("ERROR") != std::string::npos || line.find("FATAL") != std::string::npos) found = line;
    return found;
}

bool writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    return bool(out);
}

template <typename T>
void put(std::string& s, T v) {
    s.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// The model's mixture weights as sphinxtrain's float file, rebuilt from
// the 8-bit sendump PocketSphinx loads (each byte is -log(w) in units of
// 1024 steps of log base 1.0001, its SENSCR_SHIFT). `nSenones` from mdef.
bool sendumpToMixw(const std::string& sendump, const std::string& out, std::string& error) {
    std::ifstream in(sendump, std::ios::binary);
    std::string d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t p = 0;
    auto i32 = [&](int32_t& v) {
        if (p + 4 > d.size()) return false;
        std::memcpy(&v, d.data() + p, 4);
        p += 4;
        return true;
    };
    int32_t n = 0;
    int nFeat = 1, nClust = 0;
    // Title, header, then header strings up to an empty one.
    for (int k = 0;; ++k) {
        if (!i32(n) || n < 0 || p + size_t(n) > d.size()) {
            error = "the model's sendump could not be read";
            return false;
        }
        if (n == 0 && k >= 2) break;
        std::string line(d.data() + p, size_t(n));
        p += size_t(n);
        if (line.rfind("feature_count ", 0) == 0) nFeat = std::atoi(line.c_str() + 14);
        if (line.rfind("cluster_count ", 0) == 0) nClust = std::atoi(line.c_str() + 14);
    }
    int32_t rows = 0, cols = 0;
    if (nClust != 0 || !i32(rows) || !i32(cols) || rows <= 0 || cols <= 0 || nFeat <= 0 ||
        p + size_t(nFeat) * size_t(rows) * size_t(cols) > d.size()) {
        error = "the model's sendump has a layout this app cannot rebuild (clustered or truncated)";
        return false;
    }
    const int nDensity = rows, nSen = cols;
    const double unit = 1024.0 * std::log(1.0001);
    std::vector<float> w(size_t(nSen) * size_t(nFeat) * size_t(nDensity));
    for (int f = 0; f < nFeat; ++f)
        for (int c = 0; c < nDensity; ++c)
            for (int s = 0; s < nSen; ++s) {
                const uint8_t q = uint8_t(d[p++]);
                w[(size_t(s) * size_t(nFeat) + size_t(f)) * size_t(nDensity) + size_t(c)] = float(std::exp(-q * unit));
            }
    for (size_t row = 0; row < size_t(nSen) * size_t(nFeat); ++row) {
        double sum = 0;
        for (int c = 0; c < nDensity; ++c) sum += w[row * size_t(nDensity) + size_t(c)];
        for (int c = 0; c < nDensity && sum > 0; ++c)
            w[row * size_t(nDensity) + size_t(c)] = float(w[row * size_t(nDensity) + size_t(c)] / sum);
    }
    std::string s = "s3\nversion 1.0\nendhdr\n";
    put<uint32_t>(s, 0x11223344u);
    put<int32_t>(s, nSen);
    put<int32_t>(s, nFeat);
    put<int32_t>(s, nDensity);
    put<int32_t>(s, int32_t(w.size()));
    s.append(reinterpret_cast<const char*>(w.data()), w.size() * sizeof(float));
    if (!writeBytes(out, s)) {
        error = "could not write a temporary file for the adaptation";
        return false;
    }
    return true;
}

// MFCC features of cleaned audio, written in Sphinx's .mfc layout (a count
// of floats, then the floats), with the model's own front-end settings.
bool writeFeatures(fe_t* fe, const std::vector<int16_t>& audio, const std::string& path) {
    const int ceplen = fe_get_output_size(fe);
    fe_start_utt(fe);
    std::vector<float> all;
    const int16_t* p = audio.data();
    size_t left = audio.size();
    std::vector<mfcc_t> block(size_t(ceplen) * 64);
    std::vector<mfcc_t*> rows(64);
    for (int i = 0; i < 64; ++i) rows[size_t(i)] = block.data() + size_t(i) * size_t(ceplen);
    while (left > 0) {
        int32 nfr = 64;
        const size_t before = left;
        fe_process_frames(fe, &p, &left, rows.data(), &nfr, nullptr);
        for (int i = 0; i < nfr; ++i) all.insert(all.end(), rows[size_t(i)], rows[size_t(i)] + ceplen);
        if (nfr == 0 && left == before) break;
    }
    int32 nfr = 0;
    fe_end_utt(fe, block.data(), &nfr);
    if (nfr > 0) all.insert(all.end(), block.begin(), block.begin() + long(nfr) * ceplen);
    if (all.empty()) return false;
    std::string s;
    put<int32_t>(s, int32_t(all.size()));
    s.append(reinterpret_cast<const char*>(all.data()), all.size() * sizeof(float));
    return writeBytes(path, s);
}

// The text as the dictionary spells it, words it lacks reported.
std::string transcriptWords(const std::string& text, const Vocabulary& vocab, std::string& missing) {
    std::string out;
    for (const auto& w : splitWords(text)) {
        if (!vocab.contains(w)) missing += (missing.empty() ? "" : ", ") + w;
        out += (out.empty() ? "" : " ") + w;
    }
    return out;
}

bool finiteNumbers(std::istringstream& in, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        double v = 0;
        if (!(in >> v) || !std::isfinite(v)) return false;
    }
    return true;
}

}  // namespace

bool mllrFits(const std::string& mllr, const std::string& modelDir) {
    // The model's stream lengths, from the means file's header.
    std::ifstream in(modelDir + "/en-us/means", std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(size_t(in.gcount()));
    const size_t at = head.find("endhdr\n");
    if (at == std::string::npos || at + 7 + 16 > head.size()) return false;
    int32_t v[4];
    std::memcpy(v, head.data() + at + 7, sizeof v);  // magic, n_mgau, n_feat, n_density
    if (v[0] != 0x11223344 || v[2] <= 0 || v[2] > 8 || at + 7 + 16 + size_t(v[2]) * 4 > head.size()) return false;
    std::vector<int32_t> veclen(static_cast<size_t>(v[2]));
    std::memcpy(veclen.data(), head.data() + at + 7 + 16, veclen.size() * 4);

    std::istringstream t(mllr);
    int nClass = 0, nFeat = 0;
    if (!(t >> nClass >> nFeat) || nClass != 1 || nFeat != v[2]) return false;
    for (int f = 0; f < nFeat; ++f) {
        int len = 0;
        if (!(t >> len) || len != veclen[size_t(f)]) return false;
        if (!finiteNumbers(t, size_t(len) * size_t(len) + 2 * size_t(len))) return false;
    }
    std::string rest;
    return !(t >> rest);
}

namespace {

// The dimensions after a Sphinx parameter file's "endhdr\n": magic, codebooks,
// streams, densities, then each stream's length. Empty when unreadable.
std::vector<int32_t> meansLayout(const std::string& bytes, size_t& dataAt) {
    const size_t at = bytes.find("endhdr\n");
    if (at == std::string::npos || at + 7 + 16 > bytes.size()) return {};
    int32_t v[4];
    std::memcpy(v, bytes.data() + at + 7, sizeof v);
    if (v[0] != 0x11223344 || v[2] <= 0 || v[2] > 8 || at + 7 + 16 + size_t(v[2]) * 4 + 4 > bytes.size()) return {};
    std::vector<int32_t> out(v, v + 4);
    out.resize(4 + size_t(v[2]));
    std::memcpy(out.data() + 4, bytes.data() + at + 7 + 16, size_t(v[2]) * 4);
    dataAt = at + 7 + 16 + size_t(v[2]) * 4;
    return out;
}

}  // namespace

bool meansFit(const std::string& bytes, const std::string& modelDir) {
    std::string model, error;
    if (!readFile(modelDir + "/en-us/means", model, error, kMaxProfileBytes)) return false;
    size_t modelAt = 0, at = 0;
    const auto want = meansLayout(model, modelAt), got = meansLayout(bytes, at);
    if (want.empty() || got != want) return false;
    // Then the count of floats, the floats, and a checksum.
    int32_t count = 0;
    std::memcpy(&count, bytes.data() + at, 4);
    size_t expect = size_t(want[1]) * size_t(want[3]);
    size_t perDensity = 0;
    for (size_t f = 4; f < want.size(); ++f) perDensity += size_t(want[f]);
    expect *= perDensity;
    if (count < 0 || size_t(count) != expect || at + 4 + expect * 4 > bytes.size() ||
        bytes.size() > at + 4 + expect * 4 + 4)
        return false;
    for (size_t i = 0; i < expect; ++i) {
        float x = 0;
        std::memcpy(&x, bytes.data() + at + 4 + i * 4, 4);
        if (!std::isfinite(x)) return false;
    }
    // PocketSphinx ends the program on a checksum that does not match, so
    // it is checked here first: sphinxbase's, over every 32-bit word after
    // the byte-order mark (sum rotated left by 20, plus the word).
    if (bytes.size() != at + 4 + expect * 4 + 4) return true;  // written without one
    const size_t from = bytes.find("endhdr\n") + 7 + 4, to = bytes.size() - 4;
    uint32_t sum = 0, stored = 0;
    for (size_t p = from; p < to; p += 4) {
        uint32_t w = 0;
        std::memcpy(&w, bytes.data() + p, 4);
        sum = ((sum << 20) | (sum >> 12)) + w;
    }
    std::memcpy(&stored, bytes.data() + to, 4);
    return sum == stored;
}

bool voiceProfileFits(const std::string& bytes, const std::string& modelDir) {
    return meansFit(bytes, modelDir) || mllrFits(bytes, modelDir);
}

std::string adaptationToolsProblem(const AdaptOptions& o) {
    for (const char* tool : {"bw", "mllr_solve", "mllr_transform", "map_adapt"}) {
        const std::string path = o.toolsDir + "/" + tool;
        if (::access(path.c_str(), X_OK) != 0)
            return "the tools that learn a voice are missing (" + path + "); install Debian's sphinxtrain package";
    }
    return {};
}

namespace {

// The teaching takes as features in the workspace, with train.ctl and
// train.lsn beside them. The cleaning is the recogniser's: the suppression
// level the room asks for (the takes judged together, one sitting), and
// sphinxbase's settings as the decoder has them.
bool writeTeachingSet(const std::vector<TeachingTake>& takes, const AdaptOptions& o, const Workspace& ws,
                      const std::vector<std::pair<std::string, std::string>>& params, std::string& error) {
    std::vector<std::string> feArgs = {"-samprate", "16000", "-remove_silence", o.featureVad ? "yes" : "no"};
    for (const auto& [k, v] : params)
        for (const char* key : {"-lowerf", "-upperf", "-nfilt", "-transform", "-lifter", "-ncep"})
            if (k == key) feArgs.insert(feArgs.end(), {k, v});
    if (o.warp > 0)
        feArgs.insert(feArgs.end(), {"-warp_type", "inverse_linear", "-warp_params", std::to_string(o.warp)});
    std::vector<char*> cargs;
    for (auto& a : feArgs) cargs.push_back(a.data());
    cmd_ln_t* feConfig = cmd_ln_parse_r(nullptr, fe_get_args(), int(cargs.size()), cargs.data(), FALSE);
    fe_t* fe = feConfig ? fe_init_auto_r(feConfig) : nullptr;
    if (!fe) {
        if (feConfig) cmd_ln_free_r(feConfig);
        error = "the speech features could not be set up";
        return false;
    }
    FrontEndOptions front = o.frontEnd;
    if (o.roomLevel) {
        InputQuality room(0, InputSource::Live);
        for (const auto& t : takes) room.add(t.audio.samples.data(), t.audio.samples.size());
        const InputReport r = room.report();
        front.suppressionLevel =
            suppressionLevelFor(front, roomJudged(r) ? std::optional<double>(r.snrDb) : std::nullopt);
    }
    const Vocabulary& vocab = Vocabulary::forModelDir(o.modelDir);
    std::string ctl, lsn, missing;
    for (size_t i = 0; i < takes.size(); ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "t%03zu", i);
        FrontEnd clean(front);
        std::vector<int16_t> audio;
        std::vector<uint8_t> voiced;
        clean.process(takes[i].audio.samples.data(), takes[i].audio.samples.size(), audio, voiced);
        clean.flush(audio, voiced);
        if (!writeFeatures(fe, audio, ws.file(std::string(id) + ".mfc"))) continue;
        ctl += std::string(id) + "\n";
        lsn += "<s> " + transcriptWords(takes[i].text, vocab, missing) + " </s> (" + id + ")\n";
    }
    fe_free(fe);
    cmd_ln_free_r(feConfig);
    if (!missing.empty()) {
        error = "these words are not in the speech dictionary: " + missing;
        return false;
    }
    if (!writeBytes(ws.file("train.ctl"), ctl) || !writeBytes(ws.file("train.lsn"), lsn)) {
        error = "could not write a temporary file for the adaptation";
        return false;
    }
    return true;
}

// One round: bw counts how the model's Gaussians are used by the takes
// (aligned through `prior`, the last round's transform, when there is one)
// and mllr_solve fits the means' transform to the counts.
bool solveRound(const AdaptOptions& o, const Workspace& ws,
                const std::vector<std::pair<std::string, std::string>>& params, const std::string& prior,
                std::string& error, const std::string& meansFn = {}) {
    const std::string hmm = o.modelDir + "/en-us", dict = o.modelDir + "/cmudict-en-us.dict";
    std::error_code ec;
    fs::remove_all(ws.file("acc"), ec);
    fs::create_directories(ws.file("acc"));
    const std::string log = ws.file("tools.log");
    std::vector<std::string> bwArgs = {"-hmmdir",   hmm,
                                       "-moddeffn", ws.file("mdef.txt"),
                                       "-ts2cbfn",  ".ptm.",
                                       "-feat",     param(params, "-feat", "1s_c_d_dd"),
                                       "-svspec",   param(params, "-svspec", "0-12/13-25/26-38"),
                                       "-cmn",      o.cmn,
                                       "-cmninit",  param(params, "-cmninit", "40,3,-1"),
                                       "-agc",      "none",
                                       "-varnorm",  "no",
                                       "-dictfn",   dict,
                                       "-fdictfn",  hmm + "/noisedict",
                                       "-ctlfn",    ws.file("train.ctl"),
                                       "-lsnfn",    ws.file("train.lsn"),
                                       "-cepdir",   ws.file(""),
                                       "-cepext",   "mfc",
                                       "-accumdir", ws.file("acc"),
                                       "-meanfn",   meansFn.empty() ? hmm + "/means" : meansFn,
                                       "-varfn",    hmm + "/variances",
                                       "-mixwfn",   ws.file("mixture_weights"),
                                       "-tmatfn",   hmm + "/transition_matrices",
                                       "-timing",   "no"};
    if (!prior.empty()) bwArgs.insert(bwArgs.end(), {"-mllrmat", prior});
    if (!runTool(o.toolsDir + "/bw", bwArgs, log)) {
        std::string why = lastError(log);
        error = "learning from the recordings failed" + (why.empty() ? std::string() : " (" + why + ")");
        return false;
    }
    if (!meansFn.empty()) return true;  // counts for MAP only
    std::vector<std::string> solveArgs = {"-meanfn",    hmm + "/means",           "-varfn",    hmm + "/variances",
                                          "-outmllrfn", ws.file("mllr_matrix"),   "-accumdir", ws.file("acc"),
                                          "-mllrmult",  o.mllrMult ? "yes" : "no"};
    if (!runTool(o.toolsDir + "/mllr_solve", solveArgs, log)) {
        std::string why = lastError(log);
        error = "the adaptation could not be computed" + (why.empty() ? std::string() : " (" + why + ")");
        return false;
    }
    return true;
}

// The means moved by the learned transform, counted again and pulled
// further toward the takes by MAP (map_adapt), in the workspace's map_means.
bool mapMeans(const AdaptOptions& o, const Workspace& ws,
              const std::vector<std::pair<std::string, std::string>>& params, std::string& error) {
    const std::string hmm = o.modelDir + "/en-us", log = ws.file("tools.log");
    if (!runTool(o.toolsDir + "/mllr_transform",
                 {"-inmeanfn", hmm + "/means", "-outmeanfn", ws.file("mllr_means"), "-mllrmat", ws.file("mllr_matrix")},
                 log) ||
        !solveRound(o, ws, params, {}, error, ws.file("mllr_means"))) {
        if (error.empty()) error = "the adaptation could not be computed (" + lastError(log) + ")";
        return false;
    }
    char tau[32];
    std::snprintf(tau, sizeof tau, "%g", o.mapTau);
    std::vector<std::string> args = {"-moddeffn",  ws.file("mdef.txt"),
                                     "-ts2cbfn",   ".ptm.",
                                     "-meanfn",    ws.file("mllr_means"),
                                     "-varfn",     hmm + "/variances",
                                     "-mixwfn",    ws.file("mixture_weights"),
                                     "-tmatfn",    hmm + "/transition_matrices",
                                     "-accumdir",  ws.file("acc"),
                                     "-mapmeanfn", ws.file("map_means"),
                                     "-fixedtau",  "yes",
                                     "-tau",       tau,
                                     "-bayesmean", o.mapBayes ? "yes" : "no"};
    if (!runTool(o.toolsDir + "/map_adapt", args, log)) {
        error = "the adaptation could not be computed (" + lastError(log) + ")";
        return false;
    }
    return true;
}

}  // namespace

bool learnVoice(const std::vector<TeachingTake>& takes, const AdaptOptions& o, std::string& mllr, std::string& error) {
    mllr.clear();
    if (takes.size() < o.minTakes) {
        error = "read at least " + std::to_string(o.minTakes) + " of the sentences first";
        return false;
    }
    if (error = adaptationToolsProblem(o); !error.empty()) return false;
    const std::string hmm = o.modelDir + "/en-us";
    Workspace ws;
    if (!ws.ok()) {
        error = "could not make a private temporary folder for the adaptation";
        return false;
    }
    err_set_logfp(nullptr);
    // The binary model definition, as the text bw reads.
    bin_mdef_s* mdef = bin_mdef_read(nullptr, (hmm + "/mdef").c_str());
    const bool mdefOk = mdef && bin_mdef_write_text(mdef, ws.file("mdef.txt").c_str()) == 0;
    if (mdef) bin_mdef_free(mdef);
    if (!mdefOk) {
        error = "the speech model's definition (" + hmm + "/mdef) could not be read";
        return false;
    }
    if (!sendumpToMixw(hmm + "/sendump", ws.file("mixture_weights"), error)) return false;
    const auto params = featParams(hmm);
    if (!writeTeachingSet(takes, o, ws, params, error)) return false;
    std::string text;
    for (int round = 0; round < std::max(1, o.passes); ++round) {
        std::string prior;
        if (round > 0) {
            prior = ws.file("prior_mllr");
            fs::rename(ws.file("mllr_matrix"), prior);
        }
        if (!solveRound(o, ws, params, prior, error)) return false;
        std::string readError;
        if (!readFile(ws.file("mllr_matrix"), text, readError, kMaxProfileBytes) || !mllrFits(text, o.modelDir)) {
            error = "the adaptation came out unusable (too little clear speech in the recordings?)";
            return false;
        }
    }
    if (o.map) {
        std::string readError;
        if (!mapMeans(o, ws, params, error)) return false;
        if (!readFile(ws.file("map_means"), text, readError, kMaxProfileBytes) || !meansFit(text, o.modelDir)) {
            error = "the adaptation came out unusable (too little clear speech in the recordings?)";
            return false;
        }
    }
    mllr = std::move(text);
    return true;
}

// [SECTION] The stored profile

std::string voiceProfilePath() {
    // Beside the workbooks folder: $XDG_DATA_HOME/doorway/voice/.
    return (fs::path(defaultWorkbooksDir()).parent_path() / "voice" / "adaptation.mllr").string();
}

VoiceProfileState voiceProfileState() {
    std::string bytes, error;
    if (!readFile(voiceProfilePath(), bytes, error, kMaxProfileBytes)) return VoiceProfileState::None;
    return looksSealed(bytes) ? VoiceProfileState::Sealed : VoiceProfileState::Plain;
}

bool saveVoiceProfile(const std::string& mllr, Sealer* sealer, std::string& error) {
    std::string bytes = mllr;
    if (sealer) {
        try {
            bytes = sealer->seal(mllr);
        } catch (const std::exception& e) {
            error = std::string("the voice profile could not be sealed: ") + e.what();
            return false;
        }
    }
    const fs::path path = voiceProfilePath();
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    fs::permissions(path.parent_path(), fs::perms::owner_all, fs::perm_options::replace, ec);
    auto r = writeFileAtomic(path.string(), bytes, false);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    return true;
}

bool loadVoiceProfile(std::string& mllr, Sealer* sealer, std::string& error) {
    mllr.clear();
    error.clear();
    const std::string path = voiceProfilePath();
    std::error_code ec;
    if (!fs::exists(path, ec)) return false;
    std::string bytes;
    if (!readFile(path, bytes, error, kMaxProfileBytes)) return false;
    if (looksSealed(bytes)) {
        if (!sealer) {
            error = "your voice profile is locked; open a locked workbook to use it";
            return false;
        }
        try {
            bytes = sealer->open(bytes);
        } catch (const std::exception&) {
            error = "your voice profile is locked with another passphrase, so it is not used here";
            return false;
        }
    }
    if (!voiceProfileFits(bytes, DOORWAY_PS_MODEL_DIR)) {
        error = displayPath(path) + " is damaged; remove it and teach Doorway your voice again";
        return false;
    }
    mllr = std::move(bytes);
    return true;
}

bool removeVoiceProfile(std::string& error) {
    const fs::path path = voiceProfilePath();
    std::error_code ec;
    fs::remove(path, ec);
    if (ec) {
        error = displayPath(path.string()) + " could not be removed: " + ec.message();
        return false;
    }
    fs::remove(path.parent_path(), ec);  // only when empty; anything else stays
    return true;
}

bool sealVoiceProfile(Sealer& sealer, std::string& error) {
    std::string bytes;
    if (voiceProfileState() != VoiceProfileState::Plain) return true;
    if (!readFile(voiceProfilePath(), bytes, error, kMaxProfileBytes)) return false;
    return saveVoiceProfile(bytes, &sealer, error);
}

bool unsealVoiceProfile(Sealer& sealer, std::string& error) {
    if (voiceProfileState() != VoiceProfileState::Sealed) return true;
    std::string mllr;
    if (!loadVoiceProfile(mllr, &sealer, error)) return false;
    return saveVoiceProfile(mllr, nullptr, error);
}

}  // namespace doorway::speech
