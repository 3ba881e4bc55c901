// The learned voice ("Teach Doorway your voice") is locked with a workbook:
// `doorway lock` seals a plain voice profile with the workbook's passphrase,
// and `doorway unlock` with that passphrase opens it again.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::runDoorway;
using doorway::test::TempDir;
using doorway::test::writeText;

TEST_CASE("lock seals the voice profile with the workbook and unlock opens it", "[cli][seal][speech]") {
    TempDir dir;
    const std::string data = (dir.path() / "data").string();
    const fs::path profile = fs::path(data) / "doorway" / "voice" / "adaptation.mllr";
    fs::create_directories(profile.parent_path());
    // A transform of the packaged model's shape (one class, three streams of
    // 13): the identity with a bias, which unlock checks before it opens.
    std::string plain = "1\n3\n";
    for (int f = 0; f < 3; ++f) {
        plain += "13\n";
        for (int i = 0; i < 13; ++i) {
            for (int j = 0; j < 13; ++j) plain += i == j ? "1 " : "0 ";
            plain += "\n";
        }
        for (int i = 0; i < 13; ++i) plain += "0.25 ";
        plain += "\n";
        for (int i = 0; i < 13; ++i) plain += "1 ";
        plain += "\n";
    }
    writeText(profile.string(), plain);
    const std::string wb = dir.file("wb.json");
    fs::copy_file(doorway::test::sourcePath("workbooks/example.json"), wb);
    const std::string env = "XDG_DATA_HOME=" + quote(data);

    auto locked = runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "correct horse battery",
                             env + " DOORWAY_TEST_FAST_KDF=1");
    INFO(locked.err);
    REQUIRE(locked.exitCode == 0);
    CHECK(locked.out.find("voice profile") != std::string::npos);
    const std::string sealed = readText(profile.string());
    CHECK(sealed != plain);
    CHECK(sealed.find("0.25") == std::string::npos);
    CHECK((fs::status(profile).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);

    // Another passphrase's workbook leaves it sealed (and says nothing of it).
    const std::string other = dir.file("other.json");
    fs::copy_file(doorway::test::sourcePath("workbooks/example.json"), other);
    REQUIRE(runDoorway("lock " + quote(other) + " --passphrase-fd 0", "another one entirely",
                       env + " DOORWAY_TEST_FAST_KDF=1")
                .exitCode == 0);
    auto otherOpen = runDoorway("unlock " + quote(other) + " --passphrase-fd 0", "another one entirely", env);
    REQUIRE(otherOpen.exitCode == 0);
    CHECK(otherOpen.out.find("voice profile") == std::string::npos);
    CHECK(readText(profile.string()) == sealed);

    auto unlocked = runDoorway("unlock " + quote(wb) + " --passphrase-fd 0", "correct horse battery", env);
    INFO(unlocked.err);
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.out.find("voice profile") != std::string::npos);
    CHECK(readText(profile.string()) == plain);
}
