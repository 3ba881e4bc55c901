// The phrasing scorer. Three steps, all driven by assets/scoring/*.json:
//  1. tokenize: words with byte spans, lower-cased, contractions expanded into
//     several tokens that share the original word's span ("you're" -> you are),
//     sentence and clause numbers, and whether a word sits inside quotes;
//  2. match: every rule's token patterns (literals, prefixes, word classes,
//     optional words, short gaps, look-aheads, clause anchors), then context:
//     a negation cue earlier in the clause flips or cancels a match, a
//     "do you feel like ..." frame marks it as a mention, quoted speech is a
//     mention; overlapping matches are settled by rule priority;
//  3. structure and score: we/you balance, length, a closing question; then
//     a base score plus capped weights, softened near the ends so repetition
//     can't game it, and a ceiling when a severe risk is present.
#include "core/scorer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace doorway {

namespace {

namespace json = boost::json;

// ---------------------------------------------------------------------------
// Asset reading with errors that name the file and the key.

[[noreturn]] void assetError(const std::string& file, const std::string& key, const std::string& what) {
    throw std::runtime_error("scoring asset " + file + ": " + (key.empty() ? "" : key + ": ") + what);
}

struct Reader {
    std::string file;

    const json::object& obj(const json::value& v, const std::string& key) const {
        if (!v.is_object()) assetError(file, key, "must be an object");
        return v.as_object();
    }
    const json::value& need(const json::object& o, const std::string& parent, const char* name) const {
        auto it = o.find(name);
        if (it == o.end()) assetError(file, join(parent, name), "is missing");
        return it->value();
    }
    static std::string join(const std::string& parent, const std::string& name) {
        return parent.empty() ? name : parent + "." + name;
    }
    std::string str(const json::value& v, const std::string& key) const {
        if (!v.is_string()) assetError(file, key, "must be a string");
        return std::string(v.as_string());
    }
    double num(const json::value& v, const std::string& key, double lo, double hi) const {
        double d = 0;
        if (v.is_int64())
            d = double(v.as_int64());
        else if (v.is_uint64())
            d = double(v.as_uint64());
        else if (v.is_double())
            d = v.as_double();
        else
            assetError(file, key, "must be a number");
        if (!(d >= lo && d <= hi)) {
            std::ostringstream os;
            os << "must be between " << lo << " and " << hi;
            assetError(file, key, os.str());
        }
        return d;
    }
    bool boolean(const json::value& v, const std::string& key) const {
        if (!v.is_bool()) assetError(file, key, "must be true or false");
        return v.as_bool();
    }
    std::vector<std::string> strings(const json::value& v, const std::string& key, bool allowEmpty = false) const {
        if (!v.is_array()) assetError(file, key, "must be a list of strings");
        std::vector<std::string> out;
        const auto& a = v.as_array();
        for (size_t i = 0; i < a.size(); ++i) {
            std::string k = key + "[" + std::to_string(i) + "]";
            std::string s = str(a[i], k);
            if (s.empty()) assetError(file, k, "must not be empty");
            out.push_back(s);
        }
        if (out.empty() && !allowEmpty) assetError(file, key, "must not be empty");
        return out;
    }
    void onlyKeys(const json::object& o, const std::string& key, std::initializer_list<const char*> allowed) const {
        for (const auto& kv : o) {
            bool ok = false;
            for (const char* a : allowed) ok = ok || kv.key() == a;
            if (!ok) assetError(file, join(key, std::string(kv.key())), "is not a known key (a typo?)");
        }
    }
};

json::value parseAsset(const std::string& dir, const std::string& name) {
    std::filesystem::path p = std::filesystem::path(dir) / name;
    std::ifstream in(p, std::ios::binary);
    if (!in) assetError(p.string(), "", "cannot be read (missing or not readable)");
    std::stringstream ss;
    ss << in.rdbuf();
    boost::system::error_code ec;
    json::value v = json::parse(ss.str(), ec);
    if (ec) assetError(p.string(), "", "is not valid JSON (" + ec.message() + ")");
    if (!v.is_object()) assetError(p.string(), "", "must hold a JSON object");
    return v;
}

// ---------------------------------------------------------------------------
// Tokens.

struct Token {
    int start = 0, end = 0;  // byte span of the original word
    std::string norm;        // lower-cased, apostrophes straightened
    int id = -1;             // interned id of norm, -1 when no pattern uses it
    int word = 0;            // index of the original word
    int sentence = 0, clause = 0;
    bool split = false;  // a later part of an expanded contraction
    bool quoted = false;
};

// One token test: any of a set of interned words or word prefixes.
struct Alt {
    std::vector<int> ids;
    std::vector<std::string> prefixes;
    bool matches(const Token& t) const {
        for (int id : ids)
            if (id == t.id) return true;
        for (const auto& p : prefixes)
            if (t.norm.size() >= p.size() && t.norm.compare(0, p.size(), p) == 0) return true;
        return false;
    }
};

struct Phrase {
    std::vector<Alt> items;
};

struct WordClass {
    std::vector<Phrase> phrases;  // longest first, so the longest match wins
    // A quick "can any phrase start at this word?" before trying them one by
    // one: most words start none, and classes hold up to a few hundred
    // phrases (the scorer runs on every keystroke). Built by indexStarts().
    std::vector<char> startsById;                         // by token id: some phrase starts with it
    std::unordered_map<int, std::vector<int>> byFirstId;  // token id -> phrases starting with it, in order
    std::vector<int> prefixStarts;                        // phrases whose first word is a prefix pattern
    void indexStarts(size_t vocabSize) {
        startsById.assign(vocabSize, 0);
        byFirstId.clear();
        prefixStarts.clear();
        for (size_t i = 0; i < phrases.size(); ++i) {
            if (phrases[i].items.empty()) continue;
            const Alt& first = phrases[i].items.front();
            for (int id : first.ids) {
                if (id < 0 || size_t(id) >= vocabSize) continue;
                startsById[size_t(id)] = 1;
                auto& list = byFirstId[id];
                if (list.empty() || list.back() != int(i)) list.push_back(int(i));
            }
            if (!first.prefixes.empty()) prefixStarts.push_back(int(i));
        }
    }
    // Calls fn(phrase) for each phrase that may start at `t`, in the class's
    // order (longest first), until fn returns true.
    template <class Fn>
    bool anyStartingAt(const Token& t, Fn&& fn) const {
        const std::vector<int>* ids = nullptr;
        if (t.id >= 0 && size_t(t.id) < startsById.size() && startsById[size_t(t.id)]) ids = &byFirstId.at(t.id);
        const size_t na = ids ? ids->size() : 0;
        if (na == 0 && prefixStarts.empty()) return false;
        // Merge the two ascending lists of phrase indexes.
        size_t a = 0, b = 0;
        while (a < na || b < prefixStarts.size()) {
            int i;
            if (b >= prefixStarts.size() || (a < na && (*ids)[a] <= prefixStarts[b])) {
                i = (*ids)[a++];
                if (b < prefixStarts.size() && prefixStarts[b] == i) ++b;
            } else {
                i = prefixStarts[b++];
            }
            if (fn(phrases[size_t(i)])) return true;
        }
        return false;
    }
};

enum class ElemKind { Word, Class, Gap, NotAhead, NotAheadClass, Ahead, AheadClass, ClauseEnd, ClauseStart };

struct Elem {
    ElemKind kind = ElemKind::Word;
    Alt alt;
    int cls = -1;
    int gapMax = 0;
    bool optional = false;
};

struct Pattern {
    std::vector<Elem> elems;
    std::string source;
};

struct Group {
    std::vector<Pattern> patterns;
    std::string message, suggestion;
    double weight = -1;  // a lighter (or heavier) kind of the rule; -1: the rule's weight
};

enum class NegationMode { Ignore, Cancel, Flip };

struct Rule {
    std::string id, kind;
    double weight = 0, repeatWeight = 0;
    int maxCount = 1;
    bool severe = false;
    bool ask = false;  // counts as an ask (a very short text without one is weak)
    int priority = 0;
    bool sentenceScope = false;
    NegationMode negation = NegationMode::Ignore;
    std::string flipTo;
    int flipIndex = -1;
    bool mentionCancels = false;
    bool quotedCancels = false;
    bool extendToClause = false;
    Alt notAfter;
    bool hasNotAfter = false;
    // A strength undone by what follows: "not saying you're the problem, BUT
    // you ..." — a "but" right after it, then a risk later in the sentence.
    Alt undoneBy;
    bool hasUndoneBy = false;
    std::string undoneTo;
    int undoneIndex = -1;
    std::string message, suggestion;
    std::vector<Group> groups;
};

struct Model {
    double base = 50;
    double bandInvitation = 70, bandMixed = 40;
    double softTop = 85, softBottom = 15, softWidth = 20;
    double severeKnee = 55, severeCeiling = 69;
    int negationWindow = 7;
    double quotedWholeRatio = 0.8;
    int longWords = 110, shortWords = 7;
    double longRepeatEvery = 40;
    int balanceMinWe = 2;
    int heavyMinYou = 4;
    double heavyRatio = 2.0;
};

}  // namespace

