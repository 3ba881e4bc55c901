// What the words around a finding change. After matching, a finding can be
// taken back or voided by its surroundings:
//  - "I'm not SAYING you're controlling, but ...": a charge negated with a
//    saying verb and followed by "but" is still said (preterition);
//  - "This isn't about blame, but you ...": a reassurance followed by "but"
//    and a risk becomes an undercut;
//  - "You never do anything wrong, do you?": a statement about them with a
//    tag question on the end is sarcasm;
//  - "I love you, but I'm tired of ...": kind words before a contrast word
//    stop counting when a risk follows it;
//  - "Would you ever just listen?": no credit for a strength inside a clause
//    (or, for sarcasm, a sentence) that carries a risk.
// Then the structure: a closing question, we/you balance, length.
#include "core/scorer_impl.hpp"

#include <algorithm>

namespace doorway {

using namespace scoring;

namespace {

bool byToken(const Hit& x, const Hit& y) {
    return x.firstTok < y.firstTok;
}

int sentenceCount(const Analysis& a) {
    return a.toks.empty() ? 0 : a.toks.back().sentence + 1;
}

// The first token after `last` that may carry a "but": within `reach`
// tokens in the same sentence, or the very first token of the next one.
template <class Pred>
int contrastAfter(const Analysis& a, int last, int reach, Pred isContrast) {
    const int nt = a.nt();
    const int sent = a.toks[size_t(last)].sentence;
    for (int k = last + 1; k < nt && k <= last + reach; ++k) {
        const Token& t = a.toks[size_t(k)];
        if (t.sentence != sent)
            return (t.sentence == sent + 1 && k == a.sentStart[size_t(k)] && isContrast(t)) ? k : -1;
        if (isContrast(t)) return k;
    }
    return -1;
}

}  // namespace

void scoring::mergeHits(std::vector<Hit>& hits, std::vector<Hit> more) {
    if (more.empty()) return;
    std::stable_sort(more.begin(), more.end(), byToken);
    const size_t mid = hits.size();
    hits.insert(hits.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    std::inplace_merge(hits.begin(), hits.begin() + std::ptrdiff_t(mid), hits.end(), byToken);
}

// How far after a fear word what is feared may stand ("scared of HIM",
// "afraid of what HE will do"); how far a word that carries the fear on
// ("when", "to", "of") may stand ("unsafe in our flat WHEN you ..."); and
// how far on from that word the fear then reaches ("scared when I hear HIS
// key"). "On eggshells about money with you" is a mood about money, and
// stays out of reach.
constexpr int kFearReach = 3;
constexpr int kFearCarrier = 4;
constexpr int kFearCarry = 4;
// How far after a fear word a feared loss may begin ("afraid YOU'LL LEAVE",
// "scared OF LOSING you", "worried THAT YOU MIGHT WALK away").
constexpr int kFearLossReach = 4;

// Is the fear word at `fear` about the partner? Yes when the partner (or
// home) stands before it in its sentence ("YOUR drinking scares me", "when
// YOU come home I get scared"), or a few words after it, carried on by
// "of", "when", "to" ("scared of how YOU'll react"), or inside the words
// the pattern matched, with no new thought ("and", "so") between: "I was
// shaking before my interview and you were kind" is not. Speaking up to
// them ("scared to BRING IT UP", "my voice shakes when I SAY NO") is fear
// of their answer, unless the sentence gives another cause ("... because
// we both get defensive"), which then needs the partner in it.
bool Scorer::Impl::fearAnchored(Analysis& a, int fear, int last) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    auto is = [&](int cls, int k) { return matchPhraseLen(classes[size_t(cls)], k, nt, toks) > 0; };
    int speaking = -1;  // where a speaking-up stands, if one does
    // Past an "and", only the partner acting on the speaker, or flaring up,
    // still counts: "you called me worthless, and I'm scared to speak",
    // "when you shout I freeze, and I'm scared" are one story.
    bool crossed = false;
    for (int k = fear - 1; k >= a.sentStart[size_t(fear)]; --k) {
        ++a.work;
        if (is(classFearBreak, k)) crossed = true;
        if (!crossed && speaking < 0 && is(classFearSpeaking, k)) speaking = k;
        if (!is(classFearAnchor, k)) continue;
        if (!crossed) return true;
        for (int m = k + 1; m < fear && m <= k + kFearReach; ++m)
            if (is(classFearMe, m) || (classVolatile >= 0 && is(classVolatile, m))) return true;
    }
    int reach = fear + kFearReach;
    const int end = a.sentEnd[size_t(fear)];
    for (int k = fear + 1; k < end && (k <= std::max(reach, fear + kFearCarrier) || k <= last); ++k) {
        ++a.work;
        if (is(classFearBreak, k)) break;
        if ((k <= reach || k <= last) && is(classFearAnchor, k)) return true;
        if ((k <= reach || k <= last) && speaking < 0 && is(classFearSpeaking, k)) speaking = k;
        if (is(classFearReach, k)) reach = std::max(reach, k + kFearCarry);
    }
    if (speaking < 0) return false;
    for (int k = std::max(speaking, fear) + 1; k < end; ++k) {
        ++a.work;
        if (is(classFearBreak, k)) break;
        if (!is(classFearCause, k)) continue;
        for (int m = k + 1; m < end && m <= k + kFearCarry; ++m)
            if (is(classFearAnchor, m)) return true;
        return false;
    }
    return true;
}

// A fear word is a sign of danger only when what is feared is the partner
// or what the partner does. "Unsafe driving at night", "scared of the dog",
// "trapped in the same routine", "shaking before my interview", "walking
// on eggshells about money" tell of an activity, a thing or a mood, and
// offering the safety card there misreads them. A safety finding whose
// words hold a fear word with nothing it is anchored to is dropped; harm,
// threats and control told as acts ("you grabbed my wrist", "you keep my
// passport") hold no fear word and are never touched.
void Scorer::Impl::dropUnanchoredFear(Analysis& a) const {
    if (classFearWord < 0) return;
    const int nt = a.nt();
    std::erase_if(a.hits, [&](const Hit& h) {
        if (rules[size_t(h.rule)].kind != "safety") return false;
        const int last = h.claimLast >= 0 ? h.claimLast : h.lastTok;
        bool fear = false;
        for (int k = h.firstTok; k <= last && k < nt; ++k) {
            ++a.work;
            if (matchPhraseLen(classes[size_t(classFearWord)], k, nt, a.toks) <= 0) continue;
            if (fearAnchored(a, k, last)) return false;
            fear = true;
        }
        return fear;
    });
}

// Fear of losing them ("I'm afraid you'll leave me if I push this", "scared
// of losing you") is not fear of them. No rule cards it, but the fitted
// backstop reads words, not what is feared, and "afraid you'll" leans hard toward the
// disclosures it learned from. So the backstop is shown the text with each
// fear word and the loss it names blanked (lexicon.json's fear_loss, a few
// words on); offsets stay the same, and everything else still speaks ("...
// leave me with no money if I say I want counselling").
std::string Scorer::Impl::maskLossFear(const Analysis& a, std::string text) const {
    if (classFearWord < 0 || classFearLoss < 0) return text;
    const int nt = a.nt();
    for (int k = 0; k < nt; ++k) {
        const int len = matchPhraseLen(classes[size_t(classFearWord)], k, nt, a.toks);
        if (len <= 0) continue;
        const int end = std::min(a.sentEnd[size_t(k)], k + len + kFearLossReach);
        for (int m = k + len; m < end; ++m)
            if (int loss = matchPhraseLen(classes[size_t(classFearLoss)], m, nt, a.toks); loss > 0) {
                for (int c = a.toks[size_t(k)].start; c < a.toks[size_t(m + loss - 1)].end; ++c) text[size_t(c)] = ' ';
                break;
            }
        k += len - 1;
    }
    return text;
}

// A negated charge with a saying verb ("not saying", "not calling you",
// "not trying to say") followed by a contrast word: the "but" shows the
// charge is the point, so it counts as said.
void Scorer::Impl::keepPreterition(Analysis& a) const {
    for (auto& h : a.hits) {
        if (!h.flipped || !h.sayVerb) continue;
        ++a.work;
        // "... but", or a next sentence that turns on it: "... your fault. Just most of it."
        const int lastSentence = a.toks[size_t(h.lastTok)].sentence;
        int c = contrastAfter(a, h.lastTok, 4, [&](const Token& t) {
            return contrastWords.matches(t) || (t.sentence != lastSentence && turnWords.matches(t));
        });
        if (c < 0) continue;
        h.rule = rulePreterition;
        h.group = nullptr;
        h.flipped = false;
    }
}

// "I'm not saying you're the problem, BUT you ...": a reassurance followed
// (within three words, or at the start of the next sentence) by "but" and
// then a risk in that sentence is undone by it.
void Scorer::Impl::undoReassurance(Analysis& a) const {
    // The last risk start in each sentence, so "is there a risk after k?" is one look.
    std::vector<int> lastRisk(size_t(sentenceCount(a)), -1);
    for (const auto& h : a.hits)
        if (rules[size_t(h.rule)].kind == "risk") {
            int& slot = lastRisk[size_t(a.toks[size_t(h.firstTok)].sentence)];
            slot = std::max(slot, h.firstTok);
        }
    for (auto& h : a.hits) {
        const Rule& rule = rules[size_t(h.rule)];
        if (!rule.hasUndoneBy) continue;
        ++a.work;
        int butTok = contrastAfter(a, h.lastTok, 3, [&](const Token& t) { return rule.undoneBy.matches(t); });
        if (butTok < 0 || lastRisk[size_t(a.toks[size_t(butTok)].sentence)] <= butTok) continue;
        h.rule = rule.undoneIndex;
        h.group = nullptr;
        h.lastTok = butTok;
        h.end = a.toks[size_t(butTok)].end;
    }
}

// A sentence ending in a tag question ("..., do you?", "..., right?") that
// is about them reads as sarcasm. The tag is the last clause of a question:
// an auxiliary, maybe "not", and a pronoun, or a single tag word.
void Scorer::Impl::markTagQuestions(Analysis& a) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    std::vector<Hit> added;
    for (int end = 0; end < nt; ++end) {
        // A spoken transcript has no '?': "... the last word dont you" at the
        // very end still ends in a tag.
        const bool spokenTag = end == nt - 1 && youWords.matches(toks[size_t(end)]) && end >= 2 &&
                               toks[size_t(end - 1)].norm == "not" && tagAux.matches(toks[size_t(end - 2)]);
        if (!toks[size_t(end)].question && !spokenTag) continue;
        const int s0 = a.sentStart[size_t(end)];
        int tag = -1;  // first token of the tag
        const Token& last = toks[size_t(end)];
        if (tagWords.matches(last) && end - 1 >= s0 && toks[size_t(end - 1)].clause != last.clause) {
            tag = end;
        } else if (tagPronouns.matches(last) && end >= 1) {
            int k = end - 1;
            if (k > s0 && toks[size_t(k)].norm == "not") --k;
            if (k >= s0 && tagAux.matches(toks[size_t(k)])) tag = k;
        }
        if (tag < 0 || tag - s0 < 3) continue;
        ++a.work;
        // A statement, not a question that happens to end in "do you":
        // either the tag has its own clause, or the sentence doesn't open
        // like a question.
        const bool ownClause = toks[size_t(tag)].clause != toks[size_t(tag - 1)].clause;
        const bool opensAsQuestion = tagAux.matches(toks[size_t(s0)]) || toks[size_t(s0)].norm == "why" ||
                                     toks[size_t(s0)].norm == "what" || toks[size_t(s0)].norm == "how";
        if (!ownClause && opensAsQuestion) continue;
        bool aboutYou = youWords.matches(last), aboutUs = false;
        for (int k = s0; k < tag; ++k) {
            aboutYou = aboutYou || youWords.matches(toks[size_t(k)]);
            aboutUs = aboutUs || weWords.matches(toks[size_t(k)]);
        }
        if (!aboutYou || (aboutUs && !youWords.matches(last))) continue;
        // "That counsellor let you down, didn't she?": a tag that names
        // someone else is about them, and sympathises rather than sneers.
        if (last.norm == "he" || last.norm == "she" || last.norm == "they") continue;
        Hit h;
        h.rule = ruleTagQuestion;
        h.firstTok = s0;
        h.lastTok = end;
        h.start = toks[size_t(s0)].start;
        h.end = toks[size_t(end)].end;
        h.claimStart = toks[size_t(tag)].start;
        h.claimEnd = h.end;
        h.priority = rules[size_t(ruleTagQuestion)].priority;
        added.push_back(h);
    }
    mergeHits(a.hits, std::move(added));
}

