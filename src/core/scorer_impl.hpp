#pragma once
// The phrasing scorer's insides, shared by its source files (not part of the
// public API, see scorer.hpp):
//   scorer_load.cpp      reading and checking lexicon.json and rules.json
//   scorer_model_load.cpp  reading and checking model.json (the fitted weights)
//   scorer_tokenize.cpp  text -> tokens (contractions, clauses, quotes)
//   scorer_index.cpp     which patterns may start at a word, what each needs
//   scorer_match.cpp     rule patterns -> findings, overlaps settled
//   scorer_context.cpp   what the words around a finding change: a "but",
//                        a sarcastic tag, a risky clause, a safety disclosure
//   scorer.cpp           the score itself, bands, notes, JSON
#include "core/scorer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace doorway::scoring {

struct Token {
    int start = 0, end = 0;  // byte span of the original word
    std::string norm;        // lower-cased, apostrophes straightened
    int id = -1;             // interned id of norm, -1 when no pattern uses it
    int word = 0;            // index of the original word
    int sentence = 0, clause = 0;
    bool split = false;  // a later part of an expanded contraction
    bool quoted = false;
    bool question = false;   // the last token before a '?'
    bool softStart = false;  // first of a sentence that began after '.' or '!'
    int echoNext = -1;       // first of a short echo question ("Fix it ourselves?"): where the next sentence starts
    // An interjection ("okay", "well", "look", "um") with only interjections
    // before it in its clause: a '^' pattern still starts right after it, so
    // "okay calm down" is read as "calm down" (but "and just go" is no order).
    bool leadOnly = false;
};

// One token test: any of a set of interned words (a "verb~" pattern adds each
// of its regular forms), word starts ("blam*")
// or word endings ("*ing").
struct Alt {
    std::vector<int> ids;
    std::vector<std::string> prefixes;
    std::vector<std::string> suffixes;
    std::vector<uint64_t> bits;  // ids as a bit set, for long lists (built once the vocabulary is known)
    bool matches(const Token& t) const {
        if (!bits.empty()) {
            if (t.id >= 0 && (bits[size_t(t.id) >> 6] >> (t.id & 63) & 1u)) return true;
        } else {
            for (int id : ids)
                if (id == t.id) return true;
        }
        for (const auto& p : prefixes)
            if (t.norm.size() >= p.size() && t.norm.compare(0, p.size(), p) == 0) return true;
        for (const auto& x : suffixes)
            if (t.norm.size() > x.size() + 1 && t.norm.compare(t.norm.size() - x.size(), x.size(), x) == 0) return true;
        return false;
    }
    bool empty() const { return ids.empty() && prefixes.empty() && suffixes.empty(); }
    void index(size_t vocabSize) {
        bits.clear();
        if (ids.size() <= 4) return;
        bits.assign((vocabSize + 63) / 64, 0);
        for (int id : ids) bits[size_t(id) >> 6] |= uint64_t(1) << (id & 63);
    }
};

struct Phrase {
    std::vector<Alt> items;
};

struct WordClass {
    std::vector<Phrase> phrases;  // longest first, so the longest match wins
    // A quick "can any phrase start at this word?" before trying them one by
    // one: most words start none, and classes hold up to a few hundred.
    // (token id, phrase index) for every word a phrase may start with, sorted,
    // so a class costs what its own words cost: every {…} group in a pattern
    // is a class, and a table per class as long as the whole vocabulary took
    // 640 MB and 1.6 s to load once the rules held 6,000 groups.
    std::vector<std::pair<int, int>> startIds;
    std::vector<int> prefixStarts;
    void indexStarts(size_t vocabSize);
    // Calls fn(phrase) for each phrase that may start at `t`, longest first,
    // until fn returns true.
    template <class Fn>
    bool anyStartingAt(const Token& t, Fn&& fn) const {
        auto a = std::lower_bound(startIds.begin(), startIds.end(), std::make_pair(t.id, -1));
        const auto aEnd = std::upper_bound(a, startIds.end(), std::make_pair(t.id, INT_MAX));
        if (t.id < 0) a = aEnd;
        if (a == aEnd && prefixStarts.empty()) return false;
        size_t b = 0;  // merge two ascending lists of phrase indexes
        while (a != aEnd || b < prefixStarts.size()) {
            int i;
            if (b >= prefixStarts.size() || (a != aEnd && a->second <= prefixStarts[b])) {
                i = (a++)->second;
                if (b < prefixStarts.size() && prefixStarts[b] == i) ++b;
            } else {
                i = prefixStarts[b++];
            }
            if (fn(phrases[size_t(i)])) return true;
        }
        return false;
    }
};

