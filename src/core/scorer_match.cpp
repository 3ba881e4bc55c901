// Matching: every rule's token patterns (literals, prefixes, word classes,
// optional words, short gaps, look-aheads and look-behinds, clause and
// sentence anchors) against the tokens, then context that decides whether a
// match counts: a negation cue earlier in the clause flips or cancels it, a
// "do you feel like ..." frame or quoted speech makes it a mention, and
// overlapping matches are settled by rule priority. Every step is linear in
// the text: each token tries only the patterns that can start with it, and
// each pattern is short.
#include "core/scorer_impl.hpp"

#include <algorithm>
#include <map>

namespace doorway {

using namespace scoring;

namespace {

// Within how many words after a negated safety match the words that say it
// happened before must start: "not standing over me LIKE Sunday", "don't
// lock me in again LIKE last time" (one word between, never a pronoun: "i
// like sunday mornings" is a liking); not "don't stand over me, just hold
// me like you always do".
constexpr int kRecallReach = 2;

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

// The end token (exclusive) of the first way the elements from `e` match
// starting at token t, or -1. Patterns are short, so plain backtracking is cheap.
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
        case ElemKind::NotBehind:
            if (t > 0 && el.alt.matches(toks[size_t(t - 1)])) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::OnlyBehind:
            if (t > 0 && !el.alt.matches(toks[size_t(t - 1)])) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::SentenceEnd: {
            if (t == 0) return toks.empty() ? matchElems(p, e + 1, t, limit, toks) : -1;
            const int sentence = toks[size_t(t - 1)].sentence;
            int k = t;
            while (k < int(toks.size()) && toks[size_t(k)].sentence == sentence && signOffs.matches(toks[size_t(k)]))
                ++k;
            if (k < int(toks.size()) && toks[size_t(k)].sentence == sentence && !toks[size_t(k)].softStart) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        }
        case ElemKind::ClauseEnd:
            if (t < int(toks.size()) && t > 0 && toks[size_t(t)].clause == toks[size_t(t - 1)].clause) return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::ClauseStart:
            if (t > 0 && t < int(toks.size()) && toks[size_t(t)].clause == toks[size_t(t - 1)].clause &&
                !toks[size_t(t - 1)].leadOnly)
                return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::SentenceStart:
            if (t > 0 && t < int(toks.size()) && toks[size_t(t)].sentence == toks[size_t(t - 1)].sentence &&
                !toks[size_t(t)].softStart)
                return -1;
            return matchElems(p, e + 1, t, limit, toks);
        case ElemKind::Echo:
            if (t >= int(toks.size()) || toks[size_t(t)].echoNext < 0) return -1;
            return matchElems(p, e + 1, toks[size_t(t)].echoNext, limit, toks);
    }
    return -1;
}

