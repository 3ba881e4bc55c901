// The phrasing scorer, end to end (the steps live in scorer_*.cpp):
//  1. tokens: contractions expanded, clauses, sentences, quotes, questions;
//  2. findings: rule patterns matched, negation and mentions applied,
//     overlaps settled by priority;
//  3. context: preterition, undone reassurance, tag questions, contrast,
//     no credit inside a risky clause, then structure (closing question,
//     we/you balance, length);
//  4. the score: base plus the fitted weight of each finding (model.json),
//     softened near the ends, held below the invitation band by a severe
//     risk or a safety disclosure; "not enough to go on" when little
//     speaks either way.
#include "core/scorer_impl.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace doorway {

using namespace scoring;

Scorer::Scorer() : m_impl(std::make_unique<Impl>()) {}
Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;

Scorer Scorer::loadDirectory(const std::string& dir) {
    Scorer s;
    s.m_impl->loadLexicon(dir);
    s.m_impl->loadRules(dir);
    s.m_impl->loadModel(dir, true);
    s.m_impl->buildIndex();
    // The backstop is its own file: without it the rules speak alone (the
    // fitter, and tests that copy only the rules' files); a broken one stops
    // the load with its file and key, like any asset.
    const auto tone = std::filesystem::path(dir) / "tone.json";
    if (std::filesystem::exists(tone)) s.m_impl->tone = ToneModel::loadFile(tone.string());
    for (const auto& r : s.m_impl->rules)
        if (r.kind == "safety" && s.m_impl->safetyMessage.empty()) s.m_impl->safetyMessage = r.message;
    return s;
}

Scorer Scorer::loadForFitting(const std::string& dir) {
    Scorer s;
    s.m_impl->loadLexicon(dir);
    s.m_impl->loadRules(dir);
    s.m_impl->loadModel(dir, false);
    s.m_impl->buildIndex();
    return s;
}

Analysis Scorer::Impl::analyze(const std::string& text) const {
    Analysis a(text);
    a.toks = tokenize(text);
    prepare(a);
    matchRules(a);
    dropUnanchoredFear(a);
    settleOverlaps(a);
    keepPreterition(a);
    undoReassurance(a);
    markTagQuestions(a);
    weighContrast(a);
    voidThreatenedChoices(a);
    voidRiskyClauses(a);
    markYouStatements(a);
    addStructure(a);
    return a;
}

// Per feature, the value the model weighs: 1 for the first finding, the
// repeat factor for each further one, up to the rule's max_count.
std::vector<double> Scorer::Impl::featureValues(const Analysis& a) const {
    std::vector<int> counts(features.size(), 0);
    std::vector<double> x(features.size(), 0.0);
    for (const auto& h : a.hits) {
        if (h.voided) continue;
        const Rule& rule = rules[size_t(h.rule)];
        int f = h.group ? h.group->featureIndex : rule.featureIndex;
        int n = h.rule == ruleTooLong ? std::max(1, a.tooLongRepeats) : 1;
        for (int k = 0; k < n; ++k) {
            int c = counts[size_t(f)]++;
            if (c < rule.maxCount) x[size_t(f)] += c == 0 ? 1.0 : model.repeatFactor;
        }
    }
    return x;
}

// The topic the text is most about ("money", "the evenings"), for
// suggestions that keep the user's own subject; "" when none stands out.
std::string Scorer::Impl::topicAbout(const Analysis& a) const {
    std::vector<int> counts(topics.size(), 0);
    int best = -1;
    for (const auto& t : a.toks)
        for (size_t i = 0; i < topics.size(); ++i)
            if (topics[i].words.matches(t) && ++counts[i] > (best < 0 ? 0 : counts[size_t(best)])) best = int(i);
    return best < 0 ? std::string() : topics[size_t(best)].about;
}

