// Role-play: matching an answer's words against the concepts' phrases, the
// jab check through the phrasing scorer, and the feedback.
#include "core/labels.hpp"
#include "core/objections_text.hpp"
#include "core/stem.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

namespace doorway {

namespace roleplay {

namespace {

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

bool sentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
}

// Words that may stand between a negation and what it negates: "not really
// that cheap", "I don't think it's private", "not even one session".
bool isNegationFiller(const std::string& w) {
    static const std::set<std::string> kFillers = {
        "very",        "that",    "really", "so",    "too", "exactly", "particularly", "even",     "just",   "all",
        "at",          "any",     "a",      "an",    "the", "one",     "single",       "think",    "saying", "say",
        "mean",        "believe", "be",     "being", "is",  "it",      "its",          "actually", "quite",  "remotely",
        "necessarily", "always",  "gonna",  "going", "to",  "me",      "because",      "about"};
    return kFillers.count(w) > 0;
}

// Punctuation that ends a clause between two words: a negation does not
// reach past it ("No, it's cheap").
bool clauseBreak(const std::string& src, const Word& before, const Word& after) {
    for (int i = before.end; i < after.start; ++i)
        if (std::strchr(",.;:!?()", src[size_t(i)]) != nullptr) return true;
    return false;
}

// Words of wanting between a negation and a blame phrase: "I don't want
// someone on my side", "I'm not looking for someone to take my side", "I
// don't want somebody to say you are wrong" say what the speaker doesn't
// want, not what they accuse. Only blame phrases
// read through them: for an idea, "I don't want to waste your evening" still
// speaks to the worry.
bool isWantingWord(const std::string& w) {
    static const std::set<std::string> kWanting = {"want", "wanted", "wanting", "looking", "for", "asking", "after",
                                                   "need", "needing", "trying", "to", "get", "find", "some", "hoping",
                                                   "expect", "expecting",
                                                   // "I don't want someone to tell you you're wrong": who would say it.
                                                   "someone", "somebody", "anyone", "anybody", "them", "say", "tell"};
    return kWanting.count(w) > 0;
}

// "Not because ...", "I'm not asking because ...", "it isn't cos ...": the
// reason itself is denied, so what the because-clause says, up to eight
// words into it, is negated ("not asking bc I think ur the problem"). The
// negation must sit right before the "because", or before an asking or
// saying word that does, alone or with up to four words of what is asked
// between them ("not doing this because", "not saying it cos", "not asking
// you to come because", "not suggesting we go because"): "I'm not happy
// because you're never home", "I'm not doing well because ..." and "I'm not
// asking you again because ..." still say it. A "no" is left out:
// unpunctuated ("no because you're the problem") it answers rather than
// denies.
bool deniedReason(const std::string& src, const std::vector<Word>& text, size_t ti) {
    static const std::set<std::string> kBecause = {"because", "bc", "cos", "coz", "cause", "cuz"};
    // "going": said to an objection about therapy, "I'm not going because
    // you're the problem" denies the reason for going.
    static const std::set<std::string> kAsking = {"asking",  "saying",   "suggesting", "doing",
                                                  "raising", "bringing", "going"};
    static const std::set<std::string> kObject = {"this", "it",   "that", "you", "u",   "us",   "we",
                                                  "to",   "come", "go",   "do",  "try", "with", "me"};
    auto denies = [&](size_t k) { return text[k].text != "no" && isNegationWord(text[k].text); };
    for (size_t i = ti; i > 0 && ti - i < 8; --i) {
        if (clauseBreak(src, text[i - 1], text[i])) return false;
        if (!kBecause.count(text[i - 1].text)) continue;
        size_t b = i - 1;
        if (b >= 1 && denies(b - 1)) return true;
        for (size_t k = b; k >= 2 && b - k <= 4; --k) {
            if (kAsking.count(text[k - 1].text)) return denies(k - 2);
            if (!kObject.count(text[k - 1].text)) return false;
        }
        return false;
    }
    return false;
}

// "It might sound like I'm saying you're the problem", "as if I think it's
// your fault": blame set out as how the speaker could be heard, not as what
// they say. "like" or "as if", "I" ("I am"), then a word of saying or
// thinking, with up to three words between it and the phrase in one clause.
// A bare "if" is not the frame: "even if I think it's your fault" may still
// say it. Only for blame: an idea under "like I'm saying it's private" is
// still said.
bool disownedAt(const std::string& src, const std::vector<Word>& text, size_t ti) {
    static const std::set<std::string> kReport = {"saying",  "say",   "mean",     "meant",    "think",
                                                  "blaming", "blame", "accusing", "implying", "suggesting"};
    for (size_t i = ti; i >= 3 && ti - i < 4; --i) {
        if (clauseBreak(src, text[i - 1], text[i])) return false;
        if (!kReport.count(text[i - 1].text)) continue;
        size_t k = i - 1;
        if (text[k - 1].text == "am") --k;
        if (k < 2 || text[k - 1].text != "i") return false;
        const std::string& frame = text[k - 2].text;
        // "Like I say, you're never home" opening a clause (or a line) is "as
        // I said", most of all spoken, with no comma to end the clause.
        const bool opens =
            k == 2 || text[k - 3].sentence != text[k - 2].sentence || clauseBreak(src, text[k - 3], text[k - 2]);
        const bool asISaid = frame == "like" && text[i - 1].text == "say" && opens;
        return (frame == "like" && !asISaid) || (frame == "if" && k >= 3 && text[k - 3].text == "as");
    }
    return false;
}

// Is the word at `ti` negated by the words just before it? `wanting`: also
// through words of wanting (see isWantingWord), and blame's disowned frame
// (disownedAt).
bool negatedAt(const std::string& src, const std::vector<Word>& text, size_t ti, bool wanting = false) {
    if (deniedReason(src, text, ti) || (wanting && disownedAt(src, text, ti))) return true;
    size_t i = ti;
    for (int fillers = 0; i > 0 && fillers <= (wanting ? 4 : 2); ++fillers) {
        const Word& prev = text[i - 1];
        if (clauseBreak(src, prev, text[i])) return false;
        if (isNegationWord(prev.text)) {
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
        if (!isNegationFiller(prev.text) && !(wanting && isWantingWord(prev.text))) return false;
        --i;
    }
    return false;
}

// "It's only an hour", "that's just one session": the idea offered as a
// reason their worry is small, which waves the worry away rather than meeting it.
bool minimisedAt(const std::vector<Word>& text, size_t ti) {
    auto copula = [](const std::string& w) { return w == "its" || w == "is" || w == "thats" || w == "was"; };
    auto little = [](const std::string& w) { return w == "only" || w == "just"; };
    // "even if it's just two sessions" sets a limit; it doesn't wave anything away.
    auto offered = [&](size_t verb) { return verb >= 1 && text[verb - 1].text == "if"; };
    if (ti >= 1 && little(text[ti].text) && copula(text[ti - 1].text)) return !offered(ti - 1);
    return ti >= 2 && little(text[ti - 1].text) && copula(text[ti - 2].text) && !offered(ti - 2);
}

bool wordMatches(const PhraseWord& pw, const Word& w) {
    for (const auto& a : pw.alts)
        if (a == w.stem || a == w.text) return true;
    for (const auto& p : pw.prefixes)
        if (w.text.compare(0, p.size(), p) == 0) return true;
    return false;
}

// Ordered: the end word index (exclusive) of a match of words [pi..) from
// text word ti, each within its gap of the one before; -1 if none.
int matchFrom(const std::vector<Word>& ws, size_t ti, const ConceptPhrase& p, size_t pi) {
    if (pi == p.words.size()) return int(ti);
    const PhraseWord& pw = p.words[pi];
    const int gap = pi == 0 ? 0 : pw.gapBefore;
    bool phraseNegates = false;
    for (const auto& x : p.words) phraseNegates = phraseNegates || x.negation;
    for (int g = 0; g <= gap && ti + size_t(g) < ws.size(); ++g) {
        const Word& w = ws[ti + size_t(g)];
        if (pi > 0 && w.sentence != ws[ti - 1].sentence) break;
        // A skipped "not" turns the phrase around: "you're not wrong" is not
        // "you're wrong", unless the phrase holds a negation of its own.
        if (g > 0 && !phraseNegates && isNegationWord(ws[ti + size_t(g) - 1].text)) break;
        if (!wordMatches(pw, w)) continue;
        int end = matchFrom(ws, ti + size_t(g) + 1, p, pi + 1);
        if (end >= 0) return end;
    }
    return -1;
}

}  // namespace

bool isNegationWord(const std::string& w) {
    static const std::set<std::string> kNegations = {
        "not",  "no",      "never",  "hardly",  "barely",  "isnt", "arent",  "wasnt",   "werent",
        "dont", "doesnt",  "didnt",  "wont",    "wouldnt", "cant", "cannot", "couldnt", "shouldnt",
        "aint", "nothing", "nobody", "without", "neither", "nor",  "none"};
    return kNegations.count(w) > 0;
}

const std::vector<std::string>& contractionParts(const std::string& w) {
    // Only forms that can't be another word ("were", "its", "ill", "well" stay).
    static const std::map<std::string, std::vector<std::string>> kParts = {
        {"youre", {"you", "are"}},     {"im", {"i", "am"}},
        {"ive", {"i", "have"}},        {"youve", {"you", "have"}},
        {"weve", {"we", "have"}},      {"theyre", {"they", "are"}},
        {"thats", {"that", "is"}},     {"whats", {"what", "is"}},
        {"theres", {"there", "is"}},   {"dont", {"do", "not"}},
        {"doesnt", {"does", "not"}},   {"didnt", {"did", "not"}},
        {"isnt", {"is", "not"}},       {"arent", {"are", "not"}},
        {"wasnt", {"was", "not"}},     {"werent", {"were", "not"}},
        {"cant", {"can", "not"}},      {"cannot", {"can", "not"}},
        {"wont", {"will", "not"}},     {"wouldnt", {"would", "not"}},
        {"couldnt", {"could", "not"}}, {"shouldnt", {"should", "not"}},
        {"havent", {"have", "not"}},   {"hasnt", {"has", "not"}},
        {"youll", {"you", "will"}},    {"youd", {"you", "would"}},
        {"itll", {"it", "will"}},      {"itd", {"it", "would"}},
        {"wed", {"we", "would"}},      {"theyll", {"they", "will"}},
        {"ur", {"you", "are"}},        {"u", {"you"}}};
    static const std::vector<std::string> kNone;
    auto it = kParts.find(w);
    return it == kParts.end() ? kNone : it->second;
}

std::vector<Word> answerWords(const std::string& s) {
    std::vector<Word> out;
    size_t i = 0;
    int sentence = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (!isWordByte(c) || apostropheAt(s, i)) {
            if (sentenceEnd(s[i]) && !out.empty() && out.back().sentence == sentence) ++sentence;
            ++i;
            continue;
        }
        Word w;
        w.start = int(i);
        w.sentence = sentence;
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
        w.end = int(i);
        const auto& parts = contractionParts(w.text);
        if (parts.empty()) {
            w.stem = stemWord(w.text);
            out.push_back(std::move(w));
        } else {
            for (const auto& part : parts) {
                Word p = w;
                p.text = part;
                p.stem = stemWord(part);
                out.push_back(std::move(p));
            }
        }
    }
    return out;
}

std::pair<int, int> findPhrase(const std::string& text, const std::vector<Word>& ws, const ConceptPhrase& p,
                               bool minimised, bool wanting) {
    if (p.words.empty()) return {-1, -1};
    bool checkNegation = true;
    for (const auto& w : p.words) checkNegation = checkNegation && !w.negation;
    if (p.anyOrder) {
        // Every word within a window of the phrase's length plus three, in
        // one sentence, in any order; the match runs from the first to the last.
        const size_t window = p.words.size() + 3;
        for (size_t ti = 0; ti < ws.size(); ++ti) {
            bool startsHere = false;
            for (const auto& pw : p.words) startsHere = startsHere || wordMatches(pw, ws[ti]);
            if (!startsHere) continue;
            size_t last = ti;
            bool all = true;
            for (const auto& pw : p.words) {
                bool found = false;
                for (size_t k = ti; !found && k < ws.size() && k < ti + window && ws[k].sentence == ws[ti].sentence;
                     ++k)
                    if (wordMatches(pw, ws[k])) found = true, last = std::max(last, k);
                all = all && found;
            }
            if (!all || (checkNegation && negatedAt(text, ws, ti, wanting))) continue;
            return {ws[ti].start, ws[last].end};
        }
        return {-1, -1};
    }
    for (size_t ti = 0; ti < ws.size(); ++ti) {
        int end = matchFrom(ws, ti, p, 0);
        if (end <= int(ti)) continue;
        if (checkNegation && negatedAt(text, ws, ti, wanting)) continue;
        if (minimised && minimisedAt(ws, ti)) continue;
        return {ws[ti].start, ws[size_t(end) - 1].end};
    }
    return {-1, -1};
}

}  // namespace roleplay

