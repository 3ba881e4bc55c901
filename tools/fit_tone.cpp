// The fitter of the scorer's backstop (core/scorer_tone.hpp): two small
// L2-regularised logistic regressions over stemmed words and word pairs
// (toneFeatures, the same features the app computes), fitted on the TRAIN
// split of tests/corpus/ and on the older check sets whose errors have been
// read (Options::trainSets; the latest read one joins dev, the newest is held
// out and never read here):
//   safety  phrasings: safety rows against every other row
//   jab     role-play answers: hostile against met and not_met (with
//           --bad-as-jabs, the phrasings' bad rows count as jabs too)
// Each head's threshold is then chosen on the DEV split, against what the
// rules already do there: the lowest probability (never below --floor)
// at which the backstop's cards and the rules' together reach at most
// --max-cards (1) or one in 333 of dev's non-safety messages and role-play
// answers, whichever is more (--card-rate 0.003); the jab head's is the lowest
// at which it alone names at most --jab-kind-rate (0.005) of kind answers a
// jab, train's judged out of fold and dev's by the draft. The test split
// is never read. Role-play answers (none of them a disclosure) are negatives
// of the safety head too, since it reads answers as well.
//
//   fit_tone [--write] [--lambda L] [--prune P] [--budget N] [--safety-budget N] [--jab-budget N]
//            [--met-budget N]
//            [--min-count N] [--floor F] [--bad-as-jabs]
//            [--max-cards N] [--card-rate R] [--jab-kind-rate R] [--safety-common true|false]
//            [--jab-common true|false] [--safety-class-pairs true|false] [--jab-class-pairs true|false]
//            [--safety-skip-pairs true|false] [--jab-skip-pairs true|false]
//            [--check-rate R] [--check-good-rate R] [--cv K] [--cv-head H] [--blame-good-rate R] [--blame-mixed-rate R]
//            [--blame-table] [--safety-table] [--warmth-table] [--warmth-bad-rate R] [--warmth-mixed-rate R]
//            [--met-loss-rate R] [--hold-good-rate R] [--refit-kept true|false] [--refit-lambda L]
//            [--disclosure-good-rate R] [--disclosure-against L] [--keep-heads] [--disclosure-table]
//            [--disclosure-mixed-rate R] [--place-mixed] [--agree-safety S] [--disclosure-agree-rate R]
//            [--jab-fail-kind-rate R] [--jab-veto-hostile-rate R] [--refit-jab]
//            [--nb-mix M] [--safety-nb-mix M] [--safety-learner adam|sgd] [--disclosure-learner adam|sgd]
//            [--jab-learner adam|sgd]
//            [--disclosure-budget N] [--sgd-epochs N] [--sgd-rate R] [--sgd-lambda L]
//            [--assets DIR]
//            [--corpus DIR] [--train-sets A.tsv,B.tsv] [--dev-sets C.tsv]
//
// Writes assets/scoring/tone.json with --write; otherwise prints what it would
// write (its size) and the dev figures.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <unistd.h>

#include "core/content.hpp"
#include "core/objections.hpp"
#include "core/objections_text.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "corpus.hpp"
#include "json_write.hpp"
#include "list_arg.hpp"

using namespace doorway;
using corpus::Split;

