// The ninth generalisation pass (issue 18, session 9): a fitted blame
// backstop for messages no rule holds under the mixed band, more shapes of
// disclosure (money put by in secret, things asked back, an allowance, a pet
// threatened, a child grabbed), and "kill me" said of a mother or a boss no
// longer read as a threat. Every sentence here is written for these tests
// (none is in tests/corpus/ or any fresh*.tsv).
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <string>

#include "core/content.hpp"
#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "core/scorer_tone.hpp"
#include "scoring_support.hpp"

using namespace doorway;
using doorway::test::describe;
using doorway::test::expectCard;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;
using doorway::test::findingOf;

}  // namespace

TEST_CASE("The blame backstop holds a veiled threat under the mixed band and names its words", "[scorer][tone]") {
    // A veto offered and taken back in one breath: no rule names it.
    const std::string text = "You can say no of course, I'll just know where I stand then.";
    ScoreResult r = scorer().score(text);
    INFO(describe(r));
    const ScoreFinding* f = findingOf(r, "blame_model");
    REQUIRE(f);
    CHECK(r.band == "accusation");
    CHECK(r.score < scorer().bandFloor("mixed"));
    CHECK(f->kind == "risk");
    CHECK(f->weight < 0);  // the points it took are shown
    CHECK_FALSE(f->suggestion.empty());
    CHECK_FALSE(f->carried.empty());
    for (const auto& [words, weight] : f->carried) {
        CHECK(text.find(words) != std::string::npos);
        CHECK(weight > 0);
    }
    // No praise inside it: "You can say no" is taken back in the same breath.
    for (const auto& s : r.findings) CHECK_FALSE((s.kind == "strength" && s.start >= f->start && s.end <= f->end));
    // Without the head (a tone.json fitted before it), the rules alone speak.
    ScoreResult rules = doorway::test::rulesOnlyScorer().score(text);
    CHECK_FALSE(findingOf(rules, "blame_model"));
    CHECK(rules.score > r.score);
}

