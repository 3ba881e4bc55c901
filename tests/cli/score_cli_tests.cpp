// doorway score: JSON shape, plain output, stdin, exit codes, broken assets.
#include <catch2/catch.hpp>

#include <boost/json.hpp>
#include <cstdint>
#include <filesystem>

#include "support.hpp"

using doorway::test::quote;
using doorway::test::runDoorway;

TEST_CASE("score --json prints one object with the agreed fields", "[scorer][cli]") {
    auto r = runDoorway("score --json " + quote("You never listen.") + " " + quote("Would you try one session?"));
    REQUIRE(r.exitCode == 0);
    boost::system::error_code ec;
    auto v = boost::json::parse(r.out, ec);
    REQUIRE_FALSE(ec);
    REQUIRE(v.is_object());
    const auto& o = v.as_object();
    // Changed on purpose (issue 18): "safety" and "note" joined score, band,
    // findings and elapsed_ms; two bands joined the three.
    CHECK(o.size() == 6);
    CHECK(o.at("score").is_number());
    CHECK(o.at("safety").is_bool());
    CHECK(o.at("note").is_string());
    std::string band(o.at("band").as_string());
    CHECK((band == "invitation" || band == "mixed" || band == "accusation" || band == "unclear" || band == "safety"));
    CHECK(o.at("elapsed_ms").is_number());
    const auto& fs = o.at("findings").as_array();
    REQUIRE_FALSE(fs.empty());
    const std::string text = "You never listen. Would you try one session?";  // args joined with one space
    bool sawRisk = false;
    for (const auto& f : fs) {
        const auto& fo = f.as_object();
        CHECK(fo.size() == 8);  // "weight" joined them (issue 18): the points it moved
        CHECK(fo.at("weight").is_number());
        auto start = fo.at("start").as_int64(), end = fo.at("end").as_int64();
        CHECK(text.substr(size_t(start), size_t(end - start)) == std::string(fo.at("text").as_string()));
        if (fo.at("kind").as_string() == "risk") {
            sawRisk = true;
            CHECK(fo.at("rule").as_string() == "you_accusation");
            CHECK(fo.at("weight").to_number<double>() < 0);
            CHECK_FALSE(fo.at("suggestion").as_string().empty());
        }
    }
    CHECK(sawRisk);
}

TEST_CASE("score reads stdin with '-' and prints readable text", "[scorer][cli]") {
    auto r = runDoorway("score -", "Go to therapy with me or I'm done.\n");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("score:") != std::string::npos);
    CHECK(r.out.find("accusation") != std::string::npos);
    CHECK(r.out.find("risk") != std::string::npos);
    CHECK(r.out.find("or I'm done") != std::string::npos);
    CHECK(r.out.find("try:") != std::string::npos);
    // Piped input with no TEXT is read too.
    auto piped = runDoorway("score --json", "Would you try one session with me?");
    REQUIRE(piped.exitCode == 0);
    CHECK(piped.out.find("\"band\"") != std::string::npos);
}

TEST_CASE("score never prints a finding as +0.0: advice and the safety card say what they are", "[scorer][cli]") {
    for (const char* text : {"We need to talk. Now.", "He smashed my phone again last night."}) {
        auto r = runDoorway("score -", std::string(text) + "\n");
        INFO(text << "\n" << r.out);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.find("+0.0") == std::string::npos);
        CHECK(r.out.find("-0.0") == std::string::npos);
    }
    CHECK(runDoorway("score -", "He smashed my phone again last night.\n").out.find("[safety, the safety card]") !=
          std::string::npos);
}

