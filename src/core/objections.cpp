#include "core/objections.hpp"

#include "core/paths.hpp"

#include <boost/json.hpp>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <set>

namespace doorway {

namespace json = boost::json;

// [SECTION] words

namespace {

struct Word {
    std::string text;  // lower case, apostrophes removed
    int start = 0;
    int end = 0;
};

bool isWordByte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80;
}

// Length of an apostrophe at `i` ("'" or U+2019), 0 if none.
size_t apostropheAt(const std::string& s, size_t i) {
    if (s[i] == '\'') return 1;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99)
        return 3;
    return 0;
}

// Splits into words; an apostrophe inside a word joins it ("can't" -> "cant").
// With `pattern`, a trailing '*' stays on its word and "..." is its own token.
std::vector<Word> words(const std::string& s, bool pattern = false) {
    std::vector<Word> out;
    size_t i = 0;
    while (i < s.size()) {
        if (pattern && s.compare(i, 3, "...") == 0) {
            out.push_back({"...", int(i), int(i + 3)});
            i += 3;
            continue;
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (!isWordByte(c) || apostropheAt(s, i)) {
            ++i;
            continue;
        }
        Word w;
        w.start = int(i);
        while (i < s.size()) {
            size_t ap = apostropheAt(s, i);
            if (ap && i + ap < s.size() && isWordByte(static_cast<unsigned char>(s[i + ap])) &&
                !apostropheAt(s, i + ap)) {
                i += ap;
                continue;
            }
            c = static_cast<unsigned char>(s[i]);
            if (!isWordByte(c) || ap) break;
            w.text += char(std::tolower(c));
            ++i;
        }
        if (pattern && i < s.size() && s[i] == '*') {
            w.text += '*';
            ++i;
        }
        w.end = int(i);
        out.push_back(std::move(w));
    }
    return out;
}

bool wordMatches(const std::string& pat, const std::string& word) {
    if (!pat.empty() && pat.back() == '*') return word.compare(0, pat.size() - 1, pat, 0, pat.size() - 1) == 0;
    return pat == word;
}

constexpr int kMaxGap = 4;

// Matches pattern words [pi..) at text words [ti..); returns the end word
// index (exclusive) or -1.
int matchFrom(const std::vector<Word>& text, size_t ti, const std::vector<Word>& pat, size_t pi) {
    if (pi == pat.size()) return int(ti);
    if (pat[pi].text == "...") {
        for (int gap = 0; gap <= kMaxGap && ti + size_t(gap) <= text.size(); ++gap) {
            int end = matchFrom(text, ti + size_t(gap), pat, pi + 1);
            if (end >= 0) return end;
        }
        return -1;
    }
    if (ti >= text.size() || !wordMatches(pat[pi].text, text[ti].text)) return -1;
    return matchFrom(text, ti + 1, pat, pi + 1);
}

bool isNegation(const std::string& w) {
    static const std::set<std::string> kNegations = {
        "not",  "no",      "never",  "hardly",  "barely",  "isnt", "arent",  "wasnt",   "werent",
        "dont", "doesnt",  "didnt",  "wont",    "wouldnt", "cant", "cannot", "couldnt", "shouldnt",
        "aint", "nothing", "nobody", "without", "neither", "nor",  "none"};
    return kNegations.count(w) > 0;
}

// Words that may stand between a negation and what it negates: "not really
// that cheap", "I don't think it's private", "not even one session".
bool isNegationFiller(const std::string& w) {
    static const std::set<std::string> kFillers = {
        "very",     "that",  "really",   "so",          "too",    "exactly", "particularly", "even",   "just",
        "all",      "at",    "any",      "a",           "an",     "the",     "one",          "single", "think",
        "saying",   "say",   "mean",     "believe",     "be",     "being",   "is",           "it",     "its",
        "actually", "quite", "remotely", "necessarily", "always", "gonna",   "going",        "to"};
    return kFillers.count(w) > 0;
}

// Punctuation that ends a clause between two words: a negation does not
// reach past it ("No, it's cheap").
bool clauseBreak(const std::string& src, const Word& before, const Word& after) {
    for (int i = before.end; i < after.start; ++i)
        if (std::strchr(",.;:!?()", src[size_t(i)]) != nullptr) return true;
    return false;
}

// Is the match starting at word `ti` negated by the words just before it?
bool negatedAt(const std::string& src, const std::vector<Word>& text, size_t ti) {
    size_t i = ti;
    for (int fillers = 0; i > 0 && fillers <= 2; ++fillers) {
        const Word& prev = text[i - 1];
        if (clauseBreak(src, prev, text[i])) return false;
        if (isNegation(prev.text)) {
            // "no" only reaches the very next word ("no one session"); a
            // spoken "no its just one session" is an interjection.
            if (prev.text == "no" && i != ti) return false;
            // "why not try one session", "could we not just try one".
            if (prev.text == "not" && i >= 2) {
                const std::string& before = text[i - 2].text;
                if (before == "why" || before == "we" || before == "you") return false;
            }
            return true;
        }
        if (!isNegationFiller(prev.text)) return false;
        --i;
    }
    return false;
}

struct Text {
    const std::string& src;
    std::vector<Word> words;
};

std::pair<int, int> findIn(const Text& text, const std::vector<Word>& pat) {
    if (pat.empty()) return {-1, -1};
    bool checkNegation = !isNegation(pat.front().text);
    const auto& ws = text.words;
    for (size_t ti = 0; ti < ws.size(); ++ti) {
        int end = matchFrom(ws, ti, pat, 0);
        if (end <= int(ti)) continue;
        if (checkNegation && negatedAt(text.src, ws, ti)) continue;
        return {ws[ti].start, ws[size_t(end) - 1].end};
    }
    return {-1, -1};
}

// [SECTION] loading

[[noreturn]] void fail(const std::string& name, const std::string& key, const std::string& what) {
    throw ObjectionError(name + ": " + key + ": " + what);
}

std::string needString(const json::object& o, const char* key, const std::string& name, const std::string& at,
                       bool required = true) {
    auto it = o.find(key);
    if (it == o.end()) {
        if (required) fail(name, at + "." + key, "is missing");
        return {};
    }
    if (!it->value().is_string()) fail(name, at + "." + key, "expected a string");
    std::string s(it->value().as_string());
    if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) fail(name, at + "." + key, "is empty");
    return s;
}

