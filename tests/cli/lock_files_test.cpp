// lock / unlock and the files around a workbook (issue 17): sizes that
// agree, links, recordings in subfolders, pipes and devices, a full disk,
// damaged locked files. Each case here once lost data, left plaintext
// behind, hung, or said something misleading.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace fs = std::filesystem;
namespace json = boost::json;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::runDoorway;
using doorway::test::RunResult;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

const char* kFast = "DOORWAY_TEST_FAST_KDF=1";
const char* kPass = "one small door\n";

std::string exampleText() {
    return readText(doorway::test::sourcePath("workbooks/example.json"));
}

// `timeout` guards the cases that used to hang (a FIFO): a hang fails the
// test (exit 124) instead of stalling the suite.
RunResult run(const std::string& args, const std::string& stdinText = "") {
    return runDoorway(args, stdinText, kFast, "timeout 60");
}
RunResult lock(const std::string& file) {
    return run("lock " + quote(file) + " --passphrase-fd 0", kPass);
}
RunResult unlock(const std::string& file) {
    return run("unlock " + quote(file) + " --passphrase-fd 0", kPass);
}

bool sealedText(const std::string& text) {
    return text.find("\"doorway-sealed\"") != std::string::npos;
}

// The example with one answer made `bytes` long (plain ASCII words).
std::string workbookOfSize(size_t bytes) {
    json::value doc = json::parse(exampleText());
    std::string base = json::serialize(doc);
    std::string filler;
    const std::string word = "words ";
    size_t want = bytes > base.size() + 40 ? bytes - base.size() - 40 : 0;
    filler.reserve(want + word.size());
    while (filler.size() < want) filler += word;
    filler.resize(want);
    doc.at("answers").as_object()["pattern"].as_object()["my_part"] = json::string(filler);
    return json::serialize(doc) + "\n";
}

}  // namespace

TEST_CASE("a large workbook locks, checks and unlocks: whatever lock writes, Doorway reads", "[cli][privacy][limits]") {
    TempDir dir;
    std::string wb = dir.file("big.json");
    const std::string original = workbookOfSize(size_t(50) << 20);  // the 50 MB of the report
    writeText(wb, original);
    RunResult r = lock(wb);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(fs::file_size(wb) > (size_t(64) << 20));  // the envelope is larger than the old 64 MiB read limit
    r = run("check --passphrase-fd 0 " + quote(wb), kPass);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith(wb + ": ok"));
    r = unlock(wb);
    REQUIRE(r.exitCode == 0);
    CHECK((readText(wb) == original));  // (( )): 50 MB is not printed on failure
}

TEST_CASE("one recording that can't be unlocked never keeps the workbook locked", "[cli][privacy][limits]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    fs::create_directories(dir.file("w.takes"));
    std::string good = dir.file("w.takes/good.wav"), bad = dir.file("w.takes/bad.wav");
    writeText(good, "RIFF good take");
    writeText(bad, "RIFF take that gets damaged");
    REQUIRE(lock(wb).exitCode == 0);
    std::string damaged = readText(bad);
    damaged[damaged.size() * 2 / 3] ^= 0x01;
    writeText(bad, damaged);
    // And one past any size a locked recording can have: the 520 MB
    // envelope of the report's 390 MB recording (sparse, so it costs no disk).
    std::string huge = dir.file("w.takes/huge.wav");
    writeText(huge, "{\"format\": \"doorway-sealed\"");
    REQUIRE(::truncate(huge.c_str(), off_t(520) << 20) == 0);

    RunResult r = unlock(wb);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);  // not everything could be done, and it says what
    CHECK(readText(wb) == original);
    CHECK(readText(good) == "RIFF good take");
    CHECK(readText(bad) == damaged);  // stays locked, untouched
    CHECK_THAT(r.err, Catch::Contains("bad.wav") && Catch::Contains("damaged or altered"));
    CHECK_THAT(r.err, Catch::Contains("huge.wav") && Catch::Contains("too large"));
    CHECK_THAT(r.err, Catch::Contains("the workbook itself is unlocked"));
}

