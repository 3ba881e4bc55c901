// The twenty-third pass (issue 18, session 23): what the dev lines showed
// once the jab, blame, warmth and met heads were fitted with Naive Bayes
// scaling (tools/fit_tone's nbMix). Each shape is checked with its everyday
// look-alikes, so a pattern that grew too wide fails here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

TEST_CASE("Asking the partner before talking to people earns the gentle check, not asking about their family",
          "[scorer]") {
    doorway::test::expectRuleTable({
        // A dev disclosure the old warmth head's hold kept under the
        // invitation band by luck; the new one lifted it to 87.
        {"i always ask you before i talk to the neighbours now so there is no trouble and it works but i was "
         "thinking we could see a therapist together if you are open to that",
         "safety_check", true},
        {"I now ask him before I see my friends.", "safety_check", true},
        {"i always ask u before i text my mum now", "safety_check", true},
        // Their family, something to book, or a talk about something:
        // courtesy, not permission.
        {"I always ask you before I call your mother about Christmas.", "safety_check", false},
        {"I always ask you before I talk to your family about money, and I'd like that to go both ways.",
         "safety_check", false},
        {"I always ask you before I book anything for the kids.", "safety_check", false},
        {"We always ask each other before we see friends.", "safety_check", false},
        {"I will now ask you first before I talk to my colleagues about taking leave.", "safety_check", false},
    });
}

// The second read found every first draft too wide; these kept their point
// once narrowed. Dropped: a promise never to say no again and waiting "as
// patiently as ever". A relative who "found time for it", "we did say that
// about" and "you'll end up needing it" fired on everyday messages as
// phrasing rules, so they are role-play blame phrases instead, where the
// "it" is always the therapy (objections.json's "blame").
TEST_CASE("incoming40's dev disclosures: damage hidden, purchases accounted for, compliance promised", "[scorer]") {
    doorway::test::expectRuleTable({
        {"I'd really like us to see someone together. I patched the drywall by the stairs so nobody will ask about "
         "it.",
         "safety_check", true},
        {"I patched the hole in the kids' jeans so nobody will ask about it at school.", "safety_check", false},
        {"I filled the hole in the wall where the old TV bracket was, so nobody will notice when we sell.",
         "safety_check", false},
        {"Please find below the list of receipts for this week, as requested. I have accounted for every purchase, "
         "including the coffee on Wednesday.",
         "safety_check", true},
        {"I've accounted for every penny of the trip budget, including the parking at the airport.", "safety_check",
         false},
        {"I accounted for every purchase this month, including the coffees, and we're under budget!", "safety_check",
         false},
        {"Whatever you want tonight is fine, I won't argue like before.", "safety_check", true},
        {"whatever u want for dinner is fine i wont argue like last time", "safety_check", true},
        {"Honestly I won't argue like before, I've learned to pick my battles at work.", "safety_check", false},
        {"I won't argue like last time about the paint colour, promise, you pick.", "safety_check", false},
        {"Cheers for the tenner for the bus this week, I'll bring you the ticket stubs Friday like always. Ta for "
         "keeping my card as well, I know it's safer with you.",
         "safety_check", true},
        {"I'll give you the tickets at the door like always.", "safety_check", false},
        {"Would you come to one session? I'll leave Mum out of it, I know she's not to visit.", "safety_check", true},
        {"I know my sister is not to visit, she's still got covid.", "safety_check", false},
        {"maybe about me not being allowed to drive anywhere without you in the car", "safety_check", true},
    });
}

TEST_CASE(
    "incoming40's dev jabs: moods carried alone, mock patience, a threat to bring up the past, conditional praise",
    "[scorer]") {
    doorway::test::expectRuleTable({
        {"The point, honestly, would be not carrying your moods on my own anymore.", "guilt_trip", true},
        {"I can't keep carrying your moods on my own.", "guilt_trip", true},
        {"I'm tired of carrying your moods alone.", "guilt_trip", true},
        {"Thanks for carrying your mum's bags alone up the stairs.", "guilt_trip", false},
        {"I hate that you carried your stress alone all last year.", "guilt_trip", false},
        {"You've been carrying your stress alone for months and I want to help.", "guilt_trip", false},
        {"I want a referee, since you never fight fair.", "you_accusation", true},
        {"You can't fight fair if nobody ever taught you how.", "you_accusation", false},
        {"I'd never bring it up in there unless you make me mention it, and I won't.", "ultimatum", true},
        {"I never mention it unless you make me talk about it.", "ultimatum", false},
        {"I shall wait until you are ready to admit you have a part in this.", "backhanded", true},
        {"I'm happy to wait until you feel ready to admit it's been hard, no pressure.", "backhanded", false},
        {"No rush, I'll just keep being patient for both of us.", "sarcasm", true},
        {"I'll just keep being patient with you, because you're worth it.", "sarcasm", false},
        {"No rush at all, I'll just keep being patient while you think about it, love you.", "sarcasm", false},
        {"You're brilliant at fixing things, love, just not the ones that involve talking.", "backhanded", true},
        {"I'm good at talking to strangers, just not with people I love.", "backhanded", false},
        {"My dad is good at fixing cars, just not the ones made after 1990.", "backhanded", false},
        {"You're lovely when you make an effort, you know.", "backhanded", true},
        {"You're only nice when you can be bothered.", "backhanded", true},
        {"The garden looks lovely when you make an effort with the hedges.", "backhanded", false},
        {"You're so lovely when you bother me with silly memes.", "backhanded", false},
        {"You're really good company when you put the effort in on date night, Saturday was perfect.", "backhanded",
         false},
    });
}