// NotBehind: a word that must not stand just before this point ("<!it|that hit me":
// "it hit me how much" is no blow). OnlyBehind: the word just before, if there
// is one, must be one of these ("<&ok|fine ^ any day now": said as the whole
// answer or after a shrug). SentenceEnd ("$."): nothing but a sign-off kiss
// (lexicon.json's sign_offs) follows in the sentence. SentenceStart ("^."):
// nothing comes before in the sentence ("^. which would be new $." is a
// sentence of its own, not "salsa, which would be new"). Both edges are the
// sentences as written: two short ones that joinFragments reads as one
// ("That's hilarious. Ask literally anyone.") still end and start at the stop.
// The clause edges ('$', '^') do not: the join makes one clause of the two, so
// a demand read across the stop stays one.
enum class ElemKind {
    Word,
    Class,
    Gap,
    NotAhead,
    NotAheadClass,
    Ahead,
    AheadClass,
    NotBehind,
    OnlyBehind,
    ClauseEnd,
    SentenceEnd,
    ClauseStart,
    SentenceStart,
    Echo
};

struct Elem {
    ElemKind kind = ElemKind::Word;
    Alt alt;
    int cls = -1;
    int gapMax = 0;
    bool optional = false;
};

// Which words a stretch of text holds, as a 256-bit fingerprint of their
// ids: a clear bit means no word with that bit is there. Cheap to AND, so a
// pattern whose needed words can't all be in the clause or sentence ahead of
// a token is skipped there without trying it (in a long text nearly every
// word is present somewhere, so the whole-text check alone passes most).
struct WordMask {
    std::array<uint64_t, 4> w{};
    static size_t bitOf(int id) { return (uint32_t(id) * 2654435761u) >> 24; }
    void add(int id) {
        const size_t b = bitOf(id);
        w[b >> 6] |= uint64_t(1) << (b & 63);
    }
    WordMask& operator|=(const WordMask& o) {
        for (size_t i = 0; i < w.size(); ++i) w[i] |= o.w[i];
        return *this;
    }
    bool meets(const WordMask& o) const {
        return ((w[0] & o.w[0]) | (w[1] & o.w[1]) | (w[2] & o.w[2]) | (w[3] & o.w[3])) != 0;
    }
    int count() const {
        int n = 0;
        for (uint64_t x : w) n += std::popcount(x);
        return n;
    }
};

struct Pattern {
    std::vector<Elem> elems;
    std::string source;
    bool echo = false;  // begins with %echo: the match runs on into the sentence after the echo
    // Words the pattern cannot match without (each entry: any of these ids),
    // so a text that holds none of one of them never tries it. Built by buildIndex.
    std::vector<std::vector<int>> needs;
    // The same needs as fingerprints, those few enough words to tell
    // anything (built by buildIndex); none for %echo patterns, whose words
    // lie in the sentence after the one they start in.
    std::vector<WordMask> needMasks;
};