namespace {

Taint taintOf(const Rule& rule, const Group* g) {
    if (g && g->taints >= 0) return Taint(g->taints);
    return rule.taints;
}

}  // namespace

// "I love you, but I'm tired of ...": the kind words before a contrast word
// stop counting when a tainting risk follows it in the sentence. They are
// reported as one undercut that ends at the "but".
void Scorer::Impl::weighContrast(Analysis& a) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    // The first tainting risk at or after each token, within its sentence.
    std::vector<int> riskFrom(size_t(nt) + 1, nt);
    std::vector<int> riskAt(size_t(nt), nt);
    for (const auto& h : a.hits) {
        const Rule& r = rules[size_t(h.rule)];
        if (r.kind == "risk" && !h.voided && taintOf(r, h.group) != Taint::None && h.rule != ruleUndercut)
            riskAt[size_t(h.firstTok)] = std::min(riskAt[size_t(h.firstTok)], h.firstTok);
    }
    for (int t = nt - 1; t >= 0; --t) {
        bool lastOfSentence = t == nt - 1 || toks[size_t(t + 1)].sentence != toks[size_t(t)].sentence;
        riskFrom[size_t(t)] = std::min(riskAt[size_t(t)], lastOfSentence ? nt : riskFrom[size_t(t + 1)]);
    }
    // Strength hits in token order; for each contrast word, the strengths
    // from the start of its sentence (or of the previous one, when the "but"
    // opens a sentence) up to it.
    std::vector<size_t> strengths;
    for (size_t i = 0; i < a.hits.size(); ++i)
        if (rules[size_t(a.hits[i].rule)].kind == "strength") strengths.push_back(i);
    size_t from = 0;
    std::vector<Hit> added;
    for (int c = 0; c < nt; ++c) {
        if (!contrastWords.matches(toks[size_t(c)]) || c + 1 >= nt) continue;
        if (toks[size_t(c + 1)].sentence != toks[size_t(c)].sentence || riskFrom[size_t(c + 1)] >= nt) continue;
        ++a.work;
        const int s0 = a.sentStart[size_t(c)];
        const int regionStart = (c == s0 && s0 > 0) ? a.sentStart[size_t(s0 - 1)] : s0;
        while (from < strengths.size() && a.hits[strengths[from]].lastTok < regionStart) ++from;
        // Everything before this "but" is settled now, so the next one starts
        // after it (one pass over the strengths, however many "but"s).
        int firstVoided = -1;
        size_t k = from;
        for (; k < strengths.size() && a.hits[strengths[k]].lastTok < c; ++k) {
            Hit& s = a.hits[strengths[k]];
            if (s.voided || s.firstTok < regionStart) continue;
            s.voided = true;
            if (firstVoided < 0) firstVoided = s.firstTok;
        }
        from = k;
        if (firstVoided < 0) continue;
        Hit u;
        u.rule = ruleUndercut;
        u.firstTok = firstVoided;
        u.lastTok = c;
        u.start = toks[size_t(firstVoided)].start;
        u.end = toks[size_t(c)].end;
        u.claimStart = u.start;
        u.claimEnd = u.end;
        u.priority = rules[size_t(ruleUndercut)].priority;
        added.push_back(u);
    }
    mergeHits(a.hits, std::move(added));
}