using roleplay::Word;

std::pair<int, int> findConceptPhrase(const std::string& text, const std::string& phrase) {
    static const std::map<std::string, std::vector<std::string>> kNone;
    ConceptPhrase p = roleplay::compilePhrase(phrase, kNone, "phrase", "phrase");
    return roleplay::findPhrase(text, roleplay::answerWords(text), p);
}

// Each idea is credited for words of its own: one phrase that matches two
// concepts ("you decide" as both "you choose the counsellor" and "it's your
// call") counts once. The longest matches claim their words first (the more
// specific phrase), ties going to the concept listed first; a concept whose
// every match lies in words already claimed is not touched.
std::vector<ConceptHit> conceptHits(const Objection& objection, const std::string& answer) {
    std::vector<Word> ws = roleplay::answerWords(answer);
    struct Candidate {
        size_t idea;
        int start, end;
    };
    std::vector<Candidate> candidates;
    for (size_t ci = 0; ci < objection.concepts.size(); ++ci)
        for (const auto& p : objection.concepts[ci].compiled) {
            auto span = roleplay::findPhrase(answer, ws, p, true);
            if (span.first >= 0) candidates.push_back({ci, span.first, span.second});
        }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
        if (a.idea != b.idea) return a.idea < b.idea;
        return a.start < b.start;
    });
    std::vector<const Candidate*> claimed(objection.concepts.size(), nullptr);
    for (const auto& c : candidates) {
        if (claimed[c.idea]) continue;
        bool free = true;
        for (const Candidate* other : claimed)
            free = free && (!other || c.end <= other->start || other->end <= c.start);
        if (free) claimed[c.idea] = &c;
    }
    std::vector<ConceptHit> out;
    for (size_t ci = 0; ci < objection.concepts.size(); ++ci)
        if (const Candidate* c = claimed[ci]) out.push_back({objection.concepts[ci].id, c->start, c->end});
    return out;
}