struct Scorer::Impl {
    Model model;
    std::unordered_map<std::string, int> ids;
    std::unordered_map<std::string, std::vector<std::string>> contractions;
    std::vector<std::string> splitSuffixes;  // "n't" etc. in the order tried
    std::unordered_map<std::string, std::vector<std::string>> suffixExpansion;
    std::unordered_map<std::string, int> classIndex;
    std::vector<WordClass> classes;
    Alt negationCues, negationBridge, pronouns, weWords, youWords, clauseWords, clauseWordsNotAfter;
    std::vector<Pattern> mentionCues;
    std::vector<Rule> rules;
    int ruleWeBalance = -1, ruleYouHeavy = -1, ruleTooLong = -1, ruleTooShort = -1, ruleQuestionMark = -1;

    // Which patterns can start at a token, so the matcher only tries those
    // (this is what keeps a 1,000-word text well inside a keystroke).
    struct StartIndex {
        std::unordered_map<int, std::vector<int>> byId;
        std::vector<std::pair<std::string, int>> byPrefix;
        std::vector<int> always;
        void add(const Alt& first, bool any, int index) {
            if (any) {
                always.push_back(index);
                return;
            }
            for (int id : first.ids) byId[id].push_back(index);
            for (const auto& p : first.prefixes) byPrefix.emplace_back(p, index);
        }
        template <class F>
        void forEach(const Token& t, F&& f) const {
            if (t.id >= 0) {
                auto it = byId.find(t.id);
                if (it != byId.end())
                    for (int i : it->second) f(i);
            }
            for (const auto& [p, i] : byPrefix)
                if (t.norm.size() >= p.size() && t.norm.compare(0, p.size(), p) == 0) f(i);
            for (int i : always) f(i);
        }
    };
    struct PatRef {
        int rule = 0;
        const Group* group = nullptr;
        const Pattern* pattern = nullptr;
    };
    std::vector<PatRef> patRefs;
    StartIndex ruleStarts, cueStarts;

    // The union of what the first consumed token of `p` can be.
    void firstAlts(const Pattern& p, Alt& out, bool& any) const {
        for (const auto& el : p.elems) {
            if (el.kind == ElemKind::Word) {
                out.ids.insert(out.ids.end(), el.alt.ids.begin(), el.alt.ids.end());
                out.prefixes.insert(out.prefixes.end(), el.alt.prefixes.begin(), el.alt.prefixes.end());
                if (!el.optional) return;
            } else if (el.kind == ElemKind::Class) {
                for (const auto& ph : classes[size_t(el.cls)].phrases) {
                    const Alt& a = ph.items.front();
                    out.ids.insert(out.ids.end(), a.ids.begin(), a.ids.end());
                    out.prefixes.insert(out.prefixes.end(), a.prefixes.begin(), a.prefixes.end());
                }
                if (!el.optional) return;
            } else if (el.kind == ElemKind::Gap) {
                break;
            }
        }
        any = true;
    }

    void buildIndex() {
        for (auto& c : classes) c.indexStarts(ids.size());
        for (size_t ri = 0; ri < rules.size(); ++ri)
            for (const auto& g : rules[ri].groups)
                for (const auto& p : g.patterns) {
                    Alt first;
                    bool any = false;
                    firstAlts(p, first, any);
                    ruleStarts.add(first, any, int(patRefs.size()));
                    patRefs.push_back({int(ri), &g, &p});
                }
        for (size_t i = 0; i < mentionCues.size(); ++i) {
            Alt first;
            bool any = false;
            firstAlts(mentionCues[i], first, any);
            cueStarts.add(first, any, int(i));
        }
    }

    int intern(const std::string& w) {
        auto it = ids.find(w);
        if (it != ids.end()) return it->second;
        int id = int(ids.size());
        ids.emplace(w, id);
        return id;
    }

    Alt compileAlt(const std::string& spec, const std::string& file, const std::string& key) {
        Alt a;
        size_t pos = 0;
        while (pos <= spec.size()) {
            size_t bar = spec.find('|', pos);
            if (bar == std::string::npos) bar = spec.size();
            std::string w = spec.substr(pos, bar - pos);
            if (w.empty()) assetError(file, key, "has an empty alternative in '" + spec + "'");
            for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
            if (w.size() > 1 && w.back() == '*')
                a.prefixes.push_back(w.substr(0, w.size() - 1));
            else if (w.find('*') != std::string::npos)
                assetError(file, key, "'*' may only end a word, in '" + spec + "'");
            else if (w.find('\'') != std::string::npos && w != "'s")
                assetError(file, key,
                           "write '" + w +
                               "' expanded (\"you are\", \"do not\"): the text's contractions are expanded "
                               "before matching");
            else
                a.ids.push_back(intern(w));
            pos = bar + 1;
        }
        return a;
    }

    // Pattern elements are separated by spaces, except inside {…}, which
    // holds phrase alternatives: {the problem|to blame|broken}.
    static std::vector<std::string> patternElements(const std::string& s, const std::string& file,
                                                    const std::string& key) {
        std::vector<std::string> out;
        std::string cur;
        int depth = 0;
        for (char c : s) {
            if (c == '{') ++depth;
            if (c == '}') --depth;
            if (depth < 0 || depth > 1) assetError(file, key, "has unbalanced or nested braces in '" + s + "'");
            if ((c == ' ' || c == '\t') && depth == 0) {
                if (!cur.empty()) out.push_back(cur);
                cur.clear();
            } else {
                cur += c;
            }
        }
        if (depth != 0) assetError(file, key, "has an unclosed '{' in '" + s + "'");
        if (!cur.empty()) out.push_back(cur);
        return out;
    }