// "You can say no, of course. Just don't expect me to still be here." A way
// out followed, in its sentence or the next, by a threat is no way out: the
// choice stops counting, and the threat speaks for itself.
void Scorer::Impl::voidThreatenedChoices(Analysis& a) const {
    const int sentences = sentenceCount(a);
    std::vector<int> firstThreat(size_t(sentences), -1);  // per sentence, the first threat's start
    for (const auto& h : a.hits) {
        if (h.rule != ruleUltimatum || h.voided) continue;
        int& slot = firstThreat[size_t(a.toks[size_t(h.firstTok)].sentence)];
        if (slot < 0) slot = h.firstTok;
    }
    for (auto& h : a.hits) {
        ++a.work;
        if (h.voided || !rules[size_t(h.rule)].wayOut) continue;
        const int s = a.toks[size_t(h.lastTok)].sentence;
        const bool here = firstThreat[size_t(s)] > h.lastTok;
        const bool next = s + 1 < sentences && firstThreat[size_t(s + 1)] >= 0;
        if (here || next) h.voided = true;
    }
}

// No credit for a strength near a risk in its clause (or, for sarcasm, its
// sentence; for an ultimatum, its sentence and the next, where "Your choice."
// is no way out): "try" in "you never even try", "would you" in "would you ever
// just listen", "some of us" as shared words in a jab. "Near" is a few words
// either side, so one risk in an unpunctuated transcript (one long clause)
// doesn't void everything kind in it.
void Scorer::Impl::voidRiskyClauses(Analysis& a) const {
    const int nt = a.nt();
    if (nt == 0) return;
    // Each risk marks a range; the ranges are added up as differences, so
    // many sarcastic hits in one long unpunctuated sentence stay linear.
    std::vector<int> starts(size_t(nt) + 1, 0);
    for (const auto& h : a.hits) {
        const Rule& r = rules[size_t(h.rule)];
        if (r.kind != "risk" || h.voided) continue;
        Taint t = taintOf(r, h.group);
        if (t == Taint::None) continue;
        ++a.work;
        const int last = h.claimLast >= 0 ? h.claimLast : h.lastTok;
        const bool sentence = t == Taint::Sentence || t == Taint::Following;
        const int lo = sentence ? a.sentStart[size_t(h.firstTok)]
                                : std::max(a.clauseStart[size_t(h.firstTok)], h.firstTok - model.taintReach);
        int hi =
            sentence ? a.sentEnd[size_t(last)] - 1 : std::min(a.clauseEnd[size_t(last)] - 1, last + model.taintReach);
        if (t == Taint::Following && hi + 1 < nt) hi = a.sentEnd[size_t(hi) + 1] - 1;
        // A contrast after the risk turns the sentence ("You don't have to
        // like it, but would you come once?"): what follows it is weighed on
        // its own, as the contrast rule weighs what came before.
        if (sentence)
            for (int k = last + 1; k <= hi; ++k)
                if (contrastWords.matches(a.toks[size_t(k)])) {
                    hi = k - 1;
                    break;
                }
        if (lo > hi) continue;
        ++starts[size_t(lo)];
        --starts[size_t(hi) + 1];
    }
    // taintedBefore[k]: how many of the first k tokens are tainted.
    std::vector<int> taintedBefore(size_t(nt) + 1, 0);
    for (int k = 0, open = 0; k < nt; ++k) {
        ++a.work;
        open += starts[size_t(k)];
        taintedBefore[size_t(k) + 1] = taintedBefore[size_t(k)] + (open > 0 ? 1 : 0);
    }
    for (auto& h : a.hits) {
        if (rules[size_t(h.rule)].kind != "strength" || h.voided) continue;
        ++a.work;
        h.voided = taintedBefore[size_t(h.lastTok) + 1] > taintedBefore[size_t(h.firstTok)];
    }
}