std::vector<ConceptHit> deflectionHits(const Objection& objection, const std::string& answer) {
    std::vector<Word> ws = roleplay::answerWords(answer);
    std::vector<ConceptHit> out;
    for (const auto& d : objection.deflections)
        for (const auto& p : d.compiled) {
            auto span = roleplay::findPhrase(answer, ws, p, true);
            if (span.first < 0) continue;
            out.push_back({d.id, span.first, span.second});
            break;
        }
    return out;
}

namespace {

bool listed(const std::vector<std::string>& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

std::string joinLabels(const std::vector<std::string>& labels) {
    std::string out;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i) out += i + 1 == labels.size() ? " and " : ", ";
        out += labels[i];
    }
    return out;
}

// Scare quotes: the partner's own words handed back in quotes ("We've been
// 'fixing it ourselves' for ten years") mock them. A quote counts when one of
// its longer words shares a stem with the objection, and no saying verb
// ("when you say 'pointless'") introduces it.
void quotedEchoes(const Objection& o, const std::string& answer, std::vector<ScoreFinding>& jabs) {
    auto wordByte = [&](size_t i) {
        return i < answer.size() &&
               (std::isalnum(static_cast<unsigned char>(answer[i])) || static_cast<unsigned char>(answer[i]) >= 0x80);
    };
    auto quoteAt = [&](size_t i) -> size_t {  // length of a quote mark at i, 0 if none
        if (answer[i] == '"' || answer[i] == '\'') return 1;
        if (i + 2 < answer.size() && static_cast<unsigned char>(answer[i]) == 0xE2 &&
            static_cast<unsigned char>(answer[i + 1]) == 0x80) {
            unsigned char c = static_cast<unsigned char>(answer[i + 2]);
            if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D) return 3;
        }
        return 0;
    };
    std::set<std::string> says;
    for (const auto& w : roleplay::answerWords(o.says))
        if (w.text.size() >= 4) says.insert(w.stem);
    for (size_t i = 0; i < answer.size(); ++i) {
        size_t q = quoteAt(i);
        // An opening mark: not glued to a word before it, a word right after.
        if (!q || (i > 0 && wordByte(i - 1)) || !wordByte(i + q)) continue;
        size_t j = i + q;
        size_t close = std::string::npos, closeLen = 0;
        for (; j < answer.size() && j < i + 80; ++j) {
            size_t c = quoteAt(j);
            if (c && wordByte(j - 1) && !wordByte(j + c)) {
                close = j, closeLen = c;
                break;
            }
        }
        if (close == std::string::npos) continue;
        const std::string inner = answer.substr(i + q, close - i - q);
        bool echoes = false;
        for (const auto& w : roleplay::answerWords(inner))
            echoes = echoes || (w.text.size() >= 4 && says.count(w.stem));
        std::vector<Word> before = roleplay::answerWords(answer.substr(0, i));
        for (size_t k = before.size() > 3 ? before.size() - 3 : 0; k < before.size(); ++k) {
            const std::string& b = before[k].stem;
            if (b == "say" || b == "said" || b == "call" || b == "mean" || b == "hear" || b == "word") echoes = false;
        }
        // '"Problem" is the wrong word': the word itself is being weighed, not handed back.
        std::vector<Word> after = roleplay::answerWords(answer.substr(close + closeLen));
        for (size_t k = 0; k < after.size() && k < 5; ++k)
            if (after[k].stem == "word" || after[k].stem == "term" || after[k].stem == "label") echoes = false;
        if (echoes) {
            ScoreFinding f;
            f.rule = "echo_quotes";
            f.kind = "risk";
            f.start = int(i);
            f.end = int(close + closeLen);
            f.text = answer.substr(i, close + closeLen - i);
            f.message =
                "Putting their own words back in quotes mocks them, and being mocked is what this worry is afraid of.";
            jabs.push_back(std::move(f));
        }
        i = close + closeLen - 1;
    }
}

