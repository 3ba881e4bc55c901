// The command line's care for privacy: `doorway lock` cautions about an
// easy passphrase (and still locks), export and print say that what they
// make from a locked workbook is not locked, and `--ui` with an unknown
// action lists the families it knows.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace doorway::test;

namespace {

const char* kFast = "DOORWAY_TEST_FAST_KDF=1";

std::string copyOfExample(const TempDir& dir) {
    std::string wb = dir.file("wb.json");
    fs::copy_file(sourcePath("workbooks/example.json"), wb);
    return wb;
}

bool isLocked(const std::string& path) {
    return readText(path).find("\"doorway-sealed\"") != std::string::npos;
}

}  // namespace

TEST_CASE("lock: an easy passphrase gets a caution on stderr and still locks, a good one none",
          "[cli][privacy][passphrase]") {
    TempDir dir;
    std::string wb = copyOfExample(dir);
    auto weak = runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "z\n", kFast);
    INFO(weak.err);
    CHECK(weak.exitCode == 0);
    CHECK(isLocked(wb));
    CHECK_THAT(weak.err, Catch::Contains("caution") && Catch::Contains("easy to guess") &&
                             Catch::Contains("(1 character)") && Catch::Contains("words"));
    CHECK(weak.out.find("caution") == std::string::npos);  // stdout stays the report of what was done

    std::string other = dir.file("other.json");
    fs::copy_file(sourcePath("workbooks/example.json"), other);
    auto good = runDoorway("lock " + quote(other) + " --passphrase-fd 0", "kettle on the windowsill\n", kFast);
    INFO(good.err);
    CHECK(good.exitCode == 0);
    CHECK(isLocked(other));
    CHECK(good.err.find("caution") == std::string::npos);
    // Unlocking is no time for a caution.
    auto unlock = runDoorway("unlock " + quote(wb) + " --passphrase-fd 0", "z\n", kFast);
    CHECK(unlock.exitCode == 0);
    CHECK(unlock.err.find("caution") == std::string::npos);
}

TEST_CASE("export and print of a locked workbook say the copy is not locked, of a plain one say nothing",
          "[cli][privacy][print]") {
    TempDir dir;
    std::string wb = copyOfExample(dir);
    auto plain = runDoorway("export " + quote(wb) + " --md " + quote(dir.file("plain.md")));
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.err.find("not locked") == std::string::npos);

    REQUIRE(runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "kettle on the windowsill\n", kFast).exitCode == 0);
    for (const char* format : {"md", "html", "pdf"}) {
        INFO(format);
        std::string out = dir.file(std::string("locked.") + format);
        auto r = runDoorway("export " + quote(wb) + " --" + format + " " + quote(out) + " --passphrase-fd 0",
                            "kettle on the windowsill\n");
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(fs::exists(out));
        CHECK_THAT(r.err, Catch::Contains("This workbook is locked") && Catch::Contains("is not"));
        std::string name = std::string(format) == "md" ? "Markdown" : std::string(format) == "html" ? "HTML" : "PDF";
        CHECK_THAT(r.err, Catch::Contains(name + " file"));
    }

    // Print, with a stand-in lp that takes the job, and with no lp at all.
    fs::create_directory(dir.file("bin"));
    writeText(dir.file("bin/lp"), "#!/bin/sh\necho 'request id is Study-7 (1 file(s))'\n");
    ::chmod(dir.file("bin/lp").c_str(), 0755);
    std::string env =
        "PATH=" + quote(dir.file("bin") + ":/usr/bin:/bin") + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto sent = runDoorway("print " + quote(wb) + " --passphrase-fd 0", "kettle on the windowsill\n", env);
    INFO(sent.err);
    CHECK(sent.exitCode == 0);
    CHECK_THAT(sent.err, Catch::Contains("printed pages are not"));
    fs::remove(dir.file("bin/lp"));
    env = "PATH=" + quote(dir.file("bin")) + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto kept = runDoorway("print " + quote(wb) + " --passphrase-fd 0", "kettle on the windowsill\n", env);
    INFO(kept.err);
    CHECK(kept.exitCode == 1);  // nothing printed; the PDF is kept, unlocked, and it says so
    CHECK_THAT(kept.err, Catch::Contains("PDF file made from it is not"));
}

TEST_CASE("an unknown --ui action names the actions there are", "[cli][window][actions]") {
    TempDir dir;
    auto r =
        runDoorwayWindow("--ui bogus --screenshot " + quote(dir.file("x.png")),
                         "XDG_CONFIG_HOME=" + quote(dir.file("cfg")) + " XDG_DATA_HOME=" + quote(dir.file("data")));
    INFO(r.err);
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("bogus") && Catch::Contains("view=KEY") && Catch::Contains("shot=") &&
                          Catch::Contains("file.") && Catch::Contains("rehearsal.") && Catch::Contains("print."));
    auto help = runDoorway("--help");
    CHECK_THAT(help.out, Catch::Contains("worksheet.") && Catch::Contains("appearance."));
}

TEST_CASE("lock run again on a locked workbook removes a plaintext backup a cut-off lock left beside it",
          "[cli][privacy][backup]") {
    TempDir dir;
    std::string wb = copyOfExample(dir);
    const std::string plain = readText(wb);
    REQUIRE(runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "kettle on the windowsill\n", kFast).exitCode == 0);
    const std::string locked = readText(wb);
    // As if killed after writing the locked file, before removing the backups.
    writeText(wb + ".bak", plain);
    writeText(wb + ".v1.bak", plain);
    auto again = runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "kettle on the windowsill\n", kFast);
    INFO(again.out << again.err);
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already locked"));
    CHECK_THAT(again.out, Catch::Contains("Removed the unlocked backup"));
    CHECK_FALSE(fs::exists(wb + ".bak"));
    CHECK_FALSE(fs::exists(wb + ".v1.bak"));
    CHECK(readText(wb) == locked);
    // A sealed backup is no plaintext: it stays.
    writeText(wb + ".bak", locked);
    CHECK(runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "", kFast).exitCode == 1);
    CHECK(fs::exists(wb + ".bak"));
}