// A statement about them ("You talk to your screen more than to me") with
// nothing of the speaker's beside it: no feeling, no ask, no finding at all
// in the sentence. A light risk, weighed by the fitter; it catches the
// ordinary accusation that no rule names.
void Scorer::Impl::markYouStatements(Analysis& a) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    std::vector<char> sentenceHasHit(size_t(sentenceCount(a)), 0);
    for (const auto& h : a.hits)  // a check-tier safety note is a side note, not something said
        if (!(h.group && h.group->checkOnly))
            for (int k = h.firstTok; k <= h.lastTok; ++k) sentenceHasHit[size_t(toks[size_t(k)].sentence)] = 1;
    for (int s0 = 0; s0 < nt; s0 = a.sentEnd[size_t(s0)]) {
        ++a.work;
        const int end = a.sentEnd[size_t(s0)];
        int first = s0;
        while (first < end && openers.matches(toks[size_t(first)])) ++first;
        if (first >= end || !youWords.matches(toks[size_t(first)]) || toks[size_t(end - 1)].question) continue;
        if (sentenceHasHit[size_t(toks[size_t(s0)].sentence)] ||
            toks[size_t(end - 1)].word - toks[size_t(first)].word < 2)
            continue;
        if ((a.quotesAreMentions && toks[size_t(first)].quoted) || a.mentioned[size_t(first)]) continue;
        // "You don't have to agree there's a problem": a burden lifted off
        // them is said for them, not about them.
        bool lifted = false;
        for (int k = first + 1; k < std::min(end, first + 4) && !lifted; ++k)
            lifted = negationCues.matches(toks[size_t(k)]) && releaseAt(toks, k);
        if (lifted) continue;
        Hit h;
        h.rule = ruleYouStatement;
        h.firstTok = first;
        h.lastTok = end - 1;
        h.start = toks[size_t(first)].start;
        h.end = toks[size_t(end - 1)].end;
        a.hits.push_back(h);
    }
}