// The jabs in an answer: the phrasing score's risks (less the ones this
// catalog doesn't count), their own words in scare quotes, and the blame phrases.
// A finding that states what they do or are: its second word is no modal
// ("you would", "you might", "you can"), it doesn't grant them a point, and
// it isn't how they come across to the speaker ("you sound worn out") or
// their worry named ("you're worried we'll come out feeling worse").
bool statesAboutThem(const ScoreFinding& f) {
    static const std::set<std::string> kSoft = {"would",  "might", "could",    "can",     "will",    "may",
                                                "should", "right", "probably", "welcome", "deserve", "matter",
                                                "mean",   "sound", "seem",     "worried", "afraid",  "scared"};
    std::vector<Word> ws = roleplay::answerWords(f.text);
    if (ws.size() < 3) return false;
    for (const auto& w : ws)
        if (kSoft.count(w.text)) return false;
    return true;
}

// Does one of the catalog's blame frames come before `at` in its sentence
// ("if they start taking my side": a guard, not a charge)?
// `asserted`: a "because" or "know" after the frame makes the charge the
// speaker's own again ("you're scared because you know you're the problem"),
// and so does a "since" or "cos" right before it ("I don't want a side, I
// want a referee, since you never fight fair"); one further back, or "ever
// since", only tells when or why inside their worry ("you're worried that
// since I found her, she'd decide you always start the fights").
// Only what follows the last of the catalog's turns ("but", "however") can frame the charge.
bool framedAsWorry(const Objection& o, const std::string& answer, int at, bool asserted = false) {
    static const std::set<std::string> kSince = {"since", "cos", "coz", "cuz", "bc"};
    if (o.blameFrames.empty()) return false;
    size_t from = size_t(at);
    while (from > 0 && std::strchr(".!?\n", answer[from - 1]) == nullptr) --from;
    const std::string before = answer.substr(from, size_t(at) - from);
    std::vector<Word> ws = roleplay::answerWords(before);
    const auto turn =
        std::find_if(ws.rbegin(), ws.rend(), [&](const Word& w) { return listed(o.yesBut.turns, w.text); });
    ws.erase(ws.begin(), turn.base());
    // The charge's own first word may be the reason ("because you never listen" is one finding).
    const std::vector<Word> own = roleplay::answerWords(answer.substr(size_t(at), 16));
    const bool opensWithReason = !own.empty() && (own[0].text == "because" || kSince.count(own[0].text) > 0);
    const bool givenAsReason =
        !ws.empty() && kSince.count(ws.back().text) && (ws.size() < 2 || ws[ws.size() - 2].text != "ever");
    for (const auto& f : o.blameFrames) {
        const auto span = roleplay::findPhrase(before, ws, f);
        if (span.first < 0) continue;
        const bool claimed = asserted && (opensWithReason || (givenAsReason && ws.back().start >= span.second) ||
                                          std::any_of(ws.begin(), ws.end(), [&](const Word& w) {
                                              return w.start >= span.second &&
                                                     (w.text == "because" || w.text == "know" || w.text == "knows");
                                          }));
        if (!claimed) return true;
    }
    return false;
}