namespace {

namespace json = boost::json;

struct Options {
    bool write = false;
    // L2 strength, per example-weight unit. 2 since session 8: at 1, with the
    // card edge at one in 100, weekday names and "takes the car" carried
    // everyday sentences about the partner over it (2 of 105 written for the
    // purpose; 0 at 2, for 2 fewer of 180 dev disclosures). 3 was tried in
    // session 11: it pulled "You don't have to decide now..." under the mixed
    // band through the blame head.
    double lambda = 2.0;
    // A feature whose first-fit weight is smaller than this is left out,
    // and of the rest at most `budget` of the strongest are kept and fitted
    // again (fitSparse), so each head stays readable. Until session 21 this
    // edge was the only cap, raised as train grew (0.17 in session 10 to
    // 0.26 in session 20) to keep safety under 2,000, and the refitted
    // weights were pruned at it a second time. Since session 22 the budget
    // caps the count and every refitted weight ships; with incoming39 and
    // fresh19 in train, --cv 5 at 0.5% / 1% / 2% false against the old
    // 0.26 edge: safety 71.9 / 78.1 / 85.0% -> 71.4 / 79.1 / 85.1%, jab
    // 57.8 / 71.6 / 78.5% -> 65.6 / 74.0 / 80.6%, warmth 71.9 / 78.8 /
    // 89.4% -> 73.3 / 81.5 / 91.4%. The floor at 0.1 against 0.15 and 0.2
    // (before incoming39): safety the same (the budget binds), jab 65.3 /
    // 65.3 / 64.8%, warmth 75.0 / 72.6 / 74.1% at 0.5% false. Ranking by
    // weight times the root of the feature's count, not by weight alone,
    // lost for safety (71.4 against 72.4% at 0.5% false).
    double prune = 0.1;
    size_t budget = 2000;
    // The two backstops with open targets keep more: chosen in session 28
    // by --cv 5 on train alone (incoming60-77 in), on the same data at 2000 /
    // 4000 / 8000. Safety, where the rules give no card, caught at 0.1 /
    // 0.2 / 0.5% false: 48.5 / 57.4 / 70.7% -> 53.4 / 60.1 / 74.3% ->
    // 54.1 / 62.0 / 77.3%. Jab: 48.3 / 53.7 / 61.7% -> 51.8 / 54.9 / 65.3%
    // -> 50.2 / 54.1 / 65.4%. So 8000 for safety (then the cap tone.json allowed)
    // and 4000 for jab; blame and warmth keep `budget`.
    // Met: chosen in session 29 on dev at a fixed loss of met answers
    // (metLossRate), with the same data and rules (before incoming78-100
    // joined train): at 2000 / 4000 / 8000
    // weights the head held back 122 / 127 / 127 of the 129 other answers
    // the ideas pass (13 of 738 met held back at each). Blame and warmth at
    // 4000: warmth the same (784/793 good, 6 mixed lifted); blame
    // kept 569 rather than 575 of 624 bad under the mixed band while pulling
    // 4 rather than 8 mixed, so neither was changed.
    size_t safetyBudget = 8000, jabBudget = 4000, metBudget = 4000;
    // The disclosure head, learned by sgd, keeps every weight of `prune` or
    // more, up to the cap (kMaxHeadWeights says how many it had).
    size_t disclosureBudget = kMaxHeadWeights;
    int minCount = 2;  // a feature must occur in this many train texts
    // Naive Bayes scaling (as in Wang and Manning's NBSVM): each feature
    // enters the fit as s = (1 - nbMix) + nbMix * |r|, where r is its
    // smoothed log-count ratio between the two classes on train, and ships
    // as the fitted weight times s, so tone.json keeps its form and the
    // scorer is unchanged. A word that leans hard one way is then penalised
    // less by the L2 than one that appears evenly on both sides. Since
    // session 23, for every head but safety. --cv 5 on train, caught at
    // 0.5% / 1% / 2% false, without -> nbMix 0.5:
    //   jab    65.5 / 73.9 / 80.5% -> 68.9 / 76.4 / 83.4%
    //   warmth 73.4 / 81.8 / 91.4% -> 77.3 / 86.3 / 92.0%
    //   safety 71.7 / 79.1 / 85.2% -> 74.2 / 82.0 / 88.5% (0.1% false: 51.4 -> 57.7%)
    // (nbMix 0.25 / 0.75 / 1 for safety: 74.1 / 74.4 / 73.9% at 0.5%.) But
    // judged where the backstop works, on the train texts the rules give no
    // card (--cv's second line; incoming40 in train), safety gains nothing
    // where its card edge sits: 51.5 / 59.4% -> 52.0 / 60.1% at 0.1 / 0.2%
    // false (70.0 -> 72.3% at 0.5%). On dev the card edge rose 0.988 ->
    // 0.990 and the card went 564 -> 557 of 641 disclosures with 7 of them
    // scored as invitations (0 without), so the safety head is fitted as
    // before (safetyNbMix 0). On dev the others gave: hostile answers named
    // by the jab head alone 385 -> 417 of 607, role-play precision 98.9 ->
    // 99.6%, bad held under the mixed band 421 -> 423 of 450 with the
    // backstop. Held out, measured once at the end (tests/corpus/README.md,
    // the twenty-third pass): role-play precision rose on the test split and
    // fresh23, but jabs named fell on fresh21-23 while rising on test.
    double nbMix = 0.5, safetyNbMix = 0;
    // How a head's weights are learned: "adam" (fitLogistic: full-batch Adam
    // to the L2-regularised optimum, then pruned to the budget and refitted)
    // or "sgd" (fitSgd: a few shuffled passes of AdaGrad, no refit, every
    // weight of 0.1 or more kept). Session 39, on train's folds (--cv 5,
    // fresh4-19 in), the safety head caught at 0.1 / 0.2 / 0.5% false: adam
    // at its 8,000 weights 67.4 / 76.5 / 86.2%, adam with no budget and
    // lambda 0.2 70.9 / 78.0 / 87.0%, sgd 79.1 / 86.0 / 92.1% (about 93,000
    // weights; at rate 0.3, cut to its 20,000 strongest it fell from 78.4 to
    // 66.5% at 0.1% false: the many small weights carry it). To run it again,
    // raise kMaxHeadWeights and give --safety-budget 150000. But in the
    // scorer (so fitted, a full refit) the sgd safety head linked no
    // more of check39's disclosures than a refit with adam (230 and 231 of
    // 240, against 229 shipped) and fewer of warm37's (186 against 188): its
    // many warm words outweigh one clause of fear in a long invitation. So
    // the safety head stays adam. The disclosure head, which reads only
    // messages scored as invitations, gained on every validation set from
    // sgd, against the same refit with adam (--keep-heads, the other heads
    // as shipped; adam at the old budget, --disclosure-learner adam
    // --disclosure-budget 8000 -> sgd): disclosures at 65 or more check35 2 -> 0,
    // warm37 8 -> 5, check39 4 -> 3 (shipped: 2, 9, 6); linked 233 -> 238,
    // 191 -> 194, 231 -> 232 (shipped 233, 190, 229); good messages in the
    // band 59, 159 -> 161, 56 of 60 / 200 / 60; on dev good in the band
    // 1,130 of 1,198 either way and gentle checks on others 58 -> 54; check37
    // linked 226 of 240 either way. More in tests/corpus/README.md.
    // The jab head stays adam too. Session 40 refitted it alone
    // (--refit-jab, the other heads as shipped) and read three things: hostile
    // answers failed with their jab named on check35, 37 and 39 (507; kind
    // answers 786), the kind look-alikes the tests hold unnamed (81, written
    // to read like digs: expectJabsNamed(..., false)), and train's folds
    // (--cv 5, caught at 0.5 / 1% false). Shipped: 483, 42 false jabs, no
    // look-alike named, 80.3 / 86.7%; adam refitted on today's train the
    // same 483 and 42. sgd: 489 and 12 look-alikes named (84.3 / 89.6%);
    // with skip pairs 494 and 21; with common words 492 and 27; with both
    // 497 and 29 (88.7 / 93.6%). The mean of an adam and an sgd head (one
    // linear head, tried and removed): 489 and 3; with skip pairs 495 and 9;
    // with both 499 and 25; the fail edge at 0.75% rather than 1% of kind
    // answers, 487 and 4 with skip pairs. False jabs on the check sets' kind
    // answers stayed within 40 to 42, dev's hostile answers named within -6
    // to +1 of the 2,556 (of 2,564) named as shipped. What the many small weights add names kind answers
    // written to look like digs about as often as it names a dig: not a
    // trade for a check that must not discourage.
    std::string safetyLearner = "adam", disclosureLearner = "sgd", jabLearner = "adam", learner = "adam";
    // fitSgd's settings: passes over train, AdaGrad's base step, and the L2
    // pull on a weight each time its feature is seen (so a rare feature is
    // pulled less: the few passes, more than the pull, keep it small). On
    // train's folds for the safety head: rate 0.1 against 0.05 / 0.3 / 0.5,
    // 79.1 against 78.9 / 78.4 / 69.8% at 0.1% false; at rate 0.3, 4 or 10
    // passes and a pull of 1e-4 or 3e-3 within a point or two of 6 and 1e-3.
    int sgdEpochs = 6;
    double sgdRate = 0.1, sgdLambda = 1e-3;
    double floor = 0.5;  // no threshold below this, whatever dev allows
    // The jab head's edge: the lowest at which at most this share of kind
    // answers (met and not met) would be named a jab by the head alone,
    // judged on words it was not fitted on: train's kind answers out of fold
    // (jabFolds) and dev's under the draft head. Until session 21 the edge
    // was the lowest that added at most one jab to dev's kind answers the
    // rules left alone, then risen while it held the same of dev's hostile
    // answers the rules missed. The rules are written from dev's misses, so
    // only a few dozen of those were left, and the edge rose far into a
    // sparse stretch: 0.869 in session 19, 0.966 after session 20's refit,
    // and on the pre-session lines of the test split hostile answers failed
    // with their jab named 355 -> 310 of 462 with no rule changed (old rules
    // and new head: 310; new rules and old head: 355).
    // Session 33 tried 0.01 and 0.0075 and kept 0.005. On the train and
    // dev lines of incoming163-170, written blind and read before any rule
    // was written for them (1,333 lines, none in the test split), 0.01 named
    // 252 of 262 hostile answers against 243 at 0.005 (0.0075: 248), with 28
    // false jabs on 419 kind answers against 27. But refitted with the
    // pass's rules, its head (edge 0.863) named 14 of the kind answers the
    // earlier passes' tests hold as look-alikes ("Busy? I know, love. Could
    // we find one hour that suits you?", "Your plan makes sense. Very
    // logical."), and 0.0075 (0.893) still named 7 of them.
    double jabKindRate = 0.005;
    // The jab head's lower edge (ToneHead::failThreshold), for answers that
    // fail anyway: the lowest at which at most this share of the same kind
    // answers would be named by the head alone. It never takes a pass away,
    // so it can sit lower than the edge above. Chosen in session 35 on the
    // blind batches incoming179-182 (tests/corpus/check35.tsv, written after
    // the heads were fitted) with session 34's heads. At 0.01 (edge 0.863):
    // hostile answers that failed with their jab named 158 -> 166 of 176,
    // false jabs on kind answers 11 -> 11 of 264, met recall unchanged; on
    // dev, false jabs 58 -> 69 of 2,260 (all on answers that fail anyway),
    // hostile 2,090 -> 2,092 of 2,094; the kind twins the earlier passes'
    // tests hold, written to look like digs, 35 -> 117 of 1,433 named by the
    // shipped check. At 0.015 (0.776): 173 of 176 named, 11 false jabs, dev
    // 80, twins 202, and a warm but off-topic "You're kind to everyone, and I
    // love that about you" named a dig on "love"; not kept.
    double jabFailKindRate = 0.01;
    // The jab head's veto edge (ToneHead::vetoThreshold): the highest at
    // which at most this share of dev's hostile answers that a rule names a
    // jab in, and that speak to some idea, would have it let go. Session 40,
    // with the shipped heads: first read with no idea asked for, of the
    // answers a rule names a jab in (dev), the head under
    // 0.05 / 0.1 held dev's kind 43 / 46 of 68, hostile 7 / 11 of 1,819;
    // check35, 37 and 39's kind 19 / 20 of 38, hostile none of 279; look40's
    // first half (kind answers written to sound sharp, read while this was
    // built) kind 13 / 17 of 42, hostile none of 41. But placed that way
    // (0.005 of them, 0.085) it let go 68 of the digs the tests hold, most of
    // them short demands and charges that speak to no idea ("We need to
    // talk.", "I think you are the problem, that's why I want you there."):
    // the head learned from answers, and reads some of those as kind. Asking
    // for an idea kept all but one of them, and the pool is then 557 hostile
    // answers. At 0.01 the edge is 0.108: dev false jabs on kind answers
    // 91 -> 66 of 2,985, the check sets' 42 -> 27, dev's hostile answers
    // named 2,556 -> 2,551 of 2,564; but the digs the tests hold lost 13
    // more ("It's not about me, you need fixing.", "There's a free clinic,
    // so you clearly think I'm not worth it."), the head and the ideas both
    // reading them as kind. At 0.005 the edge is 0.010: 91 -> 70 and
    // 42 -> 32, dev's hostile 2,556 -> 2,554, one of the tests' digs let go
    // (jab_veto_tests). Reading only the sentence a rule's jab sits in,
    // rather than the whole answer, let go fewer kind answers for the same
    // digs (dev 18 of 36 against 27 at 5 of 557 hostile; look40's first half
    // 54 false jabs against 44).
    double jabVetoHostileRate = 0.005;
    int jabFolds = 5;
    bool refitKept = true;  // fitSparse
    // The L2 strength of fitSparse's second fit, over the kept features
    // alone (0: lambda). 1 since session 21: the features are already chosen
    // at lambda 2, so a lighter hold no longer lets small ones in; --cv 5 at
    // 0.5% false, against 2: safety 68.8 -> 70.0%, jab 61.7 -> 62.9%, warmth
    // 69.2 -> 71.1% (0.5: 71.1%, 62.9%, 72.5%). Under the budget (session
    // 22, --cv 5 --cv-head safety, at 0.5% / 1% / 2% false) the safety head
    // sits on a plateau: as shipped 71.7 / 79.1 / 85.2%; refit lambda 2:
    // 69.7 / 78.4 / 84.7%; 0.5: 72.0 / 79.3 / 85.8%; prune floor 0.26: 71.8 /
    // 78.3 / 85.1%; min count 3: 71.0 / 79.8 / 86.0%. None kept: within a
    // point of each other, and what it misses lies in its features.
    // Session 23 tried one more shape, '#appease' ("so", "before" or "incase",
    // then the partner, then a reaction: "so you don't get angry", "before he
    // notices"), and it too changed nothing where the backstop works: on the
    // train texts the rules give no card, 51.5 / 59.4 / 70.0% at 0.1 / 0.2 /
    // 0.5% false without it, 50.3 / 59.1 / 70.5% with it. Not kept.
    double refitLambda = 1;
    int maxCards = 1;
    // The blame head's edge: on dev, at most this share of the good messages
    // the rules left at 40 or above, and blameMixedRate of the mixed ones,
    // may be pulled under the mixed band by it. A kind message scored as
    // blame is the costlier mistake, so its share is the smaller.
    double blameGoodRate = 0.01, blameMixedRate = 0.05;
    // The warmth head's edge, the mirror of blame's: on dev, at most this
    // share of the bad messages, and warmthMixedRate of the mixed ones, may
    // be lifted into the invitation band by it. Praising a blaming message
    // is the costlier mistake, so its share is the smaller. Cross-validated
    // on train before it was built (session 13, five folds, out-of-fold),
    // among the messages the rules left in the mixed band: at a log-odds edge of 1, 41 of 63 good ones lifted
    // against 8 of 347 mixed and 1 of 106 bad.
    double warmthBadRate = 0.005, warmthMixedRate = 0.05;
    // The warmth head's hold (ToneHead::holdThreshold): its edge is the
    // highest at which at most this share of dev's good messages (all of
    // them, as for the other edges) would be held back by it. A kind
    // message held back costs a small doubt on a good draft; a plea or a
    // dig praised as an invitation teaches the wrong thing.
    double holdGoodRate = 0.005;
    // The disclosure hold (tone.json's "disclosure" head, fitted on
    // disclosures against good and mixed messages): its edge is the lowest
    // at which at most this share of dev's good messages (all of them) would
    // be held out of the invitation band by it, then risen while the head
    // alone still holds as many dev disclosures (the rules leave it almost
    // none to hold on dev, having been written there: 2 of 2,415).
    // Session 35, each at 10 of 1,087 dev good held: against good alone
    // (edge 0.834) the head alone read 2,202 of 2,415 dev disclosures as one
    // and held 83 of the 223 mixed or bad messages that would be invitations
    // (each given the gentle check); against good and mixed (0.600), 2,251
    // and 9; against all three (0.588), 2,234 and 7. Then, on the blind
    // batches incoming171-178 (their test-split lines left out) under
    // session 33's assets and a head fitted on session 33's corpus:
    // disclosures scored as invitations 9 -> 5 of 393, linked to the card
    // 373 -> 380, good in the invitation band 88 -> 87 of 96, one mixed
    // message given the check.
    // Session 37, refitted on the grown corpus: at 1% the edge rose from
    // 0.600 to 0.695 (1.2%: 0.623, 1.4%: 0.578, 2%: 0.500). On warm37, 200
    // warm invitations hiding one clause of disclosure and 200 warm ones with
    // the same everyday words, written for the choice: 9 of its disclosures
    // stayed in the band at 1% and 8 at each of the others, while its good
    // ones in the band went 162 -> 158, 158, 152 of 200. 1% stayed.
    double disclosureGoodRate = 0.01;
    // The disclosure head's edge in the mixed band (ToneHead::mixedThreshold):
    // the lowest, never under the head's own, at which at most this share of
    // the dev messages the scorer leaves in the mixed band with nothing
    // linking them to the card (disclosures aside) would get the gentle check;
    // 0 places none. Session 36, on session 35's disclosure head, read on
    // incoming183-190's lines outside the test split (the heads never saw
    // them) and on check35: at 0.5% (edge 0.957) it linked 1 more of their
    // 627 disclosures and checked no other message; at 1% (0.724) and 1.5%
    // (0.615) alike, 5 more, and 2 of their 413 other messages (dev: 5 of
    // 587 at 1%). In the accusation band the head reads too many blaming
    // messages as disclosures to be used there (at 0.85, 39 of dev's 1,017
    // unlinked ones).
    double disclosureMixedRate = 0.01;
    // The agree edges (ToneHead::agreeThreshold): the safety head's is this
    // (--agree-safety; 0 places none), the disclosure head's the lowest at
    // which, of the dev messages the scorer leaves under the invitation band
    // with nothing linking them to the card (disclosures aside) and the
    // safety head at or above its agree edge, at most this share of dev's
    // other messages would get the gentle check (--disclosure-agree-rate).
    // Session 37, on the heads fitted before incoming207-214 joined train,
    // read on those batches' lines outside the test split and on check37
    // (no head had seen them): of their 51 disclosures that nothing linked,
    // safety at 0.5 with disclosure at 0.85 linked 22 and checked none of
    // their 372 other unlinked messages; 0.4 / 0.85 and 0.3 / 0.85 linked 22
    // and 23, and cost dev 10 and 18 other messages against 8; 0.5 / 0.9
    // linked 18. Placed this way (0.3%) on those heads the disclosure edge
    // was 0.745: the batches' lines 338 -> 355 of 369 disclosures linked and
    // check37's 215 -> 224 of 240, no more of their other messages checked,
    // dev's 8 more of 2,867. On dev it links little: dev's disclosures are
    // nearly all linked by the rules written on them.
    double agreeSafety = 0.5;
    double disclosureAgreeRate = 0.003;
    std::set<std::string> disclosureAgainst = {"good", "mixed"};  // --disclosure-against: labels it learns against
    // --keep-heads: keep tone.json's heads and edges as they are; fit and
    // place the disclosure head (its mixed and agree edges too, and so the
    // safety head's agree edge, set to agreeSafety), and place the jab
    // head's fail and veto edges.
    bool keepHeads = false;
    // --refit-jab (implies --keep-heads): the jab head fitted again as well,
    // and its edge, fail edge and veto edge placed.
    bool refitJab = false;
    // --place-mixed: keep every head and edge of tone.json as it is and place
    // only the disclosure head's mixed-band edge (disclosureMixedRate) and
    // the agree edges (the safety head's set to agreeSafety, the disclosure
    // head's placed at disclosureAgreeRate).
    bool placeMixed = false;
    bool disclosureTable = false;  // --disclosure-table: the dev trade at each edge
    // Common words for warmth: off, as for the others (cross-validation was
    // even: 42 of 63 good lifted with them, 41 without).
    bool warmthCommon = false;
    // The "met" head, behind role-play's ideas: its edge is the highest at
    // which at most this share of the dev answers that meet the fear, and
    // that the ideas pass, would be held back (never under metFloor).
    // Cross-validated on train before it was built (session 13, five folds,
    // out-of-fold log-odds): the ideas passed 779 of 843 met answers and 33
    // others; held back under -2, 19 of the 33 for 11 of the 779 with
    // features by objection as well as shared, 16 for 10 with shared alone.
    double metLossRate = 0.02, metFloor = 0.01;
    bool metCommon = false;
    bool safetyTable = false;  // --safety-table: print the dev trade at each safety edge
    bool blameTable = false;   // --blame-table: print the dev trade at each edge
    bool warmthTable = false;  // --warmth-table: the same for warmth
    // False cards allowed on dev as a share of the dev texts the rules gave
    // none (messages and answers), so the backstop's edge doesn't hang on the
    // single likeliest look-alike once dev grows: one in 100. A card beside an
    // ordinary message costs a moment; a missed one can cost far more. At one
    // in 250 the edge sat at 0.94-0.99 and the backstop added almost nothing on
    // words the rules had never seen (fresh7: 45 of 60 disclosures carded;
    // fresh8, written to avoid the obvious words, 26 of 60).
    // 0.006 since session 11 (was 0.008): with fresh9 and incoming12 in
    // train, at 0.008 the edge fell to 0.81 and sentences written to be
    // look-alikes got the card ("I was trembling before the exam results",
    // "he said he'd take the kids to the park on Saturday"); at 0.006 it is
    // 0.88, for 223 of 249 dev disclosures instead of 225, and 7 false cards
    // instead of 10.
    // 0.005 since session 19: with incoming33-34 in train and fresh18 as dev,
    // at 0.006 the edge fell to 0.916 and "I'm scared of bringing it up
    // because I don't want to upset you" (0.923) got the card; at 0.005 it is
    // 0.969, for 548 of 600 dev disclosures carded instead of 568, 46 given
    // the gentle check instead of 26, and 14 false cards instead of 17.
    // 0.004 since session 31: the pass narrowed the rules' own false cards
    // (a doctor's "not allowed", "killing myself doing the school runs") on
    // the dev read here from 17 to 8, and at 0.005 the backstop took the freed allowance:
    // its edge fell to 0.888 and "My husband said he will take the kids
    // swimming on Sunday so I can rest" got the card (scorer7's test). At
    // 0.004 the edge is 0.930; dev disclosures linked are the same 1,798 of
    // 1,927 (card 1,747 and gentle check 51 against 1,787 and 11), for 24
    // false cards instead of 30 and 12 checks on other texts instead of 6
    // (fit_tone's own dev: the dev split's phrasings with the older check
    // sets read as dev, and its role-play answers as negatives too).
    // 0.003 since session 32, for the same reason: the rules' false cards
    // on dev fell again (24 to 17 by scorer_eval) and with incoming141-162
    // in train the edge fell to 0.900 at 0.004 and 0.903 at 0.0035, where
    // "I'm scared of bringing it up because I don't want to upset you"
    // (wording_tests) and scorer7's "take the kids swimming on Sunday" got
    // the card. At 0.003 the edge is 0.932; the disclosures linked are the
    // same 2,077 of 2,207 (card 1,995 and gentle check 82 against 2,040 and
    // 37), for 20 false cards instead of 23 and 18 checks on other texts
    // instead of 15.
    double cardRate = 0.003;
    bool badAsJabs = false;
    // Single very common words ("I", "you", "when") and pairs of them ("when
    // you") as features. Off for both: on dev they buy recall (safety alone
    // 33/52 against 19/52, jabs 70/98 against 58/98), but they learn how the
    // corpus was written, not what a message means, and on sentences from
    // outside it they gave cards and jabs to kind ones ("I'm scared we're
    // drifting apart", "You mean you might come?").
    bool safetyCommon = false, jabCommon = false;
    // Pairs told by word class (ToneFeatureSet::classPairs). Chosen by
    // cross-validation on train (--cv 5, session 12). For safety, with pairs
    // of two common words left out as elsewhere, they catch 63.3% / 75.9% /
    // 82.8% of disclosures at 0.5% / 1% / 2% false, against 66.9% / 76.3% /
    // 81.8% without: even on train, but on dev the gentle check reaches 15
    // of 63 uncarded disclosures instead of 12, for the same card count.
    // (With common pairs kept, "=partner said" carried "he said he'd take
    // the kids to the park on Saturday" to the card.) For jabs they lose at
    // 0.5% false (47.6% against 52.3%), where the jab edge sits.
    bool safetyClassPairs = true, jabClassPairs = false;
    // Pairs past one word between (ToneFeatureSet::skipPairs), since session
    // 24. --cv 5 on train, caught at 0.1 / 0.2 / 0.5% false: safety on the
    // texts the rules give no card (where its card edge works) 51.5 / 59.4 /
    // 70.0% -> 55.6 / 61.1 / 71.7%, the first move off refitLambda's plateau;
    // jab 55.0 / 57.3 / 66.3% -> 48.3 / 63.1 / 67.2%. On incoming41 as it
    // came (unseen, before it joined train): cards 31 -> 38 of 84
    // disclosures, card or check 54 -> 56, disclosures scored 65 or more
    // 10 -> 8, good messages >= 65 33 -> 35 of 38; hostile answers named
    // 64 -> 68 of 88 with the same 9 false jabs on 132 kind answers.
    // Held out, measured once at the end (tests/corpus/README.md, the
    // twenty-fourth pass), against a refit without them: cards 410 -> 411
    // on the test split and 124 -> 129 on fresh21-23, but jabs named on the
    // test split 489 -> 477 of 600 (fresh21-23 118 -> 118). So the jab
    // head's pairs were judged again, in session 25, on fresh24 (written
    // blind for it, 66 hostile answers; the rule set down before it ran:
    // keep them if they name at least as many jabs with at most two more
    // false ones): 55 of 66 named with them, 56 without (false jabs 6 and 7
    // of 88 kind answers). They are off for the jab head: every held-out
    // set but the one they were chosen on named as many jabs or more
    // without them. The safety head keeps them (its figures on fresh24 are
    // the same either way).
    // Tried for the warmth head too and not kept: --cv 5 at 0.5 / 1 / 2%
    // false 77.4 / 87.0 / 92.0% -> 80.6 / 87.3 / 92.9%, but on dev the
    // backstop lifted 677 good messages into the invitation band against
    // 678 without, for the same 6 mixed and no bad ones.
    bool safetySkipPairs = true, jabSkipPairs = false;
    // Tried for the jab head in session 19 and not kept (--cv 5 on train,
    // caught at 0.5% / 1% / 2% false; without: 69.7 / 76.5 / 82.6%): each
    // word after a "but", "though" or "however" in its sentence also as a
    // feature of its own, 68.7 / 75.6 / 82.9%; the last sentence's words of a
    // longer answer as their own, 69.8 / 78.1 / 84.4%. No gain where the jab
    // edge sits (under 0.5% false), and on dev the rules already name all
    // but 8 of 470 either way.
    // The safety head's gentle check (ToneHead::checkThreshold): the lowest
    // edge at which at most this share of dev's non-safety messages and
    // answers that the rules gave no card, and at most checkGoodRate of
    // dev's good messages, would get it (card or check). 2% each since
    // session 12: at 1% of good the edge sat at 0.85 and the check added 7
    // of dev's 64 uncarded disclosures (4 of the 30 scored as invitations);
    // at 2% it sits at 0.58 and adds 12 (8 of 30), for 24 of 1,373 other
    // texts and 5 of 344 good messages held under the invitation band with
    // a note that asks rather than tells. A praised disclosure costs more.
    // checkGoodRate 1% since session 13: with fresh12 as dev, at 2% the edge
    // fell to 0.55 and "You keep me going, honestly. I want to look after
    // us." got the note; at 1% it sits at 0.74, holding the same 9 of 37
    // dev disclosures the rules scored as invitations under that band, for
    // 9 checks on 1,455 other texts instead of 26 (2 of 366 good ones, not 6).
    double checkRate = 0.02, checkGoodRate = 0.01;
    int cvFolds = 0;     // --cv K: cross-validate the heads on train and stop (crossValidate)
    std::string cvHead;  // --cv-head safety|jab|warmth: only that one
    std::string assets, corpus;
    // Check sets (in the corpus folder) whose errors have been read, so they
    // no longer measure anything unseen: the older ones add to train, the
    // latest to dev, where the thresholds are chosen. The newer check sets
    // (fresh21 to fresh24 at this writing) are in neither: they are held out.
    std::vector<std::string> trainSets = {"fresh4.tsv",  "fresh5.tsv",  "fresh6.tsv",  "fresh7.tsv",
                                          "fresh8.tsv",  "fresh9.tsv",  "fresh10.tsv", "fresh11.tsv",
                                          "fresh12.tsv", "fresh13.tsv", "fresh14.tsv", "fresh15.tsv",
                                          "fresh16.tsv", "fresh17.tsv", "fresh18.tsv", "fresh19.tsv"};
    std::vector<std::string> devSets = {"fresh20.tsv"};
};

struct Sample {
    std::vector<int> x;  // feature indexes (binary)
    int y = 0;
    double weight = 1;
};

// "a,b,c" as a list; "none" (or "") as none.
std::vector<std::string> setList(const std::string& s) {
    std::vector<std::string> out = tools::splitList(s);
    std::erase(out, "none");
    return out;
}

double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

struct Fitted {
    std::vector<std::string> names;
    std::vector<double> w;
    double bias = 0;
    ToneFeatureSet set;
    double logOdds(const std::vector<ToneFeature>& feats) const {
        double z = bias;
        for (const auto& f : feats) z += weightOf(f.name);
        return z;
    }
    double weightOf(const std::string& name) const {
        auto it = std::lower_bound(names.begin(), names.end(), name);
        return it != names.end() && *it == name ? w[size_t(it - names.begin())] : 0.0;
    }
};

std::vector<std::string> qualifiedFeatures(const std::string& text, const std::string& qualifier,
                                           const ToneWords& words, ToneFeatureSet set) {
    std::vector<std::string> out;
    for (auto& f : toneFeatures(text, words, set)) {
        out.push_back(f.name);
        if (!qualifier.empty()) out.push_back(qualifiedFeature(qualifier, f.name));
    }
    if (!qualifier.empty()) out.push_back(qualifiedFeature(qualifier, kQualifierBias));
    return out;
}

// Each text's features as indexes into `names` (sorted): every feature
// seen in at least opt.minCount texts (and in `only`, when given). The one
// home of what a fit counts as a feature, for both learners.
struct IndexedTexts {
    std::vector<std::string> names;
    std::vector<std::vector<int>> xs;
};

IndexedTexts indexFeatures(const std::vector<std::string>& texts, const ToneWords& words, ToneFeatureSet set,
                           const Options& opt, const std::vector<std::string>& qualifiers,
                           const std::set<std::string>* only = nullptr) {
    std::unordered_map<std::string, int> count;
    std::vector<std::vector<std::string>> feats;
    for (size_t k = 0; k < texts.size(); ++k) {
        feats.push_back(qualifiedFeatures(texts[k], qualifiers.empty() ? "" : qualifiers[k], words, set));
        for (const auto& f : feats.back()) ++count[f];
    }
    IndexedTexts out;
    std::unordered_map<std::string, int> index;
    for (const auto& [name, n] : count)
        if (n >= opt.minCount && (!only || only->count(name))) index[name] = 0;
    for (auto& [name, i] : index) out.names.push_back(name);
    std::sort(out.names.begin(), out.names.end());
    for (size_t i = 0; i < out.names.size(); ++i) index[out.names[i]] = int(i);
    out.xs.resize(texts.size());
    for (size_t k = 0; k < texts.size(); ++k)
        for (const auto& n : feats[k])
            if (auto it = index.find(n); it != index.end()) out.xs[k].push_back(it->second);
    return out;
}

// Balanced classes (each class weighs as much in all), L2 on the weights
// (not the bias), full-batch Adam: a few thousand samples, so seconds.
Fitted fitLogistic(const std::vector<std::string>& texts, const std::vector<int>& ys, const ToneWords& words,
                   ToneFeatureSet set, const Options& opt, const std::vector<std::string>& qualifiers = {},
                   const std::set<std::string>* only = nullptr) {
    IndexedTexts indexed = indexFeatures(texts, words, set, opt, qualifiers, only);
    Fitted fit;
    fit.set = set;
    fit.names = std::move(indexed.names);
    int pos = 0;
    for (int y : ys) pos += y;
    const int neg = int(ys.size()) - pos;
    std::vector<Sample> data;
    for (size_t k = 0; k < texts.size(); ++k) {
        Sample s;
        s.x = std::move(indexed.xs[k]);
        s.y = ys[k];
        s.weight = s.y ? 0.5 * double(ys.size()) / pos : 0.5 * double(ys.size()) / neg;
        data.push_back(std::move(s));
    }
    fit.w.assign(fit.names.size(), 0.0);
    std::vector<double> scale(fit.names.size(), 1.0);
    if (opt.nbMix > 0) {
        std::vector<double> p(scale.size(), 1.0), q(scale.size(), 1.0);
        for (const auto& s : data)
            for (int i : s.x) (s.y ? p : q)[size_t(i)] += 1;
        double ps = 0, qs = 0;
        for (size_t i = 0; i < scale.size(); ++i) ps += p[i], qs += q[i];
        for (size_t i = 0; i < scale.size(); ++i)
            scale[i] = (1 - opt.nbMix) + opt.nbMix * std::abs(std::log((p[i] / ps) / (q[i] / qs)));
    }
    const size_t n = fit.w.size() + 1;
    std::vector<double> m(n, 0), v(n, 0), g(n, 0);
    const double lr = 0.05, b1 = 0.9, b2 = 0.999;
    for (int it = 1; it <= 3000; ++it) {
        std::fill(g.begin(), g.end(), 0.0);
        for (const auto& s : data) {
            double z = fit.bias;
            for (int i : s.x) z += fit.w[size_t(i)] * scale[size_t(i)];
            double d = s.weight * (sigmoid(z) - s.y);
            for (int i : s.x) g[size_t(i)] += d * scale[size_t(i)];
            g[n - 1] += d;
        }
        for (size_t i = 0; i + 1 < n; ++i) g[i] += opt.lambda * fit.w[i];
        for (size_t i = 0; i < n; ++i) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            double step = lr * (m[i] / (1 - std::pow(b1, it))) / (std::sqrt(v[i] / (1 - std::pow(b2, it))) + 1e-9);
            (i + 1 < n ? fit.w[i] : fit.bias) -= step;
        }
    }
    for (size_t i = 0; i < fit.w.size(); ++i) fit.w[i] *= scale[i];
    return fit;
}

