// doorway transcribe: JSON shape, exit codes, errors that name the file.
#include "support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

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
    // A clean recording: the warnings list is there, and empty.
    REQUIRE(o.at("warnings").is_array());
    CHECK(o.at("warnings").as_array().empty());
    REQUIRE(o.at("unreliable").is_array());
    CHECK(o.at("unreliable").as_array().empty());
    CHECK(o.at("snr_db").to_number<double>() > 20);
    // A clear take of eleven words has a pace; three seconds are too little
    // for a filler rate: the count stands, the rate is null with its reason.
    auto& why = o.at("not_measured").as_object();
    CHECK_FALSE(why.contains("wpm"));
    CHECK(o.at("fillers_per_min").is_null());
    REQUIRE(why.contains("fillers_per_min"));
    CHECK(std::string(why.at("fillers_per_min").as_string()) == "too little speech for a rate");
    CHECK(why.size() == 1);

    auto plain = runDoorway("transcribe " + quote(wav));
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.find("words per minute") != std::string::npos);
    CHECK(plain.out.find("fillers     0 (too little speech for a rate)") != std::string::npos);
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

    auto badScript =
        runDoorway("transcribe --script " + quote(dir.file("none.txt")) + " " + quote(dir.file("empty.wav")));
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

namespace {

struct Usage {
    int exitCode = -1;
    double cpuS = 0;
    long maxRssKb = 0;
    double wallS = 0;
};

// Runs the binary directly and measures that one process (wait4), quietly.
Usage measured(const std::vector<std::string>& args) {
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        std::vector<char*> argv = {const_cast<char*>(DOORWAY_TEST_BINARY)};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(DOORWAY_TEST_BINARY, argv.data());
        _exit(127);
    }
    Usage u;
    int status = 0;
    rusage ru{};
    if (pid > 0 && wait4(pid, &status, 0, &ru) == pid) {
        u.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        u.cpuS =
            double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
        u.maxRssKb = ru.ru_maxrss;
    }
    u.wallS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return u;
}

}  // namespace

TEST_CASE("transcribe of a long silence stays cheap in time and memory", "[speech][cli]") {
    // Ten minutes of silence at 44.1 kHz once took 206 s and 385 MB: the
    // whole file was held (several copies) and every frame decoded.
    doorway::test::TempDir dir;
    std::string flac = dir.file("quiet.flac");
    REQUIRE(std::system(("sox -R -n -r 44100 -b 16 -c 1 " + quote(flac) + " trim 0 600").c_str()) == 0);
    Usage u = measured({"transcribe", "--json", flac});
    INFO("cpu " << u.cpuS << " s, peak " << u.maxRssKb / 1024 << " MiB");
    REQUIRE(u.exitCode == 0);
    // Generous bounds (a loaded CI machine), far under the old cost: the
    // model alone is about 130 MiB.
    CHECK(u.cpuS < 60);
    CHECK(u.maxRssKb < 260 * 1024);
}

TEST_CASE("transcribe refuses a recording past the longest take before any work", "[speech][cli]") {
    doorway::test::TempDir dir;
    // A header that claims two hours: refused from the header alone.
    std::string flac = dir.file("two-hours.flac");
    doorway::test::writeFlacClaiming(flac, 7200);
    auto t0 = std::chrono::steady_clock::now();
    auto r = runDoorway("transcribe --json " + quote(flac));
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("two-hours.flac") != std::string::npos);
    CHECK(r.err.find("120 minutes") != std::string::npos);
    CHECK(r.err.find("at most 30 minutes") != std::string::npos);
    // Before the recogniser loads (that alone takes a second or more).
    CHECK(wall < 5);
    // A FIFO is refused, not waited on.
    REQUIRE(std::system(("mkfifo " + quote(dir.file("pipe.wav"))).c_str()) == 0);
    auto fifo = runDoorway("transcribe " + quote(dir.file("pipe.wav")));
    CHECK(fifo.exitCode == 1);
    CHECK(fifo.err.find("not a regular file") != std::string::npos);
}