// A blame phrase said of the speaker or of both of them ("it's us being
// stubborn enough to keep going", "I was being selfish", "we're both being
// stubborn") owns a share of it rather than charging the partner with it.
bool saidOfUs(const std::vector<Word>& ws, int at) {
    static const std::set<std::string> kUs = {"us", "we", "i", "me", "im", "myself", "ourselves", "both"};
    static const std::set<std::string> kBe = {"am", "are", "was", "were", "been"};
    auto before = std::partition_point(ws.begin(), ws.end(), [&](const Word& w) { return w.start < at; });
    if (before == ws.begin()) return false;
    const auto w1 = std::prev(before);
    if (kUs.count(w1->text)) return true;
    return kBe.count(w1->text) && w1 != ws.begin() && kUs.count(std::prev(w1)->text) > 0;
}

// `scored`: the phrasing score of the answer, when there is a scorer.
std::vector<ScoreFinding> findJabs(const Objection& o, const std::string& answer, const ScoreResult* scored,
                                   bool bare) {
    std::vector<ScoreFinding> jabs;
    if (scored) {
        for (auto f : scored->findings) {
            if (f.kind != "risk") continue;
            // "You think I'd bring you so everyone says it's your fault":
            // their worry put into words, not the speaker's charge.
            if (f.rule == "you_accusation" && framedAsWorry(o, answer, f.start, true)) continue;
            if (!listed(o.notJabs, f.rule) || (bare && listed(o.bareJabs, f.rule) && statesAboutThem(f)))
                jabs.push_back(std::move(f));
        }
    }
    quotedEchoes(o, answer, jabs);
    std::vector<Word> ws = roleplay::answerWords(answer);
    for (const auto& p : o.blameCompiled) {
        auto span = roleplay::findPhrase(answer, ws, p, false, true);
        if (span.first < 0 || framedAsWorry(o, answer, span.first) || saidOfUs(ws, span.first)) continue;
        bool inside = false;
        for (const auto& j : jabs) inside = inside || (span.first < j.end && j.start < span.second);
        if (inside) continue;
        ScoreFinding f;
        f.rule = "blame";
        f.kind = "risk";
        f.start = span.first;
        f.end = span.second;
        f.text = answer.substr(size_t(span.first), size_t(span.second - span.first));
        f.message = "It may be heard as blame, and blame is what this worry is afraid of.";
        jabs.push_back(std::move(f));
    }
    std::sort(jabs.begin(), jabs.end(), [](const ScoreFinding& a, const ScoreFinding& b) { return a.start < b.start; });
    return jabs;
}