void checkKeys(const json::object& o, std::initializer_list<const char*> allowed, const std::string& name,
               const std::string& at) {
    for (const auto& kv : o) {
        std::string k(kv.key());
        if (!k.empty() && k[0] == '_') continue;  // comments for translators/editors
        bool ok = false;
        for (const char* a : allowed) ok = ok || k == a;
        if (!ok) fail(name, at + "." + k, "unknown key");
    }
}

bool validId(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

// A non-empty array of phrases (syntax in objections.hpp).
std::vector<std::string> parsePhrases(const json::value& v, const std::string& name, const std::string& at) {
    if (!v.is_array() || v.as_array().empty()) fail(name, at, "expected a non-empty array of strings");
    std::vector<std::string> out;
    size_t i = 0;
    for (const auto& p : v.as_array()) {
        std::string key = at + "[" + std::to_string(i++) + "]";
        if (!p.is_string()) fail(name, key, "expected a string");
        std::string phrase(p.as_string());
        auto ws = words(phrase, true);
        bool hasWord = false;
        for (const auto& w : ws) hasWord = hasWord || (w.text != "..." && w.text != "*");
        if (!hasWord) fail(name, key, "'" + phrase + "' has no words to match");
        if (ws.front().text == "..." || ws.back().text == "...")
            fail(name, key, "'" + phrase + "': \"...\" may only stand between words");
        for (const auto& w : ws)
            if (w.text == "*") fail(name, key, "'" + phrase + "': '*' must end a word");
        out.push_back(std::move(phrase));
    }
    return out;
}

ObjectionConcept parseConcept(const json::value& v, const std::string& name, const std::string& at) {
    if (!v.is_object()) fail(name, at, "expected an object");
    const json::object& o = v.as_object();
    checkKeys(o, {"id", "label", "phrases", "required"}, name, at);
    ObjectionConcept c;
    c.id = needString(o, "id", name, at);
    if (!validId(c.id)) fail(name, at + ".id", "'" + c.id + "' must be lower case letters, digits and _");
    c.label = needString(o, "label", name, at);
    auto it = o.find("phrases");
    if (it == o.end()) fail(name, at + ".phrases", "is missing");
    c.phrases = parsePhrases(it->value(), name, at + ".phrases");
    if (auto r = o.find("required"); r != o.end()) {
        if (!r->value().is_bool()) fail(name, at + ".required", "expected true or false");
        c.required = r->value().as_bool();
    }
    return c;
}

Objection parseObjection(const json::value& v, const std::string& name, const std::string& at) {
    if (!v.is_object()) fail(name, at, "expected an object");
    const json::object& o = v.as_object();
    checkKeys(o, {"id", "says", "fear", "addresses", "concepts", "needs", "example", "blame"}, name, at);
    Objection ob;
    ob.id = needString(o, "id", name, at);
    if (!validId(ob.id)) fail(name, at + ".id", "'" + ob.id + "' must be lower case letters, digits and _");
    ob.says = needString(o, "says", name, at);
    ob.fear = needString(o, "fear", name, at);
    ob.addresses = needString(o, "addresses", name, at);
    ob.example = needString(o, "example", name, at, false);
    auto it = o.find("concepts");
    if (it == o.end()) fail(name, at + ".concepts", "is missing");
    if (!it->value().is_array() || it->value().as_array().empty())
        fail(name, at + ".concepts", "expected a non-empty array of objects");
    std::set<std::string> ids;
    size_t i = 0;
    for (const auto& c : it->value().as_array()) {
        std::string key = at + ".concepts[" + std::to_string(i++) + "]";
        ob.concepts.push_back(parseConcept(c, name, key));
        if (!ids.insert(ob.concepts.back().id).second)
            fail(name, key + ".id", "'" + ob.concepts.back().id + "' is used twice");
    }
    if (auto n = o.find("needs"); n != o.end()) {
        if (!n->value().is_int64()) fail(name, at + ".needs", "expected a whole number");
        auto needs = n->value().as_int64();
        if (needs < 1 || needs > std::int64_t(ob.concepts.size()))
            fail(name, at + ".needs",
                 "must be between 1 and the number of concepts (" + std::to_string(ob.concepts.size()) + ")");
        ob.needs = int(needs);
    }
    if (auto b = o.find("blame"); b != o.end()) ob.blame = parsePhrases(b->value(), name, at + ".blame");
    return ob;
}

std::string joinLabels(const std::vector<std::string>& labels) {
    std::string out;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i) out += i + 1 == labels.size() ? " and " : ", ";
        out += labels[i];
    }
    return out;
}

}  // namespace