struct Group {
    std::string id;       // "" for the rule's main group
    std::string feature;  // what the model weighs: "rule" or "rule.group"
    int featureIndex = -1;
    std::vector<Pattern> patterns;
    std::string message, suggestion;
    int taints = -1;  // -1: as the rule says
    // A safety group of tier "check": its words earn the gentle check (the
    // note that asks, rule "safety_check"), not the card. It claims no words
    // from other rules, so the advice on an ordinary message stays whole.
    bool checkOnly = false;
    // A risk group whose charge opener ("you've always", "you never") may
    // go on to praise: a match its clause carries on from with praise and
    // no fault ("you've always been careful with it"; after a negated
    // opener, fault and no praise: "you never complain") is no charge
    // (Scorer::Impl::praiseLifted).
    bool praiseLifts = false;
};

enum class NegationMode { Ignore, Cancel, Flip };
// Following: its sentence and the next ("Come or I'm leaving. Your choice.").
enum class Taint { None, Clause, Sentence, Following };

struct Rule {
    std::string id, kind;  // kind: "strength" | "risk" | "safety"
    int maxCount = 1;
    bool severe = false;
    bool ask = false;      // counts as an ask (a very short text without one is weak)
    bool feeling = false;  // says how you feel or what you want (for the "not enough" note)
    bool wayOut = false;   // leaves them a way out (for the note)
    bool advice = false;   // shown even when the fitter gave it no weight (length)
    int priority = 0;
    bool sentenceScope = false;
    NegationMode negation = NegationMode::Ignore;
    std::string flipTo;
    int flipIndex = -1;
    bool mentionCancels = false;
    bool quotedCancels = false;
    bool extendToClause = false;
    Taint taints = Taint::None;  // a risk voids the strengths in its clause or sentence
    Alt notAfter;
    bool hasNotAfter = false;
    Alt undoneBy;  // a strength undone by what follows ("..., but you ...")
    bool hasUndoneBy = false;
    std::string undoneTo;
    int undoneIndex = -1;
    std::string message, suggestion;
    std::vector<Group> groups;
    int featureIndex = -1;  // the main feature (groups without an id)
};

struct Feature {
    std::string name;  // "rule" or "rule.group"
    std::string kind;  // strength | risk | safety
    int rule = -1;
    double weight = 0;  // points, from model.json
    bool weighted = false;
};

struct Model {
    double base = 50;
    double bandInvitation = 65, bandMixed = 40;
    double softTop = 85, softBottom = 15, softWidth = 20;
    double severeKnee = 55, severeCeiling = 64;
    double unclearBelow = 8;  // evidence (sum of |points|) below this: "not enough to go on"
    double repeatFactor = 0.5;
    int negationWindow = 7;
    double quotedWholeRatio = 0.8;
    int longWords = 110, shortWords = 7;
    double longRepeatEvery = 40;
    int balanceMinWe = 2;
    int heavyMinYou = 4;
    double heavyRatio = 2.0;
    int fragmentWords = 2;  // "Therapy. This week.": a sentence this short joins the next
    int taintReach = 6;     // a risk voids strengths this many words either side, in its clause
    int echoWords = 4;      // a question of at most this many words can be an echo ("No time?")
};

// One UTF-8 code point at i (U+FFFD with length 1 for anything malformed).
uint32_t decodeUtf8(const std::string& s, size_t i, int& len);

struct Topic {
    std::string id;
    Alt words;
    std::string about;  // " about the evenings"
};

// A finding before it becomes a ScoreFinding: token range and which group.
struct Hit {
    int rule = 0;
    const Group* group = nullptr;   // null: the rule's own message and feature
    int firstTok = 0, lastTok = 0;  // inclusive
    int start = 0, end = 0;         // bytes
    int claimStart = 0, claimEnd = 0;
    int claimLast = -1;  // last token the pattern itself matched (lastTok may show the whole clause)
    int priority = 0;
    int seq = 0;
    bool flipped = false;
    int negTok = -1;       // the negation that flipped it
    bool sayVerb = false;  // "not SAYING you're ...": the charge is still said
    bool voided = false;   // counts for nothing (in a risky clause, before a "but")
};

