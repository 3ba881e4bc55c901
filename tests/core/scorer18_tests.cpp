// The eighteenth pass (issue 18, session 18): the warmth head's hold. A
// message the rules put in the invitation band, whose words taken together
// lean far from the messages that land as one, is kept just under the band,
// with the words that leaned away named. Role-play never counts it as a jab.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <cmath>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::test::describe;
using doorway::test::findingOf;
using doorway::test::shippedScorer;
using namespace doorway;

namespace {

constexpr const char* kWarmInvitation =
    "I've missed us lately. Would you try one session with me? If it's not for you, we stop.";

// The shipped assets, but with a warmth head of a few words: by default
// "zebra" leans hard away from warmth, "session" a little towards it. `hold`
// 0 leaves the hold out of the file.
Scorer withToyWarmth(const doorway::test::TempDir& dir, double hold, double bias = 0,
                     boost::json::object weights = {{"zebra", -4.0}, {"session", 1.0}}) {
    boost::json::value tone = doorway::test::copyScoringAssetsBut(dir, "tone.json");
    boost::json::object warmth;
    warmth["bias"] = bias;
    warmth["threshold"] = 0.9;
    if (hold > 0) warmth["hold_threshold"] = hold;
    warmth["common_unigrams"] = false;
    warmth["weights"] = std::move(weights);
    tone.as_object()["heads"].as_object()["warmth"] = warmth;
    doorway::test::writeText(dir.file("tone.json"), boost::json::serialize(tone));
    return Scorer::loadDirectory(dir.path().string());
}

}  // namespace

TEST_CASE("The hold keeps a message out of the invitation band when its words lean away, naming them", "[scorer]") {
    doorway::test::TempDir dir;
    const Scorer s = withToyWarmth(dir, 0.2);
    const int invitationFloor = int(std::ceil(s.bandFloor("invitation")));

    const ScoreResult warm = s.score(kWarmInvitation);
    INFO(describe(warm));
    REQUIRE(warm.score >= invitationFloor);  // the rules' verdict on it stands: p = 0.73
    CHECK_FALSE(findingOf(warm, "hold_model"));

    const std::string text = std::string(kWarmInvitation) + " Zebra.";
    const ScoreResult held = s.score(text);
    INFO(describe(held));
    CHECK(held.score == invitationFloor - 1);
    CHECK(held.band == "mixed");
    const ScoreFinding* f = findingOf(held, "hold_model");
    REQUIRE(f);
    CHECK(f->kind == "risk");
    CHECK(f->text == "Zebra");
    CHECK(text.substr(size_t(f->start), size_t(f->end - f->start)) == "Zebra");
    CHECK_FALSE(f->suggestion.empty());
    CHECK(f->weight < 0);
    // How sure it is that this won't land as an invitation: 1 - p(warm),
    // p = 1 / (1 + e^3) with "session" (+1) and "zebra" (-4).
    CHECK(f->probability == Approx(1 - 1 / (1 + std::exp(3.0))).margin(0.001));
    REQUIRE_FALSE(f->carried.empty());
    CHECK(f->carried[0].first == "Zebra");
    CHECK(f->carried[0].second == Approx(4.0));

    // A risk a rule found first doesn't stop the hold: a dig beside kind
    // words is what it is for.
    const std::string withRisk =
        "I've missed us lately, though I'm tired of always being the one who tries. Would you try one session "
        "with me? If it's not for you, we stop. Zebra.";
    const ScoreResult risky = s.score(withRisk);
    INFO(describe(risky));
    CHECK(risky.score == invitationFloor - 1);
    CHECK(findingOf(risky, "hold_model"));

    // A role-play answer is never held: it needs no ask of its own.
    const ScoreResult answer = s.score(text, ScoreAs::Answer);
    INFO(describe(answer));
    CHECK(answer.score >= invitationFloor);
    CHECK_FALSE(findingOf(answer, "hold_model"));

    // Without an edge in the file, nothing is held.
    doorway::test::TempDir plain;
    const ScoreResult notHeld = withToyWarmth(plain, 0).score(text);
    INFO(describe(notHeld));
    CHECK(notHeld.score >= invitationFloor);
    CHECK_FALSE(findingOf(notHeld, "hold_model"));
}

