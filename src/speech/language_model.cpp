#include "speech/language_model.hpp"

#include "speech/metrics.hpp"

#include <flite/flite.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

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

std::string foldAccents(const std::string& word) {
    // Two-byte UTF-8 letters of Latin-1 and Latin Extended-A (U+00C0-U+017F),
    // by code point: what each is read as in English text.
    static const char* const kLatin1 =  // U+00C0..U+00FF
        "AAAAAAACEEEEIIII"
        "DNOOOOOxOUUUUYTs"
        "aaaaaaaceeeeiiii"
        "dnooooo/ouuuuyty";
    static const char* const kExtA =  // U+0100..U+017F
        "AaAaAaCcCcCcCcDd"
        "DdEeEeEeEeEeGgGg"
        "GgGgHhHhIiIiIiIi"
        "IiIiJjKkkLlLlLlL"
        "lLlNnNnNnnNnOoOo"
        "OoOoRrRrRrSsSsSs"
        "SsTtTtTtUuUuUuUu"
        "UuUuWwYyYZzZzZzs";
    std::string out;
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out += char(std::tolower(c));
            continue;
        }
        if (i + 1 >= word.size() || (c & 0xE0) != 0xC0) return {};
        const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu);
        ++i;
        char a = 0;
        if (cp >= 0xC0 && cp <= 0xFF)
            a = kLatin1[cp - 0xC0];
        else if (cp >= 0x100 && cp <= 0x17F)
            a = kExtA[cp - 0x100];
        if (!std::isalpha(static_cast<unsigned char>(a))) return {};  // x, /: not a letter
        out += char(std::tolower(static_cast<unsigned char>(a)));
        if (cp == 0xDF) out += 's';                                              // ß
        if (cp == 0xC6 || cp == 0xE6 || cp == 0x152 || cp == 0x153) out += 'e';  // æ, œ
        if (cp == 0x132 || cp == 0x133) out += 'j';                              // ĳ
    }
    return out;
}

std::string guessPronunciation(const std::string& utf8Word) {
    static std::mutex mutex;
    static cst_lexicon* lex = nullptr;
    // Accented letters are read as their plain ones ("Zoë" as "Zoe",
    // "André" as "Andre"): a partner's or a therapist's name in the script
    // is the word a person says most and the dictionary is likeliest to lack.
    const std::string word = foldAccents(utf8Word);
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
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '"')
            flush();
        else
            cur += c;
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

// Writes the counts as an ARPA back-off model. Witten-Bell smoothing: a
// history followed by many different words leaves more room for unseen
// ones (alpha = T / (c + T)). Hesitations, when there are any, take a fixed
// share F of every context and are transparent: after "x um" the model
// predicts what it would after "x" (the trigrams "x um w" copy "x w"), and
// everything else keeps its probability times (1 - F), so the back-off
// weights stay those of the model without them.
struct ArpaWriter {
    const Counts& uni;
    const std::map<std::string, History>& bi;
    const std::map<std::pair<std::string, std::string>, History>& tri;
    const std::map<std::string, double>& fillers;  // hesitation -> its probability in every context

    double rest() const {
        double r = 1.0;
        for (const auto& [f, p] : fillers) r -= p;
        return r;
    }
    static double alpha(const History& h) { return double(h.next.size()) / (h.total + double(h.next.size())); }
    double n1() const {
        double n = 0;
        for (const auto& [w, c] : uni) n += c;
        return n;
    }
    double p1(const std::string& w, double total) const {
        if (auto f = fillers.find(w); f != fillers.end()) return f->second;
        auto it = uni.find(w);
        const double c = it == uni.end() ? 0 : it->second, add = 0.5;
        return rest() * (c + add) / (total + add * double(uni.size()));
    }
    double p2(const std::string& u, const std::string& w, double total) const {
        if (auto f = fillers.find(w); f != fillers.end()) return f->second;
        auto it = bi.find(u);
        if (it == bi.end()) return p1(w, total);
        const History& h = it->second;
        auto c = h.next.find(w);
        const double pc = c == h.next.end() ? 0 : c->second / (h.total + double(h.next.size()));
        return rest() * pc + alpha(h) * p1(w, total);
    }