TEST_CASE("a recording too large to lock is refused by name before anything changes", "[cli][privacy][limits]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    fs::create_directories(dir.file("w.takes"));
    writeText(dir.file("w.takes/small.wav"), "RIFF small");
    std::string big = dir.file("w.takes/long.wav");
    writeText(big, "RIFF");
    REQUIRE(::truncate(big.c_str(), off_t(200) << 20) == 0);  // sparse
    RunResult r = lock(wb);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("long.wav: too large to lock (209,715,200 bytes; the limit is 134,217,728)"));
    CHECK_THAT(r.err, Catch::Contains("Nothing was locked"));
    CHECK(readText(wb) == original);
    CHECK(readText(dir.file("w.takes/small.wav")) == "RIFF small");
}

TEST_CASE("lock through a symbolic link locks the real file, its backups and its recordings", "[cli][privacy]") {
    TempDir dir;
    fs::create_directories(dir.file("real"));
    fs::create_directories(dir.file("elsewhere"));
    std::string real = dir.file("real/book.json"), link = dir.file("elsewhere/link.json");
    const std::string original = exampleText();
    writeText(real, original);
    writeText(real + ".bak", original);
    writeText(real + ".v1.bak", original);
    fs::create_directories(dir.file("real/book.takes"));
    writeText(dir.file("real/book.takes/t.wav"), "RIFF recorded");
    fs::create_symlink(real, link);

    RunResult r = lock(link);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(fs::is_symlink(link));
    CHECK(sealedText(readText(real)));
    CHECK_FALSE(fs::exists(real + ".bak"));
    CHECK_FALSE(fs::exists(real + ".v1.bak"));
    CHECK(sealedText(readText(dir.file("real/book.takes/t.wav"))));
    CHECK_THAT(r.out, Catch::Contains("is a link to " + real));

    r = unlock(link);
    REQUIRE(r.exitCode == 0);
    CHECK(fs::is_symlink(link));
    CHECK(readText(real) == original);
    CHECK(readText(dir.file("real/book.takes/t.wav")) == "RIFF recorded");
}

TEST_CASE("recordings in subfolders are locked too, and links or pipes among them are refused by name",
          "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    fs::create_directories(dir.file("w.takes/march/late"));
    writeText(dir.file("w.takes/top.wav"), "RIFF top");
    writeText(dir.file("w.takes/march/late/deep.wav"), "RIFF deep");

    SECTION("subfolders") {
        RunResult r = lock(wb);
        INFO(r.out << r.err);
        REQUIRE(r.exitCode == 0);
        CHECK_THAT(r.out, Catch::Contains("Sealed 2 recorded takes"));
        CHECK(sealedText(readText(dir.file("w.takes/march/late/deep.wav"))));
        CHECK(sealedText(readText(dir.file("w.takes/top.wav"))));
        r = unlock(wb);
        REQUIRE(r.exitCode == 0);
        CHECK(readText(dir.file("w.takes/march/late/deep.wav")) == "RIFF deep");
        CHECK(readText(wb) == original);
    }
    SECTION("a link and a pipe") {
        std::string outside = dir.file("outside.wav");
        writeText(outside, "RIFF outside");
        fs::create_symlink(outside, dir.file("w.takes/march/linked.wav"));
        REQUIRE(::mkfifo(dir.file("w.takes/pipe.wav").c_str(), 0600) == 0);
        RunResult r = lock(wb);
        INFO(r.out << r.err);
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("linked.wav: is a symbolic link (to " + outside + ")"));
        CHECK_THAT(r.err, Catch::Contains("pipe.wav: is not a regular file"));
        CHECK_THAT(r.err, Catch::Contains("Nothing was locked"));
        CHECK(readText(wb) == original);
        CHECK(readText(outside) == "RIFF outside");
        CHECK(readText(dir.file("w.takes/top.wav")) == "RIFF top");
    }
}