TEST_CASE("Where no sentence leans away on the whole, the hold marks the whole message, not one word", "[scorer]") {
    doorway::test::TempDir dir;
    // Each sentence leans warm (+1, and -1 + 2), but with the bias the
    // message sits under the edge: p = 1 / (1 + e^1) = 0.27.
    const Scorer s = withToyWarmth(dir, 0.3, -3, {{"session", 1.0}, {"zebra", -1.0}, {"moon", 2.0}});
    const std::string text =
        "I've missed us lately. Would you try one session with me? If it's not for you, we stop. "
        "Zebra moon.";
    REQUIRE(s.score(std::string(kWarmInvitation)).score >= int(std::ceil(s.bandFloor("invitation"))));
    const ScoreResult r = s.score(text);
    INFO(describe(r));
    const ScoreFinding* f = findingOf(r, "hold_model");
    REQUIRE(f);
    CHECK(f->start == 0);
    CHECK(f->end == int(text.size()));
    REQUIRE_FALSE(f->carried.empty());
    CHECK(f->carried[0].first == "Zebra");
}

TEST_CASE("A verdict towards no names the words that pushed against, as positive amounts", "[scorer]") {
    // The minimal model, its jab head with a word on each side and no bias.
    std::string text = doorway::test::kMinimalTone;
    const std::string jab =
        R"("jab": {"bias": -2, "threshold": 0.6, "common_unigrams": true, "weights": {"whatev": 3}})";
    REQUIRE(text.find(jab) != std::string::npos);
    text.replace(
        text.find(jab), jab.size(),
        R"("jab": {"bias": 0, "threshold": 0.6, "common_unigrams": true, "weights": {"whatev": 3, "fine": -2}})");
    const ToneModel m = ToneModel::parse(text, "tone.json");
    const ToneVerdict yes = m.judge("jab", "Fine. Whatever.");
    REQUIRE_FALSE(yes.evidence.empty());
    CHECK(yes.evidence[0].words == "Whatever");
    CHECK(yes.text == "Whatever");
    const ToneVerdict no = m.judge("jab", "Fine. Whatever.", "", kTowardNo);
    CHECK(no.probability == Approx(yes.probability));
    REQUIRE(no.evidence.size() == 1);
    CHECK(no.evidence[0].words == "Fine");
    CHECK(no.evidence[0].weight == Approx(2.0));
    CHECK(no.text == "Fine");
}