    // An inline {a b|c} group becomes an anonymous word class.
    int inlineClass(const std::string& body, const std::string& file, const std::string& key) {
        WordClass wc;
        size_t pos = 0;
        while (pos <= body.size()) {
            size_t bar = body.find('|', pos);
            if (bar == std::string::npos) bar = body.size();
            std::string phrase = body.substr(pos, bar - pos);
            Phrase ph;
            for (const auto& w : words(phrase)) {
                if (w[0] == '@' || w.rfind("...", 0) == 0 || w[0] == '!' || (w.size() > 1 && w.back() == '?'))
                    assetError(file, key, "inside {…} use plain words, not '" + w + "'");
                ph.items.push_back(compileAlt(w, file, key));
            }
            if (ph.items.empty()) assetError(file, key, "has an empty alternative in '{" + body + "}'");
            wc.phrases.push_back(std::move(ph));
            pos = bar + 1;
        }
        std::stable_sort(wc.phrases.begin(), wc.phrases.end(),
                         [](const Phrase& a, const Phrase& b) { return a.items.size() > b.items.size(); });
        classes.push_back(std::move(wc));
        return int(classes.size()) - 1;
    }

    static std::vector<std::string> words(const std::string& s) {
        std::vector<std::string> out;
        std::istringstream is(s);
        std::string w;
        while (is >> w) out.push_back(w);
        return out;
    }

    Pattern compilePattern(const std::string& src, const std::string& file, const std::string& key) {
        Pattern p;
        p.source = src;
        bool consumes = false;
        for (std::string w : patternElements(src, file, key)) {
            Elem e;
            if (w == "$") {
                e.kind = ElemKind::ClauseEnd;
            } else if (w == "^") {
                e.kind = ElemKind::ClauseStart;
            } else if (w.rfind("...", 0) == 0) {
                e.kind = ElemKind::Gap;
                e.gapMax = 3;
                if (w.size() > 3) {
                    std::string n = w.substr(3);
                    if (n.find_first_not_of("0123456789") != std::string::npos || n.size() > 2)
                        assetError(file, key, "gap '" + w + "' must be '...' or '...N' with N a small number");
                    e.gapMax = std::stoi(n);
                }
                if (!consumes) assetError(file, key, "a pattern may not begin with a gap: '" + src + "'");
            } else {
                if (w.size() > 1 && w.back() == '?') {
                    e.optional = true;
                    w.pop_back();
                }
                bool neg = false, ahead = false;
                if (w[0] == '!' || w[0] == '&') {
                    neg = w[0] == '!';
                    ahead = w[0] == '&';
                    w.erase(0, 1);
                    if (e.optional) assetError(file, key, "'!'/'&' and '?' can't be combined in '" + src + "'");
                }
                if (w.empty()) assetError(file, key, "has an empty element in '" + src + "'");
                if (w[0] == '{') {
                    if (w.back() != '}') assetError(file, key, "a {…} group must stand alone in '" + src + "'");
                    e.kind = neg ? ElemKind::NotAheadClass : ahead ? ElemKind::AheadClass : ElemKind::Class;
                    e.cls = inlineClass(w.substr(1, w.size() - 2), file, key);
                } else if (w[0] == '@') {
                    auto it = classIndex.find(w.substr(1));
                    if (it == classIndex.end())
                        assetError(file, key, "unknown word class '" + w + "' in '" + src + "'");
                    e.kind = neg ? ElemKind::NotAheadClass : ahead ? ElemKind::AheadClass : ElemKind::Class;
                    e.cls = it->second;
                } else {
                    e.kind = neg ? ElemKind::NotAhead : ahead ? ElemKind::Ahead : ElemKind::Word;
                    e.alt = compileAlt(w, file, key);
                }
                if (!neg && !ahead && !e.optional) consumes = true;
            }
            p.elems.push_back(std::move(e));
        }
        if (p.elems.empty()) assetError(file, key, "is an empty pattern");
        if (!consumes) assetError(file, key, "must match at least one required word: '" + src + "'");
        if (p.elems.back().kind == ElemKind::Gap)
            assetError(file, key, "a pattern may not end with a gap: '" + src + "'");
        return p;
    }

    void loadLexicon(const std::string& dir);
    void loadRules(const std::string& dir);
    void loadModel(const std::string& dir);

    // --- scoring ---
    std::vector<Token> tokenize(const std::string& text) const;
    int matchElems(const Pattern& p, size_t e, int t, int limit, const std::vector<Token>& toks) const;
    int matchPhraseLen(const WordClass& c, int t, int limit, const std::vector<Token>& toks) const;
};

// ---------------------------------------------------------------------------
// Loading.

