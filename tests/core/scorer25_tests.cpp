// The twenty-fifth pass (issue 18, session 25): the jab head without pairs
// past one word (judged on fresh24), and what incoming42's dev lines showed.
// Each shape is checked with its everyday look-alikes, so a pattern that
// grew too wide fails here first.
#include <catch2/catch.hpp>

#include "core/objections.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using doorway::FearCheck;

// The jab head reads words, not the frame that sets blame out as how the
// speaker fears they could be heard; what it names must not hold that frame.
// "Like I say" opening a clause is "as I said", not that frame.
TEST_CASE("The jab head leaves blame the answer disowns alone, and still reads 'like I say' as said", "[objections]") {
    for (const char* answer : {"I worry it sounds like I am blaming you for everything, and that isn't it.",
                               "it might sound like im saying its all on you but honestly its not"}) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK(c.jabs.empty());
    }
    for (const char* answer : {"like i say youre glued to your phone so no i wont stop asking",
                               "Like I say, you're glued to your phone, so no, I won't stop asking."}) {
        const FearCheck c = doorway::test::shippedCheck("you_go", answer);
        INFO(answer << "\n" << c.feedback);
        CHECK_FALSE(c.jabs.empty());
        CHECK_FALSE(c.met);
    }
}