// Logistic regression by stochastic gradient: `sgdEpochs` passes over the
// texts in an order shuffled by a fixed seed (the same on every machine: the
// shuffle is written out, not std::shuffle), each weight stepped by
// AdaGrad (sgdRate over the root of its summed squared gradients) and pulled
// towards zero by sgdLambda whenever its feature is seen. Each text weighs
// one (not balanced, unlike fitLogistic), and neither lambda, the refit
// nor nbMix applies. Stopped after a few passes rather than run to the
// optimum, many features keep small weights that add up.
Fitted fitSgd(const std::vector<std::string>& texts, const std::vector<int>& ys, const ToneWords& words,
              ToneFeatureSet set, const Options& opt, const std::vector<std::string>& qualifiers = {}) {
    IndexedTexts indexed = indexFeatures(texts, words, set, opt, qualifiers);
    const std::vector<std::vector<int>>& xs = indexed.xs;
    Fitted fit;
    fit.set = set;
    fit.names = std::move(indexed.names);
    fit.w.assign(fit.names.size(), 0.0);
    std::vector<double> sq(fit.names.size(), 1e-8);
    double sqBias = 1e-8;
    std::vector<size_t> order(texts.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::mt19937 gen(20261206u);
    for (int epoch = 0; epoch < opt.sgdEpochs; ++epoch) {
        for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[size_t(gen() % k)]);
        for (size_t k : order) {
            double z = fit.bias;
            for (int i : xs[k]) z += fit.w[size_t(i)];
            const double g = sigmoid(z) - ys[k];
            sqBias += g * g;
            fit.bias -= opt.sgdRate * g / std::sqrt(sqBias);
            for (int i : xs[k]) {
                double& w = fit.w[size_t(i)];
                const double gi = g + opt.sgdLambda * w;
                sq[size_t(i)] += gi * gi;
                w -= opt.sgdRate * gi / std::sqrt(sq[size_t(i)]);
            }
        }
    }
    return fit;
}