TEST_CASE("The hold's edge and its note are checked on load, naming where", "[scorer]") {
    auto loadError = [](const std::string& file, auto edit) {
        doorway::test::TempDir dir;
        boost::json::value v = doorway::test::copyScoringAssetsBut(dir, file);
        edit(v.as_object());
        doorway::test::writeText(dir.file(file), boost::json::serialize(v));
        try {
            const Scorer s = Scorer::loadDirectory(dir.path().string());
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    std::string e = loadError("tone.json", [](boost::json::object& o) {
        o["heads"].as_object()["safety"].as_object()["hold_threshold"] = 0.1;
    });
    CHECK(e.find("heads.safety.hold_threshold") != std::string::npos);
    CHECK(e.find("warmth head only") != std::string::npos);
    e = loadError("tone.json", [](boost::json::object& o) {
        auto& w = o["heads"].as_object()["warmth"].as_object();
        w["hold_threshold"] = 0.45;
        w["threshold"] = 0.4;
    });
    CHECK(e.find("heads.warmth.hold_threshold") != std::string::npos);
    CHECK(e.find("below threshold") != std::string::npos);
    e = loadError("rules.json", [](boost::json::object& o) { o.erase("hold_note"); });
    CHECK(e.find("hold_note") != std::string::npos);
    e = loadError("rules.json", [](boost::json::object& o) { o["hold_note"].as_object()["suggestion"] = ""; });
    CHECK(e.find("hold_note.suggestion") != std::string::npos);
}

TEST_CASE("The shipped hold leaves plainly warm invitations alone and is fitted with an edge", "[scorer]") {
    const ToneHead* warmth = shippedScorer().toneHead("warmth");
    REQUIRE(warmth);
    CHECK(warmth->holdThreshold > 0);
    CHECK(warmth->holdThreshold < warmth->threshold);
    for (const char* text :
         {kWarmInvitation, "I've been feeling far from you and I miss you. Would you come to one session with me?",
          "I know money's tight. Would you be up for one free session at the community centre? No pressure at all.",
          "i love you and i miss how we used to talk. would you try one counselling session with me? totally ok if "
          "not"}) {
        const ScoreResult r = shippedScorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.band == "invitation");
        CHECK_FALSE(findingOf(r, "hold_model"));
    }
}

TEST_CASE("Role-play scores an answer's wording without the hold", "[scorer][roleplay]") {
    const std::string answer =
        "I'd like you to come to therapy with me. It's six weeks, an hour each, and we can stop whenever you want.";
    const ScoreResult asAnswer = shippedScorer().score(answer, ScoreAs::Answer);
    INFO(describe(asAnswer));
    CHECK_FALSE(findingOf(asAnswer, "hold_model"));
    const FearCheck c = doorway::test::shippedCheck("no_time", answer);
    for (const auto& j : c.jabs) CHECK(j.rule != "hold_model");
    CHECK(c.met);
}

// This pass's patterns, each beside the everyday sentences it was tried on
// before it was kept, against the rules alone.
TEST_CASE("Session 18's patterns catch their shape and leave the look-alikes alone", "[scorer]") {
    doorway::test::expectRuleTable({
        {"my treat lol, well ur treat since u have my card 😅 anyway one session?", "safety", true},
        {"since you have my card details can you book the session", "safety", false},
        {"Since you have my card, can you grab milk on the way home?", "safety", false},
        {"It's just interesting how careful only kicks in when it's something I want.", "sarcasm", true},
        {"It's funny how the dog only barks when the postman comes.", "sarcasm", false},
        {"It's interesting how the kids only eat veg when it's something I grew.", "sarcasm", false},
        {"I understand, honestly I do. I'd be embarrassed too, if I were you.", "contempt", true},
        {"I'd be nervous too if I were you, it's a big step.", "contempt", false},
        {"It's frightening looking at the mess. Especially when most of it's yours.", "you_accusation", true},
        // "of it is yours" is no choice handed to them; "it is yours to decide" still is.
        {"Would you come once? If not, that's fine, it is yours to decide.", "you_accusation", false},
        {"Would you come once? If not, that's fine, it is yours to decide.", "agency", true},
        {"Can we try counselling? I'd want to talk about how no doesn't seem to count when you've been drinking.",
         "safety", true},
        {"No doesn't count as an answer in this quiz, love.", "safety", false},
        {"Okay, therapy doesn't work, the same like your promises about the weekends.", "backhanded", true},
        {"It's the same like your mum's lasagne, honestly perfect.", "backhanded", false},
        {"The Hendersons were equally self-reliant, and I gather they're selling the house.", "backhanded", true},
        {"The Smiths were just as nervous, and now they are getting married.", "backhanded", false},
        {"Neither does talking to you.", "contempt", true},
        {"Neither do I, to be honest. Would you try one session with me?", "contempt", false},
        {"Of course. I'll simply set aside the money we'd save on a lawyer later.", "ultimatum", true},
        {"We'd save on a lawyer by doing the will ourselves.", "ultimatum", false},
        {"Only, most of the problems are coming from your side, you know this.", "you_accusation", true},
        {"Most of the problems are coming from the boiler, not from us.", "you_accusation", false},
        {"That's fair. Though a stranger might be easier to talk to than you are.", "backhanded", true},
        {"It's easier to talk to than you think, honestly. One session?", "backhanded", false},
        {"If we try nothing at all, I am not sure how long I can stay like this.", "ultimatum", true},
        {"I'm not sure how long I can stay at the party, I'm shattered.", "ultimatum", false},
        {"I would just note that my own patience is not unlimited.", "ultimatum", true},
        {"My patience with the printer is not unlimited, haha.", "ultimatum", false},
        {"Nobody would buy it, our life is too boring, haha.", "backhanded", true},
        {"Our life is too boring lately, let's do something fun together, maybe a class?", "backhanded", false},
        {"Seriously? Not everything's a conspiracy against you.", "contempt", true},
    });
}

// Role-play's own blame phrases (objections.json "blame"), for jabs no
// phrasing rule can name: "private" earns the reassurance there first.
TEST_CASE("Session 18's blame phrases name the jab in a role-play answer", "[objections]") {
    for (const auto& [objection, answer] :
         {std::pair{"stranger", "Then stay private and alone."},
          {"fix_it_ourselves", "we cant fix anything you wont even admit theres something broken"}}) {
        const FearCheck c = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        REQUIRE_FALSE(c.jabs.empty());
        CHECK(c.jabs[0].rule == "blame");
    }
    const FearCheck kind = doorway::test::shippedCheck(
        "stranger", "It stays private, and you won't be alone in there: I'll be right beside you.");
    INFO(kind.feedback);
    CHECK(kind.jabs.empty());
}
