// The tenth generalisation pass (issue 18, session 10): a blame phrase said
// of what the speaker does NOT want is no jab. Every sentence here is written
// for these tests (none is in tests/corpus/ or any fresh*.tsv).
#include <catch2/catch.hpp>

#include <string>

#include "core/objections.hpp"
#include "core/scorer.hpp"
#include "scoring_support.hpp"

using namespace doorway;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

bool blamed(const FearCheck& c) {
    for (const auto& j : c.jabs)
        if (j.rule == "blame") return true;
    return false;
}

}  // namespace

TEST_CASE("A blame phrase the speaker says they don't want is not a jab", "[scorer][objections]") {
    const Objection& side = doorway::test::shippedObjection("your_side");
    // Disowned: a negation reaches the phrase through words of wanting.
    for (const char* answer : {
             "Honestly I don't want someone on my side, I want someone on ours.",
             "I'm not looking for someone on my side at all, love.",
             "I'm really not hoping to find someone on my side, just someone fair.",
         }) {
        FearCheck c = checkAnswer(side, answer, &scorer());
        INFO(answer);
        CHECK_FALSE(blamed(c));
    }
    // Said outright, or with the negation in another clause, it is still one.
    for (const char* answer : {
             "It would be nice to have someone on my side for once.",
             "No. I want someone on my side for once.",
             "I don't care what you think, someone on my side is what I need.",
         }) {
        FearCheck c = checkAnswer(side, answer, &scorer());
        INFO(answer);
        CHECK(blamed(c));
        CHECK_FALSE(c.met);
    }
}

TEST_CASE("A pattern that names a word the text rewrites still matches it", "[scorer][safety]") {
    // The text's "mum" reads as "mother" before matching; patterns that name
    // "mum" or "mom" used to wait for a word that never came.
    doorway::test::expectCard({"Most weeks I leave a little cash aside at my mum's, in case I ever need it.",
                               "I have been putting some money away with my mom. Please don't ask me where."},
                              true);
}

TEST_CASE("More shapes of control and fear reach the card", "[scorer][safety]") {
    doorway::test::expectCard(
        {
            "The girls go to their room when they hear your key in the door. Could we see someone together?",
            "I haven't been to the pool since what you said about my swimsuit. I'd like us to talk to someone.",
            "I still haven't had my bank card back. Maybe a counsellor could help us sort out money?",
            "My brother says I can only visit him when you are there. Would you come to one session with me?",
            "I wore the blue coat, because I knew you would be angry about the red one again. Can we get help?",
            "Found out he put a tracker on my bike. He says it's for safety. We could see a counsellor I guess?",
            "I asked if I could go and see my sister on Sunday and you said we'd see how I behave.",
        },
        true);
    // Everyday words near those shapes are not disclosures.
    doorway::test::expectCard(
        {
            "The kids go quiet when they hear the ice cream van, it's hilarious. Fancy a session on Saturday?",
            "I got my library card back from lost property. Would you try one session with me?",
            "I'm tired of asking for the remote, so I bought a second one. Shall we book a counsellor?",
            "I wore the blue coat because I knew it would rain. Shall we try a counsellor?",
        },
        false);
}

TEST_CASE("A blame phrase framed as a guard or as their worry is not a jab", "[scorer][objections]") {
    const Objection& side = doorway::test::shippedObjection("your_side");
    for (const char* answer : {
             "Pick whoever you like, and if they start taking my side we walk out together.",
             "I know you think the counsellor will decide you're wrong. I'll ask them to start with me.",
         }) {
        FearCheck c = checkAnswer(side, answer, &scorer());
        INFO(answer);
        CHECK_FALSE(blamed(c));
    }
    // The frame must come first, in the same sentence.
    for (const char* answer : {
             "You're wrong, and if they have any sense they will tell you.",
             "If they listen at all, fine. Finally someone on my side for once.",
         }) {
        FearCheck c = checkAnswer(side, answer, &scorer());
        INFO(answer);
        CHECK(blamed(c));
    }
}

TEST_CASE("Offering to do the booking is not arguing the facts", "[objections]") {
    // Phrases are matched on stems, and "the books" (as in research) once
    // matched "the booking".
    const Objection& busy = doorway::test::shippedObjection("no_time");
    FearCheck offer =
        checkAnswer(busy, "I'll do the booking, and we could do one online session some evening you pick.", &scorer());
    for (const auto& d : offer.deflected) CHECK(d.conceptId != "facts");
    CHECK(offer.met);
    FearCheck facts = checkAnswer(busy, "The books say an hour a week is nothing, and the research agrees.", &scorer());
    bool arguing = false;
    for (const auto& d : facts.deflected) arguing = arguing || d.conceptId == "facts";
    CHECK(arguing);
}

TEST_CASE("Checking up, covering injuries and asking leave reach the card", "[scorer][safety]") {
    doorway::test::expectCard(
        {
            "I'm so tired of asking if I can go to my sister's. Could we see a counsellor about it?",
            "She phoned my boss to check I was really at the training day. Maybe we need help.",
            "I told the nurse I slipped in the shower, which isn't quite what happened. Would you come to a session?",
            "Nobody got hurt this time, so maybe we could look at counselling?",
            "I still think about what he did to the dog when he'd lost his temper.",
            "Sorry, forgot to send you a photo of where I was. Still up for the counsellor on Friday?",
        },
        true);
    doorway::test::expectCard(
        {
            "I told the dentist I fell asleep before brushing, she just laughed. Shall we book the counsellor?",
            "Mum rang my brother to check he was coming for lunch. Fancy trying a session next week?",
            "I count my steps in an app now, it's a bit of a game. Would you try one session with me?",
        },
        false);
}
