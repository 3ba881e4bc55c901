// The eighth generalisation pass (issue 18, session 8): disclosures told by
// what the speaker does to stay safe, by what is checked or threatened, and in
// texting spellings; the backstop's card on everyday sentences about the
// partner; '^' patterns that still start after an opener ("okay calm down").
// Every sentence here is written for these tests (none is in tests/corpus/ or
// any fresh*.tsv).
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"

using namespace doorway;
using doorway::test::describe;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

using doorway::test::expectCard;

bool cardedByBackstop(const ScoreResult& r) {
    for (const auto& f : r.findings)
        if (f.rule == "safety_model") return true;
    return false;
}

}  // namespace

TEST_CASE("Staying safe, being checked on and conditional threats get the card", "[scorer][safety]") {
    expectCard(
        {
            "It's just easier to stay quiet when he's been drinking.",
            "She's calmer if I keep my head down, and it's easier that way, nobody gets hurt.",
            "I still jump every time you slam the cupboard doors.",
            "The tracker he put on my car is still there.",
            "I have to ring at lunch to prove where I am.",
            "He made it clear there'd be consequences if I saw my sister.",
            "can't chat, she's home. will text later",
            "I keep thinking about the night with the belt.",
            "she keeps threatening to take the kids to Spain without me",
            "I plan what I say so as not to set him off.",
            "I put away the sharp knives before he gets in.",
            "He decides what I can wear to the office party.",
            "she goes through my receipts every night and wants names",
            "He asked me who I was with at lunch, three times.",
            "She says she'll swallow all her pills if I go to the party.",
        },
        true);
}

TEST_CASE("Everyday look-alikes of this pass's shapes get no card", "[scorer][safety]") {
    expectCard(
        {
            "it's a board game, easier that way and nobody gets hurt",
            "I jump every time you sneak up behind me, you goof",
            "the camera he put on the doorbell caught the parcel thief",
            "there will be consequences if we keep eating takeaway every night",
            "can't talk now, he's here fixing the boiler",
            "I bought the dress with the belt you liked",
            "that time on the stairs when you carried all the shopping was so sweet",
            "I rehearse my presentations so I don't freeze",
            "she helps me decide what I should wear to interviews",
            "my mum asked who I was with at the cinema, she's so nosy",
            "my boss threatened to take away our bonus",
            "we hide the sharp knives from the toddler",
            "he said he'd take the kids to the park on Saturday",
            "she said she would swallow her pride and call her sister",
        },
        false);
}

TEST_CASE("The backstop cards few everyday sentences about what the partner said or did", "[scorer][safety][tone]") {
    // The backstop's edge is chosen on dev at one false card in 100; on
    // sentences that tell what the partner said or did, the shape most
    // disclosures take, it may card at most one in 25 of these.
    const char* everyday[] = {
        "he said he'd take the kids to the park on Saturday",
        "she told me she'd pick up the shopping after work",
        "he says he's too tired to talk about it tonight",
        "my wife said she wants to visit her parents at Easter",
        "he told me he doesn't see the point of counselling",
        "she said the therapist we saw before was rubbish",
        "he keeps saying we're fine and I'm overthinking it",
        "she checks the weather every morning before the school run",
        "he always takes the car on Saturdays for football",
        "she handles the money because she's better at spreadsheets",
        "he came home late again and went straight to bed",
        "she said she'd think about it, which is more than last time",
        "he gets quiet when his mum calls",
        "my husband said he'd come to one session if I found someone nice",
        "she told the kids we'd go camping next summer",
        "he said no to counselling but yes to a weekend away",
        "when he gets home we barely talk, we just watch telly",
        "she says I spend too much on the kids' clubs and maybe she's right",
        "he goes through the post every morning because he likes to",
        "he asked who was coming to the barbecue",
        "she told me her sister is moving in for a week",
        "he said if I booked it he'd think about coming",
        "she gets home at seven and the evening just disappears",
        "he drove the kids to school and forgot their lunches",
        "my partner said the money is tight this month",
        "she said she's scared of flying, not of counselling",
        "he locked the shed because the bikes keep getting nicked",
        "he told me I was being dramatic about the dishes",
        "she said she'd rather die than sit with a stranger, she was joking",
        "He knows where my parents live so he'll pick them up on Sunday.",
    };
    int carded = 0, n = 0;
    for (const char* text : everyday) {
        ++n;
        ScoreResult r = scorer().score(text);
        if (cardedByBackstop(r)) {
            ++carded;
            UNSCOPED_INFO("carded by the backstop: " << text << "\n" << describe(r));
        }
    }
    CHECK(carded * 25 <= n);
}