// A head as it ships: fitted on every feature, then only the strongest
// features are kept (at least `prune`, at most `budget` of them) and, with
// --refit-kept (the default), fitted again on their own, so the weights that
// stay make up for the ones left out instead of each small weight just being
// dropped. Pruning alone cost the safety head a sixth of the disclosures it
// caught out of fold (session 21, --cv 5 at 0.5% false: 75.0% unpruned
// before incoming38 joined train, 63.9% pruned after; refitted, 68.8%).
// A head learned by fitSgd is not fitted again: its kept weights are the
// ones it learned (Options::learner).
Fitted fitSparse(const std::vector<std::string>& texts, const std::vector<int>& ys, const ToneWords& words,
                 ToneFeatureSet set, const Options& opt, const std::vector<std::string>& qualifiers = {}) {
    const bool sgd = opt.learner == "sgd";
    Fitted full =
        sgd ? fitSgd(texts, ys, words, set, opt, qualifiers) : fitLogistic(texts, ys, words, set, opt, qualifiers);
    std::vector<size_t> ranked;
    for (size_t i = 0; i < full.w.size(); ++i)
        if (std::abs(full.w[i]) >= opt.prune) ranked.push_back(i);
    // Stable, so a tie at the budget's edge keeps the feature first by name
    // on every machine, whatever the sort's implementation.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](size_t a, size_t b) { return std::abs(full.w[a]) > std::abs(full.w[b]); });
    if (ranked.size() > opt.budget) ranked.resize(opt.budget);
    std::set<std::string> kept;
    for (size_t i : ranked) kept.insert(full.names[i]);
    if (!opt.refitKept || sgd) {
        for (size_t i = 0; i < full.w.size(); ++i)
            if (!kept.count(full.names[i])) full.w[i] = 0;
        return full;
    }
    Options refit = opt;
    if (opt.refitLambda > 0) refit.lambda = opt.refitLambda;
    return fitLogistic(texts, ys, words, set, refit, qualifiers, &kept);
}

double round3(double x) {
    return std::round(x * 1000) / 1000;
}

json::object headJson(const Fitted& f, double threshold, int& kept) {
    std::vector<std::pair<double, std::string>> ws;
    for (size_t i = 0; i < f.w.size(); ++i)
        if (round3(f.w[i]) != 0) ws.emplace_back(round3(f.w[i]), f.names[i]);
    // Strongest "yes" first, strongest "no" last: the top and the tail of
    // the list are what a reader wants to see.
    std::stable_sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    json::object o;
    o["bias"] = round3(f.bias);
    o["threshold"] = threshold;
    o["common_unigrams"] = f.set.commonUnigrams;
    if (f.set.classPairs) o["class_pairs"] = true;
    if (f.set.skipPairs) o["skip_pairs"] = true;
    json::object weights;
    for (const auto& [w, name] : ws) weights[name] = w;
    kept = int(ws.size());
    o["weights"] = std::move(weights);
    return o;
}

// How many of the probabilities `ps` lie in [lo, hi), and the same as "n/size".
int countIn(const std::vector<double>& ps, double lo, double hi = 2.0) {
    return int(std::count_if(ps.begin(), ps.end(), [&](double p) { return p >= lo && p < hi; }));
}

std::string shareIn(const std::vector<double>& ps, double lo, double hi = 2.0) {
    return std::to_string(countIn(ps, lo, hi)) + "/" + std::to_string(ps.size());
}

// The lowest threshold (never below the floor) at which at most `allowed`
// of the `negatives` probabilities pass.
double chooseThreshold(std::vector<double> negatives, int allowed, double floor) {
    std::sort(negatives.rbegin(), negatives.rend());
    double t = floor;
    if (allowed >= 0 && size_t(allowed) < negatives.size())
        t = std::max(t, std::ceil((negatives[size_t(allowed)] + 1e-9) * 1000) / 1000);
    return std::min(t, 0.99);
}

// What the rules do on dev, and the draft model's probabilities there: for
// safety, where the rules gave no card (negatives: non-safety messages and
// answers; positives: safety rows), for jabs, where they found no jab.
struct Dev {
    int rulesFalse = 0, devSafety = 0, rulesCard = 0;
    std::vector<double> negS, posS, allS;  // allS: every dev safety row, for the model on its own
    std::vector<double> goodS;             // dev good messages the rules gave no card
    int hostile = 0, hostileRules = 0, kind = 0, kindRules = 0;
    std::vector<double> negJ, posJ, allJ;
    std::vector<double> kindJ;  // every dev kind answer, whatever the rules found
    // Phrasings the rules scored as invitations without a card, by label:
    // what a softer edge would hold under the invitation band.
    struct Held {
        std::vector<double> safety, good, other;
    } inv;
};

Dev measureDev(const std::vector<corpus::Phrasing>& phrasings, const std::vector<corpus::Answer>& answers,
               const Scorer& rules, const ObjectionCatalog& cat, const ToneModel& draft) {
    // Safety on dev: rules' cards, and the model's probability where the rules gave none.
    Dev d;
    auto& [rulesFalse, devSafety, rulesCard, negS, posS, allS, goodS, hostile, hostileRules, kind, kindRules, negJ,
           posJ, allJ, kindJ, inv] = d;
    for (const auto& p : phrasings) {
        if (p.split != Split::Dev) continue;
        bool card = rules.score(p.text).safety;
        bool isSafety = p.label == "safety";
        devSafety += isSafety;
        rulesCard += isSafety && card;
        rulesFalse += !isSafety && card;
        double pr = draft.judge("safety", rules.safetyBackstopText(p.text)).probability;
        if (isSafety) allS.push_back(pr);
        if (card) continue;
        if (p.label == "good") goodS.push_back(pr);
        if (rules.score(p.text).band == "invitation")
            (isSafety ? inv.safety : p.label == "good" ? inv.good : inv.other).push_back(pr);
        (isSafety ? posS : negS).push_back(pr);
    }
    // Jabs on dev: rules' jabs, and the model's where the rules found none.
    for (const auto& a : answers) {
        if (a.split != Split::Dev) continue;
        const Objection* o = cat.find(a.objection);
        if (!o) continue;
        FearCheck c = checkAnswer(*o, a.text, &rules);
        if (c.safetyMessage.empty())
            negS.push_back(draft.judge("safety", rules.safetyBackstopText(a.text)).probability);
        bool isHostile = a.label == "hostile";
        hostile += isHostile;
        kind += !isHostile;
        bool jabbed = !c.jabs.empty();
        hostileRules += isHostile && jabbed && !c.met;
        kindRules += !isHostile && jabbed;
        double pr = draft.judge("jab", a.text).probability;
        (isHostile ? allJ : kindJ).push_back(pr);
        if (jabbed || !c.safetyMessage.empty()) continue;
        (isHostile ? posJ : negJ).push_back(pr);
    }
    return d;
}

// A band backstop on dev (blame or warmth): the draft model's probability for
// each message where the head would act, by label; every dev row by label;
// and the rows the rules alone already put where the head would (blame: bad
// ones held under the mixed band; warmth: good ones in the invitation band).
struct BandDev {
    std::vector<double> good, mixed, bad;
    int goodN = 0, mixedN = 0, badN = 0, byRules = 0;
};

// Every dev message but the disclosures, counted by label in `d`, scored by
// the rules and handed to `where(p, r)`: a probability to file under its
// label, or a negative number for none.
template <class Where>
BandDev measureBand(const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules, Where where) {
    BandDev d;
    for (const auto& p : phrasings) {
        if (p.split != Split::Dev || p.label == "safety") continue;
        const bool isBad = p.label == "bad", isGood = p.label == "good";
        (isBad ? d.badN : isGood ? d.goodN : d.mixedN)++;
        const double prob = where(p, rules.score(p.text), d);
        if (prob >= 0) (isBad ? d.bad : isGood ? d.good : d.mixed).push_back(prob);
    }
    return d;
}

BandDev measureBlame(const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules, const ToneModel& draft,
                     int belowMixed) {
    return measureBand(phrasings, rules, [&](const corpus::Phrasing& p, const ScoreResult& r, BandDev& d) {
        if (r.safety) return -1.0;
        if (r.score <= belowMixed) {
            d.byRules += p.label == "bad";
            return -1.0;
        }
        // As the scorer reads it: the head speaks only where the words
        // themselves lean towards blame (ToneVerdict::wordsLean).
        const ToneVerdict v = draft.judge("blame", p.text);
        return v.wordsLean > 0 ? v.probability : 0.0;
    });
}

// The edge `t`, risen in steps of 0.005 for as long as it still holds every
// one of `kept` it held: where dev can't tell two edges apart, the one
// further from the texts the head must leave alone.
double riseWhileSame(const std::vector<double>& kept, double t) {
    const int atLowest = countIn(kept, t);
    while (t + 0.005 < 0.99 && countIn(kept, t + 0.005) == atLowest) t += 0.005;
    return std::round(t * 1000) / 1000;
}

// The lowest edge at which both kinds of kind message stay within their share.
// Then, since a kind message scored as blame is the costlier mistake, the
// edge rises while it holds every dev bad message it held. (Session 12: the
// lowest edge sat at the 0.5 floor, with dev flat up to 0.9, and "You don't
// have to decide now, and you'd never have to go back if you hated it." was
// pulled under at 0.93.)
// A band backstop's edge: the lowest at which at most `rateA` of all `nA` dev
// rows of one kind it must leave alone, and `rateB` of `nB` of the other, are
// moved by it; then risen while it moves the same of `kept`.
double bandEdge(const std::vector<double>& a, double rateA, int nA, const std::vector<double>& b, double rateB, int nB,
                const std::vector<double>& kept, double floor) {
    const double t = std::max(chooseThreshold(a, int(rateA * nA), floor), chooseThreshold(b, int(rateB * nB), floor));
    return riseWhileSame(kept, t);
}

double chooseBlameThreshold(const BandDev& d, const Options& opt) {
    return bandEdge(d.good, opt.blameGoodRate, d.goodN, d.mixed, opt.blameMixedRate, d.mixedN, d.bad, opt.floor);
}

std::string blameReport(const BandDev& d, double t) {
    auto over = [t](const std::vector<double>& ps) { return countIn(ps, t); };
    return "bad held under the mixed band " + std::to_string(d.byRules) + "/" + std::to_string(d.badN) +
           " by the rules, " + std::to_string(d.byRules + over(d.bad)) + "/" + std::to_string(d.badN) +
           " with the backstop; pulled under it: good " + std::to_string(over(d.good)) + "/" + std::to_string(d.goodN) +
           ", mixed " + std::to_string(over(d.mixed)) + "/" + std::to_string(d.mixedN);
}

// The warmth head on dev: the draft's probability for the messages the rules
// (and the blame head at its edge) left inside the mixed band with no card,
// where the head would act. BandDev's shape, read the other way round.
BandDev measureWarmth(const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules, const ToneModel& draft,
                      double blameEdge, int mixedFloor, int invitationFloor) {
    return measureBand(phrasings, rules, [&](const corpus::Phrasing& p, const ScoreResult& r, BandDev& d) {
        if (r.safety || r.score < mixedFloor) return -1.0;
        if (r.score >= invitationFloor) {
            d.byRules += p.label == "good";
            return -1.0;
        }
        const ToneVerdict b = draft.judge("blame", p.text);
        if (b.wordsLean > 0 && b.probability >= blameEdge) return -1.0;
        const ToneVerdict v = draft.judge("warmth", p.text);
        return v.wordsLean > 0 ? v.probability : 0.0;
    });
}

// The lowest edge at which both kinds of unkind message stay within their
// share, then as high as it goes for the same good ones lifted.
double chooseWarmthThreshold(const BandDev& d, const Options& opt) {
    return bandEdge(d.bad, opt.warmthBadRate, d.badN, d.mixed, opt.warmthMixedRate, d.mixedN, d.good, opt.floor);
}

std::string warmthReport(const BandDev& d, double t) {
    auto over = [t](const std::vector<double>& ps) { return countIn(ps, t); };
    return "good in the invitation band " + std::to_string(d.byRules) + "/" + std::to_string(d.goodN) +
           " by the rules, " + std::to_string(d.byRules + over(d.good)) + "/" + std::to_string(d.goodN) +
           " with the backstop; lifted into it: mixed " + std::to_string(over(d.mixed)) + "/" +
           std::to_string(d.mixedN) + ", bad " + std::to_string(over(d.bad)) + "/" + std::to_string(d.badN);
}

// The hold on dev, as the scorer asks it: for the messages the rules put in
// the invitation band with no card or gentle check (the safety head at
// `safetyEdge`, the lower of its two edges) and that the blame head at its
// edge left alone, the draft warmth head's probability where some of its
// words lean away from warmth, else 1 (never held: the scorer names the
// words, so it needs some).
BandDev measureHold(const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules, const ToneModel& draft,
                    double blameEdge, double safetyEdge, int invitationFloor) {
    return measureBand(phrasings, rules, [&](const corpus::Phrasing& p, const ScoreResult& r, BandDev& d) {
        if (r.safety || r.score < invitationFloor) return -1.0;
        if (draft.judge("safety", rules.safetyBackstopText(p.text)).probability >= safetyEdge) return -1.0;
        d.byRules += p.label != "good";
        const ToneVerdict b = draft.judge("blame", p.text);
        if (b.wordsLean > 0 && b.probability >= blameEdge) return -1.0;
        const ToneVerdict v = draft.judge("warmth", p.text);
        return v.someAgainst ? v.probability : 1.0;
    });
}

int countAtOrUnder(const std::vector<double>& ps, double t) {
    return int(std::count_if(ps.begin(), ps.end(), [t](double p) { return p <= t; }));
}

// The highest edge that holds back at most holdGoodRate of dev's good
// messages (never above 0.5), then lowered to the highest mixed or bad
// message it still holds, so it sits as far from the good ones as dev
// allows. 0 (no hold) when it would hold no unkind one.
double chooseHoldThreshold(const BandDev& d, const Options& opt) {
    std::vector<double> good = d.good;
    std::sort(good.begin(), good.end());
    const size_t allowed = size_t(opt.holdGoodRate * d.goodN);
    const double limit = allowed < good.size() ? std::min(0.5, good[allowed]) : 0.5;
    double t = 0;
    for (const auto* v : {&d.mixed, &d.bad})
        for (double p : *v)
            if (p < limit) t = std::max(t, p);
    const double up = std::ceil(t * 1000) / 1000;  // three places, as written, without passing a good one
    const double edge = up < limit ? up : std::floor(t * 1000) / 1000;
    return edge >= 0.001 && edge < limit ? edge : 0;  // tone.json's floor; never past the allowed good ones
}

