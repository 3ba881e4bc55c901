// The thirteenth generalisation pass (issue 18, session 13): the warmth
// backstop, the blame one's mirror. A message the rules left inside the
// mixed band whose words taken together read like the corpus's invitations
// is lifted to the invitation band's floor, with a finding that names the
// words; never beside the card, the gentle check, the blame backstop or a
// severe risk. The messages are found by the head's own verdict on the
// corpus's dev split, so the test follows the mechanism, not a list.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "../../tools/corpus.hpp"
#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;
constexpr auto& rulesOnly = doorway::test::rulesOnlyScorer;
using doorway::test::findingOf;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The shipped scoring folder copied into `dir`, with `edit` applied to the
// parsed JSON of `file` first.
template <class Edit>
void copyAssetsEditing(const doorway::test::TempDir& dir, const std::string& file, Edit edit) {
    for (const char* f : {"lexicon.json", "rules.json", "model.json", "tone.json"}) {
        const std::string text = readAll(doorway::test::sourcePath(std::string("assets/scoring/") + f));
        if (file != f) {
            doorway::test::writeText(dir.file(f), text);
            continue;
        }
        boost::json::value v = boost::json::parse(text);
        edit(v.as_object());
        doorway::test::writeText(dir.file(f), boost::json::serialize(v));
    }
}

// The ids of the rules marked severe in the shipped rules.json: beside one,
// the lift never speaks.
std::set<std::string> severeRules() {
    const boost::json::value v = boost::json::parse(readAll(doorway::test::sourcePath("assets/scoring/rules.json")));
    std::set<std::string> ids;
    for (const auto& r : v.at("rules").as_array())
        if (const auto* s = r.as_object().if_contains("severe"); s && s->as_bool())
            ids.insert(std::string(r.at("id").as_string()));
    return ids;
}

}  // namespace

TEST_CASE("The warmth backstop lifts a message the rules left in between to the invitation band, naming its words",
          "[scorer][tone]") {
    const auto rows = corpus::readPhrasings(doorway::test::sourcePath("tests/corpus/phrasings.tsv"));
    const int invitation = int(std::ceil(scorer().bandFloor("invitation")));
    const int mixed = int(std::ceil(scorer().bandFloor("mixed")));
    const ToneHead* head = scorer().toneHead("warmth");
    REQUIRE(head);
    const std::set<std::string> severe = severeRules();
    REQUIRE_FALSE(severe.empty());
    int lifted = 0, badLifted = 0, bad = 0;
    for (const auto& p : rows) {
        if (p.split != corpus::Split::Dev || p.label == "safety") continue;
        bad += p.label == "bad";
        const ScoreResult r = scorer().score(p.text);
        const ScoreResult before = rulesOnly().score(p.text);
        const ScoreFinding* warm = findingOf(r, "warmth_model");
        INFO(p.text << "\n" << doorway::test::describe(r) << "rules alone: " << before.score);
        if (!warm) {
            // Where it stays quiet, either the rules or another backstop
            // spoke, or the head itself did not lean warm enough.
            const ToneVerdict v = scorer().tone("warmth", p.text);
            bool another = r.safety || findingOf(r, "safety_check") || findingOf(r, "blame_model");
            for (const auto& f : r.findings) another = another || (f.kind == "risk" && severe.count(f.rule));
            const bool inBand = before.score >= mixed && before.score < invitation;
            if (!another && inBand && !before.safety) CHECK_FALSE((v.passes && v.wordsLean > 0 && v.start >= 0));
            continue;
        }
        ++lifted;
        badLifted += p.label == "bad";
        CHECK(before.score >= mixed);
        CHECK(before.score < invitation);
        CHECK(r.score == invitation);
        CHECK(r.band == "invitation");
        CHECK(warm->kind == "strength");
        CHECK(warm->weight == Approx(invitation - before.score));
        CHECK_FALSE(warm->message.empty());
        CHECK(p.text.substr(size_t(warm->start), size_t(warm->end - warm->start)) == warm->text);
        CHECK_FALSE(r.safety);
        CHECK_FALSE(findingOf(r, "safety_check"));
        CHECK_FALSE(findingOf(r, "blame_model"));
        for (const auto& f : r.findings) CHECK_FALSE((f.kind == "risk" && severe.count(f.rule)));
    }
    // Dev holds messages it lifts; if the edge moved so that none is, the
    // mechanism is untested and this says so. Praising a blaming message is
    // the costlier mistake: the fitter lets at most one in 200 of dev's bad
    // messages through, and the same must hold here.
    CHECK(lifted > 0);
    CHECK(badLifted <= std::max(1, bad / 200));
}