// The fitted backstop (tone.json's jab head): no rule found a jab, but the
// words taken together read as a dig. Named by the words that carried it most.
// `answer` is already capped to what the scorer reads (checkAnswer).
void addToneJab(const Scorer& scorer, const std::string& answer, std::vector<ScoreFinding>& jabs) {
    ToneVerdict v = scorer.tone("jab", answer);
    if (!v.passes || v.start < 0) return;
    // Blame set out as how the speaker fears they could be heard ("it sounds
    // like I am blaming you") is not said to them (disownedAt). The head reads
    // words, not that frame, so its whole span is left alone: wider than the
    // blame list, but the head speaks only when no rule named a jab.
    const std::vector<Word> ws = roleplay::answerWords(answer);
    for (size_t i = 0; i < ws.size(); ++i)
        if (ws[i].start >= v.start && ws[i].end <= v.end && roleplay::disownedAt(answer, ws, i)) return;
    jabs.push_back(Scorer::toneFinding(
        v, "jab_model", "risk",
        "Together these words read as a dig rather than an answer, and a dig is what this worry is braced for."));
}

// The one thing to add: the first concept not yet touched, a required one
// before any other (the asset lists them most direct first), said as its hint.
const ObjectionConcept* bestMissing(const Objection& o, const FearCheck& r) {
    const ObjectionConcept* best = nullptr;
    for (const auto& c : o.concepts) {
        bool touched = false;
        for (const auto& h : r.hits) touched = touched || h.conceptId == c.id;
        if (touched) continue;
        if (!best || (c.required && !best->required)) best = &c;
    }
    return best;
}

std::string feedbackFor(const Objection& o, const FearCheck& r, bool empty) {
    if (empty) return "Nothing to check yet: answer in a sentence or two.";
    // Fear of them comes before any wording: the card, and no coaching.
    if (!r.safetyMessage.empty()) return r.safetyMessage;
    const ObjectionConcept* add = bestMissing(o, r);
    std::string oneThing = add ? add->label + (add->hint.empty() ? "" : " (for example: " + add->hint + ")") : "";
    if (!r.jabs.empty()) {
        const ScoreFinding& j = r.jabs.front();
        std::string s = "\"" + j.text + "\" may be heard as a jab. " + j.message;
        if (!r.matched.empty())
            return s + " This part helps: " + joinLabels(r.matched) + ". Say it again without the jab.";
        return s + (oneThing.empty() ? "" : " Without it, the one thing to add is " + oneThing + ".");
    }
    if (r.met) return "What you said meets the worry underneath: " + joinLabels(r.matched) + ".";
    // The ideas are there but the whole doesn't yet read as meeting the fear:
    // keep what helps, name the worry itself, and ask for one sentence to it.
    if (r.heldBack) {
        std::string fear = o.fear;
        if (!fear.empty()) fear[0] = char(std::tolower(static_cast<unsigned char>(fear[0])));
        while (!fear.empty() && (fear.back() == '.' || fear.back() == ' ')) fear.pop_back();
        return "This helps: " + joinLabels(r.matched) + ". Taken as a whole, though, it may not reach the worry " +
               "underneath yet: " + fear + ". The one thing to add: a sentence that speaks to that worry itself.";
    }
    // A deflection that kept the fear from being met is named by its words.
    std::string aside;
    if (!r.deflected.empty())
        for (const auto& d : o.deflections)
            if (d.id == r.deflected.front().conceptId)
                aside = " \"" + r.deflectedText + "\" is " + d.label + ": " + d.message;
    if (r.matched.empty())
        return "This doesn't reach the worry underneath yet." + aside +
               (oneThing.empty() ? std::string() : " The one thing to add: " + oneThing + ".");
    return "This helps: " + joinLabels(r.matched) + "." + aside +
           (oneThing.empty() ? std::string() : " The one thing to add: " + oneThing + ".");
}