std::string holdReport(const BandDev& d, double t) {
    auto held = [t](const std::vector<double>& ps) { return std::to_string(countAtOrUnder(ps, t)); };
    return "held under the invitation band: mixed " + held(d.mixed) + ", bad " + held(d.bad) + " of the " +
           std::to_string(d.byRules) + " the rules put there; good " + held(d.good) + "/" + std::to_string(d.goodN);
}

// The disclosure hold on dev, as the scorer asks it: for the messages that
// would be scored as invitations (by the rules, with no card or gentle check
// from the safety head at `safetyEdge`, not pulled under the mixed band by
// the blame head, or lifted into the invitation band by the warmth head),
// the draft disclosure head's probability, by label; and the head alone on
// every dev disclosure (the rules catch them all there, having been written
// on dev, so it is what says how far the edge may rise).
struct DisclosureDev {
    std::vector<double> good, other, safety, alone;
    int goodN = 0;
};

DisclosureDev measureDisclosure(const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules,
                                const ToneModel& draft, double safetyEdge, double blameEdge, double warmthEdge,
                                int mixedFloor, int invitationFloor) {
    DisclosureDev d;
    auto head = [&](const std::string& text) {
        const ToneVerdict v = draft.judge("disclosure", rules.safetyBackstopText(text));
        return v.start < 0 ? 0.0 : v.probability;  // the scorer names the words, so it needs some
    };
    for (const auto& p : phrasings) {
        if (p.split != Split::Dev) continue;
        d.goodN += p.label == "good";
        if (p.label == "safety") d.alone.push_back(head(p.text));
        const ScoreResult r = rules.score(p.text);
        // As the scorer: no fitted head moves a card, a severe risk or a
        // safety pattern's gentle check (rule tier "check") into the band.
        const bool ruleCheck = std::any_of(r.findings.begin(), r.findings.end(),
                                           [](const ScoreFinding& f) { return f.rule == "safety_check"; });
        if (r.safety || r.severe || ruleCheck || r.score < mixedFloor) continue;
        if (draft.judge("safety", rules.safetyBackstopText(p.text)).probability >= safetyEdge) continue;
        const ToneVerdict b = draft.judge("blame", p.text);
        if (b.wordsLean > 0 && b.probability >= blameEdge) continue;
        if (r.score < invitationFloor) {
            const ToneVerdict w = draft.judge("warmth", p.text);
            if (!(w.wordsLean > 0 && w.probability >= warmthEdge)) continue;
        }
        const double prob = head(p.text);
        (p.label == "good" ? d.good : p.label == "safety" ? d.safety : d.other).push_back(prob);
    }
    return d;
}

double chooseDisclosureThreshold(const DisclosureDev& d, const Options& opt) {
    return riseWhileSame(d.alone, chooseThreshold(d.good, int(opt.disclosureGoodRate * d.goodN), opt.floor));
}

std::string disclosureReport(const DisclosureDev& d, double t) {
    return "held under the invitation band: good " + std::to_string(countIn(d.good, t)) + "/" +
           std::to_string(d.goodN) + " (" + std::to_string(d.good.size()) + " would be invitations), mixed or bad " +
           shareIn(d.other, t) + ", disclosures " + shareIn(d.safety, t) + "; the head alone, every dev disclosure " +
           shareIn(d.alone, t);
}

// Each train text's probability from a head fitted on the other K folds
// (texts go to folds by a fixed hash of their words) and pruned as it would
// ship: what the head says of words it was not fitted on. The one home of
// the folds, for --cv and for the jab edge.
std::vector<double> outOfFold(const std::vector<std::string>& texts, const std::vector<int>& ys, const ToneWords& words,
                              ToneFeatureSet set, const Options& opt, int folds) {
    auto fold = [&](const std::string& t) {
        uint64_t h = 1469598103934665603ull;  // FNV-1a: the same folds on every machine
        for (unsigned char c : t) h = (h ^ c) * 1099511628211ull;
        return int(h % uint64_t(folds));
    };
    std::vector<double> out(texts.size(), 0.0);
    for (int k = 0; k < folds; ++k) {
        std::vector<std::string> trT;
        std::vector<int> trY;
        for (size_t i = 0; i < texts.size(); ++i)
            if (fold(texts[i]) != k) trT.push_back(texts[i]), trY.push_back(ys[i]);
        Fitted f = fitSparse(trT, trY, words, set, opt);
        for (double& w : f.w) w = round3(w);  // as the file has it
        for (size_t i = 0; i < texts.size(); ++i)
            if (fold(texts[i]) == k) out[i] = sigmoid(f.logOdds(toneFeatures(texts[i], words, set)));
    }
    return out;
}

// --cv K: how a head's features generalise, judged on train alone, so
// neither dev nor test is spent on the choice: the pooled out-of-fold
// scores give the share of "yes" texts caught at the edge that lets 0.1%,
// 0.2%, 0.5%, 1% and 2% of the "no" texts through (the safety card's edge
// sits near the first two). With `behind` (the texts the rules leave to
// the head, as for safety: those they give no card), a second line judges
// the head there alone, where the backstop does its work.
void printCaught(const char* head, const char* where, const std::vector<double>& ps, const std::vector<int>& ys,
                 const std::vector<char>* behind, ToneFeatureSet set, int folds) {
    std::vector<double> yes, no;
    for (size_t i = 0; i < ps.size(); ++i)
        if (!behind || (*behind)[i]) (ys[i] ? yes : no).push_back(ps[i]);
    if (yes.empty() || no.empty()) return;
    std::sort(no.rbegin(), no.rend());
    std::printf("%s (class pairs %s), %d folds%s, %zu yes / %zu no:", head, set.classPairs ? "on" : "off", folds, where,
                yes.size(), no.size());
    for (double rate : {0.001, 0.002, 0.005, 0.01, 0.02}) {
        const double edge = no[std::min(no.size() - 1, size_t(rate * double(no.size())))];
        int caught = 0;
        for (double p : yes) caught += p > edge;
        std::printf("  at %.1f%% false: %d/%zu (%.1f%%)", rate * 100, caught, yes.size(),
                    100.0 * caught / double(yes.size()));
    }
    std::printf("\n");
}

void crossValidate(const char* head, const std::vector<std::string>& texts, const std::vector<int>& ys,
                   const ToneWords& words, ToneFeatureSet set, const Options& opt,
                   const std::vector<char>* behind = nullptr) {
    const std::vector<double> ps = outOfFold(texts, ys, words, set, opt, opt.cvFolds);
    printCaught(head, "", ps, ys, nullptr, set, opt.cvFolds);
    if (behind) printCaught(head, ", where the rules give no card", ps, ys, behind, set, opt.cvFolds);
}

// The "met" head on dev: the probability of each answer the ideas alone
// pass (the rules' jabs counted, no backstop), by whether it meets the fear.
struct MetDev {
    std::vector<double> met, others;  // answers the ideas pass
    int metN = 0;                     // every dev answer labelled met
};

MetDev measureMet(const std::vector<corpus::Answer>& answers, const ObjectionCatalog& cat, const Scorer& rules,
                  const ToneModel& draft) {
    MetDev d;
    for (const auto& a : answers) {
        if (a.split != Split::Dev) continue;
        d.metN += a.label == "met";
        const Objection* o = cat.find(a.objection);
        if (!o || !checkAnswer(*o, a.text, &rules).met) continue;
        // As role-play reads it: held back only where some words lean
        // against meeting the fear (a verdict towards no names some).
        const ToneVerdict v = draft.judge("met", a.text, a.objection);
        (a.label == "met" ? d.met : d.others).push_back(v.someAgainst ? v.probability : 1.0);
    }
    return d;
}

// The highest edge under which at most metLossRate of the met answers the
// ideas pass would be held back; never above one half (an answer the head
// finds more likely than not to meet the fear is never held back).
double chooseMetThreshold(std::vector<double> met, const Options& opt) {
    if (met.empty()) return opt.metFloor;
    std::sort(met.begin(), met.end());
    const size_t allowed = size_t(opt.metLossRate * double(met.size()));
    const double t = std::clamp(met[std::min(allowed, met.size() - 1)] - 0.0005, opt.metFloor, 0.5);
    return std::floor(t * 1000) / 1000;
}

std::string metReport(const MetDev& d, double t) {
    const int keptMet = countIn(d.met, t), keptOthers = countIn(d.others, t);
    auto pct = [](int a, int b) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * a / std::max(1, b));
        return std::string(buf);
    };
    return "met answers the ideas pass " + std::to_string(d.met.size()) + "/" + std::to_string(d.metN) +
           ", held back " + std::to_string(int(d.met.size()) - keptMet) + "; other answers they pass " +
           std::to_string(d.others.size()) + ", held back " + std::to_string(int(d.others.size()) - keptOthers) +
           "; precision " + pct(int(d.met.size()), int(d.met.size() + d.others.size())) + " -> " +
           pct(keptMet, keptMet + keptOthers) + ", recall " + pct(int(d.met.size()), d.metN) + " -> " +
           pct(keptMet, d.metN);
}

// The most weights each head kept, as tone.json's comment states them.
struct Budgets {
    size_t others, safety, disclosure, jab, met;
};

// The budgets of a fit with `opt`: the disclosure head has its own.
Budgets budgetsOf(const Options& opt) {
    return {opt.budget, opt.safetyBudget, opt.disclosureBudget, opt.jabBudget, opt.metBudget};
}

// The labels the disclosure head learns against, joined by `sep`.
std::string againstList(const Options& opt, const char* sep) {
    std::string out;
    for (const auto& l : opt.disclosureAgainst) out += (out.empty() ? "" : sep) + l;
    return out;
}

// tone.json as both ways of fitting write it.
void writeTone(const std::string& path, const json::object& doc) {
    const std::string text = tools::prettyJson(doc) + "\n";
    // What the app could not read is not written (ContentFile's limit).
    if (text.size() > kMaxAssetBytes)
        throw std::runtime_error(path + ": would be " + std::to_string(text.size()) + " bytes, over the " +
                                 std::to_string(kMaxAssetBytes) + " an asset may be; lower a head's budget");
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f) throw std::runtime_error(path + ": cannot be written");
    std::printf("wrote %s\n", path.c_str());
}

// What tone.json says of itself, one home for both ways of writing it.
std::string toneComment(const Options& opt, const Budgets& b) {
    return std::string(
               "Fitted by tools/fit_tone on the train split of tests/corpus/ (thresholds chosen on dev): a backstop "
               "behind "
               "the rules. safety: does a message tell of fear of the partner, harm, threats or control? jab: does a "
               "role-play answer land as a dig? blame: does a message no rule held under the mixed band still land as "
               "blame or pressure (bad against good and mixed phrasings)? warmth: does a message the rules left in the "
               "mixed "
               "band still land as an invitation (good against mixed and bad phrasings)? met: does a role-play answer "
               "the "
               "ideas "
               "pass meet its objection's fear as a whole (met against not met and hostile answers; each feature also "
               "weighs under 'OBJECTION|feature', and 'OBJECTION|#bias' once)? disclosure: of the messages that would "
               "be "
               "scored as invitations, does this one tell of fear (disclosures against " +
               againstList(opt, " and ") +
               " phrasings; above "
               "its edge "
               "the message is held under the invitation band with the gentle check, and a mixed one that nothing "
               "linked gets the check above its mixed_threshold; under the band, one that nothing linked gets it "
               "where this head and the safety head are both at their agree_threshold)? Features are word stems, "
               "neighbouring "
               "pairs "
               "with a "
               "word of substance in them "
               "('lock me'), a sentence's first word ('^ classic'), '#question', '#you_me' (you ... me/my in one "
               "clause) and three shapes of who does what to whom, built from 'words': '#partner_harm_me' (he/she/you, "
               "a "
               "harm "
               "or control verb, me/my), '#fear_of_partner' (a fear word, then the partner) and '#control_object' (a "
               "control "
               "verb on money, a phone, keys, friends); very common words alone, and pairs of them, are left out where "
               "common_unigrams is false. Small "
               "weights are pruned, and each head keeps at most its strongest ") +
           std::to_string(b.others) + " (safety " + std::to_string(b.safety) + ", disclosure " +
           std::to_string(b.disclosure) + ", jab " + std::to_string(b.jab) + ", met " + std::to_string(b.met) +
           "), fitted again on their own; a head learned by stochastic gradient (fitted.disclosure_learner: sgd) is "
           "not fitted again, and keeps every weight of prune_below or more up to its budget.";
}

// The disclosure head learns from train's disclosures against its good and
// mixed messages (Options::disclosureAgainst): what sets a disclosure apart
// from an ask that shares its kind words, not from every other message (the
// safety head's question, whose negatives full of complaints about phones
// and money teach it little about asks).
Fitted fitDisclosure(const std::vector<corpus::Phrasing>& phrasings, const ToneWords& words, const Options& opt) {
    std::vector<std::string> texts;
    std::vector<int> ys;
    for (const auto& p : phrasings)
        if (p.split == Split::Train && (p.label == "safety" || opt.disclosureAgainst.count(p.label)))
            texts.push_back(p.text), ys.push_back(p.label == "safety");
    Options dOpt = opt;
    dOpt.nbMix = opt.safetyNbMix;
    dOpt.budget = opt.disclosureBudget;
    dOpt.learner = opt.disclosureLearner;
    return fitSparse(texts, ys, words, {opt.safetyCommon, opt.safetyClassPairs, opt.safetySkipPairs}, dOpt);
}