TEST_CASE("transcribe --json warns about phone-band input and a loud room", "[speech][cli]") {
    doorway::test::TempDir dir;
    const std::string text = "Would you come with me to see a counselor next week? I think it could really help us.";
    std::string wav = dir.file("take.wav");
    REQUIRE(std::system(("flite -voice rms -t " + quote(text) + " -o " + quote(wav)).c_str()) == 0);
    // A headset in hands-free mode: 8 kHz, 300-3400 Hz.
    std::string phone = dir.file("phone.wav");
    REQUIRE(std::system(("sox -R " + quote(wav) + " -r 8000 " + quote(phone) + " sinc 300-3400").c_str()) == 0);
    auto p = runDoorway("transcribe --json " + quote(phone));
    INFO(p.err);
    REQUIRE(p.exitCode == 0);
    auto pj = boost::json::parse(p.out).as_object();
    auto has = [](const boost::json::object& o, const char* code) {
        for (const auto& w : o.at("warnings").as_array())
            if (w.as_string() == code) return true;
        return false;
    };
    CHECK(has(pj, "phone_band"));
    // Pace and fillers from words the recogniser can't hear well are not
    // given as numbers: null, and named as unreliable.
    auto unreliable = [](const boost::json::object& o) {
        std::vector<std::string> out;
        for (const auto& v : o.at("unreliable").as_array()) out.emplace_back(v.as_string());
        return out;
    };
    for (const char* k : {"wpm", "fillers", "fillers_per_min", "filler_counts"}) {
        INFO(k);
        CHECK(pj.at(k).is_null());
        auto u = unreliable(pj);
        CHECK(std::count(u.begin(), u.end(), k) == 1);
    }
    CHECK(pj.at("pauses").is_number());
    CHECK(pj.at("speaking_s").to_number<double>() > 2);
    auto plain = runDoorway("transcribe " + quote(phone));
    INFO(plain.out);
    // A file is described as a recording; the headset advice is for live takes.
    CHECK(plain.out.find("This recording is phone-quality (8 kHz)") != std::string::npos);
    CHECK(plain.out.find("headset") == std::string::npos);
    CHECK(plain.out.find("words per minute") == std::string::npos);
    CHECK(plain.out.find("pace        not measured") != std::string::npos);
    CHECK(plain.out.find("fillers     not counted") != std::string::npos);

    // A loud room: pink noise 3 dB under the voice, over a second either side.
    std::string noise = dir.file("noise.wav"), loud = dir.file("loud.wav");
    REQUIRE(std::system(("sox -R -n -r 16000 -b 16 -c 1 " + quote(noise) + " synth 9 pinknoise vol 0.25").c_str()) ==
            0);
    REQUIRE(std::system(("sox -R " + quote(wav) + " " + quote(dir.file("padded.wav")) + " pad 1 1").c_str()) == 0);
    REQUIRE(std::system(
                ("sox -R -m " + quote(dir.file("padded.wav")) + " " + quote(noise) + " " + quote(loud) + " trim 0 7")
                    .c_str()) == 0);
    auto l = runDoorway("transcribe --json " + quote(loud));
    INFO(l.err);
    REQUIRE(l.exitCode == 0);
    auto lj = boost::json::parse(l.out).as_object();
    INFO("snr " << lj.at("snr_db").to_number<double>());
    CHECK(has(lj, "loud_room"));
    CHECK_FALSE(has(lj, "phone_band"));
    CHECK(lj.at("wpm").is_null());
    CHECK_FALSE(unreliable(lj).empty());

    // A microphone set too loud: the voice cut off at full scale.
    std::string clipped = dir.file("clipped.wav");
    REQUIRE(std::system(("sox -R " + quote(wav) + " " + quote(clipped) + " gain 14 2>/dev/null").c_str()) == 0);
    auto c = runDoorway("transcribe --json " + quote(clipped));
    INFO(c.err);
    REQUIRE(c.exitCode == 0);
    auto cj = boost::json::parse(c.out).as_object();
    INFO("clipped share " << cj.at("clipped_share").to_number<double>());
    CHECK(has(cj, "clipped"));
    CHECK(cj.at("wpm").is_null());
    CHECK_FALSE(has(pj, "clipped"));
    CHECK(runDoorway("transcribe " + quote(clipped)).out.find("too loud for its microphone") != std::string::npos);
}

TEST_CASE("transcribe says when the voice this computer was taught can't be used", "[speech][cli]") {
    doorway::test::TempDir dir;
    std::string wav = dir.file("take.wav");
    REQUIRE(std::system(("flite -voice slt -t " + quote("Could we try one session?") + " -o " + quote(wav)).c_str()) ==
            0);
    std::filesystem::create_directories(dir.file("data/doorway/voice"));
    doorway::test::writeText(dir.file("data/doorway/voice/adaptation.mllr"), "not a voice at all");
    auto r = runDoorway("transcribe " + quote(wav), "", "XDG_DATA_HOME=" + quote(dir.file("data")));
    INFO(r.err);
    CHECK(r.exitCode == 0);  // the words are still heard, without it
    CHECK(r.err.find("is not used") != std::string::npos);
    CHECK(r.err.find("adaptation.mllr") != std::string::npos);
}

TEST_CASE("transcribe with no words heard, or a word or two, says the pace was not measured", "[speech][cli]") {
    doorway::test::TempDir dir;
    std::string silence = dir.file("silence.wav");
    REQUIRE(std::system(("sox -R -n -r 16000 -b 16 -c 1 " + quote(silence) + " trim 0 3").c_str()) == 0);
    std::string word = dir.file("word.wav");
    REQUIRE(std::system(("flite -voice slt -t 'yes' -o " + quote(word)).c_str()) == 0);
    for (const std::string& wav : {silence, word}) {
        INFO(wav);
        auto plain = runDoorway("transcribe " + quote(wav));
        INFO(plain.out << plain.err);
        REQUIRE(plain.exitCode == 0);
        // No rate is made up from nothing: not "0 words per minute", nor
        // one word in half a second read as a pace of 120.
        CHECK(plain.out.find("words per minute") == std::string::npos);
        CHECK(plain.out.find("pace        not measured: ") != std::string::npos);
        CHECK(plain.out.find("per minute") == std::string::npos);

        auto j = runDoorway("transcribe --json " + quote(wav));
        INFO(j.out << j.err);
        REQUIRE(j.exitCode == 0);
        auto o = boost::json::parse(j.out).as_object();
        auto& why = o.at("not_measured").as_object();
        for (const char* k : {"wpm", "fillers_per_min"}) {
            INFO(k);
            CHECK(o.at(k).is_null());
            REQUIRE(why.contains(k));
            CHECK(!why.at(k).as_string().empty());
        }
        // What was heard is still counted: nothing was untrustworthy.
        CHECK(o.at("fillers").is_number());
        CHECK(o.at("unreliable").as_array().empty());
        CHECK(o.at("duration_s").to_number<double>() > 0);
    }
    auto silent = boost::json::parse(runDoorway("transcribe --json " + quote(silence)).out).as_object();
    CHECK(silent.at("words").as_array().empty());
    CHECK(std::string(silent.at("not_measured").at("wpm").as_string()).find("no words") != std::string::npos);
}