// An idea said in the clause that carries a jab earns no credit ("funny
// how we can always afford your nights out" is not a word about low-cost
// options); one in a clause of its own still does ("you always complain
// about money, but the clinic has a sliding scale"). Jabs are placed by
// their words: the tone model's name a sentence without offsets.
void dropIdeasInJabs(const std::string& answer, FearCheck& r) {
    auto clauseEnd = [](char c) { return roleplay::sentenceEnd(c) || c == ',' || c == ';' || c == ':'; };
    std::vector<std::pair<size_t, size_t>> clauses;
    for (const auto& j : r.jabs) {
        const size_t at = j.text.empty() ? std::string::npos : answer.find(j.text);
        if (at == std::string::npos) continue;
        size_t from = at, to = at + j.text.size();
        while (from > 0 && !clauseEnd(answer[from - 1])) --from;
        while (to < answer.size() && !clauseEnd(answer[to])) ++to;
        clauses.emplace_back(from, to);
    }
    std::erase_if(r.hits, [&](const ConceptHit& h) {
        for (const auto& [from, to] : clauses)
            if (size_t(h.start) < to && from < size_t(h.end)) return true;
        return false;
    });
}

// "I hear you, but I really think we should go": an idea said just before a
// turn ("but") is taken back by it when what follows speaks for no idea and
// pushes the ask (YesBut in objections.hpp). An idea after the turn ("I know
// it's a lot, but it would be one session") keeps both, and so does a turn to
// something other than the ask ("but that doesn't mean nobody would be").
void dropIdeasTurnedBy(const Objection& o, const std::string& answer, FearCheck& r) {
    if (r.hits.empty() || o.yesBut.turns.empty()) return;
    const std::vector<Word> ws = roleplay::answerWords(answer);
    // Linear in the answer's words: whether a push follows each word, and
    // each hit's sentence (that of its last word), found once.
    std::vector<char> pushFrom(ws.size() + 1, 0);
    for (size_t k = ws.size(); k-- > 0;) pushFrom[k] = pushFrom[k + 1] || listed(o.yesBut.pushes, ws[k].text);
    int lastHitStart = -1;
    std::vector<int> hitSentence;
    for (const auto& h : r.hits) {
        lastHitStart = std::max(lastHitStart, h.start);
        auto after = std::partition_point(ws.begin(), ws.end(), [&](const Word& w) { return w.start < h.end; });
        hitSentence.push_back(after == ws.begin() ? 0 : std::prev(after)->sentence);
    }
    std::vector<char> drop(r.hits.size(), 0);
    for (size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!listed(o.yesBut.turns, ws[i].text) || lastHitStart >= ws[i].end || !pushFrom[i + 1]) continue;
        for (size_t j = 0; j < r.hits.size(); ++j)
            if (r.hits[j].end <= ws[i].start && ws[i].sentence - hitSentence[j] <= 1)
                drop[j] = 1;  // the turn's sentence or the one before
    }
    std::vector<ConceptHit> kept;
    for (size_t j = 0; j < r.hits.size(); ++j)
        if (!drop[j]) kept.push_back(r.hits[j]);
    r.hits = std::move(kept);
}

}  // namespace