namespace {

// "{about}" in a suggestion becomes " about money" (or nothing).
std::string withTopic(std::string s, const std::string& about) {
    const std::string slot = "{about}";
    for (size_t at = s.find(slot); at != std::string::npos; at = s.find(slot, at)) {
        s.replace(at, slot.size(), about.empty() ? "" : " about " + about);
        at += about.empty() ? 0 : about.size() + 7;
    }
    return s;
}

// The fitted backstop: the rules found no sign of fear, but the words taken
// together read like a disclosure (tone.json's safety head). The same kind
// sentence and card as the rules' safety finding, naming the words that
// carried it most.
// Below the card's edge but at or above the head's check edge, the words
// may still tell of fear, only less plainly: the message is not scored as an
// invitation, and a gentle note points to the card in case it is meant
// (rule "safety_check"); the advice on wording stays, since it may be an
// ordinary message after all. True when the check spoke.
// `cardable` false: past the card's edge gives the check only. A role-play
// answer in which a rule found a jab is one: the head learned disclosures
// from messages, not answers, and a jab named is what the answer needs to
// hear ("the way you still make my tea ... you said your last marriage was
// fine" was carded, and its jab never named).
bool addToneSafety(const Scorer::Impl& I, const ToneReading& masked, const std::string& text, ScoreResult& res,
                   bool cardable) {
    if (I.tone.empty() || I.safetyMessage.empty()) return false;
    ToneVerdict v = I.tone.judge("safety", masked);
    if (v.start < 0) return false;
    v.text = text.substr(size_t(v.start), size_t(v.end - v.start));
    if (v.passes && cardable) {
        res.safety = true;
        res.findings.push_back(Scorer::toneFinding(v, "safety_model", "safety", I.safetyMessage));
        return false;
    }
    const ToneHead* h = I.tone.head("safety");
    if (!h || h->checkThreshold <= 0 || v.probability < h->checkThreshold || I.safetyCheckNote.empty()) return false;
    res.findings.insert(res.findings.begin(), Scorer::toneFinding(v, "safety_check", "safety", I.safetyCheckNote));
    return true;
}

// A safety group of tier "check" matched (rules.json): the same gentle note as
// the backstop's check, naming the rule's words, which say more than the
// words the head leaned on. True: the check speaks.
bool addRuleCheck(const Scorer::Impl& I, const Hit& hint, const std::string& text, ScoreResult& res) {
    if (I.safetyCheckNote.empty()) return false;
    std::erase_if(res.findings, [](const ScoreFinding& f) { return f.rule == "safety_check"; });
    ScoreFinding f;
    f.rule = "safety_check";
    f.kind = "safety";
    f.start = hint.start;
    f.end = hint.end;
    f.text = text.substr(size_t(hint.start), size_t(hint.end - hint.start));
    f.message = I.safetyCheckNote;
    res.findings.insert(res.findings.begin(), std::move(f));
    return true;
}

// The fitted disclosure hold: the message would be scored as an invitation,
// and nothing named fear in it, yet its words read like the corpus's
// disclosures rather than its invitations (tone.json's "disclosure" head,
// fitted on disclosures against good and mixed messages only, so it learns
// what sets a disclosure apart from an ask that shares its kind words: "could
// we go to someone together" after "when you held the knife"). The safety
// head, fitted against every other message, can't draw that line without
// holding many kind ones back. Its edge is chosen on dev to hold few good
// messages; above it, the message is kept just under the invitation band with
// the same gentle check as the safety head's, naming the words that carried
// it. A lift by the warmth head is undone first: that head never saw a
// disclosure, and its praise would read as praise for telling one.
// `held`: the warmth hold already kept it just under the band; the check then
// only links the card. `lifted` is set false when a lift is given back.
// True when it spoke.
bool addDisclosureHold(const Scorer::Impl& I, const ToneReading& masked, const std::string& text, int invitationFloor,
                       bool held, bool& lifted, ScoreResult& res) {
    if ((res.score < invitationFloor && !held) || I.safetyCheckNote.empty() || !I.tone.head("disclosure")) return false;
    ToneVerdict v = I.tone.judge("disclosure", masked);
    if (!v.passes || v.start < 0) return false;
    v.text = text.substr(size_t(v.start), size_t(v.end - v.start));
    for (auto it = res.findings.begin(); it != res.findings.end();)
        if (it->rule == "warmth_model") {
            res.score -= int(std::lround(it->weight));  // the points the lift gave, given back
            it = res.findings.erase(it);
            lifted = false;
        } else {
            ++it;
        }
    ScoreFinding f = Scorer::toneFinding(v, "safety_check", "safety", I.safetyCheckNote);
    f.weight = std::min(0, invitationFloor - 1 - res.score);  // the points it took, as the other holds show theirs
    res.score = std::min(res.score, invitationFloor - 1);
    // The rules' findings stay, as with the safety head's check: it may be
    // an ordinary message after all.
    res.findings.insert(res.findings.begin(), std::move(f));
    return true;
}

// The disclosure head under the invitation band, for a message that nothing
// linked to the card; it gets the same gentle check, naming the words, and
// the score and the rules' findings stay, since it may be an ordinary message
// after all. True when it spoke. Two ways:
//  - in the mixed band, the disclosure head alone at its "mixed_threshold":
//    a message scored neither as an invitation nor as blame whose words read
//    like the corpus's disclosures more surely than the hold asks of an
//    invitation ("my glasses are fixed, the optometrist bought the story
//    about the puck"); its own edge, chosen on dev to check few of the mixed
//    band's other messages;
//  - in any band under the invitation, the disclosure and safety heads
//    together at their "agree_threshold"s: the safety head under its check
//    edge, but both leaning the same way ("I'll stop seeing her if it means
//    you'll calm down", a short message with no ask in it that the rules
//    score low). The disclosure head alone reads many complaints as
//    disclosures, the safety head alone many worries; both together rarely
//    read either. The disclosure head's agree edge is placed on its own and
//    may sit above its mixed edge (the shipped one does): then it adds only
//    under the mixed band, where the head alone is never used.
bool addDisclosureCheck(const Scorer::Impl& I, const ToneReading& masked, const std::string& text, double bandMixed,
                        int invitationFloor, ScoreResult& res) {
    const ToneHead* h = I.tone.head("disclosure");
    if (!h || I.safetyCheckNote.empty() || res.safety || res.score >= invitationFloor) return false;
    const bool mixed = h->mixedThreshold > 0 && res.score >= int(std::ceil(bandMixed));
    const ToneHead* safety = I.tone.head("safety");
    const bool agree = h->agreeThreshold > 0 && safety && safety->agreeThreshold > 0;
    if (!mixed && !agree) return false;
    // Nothing else linked it: no card, no check (the safety head's, a rule's
    // or the disclosure hold's; a check is always listed, first). A severe
    // risk doesn't keep it out: a disclosure often reads as one.
    if (std::any_of(res.findings.begin(), res.findings.end(), [](const ScoreFinding& f) { return f.kind == "safety"; }))
        return false;
    ToneVerdict v = I.tone.judge("disclosure", masked);
    if (v.start < 0) return false;
    const bool speaks = (mixed && v.probability >= h->mixedThreshold) ||
                        (agree && v.probability >= h->agreeThreshold &&
                         I.tone.judge("safety", masked).probability >= safety->agreeThreshold);
    if (!speaks) return false;
    v.text = text.substr(size_t(v.start), size_t(v.end - v.start));
    res.findings.insert(res.findings.begin(), Scorer::toneFinding(v, "safety_check", "safety", I.safetyCheckNote));
    return true;
}

// The fitted blame backstop: no rule held the message below the mixed band,
// but its words taken together read like the corpus's messages that land as
// blame or pressure (tone.json's "blame" head, its edge chosen on dev so it
// rarely touches a kind message). It keeps the score just under the mixed
// band and names the words that carried it. True when it spoke.
bool addToneBlame(const Scorer::Impl& I, const std::string& text, const std::string& about, int belowMixed,
                  ScoreResult& res) {
    if (res.score <= belowMixed || I.tone.empty() || !I.tone.head("blame")) return false;
    // Only where the words themselves lean towards blame: a short text with
    // few words the head knows would otherwise inherit its bias (the
    // corpus's blaming messages are often short).
    ToneVerdict v = I.tone.judge("blame", text);
    if (!v.passes || v.wordsLean <= 0 || v.start < 0) return false;
    ScoreFinding f = Scorer::toneFinding(v, "blame_model", "risk", I.blameNote.message);
    f.suggestion = withTopic(I.blameNote.suggestion, about);
    f.weight = belowMixed - res.score;  // the points it took, so --json and the pane show its effect
    res.score = belowMixed;
    // No praise inside what lands as blame ("You can say no" in "You can
    // say no of course, I'll just know where I stand then"): the score no
    // longer counts it, so neither does the list.
    std::erase_if(res.findings,
                  [&](const ScoreFinding& s) { return s.kind == "strength" && s.start >= v.start && s.end <= v.end; });
    res.findings.push_back(std::move(f));
    return true;
}

// The fitted warmth backstop, the blame one's mirror: no rule gave the
// message enough credit for the invitation band, but its words taken
// together read like the corpus's messages that land as an invitation
// (tone.json's "warmth" head, its edge chosen on dev so it rarely lifts a
// mixed or blaming one). Only from inside the mixed band, only where the
// words themselves lean warm, and never beside a card, the gentle check,
// the blame backstop or a severe risk (the caller asks only then): it lifts
// the score to the invitation band's floor and names the words that carried
// it.
// True when it spoke.
bool addToneWarmth(const Scorer::Impl& I, const std::string& text, int mixedFloor, int invitationFloor,
                   ScoreResult& res) {
    if (res.score < mixedFloor || res.score >= invitationFloor || !I.tone.head("warmth")) return false;
    ToneVerdict v = I.tone.judge("warmth", text);
    if (!v.passes || v.wordsLean <= 0 || v.start < 0) return false;
    ScoreFinding f = Scorer::toneFinding(v, "warmth_model", "strength", I.warmthNote);
    f.weight = invitationFloor - res.score;  // the points it gave, as the blame finding shows those it took
    res.score = invitationFloor;
    res.findings.push_back(std::move(f));
    return true;
}

// The warmth head's hold, at the other end of it: the rules put the message
// in the invitation band, yet its words taken together lean far from the
// corpus's messages that land as one (tone.json's warmth "hold_threshold",
// chosen on dev so it rarely holds a kind message back). Often a plea or a
// push with kind words around it, or a dig tucked inside ("I think we need
// help, both of us, though you more with the phone thing"). Only where at
// least one word leans away (a text the head knows nothing of has none), and
// never where another backstop or a severe risk already spoke (the caller
// asks only then): it keeps the score just under the invitation band and
// names the words that leaned away most.
// True when it spoke.
bool addToneHold(const Scorer::Impl& I, const std::string& text, const std::string& about, int invitationFloor,
                 ScoreResult& res) {
    const ToneHead* h = I.tone.head("warmth");
    if (res.score < invitationFloor || !h || h->holdThreshold <= 0) return false;
    ToneVerdict v = I.tone.judge("warmth", text, "", kTowardNo);
    if (v.probability > h->holdThreshold || !v.someAgainst) return false;
    // No sentence leans away on the whole, only words here and there
    // ("counselling"): the message as a whole is what is marked, not a word
    // that would read as the fault.
    if (v.spanIsOneFeature) {
        v.start = 0, v.end = int(text.size());
        v.text = text;
    }
    ScoreFinding f = Scorer::toneFinding(v, "hold_model", "risk", I.holdNote.message);
    // As the other fitted findings show how sure they are of what they say:
    // here, that it won't land as an invitation.
    f.probability = std::round((1 - v.probability) * 1000) / 1000;
    f.suggestion = withTopic(I.holdNote.suggestion, about);
    f.weight = invitationFloor - 1 - res.score;
    res.score = invitationFloor - 1;
    res.findings.push_back(std::move(f));
    return true;
}

double softEnds(double s, const Model& M) {
    // Past `top` (or below `bottom`) each point counts for less, so the score
    // approaches 100 (or 0) without piling up at the clamp.
    if (s > M.softTop) s = M.softTop + (100 - M.softTop) * (1 - std::exp(-(s - M.softTop) / M.softWidth));
    if (s < M.softBottom) s = M.softBottom * std::exp((s - M.softBottom) / M.softWidth);
    return s;
}

}  // namespace