TEST_CASE("The blame backstop leaves kind messages alone, short ones included", "[scorer][tone]") {
    // Short texts carry few words the head knows; they must not inherit its
    // lean towards blame.
    for (const char* text : {
             "You don't have to decide now, and you'd never have to go back if you hated it.",
             "One session? Only if you want.",
             "I miss us. Could we try talking to someone?",
             "Would Thursday evening work for a first chat with a counsellor? If not, no harm done.",
             "I've been low since the move and I think it's getting between us. Would you come with me once?",
             "Take your time. I'm not going anywhere.",
             "We keep having the same argument about money and I hate how it ends. Could we get some help?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(findingOf(r, "blame_model"));
    }
}

TEST_CASE("A tone.json without a blame head still loads, and the head is optional", "[scorer][tone]") {
    ContentFile cf = ContentFile::read(doorway::test::sourcePath("assets/scoring/tone.json"));
    boost::json::value doc = boost::json::parse(cf.text());
    REQUIRE(doc.at("heads").as_object().contains("blame"));
    doc.at("heads").as_object().erase("blame");
    ToneModel m = ToneModel::parse(boost::json::serialize(doc), "tone.json (no blame)");
    CHECK(m.head("safety"));
    CHECK_FALSE(m.head("blame"));
    CHECK_FALSE(m.judge("blame", "You can say no of course, I'll just know where I stand then.").passes);
    // An unknown head is still a typo.
    doc.at("heads").as_object()["blam"] = doc.at("heads").at("jab");
    CHECK_THROWS_AS(ToneModel::parse(boost::json::serialize(doc), "tone.json (typo)"), ContentError);
}

TEST_CASE("The blame backstop is never a role-play jab", "[scorer][objections][tone]") {
    // The jab head reads answers; the blame head was fitted on messages.
    const std::string answer = "You can say no of course, I'll just know where I stand then.";
    REQUIRE(findingOf(scorer().score(answer), "blame_model"));
    FearCheck c = checkAnswer(doorway::test::shippedObjection("think_about_it"), answer, &scorer());
    for (const auto& j : c.jabs) CHECK(j.rule != "blame_model");
}

TEST_CASE("Money put by in secret, things asked back and a threatened pet get the card", "[scorer][safety]") {
    expectCard(
        {
            "I've been tucking some cash away at my mum's, just in case. Please don't go looking for it.",
            "Could I have my car keys back for the weekend? I'd like to drive to the counselling place myself.",
            "I'll show you the receipts like always, I just want to talk to someone about money.",
            "If you stop my allowance again I can't get to work.",
            "He said he'd take the cat to the pound if I kept going on about therapy.",
            "When he yanked our daughter by the arm I didn't say anything. I should have.",
            "I'm not supposed to go out after eight unless I ring him first.",
            "My wages go into an account I have no access to.",
            "She wants a selfie to prove where I am every time I go out.",
            "The remote came flying past my head again last night.",
            "you have all my passwords and I don't have any of yours",
            "he tried to kill me once and I've never told anyone",
            "He said he'd kill me if I ever took the kids.",
        },
        true);
}

TEST_CASE("Everyday look-alikes of the ninth pass's shapes get no card", "[scorer][safety]") {
    expectCard(
        {
            "My mum will kill me if we miss her birthday again, so can we talk about counselling after that?",
            "my boss is gonna kill me if I'm late, can we talk tonight about seeing someone?",
            "You kill me with your impressions. I'd love more evenings like that, maybe with a counsellor's help.",
            "Could I have my jumper back? You've had it all week, ha.",
            "We agreed the budget together and I'm happy with it. Could we put a little aside for a few sessions?",
            "I've been putting a bit aside for your birthday, so don't go snooping!",
            "I'll pencil it in for Saturday, if that works for you.",
        },
        false, doorway::test::rulesOnlyScorer());
}

TEST_CASE("Ninth-pass jabs are named: scorekeeping, contempt, a deadline, sarcasm about their diary",
          "[scorer][objections][jabs]") {
    auto hostile = [](const char* id, const std::string& answer, const std::string& rule) {
        FearCheck c = checkAnswer(doorway::test::shippedObjection(id), answer, &scorer());
        INFO(id << ": " << answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        bool named = false;
        for (const auto& j : c.jabs) named = named || j.rule == rule;
        CHECK(named);
        CHECK(c.feedback.find("\"" + c.blame + "\"") != std::string::npos);
    };
    hostile("whats_the_point", "Like I've said a hundred times, one of us is actually making an effort.", "sarcasm");
    hostile("you_go", "Must be convenient to think you're the only one who's fine.", "condescension");
    hostile("were_fine", "Of course. You're far too good for counselling.", "condescension");
    hostile("your_side", "honestly not everything is about u", "condescension");
    hostile("think_about_it", "Sure, add it to the list of things you've been meaning to do since 2019.", "sarcasm");
    hostile("think_about_it", "You've got till the weekend, then I'm sorting it myself.", "ultimatum");
    hostile("no_time", "Fine, we'll just have to wait until your calendar has a gap in 2030.", "sarcasm");
    hostile("no_time", "Right, I'll pencil it in for when hell freezes over.", "sarcasm");
    // Kind look-alikes of the same words.
    for (auto [id, answer] : {
             std::pair{"think_about_it",
                       "Take till the weekend or longer, and tell me when you're ready. I won't book a thing."},
             std::pair{"stranger", "I'm adding it to the list of things we could try, no rush at all."},
             std::pair{"no_time", "I'll pencil it in for a Saturday morning, only if that suits you."},
             std::pair{"make_it_worse",
                       "One of us is always keeping the peace, and I'd like help for both of us with that."},
         }) {
        FearCheck c = checkAnswer(doorway::test::shippedObjection(id), answer, &scorer());
        INFO(id << ": " << answer << "\n" << c.feedback);
        CHECK(c.jabs.empty());
    }
}