ObjectionCatalog ObjectionCatalog::parse(const std::string& text, const std::string& name) {
    json::value doc;
    try {
        doc = json::parse(text);
    } catch (const std::exception& e) {
        throw ObjectionError(name + ": not valid JSON (" + e.what() + ")");
    }
    if (!doc.is_object()) fail(name, "(top level)", "expected an object");
    const json::object& root = doc.as_object();
    checkKeys(root, {"format", "version", "blame", "objections"}, name, "(top level)");
    if (auto f = root.find("format");
        f != root.end() && (!f->value().is_string() || f->value().as_string() != "doorway-objections"))
        fail(name, "format", "expected \"doorway-objections\"");
    if (auto v = root.find("version"); v != root.end()) {
        if (!v->value().is_int64()) fail(name, "version", "expected a whole number");
        if (v->value().as_int64() != 1) fail(name, "version", "this Doorway reads version 1");
    }
    std::vector<std::string> blame;
    if (auto b = root.find("blame"); b != root.end()) blame = parsePhrases(b->value(), name, "blame");
    auto it = root.find("objections");
    if (it == root.end()) fail(name, "objections", "is missing");
    if (!it->value().is_array() || it->value().as_array().empty())
        fail(name, "objections", "expected a non-empty array of objects");
    ObjectionCatalog cat;
    std::set<std::string> ids;
    size_t i = 0;
    for (const auto& v : it->value().as_array()) {
        std::string key = "objections[" + std::to_string(i++) + "]";
        cat.m_objections.push_back(parseObjection(v, name, key));
        auto& own = cat.m_objections.back().blame;
        own.insert(own.begin(), blame.begin(), blame.end());
        if (!ids.insert(cat.m_objections.back().id).second)
            fail(name, key + ".id", "'" + cat.m_objections.back().id + "' is used twice");
    }
    return cat;
}