// The disclosure head's edge chosen on dev against the draft's other heads at
// their edges; sets it in `doc` and says what it did.
std::string placeDisclosure(json::object& doc, const std::vector<corpus::Phrasing>& phrasings, const Scorer& rules,
                            const Options& opt) {
    const ToneModel draft = ToneModel::parse(json::serialize(doc), "tone.json (draft)");
    const ToneHead *safety = draft.head("safety"), *blame = draft.head("blame"), *warmth = draft.head("warmth");
    if (!blame || !warmth) throw std::runtime_error("the disclosure head is placed behind the blame and warmth heads");
    const int mixedFloor = int(std::ceil(rules.bandFloor("mixed"))),
              invitationFloor = int(std::ceil(rules.bandFloor("invitation")));
    const DisclosureDev d = measureDisclosure(phrasings, rules, draft,
                                              safety->checkThreshold > 0 ? safety->checkThreshold : safety->threshold,
                                              blame->threshold, warmth->threshold, mixedFloor, invitationFloor);
    const double t = chooseDisclosureThreshold(d, opt);
    if (opt.disclosureTable)
        for (double x = opt.floor; x < 0.995; x += 0.025)
            std::printf("  disclosure at %.3f: %s\n", x, disclosureReport(d, x).c_str());
    doc["heads"].as_object()["disclosure"].as_object()["threshold"] = t;
    const std::string report = disclosureReport(d, t);
    std::printf("disclosure: threshold %.3f\n  %s\n", t, report.c_str());
    return report;
}

// The disclosure head's mixed-band edge (Options::disclosureMixedRate) and
// the agree edges (Options::agreeSafety, disclosureAgreeRate) on dev, set in
// `doc`: the scorer with the draft heads (the rules of opt.assets, the draft
// as tone.json, in a private folder) scores every dev message. Of the ones it
// leaves in the mixed band with no card and no check, the head's probability
// for the non-disclosures sets the mixed edge; it then rises while it checks
// as many of every dev disclosure. Of those it leaves under the invitation
// band unlinked with the safety head at its agree edge, and the mixed check
// leaves alone, the head's probability sets the disclosure agree edge. Says
// what it did.
std::string placeDisclosureMixed(json::object& doc, const std::vector<corpus::Phrasing>& phrasings,
                                 const Options& opt) {
    json::object& head = doc["heads"].as_object()["disclosure"].as_object();
    head.erase("mixed_threshold");
    head.erase("agree_threshold");
    doc["heads"].as_object()["safety"].as_object().erase("agree_threshold");
    if (opt.disclosureMixedRate <= 0 && opt.agreeSafety <= 0) return "none placed";
    namespace fs = std::filesystem;
    // A folder of this run's own: the process id and the clock, made anew
    // (create_directory is false when the name is taken).
    fs::path dir;
    for (int i = 0;; ++i) {
        dir = fs::temp_directory_path() /
              ("fit_tone_mixed_" + std::to_string(::getpid()) + "_" +
               std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "_" + std::to_string(i));
        if (fs::create_directory(dir)) break;
        if (i > 100)
            throw std::runtime_error("cannot make a private folder under " + fs::temp_directory_path().string());
    }
    struct Cleanup {
        fs::path p;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(p, ec);
        }
    } cleanup{dir};
    for (const char* f : {"lexicon.json", "rules.json", "model.json"})
        fs::copy_file(fs::path(opt.assets) / "scoring" / f, dir / f);
    {
        std::ofstream out(dir / "tone.json");
        out << json::serialize(doc);
        if (!out.flush()) throw std::runtime_error("cannot write the draft tone.json in " + dir.string());
    }
    const Scorer draft = Scorer::loadDirectory(dir.string());
    const double own = head.at("threshold").to_number<double>();
    // Dev's other messages under the invitation band that nothing links: the
    // disclosure head's probability, the safety head's, and whether the
    // scorer put them in the mixed band.
    struct Unlinked {
        double disclosure, safety;
        bool mixed;
    };
    std::vector<Unlinked> unlinked;
    std::vector<double> others, alone;
    size_t devOthers = 0;
    for (const auto& p : phrasings) {
        if (p.split != Split::Dev) continue;
        const std::string masked = draft.safetyBackstopText(p.text);
        const double prob = draft.tone("disclosure", masked).probability;
        if (p.label == "safety") {
            alone.push_back(prob);
            continue;
        }
        ++devOthers;
        const ScoreResult r = draft.score(p.text);
        const bool linked =
            std::any_of(r.findings.begin(), r.findings.end(), [](const ScoreFinding& f) { return f.kind == "safety"; });
        if (linked || r.band == "invitation") continue;
        const bool mixed = r.score >= draft.bandFloor("mixed");
        unlinked.push_back({prob, draft.tone("safety", masked).probability, mixed});
        if (mixed) others.push_back(prob);
    }
    std::string report = "none placed";
    double t = 2.0;  // above any probability: no mixed-band check
    if (opt.disclosureMixedRate > 0) {
        t = riseWhileSame(alone, chooseThreshold(others, int(opt.disclosureMixedRate * double(others.size())), own));
        head["mixed_threshold"] = t;
        report = "gentle check in the mixed band: other messages " + shareIn(others, t) +
                 "; the head alone, every dev disclosure " + shareIn(alone, t);
        std::printf("disclosure: mixed_threshold %.3f\n  %s\n", t, report.c_str());
    }
    if (opt.agreeSafety > 0) {
        // At or above the safety head's check edge its own check speaks, and
        // the pair would add nothing.
        const json::object& safety = doc["heads"].as_object()["safety"].as_object();
        const json::value* check = safety.if_contains("check_threshold");
        const double edge = check ? check->to_number<double>() : safety.at("threshold").to_number<double>();
        if (opt.agreeSafety >= edge)
            throw std::runtime_error("--agree-safety " + std::to_string(opt.agreeSafety) +
                                     " is not under the safety head's check edge " + std::to_string(edge));
        // The ones the safety head leans towards at its agree edge and the
        // mixed-band check leaves alone: the disclosure edge is placed on them.
        std::vector<double> leaning;
        for (const auto& u : unlinked)
            if (u.safety >= opt.agreeSafety && !(u.mixed && u.disclosure >= t)) leaning.push_back(u.disclosure);
        const double a = chooseThreshold(leaning, int(opt.disclosureAgreeRate * double(devOthers)), opt.floor);
        head["agree_threshold"] = a;
        doc["heads"].as_object()["safety"].as_object()["agree_threshold"] = opt.agreeSafety;
        const std::string agree = "gentle check under the invitation band where the safety head is at " +
                                  std::to_string(opt.agreeSafety).substr(0, 5) + " or more: other messages " +
                                  std::to_string(countIn(leaning, a)) + "/" + std::to_string(devOthers);
        std::printf("disclosure: agree_threshold %.3f\n  %s\n", a, agree.c_str());
        report += "; " + agree;
    }
    return report;
}

// The mixed-band and agree edges' rates and what they did on dev, in
// tone.json's "fitted" (dev_disclosure_mixed reports both).
void recordDisclosureMixed(json::object& fitted, const Options& opt, const std::string& mixedReport) {
    fitted["disclosure_mixed_rate"] = opt.disclosureMixedRate;
    fitted["agree_safety"] = opt.agreeSafety;
    fitted["disclosure_agree_rate"] = opt.disclosureAgreeRate;
    fitted["dev_disclosure_mixed"] = mixedReport;
}

// What the disclosure head was fitted with and did on dev, in tone.json's
// "fitted".
void recordDisclosure(json::object& fitted, const Options& opt, const std::string& report,
                      const std::string& mixedReport) {
    fitted["disclosure_good_rate"] = opt.disclosureGoodRate;
    recordDisclosureMixed(fitted, opt, mixedReport);
    fitted["disclosure_against"] = againstList(opt, ", ");
    fitted["disclosure_budget"] = opt.disclosureBudget;
    fitted["disclosure_learner"] = opt.disclosureLearner;
    if (opt.disclosureLearner == "sgd") {
        fitted["sgd_epochs"] = opt.sgdEpochs;
        fitted["sgd_rate"] = opt.sgdRate;
        fitted["sgd_lambda"] = opt.sgdLambda;
    }
    fitted["dev_disclosure"] = report;
}

// The jab head's fail edge (Options::jabFailKindRate) in `doc`, from the kind
// answers its head never saw (`unseenKind`: dev's under it, train's out of
// fold); none where it would not sit under the head's own edge. Says what it
// did.
std::string placeJabFail(json::object& doc, const std::vector<double>& unseenKind, const Options& opt) {
    json::object& jab = doc["heads"].as_object()["jab"].as_object();
    const double tJ = jab["threshold"].to_number<double>();
    const double tF = chooseThreshold(unseenKind, int(opt.jabFailKindRate * double(unseenKind.size())), opt.floor);
    std::string report;
    if (tF >= tJ) {
        jab.erase("fail_threshold");
        report = "none: its edge would not sit under the head's own";
    } else {
        jab["fail_threshold"] = tF;
        report = "at " + std::to_string(tF).substr(0, 5) + ", for answers that fail anyway, the head alone names " +
                 shareIn(unseenKind, tF) + " kind answers it never saw (train out of fold and dev)";
    }
    std::printf("jab fail edge: %s\n", report.c_str());
    return report;
}

// The jab head's veto edge (Options::jabVetoHostileRate) in `doc`, on dev's
// answers a rule names a jab in (the rules alone: `rules`) that speak to some
// idea of their objection's (where the veto reads, objections_judge.cpp's
// letGoSureKind), read by the head as `doc` has it; none where it would not
// sit under the head's lower edges. Says what it did.
std::string placeJabVeto(json::object& doc, const std::vector<corpus::Answer>& answers, const Scorer& rules,
                         const ObjectionCatalog& cat, const Options& opt) {
    json::object& jab = doc["heads"].as_object()["jab"].as_object();
    // Out before the draft is read: the fail edge placed just now may sit
    // under an old veto edge, which the loader would refuse.
    jab.erase("veto_threshold");
    if (opt.jabVetoHostileRate <= 0) {
        std::printf("jab veto edge: none (--jab-veto-hostile-rate 0)\n");
        return "none: --jab-veto-hostile-rate 0";
    }
    const ToneModel draft = ToneModel::parse(json::serialize(doc), "tone.json (draft)");
    std::vector<double> hostile, kind;
    for (const auto& a : answers) {
        const Objection* o = cat.find(a.objection);
        if (a.split != Split::Dev || !o) continue;
        if (checkAnswer(*o, a.text, &rules).jabs.empty() ||
            roleplay::conceptMatches(*o, a.text, roleplay::answerWords(a.text)).empty())
            continue;
        (a.label == "hostile" ? hostile : kind).push_back(draft.judge("jab", a.text).probability);
    }
    std::sort(hostile.begin(), hostile.end());
    const size_t allowed = size_t(opt.jabVetoHostileRate * double(hostile.size()));
    // Under the edge is let go: the edge is the lowest probability past the
    // `allowed` lowest ones (hostile[allowed], counted from 0), rounded down.
    double t = allowed < hostile.size() ? std::floor(hostile[allowed] * 1000) / 1000 : 0;
    const double below = jab.contains("fail_threshold") ? jab["fail_threshold"].to_number<double>()
                                                        : jab["threshold"].to_number<double>();
    t = std::min(t, 0.5);
    std::string report;
    if (t < 0.001 || t >= below) {
        report = "none: its edge would not sit between 0.001 and the head's lower edges";
    } else {
        jab["veto_threshold"] = t;
        // Under the edge: probabilities in [0, t).
        report = "at " + std::to_string(t).substr(0, 5) +
                 ", of dev's answers a rule names a jab in that speak to an idea, let go: kind " + shareIn(kind, 0, t) +
                 ", hostile " + shareIn(hostile, 0, t);
    }
    std::printf("jab veto edge: %s\n", report.c_str());
    return report;
}

void recordJabVeto(json::object& fitted, const Options& opt, const std::string& report) {
    fitted["jab_veto_hostile_rate"] = opt.jabVetoHostileRate;
    fitted["dev_jab_veto"] = report;
}

void recordJabFail(json::object& fitted, const Options& opt, const std::string& report) {
    fitted["jab_fail_kind_rate"] = opt.jabFailKindRate;
    fitted["dev_jab_fail"] = report;
}

// The kind answers the jab head never saw, where its edges are placed: dev's
// (`devKind`, under the head as it will ship) and train's out of fold.
std::vector<double> unseenKind(std::vector<double> devKind, const std::vector<std::string>& jTexts,
                               const std::vector<int>& jY, const ToneWords& words, ToneFeatureSet jabSet,
                               const Options& jabOpt) {
    const std::vector<double> oof = outOfFold(jTexts, jY, words, jabSet, jabOpt, jabOpt.jabFolds);
    for (size_t i = 0; i < oof.size(); ++i)
        if (!jY[i]) devKind.push_back(oof[i]);
    return devKind;
}

// What the jab head was fitted with and did on dev at its edge `tJ` (and the
// safety head alone at `tS`), in tone.json's "fitted". The rules were
// written on train and dev, so they miss almost nothing there; what the head
// would catch on its own says more about words it hasn't seen.
void recordJab(json::object& fitted, const Options& opt, const Dev& d, double tS, double tJ,
               const std::vector<double>& unseenKindJ) {
    const int addJ = countIn(d.posJ, tJ), falseJ = countIn(d.negJ, tJ);
    fitted["jab_budget"] = opt.jabBudget;
    fitted["jab_learner"] = opt.jabLearner;
    // tone_tests bounds what the head alone names on dev by this rate.
    fitted["jab_kind_rate"] = opt.jabKindRate;
    fitted["dev_model_alone"] = "safety rows " + shareIn(d.allS, tS) + ", hostile answers " + shareIn(d.allJ, tJ);
    fitted["dev_jabs"] = std::to_string(d.hostileRules) + "/" + std::to_string(d.hostile) + " hostile by the rules, " +
                         std::to_string(d.hostileRules + addJ) + "/" + std::to_string(d.hostile) +
                         " with the backstop; false jabs on kind answers " + std::to_string(d.kindRules) + " -> " +
                         std::to_string(d.kindRules + falseJ) + " of " + std::to_string(d.kind) +
                         "; the head alone names " + shareIn(unseenKindJ, tJ) +
                         " kind answers it never saw (train out of fold and dev)";
}

