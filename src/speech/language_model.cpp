#include "speech/language_model.hpp"

#include "speech/metrics.hpp"

#include <flite/flite.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

extern "C" cst_lexicon* cmu_lex_init(void);

namespace doorway::speech {

const Vocabulary& Vocabulary::forModelDir(const std::string& modelDir) {
    // The dictionary is 135k words; read it once per model folder.
    static std::mutex mutex;
    static std::map<std::string, Vocabulary> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(modelDir);
    if (it != cache.end()) return it->second;
    Vocabulary v;
    std::ifstream in(modelDir + "/cmudict-en-us.dict");
    std::string line;
    while (std::getline(in, line)) {
        auto sp = line.find_first_of(" \t");
        if (sp == std::string::npos || sp == 0) continue;
        std::string w = line.substr(0, sp);
        if (auto paren = w.find('('); paren != std::string::npos) w.resize(paren);
        v.m_words.insert(w);
    }
    return cache.emplace(modelDir, std::move(v)).first->second;
}

std::string guessPronunciation(const std::string& word) {
    static std::mutex mutex;
    static cst_lexicon* lex = nullptr;
    std::lock_guard<std::mutex> lock(mutex);
    if (word.empty() || word.size() > 40) return {};
    for (unsigned char c : word)
        if (!(std::isalpha(c) || c == '\'')) return {};
    if (!lex) lex = cmu_lex_init();
    if (!lex) return {};
    cst_val* phones = lex_lookup(lex, word.c_str(), nullptr, nullptr);
    std::string out;
    for (const cst_val* p = phones; p; p = val_cdr(p)) {
        std::string ph = val_string(val_car(p));
        // Flite writes "ah0", "ow1"; the recogniser's phones carry no stress.
        while (!ph.empty() && std::isdigit(static_cast<unsigned char>(ph.back()))) ph.pop_back();
        if (ph.empty() || ph == "pau") continue;
        if (ph == "ax") ph = "ah";
        for (auto& c : ph) c = char(std::toupper(static_cast<unsigned char>(c)));
        out += (out.empty() ? "" : " ") + ph;
    }
    if (phones) delete_val(phones);
    return out;
}

std::vector<std::vector<std::string>> sentencesForLm(const std::string& text) {
    std::vector<std::vector<std::string>> out;
    std::string cur;
    auto flush = [&] {
        std::vector<std::string> s;
        for (auto& w : splitWords(cur)) {
            bool hasDigit = std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); });
            if (!hasDigit) s.push_back(w);
        }
        if (!s.empty()) out.push_back(std::move(s));
        cur.clear();
    };
    for (char c : text) {
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '"') flush();
        else cur += c;
    }
    flush();
    return out;
}

namespace {

using Counts = std::map<std::string, double>;  // word -> weighted count

struct History {
    Counts next;
    double total = 0;
    double backoff = 0;  // log10 alpha
};

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

}  // namespace

namespace {

// A sentence and, when classes are given, its variants with one class word
// swapped for another member, with the weights they are counted at.
std::vector<std::pair<std::vector<std::string>, double>> withVariants(const std::vector<std::string>& sentence,
                                                                      double weight, const LmBuildOptions& o) {
    std::vector<std::pair<std::vector<std::string>, double>> out = {{sentence, weight}};
    if (!o.classes || o.classWeight <= 0) return out;
    std::vector<std::vector<std::string>> variants;
    for (size_t i = 0; i < sentence.size(); ++i)
        for (const auto& cls : *o.classes) {
            if (std::find(cls.begin(), cls.end(), sentence[i]) == cls.end()) continue;
            for (const auto& other : cls) {
                if (other == sentence[i]) continue;
                variants.push_back(sentence);
                variants.back()[i] = other;
            }
        }
    for (auto& v : variants) out.emplace_back(std::move(v), weight * o.classWeight / double(variants.size()));
    return out;
}

}  // namespace