// Structure: a closing question that isn't a jab, we/you balance, length.
void Scorer::Impl::addStructure(Analysis& a) const {
    const auto& toks = a.toks;
    const int nt = a.nt();
    if (nt == 0) return;
    const Model& M = model;
    auto add = [&](int rule, int first, int last) {
        Hit h;
        h.rule = rule;
        h.firstTok = first;
        h.lastTok = last;
        h.start = toks[size_t(first)].start;
        h.end = toks[size_t(last)].end;
        a.hits.push_back(h);
    };
    bool anyAsk = false, anyQuestionRule = false, anyStrength = false;
    std::vector<char> inStrength(size_t(nt), 0), inRisk(size_t(nt), 0);
    std::vector<char> sentenceHasRisk(size_t(sentenceCount(a)), 0);
    for (const auto& h : a.hits) {
        if (h.voided || (h.group && h.group->checkOnly)) continue;
        const Rule& rule = rules[size_t(h.rule)];
        for (int k = h.firstTok; k <= h.lastTok; ++k) (rule.kind == "strength" ? inStrength : inRisk)[size_t(k)] = 1;
        if (rule.kind == "risk") sentenceHasRisk[size_t(toks[size_t(h.firstTok)].sentence)] = 1;
        anyAsk = anyAsk || rule.ask;
        anyQuestionRule = anyQuestionRule || rule.id == "invitation_question";
    }
    // Kind words count as an opening even when a "but" or a jab took them back.
    for (const auto& h : a.hits) anyStrength = anyStrength || rules[size_t(h.rule)].kind == "strength";
    // A closing question hands them the next move, unless it is a jab.
    if (toks.back().question && !anyQuestionRule && !sentenceHasRisk[size_t(toks.back().sentence)]) {
        add(ruleQuestionMark, a.sentStart[size_t(nt - 1)], nt - 1);
        anyAsk = anyStrength = true;
    }
    // Nothing kind at all: no feeling, no ask, no way out.
    if (!anyStrength) add(ruleNoOpening, 0, nt - 1);
    // Balance: "we/us/our" against "you/your", leaving out the "you" inside
    // strengths ("would you", "up to you") and the "us" inside risks ("some of us").
    int weCount = 0, youCount = 0, firstWe = -1;
    std::vector<int> youPerSentence(size_t(sentenceCount(a)), 0);
    for (int t = 0; t < nt; ++t) {
        const Token& tk = toks[size_t(t)];
        if (a.quotesAreMentions && tk.quoted) continue;
        if (weWords.matches(tk) && !inRisk[size_t(t)]) {
            ++weCount;
            if (firstWe < 0) firstWe = t;
        } else if (youWords.matches(tk) && !inStrength[size_t(t)]) {
            ++youCount;
            ++youPerSentence[size_t(tk.sentence)];
        }
    }
    if (weCount >= M.balanceMinWe && weCount >= youCount && firstWe >= 0) {
        add(ruleWeBalance, firstWe, firstWe);
    } else if (youCount >= M.heavyMinYou && double(youCount) >= M.heavyRatio * double(std::max(weCount, 1))) {
        int best = int(std::max_element(youPerSentence.begin(), youPerSentence.end()) - youPerSentence.begin());
        int s = -1, e = -1;
        for (int t = 0; t < nt; ++t)
            if (toks[size_t(t)].sentence == best) {
                if (s < 0) s = t;
                e = t;
            }
        if (s >= 0) add(ruleYouHeavy, s, e);
    }
    // Length of a spoken invitation, in words as written.
    const int wordCount = toks.back().word + 1;
    a.tooLongRepeats = 0;
    if (wordCount > M.longWords) {
        int from = 0;
        while (from < nt && toks[size_t(from)].word < M.longWords) ++from;
        add(ruleTooLong, from, nt - 1);
        a.tooLongRepeats = 1 + int(double(wordCount - M.longWords) / M.longRepeatEvery);
    } else if (wordCount <= M.shortWords && !anyAsk) {
        add(ruleTooShort, 0, nt - 1);
    }
}

}  // namespace doorway