TEST_CASE("Without a warmth head the rules' score stands, and rules.json must say what the lift says",
          "[scorer][tone]") {
    // A dev message the backstop lifts, found by the mechanism.
    const auto rows = corpus::readPhrasings(doorway::test::sourcePath("tests/corpus/phrasings.tsv"));
    std::string text;
    for (const auto& p : rows)
        if (p.split == corpus::Split::Dev && findingOf(scorer().score(p.text), "warmth_model")) {
            text = p.text;
            break;
        }
    REQUIRE_FALSE(text.empty());

    doorway::test::TempDir noHead;
    copyAssetsEditing(noHead, "tone.json", [](boost::json::object& o) { o["heads"].as_object().erase("warmth"); });
    const Scorer without = Scorer::loadDirectory(noHead.path().string());
    CHECK(without.hasTone());
    const ScoreResult r = without.score(text);
    CHECK_FALSE(findingOf(r, "warmth_model"));
    CHECK(r.score == rulesOnly().score(text).score);

    doorway::test::TempDir noNote;
    copyAssetsEditing(noNote, "rules.json", [](boost::json::object& o) { o.erase("warmth_note"); });
    try {
        Scorer::loadDirectory(noNote.path().string());
        FAIL("rules.json without warmth_note loaded");
    } catch (const std::exception& e) {
        const std::string what = e.what();
        CHECK(what.find("rules.json") != std::string::npos);
        CHECK(what.find("warmth_note") != std::string::npos);
    }
}

TEST_CASE("Role-play's met backstop holds back a pass the ideas earned when the whole answer misses the fear",
          "[objections][tone]") {
    const auto rows = corpus::readAnswers(doorway::test::sourcePath("tests/corpus/roleplay.tsv"));
    const ToneHead* head = scorer().toneHead("met");
    REQUIRE(head);
    int heldBack = 0, metHeldBack = 0, passed = 0;
    std::string heldText, heldObjection;
    for (const auto& a : rows) {
        if (a.split != corpus::Split::Dev) continue;
        const Objection& o = doorway::test::shippedObjection(a.objection);
        const FearCheck c = checkAnswer(o, a.text, &scorer());
        INFO(a.objection << ": " << a.text << "\n" << c.feedback << "\np " << c.metProbability);
        if (c.met) {
            ++passed;
            CHECK_FALSE(c.heldBack);
            // Under the edge, a pass stands only where no word leans against
            // meeting the fear (an answer the head knows nothing against
            // keeps the ideas' verdict). Changed on purpose in session 18:
            // it was "where the words' sum doesn't lean against it".
            if (c.metProbability >= 0 && c.metProbability < head->threshold)
                CHECK(scorer().tone("met", a.text, a.objection, kTowardNo).start < 0);
        }
        if (!c.heldBack) continue;
        ++heldBack;
        metHeldBack += a.label == "met";
        if (heldText.empty()) heldText = a.text, heldObjection = a.objection;
        CHECK_FALSE(c.met);
        CHECK(c.metProbability >= 0);
        CHECK(c.metProbability < head->threshold);
        CHECK(scorer().tone("met", a.text, a.objection, kTowardNo).start >= 0);
        // Held back only where nothing else failed it: the ideas were there.
        CHECK(c.jabs.empty());
        CHECK(c.safetyMessage.empty());
        CHECK_FALSE(c.matched.empty());
        // The feedback keeps what helped and names the worry itself.
        CHECK(c.feedback.find("This helps: ") == 0);
        CHECK(c.feedback.find(o.fear.substr(1, o.fear.size() - 2)) != std::string::npos);
        const boost::json::object j = fearCheckToJson(o, a.text, c).as_object();
        CHECK(j.at("held_back").as_bool());
        // --json rounds to three places, so at most the edge there.
        CHECK(j.at("met_probability").as_double() <= head->threshold);
    }
    // Dev holds answers it holds back; the fitter's edge holds back at most
    // one in 50 of the dev answers that meet the fear and that the ideas
    // pass, and the same must hold here.
    CHECK(heldBack > 0);
    CHECK(metHeldBack <= std::max(1, (passed + metHeldBack) / 50 + 1));

    // Without the head, the ideas' verdict stands.
    REQUIRE_FALSE(heldText.empty());
    doorway::test::TempDir noHead;
    copyAssetsEditing(noHead, "tone.json", [](boost::json::object& o) { o["heads"].as_object().erase("met"); });
    const Scorer without = Scorer::loadDirectory(noHead.path().string());
    const FearCheck c = checkAnswer(doorway::test::shippedObjection(heldObjection), heldText, &without);
    CHECK(c.met);
    CHECK(c.metProbability < 0);
    CHECK_FALSE(c.heldBack);
}
