// The sixth generalisation pass (issue 18, scorer6): word lists write a verb
// once ("shove~") and hear it in every regular tense; "lets" is the verb when
// someone is let; threats to others, coercion, wages and monitoring are told
// in shapes the lists lacked. Every sentence here is written for these tests
// (none is in tests/corpus/ or any fresh*.tsv).
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/scorer.hpp"
#include "core/stem.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

using namespace doorway;
using doorway::test::describe;
using doorway::test::sourcePath;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

bool has(const std::vector<std::string>& v, const std::string& w) {
    return std::find(v.begin(), v.end(), w) != v.end();
}

// A copy of the shipped assets with one lexicon class replaced.
Scorer scorerWithClass(const doorway::test::TempDir& dir, const std::string& cls, boost::json::array entries) {
    namespace fs = std::filesystem;
    // The rules' files only: these tests are of the word classes, and the
    // fitted backstop (tone.json) would card some of their texts on its own.
    for (const auto& e : fs::directory_iterator(sourcePath("assets/scoring")))
        if (e.path().filename() != "tone.json")
            fs::copy_file(e.path(), dir.path() / e.path().filename(), fs::copy_options::overwrite_existing);
    const std::string lexPath = dir.file("lexicon.json");
    boost::json::value lex = boost::json::parse(doorway::test::readText(lexPath));
    auto& classes = lex.as_object()["classes"].as_object();
    REQUIRE(classes.contains(cls));
    classes[cls] = std::move(entries);
    doorway::test::writeText(lexPath, boost::json::serialize(lex));
    return Scorer::loadDirectory(dir.path().string());
}

}  // namespace

TEST_CASE("verbForms: the regular tenses of a verb, spelled as English spells them", "[scorer][stem]") {
    const auto choke = verbForms("choke");
    for (const char* w : {"choke", "chokes", "choked", "choking"}) CHECK(has(choke, w));
    CHECK_FALSE(has(choke, "chokeing"));
    const auto grab = verbForms("grab");
    for (const char* w : {"grabs", "grabbed", "grabbing"}) CHECK(has(grab, w));
    const auto push = verbForms("push");
    for (const char* w : {"pushes", "pushed", "pushing"}) CHECK(has(push, w));
    const auto bully = verbForms("bully");
    for (const char* w : {"bullies", "bullied", "bullying"}) CHECK(has(bully, w));
    const auto tie = verbForms("tie");
    CHECK(has(tie, "tied"));
    CHECK(has(tie, "tying"));
    const auto free = verbForms("free");
    CHECK(has(free, "freed"));
    CHECK(has(free, "freeing"));
    CHECK(verbForms("x") == std::vector<std::string>{"x"});
}

TEST_CASE("Harm told in any tense gets the card", "[scorer][safety]") {
    for (const char* text : {
             "When he's had a few he chokes me and then says sorry in the morning.",
             "you choke me and then cry about it",
             "She kicks me under the table when I say the wrong thing at dinner.",
             "He spits at me if I cry.",
             "you drag me out of bed by my arm",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
        CHECK(r.score < 65);
    }
}

TEST_CASE("A verb pattern without its tenses misses the present: the '~' is the mechanism", "[scorer][safety]") {
    doorway::test::TempDir dir;
    // harm_me as a list of past tenses only, the way the lists were written.
    const Scorer pastOnly = scorerWithClass(dir, "harm_me", boost::json::array{"choked|kicked|dragged me"});
    const char* text = "you choke me and then cry about it";
    INFO(text << "\n" << describe(pastOnly.score(text)));
    CHECK_FALSE(pastOnly.score(text).safety);
    const Scorer everyTense = scorerWithClass(dir, "harm_me", boost::json::array{"choke~|kick~|drag~ me"});
    CHECK(everyTense.score(text).safety);
    // A '~' anywhere but the end of a word is a broken asset, named as such.
    CHECK_THROWS_WITH(scorerWithClass(dir, "harm_me", boost::json::array{"ch~oke me"}),
                      Catch::Contains("harm_me") && Catch::Contains("'~'"));
}

TEST_CASE("'lets' is the verb when someone is let, and 'let us' otherwise", "[scorer][safety]") {
    for (const char* text : {"he never lets me see my sister on my own", "She never lets me use the car."}) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
    for (const char* text : {"lets try one session and see, you can always say no", "Lets give it a go, just once?"}) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
        bool ask = false;
        for (const auto& f : r.findings) ask = ask || f.rule == "small_ask";
        CHECK(ask);
    }
}

