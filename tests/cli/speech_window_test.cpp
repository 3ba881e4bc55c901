// The spoken take end to end in the window: a sentence synthesised with
// flite is "said" into a pretend microphone (tests/fake_audio, an ALSA
// plugin that needs no hardware, so this runs on CI's machine without
// /dev/snd), the rehearsal listens, transcribes, scores and saves the take,
// and the recording is played back into a pretend speaker.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

using namespace doorway::test;

namespace {

// Word error rate, kept here so the test does not trust the code it checks.
double wer(const std::string& ref, const std::string& hyp) {
    auto words = [](const std::string& s) {
        std::vector<std::string> out;
        std::string cur;
        for (char c : s + " ") {
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'')
                cur += char(std::tolower(static_cast<unsigned char>(c)));
            else if (!cur.empty())
                out.push_back(cur), cur.clear();
        }
        return out;
    };
    auto r = words(ref), h = words(hyp);
    std::vector<std::vector<size_t>> d(r.size() + 1, std::vector<size_t>(h.size() + 1));
    for (size_t i = 0; i <= r.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= h.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= r.size(); ++i)
        for (size_t j = 1; j <= h.size(); ++j)
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (r[i - 1] == h[j - 1] ? 0 : 1)});
    return r.empty() ? 0 : double(d[r.size()][h.size()]) / double(r.size());
}

// The same home with an ~/.asoundrc that defines the pretend card:
// "doorway_mic" hears `speech`, its speaker writes what it plays to `played`.
std::string fakeHome(const TempDir& dir, const std::string& speech, const std::string& played) {
    std::string env = quietHomeEnv(dir);
    fs::path home = dir.path() / "home";
    writeText((home / ".asoundrc").string(), "pcm_type.doorway_fake { lib \"" DOORWAY_FAKE_PCM_PLUGIN
                                             "\" }\n"
                                             "pcm.doorway_mic {\n"
                                             "    type doorway_fake\n"
                                             "    infile \"" +
                                                 speech +
                                                 "\"\n"
                                                 "    lead_ms 400\n"
                                                 "    outfile \"" +
                                                 played +
                                                 "\"\n"
                                                 "}\n");
    return env;
}

// `seconds` of 16 kHz mono silence, written by hand.
void writeSilentWav(const std::string& wav, uint32_t seconds) {
    const uint32_t samples = 16000 * seconds, dataBytes = samples * 2;
    std::string h = "RIFF";
    auto u32 = [&](uint32_t v) {
        for (int i = 0; i < 4; ++i) h += char((v >> (8 * i)) & 0xff);
    };
    auto u16 = [&](uint16_t v) {
        h += char(v & 0xff);
        h += char(v >> 8);
    };
    u32(36 + dataBytes);
    h += "WAVEfmt ";
    u32(16), u16(1), u16(1), u32(16000), u32(32000), u16(2), u16(16);
    h += "data";
    u32(dataBytes);
    writeText(wav, h + std::string(dataBytes, '\0'));
}

const boost::json::object& lastTake(const boost::json::value& wb) {
    const auto& takes = wb.as_object().at("takes").as_array();
    REQUIRE_FALSE(takes.empty());
    return takes.back().as_object();
}

}  // namespace