void Scorer::Impl::loadLexicon(const std::string& dir) {
    const std::string name = "lexicon.json";
    std::string file = (std::filesystem::path(dir) / name).string();
    Reader r{file};
    json::value v = parseAsset(dir, name);
    const auto& o = v.as_object();
    r.onlyKeys(o, "",
               {"comment", "contractions", "suffixes", "classes", "negation_cues", "negation_bridge", "pronouns",
                "we_words", "you_words", "clause_words", "clause_words_not_after", "mention_cues"});

    const auto& con = r.obj(r.need(o, "", "contractions"), "contractions");
    for (const auto& kv : con) {
        std::string k = "contractions." + std::string(kv.key());
        auto parts = words(r.str(kv.value(), k));
        if (parts.empty()) assetError(file, k, "must expand to at least one word");
        std::string key(kv.key());
        for (char& c : key) c = char(std::tolower(static_cast<unsigned char>(c)));
        contractions[key] = parts;
    }
    const auto& suf = r.obj(r.need(o, "", "suffixes"), "suffixes");
    for (const auto& kv : suf) {
        std::string k = "suffixes." + std::string(kv.key());
        auto parts = words(r.str(kv.value(), k));
        if (kv.key().empty() || parts.empty()) assetError(file, k, "must map a suffix to at least one word");
        splitSuffixes.push_back(std::string(kv.key()));
        suffixExpansion[std::string(kv.key())] = parts;
    }
    // Longest suffix first: "n't" before "t".
    std::sort(splitSuffixes.begin(), splitSuffixes.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

    const auto& cls = r.obj(r.need(o, "", "classes"), "classes");
    // Names first, so classes may be listed in any order.
    for (const auto& kv : cls) {
        classIndex[std::string(kv.key())] = int(classes.size());
        classes.emplace_back();
    }
    for (const auto& kv : cls) {
        std::string k = "classes." + std::string(kv.key());
        WordClass& wc = classes[size_t(classIndex[std::string(kv.key())])];
        auto entries = r.strings(kv.value(), k);
        for (size_t i = 0; i < entries.size(); ++i) {
            Phrase ph;
            for (const auto& w : words(entries[i])) {
                if (w[0] == '@' || w.rfind("...", 0) == 0 || w.back() == '?' || w[0] == '!')
                    assetError(file, k + "[" + std::to_string(i) + "]",
                               "class entries are plain words or a|b alternatives, not '" + w + "'");
                ph.items.push_back(compileAlt(w, file, k + "[" + std::to_string(i) + "]"));
            }
            wc.phrases.push_back(std::move(ph));
        }
        std::stable_sort(wc.phrases.begin(), wc.phrases.end(),
                         [](const Phrase& a, const Phrase& b) { return a.items.size() > b.items.size(); });
    }
    auto altOf = [&](const char* key) {
        auto list = r.strings(r.need(o, "", key), key);
        std::string joined;
        for (const auto& w : list) joined += (joined.empty() ? "" : "|") + w;
        return compileAlt(joined, file, key);
    };
    negationCues = altOf("negation_cues");
    negationBridge = altOf("negation_bridge");
    pronouns = altOf("pronouns");
    weWords = altOf("we_words");
    youWords = altOf("you_words");
    clauseWords = altOf("clause_words");
    clauseWordsNotAfter = altOf("clause_words_not_after");
    auto cues = r.strings(r.need(o, "", "mention_cues"), "mention_cues");
    for (size_t i = 0; i < cues.size(); ++i)
        mentionCues.push_back(compilePattern(cues[i], file, "mention_cues[" + std::to_string(i) + "]"));
}

void Scorer::Impl::loadModel(const std::string& dir) {
    const std::string name = "model.json";
    std::string file = (std::filesystem::path(dir) / name).string();
    Reader r{file};
    json::value v = parseAsset(dir, name);
    const auto& o = v.as_object();
    r.onlyKeys(
        o, "",
        {"comment", "base", "bands", "soft", "severe", "negation_window", "quoted_whole_ratio", "length", "balance"});
    Model& m = model;
    m.base = r.num(r.need(o, "", "base"), "base", 0, 100);
    const auto& bands = r.obj(r.need(o, "", "bands"), "bands");
    r.onlyKeys(bands, "bands", {"invitation", "mixed"});
    m.bandInvitation = r.num(r.need(bands, "bands", "invitation"), "bands.invitation", 1, 100);
    m.bandMixed = r.num(r.need(bands, "bands", "mixed"), "bands.mixed", 0, 100);
    if (m.bandMixed >= m.bandInvitation) assetError(file, "bands.mixed", "must be below bands.invitation");
    const auto& soft = r.obj(r.need(o, "", "soft"), "soft");
    r.onlyKeys(soft, "soft", {"top", "bottom", "width"});
    m.softTop = r.num(r.need(soft, "soft", "top"), "soft.top", 50, 100);
    m.softBottom = r.num(r.need(soft, "soft", "bottom"), "soft.bottom", 0, 50);
    m.softWidth = r.num(r.need(soft, "soft", "width"), "soft.width", 1, 200);
    const auto& sev = r.obj(r.need(o, "", "severe"), "severe");
    r.onlyKeys(sev, "severe", {"knee", "ceiling"});
    m.severeKnee = r.num(r.need(sev, "severe", "knee"), "severe.knee", 0, 100);
    m.severeCeiling = r.num(r.need(sev, "severe", "ceiling"), "severe.ceiling", 0, 100);
    if (m.severeKnee >= m.severeCeiling) assetError(file, "severe.knee", "must be below severe.ceiling");
    m.negationWindow = int(r.num(r.need(o, "", "negation_window"), "negation_window", 1, 30));
    m.quotedWholeRatio = r.num(r.need(o, "", "quoted_whole_ratio"), "quoted_whole_ratio", 0, 1);
    const auto& len = r.obj(r.need(o, "", "length"), "length");
    r.onlyKeys(len, "length", {"long_words", "short_words", "long_repeat_every"});
    m.longWords = int(r.num(r.need(len, "length", "long_words"), "length.long_words", 10, 100000));
    m.shortWords = int(r.num(r.need(len, "length", "short_words"), "length.short_words", 0, 1000));
    m.longRepeatEvery = r.num(r.need(len, "length", "long_repeat_every"), "length.long_repeat_every", 1, 100000);
    const auto& bal = r.obj(r.need(o, "", "balance"), "balance");
    r.onlyKeys(bal, "balance", {"min_we", "heavy_min_you", "heavy_ratio"});
    m.balanceMinWe = int(r.num(r.need(bal, "balance", "min_we"), "balance.min_we", 1, 1000));
    m.heavyMinYou = int(r.num(r.need(bal, "balance", "heavy_min_you"), "balance.heavy_min_you", 1, 1000));
    m.heavyRatio = r.num(r.need(bal, "balance", "heavy_ratio"), "balance.heavy_ratio", 1, 100);
}

void Scorer::Impl::loadRules(const std::string& dir) {
    const std::string name = "rules.json";
    std::string file = (std::filesystem::path(dir) / name).string();
    Reader r{file};
    json::value v = parseAsset(dir, name);
    const auto& o = v.as_object();
    r.onlyKeys(o, "", {"comment", "rules"});
    const auto& arr = r.need(o, "", "rules");
    if (!arr.is_array() || arr.as_array().empty()) assetError(file, "rules", "must be a non-empty list");
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < arr.as_array().size(); ++i) {
        std::string k = "rules[" + std::to_string(i) + "]";
        const auto& ro = r.obj(arr.as_array()[i], k);
        r.onlyKeys(ro, k, {"id",        "kind",      "weight",   "repeat_weight", "max_count", "severe", "ask",
                           "priority",  "scope",     "negation", "mention",       "quoted",    "extend", "not_after",
                           "undone_by", "undone_to", "message",  "suggestion",    "groups",    "comment"});
        Rule rule;
        rule.id = r.str(r.need(ro, k, "id"), k + ".id");
        if (rule.id.empty() || rule.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
            assetError(file, k + ".id", "must be lower_snake_case, not '" + rule.id + "'");
        if (!seen.insert(rule.id).second) assetError(file, k + ".id", "'" + rule.id + "' is used twice");
        k = "rules[" + std::to_string(i) + "] (" + rule.id + ")";
        rule.kind = r.str(r.need(ro, k, "kind"), k + ".kind");
        if (rule.kind != "strength" && rule.kind != "risk")
            assetError(file, k + ".kind", "must be \"strength\" or \"risk\", not '" + rule.kind + "'");
        rule.weight = r.num(r.need(ro, k, "weight"), k + ".weight", 0, 100);
        rule.repeatWeight =
            ro.contains("repeat_weight") ? r.num(ro.at("repeat_weight"), k + ".repeat_weight", 0, 100) : 0;
        rule.maxCount = ro.contains("max_count") ? int(r.num(ro.at("max_count"), k + ".max_count", 1, 100)) : 1;
        rule.severe = ro.contains("severe") && r.boolean(ro.at("severe"), k + ".severe");
        rule.ask = ro.contains("ask") && r.boolean(ro.at("ask"), k + ".ask");
        rule.priority = ro.contains("priority") ? int(r.num(ro.at("priority"), k + ".priority", 0, 1000)) : 0;
        if (ro.contains("scope")) {
            std::string s = r.str(ro.at("scope"), k + ".scope");
            if (s != "clause" && s != "sentence") assetError(file, k + ".scope", "must be \"clause\" or \"sentence\"");
            rule.sentenceScope = s == "sentence";
        }
        if (ro.contains("negation")) {
            std::string s = r.str(ro.at("negation"), k + ".negation");
            if (s == "ignore")
                rule.negation = NegationMode::Ignore;
            else if (s == "cancel")
                rule.negation = NegationMode::Cancel;
            else if (s.rfind("flip:", 0) == 0 && s.size() > 5) {
                rule.negation = NegationMode::Flip;
                rule.flipTo = s.substr(5);
            } else
                assetError(file, k + ".negation", "must be \"ignore\", \"cancel\" or \"flip:RULE\", not '" + s + "'");
        }
        auto cancelOrIgnore = [&](const char* key) {
            if (!ro.contains(key)) return false;
            std::string s = r.str(ro.at(key), k + "." + key);
            if (s != "cancel" && s != "ignore") assetError(file, k + "." + key, "must be \"cancel\" or \"ignore\"");
            return s == "cancel";
        };
        rule.mentionCancels = cancelOrIgnore("mention");
        rule.quotedCancels = cancelOrIgnore("quoted");
        if (ro.contains("extend")) {
            std::string s = r.str(ro.at("extend"), k + ".extend");
            if (s != "none" && s != "clause") assetError(file, k + ".extend", "must be \"none\" or \"clause\"");
            rule.extendToClause = s == "clause";
        }
        // A list of words in the rules file, as one alternative ("a|b|c").
        auto wordList = [&](const char* key) {
            std::string joined;
            for (const auto& w : r.strings(ro.at(key), k + "." + key)) joined += (joined.empty() ? "" : "|") + w;
            return compileAlt(joined, file, k + "." + key);
        };
        if (ro.contains("not_after")) {
            rule.notAfter = wordList("not_after");
            rule.hasNotAfter = true;
        }
        if (ro.contains("undone_by") != ro.contains("undone_to"))
            assetError(file, k + (ro.contains("undone_by") ? ".undone_to" : ".undone_by"),
                       "'undone_by' and 'undone_to' go together");
        if (ro.contains("undone_by")) {
            rule.undoneBy = wordList("undone_by");
            rule.hasUndoneBy = true;
            rule.undoneTo = r.str(ro.at("undone_to"), k + ".undone_to");
        }
        rule.message = r.str(r.need(ro, k, "message"), k + ".message");
        if (rule.message.empty()) assetError(file, k + ".message", "must not be empty");
        rule.suggestion = ro.contains("suggestion") ? r.str(ro.at("suggestion"), k + ".suggestion") : "";
        const auto& groups = r.need(ro, k, "groups");
        if (!groups.is_array()) assetError(file, k + ".groups", "must be a list");
        for (size_t g = 0; g < groups.as_array().size(); ++g) {
            std::string gk = k + ".groups[" + std::to_string(g) + "]";
            const auto& go = r.obj(groups.as_array()[g], gk);
            r.onlyKeys(go, gk, {"patterns", "message", "suggestion", "weight", "comment"});
            Group grp;
            if (go.contains("weight")) grp.weight = r.num(go.at("weight"), gk + ".weight", 0, 100);
            grp.message = go.contains("message") ? r.str(go.at("message"), gk + ".message") : rule.message;
            grp.suggestion =
                go.contains("suggestion") ? r.str(go.at("suggestion"), gk + ".suggestion") : rule.suggestion;
            auto pats = r.strings(r.need(go, gk, "patterns"), gk + ".patterns");
            for (size_t p = 0; p < pats.size(); ++p)
                grp.patterns.push_back(compilePattern(pats[p], file, gk + ".patterns[" + std::to_string(p) + "]"));
            rule.groups.push_back(std::move(grp));
        }
        if (rule.kind == "risk" && rule.suggestion.empty()) {
            for (size_t g = 0; g < rule.groups.size(); ++g)
                if (rule.groups[g].suggestion.empty())
                    assetError(file, k + ".groups[" + std::to_string(g) + "].suggestion",
                               "a risk needs a suggested rewrite");
            if (rule.groups.empty()) assetError(file, k + ".suggestion", "a risk needs a suggested rewrite");
        }
        rules.push_back(std::move(rule));
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        Rule& rule = rules[i];
        std::string k = "rules[" + std::to_string(i) + "] (" + rule.id + ").negation";
        if (rule.negation == NegationMode::Flip) {
            for (size_t j = 0; j < rules.size(); ++j)
                if (rules[j].id == rule.flipTo) rule.flipIndex = int(j);
            if (rule.flipIndex < 0) assetError(file, k, "flips to an unknown rule '" + rule.flipTo + "'");
        }
        if (rule.hasUndoneBy) {
            for (size_t j = 0; j < rules.size(); ++j)
                if (rules[j].id == rule.undoneTo) rule.undoneIndex = int(j);
            std::string uk = "rules[" + std::to_string(i) + "] (" + rule.id + ").undone_to";
            if (rule.undoneIndex < 0) assetError(file, uk, "names an unknown rule '" + rule.undoneTo + "'");
            if (rules[size_t(rule.undoneIndex)].kind != "risk") assetError(file, uk, "must name a risk");
        }
    }
    // The structural rules are computed in code; their words live here.
    auto structural = [&](const char* id, const char* kind) {
        for (size_t i = 0; i < rules.size(); ++i)
            if (rules[i].id == id) {
                if (rules[i].kind != kind)
                    assetError(file, "rules[" + std::to_string(i) + "] (" + id + ").kind",
                               std::string("must be \"") + kind + "\"");
                return int(i);
            }
        assetError(file, "rules", std::string("needs the structural rule '") + id + "'");
    };
    ruleWeBalance = structural("we_balance", "strength");
    ruleYouHeavy = structural("you_heavy", "risk");
    ruleTooLong = structural("too_long", "risk");
    ruleTooShort = structural("too_short", "risk");
    ruleQuestionMark = structural("question_mark", "strength");
}

// ---------------------------------------------------------------------------
// Tokenizing.

namespace {

// Decodes one UTF-8 code point at i; invalid bytes come back as themselves
// (so a stray byte never stops the scorer) with length 1.
uint32_t decode(const std::string& s, size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t j) { return j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; };
    if (c < 0x80) {
        len = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0 && cont(i + 1)) {
        len = 2;
        return ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    }
    if ((c & 0xF0) == 0xE0 && cont(i + 1) && cont(i + 2)) {
        len = 3;
        return ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
               (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    }
    if ((c & 0xF8) == 0xF0 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
        len = 4;
        return ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
               ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
    }
    len = 1;
    return 0xFFFD;
}

bool isApostrophe(uint32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

// Letters and digits of any script count as word characters; the
// punctuation, spaces and symbols we know of do not.
bool isWordChar(uint32_t cp) {
    if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
    if (cp == 0xFFFD) return false;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) return false;  // spaces, punct.
    if (cp >= 0x00A1 && cp <= 0x00BF) return false;                                                  // ¡ « » ¿ …
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, symbols
    if (cp >= 0x1F000) return false;                 // emoji
    if (cp >= 0xFE00 && cp <= 0xFE0F) return false;  // variation selectors
    return true;
}

enum class Brk { None, Clause, Sentence };

}  // namespace

std::vector<Token> Scorer::Impl::tokenize(const std::string& text) const {
    std::vector<Token> toks;
    toks.reserve(text.size() / 4 + 4);
    int sentence = 0, clause = 0, word = 0;
    Brk pending = Brk::None;
    bool inDouble = false, inCurly = false, inSingle = false;
    size_t i = 0;
    const size_t n = text.size();
    auto lower = [](std::string& w) {
        for (char& c : w)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    };
    auto emit = [&](int start, int end, std::string w) {
        if (pending == Brk::Sentence) {
            ++sentence;
            ++clause;
        } else if (pending == Brk::Clause) {
            ++clause;
        }
        pending = Brk::None;
        lower(w);
        std::vector<std::string> parts;
        auto it = contractions.find(w);
        if (it != contractions.end()) {
            parts = it->second;
        } else {
            for (const auto& suf : splitSuffixes) {
                if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0) {
                    parts.push_back(w.substr(0, w.size() - suf.size()));
                    const auto& exp = suffixExpansion.at(suf);
                    parts.insert(parts.end(), exp.begin(), exp.end());
                    break;
                }
            }
            if (parts.empty()) parts.push_back(w);
        }
        // "but", "though" … open a new clause: negation before them does not reach past.
        bool quoted = inDouble || inCurly || inSingle;
        for (size_t p = 0; p < parts.size(); ++p) {
            Token t;
            t.start = start;
            t.end = end;
            t.norm = parts[p];
            auto f = ids.find(t.norm);
            t.id = f == ids.end() ? -1 : f->second;
            if (p == 0 && !toks.empty() && clauseWords.matches(t) && toks.back().clause == clause &&
                !clauseWordsNotAfter.matches(toks.back()))
                ++clause;
            t.word = word;
            t.sentence = sentence;
            t.clause = clause;
            t.split = p > 0;
            t.quoted = quoted;
            toks.push_back(std::move(t));
        }
        ++word;
    };
    auto brk = [&](Brk b) {
        if (toks.empty()) return;
        if (b == Brk::Sentence || pending == Brk::None) pending = b;
    };
    while (i < n) {
        int len = 1;
        uint32_t cp = decode(text, i, len);
        if (isWordChar(cp)) {
            size_t start = i;
            std::string w;
            while (i < n) {
                int l = 1;
                uint32_t c = decode(text, i, l);
                if (isWordChar(c)) {
                    w.append(text, i, size_t(l));
                    i += size_t(l);
                    continue;
                }
                // An apostrophe between letters belongs to the word ("don't", "you’re").
                if (isApostrophe(c) && c != 0x2018 && i + size_t(l) < n) {
                    int l2 = 1;
                    uint32_t next = decode(text, i + size_t(l), l2);
                    if (isWordChar(next)) {
                        w += '\'';
                        i += size_t(l);
                        continue;
                    }
                }
                break;
            }
            emit(int(start), int(i), std::move(w));
            continue;
        }
        // Punctuation and spaces.
        if (cp == '.' || cp == '!' || cp == '?') {
            // A run of dots ("...") trails off rather than ending the sentence.
            size_t j = i;
            while (j < n && text[j] == '.') ++j;
            if (cp == '.' && j - i >= 2)
                brk(Brk::Clause);
            else
                brk(Brk::Sentence);
            i = cp == '.' ? j : i + 1;
            continue;
        }
        if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x2028)
            brk(Brk::Sentence);
        else if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
                 cp == 0x2014 || cp == 0x2013 || cp == 0x2026)
            brk(Brk::Clause);
        else if (cp == '-') {
            // A hyphen inside a word joins ("check-up" reads as two words);
            // one with space around it is a dash.
            bool spaceBefore = i == 0 || text[i - 1] == ' ' || text[i - 1] == '-';
            bool spaceAfter = i + 1 >= n || text[i + 1] == ' ' || text[i + 1] == '-';
            if (spaceBefore || spaceAfter) brk(Brk::Clause);
        } else if (cp == '"') {
            inDouble = !inDouble;
        } else if (cp == 0x201C) {
            inCurly = true;
        } else if (cp == 0x201D) {
            inCurly = false;
        } else if (cp == 0x2018) {
            inSingle = true;
        } else if (cp == 0x2019 || cp == '\'') {
            // Not between letters (that was handled above): a closing single quote.
            if (inSingle)
                inSingle = false;
            else if (cp == '\'' && (toks.empty() || toks.back().end != int(i)))
                inSingle = true;
        }
        i += size_t(len);
    }
    return toks;
}