    std::string write(LmBuildResult& r) const {
        const double total = n1();
        std::ostringstream s1, s2, s3;
        auto bo = [](double a) { return ' ' + fmt(std::log10(a)); };
        s1 << "\n\\1-grams:\n";
        // <s> is never predicted; it carries the back-off for sentence starts.
        s1 << "-99.0000 <s>";
        if (auto it = bi.find("<s>"); it != bi.end()) s1 << bo(alpha(it->second));
        s1 << '\n';
        r.ngrams[0] = 1;
        auto words = uni;
        for (const auto& [f, p] : fillers) words.emplace(f, 0.0);
        for (const auto& [w, c] : words) {
            s1 << fmt(std::log10(p1(w, total))) << ' ' << w;
            if (auto it = bi.find(w); it != bi.end() && w != "</s>") s1 << bo(alpha(it->second));
            s1 << '\n';
            ++r.ngrams[0];
            if (w != "</s>") r.vocabulary.push_back(w);
        }
        s2 << "\n\\2-grams:\n";
        s3 << "\n\\3-grams:\n";
        for (const auto& [u, h] : bi) {
            for (const auto& [w, c] : h.next) {
                s2 << fmt(std::log10(p2(u, w, total))) << ' ' << u << ' ' << w;
                if (auto it = tri.find({u, w}); it != tri.end() && w != "</s>") s2 << bo(alpha(it->second));
                s2 << '\n';
                ++r.ngrams[1];
            }
            if (u == "</s>") continue;
            for (const auto& [f, pf] : fillers) {
                // "u f" backs off like "u", and its trigrams copy u's bigrams.
                s2 << fmt(std::log10(pf)) << ' ' << u << ' ' << f << bo(alpha(h)) << '\n';
                ++r.ngrams[1];
                for (const auto& [w, c] : h.next) {
                    s3 << fmt(std::log10(p2(u, w, total))) << ' ' << u << ' ' << f << ' ' << w << '\n';
                    ++r.ngrams[2];
                }
                for (const auto& [g, pg] : fillers) {
                    s3 << fmt(std::log10(pg)) << ' ' << u << ' ' << f << ' ' << g << '\n';
                    ++r.ngrams[2];
                }
            }
        }
        for (const auto& [uv, h] : tri) {
            const double a = alpha(h);
            for (const auto& [w, c] : h.next) {
                const double p = rest() * c / (h.total + double(h.next.size())) + a * p2(uv.second, w, total);
                s3 << fmt(std::log10(p)) << ' ' << uv.first << ' ' << uv.second << ' ' << w << '\n';
                ++r.ngrams[2];
            }
            for (const auto& [f, pf] : fillers) {
                s3 << fmt(std::log10(pf)) << ' ' << uv.first << ' ' << uv.second << ' ' << f << '\n';
                ++r.ngrams[2];
            }
        }
        std::ostringstream arpa;
        arpa << "\\data\\\n";
        arpa << "ngram 1=" << r.ngrams[0] << "\n";
        arpa << "ngram 2=" << r.ngrams[1] << "\n";
        if (r.ngrams[2]) arpa << "ngram 3=" << r.ngrams[2] << "\n";
        arpa << s1.str() << s2.str();
        if (r.ngrams[2]) arpa << s3.str();
        arpa << "\n\\end\\\n";
        return arpa.str();
    }
};

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

