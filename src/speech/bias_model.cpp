#include "speech/bias_model.hpp"

#include "speech/language_model.hpp"
#include "speech/memory_file.hpp"
#include "speech/search_vocabulary.hpp"

#include "core/paths.hpp"

#include <sphinxbase/ckd_alloc.h>
#include <sphinxbase/err.h>
#include <sphinxbase/logmath.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

namespace doorway::speech {

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;  // word, phones

// Says whether the recogniser can pronounce a word: the dictionary's words,
// and those the letter-to-sound rules give a pronunciation (kept in
// `guessed`, to be added to the decoder).
struct Pronouncer {
    const Vocabulary& vocab;
    Entries guessed;
    bool operator()(const std::string& w) {
        if (vocab.contains(w)) return true;
        for (const auto& g : guessed)
            if (g.first == w) return true;
        std::string ph = guessPronunciation(w);
        if (ph.empty()) return false;
        guessed.emplace_back(w, ph);
        return true;
    }
};

// The hesitations' share in every context, and the ways of saying them the
// dictionary lacks, for both biased models.
LmBuildOptions lmOptions(const RecognizerOptions& o, Pronouncer& p) {
    LmBuildOptions lmo;
    lmo.classes = &domainWordClasses();
    lmo.classWeight = o.classWeight;
    if (!o.hearFillers) return lmo;
    lmo.fillers = hesitations();
    lmo.fillerShare = o.fillerShare;
    // Ways of saying them the dictionary lacks: "ahm", an open "uh" (the [a]
    // of many accents, and of flite's voices), "erm", and a drawn-out "uh"
    // as two vowels. The dictionary's "uh" is one phone, which the decoder's
    // first pass scores with a context-free model against words scored in
    // context ("up", "not", "on" won); "um", two phones, was heard far more
    // often. On the dev voices (awb, kal16, sentences 0-11) "uh(3) AH AH"
    // raised fillers heard from 35 to 37 of 48 with no false one in 332
    // words, and left word error as it was (clean / pink 15 dB, no script:
    // 5.1 / 33.7%; exact script: 0.3 / 9.3%); held out (slt, rms, slt_low,
    // rms_high, once, with -bestpathlw 11): 132 -> 143 of 192 heard, false
    // fillers 0.32 -> 0.57 per 100 words. Tried with it and not kept: "AA
    // AA" (no more heard), "AH HH" (a breath after it: none more heard).
    for (const auto& [w, ph] :
         {std::pair{"um(2)", "AA M"}, std::pair{"uh(2)", "AA"}, std::pair{"uh(3)", "AH AH"}, std::pair{"erm", "ER M"}})
        if (!p.vocab.contains(w)) p.guessed.emplace_back(w, ph);
    for (const auto& [w, ph] : o.extraHesitationSounds)
        if (!p.vocab.contains(w)) p.guessed.emplace_back(w, ph);
    return lmo;
}

// The domain model as sphinxbase's binary trie, read by each recogniser in
// milliseconds instead of being counted, written as ARPA text and parsed
// again (which took 0.3-0.6 s and 23 MB at its peak for each). Shipped in
// assets/speech when made from the texts and options in use; otherwise
// built once in this process and kept in memory.
struct DomainModel {
    std::string path;  // the binary model (shipped, or `built`'s)
    std::unique_ptr<MemoryFile> built;
    std::vector<std::string> vocabulary;
    Entries guessed;
};

std::mutex g_domainMutex;
double g_domainBuildS = 0;

// 64-bit FNV-1a: enough to tell one version of the texts from another.
uint64_t fnv1a(const std::string& s, uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

// What shapes the domain model: the options (as a cache key within the
// process) and, with the texts, its key on disk.
std::string domainOptions(const RecognizerOptions& o) {
    std::ostringstream k;
    k << "v1 w" << o.domainTextWeight << " var" << o.domainTextVariants << " rep" << o.domainTextMinRepeat << " cls"
      << o.classWeight << " fill" << o.hearFillers << ' ' << o.fillerShare;
    for (const auto& [w, ph] : o.extraHesitationSounds) k << ' ' << w << '=' << ph;
    return k.str();
}

LmBuildResult domainArpa(const RecognizerOptions& o, Pronouncer& p) {
    std::vector<WeightedText> texts = {{domainCorpus(), 1.0}};
    if (o.domainTextWeight > 0)
        texts.push_back({domainText(), o.domainTextWeight, o.domainTextVariants, o.domainTextMinRepeat});
    const LmBuildOptions lmo = lmOptions(o, p);
    return buildArpaLm(texts, std::ref(p), lmo);
}

// ARPA text as a binary model at `path`.
bool writeBinary(const std::string& arpa, const std::string& path, logmath_t* lmath) {
    MemoryFile mem(arpa);
    ngram_model_t* m = mem.ok() ? ngram_model_read(nullptr, mem.path().c_str(), NGRAM_ARPA, lmath) : nullptr;
    if (!m) return false;
    const bool ok = ngram_model_write(m, path.c_str(), NGRAM_BIN) == 0;
    ngram_model_free(m);
    return ok;
}

// The model's words, and pronunciations guessed for those the dictionary lacks.
bool listWords(DomainModel& m, const RecognizerOptions& o, logmath_t* lmath) {
    ngram_model_t* lm = ngram_model_read(nullptr, m.path.c_str(), NGRAM_BIN, lmath);
    if (!lm) return false;
    Pronouncer p{Vocabulary::forModelDir(o.modelDir), {}};
    lmOptions(o, p);  // the hesitations' sounds
    const uint32 n = ngram_model_get_counts(lm)[0];
    for (uint32 wid = 0; wid < n; ++wid) {
        const std::string w = ngram_word(lm, int32(wid));
        if (w == "<s>" || w == "</s>" || !p(w)) continue;
        m.vocabulary.push_back(w);
    }
    m.guessed = std::move(p.guessed);
    ngram_model_free(lm);
    return true;
}

std::shared_ptr<const DomainModel> loadDomainModel(const RecognizerOptions& o, logmath_t* lmath) {
    auto m = std::make_shared<DomainModel>();
    std::ifstream key(shippedDomainModelPath() + ".key");
    std::string shippedKey;
    if (std::getline(key, shippedKey) && shippedKey == domainModelKey(o) &&
        domainModelIntact(shippedDomainModelPath())) {
        m->path = shippedDomainModelPath();
        if (listWords(*m, o, lmath)) return m;
        *m = DomainModel{};
    }
    Pronouncer p{Vocabulary::forModelDir(o.modelDir), {}};
    LmBuildResult built = domainArpa(o, p);
    auto bin = std::make_unique<MemoryFile>(std::string());
    if (built.arpa.empty() || !bin->ok() || !writeBinary(built.arpa, bin->path(), lmath) || bin->size() == 0) return m;
    m->path = bin->path();
    m->built = std::move(bin);
    if (!listWords(*m, o, lmath)) return std::make_shared<DomainModel>();
    return m;
}

// Loaded (or built) on the first call with these options, then the same for
// every recogniser of the process.
std::shared_ptr<const DomainModel> domainModel(const RecognizerOptions& o, logmath_t* lmath) {
    static std::map<std::string, std::shared_ptr<const DomainModel>> cache;
    std::lock_guard<std::mutex> lock(g_domainMutex);
    const std::string key = o.modelDir + '|' + domainOptions(o);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    const auto t0 = std::chrono::steady_clock::now();
    auto m = loadDomainModel(o, lmath);
    g_domainBuildS += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return cache.emplace(key, std::move(m)).first->second;
}

// Adds to the decoder the words of the models it lacks: the dictionary's
// pronunciations first, then the guessed ones (named in `added`).
void addWords(ps_decoder_t* ps, const std::string& modelDir, const std::vector<const std::vector<std::string>*>& vocabs,
              const std::vector<const Entries*>& guessedLists, std::vector<std::string>& added) {
    Entries known, guessed;
    std::set<std::string> seen;
    auto decoderKnows = [ps](const std::string& w) {
        char* phones = ps_lookup_word(ps, w.c_str());  // ours to free
        ckd_free(phones);
        return phones != nullptr;
    };
    for (const auto* vocab : vocabs)
        for (const auto& w : *vocab)
            if (seen.insert(w).second && !decoderKnows(w))
                for (auto& e : dictionaryEntries(modelDir, w)) known.push_back(std::move(e));
    std::set<std::string> guessedSeen;
    for (const auto* list : guessedLists)
        for (const auto& g : *list)
            if (guessedSeen.insert(g.first).second) guessed.push_back(g);
    for (size_t i = 0; i < known.size(); ++i)
        ps_add_word(ps, known[i].first.c_str(), known[i].second.c_str(), guessed.empty() && i + 1 == known.size());
    for (size_t i = 0; i < guessed.size(); ++i)
        if (ps_add_word(ps, guessed[i].first.c_str(), guessed[i].second.c_str(), i + 1 == guessed.size()) >= 0)
            added.push_back(guessed[i].first);
}

std::string hex64(uint64_t h) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return in ? s.str() : std::string();
}

}  // namespace