ObjectionCatalog ObjectionCatalog::loadFile(const std::string& path) {
    std::string text, error;
    std::string name = std::filesystem::path(path).filename().string();
    if (!readFile(path, text, error, 4u << 20)) throw ObjectionError(path + ": " + error);
    return parse(text, name);
}

const Objection* ObjectionCatalog::find(const std::string& id) const {
    for (const auto& o : m_objections)
        if (o.id == id) return &o;
    return nullptr;
}

// [SECTION] checking an answer

std::pair<int, int> findConceptPhrase(const std::string& text, const std::string& phrase) {
    return findIn(Text{text, words(text)}, words(phrase, true));
}

FearCheck checkAnswer(const Objection& objection, const std::string& answer) {
    FearCheck r;
    Text text{answer, words(answer)};
    bool requiredMissing = false;
    for (const auto& c : objection.concepts) {
        std::pair<int, int> best{-1, -1};
        for (const auto& p : c.phrases) {
            auto span = findIn(text, words(p, true));
            if (span.first >= 0 && (best.first < 0 || span.first < best.first)) best = span;
        }
        if (best.first >= 0) {
            r.hits.push_back({c.id, best.first, best.second});
            r.matched.push_back(c.label);
        } else {
            r.missing.push_back(c.label);
            requiredMissing = requiredMissing || c.required;
        }
    }
    std::pair<int, int> blamed{-1, -1};
    for (const auto& p : objection.blame) {
        auto span = findIn(text, words(p, true));
        if (span.first >= 0 && (blamed.first < 0 || span.first < blamed.first)) blamed = span;
    }
    if (blamed.first >= 0) r.blame = answer.substr(size_t(blamed.first), size_t(blamed.second - blamed.first));
    bool touched = !requiredMissing && int(r.hits.size()) >= objection.needs;
    r.met = touched && r.blame.empty();
    if (text.words.empty()) {
        r.feedback = "Nothing to check yet: answer in a sentence or two.";
    } else if (!r.blame.empty() && touched) {
        r.feedback = "You spoke to " + joinLabels(r.matched) + ", but \"" + r.blame +
                     "\" may be heard as blame, and then the rest gets lost. Try it once more without that part.";
    } else if (!r.blame.empty()) {
        r.feedback = "\"" + r.blame + "\" may be heard as blame, and that tends to make this worry louder. " +
                     "Without it, and with a word about " + joinLabels(r.missing) + ", it would land more gently.";
    } else if (r.met) {
        r.feedback = "You spoke to " + joinLabels(r.matched) + ", which is what this worry needs to hear.";
    } else if (r.hits.empty()) {
        r.feedback =
            "This doesn't reach the fear behind it yet. It would help to speak to " + joinLabels(r.missing) + ".";
    } else {
        r.feedback = "Part of the way there: you spoke to " + joinLabels(r.matched) + ". Adding " +
                     joinLabels(r.missing) + " would meet the fear more fully.";
    }
    return r;
}

}  // namespace doorway