namespace {

using Gram = std::vector<std::string>;

// A sentence as the pieces the model counts, each with <s> and </s>: words
// outside the vocabulary cut it (into `unknown`), hesitations in `skip` are
// left out (they get their share in every context).
std::vector<Gram> countedPieces(const Gram& sentence, const std::set<std::string>& skip,
                                const std::function<bool(const std::string&)>& inVocab,
                                std::set<std::string>& unknown) {
    std::vector<Gram> pieces(1, Gram{"<s>"});
    for (const auto& w : sentence) {
        if (skip.count(w)) continue;
        if (inVocab(w))
            pieces.back().push_back(w);
        else {
            unknown.insert(w);
            if (pieces.back().size() > 1) pieces.back().push_back("</s>"), pieces.emplace_back(Gram{"<s>"});
        }
    }
    if (pieces.back().size() > 1)
        pieces.back().push_back("</s>");
    else
        pieces.pop_back();
    return pieces;
}

// An n-gram as one key ("a b c"), cheaper to count than a list of words.
std::string gramKey(const Gram& seq, size_t from, size_t to) {
    std::string k = seq[from];
    for (size_t i = from + 1; i < to; ++i) (k += ' ') += seq[i];
    return k;
}

// The bigrams and trigrams a text says at least `minRepeat` times (its other
// ones are pruned: said once in thousands of sentences, they are noise).
std::unordered_set<std::string> repeatedGrams(const std::vector<Gram>& sentences, int minRepeat,
                                              const std::set<std::string>& skip,
                                              const std::function<bool(const std::string&)>& inVocab) {
    std::unordered_map<std::string, int> n;
    std::set<std::string> unknown;
    for (const auto& s : sentences)
        for (const auto& seq : countedPieces(s, skip, inVocab, unknown))
            for (size_t i = 1; i < seq.size(); ++i) {
                ++n[gramKey(seq, i - 1, i + 1)];
                if (i >= 2) ++n[gramKey(seq, i - 2, i + 1)];
            }
    std::unordered_set<std::string> out;
    for (const auto& [g, c] : n)
        if (c >= minRepeat) out.insert(g);
    return out;
}

struct Counted {
    Gram sentence;
    double weight = 0;
    const std::unordered_set<std::string>* keep = nullptr;  // null: every n-gram counts
};

}  // namespace

LmBuildResult buildArpaLm(const std::vector<WeightedText>& texts,
                          const std::function<bool(const std::string&)>& inVocab, const LmBuildOptions& options) {
    LmBuildResult r;
    Counts uni;
    std::map<std::string, History> bi;                           // u -> next
    std::map<std::pair<std::string, std::string>, History> tri;  // (u,v) -> next
    std::set<std::string> unknown;
    std::set<std::string> skip;
    if (options.fillerShare > 0)
        for (const auto& f : options.fillers) skip.insert(f.first);
    std::vector<Counted> all;
    std::vector<std::unique_ptr<std::unordered_set<std::string>>> kept;
    for (const auto& t : texts) {
        if (t.weight <= 0) continue;
        const auto sentences = sentencesForLm(t.text);
        const std::unordered_set<std::string>* keep = nullptr;
        if (t.minRepeat > 1) {
            kept.push_back(std::make_unique<std::unordered_set<std::string>>(
                repeatedGrams(sentences, t.minRepeat, skip, inVocab)));
            keep = kept.back().get();
        }
        for (const auto& sentence : sentences) {
            if (!t.variants) {
                all.push_back({sentence, t.weight, keep});
                continue;
            }
            for (auto& v : withVariants(sentence, t.weight, options))
                all.push_back({std::move(v.first), v.second, keep});
        }
    }
    for (const auto& [sentence, weight, keep] : all)
        for (const auto& seq : countedPieces(sentence, skip, inVocab, unknown))
            for (size_t i = 1; i < seq.size(); ++i) {
                uni[seq[i]] += weight;
                if (keep && !keep->count(gramKey(seq, i - 1, i + 1))) continue;
                auto& h2 = bi[seq[i - 1]];
                h2.next[seq[i]] += weight;
                h2.total += weight;
                if (i < 2 || (keep && !keep->count(gramKey(seq, i - 2, i + 1)))) continue;
                auto& h3 = tri[{seq[i - 2], seq[i - 1]}];
                h3.next[seq[i]] += weight;
                h3.total += weight;
            }
    r.unknownWords.assign(unknown.begin(), unknown.end());
    if (uni.empty()) return r;
    // Each hesitation's probability in every context: its share of the share.
    std::map<std::string, double> fillers;
    double weights = 0;
    for (const auto& [f, weight] : options.fillers)
        if (options.fillerShare > 0 && weight > 0 && inVocab(f)) fillers[f] += weight, weights += weight;
    for (auto& [f, p] : fillers) p *= std::clamp(options.fillerShare, 0.0, 0.5) / weights;
    ArpaWriter w{uni, bi, tri, fillers};
    r.arpa = w.write(r);
    return r;
}

}  // namespace doorway::speech
