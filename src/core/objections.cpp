// Reading assets/roleplay/objections.json: every error names the file and
// the key. Phrases are compiled here (stems, synonym groups); matching and
// the check itself are in objections_match.cpp and objections_judge.cpp.
#include "core/objections.hpp"

#include "core/objections_text.hpp"
#include "core/paths.hpp"
#include "core/stem.hpp"

#include <boost/json.hpp>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>

namespace doorway {

namespace json = boost::json;

namespace {

using Synonyms = std::map<std::string, std::vector<std::string>>;

// Thrown with the key's path only; ObjectionCatalog::parse places it in the
// text (core/content.hpp: "FILE:LINE:COL: PATH: PROBLEM").
[[noreturn]] void fail(const std::string& name, const std::string& key, const std::string& what) {
    throw ObjectionError(name, key == "(top level)" ? "" : key, what);
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

double needNumber(const json::value& v, const std::string& name, const std::string& at, double lo, double hi) {
    if (!v.is_number()) fail(name, at, "expected a number");
    double d = v.to_number<double>();
    if (!(d >= lo && d <= hi))
        fail(name, at, "must be between " + std::to_string(int(lo)) + " and " + std::to_string(int(hi)));
    return d;
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

// A non-empty array of non-empty strings.
std::vector<std::string> parseStrings(const json::value& v, const std::string& name, const std::string& at) {
    if (!v.is_array() || v.as_array().empty()) fail(name, at, "expected a non-empty array of strings");
    std::vector<std::string> out;
    size_t i = 0;
    for (const auto& p : v.as_array()) {
        std::string key = at + "[" + std::to_string(i++) + "]";
        if (!p.is_string()) fail(name, key, "expected a string");
        out.emplace_back(p.as_string());
        // An entry listed twice counts once; the second copy is an editing
        // slip, often where a different entry was meant.
        for (size_t j = 0; j + 1 < out.size(); ++j)
            if (out[j] == out.back())
                fail(name, key, "'" + out.back() + "' is listed twice (first at [" + std::to_string(j) + "])");
    }
    return out;
}

// Phrases, each compiled (so a bad one is reported when the file loads).
std::vector<std::string> parsePhrases(const json::value& v, const Synonyms& syn, const std::string& name,
                                      const std::string& at, std::vector<ConceptPhrase>& compiled) {
    std::vector<std::string> out = parseStrings(v, name, at);
    for (size_t i = 0; i < out.size(); ++i)
        compiled.push_back(roleplay::compilePhrase(out[i], syn, name, at + "[" + std::to_string(i) + "]"));
    return out;
}

ObjectionConcept parseConcept(const json::value& v, const Synonyms& syn, const std::string& name,
                              const std::string& at) {
    if (!v.is_object()) fail(name, at, "expected an object");
    const json::object& o = v.as_object();
    checkKeys(o, {"id", "label", "hint", "phrases", "required", "weight"}, name, at);
    ObjectionConcept c;
    c.id = needString(o, "id", name, at);
    if (!validId(c.id)) fail(name, at + ".id", "'" + c.id + "' must be lower case letters, digits and _");
    c.label = needString(o, "label", name, at);
    c.hint = needString(o, "hint", name, at, false);
    auto it = o.find("phrases");
    if (it == o.end()) fail(name, at + ".phrases", "is missing");
    c.phrases = parsePhrases(it->value(), syn, name, at + ".phrases", c.compiled);
    if (auto r = o.find("required"); r != o.end()) {
        if (!r->value().is_bool()) fail(name, at + ".required", "expected true or false");
        c.required = r->value().as_bool();
    }
    if (auto w = o.find("weight"); w != o.end()) c.weight = needNumber(w->value(), name, at + ".weight", 0, 100);
    return c;
}

Deflection parseDeflection(const json::value& v, const Synonyms& syn, const std::string& name, const std::string& at) {
    if (!v.is_object()) fail(name, at, "expected an object");
    const json::object& o = v.as_object();
    checkKeys(o, {"id", "label", "message", "phrases", "weight"}, name, at);
    Deflection d;
    d.id = needString(o, "id", name, at);
    if (!validId(d.id)) fail(name, at + ".id", "'" + d.id + "' must be lower case letters, digits and _");
    d.label = needString(o, "label", name, at);
    d.message = needString(o, "message", name, at);
    auto it = o.find("phrases");
    if (it == o.end()) fail(name, at + ".phrases", "is missing");
    d.phrases = parsePhrases(it->value(), syn, name, at + ".phrases", d.compiled);
    if (d.phrases.empty()) fail(name, at + ".phrases", "expected at least one phrase");
    // Zero or less: a deflection never counts toward meeting the fear.
    if (auto w = o.find("weight"); w != o.end()) d.weight = needNumber(w->value(), name, at + ".weight", -100, 0);
    return d;
}

Objection parseObjection(const json::value& v, const Synonyms& syn, const std::string& name, const std::string& at) {
    if (!v.is_object()) fail(name, at, "expected an object");
    const json::object& o = v.as_object();
    checkKeys(o, {"id", "says", "fear", "addresses", "concepts", "example", "blame"}, name, at);
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
        ob.concepts.push_back(parseConcept(c, syn, name, key));
        if (!ids.insert(ob.concepts.back().id).second)
            fail(name, key + ".id", "'" + ob.concepts.back().id + "' is used twice");
    }
    if (auto b = o.find("blame"); b != o.end())
        ob.blame = parsePhrases(b->value(), syn, name, at + ".blame", ob.blameCompiled);
    return ob;
}

Synonyms parseSynonyms(const json::object& root, const std::string& name) {
    Synonyms out;
    auto it = root.find("synonyms");
    if (it == root.end()) return out;
    if (!it->value().is_object()) fail(name, "synonyms", "expected an object of word lists");
    for (const auto& kv : it->value().as_object()) {
        std::string key = "synonyms." + std::string(kv.key());
        if (!validId(std::string(kv.key()))) fail(name, key, "a group name is lower case letters, digits and _");
        for (const auto& w : parseStrings(kv.value(), name, key)) {
            std::string lower;
            for (char c : w) lower += char(std::tolower(static_cast<unsigned char>(c)));
            if (lower.find_first_of(" .*@|+") != std::string::npos)
                fail(name, key, "'" + w + "': a synonym is one plain word");
            out[std::string(kv.key())].push_back(lower);
        }
    }
    return out;
}

}  // namespace

namespace roleplay {

ConceptPhrase compilePhrase(const std::string& phrase, const Synonyms& synonyms, const std::string& name,
                            const std::string& key) {
    ConceptPhrase p;
    p.source = phrase;
    std::string s = phrase;
    size_t from = s.find_first_not_of(' ');
    if (from != std::string::npos && s[from] == '+') {
        p.anyOrder = true;
        s.erase(0, from + 1);
    }
    int gap = 1;
    bool sawGap = false;
    std::string token;
    auto flush = [&]() {
        if (token.empty()) return;
        if (token == "...") {
            if (p.words.empty()) fail(name, key, "'" + phrase + "': \"...\" may only stand between words");
            gap = 4;
            sawGap = true;
            token.clear();
            return;
        }
        // A lone contraction becomes its words ("don't" -> do not), as in answers.
        if (token.find_first_of("|@*") == std::string::npos) {
            std::string plain;
            for (char c : token)
                if (c != '\'') plain += char(std::tolower(static_cast<unsigned char>(c)));
            const auto& parts = roleplay::contractionParts(plain);
            if (!parts.empty()) {
                for (size_t k = 0; k < parts.size(); ++k) {
                    PhraseWord w;
                    w.gapBefore = k == 0 ? gap : 0;
                    w.negation = isNegationWord(parts[k]);
                    w.alts.push_back(stemWord(parts[k]));
                    p.words.push_back(std::move(w));
                }
                gap = 1;
                sawGap = false;
                token.clear();
                return;
            }
        }
        PhraseWord w;
        w.gapBefore = gap;
        gap = 1;
        sawGap = false;
        size_t pos = 0;
        while (pos <= token.size()) {
            size_t bar = token.find('|', pos);
            if (bar == std::string::npos) bar = token.size();
            std::string alt = token.substr(pos, bar - pos);
            pos = bar + 1;
            if (alt.empty()) fail(name, key, "'" + phrase + "' has an empty alternative");
            if (alt[0] == '@') {
                auto it = synonyms.find(alt.substr(1));
                if (it == synonyms.end()) fail(name, key, "'" + phrase + "': no synonym group '" + alt.substr(1) + "'");
                for (const auto& syn : it->second) w.alts.push_back(stemWord(syn));
                continue;
            }
            // Lower case, apostrophes dropped ("can't" -> "cant"), like the answer's words.
            std::string plain;
            for (char c : alt)
                if (c != '\'') plain += char(std::tolower(static_cast<unsigned char>(c)));
            if (plain.empty() || plain == "*") fail(name, key, "'" + phrase + "' has no words to match");
            size_t star = plain.find('*');
            if (star != std::string::npos && star + 1 != plain.size())
                fail(name, key, "'" + phrase + "': '*' must end a word");
            if (star != std::string::npos) {
                plain.pop_back();
                w.prefixes.push_back(plain);
            } else {
                w.negation = w.negation || isNegationWord(plain);
                w.alts.push_back(stemWord(plain));
            }
        }
        p.words.push_back(std::move(w));
        token.clear();
    };
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (s.compare(i, 3, "...") == 0) {
            flush();
            token = "...";
            flush();
            i += 2;
        } else if (c == ' ' || c == '-' || c == ',' || c == '.' || c == '?' || c == '!') {
            flush();
        } else {
            token += c;
        }
    }
    flush();
    if (p.words.empty()) fail(name, key, "'" + phrase + "' has no words to match");
    if (sawGap) fail(name, key, "'" + phrase + "': \"...\" may only stand between words");
    return p;
}

}  // namespace roleplay

ObjectionCatalog ObjectionCatalog::parse(const std::string& text, const std::string& name) {
    ContentFile file = [&] {
        try {
            return ContentFile::parse(text, name);
        } catch (const ContentError& e) {
            throw ObjectionError(e);
        }
    }();
    try {
        if (!file.root().is_object()) fail(name, "(top level)", "expected an object");
        file.checkFormat(kObjectionsFormat, kObjectionsVersion, true);
        return readCatalog(file.root().as_object(), name);
    } catch (const ContentError& e) {
        throw ObjectionError(file.placed(e));
    }
}

ObjectionCatalog ObjectionCatalog::readCatalog(const json::object& root, const std::string& name) {
    checkKeys(root,
              {"format", "version", "synonyms", "threshold", "not_jabs", "bare_jabs", "fitted", "blame", "blame_frames",
               "turns", "deflections", "objections"},
              name, "(top level)");
    const Synonyms syn = parseSynonyms(root, name);
    double threshold = 1;
    if (auto t = root.find("threshold"); t != root.end()) threshold = needNumber(t->value(), name, "threshold", 0, 100);
    std::vector<std::string> notJabs;
    if (auto n = root.find("not_jabs"); n != root.end()) notJabs = parseStrings(n->value(), name, "not_jabs");
    std::vector<std::string> bareJabs;
    if (auto n = root.find("bare_jabs"); n != root.end()) bareJabs = parseStrings(n->value(), name, "bare_jabs");
    std::vector<std::string> blame;
    std::vector<ConceptPhrase> blameCompiled;
    if (auto b = root.find("blame"); b != root.end())
        blame = parsePhrases(b->value(), syn, name, "blame", blameCompiled);
    std::vector<ConceptPhrase> blameFrames;
    if (auto f = root.find("blame_frames"); f != root.end())
        parsePhrases(f->value(), syn, name, "blame_frames", blameFrames);
    YesBut yesBut;
    if (auto t = root.find("turns"); t != root.end()) {
        if (!t->value().is_object()) fail(name, "turns", "expected an object with 'words' and 'pushes'");
        const auto& to = t->value().as_object();
        checkKeys(to, {"words", "pushes"}, name, "turns");
        for (const char* key : {"words", "pushes"})
            if (!to.contains(key)) fail(name, std::string("turns.") + key, "is missing");
        yesBut.turns = parseStrings(to.at("words"), name, "turns.words");
        yesBut.pushes = parseStrings(to.at("pushes"), name, "turns.pushes");
        for (const auto* list : {&yesBut.turns, &yesBut.pushes})
            for (const auto& w : *list)
                if (w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
                    fail(name, list == &yesBut.turns ? "turns.words" : "turns.pushes",
                         "'" + w + "' is not one lower-case word (answers are read as words without apostrophes)");
    }
    std::vector<Deflection> deflections;
    if (auto d = root.find("deflections"); d != root.end()) {
        if (!d->value().is_array()) fail(name, "deflections", "expected an array of objects");
        std::set<std::string> ids;
        size_t k = 0;
        for (const auto& dv : d->value().as_array()) {
            std::string key = "deflections[" + std::to_string(k++) + "]";
            deflections.push_back(parseDeflection(dv, syn, name, key));
            if (!ids.insert(deflections.back().id).second)
                fail(name, key + ".id", "'" + deflections.back().id + "' is used twice");
        }
    }
    auto it = root.find("objections");
    if (it == root.end()) fail(name, "objections", "is missing");
    if (!it->value().is_array() || it->value().as_array().empty())
        fail(name, "objections", "expected a non-empty array of objects");
    ObjectionCatalog cat;
    std::set<std::string> ids;
    size_t i = 0;
    for (const auto& v : it->value().as_array()) {
        std::string key = "objections[" + std::to_string(i++) + "]";
        Objection ob = parseObjection(v, syn, name, key);
        ob.blame.insert(ob.blame.begin(), blame.begin(), blame.end());
        ob.blameCompiled.insert(ob.blameCompiled.begin(), blameCompiled.begin(), blameCompiled.end());
        ob.blameFrames = blameFrames;
        ob.yesBut = yesBut;
        ob.threshold = threshold;
        ob.notJabs = notJabs;
        ob.bareJabs = bareJabs;
        ob.deflections = deflections;
        if (!ids.insert(ob.id).second) fail(name, key + ".id", "'" + ob.id + "' is used twice");
        cat.m_objections.push_back(std::move(ob));
    }
    return cat;
}

ObjectionCatalog ObjectionCatalog::loadFile(const std::string& path) {
    std::string text, error;
    std::string name = std::filesystem::path(path).filename().string();
    if (!readFile(path, text, error, kMaxAssetBytes)) throw ObjectionError(path, "", error);
    return parse(text, name);
}

const Objection* ObjectionCatalog::find(const std::string& id) const {
    for (const auto& o : m_objections)
        if (o.id == id) return &o;
    return nullptr;
}

}  // namespace doorway