// Per-text working state shared by the steps of one score() call.
// Adds `more` to the hits, keeping them in token order (a merge: linear).
void mergeHits(std::vector<Hit>& hits, std::vector<Hit> more);

struct Analysis {
    const std::string& text;
    std::vector<Token> toks;
    std::vector<int> clauseEnd, sentEnd, clauseStart, sentStart;
    // The words from each token to its clause's / sentence's end, as
    // fingerprints (where a pattern starting there may reach).
    std::vector<WordMask> clauseRest, sentRest;
    std::vector<char> mentioned;
    bool quotesAreMentions = false;
    std::vector<Hit> hits;
    int tooLongRepeats = 0;  // too_long counts once more for every further stretch of words
    long long work = 0;
    explicit Analysis(const std::string& t) : text(t) {}
    int nt() const { return int(toks.size()); }
};

}  // namespace doorway::scoring

namespace doorway {

// "lets" written without an apostrophe: the contractions table reads it as
// "let us", but the tokenizer keeps it as this one word when someone is let
// ("he never lets me"), so patterns may name it as written.
inline constexpr const char* kLetsVerb = "lets";

struct Scorer::Impl {
    using Token = scoring::Token;
    using Alt = scoring::Alt;
    scoring::Model model;
    std::unordered_map<std::string, int> ids;
    std::unordered_map<std::string, std::vector<std::string>> contractions;
    int classQuestionStart = -1;  // lexicon class: how a real question opens ("why", "would you")
    int classUrOwned = -1;        // lexicon class (optional): what "ur" can own ("ur mum": your)
    int classLetsObject = -1;     // lexicon class (optional): who "lets" lets ("lets me": the verb)
    // Lexicon classes for whose fear a fear word tells of (all or none):
    // fear_word ("scared", "unsafe", "trapped"), fear_anchor (the partner,
    // home), fear_reach (words that carry the fear on: "when", "of", "to"),
    // fear_break (words that start another thought: "and", "so"), fear_me
    // ("me", "my": the partner acting on the speaker), fear_speaking
    // (speaking up to them: "bring it up", "say no"), fear_cause ("because":
    // a cause given, which then must name the partner).
    int classFearWord = -1, classFearAnchor = -1, classFearReach = -1, classFearBreak = -1, classFearMe = -1,
        classFearSpeaking = -1, classFearCause = -1;
    int classVolatile = -1;    // lexicon class (optional): the partner flaring up ("shout", "drinking", "lose it")
    int classFearLoss = -1;    // lexicon class (optional): a loss feared ("you will leave", "losing you")
    int classRecurrence = -1;  // lexicon class: it happened before ("like Sunday", "like last time")
    int classAbsolute = -1;    // lexicon class: "always", "never": where a charge's opener ends (praiseLifted)
    std::vector<std::string> splitSuffixes;  // "n't" etc. in the order tried
    std::unordered_map<std::string, std::vector<std::string>> suffixExpansion;
    std::unordered_map<std::string, int> classIndex;
    std::vector<scoring::WordClass> classes;
    // speakerWords, thirdPersonAux: whose saying a negated saying verb is
    // ("I'm not saying ..." against "that doesn't mean ..."). releaseWords:
    // after a negation and before "to", a burden lifted ("don't have to").
    // wishWords then wishOthers: after a negation, a wish that someone else
    // stop ("I don't want you saying you'll take the kids"), which tells
    // that it happens; "I don't want to threaten you" stays the speaker's no.
    // wishBefore (then "to") before a negation: a wish that it stop ("I'd
    // like to not be told who I can see"). concealWords: after a negation,
    // a promise to keep it quiet ("I won't mention the slap"), which tells
    // that it happened. excuseWords: after a negation, putting up with it
    // ("I don't mind the way you drive when you're cross"), which tells it too.
    // requestLead: all that may stand before a negation ("please don't ...")
    // back to the clause's start or one of the requestJoins ("read this
    // sitting down AND not standing over me") for it to be a request, which
    // a recalled time then turns into a telling (recalledAfter).
    Alt negationCues, shortNegations, negationBridge, sayVerbs, speakerWords, thirdPersonAux, releaseWords, wishWords,
        wishOthers, wishBefore, concealWords, excuseWords, requestLead, requestJoins, pronouns, weWords, youWords,
        clauseWords, clauseWordsNotAfter;
    Alt contrastWords, turnWords, tagAux, tagWords, tagPronouns, openers, interjections;
    // A kiss that may close a sentence ("any day now x") without it going on: what "$." lets follow.
    Alt signOffs;
    // What a charge's opener goes on to say (lexicon.json's praise_lift,
    // read by a group's praise_lifts and role-play's blame phrases): within
    // praiseReach words of its clause, praiseWords credit them ("careful",
    // "braver"), faultWords find fault ("complain", "late", "too"), and
    // liftBlockers turn the clause round ("stop", "until"), take it off
    // them ("something better to do", "kind to everyone but me") or make it
    // their belief ("you always think..."); liftEnds start another clause
    // or person ("when I'm late"), where the words read stop.
    Alt praiseWords, faultWords, liftBlockers, liftEnds;
    int praiseReach = 0;
    std::vector<scoring::Pattern> mentionCues;
    std::vector<scoring::Topic> topics;
    std::unordered_map<uint32_t, std::string> emojiWords;  // 🙄 -> "eyeroll": a sign that reads as a word
    // The "not enough to go on" note, from rules.json: a lead, then what to add.
    struct Note {
        std::string lead, add, feeling, ask, wayOut, more;
    } note;
    std::vector<scoring::Rule> rules;
    std::vector<scoring::Feature> features;
    ToneModel tone;             // the fitted backstop (empty: the rules speak alone)
    std::string safetyMessage;  // the rules' safety sentence, which the backstop's finding repeats
    // What the blame backstop (tone.json's "blame" head) says when it speaks,
    // from rules.json's "blame_note".
    struct RiskNote {
        std::string message, suggestion;
    } blameNote;
    // What the warmth head's hold says when it keeps a message out of the
    // invitation band, from rules.json's "hold_note".
    RiskNote holdNote;
    // What the safety head's gentle check says (rules.json's
    // "safety_check_note"): the words may tell of fear, not plainly enough
    // for the card, so the pointer to it is conditional.
    std::string safetyCheckNote;
    // What the warmth backstop (tone.json's "warmth" head) says when it lifts
    // a message into the invitation band, from rules.json's "warmth_note".
    std::string warmthNote;
    int ruleWeBalance = -1, ruleYouHeavy = -1, ruleTooLong = -1, ruleTooShort = -1, ruleQuestionMark = -1;
    int ruleTagQuestion = -1, ruleUndercut = -1, rulePreterition = -1, ruleYouStatement = -1, ruleNoOpening = -1,
        ruleUltimatum = -1;