ScoreResult Scorer::score(const std::string& text, ScoreAs as) const {
    auto t0 = std::chrono::steady_clock::now();
    const Impl& I = *m_impl;
    if (I.rules.empty()) throw std::runtime_error("the scorer has no rules loaded (use Scorer::loadDirectory)");
    if (text.size() > kMaxScoreBytes)
        throw ScoreTooLong("the text is too long to score (" + std::to_string(text.size()) + " bytes; the limit is " +
                           std::to_string(kMaxScoreBytes >> 20) + " MiB)");
    const Model& M = I.model;
    Analysis a = I.analyze(text);
    ScoreResult res;
    res.work = a.work;
    const std::string about = I.topicAbout(a);
    // Each finding and the points it moved: the first of a feature counts
    // its full weight, each further one the repeat factor, up to max_count.
    // "Not enough to go on": no risk in the words, and their kind words add
    // up to less than unclear.evidence_below points.
    std::vector<int> seen(I.features.size(), 0);
    double raw = M.base, evidence = 0;
    bool severe = false, feeling = false, ask = false, wayOut = false, contentRisk = false;
    const Hit* hint = nullptr;  // the first match of a safety group of tier "check"
    for (const auto& h : a.hits) {
        if (h.voided) continue;
        if (h.group && h.group->checkOnly) {
            if (!hint) hint = &h;
            continue;
        }
        const Rule& rule = I.rules[size_t(h.rule)];
        const int f = h.group ? h.group->featureIndex : rule.featureIndex;
        const double w = I.features[size_t(f)].weight;
        const int n = h.rule == I.ruleTooLong ? std::max(1, a.tooLongRepeats) : 1;
        double points = 0;
        for (int k = 0; k < n; ++k) {
            int c = seen[size_t(f)]++;
            if (c < rule.maxCount) points += w * (c == 0 ? 1.0 : M.repeatFactor);
        }
        raw += points;
        // What the words say, not the shape: "not enough to go on" looks
        // past length, balance and a bare question mark.
        const bool shape = h.rule == I.ruleNoOpening || h.rule == I.ruleTooShort || h.rule == I.ruleTooLong ||
                           h.rule == I.ruleYouHeavy || h.rule == I.ruleWeBalance || h.rule == I.ruleQuestionMark;
        if (!shape && rule.kind == "strength") evidence += points;
        if (!shape && rule.kind == "risk" && (w != 0 || rule.severe)) contentRisk = true;
        severe = severe || (rule.severe && rule.kind == "risk");
        res.safety = res.safety || rule.kind == "safety";
        // A shape the fitter gave no weight (a "you" sentence, balance) says
        // nothing; a rule's words, length advice and safety are always shown.
        if (w == 0 && rule.groups.empty() && !rule.advice && !(rule.severe && rule.kind == "risk")) continue;
        feeling = feeling || rule.feeling;
        ask = ask || rule.ask;
        wayOut = wayOut || rule.wayOut;
        if (int(res.findings.size()) >= kMaxListedFindings) {
            ++res.unlisted;
            continue;
        }
        ScoreFinding out;
        out.rule = rule.id;
        out.kind = rule.kind;
        out.start = h.start;
        out.end = h.end;
        out.text = text.substr(size_t(h.start), size_t(h.end - h.start));
        out.message = h.group ? h.group->message : rule.message;
        if (rule.kind == "risk") out.suggestion = withTopic(h.group ? h.group->suggestion : rule.suggestion, about);
        out.weight = std::round(points * 10) / 10;
        res.findings.push_back(std::move(out));
    }

    const ToneReading masked(I.maskLossFear(a, text));  // the safety and disclosure heads' text, read once
    bool checked = !res.safety && addToneSafety(I, masked, text, res, as == ScoreAs::Invitation || !contentRisk);
    if (!res.safety && hint) checked = addRuleCheck(I, *hint, text, res) || checked;
    double s = softEnds(raw, M);
    if (severe && s > M.severeKnee)
        s = M.severeKnee + (M.severeCeiling - M.severeKnee) * (1 - std::exp(-(s - M.severeKnee) / M.softWidth));
    res.score = std::clamp(int(std::lround(s)), 0, 100);
    const int belowInvitation = int(std::ceil(M.bandInvitation)) - 1;
    if (severe || res.safety || checked) res.score = std::min(res.score, belowInvitation);
    res.severe = severe;
    const bool blamed = !res.safety && addToneBlame(I, text, about, int(std::ceil(M.bandMixed)) - 1, res);
    contentRisk = contentRisk || blamed;
    bool lifted = !(severe || res.safety || checked || blamed) &&
                  addToneWarmth(I, text, int(std::ceil(M.bandMixed)), belowInvitation + 1, res);
    const bool held = as == ScoreAs::Invitation && !(severe || res.safety || checked || blamed || lifted) &&
                      addToneHold(I, text, about, belowInvitation + 1, res);
    // After the warmth lift, which reads good against mixed and bad and has
    // never seen a disclosure, so neither it nor the rules put one in the
    // invitation band unasked; and beside the warmth hold, whose advice on
    // the wording stays (the message may be an ordinary one), so that a
    // disclosure it held still links the card. Phrasings only (the head learned
    // from messages); under the band, a higher edge or the safety head's too.
    if (as == ScoreAs::Invitation && !(severe || res.safety || checked || blamed))
        addDisclosureHold(I, masked, text, belowInvitation + 1, held, lifted, res);
    if (as == ScoreAs::Invitation) addDisclosureCheck(I, masked, text, M.bandMixed, belowInvitation + 1, res);
    // As with the safety head's check, the check alone doesn't keep the
    // message out of "not enough to go on".
    contentRisk = contentRisk || held;
    res.band = res.score >= M.bandInvitation ? "invitation" : res.score >= M.bandMixed ? "mixed" : "accusation";
    if (res.safety) {
        res.band = "safety";
        // Whoever tells of fear is not coached on the invitation: no rewrite
        // ("Would you try one session...?"), no praise for the ask, and no
        // word on how a phrase will be heard ("sounds like a charge sheet"
        // said of "you keep the bank cards" misreads a disclosure as a
        // complaint). Only the card; the points still count above.
        std::erase_if(res.findings, [](const ScoreFinding& f) { return f.kind != "safety"; });
        for (auto& f : res.findings) f.suggestion.clear();
    } else if (!a.toks.empty() && !contentRisk && !lifted && evidence < M.unclearBelow) {
        res.band = "unclear";
        std::string add;
        auto item = [&](const std::string& s) { add += (add.empty() ? "" : "; ") + s; };
        if (!feeling) item(I.note.feeling);
        if (!ask) item(I.note.ask);
        if (!wayOut) item(I.note.wayOut);
        res.note = I.note.lead + (add.empty() ? I.note.more : " " + I.note.add + " " + add + ".");
    }
    std::stable_sort(res.findings.begin(), res.findings.end(), [](const ScoreFinding& x, const ScoreFinding& y) {
        if (x.start != y.start) return x.start < y.start;
        return x.end < y.end;
    });
    res.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

ScoreFinding Scorer::toneFinding(const ToneVerdict& v, std::string rule, std::string kind, std::string message) {
    ScoreFinding f;
    f.rule = std::move(rule);
    f.kind = std::move(kind);
    f.start = v.start;
    f.end = v.end;
    f.text = v.text;
    f.message = std::move(message);
    f.probability = std::round(v.probability * 1000) / 1000;
    for (const auto& e : v.evidence) f.carried.emplace_back(e.words, std::round(e.weight * 100) / 100);
    return f;
}

std::vector<std::pair<std::string, double>> Scorer::features(const std::string& text) const {
    if (text.size() > kMaxScoreBytes) throw ScoreTooLong("the text is too long to score");
    Analysis a = m_impl->analyze(text);
    std::vector<double> x = m_impl->featureValues(a);
    std::vector<std::pair<std::string, double>> out;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0) out.emplace_back(m_impl->features[i].name, x[i]);
    return out;
}