// --keep-heads: tone.json's heads and their edges kept as they are (a refit
// of every head moves the others' edges too, which is a choice of its own);
// the disclosure head fitted and placed, and the jab head's fail and veto
// edges placed: the fail edge from its kind answers (dev's under the shipped
// head, train's out of fold), the veto edge from dev's answers a rule names
// a jab in. With --refit-jab the jab head is fitted again too (jabLearner,
// jabBudget) and its edge placed as a full fit places it.
int runKeepHeads(const Options& opt, const std::vector<corpus::Phrasing>& phrasings,
                 const std::vector<corpus::Answer>& answers, const Scorer& rules, const ToneModel& current,
                 const std::string& tonePath, const std::vector<std::string>& jTexts, const std::vector<int>& jY,
                 const ObjectionCatalog& cat, ToneFeatureSet jabSet, const Options& jabOpt) {
    json::object doc = ContentFile::read(tonePath).root().as_object();
    if (!doc.contains("fitted") || !doc["fitted"].is_object())
        throw std::runtime_error(tonePath + ": has no \"fitted\" report to keep its heads by; fit every head instead");
    if (opt.placeMixed) {
        recordDisclosureMixed(doc.at("fitted").as_object(), opt, placeDisclosureMixed(doc, phrasings, opt));
        ToneModel::parse(json::serialize(doc), "tone.json (check)");  // what we write, we can read
        if (opt.write) writeTone(tonePath, doc);
        return 0;
    }
    // The kept heads' budgets are the file's own; a refitted head's is this fit's.
    auto budget = [&](const char* key) {
        const json::value* v = doc.at("fitted").as_object().if_contains(key);
        if (!v || !v->is_int64() || v->as_int64() <= 0)
            throw std::runtime_error(tonePath + ": fitted." + key + " is missing; fit every head instead");
        return size_t(v->as_int64());
    };
    // Out of fold, a kept jab head is learned as it was (before session 40
    // no file named its learner: they were all adam).
    Options jabFold = jabOpt;
    if (!opt.refitJab) {
        const json::value* l = doc.at("fitted").as_object().if_contains("jab_learner");
        jabFold.learner = l && l->is_string() ? std::string(l->as_string()) : "adam";
        jabFold.budget = budget("jab_budget");
    }
    int kept = 0, keptJ = 0;
    doc["heads"].as_object()["disclosure"] = headJson(fitDisclosure(phrasings, current.words(), opt), 0.5, kept);
    if (opt.refitJab)
        doc["heads"].as_object()["jab"] = headJson(fitSparse(jTexts, jY, current.words(), jabSet, jabOpt), 0.5, keptJ);
    // The agree edges go with the disclosure head they were placed for; they
    // are placed again below, with the mixed edge.
    doc["heads"].as_object()["safety"].as_object().erase("agree_threshold");
    const std::string report = placeDisclosure(doc, phrasings, rules, opt);
    const std::string mixedReport = placeDisclosureMixed(doc, phrasings, opt);
    doc["comment"] = toneComment(opt, {budget("budget"), budget("safety_budget"), opt.disclosureBudget,
                                       opt.refitJab ? opt.jabBudget : budget("jab_budget"), budget("met_budget")});
    // Taken after the comment is set: a key added to `doc` may move its values.
    json::object& fitted = doc.at("fitted").as_object();
    recordDisclosure(fitted, opt, report, mixedReport);
    // As the full fit's pool: dev's kind answers to an objection in the
    // catalog (measureDev), under the head as it will ship.
    const Dev d =
        measureDev(phrasings, answers, rules, cat, ToneModel::parse(json::serialize(doc), "tone.json (draft)"));
    // A kept head is folded with its own features, as it was fitted.
    const std::vector<double> unseenKindJ = unseenKind(d.kindJ, jTexts, jY, current.words(),
                                                       opt.refitJab ? jabSet : current.head("jab")->features, jabFold);
    if (opt.refitJab) {
        const double tJ = chooseThreshold(unseenKindJ, int(opt.jabKindRate * double(unseenKindJ.size())), opt.floor);
        doc["heads"].as_object()["jab"].as_object()["threshold"] = tJ;
        const double tS = doc["heads"].as_object()["safety"].as_object()["threshold"].to_number<double>();
        recordJab(fitted, opt, d, tS, tJ, unseenKindJ);
        std::printf("jab: %d weights kept; threshold %.3f\n  %s\n", keptJ, tJ,
                    std::string(fitted["dev_jabs"].as_string()).c_str());
    }
    recordJabFail(fitted, opt, placeJabFail(doc, unseenKindJ, opt));
    recordJabVeto(fitted, opt, placeJabVeto(doc, answers, rules, cat, opt));
    ToneModel::parse(json::serialize(doc), "tone.json (check)");  // what we write, we can read
    std::printf("disclosure: %d weights kept\n", kept);
    if (opt.write) writeTone(tonePath, doc);
    return 0;
}