// Clause and sentence limits per token, whether quotes are mentions, and
// which tokens follow a mention frame ("do you feel like ...") in their sentence.
void Scorer::Impl::prepare(Analysis& a) const {
    const int nt = a.nt();
    const auto& toks = a.toks;
    int quotedCount = 0;
    for (const auto& t : toks) quotedCount += t.quoted ? 1 : 0;
    // Quotes that hold (almost) the whole text are the user quoting
    // themselves; only a quote inside a longer text is a mention.
    a.quotesAreMentions = nt > 0 && double(quotedCount) < model.quotedWholeRatio * double(nt);
    const size_t n = size_t(nt);
    a.clauseEnd.assign(n, 0), a.sentEnd.assign(n, 0), a.clauseStart.assign(n, 0), a.sentStart.assign(n, 0);
    for (int t = nt - 1; t >= 0; --t) {
        bool lastC = t == nt - 1 || toks[size_t(t + 1)].clause != toks[size_t(t)].clause;
        bool lastS = t == nt - 1 || toks[size_t(t + 1)].sentence != toks[size_t(t)].sentence;
        a.clauseEnd[size_t(t)] = lastC ? t + 1 : a.clauseEnd[size_t(t + 1)];
        a.sentEnd[size_t(t)] = lastS ? t + 1 : a.sentEnd[size_t(t + 1)];
    }
    a.clauseRest.assign(n, WordMask{}), a.sentRest.assign(n, WordMask{});
    for (int t = nt - 1; t >= 0; --t) {
        const size_t i = size_t(t);
        if (toks[i].id >= 0) a.clauseRest[i].add(toks[i].id), a.sentRest[i].add(toks[i].id);
        if (a.clauseEnd[i] > t + 1) a.clauseRest[i] |= a.clauseRest[i + 1];
        if (a.sentEnd[i] > t + 1) a.sentRest[i] |= a.sentRest[i + 1];
    }
    for (int t = 0; t < nt; ++t) {
        bool firstC = t == 0 || toks[size_t(t - 1)].clause != toks[size_t(t)].clause;
        bool firstS = t == 0 || toks[size_t(t - 1)].sentence != toks[size_t(t)].sentence;
        a.clauseStart[size_t(t)] = firstC ? t : a.clauseStart[size_t(t - 1)];
        a.sentStart[size_t(t)] = firstS ? t : a.sentStart[size_t(t - 1)];
        a.toks[size_t(t)].leadOnly = interjections.matches(toks[size_t(t)]) && (firstC || toks[size_t(t - 1)].leadOnly);
    }
    // What a mention frame reports runs from the frame's end to its
    // sentence's end, except that a frame inside an "if" or "when" clause
    // ("If you think there's no point, why are you still here?") reaches
    // only to that clause's end: what follows is said, not reported. Each
    // frame adds its span to a running count, so overlapping frames cost
    // nothing more (marking token by token from every frame was quadratic
    // on long unpunctuated text).
    std::vector<int> opens(size_t(nt) + 1, 0);
    for (int t = 0; t < nt; ++t) {
        cueStarts.forEach(toks[size_t(t)], [&](int ci) {
            ++a.work;
            int e = matchElems(mentionCues[size_t(ci)], 0, t, a.sentEnd[size_t(t)], toks);
            if (e <= t) return;
            const std::string& opener = toks[size_t(a.clauseStart[size_t(t)])].norm;
            const bool conditional = opener == "if" || opener == "when";
            const int to = conditional ? a.clauseEnd[size_t(t)] : a.sentEnd[size_t(t)];
            if (e >= to) return;
            ++opens[size_t(e)];
            --opens[size_t(to)];
        });
    }
    a.mentioned.assign(n, 0);
    for (int t = 0, open = 0; t < nt; ++t) {
        open += opens[size_t(t)];
        a.mentioned[size_t(t)] = open > 0;
    }
    markEchoes(a);
}

// "Fix it ourselves? We can't even ...": a question of a few words that
// doesn't open like a question ("why ...", "would you ...") and has a
// sentence after it echoes what they said. Whether the echo mocks depends on
// that next sentence, so '%echo' patterns read the two together.
void Scorer::Impl::markEchoes(Analysis& a) const {
    auto& toks = a.toks;
    const int nt = a.nt();
    for (int s0 = 0; s0 < nt; s0 = a.sentEnd[size_t(s0)]) {
        ++a.work;
        const int end = a.sentEnd[size_t(s0)];
        if (end >= nt || !toks[size_t(end - 1)].question) continue;
        if (toks[size_t(end - 1)].word - toks[size_t(s0)].word + 1 > model.echoWords) continue;
        if (matchPhraseLen(classes[size_t(classQuestionStart)], s0, end, toks) > 0) continue;
        toks[size_t(s0)].echoNext = end;
    }
}

// Is a negated saying verb the speaker's own ("I'm not saying you're lazy,
// but", "not that I'm saying ...", a bare "not saying ...") rather than
// something else's ("that doesn't mean we're finished, it means ...", "it
// isn't saying you failed")? Only the speaker's keeps a charge said
// (preterition). `neg` is the negation, `s` the charge's first token.
bool Scorer::Impl::speakerSays(const Analysis& a, int neg, int s) const {
    const auto& toks = a.toks;
    for (int k = neg + 1; k < s; ++k)
        if (speakerWords.matches(toks[size_t(k)])) return true;
    bool other = false;
    for (int k = neg - 1; k >= std::max(a.clauseStart[size_t(neg)], neg - 3); --k) {
        const Token& t = toks[size_t(k)];
        if (speakerWords.matches(t)) return true;
        if (pronouns.matches(t) || thirdPersonAux.matches(t)) other = true;
    }
    return !other;
}

// A negation at `k` then one of the release words and "to": a burden lifted
// ("you don't have to", "so you won't need to count the minutes").
bool Scorer::Impl::releaseAt(const std::vector<Token>& toks, int k) const {
    const size_t w = size_t(k) + 1;
    return w + 1 < toks.size() && releaseWords.matches(toks[w]) && toks[w + 1].norm == "to";
}

