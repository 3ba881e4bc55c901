// The domain half of the recogniser's bias: plain sentences of the kind a
// person says when they ask their partner to try couples therapy, and the
// kind of answer they hear back. Written for Doorway; used only to weight
// the language model toward this vocabulary (counselor, session, veto ...).
// Two sources: the hand-written sentences here, and the larger text made
// from Doorway's corpora (domainText(), assets/speech/domain_text.txt, by
// tools/make_speech_corpus). Neither shares four words in a row with a
// bench sentence (bench/speech_corpus.hpp; fourWordRuns finds them): 18
// hand-written ones once did, so the bench measured words the model had
// been shown (a test keeps it so).
#include "speech/language_model.hpp"

#include "core/paths.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace doorway::speech {

std::string domainTextPath() {
    return (std::filesystem::path(assetsDir()) / "speech" / "domain_text.txt").string();
}

const std::string& domainText() {
    static const std::string k = [] {
        std::ifstream in(domainTextPath(), std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "doorway: %s cannot be read; speech is heard without it\n", domainTextPath().c_str());
            return std::string();
        }
        std::string out, line;
        while (std::getline(in, line))
            if (!line.empty() && line[0] != '#') out += line + '\n';
        return out;
    }();
    return k;
}

std::set<std::vector<std::string>> fourWordRuns(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)))
            w += char(std::tolower(static_cast<unsigned char>(c)));
        else if (c != '\'' && !w.empty())
            words.push_back(w), w.clear();
    }
    std::set<std::vector<std::string>> out;
    for (size_t i = 0; i + 4 <= words.size(); ++i)
        out.insert(std::vector<std::string>(words.begin() + long(i), words.begin() + long(i + 4)));
    return out;
}

const std::string& domainCorpus() {
    static const std::string kText = R"(
I would like us to try couples therapy together.
I have been thinking about us and I want to talk about something that matters to me.
I miss the way we used to talk to each other.
I am not asking because something is wrong with you.
This is not about blame and it is not about who is right.
I feel scared when our arguments end in silence.
I want to understand you better and I want you to understand me.
Would you be willing to come to one session with me?
Could we try three sessions and then decide together?
You can choose the counselor if that makes it easier.
You would have a veto over the therapist.
If you do not like the counselor after the first session we can stop.
We could start with a book or a workshop instead.
The first appointment is only an hour long.
A good counselor helps both people feel heard.
I am not trying to win an argument.
What worries you most about going?
Can you help me understand what makes you uncomfortable?
Is it the cost, the time, or talking to a stranger?
I will make the calls and book the appointment.
Strong couples ask for help too.
I think a neutral person could help us stop going around in circles.
I would rather go now than wait until things get worse.
I want us to grow together, not apart.
Therapy is a place to practise listening, not a place to be judged.
I know I have made mistakes and I want to do better.
I will go alone for now and the door stays open for you.
Take some time to think about it and we can talk again on Sunday.
Thank you for listening to me.
I am asking because I care about us and our family.
I want our children to see us working things out.
It sounds like you are worried the counselor will blame you.
I understand that talking to a stranger feels strange.
Would it help to read about how couples therapy works first?
We could meet the counselor for a short call before we decide.
Some counselors offer a free first consultation.
Our health insurance might cover part of the cost.
I am not giving you an ultimatum.
I am telling you what I need.
I need us to try something different.
Is there anything that would make you say yes?
Maybe we could try a weekend workshop for couples.
We could try an online course together at home.
I respect your choice, and I am still going to ask again later.
I have noticed we fight about the same things again and again.
I want to be able to talk about money without shouting.
I want to feel like a team again.
Can we set aside some time this weekend?
I know this is hard to hear.
I am nervous to bring this up.
I have been putting off this conversation because I was afraid.
I think we deserve some help.
What do you think?
Would you think about it?
How does that sound to you?
Can we agree to try it once?
I do not want to push you into anything.
I am proud of what we have built together.
I want us to last.
We are fine, we do not need therapy.
I am not talking to a stranger about our private life.
Therapy is too expensive.
We do not have time for that.
You just want someone to tell me I am wrong.
You go if you want to, I do not need it.
Counseling did not work for my parents.
Why can we not just sort it out ourselves?
The counselor will take your side.
I do not believe in therapy.
It would be embarrassing if anyone found out.
Um, I have been thinking about something.
Uh, I mean, I just want us to be okay.
So, you know, I think it could really help us.
Um, would you maybe come with me once?
I mean, it is basically just a conversation with someone neutral.
Like, I do not know how else to say it.
)";
    return kText;
}

const WordClasses& domainWordClasses() {
    // Each list: words a person may say in place of one another when they
    // ad-lib what they wrote. Written for Doorway.
    static const WordClasses k = {
        {"counselor", "counsellor", "therapist", "psychologist", "mediator", "coach"},
        {"counseling", "therapy", "help", "support"},
        {"session", "appointment", "visit", "meeting", "call", "consultation"},
        {"sessions", "appointments", "visits", "meetings", "calls"},
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
        {"morning", "afternoon", "evening", "night", "weekend"},
        {"today", "tonight", "tomorrow"},
        {"week", "month", "year", "fortnight"},
        {"weeks", "months", "years"},
        {"one", "two", "three", "four", "five", "six", "a", "single", "few"},
        {"once", "twice"},
        {"first", "second", "third", "next", "last"},
        {"kids", "children", "family", "son", "daughter"},
        {"lonely", "sad", "scared", "nervous", "worried", "tired", "hurt", "afraid", "anxious", "frustrated", "angry",
         "upset", "stuck", "alone"},
        {"close", "connected", "heard", "understood", "seen", "safe"},
        {"book", "workshop", "course", "podcast", "class", "article", "video"},
        {"money", "cost", "price", "fees", "insurance"},
        {"talk", "speak", "chat"},
        {"talking", "speaking", "chatting"},
        {"together", "both"},
        {"try", "test", "attempt"},
        {"decide", "choose", "pick"},
        {"maybe", "perhaps"},
        {"worried", "nervous", "afraid"},
        {"fight", "argument", "row"},
        {"love", "care", "adore"},
        {"want", "need", "hope", "wish"},
        {"partner", "husband", "wife", "boyfriend", "girlfriend"},
    };
    return k;
}

}  // namespace doorway::speech