TEST_CASE("A '^' pattern still starts after an interjection ('okay', 'um', 'well')", "[scorer]") {
    // "calm down" opens a clause in its rule; an opener before it must not
    // hide it, and the plain form is read the same.
    for (const char* text : {"calm down, nobody's ganging up on you", "okay calm down nobody's ganging up on you",
                             "um calm down, nobody's ganging up on you"}) {
        FearCheck c = checkAnswer(doorway::test::shippedObjection("your_side"), text, &scorer());
        INFO(text << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        bool named = false;
        for (const auto& j : c.jabs) named = named || j.text.find("calm down") != std::string::npos;
        CHECK(named);
    }
    // An interjection is skipped, not any opener: "and just go" carries on a
    // clause whose subject came before, so it is no order.
    ScoreResult plan = scorer().score("We could put a bit aside each month, and just go every other week.");
    INFO(describe(plan));
    for (const auto& f : plan.findings) CHECK(f.rule != "demand");
    // Nor any word: "need to calm down" is no contempt at the start of a
    // clause.
    ScoreResult r = scorer().score("I know I need to calm down before we talk. Would you try one session with me?");
    INFO(describe(r));
    for (const auto& f : r.findings) CHECK(f.rule != "contempt");
}

TEST_CASE("A way out offered right after an ultimatum earns nothing", "[scorer]") {
    // The ultimatum's taint reaches into the next sentence ("following" in
    // rules.json): "Your choice." there is pressure, not a choice.
    ScoreResult r = scorer().score("Either you come to counselling with me or I'm packing a bag. Your choice.");
    INFO(describe(r));
    bool ultimatum = false;
    for (const auto& f : r.findings) {
        ultimatum = ultimatum || f.rule == "ultimatum";
        CHECK(f.rule != "agency");
    }
    CHECK(ultimatum);
    CHECK(r.score <= scorer().score("Either you come to counselling with me or I'm packing a bag.").score);
    // The same way out, with no ultimatum before it, is still credited.
    ScoreResult kind = scorer().score("Would you come to counselling with me once? Your choice, truly.");
    INFO(describe(kind));
    bool agency = false;
    for (const auto& f : kind.findings) agency = agency || f.rule == "agency";
    CHECK(agency);
}

TEST_CASE("Polite jabs of this pass are named in role-play", "[scorer][roleplay]") {
    struct Case {
        const char* objection;
        const char* text;
    };
    for (const Case& c : std::initializer_list<Case>{
             {"fix_it_ourselves", "I applaud the confidence. Truly."},
             {"stranger", "Sure, keep it all bottled up, that's been working beautifully, hasn't it."},
             {"you_go", "Which is exactly what someone who needs it always says."},
             {"you_go", "Of course. You're perfect."},
             {"your_side", "Funny how nobody ever agrees with you. Wonder why."},
             {"no_time", "Fine, I'll pencil it in for never."},
             {"think_about_it", "You said that last time."},
             {"whats_the_point", "Noted. I'll keep that in mind next time you ask why I'm so quiet."},
             {"doesnt_work", "That is precisely why you should go."},
         }) {
        FearCheck r = checkAnswer(doorway::test::shippedObjection(c.objection), c.text, &scorer());
        INFO(c.objection << ": " << c.text << "\n" << r.feedback);
        CHECK_FALSE(r.met);
        CHECK_FALSE(r.jabs.empty());
    }
}

TEST_CASE("Role-play: one phrase counts for one idea", "[roleplay]") {
    // "you decide" reads as both "you choose who we see" and "it's your call"
    // for this objection; said once, it is one idea, not two.
    const Objection& stranger = doorway::test::shippedObjection("stranger");
    FearCheck once = checkAnswer(stranger, "It's up to you, you decide.", nullptr);
    CHECK(once.hits.size() == 1);
    // No two ideas ever share words, over answers that touch several.
    for (const char* text : {"It's up to you, you decide.", "You pick the counsellor, and it stays between us.",
                             "Nothing leaves the room, and you choose who we see; you can stop whenever you like."}) {
        FearCheck c = checkAnswer(stranger, text, nullptr);
        INFO(text);
        for (size_t i = 0; i < c.hits.size(); ++i)
            for (size_t k = i + 1; k < c.hits.size(); ++k)
                CHECK((c.hits[i].end <= c.hits[k].start || c.hits[k].end <= c.hits[i].start));
    }
}

TEST_CASE("Each explanation fits the words it names (trial 8)", "[scorer]") {
    auto rules = [](const ScoreResult& r) {
        std::string s;
        for (const auto& f : r.findings) s += f.rule + "/" + f.text + ";";
        return s;
    };
    // A plain charge is a charge, not sarcasm: sarcasm of praise needs praise.
    ScoreResult charge = scorer().score("You need therapy because you are so defensive.");
    INFO(rules(charge));
    for (const auto& f : charge.findings) CHECK(f.rule != "sarcasm");
    ScoreResult mock = scorer().score("Oh great, because you are so good at listening.");
    INFO(rules(mock));
    bool sarcasm = false;
    for (const auto& f : mock.findings) sarcasm = sarcasm || f.rule == "sarcasm";
    CHECK(sarcasm);
    // "always" before something warm is no overstatement.
    ScoreResult warm = scorer().score("You always make me laugh, and I miss that. Would you come once with me?");
    INFO(rules(warm));
    for (const auto& f : warm.findings) CHECK(f.rule != "absolute");
    // An unsized "try" is credited as a try, not as a small, specific step.
    ScoreResult open = scorer().score("I want us to try couples therapy together.");
    INFO(rules(open));
    for (const auto& f : open.findings)
        if (f.rule == "small_ask") CHECK(f.message.find("specific") == std::string::npos);
}

TEST_CASE("A role-play jab is explained by its own group's words (trial 8)", "[roleplay]") {
    FearCheck c = checkAnswer(doorway::test::shippedObjection("your_side"),
                              "Yeah, right, because a therapist would ever side with YOU.", &scorer());
    INFO(c.feedback);
    CHECK_FALSE(c.met);
    for (const auto& j : c.jabs) CHECK(j.message.find("You need help") == std::string::npos);
    CHECK(c.feedback.find("You need help") == std::string::npos);
}