// A negation at `k`, a wish word, then someone else: a wish that they stop
// ("don't want you saying ...", "don't want him to ...").
// Or one of wishBefore (then "to") just before it: "I'd like to not be
// told who I can see", "I'd rather not be followed home".
bool Scorer::Impl::wishAt(const std::vector<Token>& toks, int k) const {
    const size_t w = size_t(k) + 1;
    if (w + 1 < toks.size() && wishWords.matches(toks[w]) && wishOthers.matches(toks[w + 1])) return true;
    if (k >= 1 && wishBefore.matches(toks[size_t(k - 1)])) return true;
    return k >= 2 && toks[size_t(k - 1)].norm == "to" && wishBefore.matches(toks[size_t(k - 2)]);
}

// A negation at `k` then one of the conceal words: a promise to keep it
// quiet ("I won't mention the slap", "I will not tell her about the belt");
// or one of the excuse words: putting up with it ("I don't mind the way you
// drive when you're cross").
bool Scorer::Impl::concealAt(const std::vector<Token>& toks, int k) const {
    const size_t w = size_t(k) + 1;
    if (w >= toks.size()) return false;
    // "Never mind ..." brushes it aside rather than putting up with it.
    const bool excuse = excuseWords.matches(toks[w]) && toks[size_t(k)].norm != "never";
    return concealWords.matches(toks[w]) || excuse;
}

// After a negation at `k`, a safety rule is still told when the negation
// lifts a burden, wishes it would stop, promises to keep it quiet or puts up
// with it.
bool Scorer::Impl::stillTold(const std::vector<Token>& toks, int k) const {
    return releaseAt(toks, k) || wishAt(toks, k) || concealAt(toks, k);
}

// A negated safety match asked of the partner that points back to a time
// it happened ("sitting down and not standing over me LIKE SUNDAY", "please
// don't lock me in like last time") tells of that time: the lexicon's
// "recurrence" class right after the match, in its clause. Only a request
// (nothing before the negation but the lexicon's `request_lead` words, back
// to the clause's start or one of its `request_joins`):
// "the kids didn't push me over like last weekend" and "I'm not scared to go
// home like before" tell of no harm now. A bare "again" is not in the class:
// "please don't read my diary again, I know you were worried" asks that a
// one-off not be repeated.
bool Scorer::Impl::recalledAfter(const Analysis& a, int neg, int last) const {
    const auto& toks = a.toks;
    // A request is "don't", "do not", "not" or "never"; "nobody pushed me
    // over like last weekend" is a statement.
    const std::string& cue = toks[size_t(neg)].norm;
    if (cue != "not" && cue != "never") return false;
    const int from = a.clauseStart[size_t(neg)];
    int k = neg - 1;
    if (cue == "not" && k >= from && toks[size_t(k)].norm == "do") --k;  // "don't"
    for (; k >= from && !requestJoins.matches(toks[size_t(k)]); --k)
        if (!requestLead.matches(toks[size_t(k)])) return false;
    // The phrase starts and ends in the match's clause ("please don't lock me
    // in like, sunday is my day off" points nowhere).
    const int clauseEnd = a.clauseEnd[size_t(last)], end = std::min(clauseEnd, last + 1 + kRecallReach);
    for (int t = last + 1; t < end; ++t) {
        if (t > last + 1 && (pronouns.matches(toks[size_t(t - 1)]) || weWords.matches(toks[size_t(t - 1)])))
            return false;
        if (matchPhraseLen(classes[size_t(classRecurrence)], t, clauseEnd, toks) > 0) return true;
    }
    return false;
}

// Which words the text holds at all: a pattern that needs a word the text
// doesn't have is never tried (most texts hold few of the rules' words).
std::vector<char> Scorer::Impl::possiblePatterns(const Analysis& a) const {
    std::vector<char> present(ids.size(), 0);
    for (const auto& tk : a.toks)
        if (tk.id >= 0) present[size_t(tk.id)] = 1;
    std::vector<char> possible(patRefs.size(), 1);
    for (size_t pi = 0; pi < patRefs.size(); ++pi)
        for (const auto& need : patRefs[pi].pattern->needs) {
            bool any = false;
            for (int id : need) any = any || present[size_t(id)];
            if (!any) {
                possible[pi] = 0;
                break;
            }
        }
    return possible;
}