int run(const Options& opt) {
    auto phrasings = corpus::readPhrasings(opt.corpus + "/phrasings.tsv");
    auto answers = corpus::readAnswers(opt.corpus + "/roleplay.tsv");
    for (const auto& f : opt.trainSets) corpus::readCheckSet(opt.corpus + "/" + f, Split::Train, phrasings, answers);
    for (const auto& f : opt.devSets) corpus::readCheckSet(opt.corpus + "/" + f, Split::Dev, phrasings, answers);
    // The rules alone: the fitting loader reads no tone.json.
    Scorer rules = Scorer::loadForFitting(opt.assets + "/scoring");
    // The word classes the features are built from are written by hand in
    // tone.json's "words": read them there and carry them over unchanged.
    const std::string tonePath = opt.assets + "/scoring/tone.json";
    const ToneModel current = ToneModel::loadFile(tonePath);
    const json::value wordsJson = ContentFile::read(tonePath).root().as_object().at("words");
    ObjectionCatalog cat = ObjectionCatalog::loadFile(opt.assets + "/roleplay/objections.json");

    std::vector<std::string> sTexts, jTexts, bTexts;
    std::vector<int> sY, jY, bY, wY;
    int trainPhr = 0, trainAns = 0;
    for (const auto& p : phrasings) {
        if (p.split != Split::Train) continue;
        ++trainPhr;
        sTexts.push_back(p.text);
        sY.push_back(p.label == "safety");
        if (opt.badAsJabs && p.label == "bad") jTexts.push_back(p.text), jY.push_back(1);
        // Blame: bad against good and mixed. A disclosure is the safety
        // head's to read, not a message to judge for tone.
        // Warmth reads the same messages: good against mixed and bad.
        if (p.label != "safety")
            bTexts.push_back(p.text), bY.push_back(p.label == "bad"), wY.push_back(p.label == "good");
    }
    for (const auto& a : answers) {
        if (a.split != Split::Train) continue;
        ++trainAns;
        jTexts.push_back(a.text);
        jY.push_back(a.label == "hostile");
        // No role-play answer tells of fear of the partner, and the backstop
        // reads answers too: they teach it that "you" and "my" in an answer
        // to an objection are no disclosure.
        sTexts.push_back(a.text);
        sY.push_back(0);
    }
    const ToneFeatureSet safetySet{opt.safetyCommon, opt.safetyClassPairs, opt.safetySkipPairs},
        jabSet{opt.jabCommon, opt.jabClassPairs, opt.jabSkipPairs};
    Options safetyOpt = opt, jabOpt = opt;
    safetyOpt.nbMix = opt.safetyNbMix;
    safetyOpt.budget = opt.safetyBudget;
    safetyOpt.learner = opt.safetyLearner;
    jabOpt.budget = opt.jabBudget;
    jabOpt.learner = opt.jabLearner;
    Options metOpt = opt;
    metOpt.budget = opt.metBudget;
    if (opt.keepHeads)
        return runKeepHeads(opt, phrasings, answers, rules, current, tonePath, jTexts, jY, cat, jabSet, jabOpt);
    if (opt.cvFolds > 0) {
        auto wanted = [&](const char* head) { return opt.cvHead.empty() || opt.cvHead == head; };
        if (wanted("safety")) {
            std::vector<char> uncarded;
            for (const auto& t : sTexts) uncarded.push_back(!rules.score(t).safety);
            crossValidate("safety", sTexts, sY, current.words(), safetySet, safetyOpt, &uncarded);
        }
        if (wanted("jab")) crossValidate("jab", jTexts, jY, current.words(), jabSet, jabOpt);
        if (wanted("warmth")) crossValidate("warmth", bTexts, wY, current.words(), {opt.warmthCommon, false}, opt);
        return 0;
    }
    Fitted safety = fitSparse(sTexts, sY, current.words(), safetySet, safetyOpt);
    Fitted jab = fitSparse(jTexts, jY, current.words(), jabSet, jabOpt);
    Fitted blame = fitSparse(bTexts, bY, current.words(), {opt.jabCommon, false}, opt);
    Fitted warmth = fitSparse(bTexts, wY, current.words(), {opt.warmthCommon, false}, opt);
    std::vector<std::string> mTexts, mObjections;
    std::vector<int> mY;
    for (const auto& a : answers)
        if (a.split == Split::Train)
            mTexts.push_back(a.text), mObjections.push_back(a.objection), mY.push_back(a.label == "met");
    Fitted met = fitSparse(mTexts, mY, current.words(), {opt.metCommon, false}, metOpt, mObjections);

    // Thresholds on dev, with the pruned weights as they will ship.
    json::object heads;
    int keptS = 0, keptJ = 0, keptB = 0, keptW = 0, keptM = 0;
    heads["safety"] = headJson(safety, 0.5, keptS);
    heads["jab"] = headJson(jab, 0.5, keptJ);
    heads["blame"] = headJson(blame, 0.5, keptB);
    heads["warmth"] = headJson(warmth, 0.5, keptW);
    heads["met"] = headJson(met, 0.5, keptM);
    int keptD = 0;
    heads["disclosure"] = headJson(fitDisclosure(phrasings, current.words(), opt), 0.5, keptD);
    json::object doc;
    doc["format"] = "doorway-scoring-tone";
    doc["version"] = 1;
    doc["comment"] = toneComment(opt, budgetsOf(opt));
    doc["words"] = wordsJson;
    doc["heads"] = heads;
    ToneModel draft = ToneModel::parse(json::serialize(doc), "tone.json (draft)");

    Dev d = measureDev(phrasings, answers, rules, cat, draft);
    auto& [rulesFalse, devSafety, rulesCard, negS, posS, allS, goodS, hostile, hostileRules, kind, kindRules, negJ,
           posJ, allJ, kindJ, inv] = d;
    const int allowedCards = std::max(opt.maxCards, int(opt.cardRate * double(negS.size() + size_t(rulesFalse))));
    double tS = chooseThreshold(negS, std::max(0, allowedCards - rulesFalse), opt.floor);
    const int addS = countIn(posS, tS), falseS = countIn(negS, tS);

    // The gentle check's edge, under the card's: none when it would sit at
    // or above it.
    double tC = std::max(chooseThreshold(negS, int(opt.checkRate * double(negS.size())), opt.floor),
                         chooseThreshold(goodS, int(opt.checkGoodRate * double(goodS.size())), opt.floor));
    if (tC >= tS) tC = 0;
    const std::string checkReport = tC <= 0 ? std::string("none: its edge would not sit under the card's")
                                            : "disclosures without a card that get it " + shareIn(posS, tC, tS) +
                                                  ", of them scored as invitations by the rules " +
                                                  shareIn(inv.safety, tC, tS) + "; non-safety messages and answers " +
                                                  shareIn(negS, tC, tS) + ", good messages " + shareIn(goodS, tC, tS);

    const std::vector<double> unseenKindJ = unseenKind(kindJ, jTexts, jY, current.words(), jabSet, jabOpt);
    const double tJ = chooseThreshold(unseenKindJ, int(opt.jabKindRate * double(unseenKindJ.size())), opt.floor);

    const int belowMixed = int(std::ceil(rules.bandFloor("mixed"))) - 1;
    BandDev bd = measureBlame(phrasings, rules, draft, belowMixed);
    const double tB = chooseBlameThreshold(bd, opt);
    const int mixedFloor = belowMixed + 1, invitationFloor = int(std::ceil(rules.bandFloor("invitation")));
    BandDev wd = measureWarmth(phrasings, rules, draft, tB, mixedFloor, invitationFloor);
    const double tW = chooseWarmthThreshold(wd, opt);
    const BandDev hd = measureHold(phrasings, rules, draft, tB, tC > 0 ? tC : tS, invitationFloor);
    const double tH = std::min(chooseHoldThreshold(hd, opt), tW - 0.001);
    const MetDev md = measureMet(answers, cat, rules, draft);
    const double tM = chooseMetThreshold(md.met, opt);
    if (opt.safetyTable)
        for (double t = opt.floor; t < 0.995; t += 0.025) {
            auto n = [t](const std::vector<double>& v) { return shareIn(v, t); };
            std::printf(
                "  safety at %.3f: cards added %s, false %s; invitations held under: disclosures %s, good %s, "
                "other %s\n",
                t, n(posS).c_str(), n(negS).c_str(), n(inv.safety).c_str(), n(inv.good).c_str(), n(inv.other).c_str());
        }
    if (opt.blameTable)
        for (double t = opt.floor; t < 0.995; t += 0.025)
            std::printf("  blame at %.3f: %s\n", t, blameReport(bd, t).c_str());
    if (opt.warmthTable)
        for (double t = opt.floor; t < 0.995; t += 0.025)
            std::printf("  warmth at %.3f: %s\n", t, warmthReport(wd, t).c_str());
    doc["heads"].as_object()["blame"].as_object()["threshold"] = tB;
    doc["heads"].as_object()["warmth"].as_object()["threshold"] = tW;
    if (tH > 0) doc["heads"].as_object()["warmth"].as_object()["hold_threshold"] = tH;
    doc["heads"].as_object()["met"].as_object()["threshold"] = tM;
    doc["heads"].as_object()["safety"].as_object()["threshold"] = tS;
    if (tC > 0) doc["heads"].as_object()["safety"].as_object()["check_threshold"] = tC;
    doc["heads"].as_object()["jab"].as_object()["threshold"] = tJ;
    const std::string disclosure = placeDisclosure(doc, phrasings, rules, opt);
    const std::string disclosureMixed = placeDisclosureMixed(doc, phrasings, opt);
    const std::string jabFail = placeJabFail(doc, unseenKindJ, opt);
    const std::string jabVeto = placeJabVeto(doc, answers, rules, cat, opt);
    json::object fitted;
    fitted["train_phrasings"] = trainPhr;
    fitted["train_answers"] = trainAns;
    auto joined = [](const std::vector<std::string>& v) {
        std::string out;
        for (const auto& f : v) out += (out.empty() ? "" : ", ") + f;
        return out.empty() ? std::string("none") : out;
    };
    fitted["check_sets_in_train"] = joined(opt.trainSets);
    fitted["check_sets_in_dev"] = joined(opt.devSets);
    fitted["bad_phrasings_as_jabs"] = opt.badAsJabs;
    fitted["lambda"] = opt.lambda;
    fitted["prune_below"] = opt.prune;
    fitted["budget"] = opt.budget;
    fitted["safety_budget"] = opt.safetyBudget;
    fitted["met_budget"] = opt.metBudget;
    fitted["min_count"] = opt.minCount;
    fitted["dev_safety_cards"] = std::to_string(rulesCard) + "/" + std::to_string(devSafety) + " by the rules, " +
                                 std::to_string(rulesCard + addS) + "/" + std::to_string(devSafety) +
                                 " with the backstop; false cards (messages and answers) " +
                                 std::to_string(rulesFalse) + " -> " + std::to_string(rulesFalse + falseS);
    fitted["dev_safety_check"] = checkReport;
    fitted["card_rate"] = opt.cardRate;
    fitted["check_rate"] = opt.checkRate;
    fitted["check_good_rate"] = opt.checkGoodRate;
    fitted["dev_blame"] = blameReport(bd, tB);
    fitted["dev_warmth"] = warmthReport(wd, tW);
    fitted["hold_good_rate"] = opt.holdGoodRate;
    fitted["dev_hold"] = holdReport(hd, tH);
    fitted["dev_met"] = metReport(md, tM);
    recordDisclosure(fitted, opt, disclosure, disclosureMixed);
    recordJabFail(fitted, opt, jabFail);
    recordJabVeto(fitted, opt, jabVeto);
    recordJab(fitted, opt, d, tS, tJ, unseenKindJ);
    json::object out;
    for (const char* k : {"format", "version", "comment"}) out[k] = doc[k];
    out["fitted"] = fitted;
    out["words"] = doc["words"];
    out["heads"] = doc["heads"];
    ToneModel::parse(json::serialize(out), "tone.json (check)");  // what we write, we can read

    std::printf("safety: %zu features fitted, %d kept; threshold %.3f\n  %s\n", safety.w.size(), keptS, tS,
                std::string(fitted["dev_safety_cards"].as_string()).c_str());
    std::printf("  gentle check at %.3f: %s\n", tC, checkReport.c_str());
    std::printf("jab:    %zu features fitted, %d kept; threshold %.3f\n  %s\n", jab.w.size(), keptJ, tJ,
                std::string(fitted["dev_jabs"].as_string()).c_str());
    std::printf("blame:  %zu features fitted, %d kept; threshold %.3f\n  %s\n", blame.w.size(), keptB, tB,
                std::string(fitted["dev_blame"].as_string()).c_str());
    std::printf("warmth: %zu features fitted, %d kept; threshold %.3f\n  %s\n", warmth.w.size(), keptW, tW,
                std::string(fitted["dev_warmth"].as_string()).c_str());
    if (tH > 0)
        std::printf("  hold at %.3f: %s\n", tH, std::string(fitted["dev_hold"].as_string()).c_str());
    else
        std::printf("  hold: none (it would hold no mixed or bad message within its share of good ones)\n");
    std::printf("met:    %zu features fitted, %d kept; threshold %.3f\n  %s\n", met.w.size(), keptM, tM,
                std::string(fitted["dev_met"].as_string()).c_str());
    std::printf("the model alone on dev, at these thresholds: %s\n",
                std::string(fitted["dev_model_alone"].as_string()).c_str());
    if (opt.write) writeTone(tonePath, out);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    opt.assets = DOORWAY_SOURCE_ASSETS;
    opt.corpus = std::string(DOORWAY_SOURCE_ASSETS) + "/../tests/corpus";
    try {
        for (int i = 1; i < argc; ++i) {
            std::string a = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
                return argv[++i];
            };
            // A head ships no more weights than tone.json's cap allows.
            auto headBudget = [&](const std::string& v) {
                const size_t n = size_t(std::stoul(v));
                if (n == 0 || n > kMaxHeadWeights)
                    throw std::invalid_argument(a + " must be 1 to " + std::to_string(kMaxHeadWeights));
                return n;
            };
            if (a == "--write")
                opt.write = true;
            else if (a == "--lambda")
                opt.lambda = std::stod(value());
            else if (a == "--cv-head")
                opt.cvHead = value();
            else if (a == "--budget")
                opt.budget = headBudget(value());
            else if (a == "--safety-budget")
                opt.safetyBudget = headBudget(value());
            else if (a == "--jab-budget")
                opt.jabBudget = headBudget(value());
            else if (a == "--met-budget")
                opt.metBudget = headBudget(value());
            else if (a == "--prune")
                opt.prune = std::stod(value());
            else if (a == "--nb-mix")
                opt.nbMix = std::stod(value());
            else if (a == "--safety-learner" || a == "--disclosure-learner" || a == "--jab-learner") {
                const std::string v = value();
                if (v != "adam" && v != "sgd") throw std::invalid_argument(a + " must be adam or sgd");
                (a == "--safety-learner" ? opt.safetyLearner
                 : a == "--jab-learner"  ? opt.jabLearner
                                         : opt.disclosureLearner) = v;
            } else if (a == "--sgd-epochs") {
                opt.sgdEpochs = std::stoi(value());
                if (opt.sgdEpochs < 1) throw std::invalid_argument(a + " must be 1 or more");
            } else if (a == "--sgd-rate") {
                opt.sgdRate = std::stod(value());
                if (!(opt.sgdRate > 0) || !std::isfinite(opt.sgdRate))
                    throw std::invalid_argument(a + " must be a number above 0");
            } else if (a == "--sgd-lambda") {
                opt.sgdLambda = std::stod(value());
                if (!(opt.sgdLambda >= 0) || !std::isfinite(opt.sgdLambda))
                    throw std::invalid_argument(a + " must be a number of 0 or more");
            } else if (a == "--disclosure-budget")
                opt.disclosureBudget = headBudget(value());
            else if (a == "--safety-nb-mix")
                opt.safetyNbMix = std::stod(value());
            else if (a == "--min-count")
                opt.minCount = std::stoi(value());
            else if (a == "--floor")
                opt.floor = std::stod(value());
            else if (a == "--cv")
                opt.cvFolds = std::stoi(value());
            else if (a == "--safety-class-pairs")
                opt.safetyClassPairs = value() == "true";
            else if (a == "--jab-class-pairs")
                opt.jabClassPairs = value() == "true";
            else if (a == "--safety-skip-pairs")
                opt.safetySkipPairs = value() == "true";
            else if (a == "--jab-skip-pairs")
                opt.jabSkipPairs = value() == "true";
            else if (a == "--check-rate")
                opt.checkRate = std::stod(value());
            else if (a == "--check-good-rate")
                opt.checkGoodRate = std::stod(value());
            else if (a == "--safety-common")
                opt.safetyCommon = value() == "true";
            else if (a == "--jab-common")
                opt.jabCommon = value() == "true";
            else if (a == "--max-cards")
                opt.maxCards = std::stoi(value());
            else if (a == "--card-rate")
                opt.cardRate = std::stod(value());
            else if (a == "--blame-good-rate")
                opt.blameGoodRate = std::stod(value());
            else if (a == "--blame-mixed-rate")
                opt.blameMixedRate = std::stod(value());
            else if (a == "--blame-table")
                opt.blameTable = true;
            else if (a == "--warmth-table")
                opt.warmthTable = true;
            else if (a == "--warmth-bad-rate")
                opt.warmthBadRate = std::stod(value());
            else if (a == "--warmth-mixed-rate")
                opt.warmthMixedRate = std::stod(value());
            else if (a == "--hold-good-rate")
                opt.holdGoodRate = std::stod(value());
            else if (a == "--disclosure-good-rate")
                opt.disclosureGoodRate = std::stod(value());
            else if (a == "--disclosure-against") {
                opt.disclosureAgainst.clear();
                for (const auto& l : tools::splitList(value())) {
                    if (l != "good" && l != "mixed" && l != "bad")
                        throw std::invalid_argument("--disclosure-against takes good, mixed or bad, not '" + l + "'");
                    opt.disclosureAgainst.insert(l);
                }
                if (opt.disclosureAgainst.empty()) throw std::invalid_argument("--disclosure-against needs a label");
            } else if (a == "--disclosure-mixed-rate")
                opt.disclosureMixedRate = std::stod(value());
            else if (a == "--keep-heads")
                opt.keepHeads = true;
            else if (a == "--refit-jab")
                opt.keepHeads = opt.refitJab = true;
            else if (a == "--place-mixed")
                opt.keepHeads = opt.placeMixed = true;
            else if (a == "--agree-safety") {
                opt.agreeSafety = std::stod(value());
                if (!(opt.agreeSafety == 0 || (opt.agreeSafety >= 0.01 && opt.agreeSafety <= 0.99)))
                    throw std::invalid_argument("--agree-safety must be 0 (none) or 0.01 to 0.99");
            } else if (a == "--disclosure-agree-rate")
                opt.disclosureAgreeRate = std::stod(value());
            else if (a == "--jab-fail-kind-rate")
                opt.jabFailKindRate = std::stod(value());
            else if (a == "--jab-veto-hostile-rate") {
                opt.jabVetoHostileRate = std::stod(value());
                if (!(opt.jabVetoHostileRate >= 0 && opt.jabVetoHostileRate < 1))
                    throw std::invalid_argument(a + " must be 0 (none) or a share under 1");
            } else if (a == "--disclosure-table")
                opt.disclosureTable = true;
            else if (a == "--met-loss-rate")
                opt.metLossRate = std::stod(value());
            else if (a == "--safety-table")
                opt.safetyTable = true;
            else if (a == "--refit-lambda")
                opt.refitLambda = std::stod(value());
            else if (a == "--refit-kept")
                opt.refitKept = value() == "true";
            else if (a == "--jab-kind-rate")
                opt.jabKindRate = std::stod(value());
            else if (a == "--bad-as-jabs")
                opt.badAsJabs = true;
            else if (a == "--train-sets")
                opt.trainSets = setList(value());
            else if (a == "--dev-sets")
                opt.devSets = setList(value());
            else if (a == "--assets")
                opt.assets = value();
            else if (a == "--corpus")
                opt.corpus = value();
            else
                throw std::invalid_argument("unknown option " + a);
        }
    } catch (const std::exception& e) {
        std::fprintf(
            stderr,
            "fit_tone: %s\nusage: fit_tone [--write] [--lambda L] [--prune P] [--budget N] [--safety-budget N] "
            "[--jab-budget N] [--met-budget N]\n                [--min-count N] [--floor F] [--bad-as-jabs]\n          "
            "      "
            "[--max-cards N] [--card-rate R] [--safety-common true|false] "
            "[--jab-common true|false] [--jab-kind-rate R]\n                [--safety-class-pairs true|false] "
            "[--jab-class-pairs true|false] [--safety-skip-pairs true|false] [--jab-skip-pairs true|false]\n"
            "                [--check-rate R] [--check-good-rate R] [--cv K] [--cv-head H]\n            "
            "    "
            "[--blame-good-rate R] "
            "[--blame-mixed-rate R] [--blame-table] [--safety-table] [--warmth-table] [--warmth-bad-rate R] "
            "[--warmth-mixed-rate R] [--met-loss-rate R] [--hold-good-rate R] [--refit-kept true|false]\n "
            "               [--disclosure-good-rate R] [--disclosure-against L] [--keep-heads] [--refit-jab]\n "
            "               [--disclosure-table] "
            "[--disclosure-mixed-rate R] [--place-mixed] [--agree-safety S] [--disclosure-agree-rate "
            "R]\n "
            "               [--jab-fail-kind-rate R] [--jab-veto-hostile-rate R] [--refit-lambda L] [--nb-mix M] "
            "[--safety-nb-mix M]\n"
            "                [--safety-learner adam|sgd] [--disclosure-learner adam|sgd] [--jab-learner adam|sgd]\n"
            "                [--disclosure-budget N] [--sgd-epochs N] [--sgd-rate R] [--sgd-lambda L] [--assets "
            "DIR] [--corpus DIR]\n "
            "               "
            "[--train-sets A.tsv,B.tsv] [--dev-sets C.tsv]\n",
            e.what());
        return 2;
    }
    try {
        return run(opt);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fit_tone: %s\n", e.what());
        return 1;
    }
}
