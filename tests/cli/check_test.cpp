// doorway check: one line per file, exit 0 / 1 / 2.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway::test;

namespace {
std::string fixture(const std::string& name) {
    return sourcePath("workbooks/fixtures/" + name);
}
}  // namespace

TEST_CASE("check: valid workbooks print ok and exit 0", "[storage][check]") {
    RunResult r =
        runDoorway("check " + quote(fixture("ok-minimal.json")) + " " + quote(fixture("ok-unknown-fields.json")));
    CHECK(r.exitCode == 0);
    CHECK(r.out == fixture("ok-minimal.json") + ": ok\n" + fixture("ok-unknown-fields.json") + ": ok\n");
}

TEST_CASE("check: a newer version is ok and says it opens read-only", "[storage][check]") {
    RunResult r = runDoorway("check " + quote(fixture("newer-v3.json")));
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out,
               Catch::StartsWith(fixture("newer-v3.json") + ": ok (written by a newer Doorway, format version 3"));
}

TEST_CASE("check: each bad file is named with its problem, exit 1, files untouched", "[storage][check]") {
    struct Case {
        const char* name;
        const char* says;
    } cases[] = {
        {"bad-invalid-json.json", ":4:3: invalid JSON (unexpected '\"')"},
        {"bad-truncated.json", ": the file ends too early"},
        {"bad-empty.json", ": the file is empty"},
        {"bad-binary.json", "this looks like a binary file"},
        {"bad-wrong-type.json", ": tracker[0].fear: expected an array"},
        {"bad-deep-nesting.json", "nested more than 64 levels deep"},
        {"bad-too-old.json", ": format version 0 is too old"},
        {"bad-not-a-version.json", ": \"version\" is not a version number"},
        {"bad-not-a-workbook.json", "not a Doorway workbook"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        std::string f = fixture(c.name);
        std::string before = readText(f);
        RunResult r = runDoorway("check " + quote(f));
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.out, Catch::StartsWith(f));
        CHECK_THAT(r.out, Catch::Contains(c.says));
        CHECK(readText(f) == before);
    }
}

TEST_CASE("check: mixed good and bad is exit 1 with a line for each", "[storage][check]") {
    TempDir dir;
    RunResult r = runDoorway("check " + quote(fixture("ok-minimal.json")) + " " + quote(dir.file("nope.json")) + " " +
                             quote(dir.path().string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out == fixture("ok-minimal.json") + ": ok\n" + dir.file("nope.json") + ": no such file\n" +
                       dir.path().string() + ": is a folder, not a workbook file\n");
}

TEST_CASE("check: usage errors exit 2", "[storage][check]") {
    RunResult none = runDoorway("check");
    CHECK(none.exitCode == 2);
    CHECK_THAT(none.err, Catch::Contains("name at least one workbook"));
    RunResult flag = runDoorway("check --frobnicate " + quote(fixture("ok-minimal.json")));
    CHECK(flag.exitCode == 2);
    CHECK_THAT(flag.err, Catch::Contains("unknown option '--frobnicate'"));
    RunResult fd = runDoorway("check --passphrase-fd x " + quote(fixture("ok-minimal.json")));
    CHECK(fd.exitCode == 2);
}

TEST_CASE("check: sealed files without a passphrase report sealed, a damaged envelope fails", "[storage][check]") {
    TempDir dir;
    std::string good = dir.file("sealed.json");
    writeText(good, R"({"format": "doorway-sealed", "version": 1, "ciphertext": "AAAA", "nonce": "BBBB"})");
    RunResult r = runDoorway("check " + quote(good));
    CHECK(r.exitCode == 0);
    CHECK(r.out == good + ": sealed (locked with a passphrase; pass --passphrase-fd to check its contents)\n");
    std::string bad = dir.file("bad-sealed.json");
    writeText(bad, R"({"format": "doorway-sealed"})");
    r = runDoorway("check " + quote(bad));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::StartsWith(bad + ": a damaged locked workbook"));
}

TEST_CASE("check: with a passphrase, a sealed workbook's contents are checked", "[storage][check][seal]") {
    TempDir dir;
    std::string plain = dir.file("w.json");
    writeText(plain, readText(fixture("ok-minimal.json")));
    RunResult lock =
        runDoorway("lock " + quote(plain) + " --passphrase-fd 0", "correct horse\n", "DOORWAY_TEST_FAST_KDF=1");
    INFO(lock.err);
    REQUIRE(lock.exitCode == 0);
    RunResult ok = runDoorway("check --passphrase-fd 0 " + quote(plain), "correct horse\n");
    CHECK(ok.exitCode == 0);
    CHECK_THAT(ok.out, Catch::StartsWith(plain + ": ok"));
    RunResult wrong = runDoorway("check --passphrase-fd 0 " + quote(plain), "wrong horse\n");
    CHECK(wrong.exitCode == 1);
    CHECK_THAT(wrong.out, Catch::StartsWith(plain + ": "));
}

TEST_CASE("check: names recordings no take points to and leaves them be", "[storage][check]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    writeText(wb, readText(sourcePath("workbooks/example.json")));
    std::filesystem::create_directories(dir.file("w.takes"));
    writeText(dir.file("w.takes/take-lost.wav"), "RIFF");
    RunResult first = runDoorway("check " + quote(wb));
    REQUIRE(first.exitCode == 0);
    CHECK_THAT(first.out, Catch::Contains("1 recording in"));
    CHECK_THAT(first.out, Catch::Contains("take-lost.wav"));
    CHECK_THAT(first.out, Catch::Contains("belongs to no take"));
    CHECK(std::filesystem::exists(dir.file("w.takes/take-lost.wav")));  // check never removes anything
}