ToneVerdict Scorer::tone(const std::string& head, const std::string& text, const std::string& qualifier,
                         bool towardNo) const {
    if (text.size() > kMaxScoreBytes) throw ScoreTooLong("the text is too long to score");
    return m_impl->tone.judge(head, text, qualifier, towardNo);
}

std::string Scorer::safetyBackstopText(const std::string& text) const {
    if (text.size() > kMaxScoreBytes) throw ScoreTooLong("the text is too long to score");
    return m_impl->maskLossFear(m_impl->analyze(text), text);
}

const ToneHead* Scorer::toneHead(const std::string& head) const {
    return m_impl->tone.head(head);
}

bool Scorer::hasTone() const {
    return !m_impl->tone.empty();
}

bool Scorer::praiseFollows(const std::string& text, int start, int end) const {
    if (text.size() > kMaxScoreBytes || start < 0 || end <= start) return false;
    Analysis a(text);
    a.toks = m_impl->tokenize(text);
    m_impl->prepare(a);
    int first = -1, last = -1;
    for (int k = 0; k < a.nt(); ++k) {
        const Token& t = a.toks[size_t(k)];
        if (t.start >= start && t.end <= end) {
            if (first < 0) first = k;
            last = k;
        }
    }
    return first >= 0 && m_impl->praiseLifted(a, first, last);
}

