// Kind sentences a new user tried (session 41) that the rules read as a
// threat or as sarcasm, beside the threats and sarcasm that share their
// words and must stay named.
#include "scoring_support.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a veto honoured is no ultimatum, and sincere praise is no sarcasm", "[scorer][trial]") {
    doorway::test::expectRuleTable({
        // "If you say no" followed by what the speaker will accept.
        {"I miss us. Would you try one session with me? If you say no, I'll understand.", "ultimatum", false},
        {"If you say no, I will respect that.", "ultimatum", false},
        {"If you say no, then that's okay with me.", "ultimatum", false},
        {"If you say no, I'm leaving.", "ultimatum", true},
        {"If you say no, then I'm done.", "ultimatum", true},
        // Praise for something done, and a sincere "wow" that goes on.
        {"Great job on the project launch, I'm proud of you.", "sarcasm", false},
        {"Wow, I've missed you so much.", "sarcasm", false},
        {"Great job on ruining dinner again.", "sarcasm", true},
        {"Wow.", "sarcasm", true},
    });
}