std::string shippedDomainModelPath() {
    return (std::filesystem::path(assetsDir()) / "speech" / "domain_model.bin").string();
}

std::string domainModelKey(const RecognizerOptions& o) {
    return domainOptions(o) + " texts " + hex64(fnv1a(domainText(), fnv1a(domainCorpus(), fnv1a(domainOptions(o)))));
}

bool domainModelIntact(const std::string& path) {
    std::ifstream key(path + ".key");
    std::string options, model;
    if (!std::getline(key, options) || !std::getline(key, model)) return false;
    const std::string bytes = fileBytes(path);
    return !bytes.empty() && model == "model " + hex64(fnv1a(bytes));
}

bool writeDomainModel(const RecognizerOptions& o, const std::string& path, std::string& error) {
    err_set_logfp(nullptr);  // sphinxbase's chatter is for nobody
    Pronouncer p{Vocabulary::forModelDir(o.modelDir), {}};
    LmBuildResult built = domainArpa(o, p);
    logmath_t* lmath = logmath_init(kLogBase, 0, 0);
    const bool ok = !built.arpa.empty() && lmath && writeBinary(built.arpa, path, lmath);
    if (lmath) logmath_free(lmath);
    std::ofstream key(path + ".key", std::ios::binary | std::ios::trunc);
    if (ok) key << domainModelKey(o) << '\n' << "model " << hex64(fnv1a(fileBytes(path))) << '\n';
    if (!ok || !key) error = "the domain model could not be written to " + path;
    return ok && bool(key);
}

