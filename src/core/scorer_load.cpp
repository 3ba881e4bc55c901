// Reading assets/scoring/*.json; every error names the file and the key. lexicon.json holds words,
// rules.json the hand-written rules (model.json, the fitted weights and the structure knobs, is read in
// scorer_model_load.cpp).
#include "core/content.hpp"
#include "core/scorer_asset_reader.hpp"
#include "core/scorer_impl.hpp"
#include "core/stem.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

namespace doorway {

using namespace scoring;

namespace {

namespace json = boost::json;
using namespace scoring::asset;

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream is(s);
    std::string w;
    while (is >> w) out.push_back(w);
    return out;
}

std::string joinWords(const std::vector<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Pattern elements are separated by spaces, except inside {…}, which holds
// phrase alternatives: {the problem|to blame|broken}.
std::vector<std::string> patternElements(const std::string& s, const std::string& file, const std::string& key) {
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

void sortLongestFirst(WordClass& wc) {
    std::stable_sort(wc.phrases.begin(), wc.phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.items.size() > b.items.size(); });
}

Taint taintOf(const Reader& r, const json::value& v, const std::string& key) {
    std::string s = r.str(v, key);
    if (s == "none") return Taint::None;
    if (s == "clause") return Taint::Clause;
    if (s == "sentence") return Taint::Sentence;
    if (s == "following") return Taint::Following;
    assetError(r.file, key, "must be \"none\", \"clause\", \"sentence\" or \"following\", not '" + s + "'");
}

// A clause's or a sentence's edge: '$', '$.', '^', '^.'.
bool isEdge(const std::string& w) {
    return w == "$" || w == "$." || w == "^" || w == "^.";
}

// A word carrying one of the pattern marks ('@class', '...N', 'word?',
// '!a', '&a', '<!a', '<&a', the clause edges '$' and '^', the sentence's
// edges '^.' and '$.'): those belong to a rule's pattern, and inside a class
// or a {…} group they would silently be taken as the word itself, which no
// text holds ("{$|and}" never matched at a clause's end; found in session 28).
bool patternMark(const std::string& w) {
    return w[0] == '@' || w.rfind("...", 0) == 0 || w[0] == '!' || w[0] == '&' || w[0] == '<' || isEdge(w) ||
           (w.size() > 1 && w.back() == '?');
}

// The '|' alternatives of `w` from byte `from` on: "a|b" -> "a", "b".
std::vector<std::string> alternativesOf(const std::string& w, size_t from = 0) {
    std::vector<std::string> out;
    for (size_t a = from; a <= w.size();) {
        size_t bar = w.find('|', a);
        if (bar == std::string::npos) bar = w.size();
        out.push_back(w.substr(a, bar - a));
        a = bar + 1;
    }
    return out;
}

// lexicon.json's praise_lift: what a charge's opener goes on to say (praiseLifted).
void readPraiseLift(Scorer::Impl& impl, const Reader& r, const json::object& pl) {
    const std::string& file = r.file;
    r.onlyKeys(pl, "praise_lift", {"reach", "praise", "fault", "blockers", "ends"});
    const double reach = r.numAt(pl, "praise_lift", "reach", 1, 12);
    if (reach != std::floor(reach)) assetError(file, "praise_lift.reach", "must be a whole number of words");
    impl.praiseReach = int(reach);
    auto listOf = [&](const char* key) {
        const std::string k = std::string("praise_lift.") + key;
        std::string joined;
        for (const auto& w : r.strings(r.need(pl, "praise_lift", key), k)) joined += (joined.empty() ? "" : "|") + w;
        if (joined.empty()) assetError(file, k, "must list at least one word");
        return impl.compileAlt(joined, file, k);
    };
    impl.praiseWords = listOf("praise");
    impl.faultWords = listOf("fault");
    impl.liftBlockers = listOf("blockers");
    impl.liftEnds = listOf("ends");
}

}  // namespace

// [SECTION] Compiling words and patterns.

int Scorer::Impl::intern(const std::string& w) {
    auto it = ids.find(w);
    if (it != ids.end()) return it->second;
    int id = int(ids.size());
    ids.emplace(w, id);
    return id;
}

int Scorer::Impl::ruleIndex(const std::string& id) const {
    for (size_t i = 0; i < rules.size(); ++i)
        if (rules[i].id == id) return int(i);
    return -1;
}

// A phrase's plain words the text would expand ("gonna", "cannot") written
// as the text reads them ("going to", "can not"); alternatives ("a|b") are
// left to compileAlt. "lets" stays: the tokenizer keeps it as the verb when
// someone is let (readTextingForms).
std::vector<std::string> Scorer::Impl::expandShortForms(const std::vector<std::string>& ws) const {
    std::vector<std::string> out;
    for (const auto& w : ws) {
        std::string lw = w;
        for (char& c : lw) c = char(std::tolower(static_cast<unsigned char>(c)));
        auto c = lw.find('|') == std::string::npos ? contractions.find(lw) : contractions.end();
        if (c == contractions.end() || c->second.size() < 2 || lw == kLetsVerb)
            out.push_back(w);
        else
            out.insert(out.end(), c->second.begin(), c->second.end());
    }
    return out;
}

Alt Scorer::Impl::compileAlt(const std::string& spec, const std::string& file, const std::string& key) {
    Alt a;
    for (std::string w : alternativesOf(spec)) {
        if (w.empty()) assetError(file, key, "has an empty alternative in '" + spec + "'");
        for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (w.size() > 1 && w.back() == '*' && w.find('*') == w.size() - 1)
            a.prefixes.push_back(w.substr(0, w.size() - 1));
        else if (w.size() > 1 && w.front() == '*' && w.find('*', 1) == std::string::npos)
            a.suffixes.push_back(w.substr(1));
        else if (w.find('*') != std::string::npos)
            assetError(file, key, "'*' may only begin or end a word, in '" + spec + "'");
        else if (w.size() > 2 && w.back() == '~' && w.find('~') == w.size() - 1 && w.find('\'') == std::string::npos)
            for (const auto& form : verbForms(w.substr(0, w.size() - 1))) a.ids.push_back(intern(form));
        else if (w.find('~') != std::string::npos)
            assetError(file, key, "'~' (every tense of a verb) may only end a word, in '" + spec + "'");
        else if (w.find('\'') != std::string::npos && w != "'s")
            assetError(file, key,
                       "write '" + w +
                           "' expanded (\"you are\", \"do not\"): the text's contractions are expanded before "
                           "matching");
        else if (auto c = contractions.find(w); c != contractions.end() && w != kLetsVerb) {
            // The text's own spellings are rewritten before matching ("mum"
            // reads as "mother", "u" as "you"), so a pattern that names one
            // as written would never match: read it the same way.
            if (c->second.size() != 1)
                assetError(file, key,
                           "write '" + w + "' expanded (\"" + joinWords(c->second) +
                               "\"): the text's short forms are expanded before matching");
            a.ids.push_back(intern(c->second.front()));
        } else
            a.ids.push_back(intern(w));
    }
    return a;
}

// An inline {a b|c} group becomes an anonymous word class.
int Scorer::Impl::inlineClass(const std::string& body, const std::string& file, const std::string& key) {
    WordClass wc;
    for (const auto& phrase : alternativesOf(body)) {
        Phrase ph;
        for (const auto& w : expandShortForms(words(phrase))) {
            if (isEdge(w))
                assetError(file, key,
                           "'" + w +
                               "' marks a clause's or a sentence's edge only outside {…}: write the pattern "
                               "twice, once with '" +
                               w + "' in place of the group");
            if (patternMark(w)) assetError(file, key, "inside {…} use plain words, not '" + w + "'");
            ph.items.push_back(compileAlt(w, file, key));
        }
        if (ph.items.empty()) assetError(file, key, "has an empty alternative in '{" + body + "}'");
        wc.phrases.push_back(std::move(ph));
    }
    sortLongestFirst(wc);
    classes.push_back(std::move(wc));
    return int(classes.size()) - 1;
}

Pattern Scorer::Impl::compilePattern(const std::string& src, const std::string& file, const std::string& key) {
    Pattern p;
    p.source = src;
    bool consumes = false;
    for (std::string w : patternElements(src, file, key)) {
        Elem e;
        if (w == "%echo") {
            if (!p.elems.empty()) assetError(file, key, "'%echo' may only begin a pattern: '" + src + "'");
            e.kind = ElemKind::Echo;
            p.echo = consumes = true;
        } else if (w == "$") {
            e.kind = ElemKind::ClauseEnd;
        } else if (w == "$.") {
            e.kind = ElemKind::SentenceEnd;
        } else if (w == "^") {
            e.kind = ElemKind::ClauseStart;
        } else if (w == "^.") {
            e.kind = ElemKind::SentenceStart;
        } else if (w.size() > 1 && w.back() == '?' && isEdge(w.substr(0, w.size() - 1))) {
            // An edge is there or not; as an optional word it would be a
            // word no text holds, and the pattern would quietly never match
            // what it was written for.
            assetError(
                file, key,
                "'" + w + "' cannot be optional: end the pattern at the edge, or leave the edge out: '" + src + "'");
        } else if (w.rfind("<!", 0) == 0 || w.rfind("<&", 0) == 0) {
            const std::string mark = w.substr(0, 2);
            // Each alternative is a plain word: a mark in one ('<&ok|$.')
            // would be read as a word no text holds, and '<&' would then
            // quietly mean "only at the text's start".
            bool plain = w.size() >= 3;
            for (const auto& alt : alternativesOf(w, 2))
                plain = plain && !alt.empty() && !patternMark(alt) && alt.find_first_of("{}") == std::string::npos;
            if (!plain)
                assetError(file, key,
                           "'" + mark + "' takes plain words or a|b alternatives, not '" + w + "' in '" + src + "'");
            e.kind = mark == "<!" ? ElemKind::NotBehind : ElemKind::OnlyBehind;
            e.alt = compileAlt(w.substr(2), file, key);
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
            // An edge among a|b alternatives or after '!'/'&' would be read
            // as a word no text holds: the alternative would never match,
            // and the look-ahead would always pass or always fail.
            if (w[0] != '{' && w[0] != '@')
                for (const auto& alt : alternativesOf(w))
                    if (isEdge(alt))
                        assetError(file, key,
                                   "'" + alt +
                                       "' marks an edge only on its own, not among a|b alternatives or after '!' or "
                                       "'&': write the pattern twice, once with the edge alone, in '" +
                                       src + "'");
            if (w[0] == '{') {
                if (w.back() != '}') assetError(file, key, "a {…} group must stand alone in '" + src + "'");
                e.kind = neg ? ElemKind::NotAheadClass : ahead ? ElemKind::AheadClass : ElemKind::Class;
                e.cls = inlineClass(w.substr(1, w.size() - 2), file, key);
            } else if (w[0] == '@') {
                auto it = classIndex.find(w.substr(1));
                if (it == classIndex.end()) assetError(file, key, "unknown word class '" + w + "' in '" + src + "'");
                e.kind = neg ? ElemKind::NotAheadClass : ahead ? ElemKind::AheadClass : ElemKind::Class;
                e.cls = it->second;
            } else {
                e.kind = neg ? ElemKind::NotAhead : ahead ? ElemKind::Ahead : ElemKind::Word;
                e.alt = compileAlt(w, file, key);
            }
            // "!a|the office": the look-ahead names one word; "office" would be the next one to match.
            if (e.kind == ElemKind::Word && !e.optional && !p.elems.empty() &&
                p.elems.back().kind == ElemKind::NotAhead)
                assetError(file, key,
                           "a word right after a '!' look-ahead: for a phrase write '!{a|the office}': '" + src + "'");
            if (!neg && !ahead && !e.optional) consumes = true;
        }
        p.elems.push_back(std::move(e));
    }
    if (p.elems.empty()) assetError(file, key, "is an empty pattern");
    if (!consumes) assetError(file, key, "must match at least one required word: '" + src + "'");
    if (p.elems.back().kind == ElemKind::Gap) assetError(file, key, "a pattern may not end with a gap: '" + src + "'");
    return p;
}

// [SECTION] lexicon.json

// The classes that say whose fear a fear word tells of (scorer_context.cpp):
// all of them or none (then every fear word counts as it stands).
void Scorer::Impl::linkFearClasses(const std::string& file) {
    if (auto v = classIndex.find("volatile"); v != classIndex.end()) classVolatile = v->second;
    if (auto v = classIndex.find("fear_loss"); v != classIndex.end()) classFearLoss = v->second;
    const char* names[] = {"fear_word", "fear_anchor",   "fear_reach", "fear_break",
                           "fear_me",   "fear_speaking", "fear_cause"};
    int* slots[] = {&classFearWord, &classFearAnchor,   &classFearReach, &classFearBreak,
                    &classFearMe,   &classFearSpeaking, &classFearCause};
    int found = 0;
    for (int i = 0; i < 7; ++i)
        if (auto c = classIndex.find(names[i]); c != classIndex.end()) *slots[i] = c->second, ++found;
    if (found != 0 && found != 7)
        assetError(file, "classes.fear_word",
                   "fear_word, fear_anchor, fear_reach, fear_break, fear_me, fear_speaking and fear_cause go "
                   "together (all or none)");
}

std::vector<std::pair<const char*, Alt*>> Scorer::Impl::wordLists() {
    return {{"negation_cues", &negationCues},
            {"short_negations", &shortNegations},
            {"negation_bridge", &negationBridge},
            {"say_verbs", &sayVerbs},
            {"speaker_words", &speakerWords},
            {"third_person_aux", &thirdPersonAux},
            {"release_words", &releaseWords},
            {"wish_words", &wishWords},
            {"wish_others", &wishOthers},
            {"wish_before", &wishBefore},
            {"conceal_words", &concealWords},
            {"excuse_words", &excuseWords},
            {"request_lead", &requestLead},
            {"request_joins", &requestJoins},
            {"pronouns", &pronouns},
            {"we_words", &weWords},
            {"you_words", &youWords},
            {"clause_words", &clauseWords},
            {"clause_words_not_after", &clauseWordsNotAfter},
            {"contrast_words", &contrastWords},
            {"turn_words", &turnWords},
            {"tag_aux", &tagAux},
            {"tag_words", &tagWords},
            {"tag_pronouns", &tagPronouns},
            {"interjections", &interjections},
            {"sign_offs", &signOffs}};
}

void Scorer::Impl::loadLexicon(const std::string& dir) {
    loadAsset(dir, "lexicon.json", "doorway-scoring-lexicon", [&](const json::object& o, const std::string& file) {
        Reader r{file};
        std::vector<const char*> keys = {"format",  "version",      "comment", "contractions", "suffixes",   "classes",
                                         "openers", "mention_cues", "topics",  "emoji",        "praise_lift"};
        for (const auto& [key, alt] : wordLists()) keys.push_back(key);
        r.onlyKeys(o, "", keys);

        for (const auto& kv : r.obj(r.need(o, "", "contractions"), "contractions")) {
            std::string k = "contractions." + std::string(kv.key());
            auto parts = words(r.str(kv.value(), k));
            if (parts.empty()) assetError(file, k, "must expand to at least one word");
            std::string key(kv.key());
            for (char& c : key) c = char(std::tolower(static_cast<unsigned char>(c)));
            contractions[key] = parts;
        }
        for (const auto& kv : r.obj(r.need(o, "", "suffixes"), "suffixes")) {
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
        for (const auto& kv : cls) {  // names first, so classes may be listed in any order
            classIndex[std::string(kv.key())] = int(classes.size());
            classes.emplace_back();
        }
        for (const auto& kv : cls) {
            std::string k = "classes." + std::string(kv.key());
            WordClass& wc = classes[size_t(classIndex[std::string(kv.key())])];
            auto entries = r.strings(kv.value(), k);
            for (size_t i = 0; i < entries.size(); ++i) {
                Phrase ph;
                for (const auto& w : expandShortForms(words(entries[i]))) {
                    if (patternMark(w))
                        assetError(file, k + "[" + std::to_string(i) + "]",
                                   "class entries are plain words or a|b alternatives, not '" + w + "'");
                    ph.items.push_back(compileAlt(w, file, k + "[" + std::to_string(i) + "]"));
                }
                wc.phrases.push_back(std::move(ph));
            }
            sortLongestFirst(wc);
        }
        auto qs = classIndex.find("question_start");
        if (qs == classIndex.end())
            assetError(file, "classes.question_start", "is missing (how a real question opens)");
        classQuestionStart = qs->second;
        if (auto ur = classIndex.find("ur_owned"); ur != classIndex.end()) classUrOwned = ur->second;
        if (auto lets = classIndex.find("lets_object"); lets != classIndex.end()) classLetsObject = lets->second;
        // Read with request_lead and request_joins, which every lexicon holds.
        auto rec = classIndex.find("recurrence");
        if (rec == classIndex.end())
            assetError(file, "classes.recurrence", "is missing (what points back to a time it happened)");
        classRecurrence = rec->second;
        auto abs = classIndex.find("absolute");
        if (abs == classIndex.end())
            assetError(file, "classes.absolute", "is missing (where a charge's opener ends, for praise_lift)");
        classAbsolute = abs->second;
        linkFearClasses(file);
        auto altOf = [&](const char* key, const char* alsoKey = nullptr) {
            std::string joined;
            for (const char* k : {key, alsoKey})
                if (k)
                    for (const auto& w : r.strings(r.need(o, "", k), k)) joined += (joined.empty() ? "" : "|") + w;
            return compileAlt(joined, file, key);
        };
        for (const auto& [key, alt] : wordLists()) *alt = altOf(key);
        readPraiseLift(*this, r, r.obj(r.need(o, "", "praise_lift"), "praise_lift"));
        // An opener is either: a word that carries on ("and", "so", "just")
        // or an interjection ("okay", "well", "um").
        openers = altOf("openers", "interjections");
        auto cues = r.strings(r.need(o, "", "mention_cues"), "mention_cues");
        for (size_t i = 0; i < cues.size(); ++i)
            mentionCues.push_back(compilePattern(cues[i], file, "mention_cues[" + std::to_string(i) + "]"));
        for (const auto& kv : r.obj(r.need(o, "", "emoji"), "emoji")) {
            std::string k = "emoji." + std::string(kv.key());
            const std::string sign(kv.key());
            int len = 0;
            uint32_t cp = sign.empty() ? 0xFFFD : decodeUtf8(sign, 0, len);
            if (cp == 0xFFFD || size_t(len) != sign.size()) assetError(file, k, "must be one emoji (one code point)");
            std::string word = r.str(kv.value(), k);
            if (word.empty() || word.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
                assetError(file, k, "must map to one lower-case word, not '" + word + "'");
            intern(word);
            emojiWords[cp] = word;
        }
        for (const auto& kv : r.obj(r.need(o, "", "topics"), "topics")) {
            std::string k = "topics." + std::string(kv.key());
            const auto& to = r.obj(kv.value(), k);
            r.onlyKeys(to, k, {"words", "about"});
            Topic t;
            t.id = std::string(kv.key());
            std::string joined;
            for (const auto& w : r.strings(r.need(to, k, "words"), k + ".words"))
                joined += (joined.empty() ? "" : "|") + w;
            t.words = compileAlt(joined, file, k + ".words");
            t.about = r.str(r.need(to, k, "about"), k + ".about");
            if (t.about.empty()) assetError(file, k + ".about", "must not be empty");
            topics.push_back(std::move(t));
        }
    });
}

// [SECTION] rules.json

namespace {

// The optional settings of one rule (everything but id, kind, message, groups).
void readRuleOptions(const Reader& r, const json::object& ro, const std::string& k, Rule& rule,
                     const std::function<Alt(const char*)>& wordList) {
    const std::string& file = r.file;
    rule.maxCount = ro.contains("max_count") ? int(r.num(ro.at("max_count"), k + ".max_count", 1, 100)) : 1;
    rule.severe = ro.contains("severe") && r.boolean(ro.at("severe"), k + ".severe");
    rule.ask = ro.contains("ask") && r.boolean(ro.at("ask"), k + ".ask");
    rule.feeling = ro.contains("feeling") && r.boolean(ro.at("feeling"), k + ".feeling");
    rule.wayOut = ro.contains("way_out") && r.boolean(ro.at("way_out"), k + ".way_out");
    rule.advice = ro.contains("advice") && r.boolean(ro.at("advice"), k + ".advice");
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
    rule.taints = rule.kind == "risk" ? Taint::Clause : Taint::None;
    if (ro.contains("taints")) {
        if (rule.kind != "risk") assetError(file, k + ".taints", "only a risk can taint its clause");
        rule.taints = taintOf(r, ro.at("taints"), k + ".taints");
    }
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
}

// The groups of one rule: patterns, messages, an optional id (its own weight).
void readGroups(Scorer::Impl& impl, const Reader& r, const json::object& ro, const std::string& k, Rule& rule) {
    const std::string& file = r.file;
    const auto& groups = r.need(ro, k, "groups");
    if (!groups.is_array()) assetError(file, k + ".groups", "must be a list");
    std::unordered_set<std::string> groupIds;
    for (size_t g = 0; g < groups.as_array().size(); ++g) {
        std::string gk = k + ".groups[" + std::to_string(g) + "]";
        const auto& go = r.obj(groups.as_array()[g], gk);
        r.onlyKeys(go, gk, {"id", "patterns", "message", "suggestion", "taints", "tier", "praise_lifts", "comment"});
        Group grp;
        if (go.contains("id")) {
            grp.id = r.str(go.at("id"), gk + ".id");
            if (grp.id.empty() || grp.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
                assetError(file, gk + ".id", "must be lower_snake_case, not '" + grp.id + "'");
            if (!groupIds.insert(grp.id).second) assetError(file, gk + ".id", "'" + grp.id + "' is used twice");
        }
        if (go.contains("taints")) {
            if (rule.kind != "risk") assetError(file, gk + ".taints", "only a risk can taint its clause");
            grp.taints = int(taintOf(r, go.at("taints"), gk + ".taints"));
        }
        if (go.contains("tier")) {
            const std::string tier = r.str(go.at("tier"), gk + ".tier");
            if (rule.kind != "safety") assetError(file, gk + ".tier", "only a safety group has a tier");
            if (tier != "card" && tier != "check")
                assetError(file, gk + ".tier", "is card or check, not '" + tier + "'");
            grp.checkOnly = tier == "check";
            if (grp.checkOnly) r.onlyKeys(go, gk, {"tier", "patterns", "comment"});  // it says safety_check_note
        }
        if (go.contains("praise_lifts")) {
            if (rule.kind != "risk")
                assetError(file, gk + ".praise_lifts", "only a risk's charge can be lifted by praise");
            grp.praiseLifts = r.boolean(go.at("praise_lifts"), gk + ".praise_lifts");
        }
        grp.message = go.contains("message") ? r.str(go.at("message"), gk + ".message") : rule.message;
        grp.suggestion = go.contains("suggestion") ? r.str(go.at("suggestion"), gk + ".suggestion") : rule.suggestion;
        auto pats = r.strings(r.need(go, gk, "patterns"), gk + ".patterns");
        for (size_t p = 0; p < pats.size(); ++p)
            grp.patterns.push_back(impl.compilePattern(pats[p], file, gk + ".patterns[" + std::to_string(p) + "]"));
        if (rule.kind == "risk" && grp.suggestion.empty())
            assetError(file, gk + ".suggestion", "a risk needs a suggested rewrite");
        rule.groups.push_back(std::move(grp));
    }
}
}  // namespace

void Scorer::Impl::loadRules(const std::string& dir) {
    loadAsset(dir, "rules.json", "doorway-scoring-rules", [&](const json::object& o, const std::string& file) {
        Reader r{file};
        r.onlyKeys(o, "",
                   {"format", "version", "comment", "unclear_note", "blame_note", "hold_note", "safety_check_note",
                    "warmth_note", "rules"});
        const auto& wn = r.obj(r.need(o, "", "warmth_note"), "warmth_note");
        r.onlyKeys(wn, "warmth_note", {"message", "comment"});
        warmthNote = r.str(r.need(wn, "warmth_note", "message"), "warmth_note.message");
        if (warmthNote.empty()) assetError(file, "warmth_note.message", "must not be empty");
        const auto& sc = r.obj(r.need(o, "", "safety_check_note"), "safety_check_note");
        r.onlyKeys(sc, "safety_check_note", {"message", "comment"});
        safetyCheckNote = r.str(r.need(sc, "safety_check_note", "message"), "safety_check_note.message");
        if (safetyCheckNote.find("Help > Safety") == std::string::npos)
            assetError(file, "safety_check_note.message", "must point to the safety card (\"Help > Safety\")");
        for (auto [name, note] : {std::pair{"blame_note", &blameNote}, {"hold_note", &holdNote}}) {
            const std::string at = name;
            const auto& bn = r.obj(r.need(o, "", name), at);
            r.onlyKeys(bn, at, {"message", "suggestion", "comment"});
            for (auto [key, out] : {std::pair{"message", &note->message}, {"suggestion", &note->suggestion}}) {
                *out = r.str(r.need(bn, at, key), at + "." + key);
                if (out->empty()) assetError(file, at + "." + key, "must not be empty");
            }
        }
        const auto& no = r.obj(r.need(o, "", "unclear_note"), "unclear_note");
        r.onlyKeys(no, "unclear_note", {"lead", "add", "feeling", "ask", "way_out", "more"});
        auto noteText = [&](const char* key) {
            std::string s = r.str(r.need(no, "unclear_note", key), std::string("unclear_note.") + key);
            if (s.empty()) assetError(file, std::string("unclear_note.") + key, "must not be empty");
            return s;
        };
        note = {noteText("lead"), noteText("add"),     noteText("feeling"),
                noteText("ask"),  noteText("way_out"), noteText("more")};
        const auto& arr = r.need(o, "", "rules");
        if (!arr.is_array() || arr.as_array().empty()) assetError(file, "rules", "must be a non-empty list");
        std::unordered_set<std::string> seen;
        for (size_t i = 0; i < arr.as_array().size(); ++i) {
            std::string k = "rules[" + std::to_string(i) + "]";
            const auto& ro = r.obj(arr.as_array()[i], k);
            r.onlyKeys(ro, k, {"id",      "kind",       "max_count", "severe",    "ask",       "feeling",
                               "way_out", "advice",     "priority",  "scope",     "negation",  "mention",
                               "quoted",  "extend",     "taints",    "not_after", "undone_by", "undone_to",
                               "message", "suggestion", "groups",    "comment"});
            Rule rule;
            rule.id = r.str(r.need(ro, k, "id"), k + ".id");
            if (rule.id.empty() || rule.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
                assetError(file, k + ".id", "must be lower_snake_case, not '" + rule.id + "'");
            if (!seen.insert(rule.id).second) assetError(file, k + ".id", "'" + rule.id + "' is used twice");
            k = "rules[" + std::to_string(i) + "] (" + rule.id + ")";
            rule.kind = r.str(r.need(ro, k, "kind"), k + ".kind");
            if (rule.kind != "strength" && rule.kind != "risk" && rule.kind != "safety")
                assetError(file, k + ".kind", "must be \"strength\", \"risk\" or \"safety\", not '" + rule.kind + "'");
            auto wordList = [&](const char* key) {
                std::string joined;
                for (const auto& w : r.strings(ro.at(key), k + "." + key)) joined += (joined.empty() ? "" : "|") + w;
                return compileAlt(joined, file, k + "." + key);
            };
            readRuleOptions(r, ro, k, rule, wordList);
            rule.message = r.str(r.need(ro, k, "message"), k + ".message");
            if (rule.message.empty()) assetError(file, k + ".message", "must not be empty");
            rule.suggestion = ro.contains("suggestion") ? r.str(ro.at("suggestion"), k + ".suggestion") : "";
            readGroups(*this, r, ro, k, rule);
            if (rule.kind == "risk" && rule.suggestion.empty() && rule.groups.empty())
                assetError(file, k + ".suggestion", "a risk needs a suggested rewrite");
            rules.push_back(std::move(rule));
        }
        linkRules(file);
    });
}

void Scorer::Impl::linkRules(const std::string& file) {
    for (size_t i = 0; i < rules.size(); ++i) {
        Rule& rule = rules[i];
        std::string k = "rules[" + std::to_string(i) + "] (" + rule.id + ")";
        if (rule.negation == NegationMode::Flip) {
            rule.flipIndex = ruleIndex(rule.flipTo);
            if (rule.flipIndex < 0) assetError(file, k + ".negation", "flips to an unknown rule '" + rule.flipTo + "'");
        }
        if (rule.hasUndoneBy) {
            rule.undoneIndex = ruleIndex(rule.undoneTo);
            if (rule.undoneIndex < 0)
                assetError(file, k + ".undone_to", "names an unknown rule '" + rule.undoneTo + "'");
            if (rules[size_t(rule.undoneIndex)].kind != "risk") assetError(file, k + ".undone_to", "must name a risk");
        }
    }
    // The structural rules are computed in code; their words live here.
    auto structural = [&](const char* id, const char* kind) {
        int i = ruleIndex(id);
        if (i < 0) assetError(file, "rules", std::string("needs the structural rule '") + id + "'");
        if (rules[size_t(i)].kind != kind)
            assetError(file, "rules[" + std::to_string(i) + "] (" + id + ").kind",
                       std::string("must be \"") + kind + "\"");
        return i;
    };
    ruleWeBalance = structural("we_balance", "strength");
    ruleYouHeavy = structural("you_heavy", "risk");
    ruleTooLong = structural("too_long", "risk");
    ruleTooShort = structural("too_short", "risk");
    ruleQuestionMark = structural("question_mark", "strength");
    ruleTagQuestion = structural("tag_question", "risk");
    ruleUndercut = structural("undercut", "risk");
    rulePreterition = structural("preterition", "risk");
    ruleYouStatement = structural("you_statement", "risk");
    ruleNoOpening = structural("no_opening", "risk");
    ruleUltimatum = structural("ultimatum", "risk");

    // One weighed feature per rule, and one per group that has its own id.
    for (size_t i = 0; i < rules.size(); ++i) {
        Rule& rule = rules[i];
        rule.featureIndex = int(features.size());
        features.push_back({rule.id, rule.kind, int(i), 0, false});
        for (auto& g : rule.groups) {
            if (g.id.empty()) {
                g.feature = rule.id;
                g.featureIndex = rule.featureIndex;
            } else {
                g.feature = rule.id + "." + g.id;
                g.featureIndex = int(features.size());
                features.push_back({g.feature, rule.kind, int(i), 0, false});
            }
        }
    }
}

}  // namespace doorway