TEST_CASE("a spoken take is recorded, transcribed, scored, saved and played back in the window", "[speech][window]") {
    TempDir dir;
    const std::string sentence =
        "I miss how easy things used to feel between us. Would you be willing to try three sessions online?";
    std::string wav = dir.file("said.wav");
    REQUIRE(std::system(("flite -voice slt -t " + quote(sentence) + " -o " + quote(wav)).c_str()) == 0);
    const double saidS = double(fs::file_size(wav) - 44) / 32000.0;  // flite: 16 kHz mono 16-bit
    REQUIRE(saidS > 3.0);

    std::string played = dir.file("played.raw");
    std::string env = fakeHome(dir, wav, played);
    std::string wb = exampleCopy(dir, "wb.json");
    std::string png = dir.file("after.png");

    char wait[32];
    std::snprintf(wait, sizeof wait, "%.1f", saidS + 1.5);  // the lead, the sentence and a breath
    auto r = runDoorwayWindow(quote(wb) +
                                  " --ui speech.device=doorway_mic --ui rehearsal.aloud=on --ui rehearsal.length=60" +
                                  " --ui rehearsal.start --ui rehearsal.elapsed=3.2 --ui speech.wait=" + wait +
                                  " --ui rehearsal.finish --ui speech.play-wait --frames 3 --screenshot " + quote(png),
                              env);
    INFO(r.err);
    // The pretend card needs no sound hardware; if PortAudio did not list it
    // the run fails at speech.device with the devices it did find.
    REQUIRE(r.exitCode == 0);
    CHECK(fs::file_size(png) > 0);

    auto saved = boost::json::parse(readText(wb));
    const auto& take = lastTake(saved);
    CHECK(take.at("mode").as_string() == "spoken");
    std::string text(take.at("text").as_string());
    INFO("heard: " << text);
    CHECK(wer(sentence, text) <= 0.25);
    CHECK(take.at("score").to_number<double>() >= 60);

    const auto& m = take.at("metrics").as_object();
    CHECK(m.at("duration_s").to_number<double>() >= saidS);
    CHECK(m.at("speaking_s").to_number<double>() > 2.0);
    CHECK(m.at("wpm").to_number<double>() > 100);
    CHECK(m.at("wpm").to_number<double>() < 300);
    CHECK(m.contains("fillers"));
    CHECK(m.contains("pauses"));
    CHECK(m.at("processing_s").to_number<double>() > 0);

    // The recording is kept beside the workbook, and it is what was said.
    std::string audio(take.at("audio").as_string());
    REQUIRE_FALSE(audio.empty());
    fs::path kept = dir.path() / "wb.takes" / audio;
    REQUIRE(fs::exists(kept));
    const double keptS = double(fs::file_size(kept) - 44) / 32000.0;
    CHECK(keptS >= saidS);

    // Played back in real time into the pretend speaker, whole.
    REQUIRE(fs::exists(played));
    CHECK(double(fs::file_size(played)) / 32000.0 >= keptS * 0.95);
}

TEST_CASE("with no microphone the speech panel says so and a typed take still saves", "[speech][window]") {
    TempDir dir;
    std::string env = quietHomeEnv(dir);
    std::string wb = exampleCopy(dir, "wb.json");

    auto aloud = runDoorwayWindow(quote(wb) + " --ui rehearsal.aloud=on --screenshot " + quote(dir.file("a.png")), env);
    if (aloud.exitCode == 0) {
        // Only a machine with a real sound card gets here; CI has none.
        // Catch2 v2 has no skip, so say it where the run is read.
        WARN("not checked: this machine has a microphone, so the no-microphone case cannot be seen here");
        return;
    }
    CHECK(aloud.exitCode == 2);
    CHECK(aloud.err.find("no microphone") != std::string::npos);

    auto typed = runDoorwayWindow(quote(wb) + " --ui rehearsal.start --ui rehearsal.elapsed=3.2" + " --ui " +
                                      quote("rehearsal.typed=I miss us. Would you try three sessions with me?") +
                                      " --ui rehearsal.finish --screenshot " + quote(dir.file("t.png")),
                                  env);
    INFO(typed.err);
    REQUIRE(typed.exitCode == 0);
    auto saved = boost::json::parse(readText(wb));
    const auto& take = lastTake(saved);
    CHECK(take.at("mode").as_string() == "typed");
    CHECK(take.at("text").as_string() == "I miss us. Would you try three sessions with me?");
}

