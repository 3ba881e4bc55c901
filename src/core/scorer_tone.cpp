// The fitted backstop (scorer_tone.hpp): its features, reading tone.json,
// and a verdict with the words that carried it.
#include "core/scorer_tone.hpp"

#include "core/content.hpp"
#include "core/stem.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

namespace doorway {

namespace {

struct Word {
    std::string stem, plain;  // plain: lower case, apostrophes dropped
    int start = 0, end = 0;
    int sentence = 0, clause = 0;
    bool lastBeforeQuestion = false;
};

enum class Kind { Word, Apostrophe, SentenceEnd, ClauseEnd, Space };

// What the character at i is, and its length in bytes. Curly quotes, dashes
// and the ellipsis (U+2010..U+2027) are punctuation, not letters.
Kind kindAt(const std::string& s, size_t i, size_t& len) {
    unsigned char c = (unsigned char)s[i];
    len = 1;
    if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80) {
        len = 3;
        unsigned char d = (unsigned char)s[i + 2];
        if (d == 0x98 || d == 0x99) return Kind::Apostrophe;
        if (d == 0xA6) return Kind::SentenceEnd;
        if (d >= 0x90 && d <= 0x95) return Kind::ClauseEnd;
        if (d >= 0x90 && d <= 0xA7) return Kind::Space;
    }
    if (c == '\'') return Kind::Apostrophe;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) return Kind::Word;
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') return Kind::SentenceEnd;
    if (c == ',' || c == ':' || c == '-' || c == '(' || c == ')') return Kind::ClauseEnd;
    return Kind::Space;
}

// Words with their sentence and clause: a sentence ends at . ! ? ; or a line
// break, a clause also at a comma, colon or dash. An apostrophe inside a word
// joins it ("don't" -> "dont", "you’ll" -> "youll").
std::vector<Word> toneWords(const std::string& text) {
    std::vector<Word> out;
    int sentence = 0, clause = 0;
    size_t i = 0, len = 0;
    while (i < text.size()) {
        Kind k = kindAt(text, i, len);
        if (k == Kind::Word) {
            Word w;
            w.start = int(i);
            size_t endAt = i;
            while (i < text.size()) {
                Kind kk = kindAt(text, i, len);
                if (kk == Kind::Apostrophe) {
                    size_t next = 0;
                    if (i + len < text.size() && kindAt(text, i + len, next) == Kind::Word) {
                        i += len;
                        continue;
                    }
                    break;
                }
                if (kk != Kind::Word) break;
                for (size_t b = 0; b < len; ++b) {
                    unsigned char ch = (unsigned char)text[i + b];
                    w.plain += char(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
                }
                i += len;
                endAt = i;
            }
            w.end = int(endAt);
            w.sentence = sentence;
            w.clause = clause;
            w.stem = stemWord(w.plain);
            out.push_back(std::move(w));
            continue;
        }
        const bool open = !out.empty() && out.back().sentence == sentence;
        if (k == Kind::SentenceEnd && open) {
            if (text[i] == '?') out.back().lastBeforeQuestion = true;
            ++sentence, ++clause;
        } else if (k == Kind::ClauseEnd && !out.empty() && out.back().clause == clause) {
            ++clause;
        }
        i += len;
    }
    return out;
}

// How far on "me" may stand from "you" for "#you_me" ("you pinned me", "you
// took my phone", "you made me sign").
constexpr int kYouMeReach = 4;

// The word classes of ToneWords as bits, looked up once per word of a text
// (the shapes and pairs ask about the same words many times over).
enum ToneClass : uint32_t {
    kYou = 1u << 0,
    kMe = 1u << 1,
    kAgent = 1u << 2,
    kPartner = 1u << 3,
    kHarm = 1u << 4,
    kFear = 1u << 5,
    kControl = 1u << 6,
    kCommonStem = 1u << 7,  // of the word's stem, not its plain form
    kBreaker = 1u << 8,
    kServed = 1u << 9,
    kKindly = 1u << 10,
    kNegation = 1u << 11,
    kObligation = 1u << 12,
};

using ClassBits = std::vector<uint32_t>;

ClassBits classBits(const std::vector<Word>& ws, const ToneWords& given) {
    // A ToneWords filled by hand, never indexed: index a copy for this call.
    ToneWords indexed;
    const bool unindexed = given.classesOfWord.empty() && given.commonStems.empty();
    if (unindexed) indexed = given, indexToneWords(indexed);
    const ToneWords& tw = unindexed ? indexed : given;
    ClassBits out(ws.size(), 0);
    for (size_t i = 0; i < ws.size(); ++i) {
        if (auto it = tw.classesOfWord.find(ws[i].plain); it != tw.classesOfWord.end()) out[i] = it->second;
        if (tw.commonStems.count(ws[i].stem)) out[i] |= kCommonStem;
    }
    return out;
}
constexpr int kShapeReach = 4;  // how far apart the words of a shape may stand, in one clause

}  // namespace