TEST_CASE("pipes and devices are refused at once as not regular files", "[cli][limits]") {
    TempDir dir;
    std::string fifo = dir.file("pipe.json");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    for (const char* cmd : {"lock", "unlock"}) {
        INFO(cmd);
        RunResult r = run(std::string(cmd) + " " + quote(fifo) + " --passphrase-fd 0", kPass);
        CHECK(r.exitCode == 1);  // 124 would be the old hang
        CHECK_THAT(r.err, Catch::Contains(fifo + ": is not a regular file"));
    }
    RunResult t = run("transcribe " + quote(fifo));
    CHECK(t.exitCode == 1);
    CHECK_THAT(t.err, Catch::Contains("is not a regular file"));
    // A pipe someone is writing into, and an endless device.
    int writer = ::open(fifo.c_str(), O_RDWR | O_CLOEXEC);  // never blocks on Linux
    REQUIRE(writer >= 0);
    REQUIRE(::write(writer, "{\"format\"", 10) == 10);
    RunResult w = run("lock " + quote(fifo) + " --passphrase-fd 0", kPass);
    ::close(writer);
    CHECK(w.exitCode == 1);
    CHECK_THAT(w.err, Catch::Contains(fifo + ": is not a regular file"));
    RunResult z = run("lock /dev/zero --passphrase-fd 0", kPass);
    CHECK(z.exitCode == 1);
    CHECK_THAT(z.err, Catch::Contains("/dev/zero: is not a regular file"));
}

TEST_CASE("sizes in messages are exact", "[cli][check][limits]") {
    TempDir dir;
    std::string big = dir.file("big.json");
    writeText(big, "{}");
    REQUIRE(::truncate(big.c_str(), off_t(64) << 20) == 0);  // sparse
    REQUIRE(::truncate(big.c_str(), (off_t(64) << 20) + 1) == 0);
    RunResult r = run("check " + quote(big));
    CHECK(r.exitCode == 1);
    CHECK(r.out == big + ": too large to be a workbook (67,108,865 bytes; the limit is 67,108,864)\n");
    r = lock(big);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("(67,108,865 bytes; the limit is 67,108,864)"));
}

TEST_CASE("a damaged locked workbook is called one, not 'not locked'", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    writeText(wb, exampleText());
    REQUIRE(lock(wb).exitCode == 0);
    const std::string sealed = readText(wb);
    std::vector<std::pair<std::string, std::string>> damaged = {
        {"cut off", sealed.substr(0, sealed.size() / 2)},
        {"cut off early", sealed.substr(0, 120)},
        {"format id flipped",
         [&] {
             std::string s = sealed;
             s[s.find("doorway-sealed") + 3] ^= 0x01;
             return s;
         }()},
        {"a brace flipped",
         [&] {
             std::string s = sealed;
             s[s.find_last_of('}')] ^= 0x01;
             return s;
         }()},
    };
    for (const auto& [what, text] : damaged) {
        INFO(what);
        writeText(wb, text);
        RunResult r = unlock(wb);
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("a damaged locked workbook"));
        CHECK_THAT(r.err, !Catch::Contains("not locked"));
        CHECK(readText(wb) == text);
        RunResult c = run("check " + quote(wb));
        CHECK(c.exitCode == 1);
        CHECK_THAT(c.out, Catch::Contains("a damaged locked workbook"));
    }
}

TEST_CASE("a disk that fills while locking says what state each file is in", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = workbookOfSize(200000);
    writeText(wb, original);
    fs::create_directories(dir.file("w.takes"));
    writeText(dir.file("w.takes/a.wav"), "RIFF one");
    writeText(dir.file("w.takes/b.wav"), "RIFF two");
    // A file size limit stands in for a full disk: the small recordings
    // fit, the workbook does not (write() fails with EFBIG, not a signal).
    RunResult r = runDoorway("lock " + quote(wb) + " --passphrase-fd 0", kPass, kFast,
                             "sh -c 'trap \"\" XFSZ; ulimit -f 100; exec \"$0\" \"$@\"'");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK((readText(wb) == original));
    CHECK(sealedText(readText(dir.file("w.takes/a.wav"))));
    CHECK_THAT(r.err, Catch::Contains("The workbook is still unlocked, as it was"));
    CHECK_THAT(r.err, Catch::Contains("2 recorded takes"));
    CHECK_THAT(r.err, Catch::Contains("run doorway lock again to finish"));
    // And running it again (with room) finishes the job.
    r = lock(wb);
    REQUIRE(r.exitCode == 0);
    CHECK(sealedText(readText(wb)));
    REQUIRE(unlock(wb).exitCode == 0);
    CHECK((readText(wb) == original));
    CHECK(readText(dir.file("w.takes/b.wav")) == "RIFF two");
}
