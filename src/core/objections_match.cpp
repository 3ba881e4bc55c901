// Role-play: an answer's words, and matching them against the concepts'
// phrases. The jab check and the judgement are in objections_judge.cpp.
#include "core/objections_text.hpp"
#include "core/stem.hpp"

#include <algorithm>
#include <cctype>
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

}  // namespace

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

namespace {

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

bool sentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
}

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

std::vector<std::pair<int, int>> findPhrases(const std::string& text, const std::vector<Word>& ws,
                                             const ConceptPhrase& p, bool minimised, bool wanting, size_t limit) {
    std::vector<std::pair<int, int>> out;
    if (p.words.empty()) return out;
    bool checkNegation = true;
    for (const auto& w : p.words) checkNegation = checkNegation && !w.negation;
    for (size_t ti = 0; ti < ws.size() && out.size() < limit; ++ti) {
        size_t last = ti;  // the match's last word
        if (p.anyOrder) {
            // Every word within a window of the phrase's length plus three, in
            // one sentence, in any order; the match runs from the first to the last.
            const size_t window = p.words.size() + 3;
            bool startsHere = false;
            for (const auto& pw : p.words) startsHere = startsHere || wordMatches(pw, ws[ti]);
            if (!startsHere) continue;
            bool all = true;
            for (const auto& pw : p.words) {
                bool found = false;
                for (size_t k = ti; !found && k < ws.size() && k < ti + window && ws[k].sentence == ws[ti].sentence;
                     ++k)
                    if (wordMatches(pw, ws[k])) found = true, last = std::max(last, k);
                all = all && found;
            }
            if (!all || (checkNegation && negatedAt(text, ws, ti, wanting))) continue;
        } else {
            int end = matchFrom(ws, ti, p, 0);
            if (end <= int(ti)) continue;
            if (checkNegation && negatedAt(text, ws, ti, wanting)) continue;
            if (minimised && minimisedAt(ws, ti)) continue;
            last = size_t(end) - 1;
        }
        out.emplace_back(ws[ti].start, ws[last].end);
        ti = last;  // the next match starts after this one
    }
    return out;
}

std::pair<int, int> findPhrase(const std::string& text, const std::vector<Word>& ws, const ConceptPhrase& p,
                               bool minimised, bool wanting) {
    const auto found = findPhrases(text, ws, p, minimised, wanting, 1);
    return found.empty() ? std::pair<int, int>{-1, -1} : found.front();
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
// every match lies in words already claimed is not touched. Then each
// touched concept's other matches in words still free are kept as spares, so
// an idea a jab or a turn takes back at one place still counts where it is
// said again ("all the old stuff will blow up, but we can go slow": "old
// stuff" claims the pace idea before the turn, and "slow" after it is a spare).
std::vector<ConceptHit> roleplay::conceptMatches(const Objection& objection, const std::string& answer,
                                                 const std::vector<Word>& ws) {
    struct Candidate {
        size_t idea;
        int start, end;
    };
    std::vector<Candidate> candidates;
    for (size_t ci = 0; ci < objection.concepts.size(); ++ci)
        for (const auto& p : objection.concepts[ci].compiled)
            for (const auto& span : roleplay::findPhrases(answer, ws, p, true, false, roleplay::kPlacesPerPhrase))
                candidates.push_back({ci, span.first, span.second});
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
        if (a.idea != b.idea) return a.idea < b.idea;
        return a.start < b.start;
    });
    std::vector<const Candidate*> taken;  // every span credited so far
    auto unclaimed = [&](const Candidate& c) {
        return std::all_of(taken.begin(), taken.end(),
                           [&](const Candidate* o) { return c.end <= o->start || o->end <= c.start; });
    };
    std::vector<const Candidate*> claimed(objection.concepts.size(), nullptr);
    for (const auto& c : candidates)
        if (!claimed[c.idea] && unclaimed(c)) taken.push_back(claimed[c.idea] = &c);
    std::vector<const Candidate*> spares;
    for (const auto& c : candidates)
        if (claimed[c.idea] && claimed[c.idea] != &c && unclaimed(c)) {
            taken.push_back(&c);
            spares.push_back(&c);
        }
    std::stable_sort(spares.begin(), spares.end(), [](const Candidate* a, const Candidate* b) {
        return a->idea != b->idea ? a->idea < b->idea : a->start < b->start;
    });
    std::vector<ConceptHit> out;
    for (size_t ci = 0; ci < objection.concepts.size(); ++ci)
        if (const Candidate* c = claimed[ci]) out.push_back({objection.concepts[ci].id, c->start, c->end});
    for (const Candidate* c : spares) out.push_back({objection.concepts[c->idea].id, c->start, c->end});
    return out;
}

void roleplay::keepFirstEach(const Objection& o, std::vector<ConceptHit>& hits) {
    std::vector<ConceptHit> kept;
    for (const auto& c : o.concepts) {
        auto it = std::find_if(hits.begin(), hits.end(), [&](const ConceptHit& h) { return h.conceptId == c.id; });
        if (it != hits.end()) kept.push_back(*it);
    }
    hits = std::move(kept);
}

std::vector<ConceptHit> conceptHits(const Objection& objection, const std::string& answer) {
    std::vector<ConceptHit> hits = roleplay::conceptMatches(objection, answer, roleplay::answerWords(answer));
    roleplay::keepFirstEach(objection, hits);  // the claimed matches, which come before the spares
    return hits;
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

}  // namespace doorway
