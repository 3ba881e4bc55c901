// Privacy care in core: the passphrase caution, the reminder about unlocked
// copies, finding (and, once locked, removing) backups, and save messages
// that say what is on disk after a failure.
#include "core/backups.hpp"
#include "core/document.hpp"
#include "core/privacy_notes.hpp"
#include "core/storage.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

// A stand-in sealer, reversible (core tests have no libsodium).
class XorSealer : public Sealer {
public:
    std::string seal(const std::string& plain) override {
        std::string hex;
        static const char* d = "0123456789abcdef";
        for (char ch : plain) {
            unsigned char c = static_cast<unsigned char>(ch ^ 0x5a);
            hex += d[c >> 4], hex += d[c & 15];
        }
        return "{\"format\": \"doorway-sealed\", \"version\": 1, \"x\": \"" + hex + "\"}";
    }
    std::string open(const std::string& sealed) override {
        std::string hex(json::parse(sealed).at("x").as_string());
        std::string out;
        for (size_t i = 0; i + 1 < hex.size(); i += 2) out += char(std::stoi(hex.substr(i, 2), nullptr, 16) ^ 0x5a);
        return out;
    }
};

}  // namespace

TEST_CASE("passphrase caution: short or patterned ones are called easy to guess, ordinary words are not",
          "[privacy][passphrase]") {
    for (const char* weak :
         {"q", "x7", "hunter2", "aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "1234567890123", "ééééééééééé"}) {
        INFO(weak);
        PassphraseStrength s = passphraseStrength(weak);
        CHECK(s.easyToGuess);
        std::string caution = passphraseCaution(weak);
        CHECK_THAT(caution, Catch::Contains("easy to guess"));
        CHECK_THAT(caution, Catch::Contains("words"));
        CHECK(caution.find(weak) == std::string::npos);  // never repeats the passphrase
    }
    for (const char* fine :
         {"kettle on the windowsill", "blue Tuesday, slow river", "Meadow-lantern-47", "ünter den linden bäume"}) {
        INFO(fine);
        CHECK_FALSE(passphraseStrength(fine).easyToGuess);
        CHECK(passphraseCaution(fine).empty());
    }
    // Characters, not bytes: nine accented letters are still short.
    CHECK(passphraseStrength("éàüöäëïçñ").chars == 9);
    CHECK_THAT(passphraseCaution("é"), Catch::Contains("(1 character)"));
    CHECK_THAT(passphraseCaution("abc"), Catch::Contains("(3 characters)"));
    // The edge is the one in privacy_notes.hpp.
    std::string edge;
    for (size_t i = 0; i < kPassphraseCautionChars - 1; ++i) edge += char('a' + (i * 7) % 26);
    CHECK(passphraseStrength(edge).easyToGuess);
    CHECK(passphraseStrength(edge + "Q!").chars == kPassphraseCautionChars + 1);
}

TEST_CASE("the unlocked-copy reminders name what is not locked", "[privacy][export]") {
    CHECK_THAT(unlockedExportReminder("Markdown"), Catch::Contains("Markdown file"));
    CHECK_THAT(unlockedExportReminder("PDF"), Catch::Contains("not"));
    CHECK_THAT(unlockedPrintReminder(), Catch::Contains("printed pages are not"));
}

TEST_CASE("backups: found by name beside their workbook and in a folder, nothing else", "[storage][backup]") {
    TempDir dir;
    for (const char* f : {"a.json", "a.json.bak", "a.json.v1.bak", "a.json.vx.bak", "ab.json.bak", "notes.txt.bak",
                          "b.json.v12.bak", "a.json.journal", ".bak", "a.json.bak.bak"})
        writeText(dir.file(f), "x");
    fs::create_directory(dir.file("c.json.bak"));  // a folder is never a backup
    // A backup of a backup (an opened backup saved by an older Doorway)
    // belongs to the same workbook: listed, and removed with its backups.
    CHECK(backupFilesFor(dir.file("a.json")) ==
          std::vector<std::string>{dir.file("a.json.bak"), dir.file("a.json.bak.bak"), dir.file("a.json.v1.bak")});
    CHECK(backupFilesIn(dir.path().string()) ==
          std::vector<std::string>{dir.file("a.json.bak"), dir.file("a.json.bak.bak"), dir.file("a.json.v1.bak"),
                                   dir.file("ab.json.bak"), dir.file("b.json.v12.bak")});
    CHECK(backedUpWorkbookName(dir.file("a.json.v1.bak")) == "a.json");
    CHECK(backedUpWorkbookName(dir.file("a.json.bak.bak")) == "a.json");
    CHECK(backedUpWorkbookName(dir.file("a.json")).empty());
    CHECK(backupFilesIn(dir.file("missing")).empty());
    CHECK(isBackupNameOf("w.json.v3.bak", "w.json"));
    CHECK_FALSE(isBackupNameOf("w.json.v.bak", "w.json"));
    CHECK_FALSE(isBackupNameOf("w.json", "w.json"));
}

TEST_CASE("backups: one beside a workbook that is now locked is marked, by the workbook's own bytes",
          "[storage][backup]") {
    TempDir dir;
    writeText(dir.file("open.json"), R"({"format": "doorway-workbook", "note": "doorway-sealed"})");
    writeText(dir.file("shut.json"), R"({"format": "doorway-sealed", "version": 1})");
    for (const char* f : {"open.json.bak", "shut.json.bak", "shut.json.v1.bak", "gone.json.bak"})
        writeText(dir.file(f), "{}");
    CHECK(besideLockedWorkbook(dir.file("shut.json.bak")));
    CHECK(besideLockedWorkbook(dir.file("shut.json.v1.bak")));
    CHECK_FALSE(besideLockedWorkbook(dir.file("open.json.bak")));  // mentions the words, is not sealed
    CHECK_FALSE(besideLockedWorkbook(dir.file("gone.json.bak")));  // no workbook beside it
    CHECK_FALSE(besideLockedWorkbook(dir.file("shut.json")));      // not a backup
}

TEST_CASE("saving a locked workbook removes every plaintext backup beside it, the migrated original too",
          "[storage][backup][seal]") {
    TempDir dir;
    std::string p = dir.file("w.json");
    REQUIRE(saveWorkbookFile(p, fullWorkbook()).ok);
    writeText(p + ".v1.bak", "{\"plaintext\": \"an older original\"}");
    writeText(dir.file("other.json.bak"), "another workbook's backup");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    doc.execute(cmd::setTitle("first"), 1.0);
    REQUIRE(doc.save(err, "2026-03-02T10:00:00Z"));
    REQUIRE(fs::exists(p + ".bak"));  // an unlocked workbook keeps its backup
    doc.setSealer(std::make_unique<XorSealer>());
    REQUIRE(doc.save(err, "2026-03-02T10:00:00Z"));
    CHECK(backupFilesFor(p).empty());
    CHECK(fs::exists(dir.file("other.json.bak")));  // only this workbook's
}

TEST_CASE("a failed save says what is on disk: the previous version only when there was one", "[storage]") {
    TempDir dir;
    // The folder is gone (a drive unplugged, a folder renamed).
    std::string gone = dir.file("moved/w.json");
    SaveResult r = saveWorkbookFile(gone, fullWorkbook());
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains(gone));
    CHECK_THAT(r.error, Catch::Contains("is not there"));
    CHECK_THAT(r.error, Catch::Contains("nothing was written"));
    CHECK(r.error.find("previous version") == std::string::npos);

    // The same through a document: a new workbook whose folder went away.
    Document doc;
    std::string err;
    doc.createNew(gone, "new", "2026-03-02T10:00:00Z");
    doc.execute(cmd::setTitle("words"), 1.0);
    CHECK_FALSE(doc.save(err, "2026-03-02T10:00:00Z"));
    CHECK(err.find("previous version") == std::string::npos);
    CHECK_THAT(err, Catch::Contains("nothing was written"));
    CHECK(doc.isDirty());  // the words are still held

    // A "folder" that is a file: no previous version either.
    writeText(dir.file("plain"), "x");
    r = saveWorkbookFile(dir.file("plain/w.json"), fullWorkbook());
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("nothing was written"));
    CHECK(r.error.find("previous version") == std::string::npos);
}