void Scorer::Impl::matchRules(Analysis& a) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    const Model& M = model;
    // A negation cue earlier in the clause, within the window, joined to the
    // match only by "bridge" words ("not SAYING THAT you're …", "not TRYING TO
    // fix you"), so an unrelated "don't" earlier in an unpunctuated transcript
    // doesn't reach it. "n't" glued to a pronoun ("don't you", "aren't we")
    // asks rather than negates; "you never"/"you don't" is the accusation itself.
    auto negationBefore = [&](int s, bool& said) -> int {
        said = false;
        int lo = std::max(a.clauseStart[size_t(s)], s - M.negationWindow);
        for (int k = s - 1; k >= lo; --k) {
            const Token& c = toks[size_t(k)];
            if (negationCues.matches(c)) {
                // "without" and "no" reach only the next word or two:
                // "better off without me and that you would ..." negates nothing.
                if (shortNegations.matches(c) && s - k > 2) return -1;
                // "can't say it WITHOUT shaking", "never go out WITHOUT you
                // checking": a "without" after a negation says the thing happens.
                if (shortNegations.matches(c))
                    for (int b = k - 1; b >= std::max(a.clauseStart[size_t(s)], k - 6); --b)
                        if (negationCues.matches(toks[size_t(b)]) && !shortNegations.matches(toks[size_t(b)]))
                            return -1;
                bool asks = c.split && k + 1 < nt && pronouns.matches(toks[size_t(k + 1)]);
                bool yours = false;
                for (int b = k - 1; b >= std::max(a.clauseStart[size_t(s)], k - 2); --b)
                    yours = yours || youWords.matches(toks[size_t(b)]);
                // "you don't have to find the time", "you won't need to
                // say a word": a burden lifted, not the accusation itself.
                if (releaseAt(toks, k)) yours = false;
                if (!asks && !yours) {
                    said = said && speakerSays(a, k, s);
                    return k;
                }
            }
            if (sayVerbs.matches(c)) said = true;
            if (!negationBridge.matches(c) && !negationCues.matches(c)) return -1;
        }
        return -1;
    };
    // Per pattern: the first token it may match from again, so a pattern
    // doesn't report overlapping copies of itself; and a stamp so a pattern
    // listed under several start words runs once per token.
    std::vector<int> nextFree(patRefs.size(), 0), stamp(patRefs.size(), -1);
    const std::vector<char> possible = possiblePatterns(a);
    for (int t = 0; t < nt; ++t) {
        ruleStarts.forEach(toks[size_t(t)], [&](int pi) {
            if (!possible[size_t(pi)] || stamp[size_t(pi)] == t || t < nextFree[size_t(pi)]) return;
            stamp[size_t(pi)] = t;
            ++a.work;
            const auto& ref = patRefs[size_t(pi)];
            const Rule& rule = rules[size_t(ref.rule)];
            // An echo's match runs on into the sentence after it.
            const bool echoed = ref.pattern->echo && toks[size_t(t)].echoNext >= 0;
            const int from = echoed ? toks[size_t(t)].echoNext : t;
            // Every word a pattern needs lies in [t, limit): skip it where
            // one of them can't be there (echo patterns have no masks).
            const WordMask& ahead = rule.sentenceScope ? a.sentRest[size_t(t)] : a.clauseRest[size_t(t)];
            for (const auto& need : ref.pattern->needMasks)
                if (!ahead.meets(need)) return;
            int limit = rule.sentenceScope ? a.sentEnd[size_t(from)] : a.clauseEnd[size_t(from)];
            int e = matchElems(*ref.pattern, 0, t, limit, toks);
            if (e <= t) return;
            nextFree[size_t(pi)] = e;
            int first = t, last = e - 1;
            if (rule.hasNotAfter && first > 0 && toks[size_t(first - 1)].clause == toks[size_t(first)].clause &&
                rule.notAfter.matches(toks[size_t(first - 1)]))
                return;
            if (ref.group->praiseLifts && praiseLifted(a, first, last)) return;
            Hit h;
            h.rule = ref.rule;
            h.priority = rule.priority;
            h.group = ref.group;
            h.seq = pi;
            bool said = false;
            int neg = rule.negation == NegationMode::Ignore ? -1 : negationBefore(first, said);
            // Still told: a burden lifted ("so you won't need to count the
            // minutes"), a wish that it stop, a promise not to mention it.
            if (neg >= 0 && rule.kind == "safety" && (stillTold(toks, neg) || recalledAfter(a, neg, last))) neg = -1;
            if (neg >= 0) {
                if (rule.negation == NegationMode::Cancel) return;
                h.rule = rule.flipIndex;
                h.flipped = true;
                h.negTok = neg;
                h.sayVerb = said;
                h.group = nullptr;  // it now speaks for the rule it flipped to
                first = neg;
            } else if (rule.mentionCancels && a.mentioned[size_t(first)]) {
                return;
            }
            // An echo claims only the reply: its own words may be kind ones ("Private?").
            h.claimStart = toks[size_t(echoed ? from : first)].start;
            h.claimEnd = toks[size_t(last)].end;
            h.claimLast = last;
            if (rule.extendToClause) last = std::max(last, a.clauseEnd[size_t(t)] - 1);
            // An echo shows the reply's first clause too: what the mockery says.
            if (echoed) last = std::max(last, a.clauseEnd[size_t(from)] - 1);
            const Rule& reported = rules[size_t(h.rule)];
            bool quoted = a.quotesAreMentions && toks[size_t(t)].quoted;
            if (quoted && reported.kind != "strength" && rule.quotedCancels) return;
            h.firstTok = first;
            h.lastTok = last;
            h.start = toks[size_t(first)].start;
            h.end = toks[size_t(last)].end;
            a.hits.push_back(h);
        });
    }
}

