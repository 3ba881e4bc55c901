// doorway transcribe: JSON shape, exit codes, errors that name the file.
#include "support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>

using doorway::test::quote;
using doorway::test::runDoorway;

TEST_CASE("transcribe --json prints words with times and the take metrics", "[speech][cli]") {
    doorway::test::TempDir dir;
    std::string wav = dir.file("take.wav");
    std::string text = "Would you come with me to see a counselor next week?";
    REQUIRE(std::system(("flite -voice slt -t " + quote(text) + " -o " + quote(wav)).c_str()) == 0);
    doorway::test::writeText(dir.file("script.txt"), text + "\n");
    auto r = runDoorway("transcribe --json --script " + quote(dir.file("script.txt")) + " " + quote(wav));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto v = boost::json::parse(r.out);
    auto& o = v.as_object();
    CHECK(std::string(o.at("text").as_string()) == "would you come with me to see a counselor next week");
    auto& words = o.at("words").as_array();
    REQUIRE(words.size() == 11);
    double prev = 0;
    for (auto& w : words) {
        auto& wo = w.as_object();
        CHECK(wo.at("word").is_string());
        double s = wo.at("start").to_number<double>(), e = wo.at("end").to_number<double>();
        CHECK(s >= prev - 1e-6);
        CHECK(e > s);
        prev = e;
    }
    double dur = o.at("duration_s").to_number<double>();
    CHECK(dur > 2.0);
    CHECK(prev <= dur + 0.05);
    CHECK(o.at("processing_s").to_number<double>() > 0);
    CHECK(o.at("wpm").to_number<double>() > 100);
    CHECK(o.at("fillers").to_number<double>() == 0);
    CHECK(o.at("pauses").to_number<double>() == 0);

    auto plain = runDoorway("transcribe " + quote(wav));
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.find("words per minute") != std::string::npos);
}

TEST_CASE("transcribe refuses what is not a recording", "[speech][cli]") {
    doorway::test::TempDir dir;
    auto missing = runDoorway("transcribe " + quote(dir.file("nope.wav")));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("nope.wav") != std::string::npos);

    doorway::test::writeText(dir.file("empty.wav"), "");
    auto empty = runDoorway("transcribe --json " + quote(dir.file("empty.wav")));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.find("empty.wav") != std::string::npos);
    CHECK(empty.out.empty());

    doorway::test::writeText(dir.file("letter.ogg"), "Dear you, this is a letter, not a recording.\n");
    auto text = runDoorway("transcribe " + quote(dir.file("letter.ogg")));
    CHECK(text.exitCode == 1);
    CHECK(text.err.find("letter.ogg") != std::string::npos);
    CHECK(text.err.find("not an audio file") != std::string::npos);

    auto folder = runDoorway("transcribe " + quote(dir.path().string()));
    CHECK(folder.exitCode == 1);

    auto badScript = runDoorway("transcribe --script " + quote(dir.file("none.txt")) + " " + quote(dir.file("empty.wav")));
    CHECK(badScript.exitCode == 1);
    CHECK(badScript.err.find("none.txt") != std::string::npos);
}

TEST_CASE("transcribe usage errors exit 2", "[speech][cli]") {
    CHECK(runDoorway("transcribe").exitCode == 2);
    CHECK(runDoorway("transcribe --json").exitCode == 2);
    CHECK(runDoorway("transcribe --script").exitCode == 2);
    CHECK(runDoorway("transcribe --loud a.wav").exitCode == 2);
    CHECK(runDoorway("transcribe a.wav b.wav").exitCode == 2);
}