TEST_CASE("a recording brought in becomes a spoken take with its notes, one with no words adds nothing",
          "[speech][window]") {
    TempDir dir;
    std::string env = quietHomeEnv(dir);
    std::string wb = exampleCopy(dir, "wb.json");
    const size_t takesBefore = boost::json::parse(readText(wb)).as_object().at("takes").as_array().size();
    const fs::path takesDir = dir.path() / "wb.takes";
    auto filesIn = [](const fs::path& d) {
        size_t n = 0;
        std::error_code ec;
        for (fs::directory_iterator it(d, ec), end; !ec && it != end; it.increment(ec)) ++n;
        return n;
    };

    SECTION("words: a take with a score, its findings and the recording kept") {
        const std::string sentence =
            "I feel lonely lately. Would you be willing to try one session with me? You can say no.";
        std::string wav = dir.file("said.wav");
        REQUIRE(std::system(("flite -voice slt -t " + quote(sentence) + " -o " + quote(wav)).c_str()) == 0);
        auto r = runDoorwayWindow(
            quote(wb) + " --ui " + quote("speech.import=" + wav) + " --screenshot " + quote(dir.file("i.png")), env);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        auto saved = boost::json::parse(readText(wb));
        REQUIRE(saved.as_object().at("takes").as_array().size() == takesBefore + 1);
        const auto& take = lastTake(saved);
        CHECK(take.at("mode").as_string() == "spoken");
        INFO("heard: " << take.at("text").as_string());
        CHECK(wer(sentence, std::string(take.at("text").as_string())) <= 0.35);
        // Like a typed take, it explains its score without re-scoring.
        REQUIRE(take.contains("findings"));
        CHECK_FALSE(take.at("findings").as_array().empty());
        // The score lives on the take once; the metrics hold speech numbers only.
        CHECK(take.at("score").to_number<double>() > 0);
        CHECK_FALSE(take.at("metrics").as_object().contains("score"));
        CHECK(take.at("metrics").as_object().contains("wpm"));
        std::string audio(take.at("audio").as_string());
        REQUIRE_FALSE(audio.empty());
        CHECK(fs::exists(takesDir / audio));
    }
    SECTION("silence: no take and no stray copy in the takes folder") {
        std::string wav = dir.file("quiet.wav");
        writeSilentWav(wav, 2);
        const size_t filesBefore = filesIn(takesDir);
        auto r = runDoorwayWindow(
            quote(wb) + " --ui " + quote("speech.import=" + wav) + " --screenshot " + quote(dir.file("q.png")), env);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(boost::json::parse(readText(wb)).as_object().at("takes").as_array().size() == takesBefore);
        CHECK(filesIn(takesDir) == filesBefore);
    }
}

namespace {

// A take "said" into the pretend microphone from `wav`, through a timed
// rehearsal; returns the saved take. A screenshot is taken while
// the microphone still listens (the live meter) and one after.
boost::json::object takeThroughWindow(const TempDir& dir, const std::string& wav, double saidS,
                                      const std::string& tag) {
    std::string env = fakeHome(dir, wav, dir.file("played-" + tag + ".raw"));
    std::string wb = exampleCopy(dir, "wb-" + tag + ".json");
    char wait[32];
    std::snprintf(wait, sizeof wait, "%.1f", saidS + 1.0);
    auto live = runDoorwayWindow(
        quote(wb) + " --ui speech.device=doorway_mic --ui rehearsal.aloud=on" +
            " --ui rehearsal.length=60 --ui rehearsal.start --ui rehearsal.elapsed=3.2 --ui speech.wait=" + wait +
            " --frames 3 --screenshot " + quote(dir.file("live-" + tag + ".png")),
        env);
    INFO(live.err);
    REQUIRE(live.exitCode == 0);
    auto r = runDoorwayWindow(
        quote(wb) + " --ui speech.device=doorway_mic --ui rehearsal.aloud=on" +
            " --ui rehearsal.length=60 --ui rehearsal.start --ui rehearsal.elapsed=3.2 --ui speech.wait=" + wait +
            " --ui rehearsal.finish --frames 3 --screenshot " + quote(dir.file("after-" + tag + ".png")),
        env);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto saved = boost::json::parse(readText(wb));
    const auto& take = lastTake(saved);
    REQUIRE(take.at("mode").as_string() == "spoken");
    return take;
}

std::vector<std::string> warningsIn(const boost::json::object& m) {
    std::vector<std::string> out;
    for (const auto& w : m.at("warnings").as_array()) out.emplace_back(w.as_string());
    return out;
}

}  // namespace

