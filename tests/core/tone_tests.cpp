// The fitted backstop behind the rules (core/scorer_tone.hpp,
// assets/scoring/tone.json): it loads and refuses a broken file by name, its
// features are what the fitter saw, and on sentences written for these tests
// (in no corpus and not in tests/corpus/fresh4.tsv) it catches disclosures and
// jabs the rules miss, names the words that carried them, and leaves kind
// look-alikes alone.
#include "../../tools/corpus.hpp"
#include "core/content.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"

#include <algorithm>
#include <filesystem>

using namespace doorway;
using doorway::test::describe;
using doorway::test::shippedObjection;
using doorway::test::shippedScorer;
using doorway::test::shippedTone;
using doorway::test::sourcePath;

namespace {

constexpr auto& rulesOnly = doorway::test::rulesOnlyScorer;

bool hasFeature(const std::vector<ToneFeature>& fs, const std::string& name) {
    return std::any_of(fs.begin(), fs.end(), [&](const ToneFeature& f) { return f.name == name; });
}

const char* const kMinimal = doorway::test::kMinimalTone;

std::string parseError(const std::string& from, const std::string& to) {
    std::string text = kMinimal;
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    try {
        ToneModel::parse(text, "tone.json");
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("tone: the shipped model loads, with both heads, readable sizes and dev-chosen thresholds",
          "[scorer][tone]") {
    ToneModel m = ToneModel::loadFile(sourcePath("assets/scoring/tone.json"));
    for (const char* name : {"safety", "jab"}) {
        INFO(name);
        const ToneHead* h = m.head(name);
        REQUIRE(h != nullptr);
        CHECK(h->threshold >= 0.5);
        CHECK(h->threshold < 0.99);
        CHECK(h->weights.size() >= 200);
        CHECK(h->weights.size() <= kMaxHeadWeights);
    }
    // Every head stays within the budget tools/fit_tone fitted it to (its
    // report in tone.json: safety, jab, met and disclosure have their own,
    // blame and warmth share one), and every budget within the cap a loader
    // accepts.
    const boost::json::value fitted =
        boost::json::parse(doorway::test::readText(sourcePath("assets/scoring/tone.json"))).at("fitted");
    for (const auto& [name, key] : {std::pair{"safety", "safety_budget"}, std::pair{"jab", "jab_budget"},
                                    std::pair{"blame", "budget"}, std::pair{"warmth", "budget"},
                                    std::pair{"met", "met_budget"}, std::pair{"disclosure", "disclosure_budget"}}) {
        INFO(name);
        const ToneHead* h = m.head(name);
        REQUIRE(h != nullptr);
        const auto budget = size_t(fitted.at(key).as_int64());
        CHECK(budget <= kMaxHeadWeights);
        CHECK(h->weights.size() <= budget);
    }
    // The whole file stays readable by the app (tools/fit_tone refuses to
    // write more): with heads near the cap it could outgrow the limit.
    CHECK(std::filesystem::file_size(sourcePath("assets/scoring/tone.json")) <= kMaxAssetBytes);
    CHECK(shippedScorer().hasTone());
    CHECK_FALSE(rulesOnly().hasTone());
}

TEST_CASE("tone: a broken tone.json is refused, naming the file and the key", "[scorer][tone]") {
    CHECK_NOTHROW(ToneModel::parse(kMinimal, "tone.json"));
    std::string e =
        parseError("\"threshold\": 0.6, \"common_unigrams\": false", "\"threshold\": 1.5, \"common_unigrams\": false");
    CHECK(contains(e, "tone.json"));
    CHECK(contains(e, "heads.safety.threshold"));
    e = parseError("\"whatev\": 3", "\"whatev\": \"lots\"");
    CHECK(contains(e, "heads.jab.weights.whatev"));
    CHECK(contains(e, "must be a number"));
    e = parseError("\"bias\": -2, \"threshold\": 0.6, \"common_unigrams\": true",
                   "\"bias\": -2, \"thresold\": 0.6, \"common_unigrams\": true");
    CHECK(contains(e, "heads.jab.thresold"));
    e = parseError(
        ",\n    \"jab\": {\"bias\": -2, \"threshold\": 0.6, \"common_unigrams\": true, \"weights\": {\"whatev\": 3}}",
        "");
    CHECK(contains(e, "heads.jab"));
    CHECK(contains(e, "missing"));
    e = parseError("\"common_unigrams\": false", "\"common_unigrams\": \"no\"");
    CHECK(contains(e, "heads.safety.common_unigrams"));
    e = parseError("\"weights\": {\"frighten\": 3}", "\"weights\": {}");
    CHECK(contains(e, "heads.safety.weights"));
    e = parseError("\"harm\": [\"shove~\"]", "\"harm\": [\"won't\"]");
    CHECK(contains(e, "words.harm"));
    CHECK(contains(e, "won't"));
    e = parseError("\"breakers\": [\"and\"]", "\"breakers\": []");
    CHECK(contains(e, "words.breakers"));
    e = parseError("\"fear\": [\"scared\"], ", "");
    CHECK(contains(e, "words.fear"));
    CHECK(contains(e, "missing"));
    e = parseError(", \"obligation\": [\"have\"]", "");
    CHECK(contains(e, "words.obligation"));
    // The gentle check: the safety head's only, and under the card's edge.
    CHECK_NOTHROW(ToneModel::parse(std::string(kMinimal).replace(std::string(kMinimal).find("\"threshold\": 0.6"), 16,
                                                                 "\"threshold\": 0.6, \"check_threshold\": 0.5"),
                                   "tone.json"));
    e = parseError("\"threshold\": 0.6, \"common_unigrams\": false",
                   "\"threshold\": 0.6, \"check_threshold\": 0.7, \"common_unigrams\": false");
    CHECK(contains(e, "heads.safety.check_threshold"));
    CHECK(contains(e, "above threshold"));
    e = parseError("\"threshold\": 0.6, \"common_unigrams\": true",
                   "\"threshold\": 0.6, \"check_threshold\": 0.5, \"common_unigrams\": true");
    CHECK(contains(e, "heads.jab.check_threshold"));
    e = parseError("\"common_unigrams\": false", "\"common_unigrams\": false, \"class_pairs\": 1");
    CHECK(contains(e, "heads.safety.class_pairs"));
    e = parseError("\"common_unigrams\": false", "\"common_unigrams\": false, \"skip_pairs\": \"yes\"");
    CHECK(contains(e, "heads.safety.skip_pairs"));
    // A verb written once is heard in every tense.
    const ToneModel minimal = ToneModel::parse(kMinimal, "tone.json");
    for (const char* w : {"shove", "shoves", "shoved", "shoving"}) CHECK(minimal.words().harm.count(w) == 1);
    e = parseError("doorway-scoring-tone", "doorway-scoring-model");
    CHECK(contains(e, "tone.json"));
    CHECK_THROWS(ToneModel::parse("{ not json", "tone.json"));

    // Through the scorer: the whole load stops, naming tone.json.
    doorway::test::TempDir dir;
    for (const char* f : {"lexicon.json", "rules.json", "model.json"})
        std::filesystem::copy_file(sourcePath(std::string("assets/scoring/") + f), dir.file(f));
    std::string broken = kMinimal;
    broken.replace(broken.find("0.6"), 3, "7");
    doorway::test::writeText(dir.file("tone.json"), broken);
    try {
        Scorer::loadDirectory(dir.path().string());
        FAIL("a broken tone.json loaded");
    } catch (const std::exception& ex) {
        CHECK(contains(ex.what(), "tone.json"));
        CHECK(contains(ex.what(), "heads.safety.threshold"));
    }
    // Without one, the rules speak alone.
    std::filesystem::remove(dir.file("tone.json"));
    CHECK_FALSE(Scorer::loadDirectory(dir.path().string()).hasTone());
}

TEST_CASE("tone: features are stems, pairs, openers and shapes, the same for curly and straight apostrophes",
          "[scorer][tone]") {
    auto fs = shippedTone().features("You grabbed my arm, then you laughed. Don't.");
    CHECK(hasFeature(fs, "grab"));
    CHECK(hasFeature(fs, "you grab"));
    CHECK(hasFeature(fs, "^ you"));
    CHECK(hasFeature(fs, "#you_me"));
    CHECK(hasFeature(fs, "^ dont"));
    CHECK(hasFeature(fs, "arm then"));          // a pair runs on past a comma...
    CHECK_FALSE(hasFeature(fs, "laugh dont"));  // ...but never past a sentence's end
    auto straight = shippedTone().features("You don't listen?");
    auto curly = shippedTone().features("You don\u2019t listen?");
    REQUIRE(straight.size() == curly.size());
    for (size_t i = 0; i < straight.size(); ++i) CHECK(straight[i].name == curly[i].name);
    CHECK(hasFeature(straight, "#question"));
    // Without common unigrams, "you" alone is no feature, but its pairs are.
    auto lean = shippedTone().features("You grabbed my arm.", ToneFeatureSet{false});
    CHECK_FALSE(hasFeature(lean, "you"));
    CHECK(hasFeature(lean, "you grab"));
    // Pairs told by word class, for a head that reads them.
    CHECK(hasFeature(shippedTone().features("He hid my keys.", ToneFeatureSet{false, true}), "=me =control"));
    CHECK_FALSE(hasFeature(shippedTone().features("He hid my keys.", ToneFeatureSet{false, false}), "=me =control"));
    // Pairs past one word between, within a clause, for a head that reads them.
    const ToneFeatureSet skipping{false, false, true};
    auto drive = shippedTone().features("I'm not allowed to drive anywhere without him.", skipping);
    CHECK(hasFeature(drive, "drive _ without"));
    CHECK(hasFeature(drive, "allow _ drive"));
    CHECK_FALSE(
        hasFeature(shippedTone().features("I'm not allowed to drive anywhere without him.", ToneFeatureSet{false}),
                   "drive _ without"));
    CHECK_FALSE(hasFeature(shippedTone().features("He drives fast, without a care.", skipping), "fast _ without"));
    CHECK_FALSE(hasFeature(shippedTone().features("He drives. Without a care.", skipping), "drive _ without"));
    // A lifted burden is one feature, not the "don't" that leans toward blame.
    auto lifted = shippedTone().features("You don't have to decide now.", ToneFeatureSet{false});
    CHECK(hasFeature(lifted, "#release"));
    CHECK_FALSE(hasFeature(lifted, "dont"));
    CHECK_FALSE(hasFeature(lifted, "you dont"));
    CHECK(hasFeature(lifted, "decid"));
    CHECK(hasFeature(shippedTone().features("You don't listen.", ToneFeatureSet{false}), "dont"));
    // "your" is an owner, not someone acting: no #you_me.
    CHECK_FALSE(hasFeature(shippedTone().features("Your brother's cat scratched me."), "#you_me"));
}

TEST_CASE("tone: disclosures the rules miss get the safety finding and card, named by their words", "[scorer][tone]") {
    const std::string cardMessage = [] {
        for (const auto& f : rulesOnly().score("I'm scared of you when you drink.").findings)
            if (f.kind == "safety") return f.message;
        return std::string();
    }();
    REQUIRE_FALSE(cardMessage.empty());
    const ToneHead* head = shippedTone().head("safety");
    REQUIRE(head);
    // The gentle check sits under the card's edge (session 12).
    REQUIRE(head->checkThreshold > 0.5);
    REQUIRE(head->checkThreshold < head->threshold);
    const char* disclosures[] = {
        // (Was "You slammed me into the wardrobe door...": the rules now read
        // a shove into any door or wall, so it no longer tests the backstop.)
        "I keep the car keys in my bra at night in case I need to go.",
        // (Was "...I go and sleep in the car...": the rules now read sleeping in the car.)
        "When you drink I wait in the car with the doors locked.",
        // (Was "I'm frightened of the look you get before things start flying.":
        // the rules now read things flying around the partner's temper.)
        "I sleep with my phone under the pillow in case I need to call someone.",
        // (Was "...i just lie there waiting for it": the rules now read lying awake waiting.)
        "When you've had a drink I keep the baby's bag by the back door.",
    };
    for (const char* text : disclosures) {
        INFO(text);
        ScoreResult rules = rulesOnly().score(text);
        INFO("rules: " << describe(rules));
        CHECK_FALSE(rules.safety);
        ScoreResult r = shippedScorer().score(text);
        INFO("with the backstop: " << describe(r));
        // Which of the two it gets follows the head's edges: the card at or
        // above the threshold, the gentle check (no card, a pointer to it)
        // between the check's edge and the card's. Never an invitation.
        const double p = shippedScorer().tone("safety", text).probability;
        REQUIRE(p >= head->checkThreshold);
        const bool card = p >= head->threshold;
        CHECK(r.safety == card);
        CHECK((r.band == "safety") == card);
        CHECK(r.score < shippedScorer().bandFloor("invitation"));
        auto it = std::find_if(r.findings.begin(), r.findings.end(), [card](const ScoreFinding& f) {
            return f.rule == (card ? "safety_model" : "safety_check");
        });
        REQUIRE(it != r.findings.end());
        CHECK(it->kind == "safety");
        if (card) CHECK(it->message == cardMessage);
        CHECK(it->message.find("Help > Safety") != std::string::npos);
        CHECK_FALSE(it->text.empty());
        CHECK(std::string(text).substr(size_t(it->start), size_t(it->end - it->start)) == it->text);
        CHECK(it->probability >= shippedScorer().tone("safety", text).probability - 0.001);
        CHECK_FALSE(it->carried.empty());
        if (card)
            for (const auto& f : r.findings) CHECK(f.kind != "strength");
        auto json = scoreResultToJson(r).as_object();
        bool shown = false;
        for (const auto& f : json["findings"].as_array())
            shown = shown || (f.as_object().contains("probability") && f.as_object().contains("carried"));
        CHECK(shown);
    }
}

TEST_CASE("tone: kind look-alikes of fear get no card", "[scorer][tone]") {
    const char* lookAlikes[] = {
        "I'm scared we'll end up like my parents, not talking for years. Could we try a session?",
        "I'm nervous about what the counsellor will think of us, but I'd like to try.",
        "I'm terrified of flying, so maybe a session online would suit us better than going away.",
        "I worry that we only talk about bills. Would you like to see someone together?",
        "I get anxious when the money runs low at the end of the month, and I'd like us to plan it together.",
    };
    for (const char* text : lookAlikes) {
        ScoreResult r = shippedScorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}

TEST_CASE("tone: jabs the rules miss fail the answer, named by the words that carried them", "[scorer][tone]") {
    struct Case {
        const char* objection;
        const char* answer;
    };
    const Case jabs[] = {
        // (Session 20's refit let this one and you_go's two below through:
        // its jab edge had risen to 0.966. Back since session 21, when the
        // edge is chosen on kind answers the head never saw.)
        {"stranger", "Because your mates down the pub are so discreet."},
        {"stranger", "Oh, but the whole pub is fine, is it."},
        // (Was "Oh, so I'm the broken one now. Brilliant.": the rules now read
        // "so I'm the broken one now" as martyrdom.)
        {"you_go", "Sure, I'll go and get myself fixed then."},
        {"you_go", "Right, fine, I'm the project then."},
        {"no_time", "Oh, but the golf is fine, is it."},
        // (Was "It can't get much worse than you sulking for a week.": the
        // rules now read "you sulking" as pointing at them.)
        // (Was "Worse than living with your silences? I doubt it.": the rules
        // now read a lone "I doubt it" as sarcasm.)
        // (Was "Worse than living with your silences? Hard to picture.": the
        // rules now read "with your silences" as a trait named as the cause.)
        {"make_it_worse", "Worse than the last three years? Hard to imagine."},
        // (Was "You're fine. I'm the one lying awake.": the rules now read that martyrdom.)
        // (Was "We're fine the way a house with no smoke alarm is fine.": the
        // rules now read "fine the way a ... is fine" as sarcasm.)
        // (Was "You'd say we were fine if the kitchen was on fire.": the rules
        // now read "fine if ... on fire" as sarcasm.)
        {"were_fine", "Oh, we're fine, are we. Lovely."},
    };
    for (const auto& c : jabs) {
        INFO(c.objection << ": " << c.answer);
        const Objection& o = shippedObjection(c.objection);
        CHECK(checkAnswer(o, c.answer, &rulesOnly()).jabs.empty());
        FearCheck r = checkAnswer(o, c.answer, &shippedScorer());
        INFO(r.feedback);
        CHECK_FALSE(r.met);
        REQUIRE_FALSE(r.jabs.empty());
        CHECK(r.jabs.front().rule == "jab_model");
        CHECK(r.jabs.front().kind == "risk");
        CHECK(r.blame == r.jabs.front().text);
        CHECK(r.blame.size() >= 4);  // a phrase, not a lone "you"
        CHECK(contains(r.feedback, "\"" + r.blame + "\""));
        CHECK_FALSE(r.jabs.front().carried.empty());
        auto json = fearCheckToJson(o, c.answer, r).as_object();
        CHECK(json["blame"].as_array().at(0).as_object().contains("probability"));
    }
}

TEST_CASE("tone: kind answers get no jab from the backstop", "[scorer][tone]") {
    struct Case {
        const char* objection;
        const char* answer;
    };
    const Case kind[] = {
        {"cant_afford",
         "I know money's tight. We could look for a clinic that charges by income and try two sessions first."},
        {"no_time",
         "I get that your weeks are full. It could be one evening a fortnight, online, for a couple of months."},
        {"stranger", "It's private, and you could pick someone you feel comfortable with."},
        {"think_about_it", "Of course. Take your time, there's no rush."},
        {"make_it_worse", "I worry about that too. A counsellor can slow things down if it gets heated."},
    };
    for (const auto& c : kind) {
        FearCheck r = checkAnswer(shippedObjection(c.objection), c.answer, &shippedScorer());
        INFO(c.objection << ": " << c.answer << "\n" << r.feedback);
        for (const auto& j : r.jabs) CHECK(j.rule != "jab_model");
        CHECK(r.met);
    }
}

// The jab head's edge is chosen so that it alone names few kind answers it
// never saw (fit_tone's jabKindRate, written to tone.json's fitted block as
// jab_kind_rate, on train out of fold and dev), not by what it adds past
// the rules on dev, where the rules, written from dev's misses, leave it
// almost nothing: chosen that way it sat at 0.966 after session 20 and
// named on its own a quarter of dev's hostile answers (150 of 576), and on
// unseen answers far fewer jabs than the rules missed.
TEST_CASE("tone: the jab head alone names most hostile dev answers and few kind ones", "[scorer][tone][corpus]") {
    int hostile = 0, hostileNamed = 0, kind = 0, kindNamed = 0;
    for (const auto& a : doorway::corpus::readAnswers(sourcePath("tests/corpus/roleplay.tsv"))) {
        if (a.split != doorway::corpus::Split::Dev) continue;
        const bool named = shippedTone().judge("jab", a.text).passes;
        if (a.label == "hostile")
            ++hostile, hostileNamed += named;
        else
            ++kind, kindNamed += named;
    }
    REQUIRE(hostile > 100);
    REQUIRE(kind > 200);
    // Dev holds about a quarter of the kind answers the edge is chosen on
    // (train's, out of fold, are the rest), so its own share can sit a
    // little over the rate; twice the rate means the edge has drifted.
    const double rate = boost::json::parse(doorway::test::readText(sourcePath("assets/scoring/tone.json")))
                            .at("fitted")
                            .at("jab_kind_rate")
                            .to_number<double>();
    REQUIRE(rate > 0);
    REQUIRE(rate <= 0.02);
    INFO("hostile " << hostileNamed << "/" << hostile << ", kind " << kindNamed << "/" << kind << ", rate " << rate);
    CHECK(hostileNamed * 2 >= hostile);
    CHECK(double(kindNamed) <= 2 * rate * double(kind));
}

// The fail edge is chosen the same way at its own rate (jab_fail_kind_rate):
// the head alone at that edge names few kind dev answers (it speaks only in
// answers that fail anyway, jab_fail_edge_tests.cpp).
TEST_CASE("tone: the jab head's fail edge alone names few kind dev answers", "[scorer][tone][corpus]") {
    const ToneHead* jab = shippedTone().head("jab");
    REQUIRE(jab);
    REQUIRE(jab->failThreshold > 0);
    CHECK(jab->failThreshold < jab->threshold);  // an edge of its own, not the head's
    int kind = 0, kindNamed = 0;
    for (const auto& a : doorway::corpus::readAnswers(sourcePath("tests/corpus/roleplay.tsv"))) {
        if (a.split != doorway::corpus::Split::Dev || a.label == "hostile") continue;
        ++kind;
        kindNamed += shippedTone().judge("jab", a.text).probability >= jab->failThreshold;
    }
    REQUIRE(kind > 200);
    const double rate = boost::json::parse(doorway::test::readText(sourcePath("assets/scoring/tone.json")))
                            .at("fitted")
                            .at("jab_fail_kind_rate")
                            .to_number<double>();
    REQUIRE(rate > 0);
    REQUIRE(rate <= 0.03);
    INFO("kind " << kindNamed << "/" << kind << ", rate " << rate);
    CHECK(double(kindNamed) <= 2 * rate * double(kind));
}

TEST_CASE("tone: a file without the 'kindly' words (fitted before session 21) still loads", "[scorer][tone]") {
    std::string text = kMinimal;
    const std::string kindly = R"(,
            "kindly": ["going"])";
    const auto at = text.find(kindly);
    REQUIRE(at != std::string::npos);
    text.erase(at, kindly.size());
    const ToneModel m = ToneModel::parse(text, "tone.json");
    CHECK(m.words().kindly.empty());
    CHECK(parseError("\"kindly\": [\"going\"]", "\"kindly\": []").find("words.kindly") != std::string::npos);
}