LmBuildResult buildArpaLm(const std::vector<WeightedText>& texts,
                          const std::function<bool(const std::string&)>& inVocab, const LmBuildOptions& options) {
    LmBuildResult r;
    Counts uni;
    std::map<std::string, History> bi;                                   // u -> next
    std::map<std::pair<std::string, std::string>, History> tri;          // (u,v) -> next
    std::set<std::string> unknown;
    std::vector<std::pair<std::vector<std::string>, double>> all;
    for (const auto& t : texts) {
        if (t.weight <= 0) continue;
        for (const auto& sentence : sentencesForLm(t.text))
            for (auto& v : withVariants(sentence, t.weight, options)) all.push_back(std::move(v));
    }
    for (const auto& [sentence, weight] : all) {
        // Unknown words cut the sentence into pieces the model can use.
        std::vector<std::vector<std::string>> pieces(1);
        for (const auto& w : sentence) {
            if (inVocab(w)) pieces.back().push_back(w);
            else {
                unknown.insert(w);
                if (!pieces.back().empty()) pieces.emplace_back();
            }
        }
        for (auto& p : pieces) {
            if (p.empty()) continue;
            std::vector<std::string> seq;
            seq.push_back("<s>");
            seq.insert(seq.end(), p.begin(), p.end());
            seq.push_back("</s>");
            for (size_t i = 1; i < seq.size(); ++i) {
                uni[seq[i]] += weight;
                auto& h2 = bi[seq[i - 1]];
                h2.next[seq[i]] += weight;
                h2.total += weight;
                if (i >= 2) {
                    auto& h3 = tri[{seq[i - 2], seq[i - 1]}];
                    h3.next[seq[i]] += weight;
                    h3.total += weight;
                }
            }
        }
    }
    r.unknownWords.assign(unknown.begin(), unknown.end());
    if (uni.empty()) return r;

    // Hesitations the recogniser can say join the unigrams (with no count
    // of their own, their share comes below).
    std::set<std::string> fillers;
    if (options.fillerShare > 0)
        for (const auto& f : options.fillers)
            if (inVocab(f)) fillers.insert(f), uni.emplace(f, 0.0);
    const double fillerP = fillers.empty() ? 0 : std::clamp(options.fillerShare, 0.0, 0.5) / double(fillers.size());

    // Unigrams: counts with a little additive smoothing; fillers a fixed share.
    double n1 = 0;
    for (auto& [w, c] : uni)
        if (!fillers.count(w)) n1 += c;
    const double add = 0.5;
    const double v = double(uni.size() - fillers.size());
    const double rest = 1.0 - fillerP * double(fillers.size());
    auto p1 = [&](const std::string& w) {
        if (fillers.count(w)) return fillerP;
        auto it = uni.find(w);
        double c = it == uni.end() ? 0 : it->second;
        return rest * (c + add) / (n1 + add * v);
    };
    // Witten-Bell: a history that was followed by many different words
    // leaves more room for unseen ones (alpha = T / (c + T)).
    auto alpha = [](const History& h) { return double(h.next.size()) / (h.total + double(h.next.size())); };
    auto p2 = [&](const std::string& u, const std::string& w) {
        auto it = bi.find(u);
        if (it == bi.end()) return p1(w);
        const History& h = it->second;
        double a = alpha(h);
        auto c = h.next.find(w);
        double pc = c == h.next.end() ? 0 : c->second / (h.total + double(h.next.size()));
        return pc + a * p1(w);
    };

    std::ostringstream arpa;
    std::ostringstream s1, s2, s3;
    s1 << "\n\\1-grams:\n";
    // <s> is never predicted; it carries the back-off for sentence starts.
    s1 << "-99.0000 <s>";
    if (auto it = bi.find("<s>"); it != bi.end()) s1 << ' ' << fmt(std::log10(alpha(it->second)));
    s1 << '\n';
    r.ngrams[0] = 1;
    for (auto& [w, c] : uni) {
        s1 << fmt(std::log10(p1(w))) << ' ' << w;
        if (auto it = bi.find(w); it != bi.end() && w != "</s>") s1 << ' ' << fmt(std::log10(alpha(it->second)));
        s1 << '\n';
        ++r.ngrams[0];
        if (w != "</s>") r.vocabulary.push_back(w);
    }
    s2 << "\n\\2-grams:\n";
    for (auto& [u, h] : bi) {
        for (auto& [w, c] : h.next) {
            s2 << fmt(std::log10(p2(u, w))) << ' ' << u << ' ' << w;
            if (auto it = tri.find({u, w}); it != tri.end() && w != "</s>")
                s2 << ' ' << fmt(std::log10(alpha(it->second)));
            s2 << '\n';
            ++r.ngrams[1];
        }
    }
    s3 << "\n\\3-grams:\n";
    for (auto& [uv, h] : tri) {
        double a = alpha(h);
        for (auto& [w, c] : h.next) {
            double p = c / (h.total + double(h.next.size())) + a * p2(uv.second, w);
            s3 << fmt(std::log10(p)) << ' ' << uv.first << ' ' << uv.second << ' ' << w << '\n';
            ++r.ngrams[2];
        }
    }
    arpa << "\\data\\\n";
    arpa << "ngram 1=" << r.ngrams[0] << "\n";
    arpa << "ngram 2=" << r.ngrams[1] << "\n";
    if (r.ngrams[2]) arpa << "ngram 3=" << r.ngrams[2] << "\n";
    arpa << s1.str() << s2.str();
    if (r.ngrams[2]) arpa << s3.str();
    arpa << "\n\\end\\\n";
    r.arpa = arpa.str();
    return r;
}

}  // namespace doorway::speech
