// Role-play: the jabs in an answer (the phrasing scorer's risks, scare
// quotes, the catalog's blame phrases, the fitted backstop), which ideas
// they and a turn take back, the verdict and its feedback. Finding the
// words is objections_match.cpp's.
#include "core/labels.hpp"
#include "core/objections_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <set>

namespace doorway {

using roleplay::Word;

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
// A blame phrase that opens a charge and goes on to credit them ("you're
// always the brave one", "you never complain") is praise, as the scorer's
// own charge openers read it (Scorer::praiseFollows).
std::vector<ScoreFinding> findJabs(const Objection& o, const std::string& answer, const Scorer* scorer,
                                   const ScoreResult* scored, bool bare) {
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
    // Every place a phrase is said, not only the first: a framed use ("you
    // think they'll decide you're wrong") doesn't excuse a later one that
    // isn't ("...but you're wrong about this"), and one inside a jab already
    // named doesn't hide a later one of its own.
    auto insideJab = [&](const std::pair<int, int>& at) {
        return std::any_of(jabs.begin(), jabs.end(),
                           [&](const ScoreFinding& j) { return at.first < j.end && j.start < at.second; });
    };
    for (const auto& p : o.blameCompiled) {
        std::pair<int, int> span{-1, -1};
        for (const auto& at : roleplay::findPhrases(answer, ws, p, false, true, roleplay::kPlacesPerPhrase))
            if (!framedAsWorry(o, answer, at.first) && !saidOfUs(ws, at.first) && !insideJab(at) &&
                !(scorer && scorer->praiseFollows(answer, at.first, at.second))) {
                span = at;
                break;
            }
        if (span.first < 0) continue;
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
// `edge`: the probability at which it speaks, 0 for the head's own threshold.
void addToneJab(const Scorer& scorer, const std::string& answer, double edge, std::vector<ScoreFinding>& jabs) {
    ToneVerdict v = scorer.tone("jab", answer);
    if (!(edge > 0 ? v.probability >= edge : v.passes) || v.start < 0) return;
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
// about money, but the clinic has a sliding scale"). A jab is placed where
// the finding says, or else by its words (the tone model's may name words
// without their place).
void dropIdeasInJabs(const std::string& answer, FearCheck& r) {
    auto clauseEnd = [](char c) { return roleplay::sentenceEnd(c) || c == ',' || c == ';' || c == ':'; };
    std::vector<std::pair<size_t, size_t>> clauses;
    for (const auto& j : r.jabs) {
        // Where the finding says it is; the tone model's names its words only.
        const bool placed = j.start >= 0 && size_t(j.start) + j.text.size() <= answer.size() &&
                            answer.compare(size_t(j.start), j.text.size(), j.text) == 0;
        const size_t at = j.text.empty() ? std::string::npos : placed ? size_t(j.start) : answer.find(j.text);
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

// The rules' jabs in `r` set aside (FearCheck::letGo) where the answer
// speaks to some idea of the objection's (r.hits, before any jab takes one
// back) and the jab head, reading the whole answer, is under its veto edge
// (ToneHead::vetoThreshold): a rule matches a few words, and the words that
// start a charge ("you always", "for once", "you're the one who") start
// praise as often. An answer that speaks to no idea is left to the rules: a
// short demand ("We need to talk.") has few words the head has learned from
// answers, and it can read one as kind.
void letGoSureKind(const Scorer* scorer, const std::string& read, FearCheck& r) {
    if (!scorer || r.jabs.empty() || r.hits.empty()) return;
    const ToneHead* jab = scorer->toneHead("jab");
    if (!jab || jab->vetoThreshold <= 0 || scorer->tone("jab", read).probability >= jab->vetoThreshold) return;
    r.letGo = std::move(r.jabs);
    r.jabs.clear();
}

// The verdict on `answer`, given what the scorer found in it (`scored`, of
// `read`: the answer capped to what the scorer accepts), with the jab head
// speaking at `jabEdge` (0: its own threshold).
FearCheck judgeAnswer(const Objection& objection, const std::string& answer, const std::string& read,
                      const ScoreResult& scored, const Scorer* scorer, double jabEdge) {
    FearCheck r;
    // Every match of each idea (its claimed one and its spares) until the
    // jabs and turns have taken theirs back; one each after.
    r.hits = roleplay::conceptMatches(objection, answer, roleplay::answerWords(answer));
    r.jabs = findJabs(objection, answer, scorer, scorer ? &scored : nullptr, r.hits.empty());
    letGoSureKind(scorer, read, r);
    // The card only: the scorer's gentle check (rule "safety_check", no
    // card) is for a message the user composes, and no answer to an
    // objection in the corpus tells of fear.
    for (const auto& f : scored.findings)
        if (scored.safety && f.kind == "safety" && r.safetyMessage.empty()) r.safetyMessage = f.message;
    if (scorer && r.jabs.empty() && r.safetyMessage.empty()) addToneJab(*scorer, read, jabEdge, r.jabs);
    if (!r.jabs.empty()) r.blame = r.jabs.front().text;
    dropIdeasInJabs(answer, r);
    dropIdeasTurnedBy(objection, answer, r);
    roleplay::keepFirstEach(objection, r.hits);
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

}  // namespace

FearCheck checkAnswer(const Objection& objection, const std::string& answer, const Scorer* scorer) {
    // What the scorer and its heads read: no more than they accept.
    const std::string read = answer.size() > kMaxScoreBytes ? answer.substr(0, kMaxScoreBytes) : answer;
    ScoreResult scored;
    if (scorer) scored = scorer->score(read, ScoreAs::Answer);
    FearCheck r = judgeAnswer(objection, answer, read, scored, scorer, 0);
    // An answer that fails anyway, with no dig named, is read again with the
    // jab head at its lower edge (ToneHead::failThreshold): a dig it finds
    // there is named, and the feedback says to drop it, since what to add
    // won't help while it stays. A pass is never taken away by that edge.
    const ToneHead* jab = scorer ? scorer->toneHead("jab") : nullptr;
    if (r.met || !r.jabs.empty() || !r.safetyMessage.empty() || !jab || jab->failThreshold <= 0) return r;
    FearCheck again = judgeAnswer(objection, answer, read, scored, scorer, jab->failThreshold);
    // The second reading is the verdict: with a jab named, the jab is what
    // fails the answer and the met head is not asked, as when a rule names
    // one (held_back stays false: held back only where nothing else failed it).
    return again.jabs.empty() ? r : again;
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
    // A rule's jab the jab head let go (FearCheck::letGo): shown to a curious
    // reader of --json, never in the feedback.
    if (!c.letGo.empty()) {
        boost::json::array letGo;
        for (const auto& j : c.letGo) letGo.push_back({{"rule", j.rule}, {"text", j.text}});
        o["jabs_let_go"] = std::move(letGo);
    }
    o["safety"] = !c.safetyMessage.empty();
    if (c.metProbability >= 0) o["met_probability"] = std::round(c.metProbability * 1000) / 1000;
    o["held_back"] = c.heldBack;
    o["feedback"] = c.feedback;
    return o;
}

}  // namespace doorway
