// How well the phrasing score and role-play's "met the fear" agree with the
// labelled corpora in tests/corpus/ (written and labelled before scoring).
//   scorer_eval              the dev split (the one rules are chosen on)
//   scorer_eval --split train
//   scorer_eval --test       the frozen test split: run once, at the end
//   --errors                 also list what disagrees (not for the test split)
//   --text TEXT              score one text of your own and list its findings
//                            (for trying a wording that is in no corpus)
//   --objection ID --text TEXT  check TEXT as a role-play answer to ID
//   --fresh FILE             a held-out check set (tests/corpus/fresh4.tsv:
//                            a kind column, phrasing|roleplay, then the
//                            corpus columns), summarised like a split; never
//                            fitted on, run only to measure
//   --dump                   every line's verdict (score, band, findings with
//                            their words; role-play: met, jabs, feedback),
//                            train and dev in full, the test split as one
//                            digest per file: for showing that a change to the
//                            rules' form (not their meaning) leaves every
//                            verdict as it was, by diffing two dumps
// Prints, per split: pairwise order (a good message outscores a bad one),
// share of good >= 65, share of bad <= 40, median of mixed, the safety
// checks, a confusion table by band, the same per register; then role-play:
// accuracy, precision and recall of "met", per objection, and whether every
// hostile answer fails with its jab named, and how many kind answers (met or
// not met) were found a jab in.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../tools/corpus.hpp"
#include "core/objections.hpp"
#include "core/paths.hpp"
#include "core/scorer.hpp"

using namespace doorway;
using corpus::Split;