    // Which patterns can start at a token, so the matcher only tries those.
    struct StartIndex {
        std::vector<std::vector<int>> byId;  // by token id
        std::vector<std::pair<std::string, int>> byPrefix;
        std::vector<int> always;
        void add(const Alt& first, bool any, int index);
        template <class F>
        void forEach(const Token& t, F&& f) const {
            if (t.id >= 0 && size_t(t.id) < byId.size())
                for (int i : byId[size_t(t.id)]) f(i);
            for (const auto& [p, i] : byPrefix)
                if (t.norm.size() >= p.size() && t.norm.compare(0, p.size(), p) == 0) f(i);
            for (int i : always) f(i);
        }
    };
    struct PatRef {
        int rule = 0;
        const scoring::Group* group = nullptr;
        const scoring::Pattern* pattern = nullptr;
    };
    std::vector<PatRef> patRefs;
    StartIndex ruleStarts, cueStarts;
    // --- indexes (scorer_index.cpp), built once loading is done ---
    void collectNeeds(scoring::Pattern& p) const;
    void buildIndex();
    void firstAlts(const scoring::Pattern& p, Alt& out, bool& any) const;

    // --- loading (scorer_load.cpp; loadModel in scorer_model_load.cpp) ---
    void loadLexicon(const std::string& dir);
    // The lexicon's plain word lists by key, each with the member that keeps
    // it: one table for reading them, checking the file's keys and indexing.
    // ("openers" is read apart: it takes in "interjections" too.)
    std::vector<std::pair<const char*, Alt*>> wordLists();
    void linkFearClasses(const std::string& file);
    void loadRules(const std::string& dir);
    void linkRules(const std::string& file);
    void loadModel(const std::string& dir, bool requireWeights);
    int intern(const std::string& w);
    std::vector<std::string> expandShortForms(const std::vector<std::string>& ws) const;
    Alt compileAlt(const std::string& spec, const std::string& file, const std::string& key);
    scoring::Pattern compilePattern(const std::string& src, const std::string& file, const std::string& key);
    int inlineClass(const std::string& body, const std::string& file, const std::string& key);
    int ruleIndex(const std::string& id) const;