TEST_CASE("the window says when the microphone is phone-band or the room is loud", "[speech][window]") {
    TempDir dir;
    const std::string sentence = "I would like us to try one session together, and then we can decide what we think.";
    std::string clean = dir.file("clean.wav");
    REQUIRE(std::system(("flite -voice rms -t " + quote(sentence) + " -o " + quote(clean)).c_str()) == 0);
    const double saidS = double(fs::file_size(clean) - 44) / 32000.0;

    // A headset in hands-free mode: nothing above 3.4 kHz reaches the app
    // (the card itself still runs at 16 kHz, so only the sound can tell).
    std::string phone = dir.file("phone.wav");
    REQUIRE(std::system(("sox -R " + quote(clean) + " -r 16000 " + quote(phone) + " sinc 300-3400").c_str()) == 0);
    auto pm = takeThroughWindow(dir, phone, saidS, "phone").at("metrics").as_object();
    auto pw = warningsIn(pm);
    CHECK(std::count(pw.begin(), pw.end(), "phone_band") == 1);
    CHECK(std::count(pw.begin(), pw.end(), "loud_room") == 0);

    // A loud room: pink noise just under the voice, through the whole take.
    std::string noise = dir.file("noise.wav"), loud = dir.file("loud.wav");
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.1f", saidS);
    REQUIRE(std::system(
                ("sox -R -n -r 16000 -b 16 -c 1 " + quote(noise) + " synth " + secs + " pinknoise vol 0.3").c_str()) ==
            0);
    REQUIRE(std::system(("sox -R -m " + quote(clean) + " " + quote(noise) + " " + quote(loud)).c_str()) == 0);
    auto loudTake = takeThroughWindow(dir, loud, saidS, "loud");
    const auto& lm = loudTake.at("metrics").as_object();
    auto lw = warningsIn(lm);
    INFO("snr " << lm.at("snr_db").to_number<double>());
    CHECK(std::count(lw.begin(), lw.end(), "loud_room") == 1);
    CHECK(std::count(lw.begin(), lw.end(), "phone_band") == 0);
    // The session's first take: judged from its own first seconds, so it
    // is heard with the noisy-room model (a quiet one is not: the phone take).
    CHECK(lm.at("noisy_room_model").as_bool());
    CHECK_FALSE(pm.at("noisy_room_model").as_bool());
    // The take itself is still scored and kept (the score is the take's,
    // not one of the speech numbers).
    CHECK(loudTake.contains("score"));
    CHECK(loudTake.at("band").as_string() != "");
    if (const char* keep = std::getenv("DOORWAY_KEEP_SCREENSHOTS"))
        for (const char* f : {"live-phone.png", "after-phone.png", "live-loud.png", "after-loud.png"})
            fs::copy_file(dir.file(f), fs::path(keep) / f, fs::copy_options::overwrite_existing);
}