double Scorer::bandFloor(const std::string& band) const {
    if (band == "invitation") return m_impl->model.bandInvitation;
    if (band == "mixed") return m_impl->model.bandMixed;
    return 0;
}

std::vector<Scorer::BandEdge> Scorer::bandEdges() const {
    return {{"invitation", m_impl->model.bandInvitation}, {"mixed", m_impl->model.bandMixed}, {"accusation", 0}};
}

std::vector<std::pair<std::string, std::string>> Scorer::featureList() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : m_impl->features) out.emplace_back(f.name, f.kind);
    return out;
}

boost::json::value scoreResultToJson(const ScoreResult& r) {
    boost::json::object o;
    o["score"] = r.score;
    o["band"] = r.band;
    o["safety"] = r.safety;
    o["note"] = r.note;
    if (r.unlisted) o["unlisted"] = r.unlisted;
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
        fo["weight"] = f.weight;
        if (f.probability >= 0) {
            fo["probability"] = f.probability;
            boost::json::array carried;
            for (const auto& [words, w] : f.carried) carried.push_back({{"words", words}, {"weight", w}});
            fo["carried"] = std::move(carried);
        }
        fs.push_back(std::move(fo));
    }
    o["findings"] = std::move(fs);
    o["elapsed_ms"] = r.elapsedMs;
    return o;
}

std::string fittedNote(const ScoreFinding& f) {
    if (f.probability < 0) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "fitted, %.2f", f.probability);
    std::string s = buf;
    for (size_t i = 0; i < f.carried.size(); ++i) {
        std::snprintf(buf, sizeof buf, " %+.2f", f.carried[i].second);
        s += (i == 0 ? "; carried by \"" : ", \"") + f.carried[i].first + "\"" + buf;
    }
    return s;
}

const std::vector<std::string>& scoreBands() {
    static const std::vector<std::string> bands = {"invitation", "mixed", "accusation", "unclear", "safety"};
    return bands;
}

std::string bandPhrase(const std::string& band) {
    // "In between" rather than "mixed: may land as blame": a plain sentence
    // with nothing warm or hard in it lands here too.
    if (band == "invitation") return "reads as an invitation";
    if (band == "mixed") return "somewhere in between";
    if (band == "accusation") return "may sound like blame to them";
    if (band == "unclear") return "not enough to go on";
    if (band == "safety") return "your safety comes first";
    return band;
}

}  // namespace doorway