TEST_CASE("A charge after a worry frame is the speaker's own when 'since' or 'cos' gives it as the reason",
          "[objections]") {
    // "because" as the charge's own first word counts too (found by the
    // second read: "because you never" is one finding).
    for (const char* answer : {"I don't want a side, I want a referee, since you never fight fair.",
                               "I don't want a side, I want a referee, cos you never fight fair.",
                               "I don't want a side, I want you there because you never listen to me."}) {
        const doorway::FearCheck c = doorway::test::shippedCheck("your_side", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        CHECK_FALSE(c.blame.empty());
    }
    // Put in the counsellor's mouth, or with a "since" that only tells when
    // or why inside their worry, it is still their worry, not a charge.
    for (const auto& [objection, answer] : std::vector<std::pair<const char*, const char*>>{
             {"your_side",
              "I don't want a counsellor who says you never fight fair. I'd pick someone neutral with you."},
             {"your_side",
              "You're worried that since I found her, she'd decide you always start the fights. We'd "
              "choose the person together."},
             {"your_side",
              "If the therapist starts, cos they only hear me first, saying you never help, we walk out "
              "and find someone else."},
             {"you_go",
              "You're afraid that ever since the baby came, the counsellor would think you do not pull your "
              "weight. It's not about blame, it's about us."},
         }) {
        const doorway::FearCheck worry = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << worry.feedback);
        CHECK(worry.blame.empty());
    }
}

TEST_CASE("Role-play names a forecast that they'll need it, a relative who found time, and 'we did say that about'",
          "[objections]") {
    for (const auto& [objection, answer] : std::vector<std::pair<const char*, const char*>>{
             {"you_go",
              "I might go on my own to start, that's okay. You'll end up needing it more than me, but no rush."},
             {"no_time",
              "I know you're slammed, and I don't want to pile on. Your brother found time for it with three "
              "kids and two jobs, but I get it, everyone's different."},
             {"fix_it_ourselves",
              "i love that you want to and maybe we can though we did say that about the dripping tap back in march"},
         }) {
        const doorway::FearCheck c = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.met);
        CHECK_FALSE(c.blame.empty());
    }
    for (const auto& [objection, answer] : std::vector<std::pair<const char*, const char*>>{
             {"you_go", "I'm worried we'll end up needing it more if we wait, so I'd like us to try now."},
             {"you_go", "I don't think you need it more than me, we both need it."},
             {"no_time", "Your mum made time to help us move, so I know family shows up for us. One hour online?"},
             {"you_go",
              "I'm not worried you'll end up needing it, I'm hoping we'll both get something from it together."},
             {"no_time",
              "Your sister finds time for it with online evening sessions, and I thought that might work for "
              "us too."},
             {"doesnt_work", "But we did say that about the baby classes too, and we both ended up loving them."},
         }) {
        const doorway::FearCheck c = doorway::test::shippedCheck(objection, answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.blame.empty());
    }
}

TEST_CASE("Granting their view is no disguised charge: 'not saying you're wrong, I just want us...'", "[scorer]") {
    doorway::test::expectRuleTable({
        // "Not saying X, just..." still says X when X is a charge...
        {"I'm not saying you're lazy, I just think you could help more.", "preterition", true},
        {"I'm not saying you've got a drinking problem, I just count the bottles.", "preterition", true},
        {"I'm not saying you were rude, I just noticed my mum cried.", "preterition", true},
        {"I'm not saying you're wrong, but you're not exactly right either.", "preterition", true},
        // ...and when setting aside that they are wrong leads into a dig
        // (found by the second read)...
        {"I'm not saying you're wrong, I just expected more from you.", "preterition", true},
        {"I'm not saying you're wrong, I just think you'd say anything to get out of this.", "preterition", true},
        {"I'm not saying you've got it all wrong, I just think you could try being honest for a change.", "preterition",
         true},
        {"I'm not saying you were right, I just gave up arguing with you.", "preterition", true},
        // ...but not when what follows is the speaker's own wish or view.
        {"im not saying youre wrong i just want us to stay okay", "preterition", false},
        {"im not trying to say youve got it wrong i just notice i go quiet after we argue", "preterition", false},
        {"i'm not saying you're wrong to see it that way i just see it a bit differently", "preterition", false},
        {"I'm not saying you're wrong, I just miss us.", "preterition", false},
        {"I'm not saying you're wrong, I just think we could use a bit of help.", "preterition", false},
    });
}