double domainModelBuildSeconds() {
    std::lock_guard<std::mutex> lock(g_domainMutex);
    return g_domainBuildS;
}

ngram_model_t* withBias(ps_decoder_t* ps, cmd_ln_t* config, ngram_model_t* stock, const RecognizerOptions& o,
                        std::vector<std::string>& added) {
    logmath_t* lmath = ps_get_logmath(ps);
    std::shared_ptr<const DomainModel> domain = o.includeDomain ? domainModel(o, lmath) : nullptr;
    ngram_model_t* domainLm =
        domain && !domain->path.empty() ? ngram_model_read(config, domain->path.c_str(), NGRAM_BIN, lmath) : nullptr;
    // The script's own model: its sentences and their class variants.
    Pronouncer p{Vocabulary::forModelDir(o.modelDir), {}};
    const LmBuildOptions lmo = lmOptions(o, p);
    LmBuildResult script;
    ngram_model_t* scriptLm = nullptr;
    if (!o.script.empty()) {
        script = buildArpaLm({{o.script, o.scriptWeight}}, std::ref(p), lmo);
        MemoryFile mem(script.arpa);
        if (!script.arpa.empty() && mem.ok())
            scriptLm = ngram_model_read(config, mem.path().c_str(), NGRAM_ARPA, lmath);
    }
    static const std::vector<std::string> kNone;
    static const Entries kNoEntries;
    addWords(ps, o.modelDir, {domainLm ? &domain->vocabulary : &kNone, scriptLm ? &script.vocabulary : &kNone},
             {domain ? &domain->guessed : &kNoEntries, &p.guessed}, added);
    std::vector<ngram_model_t*> models = {stock};
    std::vector<const char*> names = {"stock"};
    std::vector<float32> weights = {float32(1.0 - o.biasWeight)};
    // With both, the script takes scriptShare of the bias; alone, either has all of it.
    const double share = std::clamp(o.scriptShare, 0.0, 1.0);
    const double domainW = scriptLm ? o.biasWeight * (1 - share) : o.biasWeight;
    const double scriptW = domainLm ? o.biasWeight * share : o.biasWeight;
    if (domainLm) models.push_back(domainLm), names.push_back("domain"), weights.push_back(float32(domainW));
    if (scriptLm) models.push_back(scriptLm), names.push_back("script"), weights.push_back(float32(scriptW));
    if (models.size() == 1) return stock;
    // The set owns every model from here on.
    ngram_model_t* set = ngram_model_set_init(config, models.data(), const_cast<char**>(names.data()), weights.data(),
                                              int32(models.size()));
    if (set) return set;
    for (size_t i = 1; i < models.size(); ++i) ngram_model_free(models[i]);
    return stock;
}

}  // namespace doorway::speech