TEST_CASE("a voice is taught in the window, kept in the data folder, and removed in one step", "[speech][window]") {
    TempDir dir;
    // Temporary folders of its own, so a learning running in another test
    // process at the same time is not counted as a leftover of this one.
    const fs::path tmp = dir.path() / "tmp", run = dir.path() / "run";
    fs::create_directories(tmp);
    fs::create_directories(run);
    fs::permissions(run, fs::perms::owner_all);
    std::string env = quietHomeEnv(dir) + " XDG_DATA_HOME=" + quote((dir.path() / "data").string()) +
                      " TMPDIR=" + quote(tmp.string()) + " XDG_RUNTIME_DIR=" + quote(run.string());
    std::string wb = exampleCopy(dir, "wb.json");
    const std::vector<std::string> read = {"I have been thinking about the way we talk after long days.",
                                           "Could we sit down this weekend and plan something small together?",
                                           "I would like us both to feel listened to, even when we disagree.",
                                           "Maybe a counselor could help us find the words we keep missing.",
                                           "You could pick the time, and I will make the first phone call.",
                                           "If it does not feel right after one visit, we can stop there.",
                                           "I am asking because I care about you and about this home.",
                                           "Thank you for hearing me out, it means a great deal to me."};
    fs::create_directories(dir.path() / "read");
    for (size_t i = 0; i < read.size(); ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%02zu", i + 1);
        std::string base = (dir.path() / "read" / name).string();
        writeText(base + ".txt", read[i]);
        REQUIRE(std::system(("flite -voice awb -t " + quote(read[i]) + " -o " + quote(base + ".wav")).c_str()) == 0);
    }
    const fs::path profile = dir.path() / "data" / "doorway" / "voice" / "adaptation.mllr";
    auto r = runDoorwayWindow(quote(wb) + " --ui view=rehearsal --ui " +
                                  quote("speech.teach-from=" + (dir.path() / "read").string()) + " --screenshot " +
                                  quote(dir.file("taught.png")),
                              env);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(fs::exists(profile));
    // Only its owner can read it; the model's means moved to this voice, in
    // the model's own layout (about 820 KB of numbers, no audio).
    CHECK((fs::status(profile).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    CHECK(fs::file_size(profile) < 1024 * 1024);
    CHECK(readText(profile.string()).rfind("s3\nversion 1.0\n", 0) == 0);
    // Nothing of the reading is left in a temporary folder.
    size_t leftovers = 0;
    for (const auto& base : {tmp, run}) {
        std::error_code ec;
        for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec))
            leftovers += it->path().filename().string().rfind("doorway-voice-", 0) == 0;
    }
    CHECK(leftovers == 0);
    auto removed =
        runDoorwayWindow(quote(wb) + " --ui speech.voice-remove --screenshot " + quote(dir.file("r.png")), env);
    INFO(removed.err);
    REQUIRE(removed.exitCode == 0);
    CHECK_FALSE(fs::exists(profile));
    CHECK_FALSE(fs::exists(profile.parent_path()));
}

TEST_CASE("a timed take in which nothing was heard keeps no recording", "[speech][window]") {
    // The review said there was nothing to save, yet the recording stayed in
    // the takes folder, pointed to by no take, until the workbook was closed
    // (after a kill, for good): a file the person could neither see nor
    // delete in the window.
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wav = dir.file("quiet.wav");
    writeSilentWav(wav, 3);
    std::string env = fakeHome(dir, wav, dir.file("played.raw"));
    std::string wb = exampleCopy(dir, "wb.json");
    const size_t takesBefore = boost::json::parse(readText(wb)).as_object().at("takes").as_array().size();
    // The actions run before the first frame: the take is over once the map is there.
    WindowApp app(x,
                  quote(wb) + " --ui speech.device=doorway_mic --ui rehearsal.aloud=on --ui rehearsal.length=60" +
                      " --ui rehearsal.start --ui rehearsal.elapsed=3.2 --ui speech.wait=3.5 --ui rehearsal.finish",
                  env, dir.file("map.json"));
    REQUIRE(app.waitForItem("nav/rehearsal", 30));
    size_t recordings = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir.path() / "wb.takes", ec), end; !ec && it != end; it.increment(ec)) ++recordings;
    app.kill9();
    app.wait();
    CHECK(recordings == 0);
    CHECK(boost::json::parse(readText(wb)).as_object().at("takes").as_array().size() == takesBefore);
}
