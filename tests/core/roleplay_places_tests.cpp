// Role-play reads every place a phrase is said, not only the first: an idea
// taken back at one place still counts where it is said again, and a blame
// phrase excused at one place is still named where it isn't. A catalog of
// its own, so the bundled asset's phrases can change without these moving.
#include "core/objections.hpp"

#include <catch2/catch.hpp>

using namespace doorway;

namespace {

const char* kCatalog = R"({
  "turns": {"words": ["but"], "pushes": ["go", "come"]},
  "blame": ["you are wrong", "your fault", "being stubborn"],
  "blame_frames": ["you think"],
  "objections": [{"id": "worse", "says": "It'll make it worse.", "fear": "fights getting bigger",
    "addresses": "a pace", "concepts": [
      {"id": "pace", "label": "a pace you both set", "phrases": ["slow", "old stuff"]},
      {"id": "stop", "label": "a way to stop", "phrases": ["stop any time"]}]}]})";

const Objection& worse() {
    static const ObjectionCatalog cat = ObjectionCatalog::parse(kCatalog, "places.json");
    const Objection* o = cat.find("worse");
    REQUIRE(o != nullptr);
    return *o;
}

std::vector<std::string> ideasOf(const FearCheck& c) {
    std::vector<std::string> out;
    for (const auto& h : c.hits) out.push_back(h.conceptId);
    return out;
}

}  // namespace

TEST_CASE("an idea a turn takes back at one place still counts where it is said again", "[objections][places]") {
    // Before the turn alone: taken back by the push that follows.
    const FearCheck before = checkAnswer(worse(), "We would go slow, but we should go.");
    CHECK(before.hits.empty());
    CHECK_FALSE(before.met);
    // Said before and after the turn: "old stuff" claims the idea before it,
    // and the "slow" after it means the turn takes nothing back.
    const std::string answer = "I know the old stuff scares you, but we can go slow and really slow.";
    const FearCheck again = checkAnswer(worse(), answer);
    CHECK(ideasOf(again) == std::vector<std::string>{"pace"});
    CHECK(again.met);
    // One hit per idea, whatever the number of places.
    const FearCheck twice = checkAnswer(worse(), "Slow is fine. Slow, slow, slow. We can stop any time.");
    CHECK(ideasOf(twice) == std::vector<std::string>{"pace", "stop"});
    // conceptHits gives each idea once, at its first claimed place.
    const auto hits = conceptHits(worse(), answer);
    REQUIRE(hits.size() == 1);
    CHECK(answer.substr(size_t(hits[0].start), size_t(hits[0].end - hits[0].start)) == "old stuff");
}

TEST_CASE("an idea inside a jab's clause still counts in a clause of its own", "[objections][places]") {
    const FearCheck c = checkAnswer(worse(), "It's your fault we go slow, and we can take it slow.");
    CHECK(c.blame == "your fault");
    CHECK_FALSE(c.met);  // a jab is never met
    CHECK(ideasOf(c) == std::vector<std::string>{"pace"});
    const FearCheck only = checkAnswer(worse(), "It's your fault we go slow.");
    CHECK(only.hits.empty());
    // The clause taken back is the one where the jab was named, not the
    // first place its words appear (there, their worry is put into words).
    const FearCheck second =
        checkAnswer(worse(), "You think you are wrong to go slow, but you are wrong to stop any time.");
    REQUIRE(second.jabs.size() == 1);
    CHECK(second.jabs[0].start > 20);
    CHECK(ideasOf(second) == std::vector<std::string>{"pace"});
}

TEST_CASE("a blame phrase excused where it is first said is still named where it is not", "[objections][places]") {
    // The frame holds the first "you are wrong": their worry, in words.
    const FearCheck framed = checkAnswer(worse(), "I know you think you are wrong every time. We can go slow.");
    CHECK(framed.jabs.empty());
    CHECK(framed.met);
    // The second, after the turn, is the speaker's own charge.
    const std::string answer = "I know you think you are wrong every time, but you are wrong about this.";
    const FearCheck later = checkAnswer(worse(), answer);
    REQUIRE(later.jabs.size() == 1);
    CHECK(later.blame == "you are wrong");
    CHECK(size_t(later.jabs[0].start) == answer.rfind("you are wrong"));
    // Said of the speaker, then of them: the second is named.
    const FearCheck mine = checkAnswer(worse(), "I was being stubborn. We can go slow.");
    CHECK(mine.jabs.empty());
    const std::string ours = "I was being stubborn, and then you kept being stubborn.";
    const FearCheck share = checkAnswer(worse(), ours);
    REQUIRE(share.jabs.size() == 1);
    CHECK(size_t(share.jabs[0].start) == ours.rfind("being stubborn"));
}