namespace {

// The next word from i in its clause within kShapeReach, before a word that
// starts another thought, that is in class `cls`; -1 if none.
int findAhead(const std::vector<Word>& ws, size_t i, const ClassBits& cb, ToneClass cls) {
    for (size_t k = i + 1; k < ws.size() && k <= i + kShapeReach && ws[k].clause == ws[i].clause; ++k) {
        if (cb[k] & kBreaker) return -1;
        if (cb[k] & cls) return int(k);
    }
    return -1;
}

// Is what follows "me" at `m` something served (ToneWords::served), past one
// article, or what leaves the speaker better off (ToneWords::kindly)?
bool kindnessAfter(const std::vector<Word>& ws, size_t m, const ClassBits& cb) {
    auto inClause = [&](size_t k) { return k < ws.size() && ws[k].clause == ws[m].clause; };
    size_t k = m + 1;
    if (inClause(k) && (cb[k] & kKindly)) return true;
    if (inClause(k) && (ws[k].plain == "a" || ws[k].plain == "an" || ws[k].plain == "some" || ws[k].plain == "the"))
        ++k;
    return inClause(k) && (cb[k] & kServed);
}

// Shapes built from the word classes above, each named by the words that
// make it:
//   #partner_harm_me   the partner acts, a harm or control verb, me as object
//                      ("he shoved me", "you took my keys", "she won't let me")
//   #fear_of_partner   a fear word with the partner feared ("scared of him",
//                      "afraid of what you'll do"), or the partner scaring
//                      ("you frighten me")
//   #control_object    a control verb on what one can hold over another
//                      ("took my passport", "check my phone", "not allowed money")
template <class Add>
void addShapes(const std::vector<Word>& ws, size_t i, const ClassBits& cb, Add& add) {
    const Word& w = ws[i];
    if (cb[i] & kAgent) {
        int v = findAhead(ws, i, cb, kHarm);
        if (v >= 0) {
            int m = findAhead(ws, size_t(v), cb, kMe);
            if (m >= 0 && !kindnessAfter(ws, size_t(m), cb))
                add("#partner_harm_me", w.start, ws[size_t(m)].end, ws[size_t(m)], false);
        }
    }
    if (cb[i] & kFear) {
        int p = findAhead(ws, i, cb, kPartner);
        if (p >= 0) add("#fear_of_partner", w.start, ws[size_t(p)].end, ws[size_t(p)], false);
    }
    if (cb[i] & kHarm) {
        int o = findAhead(ws, i, cb, kControl);
        if (o >= 0) add("#control_object", w.start, ws[size_t(o)].end, ws[size_t(o)], false);
    }
}

// The word classes a word belongs to, as feature names ("=harm", "=me").
std::vector<std::string> classesOf(uint32_t bits) {
    std::vector<std::string> out;
    if (bits & kHarm) out.push_back("=harm");
    if (bits & kControl) out.push_back("=control");
    if (bits & kFear) out.push_back("=fear");
    if (bits & kPartner) out.push_back("=partner");
    if (bits & kMe) out.push_back("=me");
    return out;
}

// ToneFeatureSet::classPairs for the neighbours `a` and `b`.
template <class Add>
void addClassPairs(const Word& a, uint32_t aBits, const Word& b, uint32_t bBits, Add& add) {
    if (!((aBits | bBits) & (kHarm | kControl | kFear | kPartner | kMe))) return;
    const std::vector<std::string> ca = classesOf(aBits), cb = classesOf(bBits);
    for (const auto& x : ca) add(x + " " + b.stem, a.start, b.end, b, false);
    for (const auto& y : cb) add(a.stem + " " + y, a.start, b.end, b, false);
    for (const auto& x : ca)
        for (const auto& y : cb) add(x + " " + y, a.start, b.end, b, false);
}

// Which words stand in a lifted burden (ToneWords::negation): the negation,
// what follows it up to the "to"; and "#release" once for each.
template <class Add>
std::vector<char> releasedWords(const std::vector<Word>& ws, const ClassBits& cb, Add& add) {
    std::vector<char> out(ws.size(), 0);
    for (size_t i = 0; i < ws.size(); ++i) {
        if (!(cb[i] & kNegation)) continue;
        for (size_t k = i + 1; k + 1 < ws.size() && k <= i + 2 && ws[k].clause == ws[i].clause; ++k)
            if ((cb[k] & kObligation) && ws[k + 1].plain == "to") {
                std::fill(out.begin() + long(i), out.begin() + long(k) + 2, 1);
                add("#release", ws[i].start, ws[k + 1].end, ws[k + 1], false);
                break;
            }
    }
    return out;
}

std::vector<ToneFeature> featuresOf(const std::vector<Word>& ws, const ToneWords& tw, ToneFeatureSet set) {
    const bool commonUnigrams = set.commonUnigrams;
    std::vector<ToneFeature> out;
    std::unordered_set<std::string> seen;
    seen.reserve(ws.size() * 6);
    auto add = [&](std::string name, int start, int end, const Word& last, bool common) {
        if (seen.insert(name).second) out.push_back({std::move(name), start, end, common, last.sentence, last.clause});
    };
    const ClassBits cb = classBits(ws, tw);
    const std::vector<char> released = releasedWords(ws, cb, add);
    for (size_t i = 0; i < ws.size(); ++i) {
        const Word& w = ws[i];
        const bool common = cb[i] & kCommonStem;
        // A lifted burden's words speak only through "#release" and the
        // shapes; their stems and pairs would lean toward blame.
        const bool lifted = released[i] || (i > 0 && released[i - 1]);
        if (!released[i] && (!common || commonUnigrams)) add(w.stem, w.start, w.end, w, common);
        const bool first = i == 0 || ws[i - 1].sentence != w.sentence;
        if (first && !released[i] && (!common || commonUnigrams)) add("^ " + w.stem, w.start, w.end, w, common);
        // Two common words together ("when you", "and i") say how the corpus
        // was written more than what a message means: left out with them.
        const bool commonPair = common && !first && (cb[i - 1] & kCommonStem);
        if (!first && !lifted && (!commonPair || commonUnigrams))
            add(ws[i - 1].stem + " " + w.stem, ws[i - 1].start, w.end, w, commonPair);
        if (w.lastBeforeQuestion) add("#question", w.start, w.end, w, true);
        if (cb[i] & kYou)
            for (size_t k = i + 1; k < ws.size() && k <= i + kYouMeReach && ws[k].clause == w.clause; ++k)
                if (cb[k] & kMe) {
                    add("#you_me", w.start, ws[k].end, ws[k], false);
                    break;
                }
        addShapes(ws, i, cb, add);
        // Class pairs keep the rule for two common words: "=partner said"
        // would bring back the "he said" that reported speech taught.
        if (set.classPairs && !first && !commonPair) addClassPairs(ws[i - 1], cb[i - 1], w, cb[i], add);
        if (set.skipPairs && i >= 2 && ws[i - 2].clause == w.clause && !lifted && !released[i - 2] &&
            !(common && (cb[i - 2] & kCommonStem)))
            add(ws[i - 2].stem + " _ " + w.stem, ws[i - 2].start, w.end, w, false);
    }
    return out;
}

// A sentence longer than this is named by its clause that carries most.
constexpr int kLongSentenceWords = 14;

// The sentence (or, in a long one, the clause) whose features add up to the
// most, as a byte span; {-1, -1} when none adds up to more than nothing.
std::pair<int, int> heaviestSpan(const std::vector<Word>& ws,
                                 const std::vector<std::pair<double, const ToneFeature*>>& in) {
    std::map<int, double> bySentence, byClause;
    for (const auto& [w, f] : in) {
        bySentence[f->sentence] += w;
        byClause[f->clause] += w;
    }
    int best = -1;
    double top = 0;
    for (const auto& [k, w] : bySentence)
        if (w > top) best = k, top = w;
    if (best < 0) return {-1, -1};
    int start = -1, end = -1, words = 0;
    for (const auto& w : ws)
        if (w.sentence == best) {
            if (start < 0) start = w.start;
            end = w.end, ++words;
        }
    if (words <= kLongSentenceWords) return {start, end};
    int clause = -1;
    top = 0;
    for (const auto& w : ws)
        if (w.sentence == best && byClause[w.clause] > top) clause = w.clause, top = byClause[w.clause];
    if (clause < 0) return {start, end};
    start = -1;
    for (const auto& w : ws)
        if (w.clause == clause) {
            if (start < 0) start = w.start;
            end = w.end;
        }
    return {start, end};
}

}  // namespace