// ---------------------------------------------------------------------------
// Matching.

namespace {

// The length of `ph` if it matches at token t without passing `limit`, else -1.
int phraseLenAt(const Phrase& ph, int t, int limit, const std::vector<Token>& toks) {
    int len = int(ph.items.size());
    if (t + len > limit) return -1;
    for (int k = 0; k < len; ++k)
        if (!ph.items[size_t(k)].matches(toks[size_t(t + k)])) return -1;
    return len;
}

}  // namespace

int Scorer::Impl::matchPhraseLen(const WordClass& c, int t, int limit, const std::vector<Token>& toks) const {
    if (t >= limit) return -1;
    int found = -1;
    c.anyStartingAt(toks[size_t(t)], [&](const Phrase& ph) { return (found = phraseLenAt(ph, t, limit, toks)) > 0; });
    return found;
}

// Returns the end token (exclusive) of the first way the elements from `e`
// match starting at token t, or -1. Patterns are short, so plain
// backtracking is cheap.
int Scorer::Impl::matchElems(const Pattern& p, size_t e, int t, int limit, const std::vector<Token>& toks) const {
    if (e == p.elems.size()) return t;
    const Elem& el = p.elems[e];
    switch (el.kind) {
        case ElemKind::Word: {
            if (t < limit && el.alt.matches(toks[size_t(t)])) {
                int r = matchElems(p, e + 1, t + 1, limit, toks);
                if (r >= 0) return r;
            }
            return el.optional ? matchElems(p, e + 1, t, limit, toks) : -1;
        }
        case ElemKind::Class: {
            const WordClass& c = classes[size_t(el.cls)];
            int r = -1;
            if (t < limit) {
                c.anyStartingAt(toks[size_t(t)], [&](const Phrase& ph) {
                    int len = phraseLenAt(ph, t, limit, toks);
                    if (len <= 0) return false;
                    r = matchElems(p, e + 1, t + len, limit, toks);
                    return r >= 0;
                });
            }
            if (r >= 0) return r;
            return el.optional ? matchElems(p, e + 1, t, limit, toks) : -1;
        }
        case ElemKind::Gap: {
            for (int k = 0; k <= el.gapMax && t + k <= limit; ++k) {
                int r = matchElems(p, e + 1, t + k, limit, toks);
                if (r >= 0) return r;
            }
            return -1;
        }
        case ElemKind::NotAhead:
            if (t < limit && el.alt.matches(toks[size_t(t)])) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::NotAheadClass:
            if (matchPhraseLen(classes[size_t(el.cls)], t, limit, toks) > 0) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::Ahead:
            if (t >= limit || !el.alt.matches(toks[size_t(t)])) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::AheadClass:
            if (matchPhraseLen(classes[size_t(el.cls)], t, limit, toks) <= 0) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::ClauseEnd:
            if (t < int(toks.size()) && t > 0 && toks[size_t(t)].clause == toks[size_t(t - 1)].clause) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::ClauseStart:
            if (t > 0 && t < int(toks.size()) && toks[size_t(t)].clause == toks[size_t(t - 1)].clause) return -1;
            return matchElems(p, e + 1, t, limit, toks);
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Scoring.

namespace {

struct Candidate {
    int rule = 0;                   // index of the rule reported (after a flip)
    int priority = 0;               // of the rule that matched
    int firstTok = 0, lastTok = 0;  // inclusive
    int start = 0, end = 0;
    // The words the pattern itself matched: a clause-extended finding shows
    // the whole clause but only claims these against other rules (in an
    // unpunctuated transcript the "clause" can be the whole text).
    int claimStart = 0, claimEnd = 0;
    const Group* group = nullptr;
    bool flipped = false;
    int seq = 0;  // the pattern's index, for a stable order among equals
};

bool overlaps(const Candidate& a, const Candidate& b) {
    return a.claimStart < b.claimEnd && b.claimStart < a.claimEnd;
}

}  // namespace

Scorer::Scorer() : m_impl(std::make_unique<Impl>()) {}
Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;

Scorer Scorer::loadDirectory(const std::string& dir) {
    Scorer s;
    s.m_impl->loadLexicon(dir);
    s.m_impl->loadRules(dir);
    s.m_impl->loadModel(dir);
    s.m_impl->buildIndex();
    return s;
}

// Issue 15 stopgap, to be replaced by the scorer's own detection (issue 18):
// scorer_safety_interim.cpp.
bool interimDisclosesFear(const std::string& text);

ScoreResult Scorer::score(const std::string& text) const {
    auto t0 = std::chrono::steady_clock::now();
    ScoreResult res;
    const Impl& I = *m_impl;
    if (I.rules.empty()) throw std::runtime_error("the scorer has no rules loaded (use Scorer::loadDirectory)");
    const Model& M = I.model;
    std::vector<Token> toks = I.tokenize(text);
    const int nt = int(toks.size());

    // Quotes that hold (almost) the whole text are the user quoting
    // themselves; only a quote inside a longer text is a mention.
    int quotedCount = 0;
    for (const auto& t : toks) quotedCount += t.quoted ? 1 : 0;
    const bool quotesAreMentions = nt > 0 && double(quotedCount) < M.quotedWholeRatio * double(nt);

    // Clause and sentence limits per token.
    const size_t ntz = size_t(nt);
    std::vector<int> clauseEnd(ntz), sentEnd(ntz), clauseStart(ntz), sentStart(ntz);
    for (int t = nt - 1; t >= 0; --t) {
        bool lastC = t == nt - 1 || toks[size_t(t + 1)].clause != toks[size_t(t)].clause;
        bool lastS = t == nt - 1 || toks[size_t(t + 1)].sentence != toks[size_t(t)].sentence;
        clauseEnd[size_t(t)] = lastC ? t + 1 : clauseEnd[size_t(t + 1)];
        sentEnd[size_t(t)] = lastS ? t + 1 : sentEnd[size_t(t + 1)];
    }
    for (int t = 0; t < nt; ++t) {
        bool firstC = t == 0 || toks[size_t(t - 1)].clause != toks[size_t(t)].clause;
        bool firstS = t == 0 || toks[size_t(t - 1)].sentence != toks[size_t(t)].sentence;
        clauseStart[size_t(t)] = firstC ? t : clauseStart[size_t(t - 1)];
        sentStart[size_t(t)] = firstS ? t : sentStart[size_t(t - 1)];
    }

    // Mention frames ("do you feel like …", "you might worry that …"): for
    // each token, whether such a frame ended earlier in its sentence.
    std::vector<char> mentioned(size_t(nt), 0);
    for (int t = 0; t < nt; ++t) {
        I.cueStarts.forEach(toks[size_t(t)], [&](int ci) {
            int e = I.matchElems(I.mentionCues[size_t(ci)], 0, t, sentEnd[size_t(t)], toks);
            for (int k = std::max(e, t + 1); e > t && k < sentEnd[size_t(t)]; ++k) mentioned[size_t(k)] = 1;
        });
    }

    // A negation cue earlier in the clause, within the window, joined to the
    // match only by "bridge" words ("not SAYING THAT you're …", "not TRYING TO
    // fix you"), so an unrelated "don't" earlier in an unpunctuated transcript
    // doesn't reach it. "n't" glued to a pronoun ("don't you", "aren't we")
    // asks rather than negates; "you never"/"you don't" is the accusation itself.
    auto negationBefore = [&](int s) -> int {
        int lo = std::max(clauseStart[size_t(s)], s - M.negationWindow);
        for (int k = s - 1; k >= lo; --k) {
            const Token& c = toks[size_t(k)];
            if (I.negationCues.matches(c)) {
                bool asks = c.split && k + 1 < nt && I.pronouns.matches(toks[size_t(k + 1)]);
                bool yours = false;
                for (int b = k - 1; b >= std::max(clauseStart[size_t(s)], k - 2); --b)
                    yours = yours || I.youWords.matches(toks[size_t(b)]);
                if (!asks && !yours) return k;
            }
            if (!I.negationBridge.matches(c) && !I.negationCues.matches(c)) return -1;
        }
        return -1;
    };

    std::vector<Candidate> cands;
    // Per pattern: the first token it may match from again, so a pattern
    // doesn't report overlapping copies of itself; and a stamp so a pattern
    // listed under several start words runs once per token.
    std::vector<int> nextFree(I.patRefs.size(), 0), stamp(I.patRefs.size(), -1);
    for (int t = 0; t < nt; ++t) {
        I.ruleStarts.forEach(toks[size_t(t)], [&](int pi) {
            if (stamp[size_t(pi)] == t || t < nextFree[size_t(pi)]) return;
            stamp[size_t(pi)] = t;
            const auto& ref = I.patRefs[size_t(pi)];
            const Rule& rule = I.rules[size_t(ref.rule)];
            int limit = rule.sentenceScope ? sentEnd[size_t(t)] : clauseEnd[size_t(t)];
            int e = I.matchElems(*ref.pattern, 0, t, limit, toks);
            if (e <= t) return;
            nextFree[size_t(pi)] = e;
            int first = t, last = e - 1;
            Candidate c;
            c.rule = ref.rule;
            c.priority = rule.priority;
            c.group = ref.group;
            c.seq = pi;
            if (rule.hasNotAfter && first > 0 && toks[size_t(first - 1)].clause == toks[size_t(first)].clause &&
                rule.notAfter.matches(toks[size_t(first - 1)]))
                return;
            int neg = rule.negation == NegationMode::Ignore ? -1 : negationBefore(first);
            if (neg >= 0) {
                if (rule.negation == NegationMode::Cancel) return;
                c.rule = rule.flipIndex;
                c.flipped = true;
                c.group = nullptr;
                first = neg;
            } else if (rule.mentionCancels && mentioned[size_t(first)]) {
                return;
            }
            c.claimStart = toks[size_t(first)].start;
            c.claimEnd = toks[size_t(last)].end;
            if (rule.extendToClause) last = std::max(last, clauseEnd[size_t(t)] - 1);
            const Rule& reported = I.rules[size_t(c.rule)];
            bool quoted = quotesAreMentions && toks[size_t(t)].quoted;
            if (quoted && reported.kind == "risk" && rule.quotedCancels) return;
            c.firstTok = first;
            c.lastTok = last;
            c.start = toks[size_t(first)].start;
            c.end = toks[size_t(last)].end;
            cands.push_back(c);
        });
    }

    // Overlaps: the rule with the higher priority claims the words ("you
    // never have to go again" is agency, so it is not also an absolute).
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        if (a.priority != b.priority) return a.priority > b.priority;
        if (a.claimEnd - a.claimStart != b.claimEnd - b.claimStart)
            return a.claimEnd - a.claimStart > b.claimEnd - b.claimStart;
        if (a.start != b.start) return a.start < b.start;
        return a.seq < b.seq;
    });
    std::vector<Candidate> kept;
    for (const auto& c : cands) {
        bool clash = false;
        for (const auto& k : kept)
            if (overlaps(c, k)) {
                clash = true;
                break;
            }
        if (!clash) kept.push_back(c);
    }

    // "I'm not saying you're the problem, but you ...": a reassurance followed
    // by "but" and then a risk in the same sentence is undone by it.
    for (auto& c : kept) {
        const Rule& rule = I.rules[size_t(c.rule)];
        if (!rule.hasUndoneBy) continue;
        const int sent = toks[size_t(c.lastTok)].sentence;
        int butTok = -1;
        for (int k = c.lastTok + 1; k < nt && k <= c.lastTok + 3 && toks[size_t(k)].sentence == sent; ++k)
            if (rule.undoneBy.matches(toks[size_t(k)])) {
                butTok = k;
                break;
            }
        if (butTok < 0) continue;
        bool riskAfter = false;
        for (const auto& o : kept)
            riskAfter = riskAfter || (I.rules[size_t(o.rule)].kind == "risk" && o.firstTok > butTok &&
                                      toks[size_t(o.firstTok)].sentence == sent);
        if (!riskAfter) continue;
        c.rule = rule.undoneIndex;
        c.group = nullptr;
        c.lastTok = butTok;
        c.end = toks[size_t(butTok)].end;
    }

    std::vector<double> findingWeights;  // parallel to res.findings: what each counts before repeats
    auto addFinding = [&](int ruleIdx, int start, int end, const Group* grp) {
        const Rule& rule = I.rules[size_t(ruleIdx)];
        ScoreFinding f;
        f.rule = rule.id;
        f.kind = rule.kind;
        f.start = start;
        f.end = end;
        f.text = text.substr(size_t(start), size_t(end - start));
        f.message = grp ? grp->message : rule.message;
        f.suggestion = rule.kind == "risk" ? (grp ? grp->suggestion : rule.suggestion) : std::string();
        res.findings.push_back(std::move(f));
        findingWeights.push_back(grp && grp->weight >= 0 ? grp->weight : rule.weight);
    };
    std::vector<char> inStrength(size_t(nt), 0), sentenceHasRisk(size_t(nt ? toks.back().sentence + 1 : 0), 0);
    bool anyAsk = false, anyQuestionRule = false;
    for (const auto& c : kept) {
        const Rule& rule = I.rules[size_t(c.rule)];
        addFinding(c.rule, c.start, c.end, c.group);
        if (rule.kind == "strength")
            for (int k = c.firstTok; k <= c.lastTok; ++k) inStrength[size_t(k)] = 1;
        else
            sentenceHasRisk[size_t(toks[size_t(c.firstTok)].sentence)] = 1;
        anyAsk = anyAsk || rule.ask;
        if (rule.id == "invitation_question") anyQuestionRule = true;
    }

    // Structure: a closing question that isn't a rhetorical jab.
    if (nt > 0) {
        size_t q = text.find_last_not_of(" \t\r\n");
        bool endsWithQuestion = false;
        while (q != std::string::npos) {
            unsigned char c = static_cast<unsigned char>(text[q]);
            if (c == '?') {
                endsWithQuestion = true;
                break;
            }
            // Skip closing quotes/brackets (ASCII or the UTF-8 bytes of ” ’ ») and emoji tails.
            if (c == '"' || c == '\'' || c == ')' || c >= 0x80) {
                if (q == 0) break;
                --q;
                continue;
            }
            break;
        }
        int lastSentence = toks.back().sentence;
        if (endsWithQuestion && !anyQuestionRule && !sentenceHasRisk[size_t(lastSentence)]) {
            int s = sentStart[size_t(nt - 1)];
            addFinding(I.ruleQuestionMark, toks[size_t(s)].start, toks[size_t(nt - 1)].end, nullptr);
            anyAsk = true;
        }
    }

    // Balance: "we/us/our" against "you/your", leaving out the "you" inside
    // strengths ("would you", "you pick", "up to you") — that you is kind.
    int weCount = 0, youCount = 0, firstWe = -1;
    std::vector<int> youPerSentence(size_t(nt ? toks.back().sentence + 1 : 0), 0);
    for (int t = 0; t < nt; ++t) {
        const Token& tk = toks[size_t(t)];
        if (quotesAreMentions && tk.quoted) continue;
        if (I.weWords.matches(tk)) {
            ++weCount;
            if (firstWe < 0) firstWe = t;
        } else if (I.youWords.matches(tk) && !inStrength[size_t(t)]) {
            ++youCount;
            ++youPerSentence[size_t(tk.sentence)];
        }
    }
    if (weCount >= M.balanceMinWe && weCount >= youCount && firstWe >= 0) {
        addFinding(I.ruleWeBalance, toks[size_t(firstWe)].start, toks[size_t(firstWe)].end, nullptr);
    } else if (youCount >= M.heavyMinYou && double(youCount) >= M.heavyRatio * double(std::max(weCount, 1))) {
        int best = int(std::max_element(youPerSentence.begin(), youPerSentence.end()) - youPerSentence.begin());
        int s = -1, e = -1;
        for (int t = 0; t < nt; ++t)
            if (toks[size_t(t)].sentence == best) {
                if (s < 0) s = t;
                e = t;
            }
        if (s >= 0) addFinding(I.ruleYouHeavy, toks[size_t(s)].start, toks[size_t(e)].end, nullptr);
    }

    // Length of a spoken invitation, in words as written.
    const int wordCount = nt ? toks.back().word + 1 : 0;
    int longRepeats = 0;
    if (wordCount > M.longWords) {
        int from = 0;
        while (from < nt && toks[size_t(from)].word < M.longWords) ++from;
        addFinding(I.ruleTooLong, toks[size_t(from)].start, toks[size_t(nt - 1)].end, nullptr);
        longRepeats = 1 + int(double(wordCount - M.longWords) / M.longRepeatEvery);
    } else if (nt > 0 && wordCount <= M.shortWords && !anyAsk) {
        addFinding(I.ruleTooShort, toks[0].start, toks[size_t(nt - 1)].end, nullptr);
    }

    // The score: base plus capped weights per rule.
    // A finding from a lighter group counts its group's weight; the heaviest
    // finding of a rule counts in full, each further one at most repeat_weight.
    std::vector<int> counts(I.rules.size(), 0);
    std::vector<std::vector<double>> weights(I.rules.size());
    for (size_t fi = 0; fi < res.findings.size(); ++fi)
        for (size_t ri = 0; ri < I.rules.size(); ++ri)
            if (I.rules[ri].id == res.findings[fi].rule) {
                ++counts[ri];
                weights[ri].push_back(fi < findingWeights.size() ? findingWeights[fi] : I.rules[ri].weight);
            }
    if (longRepeats > 1) counts[size_t(I.ruleTooLong)] = longRepeats;
    double raw = M.base;
    bool severe = false;
    for (size_t ri = 0; ri < I.rules.size(); ++ri) {
        if (!counts[ri]) continue;
        const Rule& rule = I.rules[ri];
        int n = std::min(counts[ri], rule.maxCount);
        auto& ws = weights[ri];
        std::sort(ws.begin(), ws.end(), std::greater<>());
        double w = ws.empty() ? rule.weight : ws[0];
        for (int k = 1; k < n; ++k)
            w += std::min(rule.repeatWeight, size_t(k) < ws.size() ? ws[size_t(k)] : rule.weight);
        raw += rule.kind == "strength" ? w : -w;
        severe = severe || (rule.severe && rule.kind == "risk");
    }
    // Soft ends: past `top` (or below `bottom`) each point counts for less,
    // so the score approaches 100 (or 0) without piling up at the clamp.
    double s = raw;
    if (s > M.softTop) s = M.softTop + (100 - M.softTop) * (1 - std::exp(-(s - M.softTop) / M.softWidth));
    if (s < M.softBottom) s = M.softBottom * std::exp((s - M.softBottom) / M.softWidth);
    if (severe && s > M.severeKnee)
        s = M.severeKnee + (M.severeCeiling - M.severeKnee) * (1 - std::exp(-(s - M.severeKnee) / M.softWidth));
    res.score = std::clamp(int(std::lround(s)), 0, 100);
    if (severe) res.score = std::min(res.score, int(std::ceil(M.bandInvitation)) - 1);
    res.band = res.score >= M.bandInvitation ? "invitation" : res.score >= M.bandMixed ? "mixed" : "accusation";

    std::stable_sort(res.findings.begin(), res.findings.end(), [](const ScoreFinding& a, const ScoreFinding& b) {
        if (a.start != b.start) return a.start < b.start;
        return a.end < b.end;
    });
    res.safety = interimDisclosesFear(text);  // issue 15 stopgap; issue 18 replaces it
    res.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

boost::json::value scoreResultToJson(const ScoreResult& r) {
    boost::json::object o;
    o["score"] = r.score;
    o["band"] = r.band;
    boost::json::array fs;
    for (const auto& f : r.findings) {
        boost::json::object fo;
        fo["rule"] = f.rule;
        fo["kind"] = f.kind;
        fo["start"] = f.start;
        fo["end"] = f.end;
        fo["text"] = f.text;
        fo["message"] = f.message;
        fo["suggestion"] = f.suggestion;
        fs.push_back(std::move(fo));
    }
    o["findings"] = std::move(fs);
    o["elapsed_ms"] = r.elapsedMs;
    return o;
}

std::string bandPhrase(const std::string& band) {
    // "In between" rather than "mixed: may land as blame": a plain sentence
    // with nothing warm or hard in it lands here too.
    if (band == "invitation") return "reads as an invitation";
    if (band == "mixed") return "somewhere in between";
    if (band == "accusation") return "may land as an accusation";
    return band;
}

}  // namespace doorway