FearCheck checkAnswer(const Objection& objection, const std::string& answer, const Scorer* scorer) {
    FearCheck r;
    r.hits = conceptHits(objection, answer);
    ScoreResult scored;
    // What the scorer and its heads read: no more than they accept.
    const std::string read = answer.size() > kMaxScoreBytes ? answer.substr(0, kMaxScoreBytes) : answer;
    if (scorer) scored = scorer->score(read, ScoreAs::Answer);
    r.jabs = findJabs(objection, answer, scorer ? &scored : nullptr, r.hits.empty());
    // The card only: the scorer's gentle check (rule "safety_check", no
    // card) is for a message the user composes, and no answer to an
    // objection in the corpus tells of fear.
    for (const auto& f : scored.findings)
        if (scored.safety && f.kind == "safety" && r.safetyMessage.empty()) r.safetyMessage = f.message;
    if (scorer && r.jabs.empty() && r.safetyMessage.empty()) addToneJab(*scorer, read, r.jabs);
    if (!r.jabs.empty()) r.blame = r.jabs.front().text;
    dropIdeasInJabs(answer, r);
    dropIdeasTurnedBy(objection, answer, r);
    bool requiredMissing = false;
    for (const auto& c : objection.concepts) {
        bool touched = false;
        for (const auto& h : r.hits) touched = touched || h.conceptId == c.id;
        if (touched) {
            r.matched.push_back(c.label);
            r.evidence += c.weight;
        } else {
            r.missing.push_back(c.label);
            requiredMissing = requiredMissing || c.required;
        }
    }
    r.deflected = deflectionHits(objection, answer);
    for (const auto& h : r.deflected)
        for (const auto& d : objection.deflections)
            if (d.id == h.conceptId) r.evidence += d.weight;
    if (!r.deflected.empty())
        r.deflectedText = answer.substr(size_t(r.deflected.front().start),
                                        size_t(r.deflected.front().end - r.deflected.front().start));
    r.met = !requiredMissing && !r.hits.empty() && r.evidence >= objection.threshold && r.jabs.empty() &&
            r.safetyMessage.empty();
    if (r.met && scorer && scorer->toneHead("met")) {
        // Right-sounding words can miss the fear ("no pressure, it's a safe
        // space, one small step" to "I'll think about it", then "could we
        // decide by Friday?"): a pass needs the answer as a whole to read
        // like the corpus's answers that meet this objection's fear.
        const ToneVerdict v = scorer->tone("met", read, objection.id);
        // Only where some of its words lean against it: an answer with none
        // the head knows against it would otherwise be held back on the
        // head's bias alone, when the ideas already found what they look
        // for. (Until session 18, only where the words' sum leaned against
        // it; with the head's bias at about -3, that held back only answers
        // under about 0.04, whatever the fitted edge. On the dev split when
        // it came in, precision 95.9% -> 97.4%, recall 92.3% -> 90.9%.)
        r.metProbability = v.probability;
        r.heldBack = !v.passes && v.someAgainst;
        r.met = !r.heldBack;
    }
    r.feedback = feedbackFor(objection, r, roleplay::answerWords(answer).empty());
    return r;
}

std::string fearVerdict(const FearCheck& c) {
    if (!c.safetyMessage.empty()) return {};
    return c.met ? "Your answer met the fear behind it" : "Not quite meeting the fear yet";
}

std::string wordingLine(const FearCheck& c, int score, const std::string& band) {
    if (band.empty() || !scoreShown(band) || !c.safetyMessage.empty()) return {};
    std::string s = "How it's worded: " + scoreCaption(score, band) + " · " + bandPhrase(band) + ".";
    // The two readings side by side, said as one thought.
    if (!c.met && band == "invitation") s += " The words are kind; the worry underneath still needs its answer.";
    if (c.met && (band == "mixed" || band == "accusation"))
        s += " It meets the worry; a word or two may still land harder than you mean.";
    return s;
}

boost::json::value fearCheckToJson(const Objection& objection, const std::string& answer, const FearCheck& c) {
    boost::json::object o;
    o["objection"] = objection.id;
    o["met"] = c.met;
    boost::json::array ideas;
    for (const auto& h : c.hits) {
        boost::json::object io;
        io["concept"] = h.conceptId;
        for (const auto& k : objection.concepts)
            if (k.id == h.conceptId) io["label"] = k.label;
        io["text"] = answer.substr(size_t(h.start), size_t(h.end - h.start));
        io["start"] = h.start;
        io["end"] = h.end;
        ideas.push_back(std::move(io));
    }
    o["ideas"] = std::move(ideas);
    boost::json::array deflections;
    for (const auto& h : c.deflected)
        for (const auto& d : objection.deflections)
            if (d.id == h.conceptId)
                deflections.push_back({{"deflection", d.id},
                                       {"label", d.label},
                                       {"text", answer.substr(size_t(h.start), size_t(h.end - h.start))},
                                       {"start", h.start},
                                       {"end", h.end},
                                       {"weight", d.weight}});
    o["deflections"] = std::move(deflections);
    boost::json::array blame;
    for (const auto& j : c.jabs) {
        boost::json::object jo;
        jo["rule"] = j.rule;
        jo["text"] = j.text;
        jo["start"] = j.start;
        jo["end"] = j.end;
        jo["message"] = j.message;
        if (j.probability >= 0) {
            jo["probability"] = j.probability;
            boost::json::array carried;
            for (const auto& [words, w] : j.carried) carried.push_back({{"words", words}, {"weight", w}});
            jo["carried"] = std::move(carried);
        }
        blame.push_back(std::move(jo));
    }
    o["blame"] = std::move(blame);
    o["safety"] = !c.safetyMessage.empty();
    if (c.metProbability >= 0) o["met_probability"] = std::round(c.metProbability * 1000) / 1000;
    o["held_back"] = c.heldBack;
    o["feedback"] = c.feedback;
    return o;
}

}  // namespace doorway