// A charge opener that goes on to credit them: "you've always been careful
// with it", "you were always the braver one", "you are never the problem",
// "you never complain". The match must end on an absolute (lexicon.json's
// class 'absolute'). The words after the match, up to praiseReach of
// them and never past its clause, decide: after an opener with a negation in it
// ("never", "not once") a fault and no praise, otherwise praise and no
// fault (after a negated opener, a fault within its first two words). A
// negation or a blocker there ("stop", "until", "think") turns the clause
// round, and then nothing is lifted ("you never stop complaining"); a word
// that starts another clause or person ("when", "I") ends the words read.
bool Scorer::Impl::praiseLifted(const Analysis& a, int first, int last) const {
    const auto& toks = a.toks;
    // Only an opener, whose charge is still to come: the match ends on an
    // absolute ("you've always", "you never"). "You're the problem" or "you
    // never listen" has said its charge, and what follows can't undo it.
    bool opener = false;
    for (int k = first; k <= last && !opener; ++k)
        opener = k + matchPhraseLen(classes[size_t(classAbsolute)], k, last + 1, toks) - 1 == last;
    if (!opener) return false;
    bool negatedOpener = false;
    for (int k = first; k <= last; ++k) negatedOpener = negatedOpener || negationCues.matches(toks[size_t(k)]);
    const int end = std::min(a.clauseEnd[size_t(last)], last + 1 + praiseReach);
    bool praise = false, fault = false, faultFirst = false;
    for (int k = last + 1; k < end; ++k) {
        const Token& t = toks[size_t(k)];
        if (liftEnds.matches(t)) break;  // another clause or person: its words are not about them
        if (negationCues.matches(t) || liftBlockers.matches(t)) return false;
        praise = praise || praiseWords.matches(t);
        if (faultWords.matches(t)) {
            fault = true;
            // "You never complain": the fault is what they never do, right
            // after the opener, not one further on ("you never call ... late").
            faultFirst = faultFirst || k <= last + 2;
        }
    }
    return negatedOpener ? faultFirst && !praise : praise && !fault;
}

// Overlaps: the rule with the higher priority claims the words ("you never
// have to go again" is agency, so it is not also an absolute). The kept
// claims never overlap, so an ordered map of them answers "is this span
// free?" in log time.
void Scorer::Impl::settleOverlaps(Analysis& a) const {
    auto& cands = a.hits;
    // A total order (the pattern index breaks the last ties), so a plain sort is stable enough.
    std::sort(cands.begin(), cands.end(), [](const Hit& x, const Hit& y) {
        if (x.priority != y.priority) return x.priority > y.priority;
        if (x.claimEnd - x.claimStart != y.claimEnd - y.claimStart)
            return x.claimEnd - x.claimStart > y.claimEnd - y.claimStart;
        if (x.start != y.start) return x.start < y.start;
        return x.seq < y.seq;
    });
    std::map<int, int> claimed;  // start -> end, disjoint
    std::vector<Hit> kept;
    kept.reserve(cands.size());
    for (const auto& c : cands) {
        ++a.work;
        if (c.group && c.group->checkOnly) {  // a side note: claims nothing, loses nothing
            kept.push_back(c);
            continue;
        }
        auto it = claimed.lower_bound(c.claimStart);
        bool clash = it != claimed.end() && it->first < c.claimEnd;
        if (!clash && it != claimed.begin()) clash = std::prev(it)->second > c.claimStart;
        if (clash) continue;
        claimed.emplace(c.claimStart, c.claimEnd);
        kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit& x, const Hit& y) {
        if (x.firstTok != y.firstTok) return x.firstTok < y.firstTok;
        if (x.lastTok != y.lastTok) return x.lastTok < y.lastTok;
        return x.start < y.start;  // kept claims never overlap, so this settles it
    });
    a.hits = std::move(kept);
}

}  // namespace doorway