    // --- tokens (scorer_tokenize.cpp) ---
    std::vector<Token> tokenize(const std::string& text) const;
    void joinFragments(std::vector<Token>& toks) const;
    void readTextingForms(std::vector<Token>& toks, const std::string& text) const;
    void readAmbiguous(std::vector<Token>& toks, const std::string& text, const std::string& spelling, int cls,
                       const std::string& reading) const;

    // --- matching (scorer_match.cpp) ---
    int matchElems(const scoring::Pattern& p, size_t e, int t, int limit, const std::vector<Token>& toks) const;
    int matchPhraseLen(const scoring::WordClass& c, int t, int limit, const std::vector<Token>& toks) const;
    void prepare(scoring::Analysis& a) const;
    void markEchoes(scoring::Analysis& a) const;
    bool speakerSays(const scoring::Analysis& a, int neg, int s) const;
    bool releaseAt(const std::vector<Token>& toks, int k) const;
    bool wishAt(const std::vector<Token>& toks, int k) const;
    bool concealAt(const std::vector<Token>& toks, int k) const;
    bool stillTold(const std::vector<Token>& toks, int k) const;
    bool recalledAfter(const scoring::Analysis& a, int neg, int last) const;
    void matchRules(scoring::Analysis& a) const;
    // Whether the charge at [first, last] goes on to praise (Group::praiseLifts).
    bool praiseLifted(const scoring::Analysis& a, int first, int last) const;
    // Per pattern, whether the text holds at least one word of each of its needs.
    std::vector<char> possiblePatterns(const scoring::Analysis& a) const;
    void settleOverlaps(scoring::Analysis& a) const;

    // --- context (scorer_context.cpp) ---
    void dropUnanchoredFear(scoring::Analysis& a) const;
    std::string maskLossFear(const scoring::Analysis& a, std::string text) const;
    bool fearAnchored(scoring::Analysis& a, int fear, int last) const;
    void undoReassurance(scoring::Analysis& a) const;
    void keepPreterition(scoring::Analysis& a) const;
    void markTagQuestions(scoring::Analysis& a) const;
    void weighContrast(scoring::Analysis& a) const;
    void voidThreatenedChoices(scoring::Analysis& a) const;
    void voidRiskyClauses(scoring::Analysis& a) const;
    void markYouStatements(scoring::Analysis& a) const;
    void addStructure(scoring::Analysis& a) const;

    // --- scoring (scorer.cpp) ---
    scoring::Analysis analyze(const std::string& text) const;
    std::vector<double> featureValues(const scoring::Analysis& a) const;
    std::string topicAbout(const scoring::Analysis& a) const;
};

}  // namespace doorway
