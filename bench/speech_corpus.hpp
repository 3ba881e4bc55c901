#pragma once
// The bench's sentences, written for Doorway (never the domain corpus's, the
// tests' or the voice-teaching ones). Each is a pair: what is said in the
// take, and how the person wrote it in their script (an ad-lib of it: the
// same intent in other words). Sentences 0-11 are the dev split (thresholds
// and weights were tuned on them); 12-23 are the test split, never tuned on.
#include <cstddef>
#include <vector>

namespace bench {

struct BenchSentence {
    const char* said;
    const char* written;
};

inline const std::vector<BenchSentence>& benchSentences() {
    static const std::vector<BenchSentence> k = {
        // dev
        {"I would really like us to see a couples counselor together this spring.",
         "I'd love for the two of us to find a counselor sometime this spring."},
        {"Could we try just one session and then talk about how it felt?",
         "Can we do a single session and talk afterwards about how it went?"},
        {"I am not blaming you, I want us both to feel heard.",
         "This isn't about blame, I just want both of us to be heard."},
        {"You can pick the therapist, and you can say no after the first visit.",
         "You get to choose the therapist, and you can stop after one visit."},
        {"I miss feeling close to you, and I think some help could get us there.",
         "I miss how close we were and I believe help could bring that back."},
        {"It would mean a lot to me if you came with me on Thursday evening.",
         "It would mean so much if you came along on Thursday night."},
        {"We keep having the same fight about money, and I am tired of it.",
         "We have the same argument about money over and over and it wears me out."},
        {"I found someone who works with couples online, so we would not even have to drive.",
         "There is a counselor who sees couples online, so we would not need to drive."},
        {"If the cost worries you, I will cover the first three sessions.",
         "If money is the worry, I can pay for the first three sessions."},
        {"I know you think we are fine, and I still feel lonely sometimes.",
         "I know you feel we are okay, but I get lonely some days."},
        {"Would you be open to reading a short book about it first?",
         "Maybe we could read a little book about it before we decide."},
        {"I am going to start going on my own, and you are welcome to join me later.",
         "I will start going by myself and you can join me whenever you want."},
        // test
        {"I want to hear what makes you nervous about talking to a counselor.",
         "Tell me what worries you about speaking with a counselor."},
        {"A therapist will not take my side, they will help us listen to each other.",
         "The therapist is not on my side, they help us hear one another."},
        {"Thank you for hearing me out, you do not have to decide tonight.",
         "Thanks for listening, there is no need to decide tonight."},
        {"Our kids notice when we stop talking, and I want better for them.",
         "The children can tell when we go quiet, and they deserve better."},
        {"Let us try it for a month and then look at it again together.",
         "We could give it one month and then review it as a team."},
        {"I feel shut out when we skip the hard conversations.", "When we avoid difficult talks I feel left outside."},
        {"Maybe a weekend workshop would feel easier than weekly visits.",
         "A workshop over a weekend might be gentler than going every week."},
        {"I love you, and that is exactly why I am asking.", "I'm asking precisely because I love you."},
        {"Can we pick a quiet evening to talk about this properly?",
         "Could we choose a calm night to really talk this through?"},
        {"I am willing to work on my part too, not only yours.", "I'll work on my own share as well, not just yours."},
        {"What would make the first appointment feel safe for you?",
         "How could we make that first appointment feel safer for you?"},
        {"Even one honest conversation with a guide could help us.",
         "A single honest talk with someone guiding us might help."},
    };
    return k;
}
inline constexpr size_t kDevSentences = 12;
inline constexpr size_t kScriptGroup = 6;  // a person's script: six sentences of it

// Unrelated talk for the competing-talker condition (a television).
inline const char* kTelevisionText =
    "Good evening and welcome to the news at nine. Heavy rain is expected across the north tonight, with strong "
    "winds along the coast. In sport, the home side won by two goals after a late penalty. Traffic on the main "
    "road remains slow following an accident near the bridge. Tomorrow will be cooler, with sunny spells in the "
    "afternoon. Shares rose slightly in early trading as markets reacted to the latest figures. A new library "
    "opened in the town centre this morning, and the mayor thanked the volunteers who raised the money.";

}  // namespace bench