TEST_CASE("a disclosure of fear gets no number, and its reason once", "[scorer][cli][safety]") {
    // Two signs of fear in one message: one card, one reason, no grade.
    auto r = runDoorway("score " + quote("He hit me last month and I'm scared of what he'll do when he finds out. "
                                         "Would you come to one session?"));
    REQUIRE(r.exitCode == 0);
    INFO(r.out);
    CHECK(r.out.rfind("score: \u2014 (safety", 0) == 0);
    CHECK(r.out.find(" of 100") == std::string::npos);
    size_t why = 0;
    for (size_t at = r.out.find("why:"); at != std::string::npos; at = r.out.find("why:", at + 1)) ++why;
    CHECK(why == 1);
    CHECK(r.out.find("Help > Safety") != std::string::npos);
    // Any other message keeps its number.
    auto plain = runDoorway("score " + quote("Would you try one session with me?"));
    CHECK(plain.out.rfind("score: ", 0) == 0);
    CHECK(plain.out.find("\u2014") == std::string::npos);
}

TEST_CASE("score exit codes: empty text 1, unknown flag 2, broken asset 1", "[scorer][cli]") {
    auto empty = runDoorway("score " + quote("   "));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.find("empty") != std::string::npos);
    CHECK(empty.out.empty());
    CHECK(runDoorway("score -", " \n\t ").exitCode == 1);
    CHECK(runDoorway("score --loud hello").exitCode == 2);
    CHECK(runDoorway("score - " + quote("and text")).exitCode == 2);

    doorway::test::TempDir assets;
    std::filesystem::create_directories(assets.path() / "scoring");
    for (const char* f : {"lexicon.json", "rules.json", "model.json"})
        std::filesystem::copy_file(doorway::test::sourcePath(std::string("assets/scoring/") + f),
                                   assets.path() / "scoring" / f);
    doorway::test::writeText((assets.path() / "scoring" / "rules.json").string(), "{\"rules\": 3}");
    auto broken = runDoorway("score hello there", "", "DOORWAY_ASSETS=" + quote(assets.path().string()));
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.find("rules.json") != std::string::npos);
    CHECK(broken.out.empty());
}

// Issue 17, item 8: an overlong UTF-8 sequence decoded to '.', and the
// tokenizer's run-of-dots loop then never advanced. Random binary hit it too.
TEST_CASE("score and roleplay refuse what is not text: invalid UTF-8, NUL bytes, random bytes", "[scorer][cli]") {
    // Refused at once and named (it once scored a binary file as a
    // disclosure): save it as UTF-8 and try again.
    for (const std::string& bytes :
         {std::string("\xc0\xae"), std::string("you \xc0\xae\xc0\xae never\xe0\x80\xae listen"),
          std::string("\xf0\x80\x80\xae\xed\xa0\x80 ok"), std::string("I miss \xff us")}) {
        auto r = runDoorway("score --json -", bytes, "", "timeout 20");
        INFO("exit " << r.exitCode << " err " << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("not UTF-8 text") != std::string::npos);
    }
    auto bad = runDoorway("score -", "I miss \xff us", "", "timeout 20");
    CHECK(bad.err.find("byte 8") != std::string::npos);  // where, counted from 1
    std::string noise;
    uint32_t x = 2463534242u;  // xorshift: the same bytes every run
    for (int i = 0; i < 65536; ++i) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        noise += char(x & 0xFF);
    }
    noise[100] = '\0';
    for (const char* cmd : {"score -", "roleplay cant_afford -"}) {
        auto r = runDoorway(cmd, noise, "", "timeout 20");
        INFO(cmd << ": exit " << r.exitCode << " err " << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find("NUL bytes") != std::string::npos);
    }
    // Text in any script is text.
    auto fine = runDoorway("score -",
                           "J\xe2\x80\x99"
                           "aimerais qu\xe2\x80\x99"
                           "on essaie, une fois \xe2\x98\x95\n");
    CHECK(fine.exitCode == 0);
}

// Issue 17, item 9: scoring was quadratic (10 MiB took minutes). Past the
// cap the text is refused at once with the sizes; nothing is scored.
TEST_CASE("score refuses a text past the size cap with a clear message", "[scorer][cli]") {
    std::string big;
    while (big.size() < (5u << 20)) big += "You never listen and I miss us. Would you try one session? ";
    auto r = runDoorway("score -", big, "", "timeout 20");
    INFO("exit " << r.exitCode << " err " << r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("too long to score") != std::string::npos);
    CHECK(r.err.find("MiB") != std::string::npos);
}
