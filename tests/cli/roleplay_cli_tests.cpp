// doorway roleplay: the list, the check (plain and JSON), stdin, exit codes.
#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include "support.hpp"

using doorway::test::quote;
using doorway::test::runDoorway;

TEST_CASE("roleplay --list prints every objection id and its line", "[objections][cli]") {
    auto r = runDoorway("roleplay --list");
    REQUIRE(r.exitCode == 0);
    for (const char* id : {"whats_the_point", "were_fine", "stranger", "you_go", "doesnt_work", "cant_afford",
                           "your_side", "no_time", "think_about_it", "make_it_worse"})
        CHECK(r.out.find(id) != std::string::npos);
    CHECK(r.out.find("We can't afford it.") != std::string::npos);
    auto j = runDoorway("roleplay --list --json");
    REQUIRE(j.exitCode == 0);
    auto v = boost::json::parse(j.out);
    REQUIRE(v.is_array());
    // As many as the asset holds (ids are checked above).
    auto asset =
        boost::json::parse(doorway::test::readText(doorway::test::sourcePath("assets/roleplay/objections.json")));
    CHECK(v.as_array().size() == asset.at("objections").as_array().size());
}

TEST_CASE("roleplay --json: met, the ideas with their words, blame, feedback", "[objections][cli]") {
    const std::string answer = "There's a clinic that charges by income, and we could stop after one session.";
    auto r = runDoorway("roleplay --json cant_afford " + quote(answer));
    REQUIRE(r.exitCode == 0);
    const auto o = boost::json::parse(r.out).as_object();
    CHECK(o.at("objection").as_string() == "cant_afford");
    CHECK(o.at("met").as_bool());
    const auto& ideas = o.at("ideas").as_array();
    REQUIRE_FALSE(ideas.empty());
    for (const auto& i : ideas) {
        const auto& io = i.as_object();
        auto start = io.at("start").as_int64(), end = io.at("end").as_int64();
        CHECK(answer.substr(size_t(start), size_t(end - start)) == std::string(io.at("text").as_string()));
        CHECK_FALSE(io.at("label").as_string().empty());
    }
    CHECK(o.at("blame").as_array().empty());
    CHECK(o.at("feedback").as_string().find("What you said meets the worry underneath:") == 0);

    // A hostile answer on topic: not met, and its jab named in blame and feedback.
    auto h = runDoorway("roleplay --json cant_afford " + quote("Funny how there's money for your golf."));
    REQUIRE(h.exitCode == 0);
    const auto ho = boost::json::parse(h.out).as_object();
    CHECK_FALSE(ho.at("met").as_bool());
    const auto& blame = ho.at("blame").as_array();
    REQUIRE_FALSE(blame.empty());
    std::string jab(blame.front().as_object().at("text").as_string());
    CHECK(std::string(ho.at("feedback").as_string()).find("\"" + jab + "\"") != std::string::npos);
}

TEST_CASE("roleplay reads stdin, prints readable text, and fails clearly", "[objections][cli]") {
    auto r = runDoorway("roleplay were_fine -", "For me it's been lonely lately.\n");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("met: true") != std::string::npos);
    CHECK(r.out.find("ideas:") != std::string::npos);
    CHECK(r.out.find("feedback:") != std::string::npos);

    auto unknown = runDoorway("roleplay no_such_objection " + quote("hello"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("no_such_objection") != std::string::npos);
    CHECK(unknown.err.find("cant_afford") != std::string::npos);  // the list of known ids
    CHECK(runDoorway("roleplay").exitCode == 2);
    CHECK(runDoorway("roleplay --loud were_fine hi").exitCode == 2);
    CHECK(runDoorway("roleplay were_fine - " + quote("and text")).exitCode == 2);
    auto empty = runDoorway("roleplay were_fine -", "  \n");
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.find("empty") != std::string::npos);
}