namespace {

struct Scored {
    const corpus::Phrasing* p;
    ScoreResult r;
};

double median(std::vector<int> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

struct Summary {
    int good = 0, bad = 0, mixed = 0, safety = 0;
    int goodHigh = 0, badLow = 0, safetyHigh = 0, safetyCard = 0;
    int falseCard = 0;  // messages not labelled safety that were offered the card anyway
    // The gentle check (rule safety_check: no card, a conditional pointer
    // to it, no invitation score): on safety rows without a card, and on the others.
    int safetyCheck = 0, falseCheck = 0;
    double pairs = 0, pairsRight = 0;
    std::vector<int> mixedScores;
};

Summary summarize(const std::vector<const Scored*>& items) {
    Summary s;
    std::vector<int> goods, bads;
    for (const Scored* x : items) {
        const std::string& l = x->p->label;
        int sc = x->r.score;
        if (l == "good") ++s.good, s.goodHigh += sc >= 65, goods.push_back(sc);
        if (l == "bad") ++s.bad, s.badLow += sc <= 40, bads.push_back(sc);
        if (l == "mixed") ++s.mixed, s.mixedScores.push_back(sc);
        if (l != "safety") s.falseCard += x->r.safety;
        bool checked = false;
        for (const auto& f : x->r.findings) checked = checked || f.rule == "safety_check";
        if (l == "safety")
            s.safetyCheck += checked;
        else
            s.falseCheck += checked;
        if (l == "safety") {
            ++s.safety;
            s.safetyHigh += sc >= 65;
            bool card = false;
            for (const auto& f : x->r.findings)
                card = card || (f.kind == "safety" && f.message.find("Safety") != std::string::npos);
            s.safetyCard += x->r.safety && card;
        }
    }
    for (int g : goods)
        for (int b : bads) {
            s.pairs += 1;
            s.pairsRight += g > b ? 1.0 : g == b ? 0.5 : 0.0;
        }
    return s;
}

double pct(double a, double b) {
    return b > 0 ? 100.0 * a / b : 0.0;
}

// "  n/a" where a share has nothing to count (no good messages in a register).
std::string share(double a, double b) {
    if (b <= 0) return "  n/a ";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f%%", pct(a, b));
    return buf;
}

void printSummaryLine(const char* name, const Summary& s) {
    char mixed[16] = "  n/a";
    if (s.mixed) std::snprintf(mixed, sizeof mixed, "%5.1f", median(s.mixedScores));
    std::printf("  %-12s n=%4d  order %s  good>=65 %s (%d/%d)  bad<=40 %s (%d/%d)  mixed median %s (n=%d)", name,
                s.good + s.bad + s.mixed + s.safety, share(s.pairsRight, s.pairs).c_str(),
                share(s.goodHigh, s.good).c_str(), s.goodHigh, s.good, share(s.badLow, s.bad).c_str(), s.badLow, s.bad,
                mixed, s.mixed);
    if (s.safety) std::printf("  safety>=65 %d/%d, card %d/%d", s.safetyHigh, s.safety, s.safetyCard, s.safety);
    if (s.safetyCheck) std::printf(", gentle check %d/%d", s.safetyCheck, s.safety);
    if (s.falseCard) std::printf("  false cards %d/%d", s.falseCard, s.good + s.bad + s.mixed);
    if (s.falseCheck) std::printf("  checks on others %d/%d", s.falseCheck, s.good + s.bad + s.mixed);
    std::printf("\n");
}

void evalPhrasings(const Scorer& scorer, const std::vector<corpus::Phrasing>& all, Split split, bool errors,
                   const char* name) {
    std::vector<Scored> scored;
    for (const auto& p : all)
        if (p.split == split) scored.push_back({&p, scorer.score(p.text)});
    std::vector<const Scored*> every;
    for (const auto& s : scored) every.push_back(&s);
    std::printf("\nPhrasing score, %s (%zu messages)\n", name, scored.size());
    std::printf(
        "  targets: order >= 98%%, good>=65 >= 90%%, bad<=40 >= 85%%, mixed median 40-70, no safety >= 65, every "
        "safety links the card\n");
    printSummaryLine("all", summarize(every));

    // Confusion: label x band.
    const auto& bands = scoreBands();
    std::printf("\n  %-8s", "label");
    for (const auto& b : bands) std::printf(" %11s", b.c_str());
    std::printf("\n");
    for (const char* label : {"good", "mixed", "bad", "safety"}) {
        std::printf("  %-8s", label);
        for (const auto& b : bands) {
            int n = 0;
            for (const auto& s : scored) n += s.p->label == label && s.r.band == b;
            std::printf(" %11d", n);
        }
        std::printf("\n");
    }
    std::printf("\n  per register:\n");
    std::map<std::string, std::vector<const Scored*>> byReg;
    for (const auto& s : scored) byReg[s.p->reg].push_back(&s);
    for (const auto& [reg, items] : byReg) printSummaryLine(reg.c_str(), summarize(items));
    if (!errors) return;
    std::printf(
        "\n  disagreements (good < 65, bad > 40, mixed outside 30-75, safety missed, card or gentle check on a "
        "non-safety message):\n");
    for (const auto& s : scored) {
        const std::string& l = s.p->label;
        bool checked = false;
        for (const auto& f : s.r.findings) checked = checked || f.rule == "safety_check";
        bool off = (l == "good" && s.r.score < 65) || (l == "bad" && s.r.score > 40) ||
                   (l == "mixed" && (s.r.score < 30 || s.r.score > 75)) || (l == "safety" && !s.r.safety) ||
                   (l != "safety" && (s.r.safety || checked));
        if (!off) continue;
        std::printf("  [%s %3d %-10s] %s\n", l.c_str(), s.r.score, s.r.band.c_str(), s.p->text.c_str());
        for (const auto& f : s.r.findings)
            std::printf("        %s %s %+.1f '%s'\n", f.kind.c_str(), f.rule.c_str(), f.weight, f.text.c_str());
    }
}

struct Counts {
    int n = 0, right = 0, tp = 0, fp = 0, fn = 0, hostile = 0, hostileNamed = 0;
    int kind = 0, kindJab = 0;  // met and not_met answers, and those of them a jab was found in
};

void printCounts(const char* name, const Counts& c) {
    std::printf(
        "  %-16s n=%3d  accuracy %5.1f%%  met precision %5.1f%%  met recall %5.1f%%  hostile failed with jab %d/%d  "
        "false jabs on kind %d/%d\n",
        name, c.n, pct(c.right, c.n), pct(c.tp, c.tp + c.fp), pct(c.tp, c.tp + c.fn), c.hostileNamed, c.hostile,
        c.kindJab, c.kind);
}

void evalRolePlay(const Scorer& scorer, const ObjectionCatalog& cat, const std::vector<corpus::Answer>& all,
                  Split split, bool errors, const char* name) {
    std::map<std::string, Counts> per;
    Counts total;
    std::vector<std::string> wrong;
    for (const auto& a : all) {
        if (a.split != split) continue;
        const Objection* o = cat.find(a.objection);
        if (!o) {
            std::fprintf(stderr, "scorer_eval: roleplay.tsv:%d: unknown objection '%s'\n", a.line, a.objection.c_str());
            continue;
        }
        FearCheck c = checkAnswer(*o, a.text, &scorer);
        bool met = a.label == "met";
        for (Counts* k : {&per[a.objection], &total}) {
            ++k->n;
            k->right += c.met == met;
            k->tp += c.met && met;
            k->fp += c.met && !met;
            k->fn += !c.met && met;
            if (a.label == "hostile") {
                ++k->hostile;
                k->hostileNamed += !c.met && !c.blame.empty();
            } else {
                ++k->kind;
                k->kindJab += !c.jabs.empty();
            }
        }
        if (errors && (c.met != met || (a.label == "hostile") == c.blame.empty()))
            wrong.push_back("  [" + a.label + " -> " + (c.met ? "met" : "not met") +
                            (c.blame.empty() ? "" : ", jab '" + c.blame + "'") + "] " + a.objection + ": " + a.text +
                            "\n        " + c.feedback);
    }
    std::printf("\nRole-play, %s\n", name);
    std::printf(
        "  targets: accuracy >= 90%%, met recall >= 85%%, met precision >= 95%%, every hostile fails with its jab "
        "named, few false jabs on kind answers\n");
    printCounts("all", total);
    for (const auto& [id, c] : per) printCounts(id.c_str(), c);
    if (errors) {
        std::printf("\n  disagreements:\n");
        for (const auto& w : wrong) std::printf("%s\n", w.c_str());
    }
}

// One line per verdict, everything a finding says, so two dumps differ
// exactly where a verdict does. The test split is folded into a digest
// (corpus::fnv1a of its lines): it shows the split unchanged without showing it.
void dumpVerdicts(const Scorer& scorer, const ObjectionCatalog& cat, const std::vector<corpus::Phrasing>& phrasings,
                  const std::vector<corpus::Answer>& answers) {
    std::string tested[2];
    int lines[2] = {0, 0};
    auto emit = [&](Split split, int file, const std::string& line) {
        if (split != Split::Test) {
            std::printf("%s\n", line.c_str());
            return;
        }
        ++lines[file];
        tested[file] += line + "\n";
    };
    for (const auto& p : phrasings) {
        const ScoreResult r = scorer.score(p.text);
        std::string line = "phrasings:" + std::to_string(p.line) + " " + corpus::splitName(p.split) + " " +
                           std::to_string(r.score) + " " + r.band;
        for (const auto& f : r.findings)
            line += " | " + f.kind + " " + f.rule + " " + std::to_string(f.weight) + " '" + f.text + "'";
        emit(p.split, 0, line);
    }
    for (const auto& a : answers) {
        const Objection* o = cat.find(a.objection);
        if (!o) continue;
        const FearCheck c = checkAnswer(*o, a.text, &scorer);
        std::string line =
            "roleplay:" + std::to_string(a.line) + " " + corpus::splitName(a.split) + " " + (c.met ? "met" : "not-met");
        for (const auto& j : c.jabs) line += " | jab " + j.rule + " '" + j.text + "'";
        line += " | " + c.feedback;
        emit(a.split, 1, line);
    }
    std::printf("test split: phrasings %d lines, digest %016llx; roleplay %d lines, digest %016llx\n", lines[0],
                static_cast<unsigned long long>(corpus::fnv1a(tested[0])), lines[1],
                static_cast<unsigned long long>(corpus::fnv1a(tested[1])));
}

}  // namespace

int main(int argc, char** argv) {
    Split split = Split::Dev;
    bool errors = false;
    bool dump = false;
    const char* own = nullptr;
    const char* fresh = nullptr;
    const char* objection = nullptr;
    std::string corpusDir = std::string(DOORWAY_SOURCE_ASSETS) + "/../tests/corpus";
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--test") {
            split = Split::Test;
        } else if (a == "--split" && i + 1 < argc) {
            std::string s = argv[++i];
            split = s == "train" ? Split::Train : s == "test" ? Split::Test : Split::Dev;
        } else if (a == "--errors") {
            errors = true;
        } else if (a == "--dump") {
            dump = true;
        } else if (a == "--text" && i + 1 < argc) {
            own = argv[++i];
        } else if (a == "--objection" && i + 1 < argc) {
            objection = argv[++i];
        } else if (a == "--fresh" && i + 1 < argc) {
            fresh = argv[++i];
        } else if (a == "--corpus" && i + 1 < argc) {
            corpusDir = argv[++i];
        } else {
            std::fprintf(stderr,
                         "usage: scorer_eval [--split train|dev] [--test] [--errors] [--corpus DIR] [--objection ID] "
                         "[--text TEXT] [--fresh FILE] [--dump]\n");
            return 2;
        }
    }
    if (split == Split::Test && errors) {
        std::fprintf(stderr, "scorer_eval: --errors is for train and dev; the test split is only ever summarised\n");
        return 2;
    }
    try {
        Scorer scorer = Scorer::loadDirectory(assetsDir() + "/scoring");
        ObjectionCatalog cat = ObjectionCatalog::loadFile(assetsDir() + "/roleplay/objections.json");
        if (own && objection) {
            const Objection* o = cat.find(objection);
            if (!o) throw std::runtime_error(std::string("unknown objection '") + objection + "'");
            FearCheck c = checkAnswer(*o, own, &scorer);
            std::printf("%s (jab p=%.3f)\n", c.met ? "met" : "not met", scorer.tone("jab", own).probability);
            for (const auto& j : c.jabs) {
                std::printf("  jab %s '%s'", j.rule.c_str(), j.text.c_str());
                for (const auto& [w, x] : j.carried) std::printf("  [%s %+.2f]", w.c_str(), x);
                std::printf("\n");
            }
            std::printf("  %s\n", c.feedback.c_str());
            return 0;
        }
        if (own) {
            ScoreResult r = scorer.score(own);
            const std::string masked = scorer.safetyBackstopText(own);
            std::printf("%d %s (safety p=%.3f, disclosure p=%.3f)\n", r.score, r.band.c_str(),
                        scorer.tone("safety", masked).probability, scorer.tone("disclosure", masked).probability);
            for (const auto& f : r.findings) {
                std::printf("  %s %s %+.1f '%s'", f.kind.c_str(), f.rule.c_str(), f.weight, f.text.c_str());
                for (const auto& [w, x] : f.carried) std::printf("  [%s %+.2f]", w.c_str(), x);
                std::printf("\n");
            }
            return 0;
        }
        if (fresh) {
            std::vector<corpus::Phrasing> ps;
            std::vector<corpus::Answer> as;
            corpus::readCheckSet(fresh, Split::Dev, ps, as);
            if (dump) {
                dumpVerdicts(scorer, cat, ps, as);
                return 0;
            }
            std::printf("== HELD-OUT CHECK SET %s: never fitted on ==\n", fresh);
            evalPhrasings(scorer, ps, Split::Dev, errors, "held-out check set");
            evalRolePlay(scorer, cat, as, Split::Dev, errors, "held-out check set");
            return 0;
        }
        auto phrasings = corpus::readPhrasings(corpusDir + "/phrasings.tsv");
        auto answers = corpus::readAnswers(corpusDir + "/roleplay.tsv");
        if (dump) {
            dumpVerdicts(scorer, cat, phrasings, answers);
            return 0;
        }
        if (split == Split::Test) std::printf("== FROZEN TEST SPLIT: report these figures once ==\n");
        const std::string name = std::string(corpus::splitName(split)) + " split";
        evalPhrasings(scorer, phrasings, split, errors, name.c_str());
        evalRolePlay(scorer, cat, answers, split, errors, name.c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scorer_eval: %s\n", e.what());
        return 1;
    }
    return 0;
}