TEST_CASE("Threats to others, coercion, wages and monitoring get the card", "[scorer][safety]") {
    for (const char* text : {
             "He says he'll drown the cat if I ever go to my sister's.",
             "she threatened to kill herself if I leave, so I stay.",
             "It doesn't matter if I say no, he won't take no for an answer.",
             "He wants sex most nights and keeps going until I give in.",
             "My salary is paid straight into his account.",
             "You check the mileage on my car every evening.",
             "I practise what to say so he doesn't explode.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
}

TEST_CASE("Kind look-alikes of the new shapes get no card", "[scorer][safety]") {
    for (const char* text : {
             "I worry our shouting hurts the kids. Could we try one session to learn to argue better?",
             "Could you check the mileage before we sell the car? And would you think about one session with me?",
             "I'm telling you now so you don't get a surprise on the bill, and I'd love us to talk it through.",
             "I give in too easily when we disagree about money, and I'd like us to find a fairer way with someone's "
             "help.",
             "he lets me pick the films every friday and I love that about us",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}

TEST_CASE("Sarcasm or a guilt trip after the ask keeps a message out of the invitation band", "[scorer]") {
    for (const char* text : {
             "Would you try one session with me? Or is that too much to ask, as usual.",
             "Could we see someone together, just once? Must be nice to have every evening free.",
             "Love that for us. I suppose we could see a counsellor or whatever.",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.band != "invitation");
        CHECK(r.score < 65);
    }
}

TEST_CASE("'whatever' and 'love that for you' are sarcasm only where they close a thought", "[scorer]") {
    for (const char* text : {
             "We could go for a walk or whatever you like, and maybe talk about seeing someone together?",
             "i love that for you, you earned that promotion. could we celebrate and also book one session?",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        for (const auto& f : r.findings) CHECK(f.rule != "sarcasm");
    }
}

TEST_CASE("Name-calling, asking for money, breaking things, escaping, following and hidden medicine get the card",
          "[scorer][safety]") {
    for (const char* text : {
             "he calls me fat in front of our friends",
             "I have to ask her for money every time I need petrol.",
             "When he's had a drink he breaks things.",
             "Some nights I drive around for hours to get away from him.",
             "She follows me everywhere and checks who I talk to.",
             "He hid my inhaler after the argument.",
             "He takes my whole paycheck.",
             "my husband took my passport",
         }) {
        ScoreResult r = scorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK(r.safety);
    }
    for (const char* text : {
             "I called you stupid last week and I'm sorry. Could we talk to someone about how we argue?",
             "I'd like a weekend at my sister's away from you and the kids to rest, then could we book one session?",
             "I need to ask you for permission to borrow the car, and also would you try one session?",
             "I know you hate it when the kids break things. Could we get some help with the evenings?",
             // The speaker taking their own things is no control.
             "I'll take my passport to the post office tomorrow, and could we book one session?",
             "I'll take my whole paycheck to the bank on Friday so we can plan together.",
         }) {
        // The rules' patterns, that is: the fitted backstop behind them
        // reads words, not who acts, and its false cards are a rate chosen
        // and reported on dev (tools/fit_tone), not a promise per sentence.
        ScoreResult r = doorway::test::rulesOnlyScorer().score(text);
        INFO(text << "\n" << describe(r));
        CHECK_FALSE(r.safety);
    }
}