void indexToneWords(ToneWords& tw) {
    const std::pair<const std::set<std::string>*, ToneClass> byPlain[] = {
        {&tw.you, kYou},       {&tw.me, kMe},         {&tw.agent, kAgent},       {&tw.partner, kPartner},
        {&tw.harm, kHarm},     {&tw.fear, kFear},     {&tw.control, kControl},   {&tw.breakers, kBreaker},
        {&tw.served, kServed}, {&tw.kindly, kKindly}, {&tw.negation, kNegation}, {&tw.obligation, kObligation},
    };
    tw.classesOfWord.clear();
    for (const auto& [set, bit] : byPlain)
        for (const auto& word : *set) tw.classesOfWord[word] |= bit;
    tw.commonStems = {tw.common.begin(), tw.common.end()};
}

std::vector<ToneFeature> toneFeatures(const std::string& text, const ToneWords& words, ToneFeatureSet set) {
    return featuresOf(toneWords(text), words, set);
}

// ---------------------------------------------------------------------------
// tone.json

namespace {

constexpr const char* kToneFormat = "doorway-scoring-tone";
constexpr int kToneVersion = 1;

double number(const ContentFile& cf, const json::value& v, const std::string& key, double lo, double hi) {
    const std::optional<double> n = jsonNumber(v);
    if (!n) cf.fail(key, "must be a number");
    const double d = *n;
    if (!(d >= lo && d <= hi)) cf.fail(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return d;
}

const json::object& object(const ContentFile& cf, const json::value* v, const std::string& key) {
    if (!v) cf.fail(key, "is missing");
    if (!v->is_object()) cf.fail(key, "must be an object");
    return v->as_object();
}

void onlyKeys(const ContentFile& cf, const json::object& o, const std::string& at,
              std::initializer_list<const char*> keys) {
    for (const auto& kv : o) {
        bool known = false;
        for (const char* k : keys) known = known || kv.key() == k;
        if (!known)
            cf.fail(at.empty() ? std::string(kv.key()) : at + "." + std::string(kv.key()),
                    "is not a known key (a typo?)");
    }
}

ToneHead readHead(const ContentFile& cf, const json::object& heads, const std::string& name) {
    const std::string at = "heads." + name;
    const json::object& o = object(cf, heads.if_contains(name), at);
    onlyKeys(
        cf, o, at,
        {"bias", "threshold", "check_threshold", "hold_threshold", "fail_threshold", "veto_threshold",
         "mixed_threshold", "agree_threshold", "common_unigrams", "class_pairs", "skip_pairs", "comment", "weights"});
    ToneHead h;
    h.name = name;
    const json::value* bias = o.if_contains("bias");
    if (!bias) cf.fail(at + ".bias", "is missing");
    h.bias = number(cf, *bias, at + ".bias", -100, 100);
    const json::value* th = o.if_contains("threshold");
    if (!th) cf.fail(at + ".threshold", "is missing");
    h.threshold = number(cf, *th, at + ".threshold", 0.01, 0.99);
    const json::value* cu = o.if_contains("common_unigrams");
    if (!cu) cf.fail(at + ".common_unigrams", "is missing");
    if (!cu->is_bool()) cf.fail(at + ".common_unigrams", "must be true or false");
    h.features.commonUnigrams = cu->as_bool();
    if (const json::value* cp = o.if_contains("class_pairs")) {
        if (!cp->is_bool()) cf.fail(at + ".class_pairs", "must be true or false");
        h.features.classPairs = cp->as_bool();
    }
    if (const json::value* sp = o.if_contains("skip_pairs")) {
        if (!sp->is_bool()) cf.fail(at + ".skip_pairs", "must be true or false");
        h.features.skipPairs = sp->as_bool();
    }
    // An edge one head alone reads (0: none), checked against its own edge
    // below.
    auto edge = [&](const char* key, const char* onlyFor, double lo, double hi, const char* orFor = nullptr) {
        const json::value* v = o.if_contains(key);
        if (!v) return 0.0;
        if (name != onlyFor && (!orFor || name != orFor))
            cf.fail(at + "." + key, std::string("is read for the ") + onlyFor +
                                        (orFor ? std::string(" and ") + orFor + " heads only" : " head only"));
        return number(cf, *v, at + "." + key, lo, hi);
    };
    h.checkThreshold = edge("check_threshold", "safety", 0.01, 0.99);
    if (h.checkThreshold > h.threshold) cf.fail(at + ".check_threshold", "must not be above threshold");
    h.holdThreshold = edge("hold_threshold", "warmth", 0.001, 0.5);
    if (h.holdThreshold >= h.threshold) cf.fail(at + ".hold_threshold", "must be below threshold");
    h.failThreshold = edge("fail_threshold", "jab", 0.01, 0.99);
    if (h.failThreshold > h.threshold) cf.fail(at + ".fail_threshold", "must not be above threshold");
    h.vetoThreshold = edge("veto_threshold", "jab", 0.001, 0.5);
    if (h.vetoThreshold > 0 && h.vetoThreshold >= (h.failThreshold > 0 ? h.failThreshold : h.threshold))
        cf.fail(at + ".veto_threshold",
                h.failThreshold > 0 ? "must be below fail_threshold" : "must be below threshold");
    h.mixedThreshold = edge("mixed_threshold", "disclosure", 0.01, 0.99);
    if (h.mixedThreshold > 0 && h.mixedThreshold < h.threshold)
        cf.fail(at + ".mixed_threshold", "must not be below threshold");
    h.agreeThreshold = edge("agree_threshold", "safety", 0.01, 0.99, "disclosure");
    // Above the safety head's check edge the gentle check comes anyway, so
    // an agree edge there would add nothing (fit_tone places it under).
    const double agreeBelow = h.checkThreshold > 0 ? h.checkThreshold : h.threshold;
    if (name == "safety" && h.agreeThreshold > 0 && h.agreeThreshold >= agreeBelow)
        cf.fail(at + ".agree_threshold",
                h.checkThreshold > 0 ? "must be below check_threshold" : "must be below threshold");
    const json::object& ws = object(cf, o.if_contains("weights"), at + ".weights");
    if (ws.empty()) cf.fail(at + ".weights", "must list at least one feature");
    for (const auto& kv : ws) {
        std::string key = at + ".weights." + std::string(kv.key());
        if (kv.key().empty()) cf.fail(at + ".weights", "a feature name must not be empty");
        h.weights[std::string(kv.key())] = number(cf, kv.value(), key, -50, 50);
    }
    return h;
}

// One class of "words": plain words, or "verb~" for every regular tense.
std::set<std::string> readWordClass(const ContentFile& cf, const json::object& words, const std::string& name) {
    const std::string at = "words." + name;
    const json::value* v = words.if_contains(name);
    if (!v) cf.fail(at, "is missing");
    if (!v->is_array() || v->as_array().empty()) cf.fail(at, "must be a list of words");
    std::set<std::string> out;
    for (const auto& e : v->as_array()) {
        if (!e.is_string()) cf.fail(at, "must list words as strings");
        std::string w(e.as_string());
        const bool verb = w.size() > 2 && w.back() == '~';
        if (verb) w.pop_back();
        if (w.empty()) cf.fail(at, "must not list an empty word");
        for (char c : w)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                cf.fail(at, "'" + std::string(e.as_string()) +
                                "': write plain lower-case words without apostrophes (\"youll\"), or 'verb~'");
        if (verb)
            for (auto& f : verbForms(w)) out.insert(std::move(f));
        else
            out.insert(std::move(w));
    }
    return out;
}

ToneWords readWords(const ContentFile& cf, const json::object& root) {
    const json::object& o = object(cf, root.if_contains("words"), "words");
    onlyKeys(cf, o, "words",
             {"comment", "you", "me", "agent", "partner", "harm", "fear", "control", "common", "breakers", "negation",
              "obligation", "served", "kindly"});
    ToneWords w;
    w.you = readWordClass(cf, o, "you");
    w.me = readWordClass(cf, o, "me");
    w.agent = readWordClass(cf, o, "agent");
    w.partner = readWordClass(cf, o, "partner");
    w.harm = readWordClass(cf, o, "harm");
    w.fear = readWordClass(cf, o, "fear");
    w.control = readWordClass(cf, o, "control");
    w.common = readWordClass(cf, o, "common");
    w.breakers = readWordClass(cf, o, "breakers");
    w.negation = readWordClass(cf, o, "negation");
    w.obligation = readWordClass(cf, o, "obligation");
    w.served = readWordClass(cf, o, "served");
    // Optional: a file fitted before session 21 has none, and reads as it did.
    if (o.contains("kindly")) w.kindly = readWordClass(cf, o, "kindly");
    indexToneWords(w);
    return w;
}

}  // namespace

ToneModel ToneModel::parse(const std::string& text, const std::string& name) {
    ContentFile cf = ContentFile::parse(text, name);
    ToneModel m;
    try {
        cf.checkFormat(kToneFormat, kToneVersion);
        const json::object& root = cf.root().as_object();
        onlyKeys(cf, root, "", {"format", "version", "comment", "fitted", "words", "heads"});
        m.m_words = readWords(cf, root);
        const json::object& heads = object(cf, root.if_contains("heads"), "heads");
        onlyKeys(cf, heads, "heads", {"safety", "jab", "blame", "warmth", "met", "disclosure"});
        for (const char* h : {"safety", "jab"}) m.m_heads.push_back(readHead(cf, heads, h));
        // "blame" (session 9), "warmth" and "met" (session 13) and
        // "disclosure" (session 35) came later: a file fitted before them has
        // none, and the scorer and role-play do without them.
        for (const char* h : {"blame", "warmth", "met", "disclosure"})
            if (heads.contains(h)) m.m_heads.push_back(readHead(cf, heads, h));
        // The agree edges speak only together: one without the other is a
        // half-written file, not a choice. (With no disclosure head at all,
        // the safety head's has nothing to agree with and is left unused.)
        const ToneHead* safety = m.head("safety");
        const ToneHead* disclosure = m.head("disclosure");
        const bool safetyAgrees = safety && safety->agreeThreshold > 0;
        const bool disclosureAgrees = disclosure && disclosure->agreeThreshold > 0;
        if (disclosure && safetyAgrees != disclosureAgrees)
            cf.fail(safetyAgrees ? "heads.safety.agree_threshold" : "heads.disclosure.agree_threshold",
                    safetyAgrees ? "needs heads.disclosure.agree_threshold beside it"
                                 : "needs heads.safety.agree_threshold beside it");
    } catch (const ContentError& e) {
        throw cf.placed(e);
    }
    return m;
}

ToneModel ToneModel::loadFile(const std::string& path) {
    ContentFile cf = ContentFile::read(path);
    return parse(cf.text(), cf.name());
}

const ToneHead* ToneModel::head(const std::string& name) const {
    for (const auto& h : m_heads)
        if (h.name == name) return &h;
    return nullptr;
}

struct ToneReading::Cache {
    const ToneModel* model = nullptr;  // whose word classes the features were read with
    bool read = false;
    std::vector<Word> words;
    std::vector<std::pair<ToneFeatureSet, std::vector<ToneFeature>>> features;  // one per set asked for
};

ToneReading::ToneReading(std::string text) : m_text(std::move(text)), m_cache(std::make_shared<Cache>()) {}

ToneVerdict ToneModel::judge(const std::string& name, const std::string& text, const std::string& qualifier,
                             bool towardNo) const {
    return judge(name, ToneReading(text), qualifier, towardNo);
}

ToneVerdict ToneModel::judge(const std::string& name, const ToneReading& reading, const std::string& qualifier,
                             bool towardNo) const {
    ToneVerdict v;
    const ToneHead* h = head(name);
    if (!h) return v;
    const std::string& text = reading.text();
    ToneReading::Cache& cache = *reading.m_cache;
    if (!cache.read) cache.words = toneWords(text), cache.read = true;
    if (cache.model != this) cache.features.clear(), cache.model = this;
    const std::vector<Word>& ws = cache.words;
    auto known = std::find_if(cache.features.begin(), cache.features.end(),
                              [&](const auto& e) { return e.first == h->features; });
    if (known == cache.features.end())
        known = cache.features.insert(cache.features.end(), {h->features, featuresOf(ws, m_words, h->features)});
    const std::vector<ToneFeature>& fs = known->second;
    auto weightOf = [&](const std::string& feature) {
        auto it = h->weights.find(feature);
        return it == h->weights.end() ? std::optional<double>() : std::optional<double>(it->second);
    };
    const double bias =
        h->bias + (qualifier.empty() ? 0.0 : weightOf(qualifiedFeature(qualifier, kQualifierBias)).value_or(0.0));
    double z = bias;
    std::vector<std::pair<double, const ToneFeature*>> weighed, pushed;
    const double sign = towardNo ? -1.0 : 1.0;  // the direction the evidence and the span are named for
    for (const auto& f : fs) {
        std::optional<double> w = weightOf(f.name);
        if (!qualifier.empty())
            if (std::optional<double> q = weightOf(qualifiedFeature(qualifier, f.name))) w = w.value_or(0.0) + *q;
        if (!w) continue;
        z += *w;
        v.someAgainst = v.someAgainst || *w < 0;
        weighed.emplace_back(sign * *w, &f);
        if (sign * *w > 0) pushed.emplace_back(sign * *w, &f);
    }
    v.wordsLean = z - bias;
    v.probability = z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
    v.passes = v.probability >= h->threshold;
    std::stable_sort(pushed.begin(), pushed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < pushed.size() && i < 5; ++i) {
        const ToneFeature& f = *pushed[i].second;
        v.evidence.push_back({text.substr(size_t(f.start), size_t(f.end - f.start)), f.start, f.end, pushed[i].first});
    }
    auto [start, end] = heaviestSpan(ws, weighed);
    if (start < 0 && !v.evidence.empty()) {
        start = v.evidence[0].start, end = v.evidence[0].end;
        v.spanIsOneFeature = true;
    }
    if (start < 0) return v;
    v.start = start;
    v.end = end;
    v.text = text.substr(size_t(start), size_t(end - start));
    return v;
}

}  // namespace doorway
