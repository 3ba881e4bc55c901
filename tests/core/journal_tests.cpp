// The edit journal: every edit reaches NAME.json.journal as it happens, a
// reopen (as after a crash) brings it all back, a save folds it in and
// removes it, and a sealed workbook's journal holds no plaintext.
#include "core/document.hpp"
#include "core/journal.hpp"
#include "storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
using doorway::test::readText;
using doorway::test::TempDir;
using doorway::test::writeText;
namespace fs = std::filesystem;

namespace {

const char* kT0 = "2026-11-01T10:00:00Z";

// Seals by XOR and hex: enough to prove that what reaches the disk is not
// the text typed (the real cipher is tested in tests/seal).
class XorSealer : public Sealer {
public:
    std::string seal(const std::string& plain) override {
        static const char* d = "0123456789abcdef";
        std::string hex;
        for (char c : plain) {
            unsigned char b = static_cast<unsigned char>(c ^ 0x5A);
            hex += d[b >> 4];
            hex += d[b & 15];
        }
        return "{\n  \"format\": \"doorway-sealed\",\n  \"version\": 1,\n  \"x\": \"" + hex + "\"\n}\n";
    }
    std::string open(const std::string& sealed) override {
        json::value v = json::parse(sealed);
        std::string hex(v.at("x").as_string()), out;
        for (size_t i = 0; i + 1 < hex.size(); i += 2) out += char(std::stoi(hex.substr(i, 2), nullptr, 16) ^ 0x5A);
        return out;
    }
};

std::string newWorkbookFile(const TempDir& dir, const std::string& name = "w.json") {
    std::string p = dir.file(name);
    REQUIRE(saveWorkbookFile(p, newWorkbook("Mine", kT0)).ok);
    return p;
}

// Types `text` into an answer one character at a time, as the window does.
void typeInto(Document& doc, const std::string& sheet, const std::string& field, const std::string& text, double& t) {
    std::string v = doc.workbook().answerText(sheet, field);
    for (char c : text) {
        v += c;
        REQUIRE(doc.execute(cmd::setAnswer(sheet, field, json::value(v)), t += 0.1));
    }
}

// Opens `path`, types `text` into the pattern page's loop, and dies (a
// crash: nothing saved, the journal left as it is).
void typeThenCrash(const std::string& path, const std::string& text) {
    Document doc;
    std::string err;
    REQUIRE(doc.open(path, err));
    double t = 1;
    typeInto(doc, "pattern", "loop", text, t);
    doc.setReadOnly("simulated crash");
}

// What a second process would see after this one died: open the file anew.
Workbook reopen(const std::string& path, Sealer* sealer = nullptr, std::string* note = nullptr) {
    Document again;
    std::string err;
    if (sealer)
        REQUIRE(again.openSealed(path, err, std::make_unique<XorSealer>()));
    else
        REQUIRE(again.open(path, err));
    if (note) *note = again.takeRecoveryNote();
    return again.workbook();
}

}  // namespace

TEST_CASE("every keystroke is in the journal before any save, and a reopen brings all of it back", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    std::string note;
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        double t = 1;
        typeInto(doc, "pattern", "loop", "We keep having the same fight about the garage.", t);
        REQUIRE(fs::exists(journalPathFor(p)));
        // Nothing saved: the file still has no answer. The document is
        // dropped without a save, as a crash would.
        CHECK(loadWorkbookFile(p).workbook.answers.empty());
        doc.setReadOnly("simulated crash: never saved");
    }
    Workbook back = reopen(p, nullptr, &note);
    CHECK(back.answerText("pattern", "loop") == "We keep having the same fight about the garage.");
    CHECK(note == "Brought back 9 words that had not been saved.");
}

TEST_CASE("words brought back after a crash are saved at the next autosave, not after the next keystroke",
          "[journal]") {
    // The window said "unsaved changes" for as long as it stayed open after a
    // recovery: nothing was due until the person typed again.
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    typeThenCrash(p, "The dishes again, and the same silence after.");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE(doc.isDirty());
    CHECK(doc.autosaveDue(0));
    REQUIRE(doc.save(err, kT0));
    CHECK_FALSE(doc.isDirty());
    CHECK_FALSE(doc.autosaveDue(1000));
    CHECK(loadWorkbookFile(p).workbook.answerText("pattern", "loop") ==
          "The dishes again, and the same silence after.");
    CHECK_FALSE(fs::exists(journalPathFor(p)));

    // A clean open has nothing due.
    Document clean;
    REQUIRE(clean.open(p, err));
    CHECK_FALSE(clean.autosaveDue(1000));
}

TEST_CASE("a keystroke in a long answer journals only what changed", "[journal]") {
    std::string before(60000, 'a');
    std::string after = before.substr(0, 30000) + "X" + before.substr(30000);
    json::object r = journalSpliceFor("s", "f", before, after);
    CHECK(json::serialize(r).size() < 120);
    Workbook wb;
    wb.answers["s"]["f"] = before;
    std::string err;
    REQUIRE(applyJournalRecord(wb, r, err));
    CHECK(wb.answerText("s", "f") == after);
    // A splice never cuts a multi-byte character in half.
    std::string e1 = "caf\xC3\xA9", e2 = "caf\xC3\xA8";
    json::object u = journalSpliceFor("s", "f", e1, e2);
    CHECK(u.at("at").as_uint64() == 3);
    CHECK(u.at("ins").as_string() == "\xC3\xA8");
}

TEST_CASE("a save folds the journal in and removes it, and the next edit starts a new one", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    double t = 1;
    typeInto(doc, "pattern", "loop", "first", t);
    REQUIRE(fs::exists(journalPathFor(p)));
    REQUIRE(doc.save(err, kT0));
    CHECK_FALSE(fs::exists(journalPathFor(p)));
    CHECK(loadWorkbookFile(p).workbook.answerText("pattern", "loop") == "first");
    typeInto(doc, "pattern", "loop", " second", t);
    CHECK(fs::exists(journalPathFor(p)));
    doc.setReadOnly("simulated crash");
    CHECK(reopen(p).answerText("pattern", "loop") == "first second");
}

TEST_CASE("undo and redo are journaled too", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    double t = 1;
    typeInto(doc, "pattern", "loop", "keep", t);
    doc.endUndoStep();
    REQUIRE(doc.execute(cmd::setTitle("Renamed"), t += 1));
    REQUIRE(doc.undo(t += 1));  // title back
    REQUIRE(doc.undo(t += 1));  // answer gone
    REQUIRE(doc.redo(t += 1));  // answer back
    doc.setReadOnly("simulated crash");
    Workbook back = reopen(p);
    CHECK(back.title == "Mine");
    CHECK(back.answerText("pattern", "loop") == "keep");
}

TEST_CASE("a journal cut off mid-record keeps every whole record and says so", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    typeThenCrash(p, "abcdef");
    std::string j = readText(journalPathFor(p));
    // Cut the last record in half, as a crash mid-write would.
    size_t lastStart = j.rfind('\n', j.size() - 2) + 1;
    writeText(journalPathFor(p), j.substr(0, lastStart + (j.size() - lastStart) / 2));
    std::string note;
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        note = doc.takeRecoveryNote();
        CHECK(doc.workbook().answerText("pattern", "loop") == "abcde");
        CHECK(doc.isDirty());
        // Typing goes on after the whole records, not after the torn half.
        double t = 10;
        typeInto(doc, "pattern", "loop", "Z", t);
        doc.setReadOnly("simulated crash");
    }
    CHECK_THAT(note, Catch::Contains("cut off"));
    CHECK(reopen(p).answerText("pattern", "loop") == "abcdeZ");
}

TEST_CASE("lock and unlock fold a torn journal in, but refuse one with a damaged record before later ones",
          "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    typeThenCrash(p, "abcdef");
    const std::string fileBytes = readText(p), j = readText(journalPathFor(p));
    // A torn last record (a crash mid-write): the whole records fold in.
    size_t lastStart = j.rfind('\n', j.size() - 2) + 1;
    writeText(journalPathFor(p), j.substr(0, lastStart + (j.size() - lastStart) / 2));
    std::string folded, err;
    REQUIRE(foldJournal(p, fileBytes, fileBytes, nullptr, folded, err));
    CHECK(folded.find("abcde") != std::string::npos);
    // A whole record that can't be applied, with edits after it: folding
    // would drop "f" and the rest unseen, and lock removes the journal.
    std::vector<std::string> lines;
    for (size_t at = 0, nl; (nl = j.find('\n', at)) != std::string::npos; at = nl + 1)
        lines.push_back(j.substr(at, nl - at));
    REQUIRE(lines.size() >= 4);
    lines[2] = "{\"n\":2,\"op\":\"explode\"}";
    std::string damaged;
    for (const auto& l : lines) damaged += l + "\n";
    writeText(journalPathFor(p), damaged);
    folded.clear();
    err.clear();
    CHECK_FALSE(foldJournal(p, fileBytes, fileBytes, nullptr, folded, err));
    CHECK_THAT(err, Catch::Contains("would be lost"));
    CHECK_THAT(err, Catch::Contains(journalPathFor(p)));
    CHECK(readText(journalPathFor(p)) == damaged);  // nothing touched
    CHECK(readText(p) == fileBytes);
}

TEST_CASE("a crash between the save's checkpoint and its rename loses nothing, and after the rename drops the journal",
          "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    std::string oldBytes = readText(p);
    std::string journalBeforeSave;
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        double t = 1;
        typeInto(doc, "pattern", "loop", "saved words", t);
        journalBeforeSave = readText(journalPathFor(p));
        REQUIRE(doc.save(err, kT0));
    }
    std::string newBytes = readText(p);
    // The checkpoint record a save appends before renaming.
    auto withCheckpoint = [&](std::uint64_t hash) {
        JournalWriter w;
        std::string err;
        writeText(journalPathFor(p), journalBeforeSave);
        Workbook scratch;
        REQUIRE(w.resume(p, journalBeforeSave.size(), 12, nullptr, err));
        REQUIRE(w.checkpoint(hash, err));
        w.close();
    };
    SECTION("died after the checkpoint, before the rename: the old file plus the journal") {
        writeText(p, oldBytes);
        withCheckpoint(contentHash(newBytes));
        CHECK(reopen(p).answerText("pattern", "loop") == "saved words");
    }
    SECTION("died after the rename, before the journal was removed: nothing applied twice, journal gone") {
        withCheckpoint(contentHash(newBytes));
        std::string note = "x";
        CHECK(reopen(p, nullptr, &note).answerText("pattern", "loop") == "saved words");
        CHECK(note.empty());
        CHECK_FALSE(fs::exists(journalPathFor(p)));
    }
}

TEST_CASE("a journal for another version of the file is kept aside, never applied", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        double t = 1;
        typeInto(doc, "pattern", "loop", "stale", t);
        doc.setReadOnly("simulated crash");
    }
    // The file changed behind the journal's back (another tool wrote it).
    REQUIRE(saveWorkbookFile(p, newWorkbook("Other", kT0)).ok);
    std::string note;
    Workbook back = reopen(p, nullptr, &note);
    CHECK(back.title == "Other");
    CHECK(back.answers.empty());
    CHECK_THAT(note, Catch::Contains("another version"));
    CHECK(fs::exists(journalPathFor(p) + ".unused"));
    CHECK_FALSE(fs::exists(journalPathFor(p)));
}

TEST_CASE("garbage where the journal should be harms nothing", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    std::string original = readText(p);
    for (std::string junk :
         {std::string(""), std::string("not json\n"), std::string("{\"format\":\"doorway-journal\"}\n"),
          std::string("\xff\xfe\x00garbage", 11)}) {
        writeText(journalPathFor(p), junk);
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        CHECK(doc.workbook().title == "Mine");
        CHECK(readText(p) == original);
        fs::remove(journalPathFor(p) + ".unused");
    }
}

TEST_CASE("a sealed workbook's journal is sealed record by record and holds no plaintext", "[journal][seal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    const std::string secret = "He shouts when the bills come";
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        doc.setSealer(std::make_unique<XorSealer>());
        REQUIRE(doc.save(err, kT0));
        double t = 1;
        typeInto(doc, "pattern", "loop", secret, t);
        doc.setReadOnly("simulated crash");
    }
    std::string j = readText(journalPathFor(p));
    CHECK(j.find("bills") == std::string::npos);
    CHECK(j.find("shouts") == std::string::npos);
    // One line per record: the header and one sealed record a keystroke.
    CHECK(std::count(j.begin(), j.end(), '\n') == long(secret.size()) + 1);
    XorSealer sealer;
    CHECK(reopen(p, &sealer).answerText("pattern", "loop") == secret);
    // Without the passphrase the journal is neither applied nor lost.
    JournalReplay r = [&] {
        Workbook wb;
        return replayJournal(p, contentHash(readText(p)), wb, nullptr, true);
    }();
    CHECK(r.status == JournalReplay::Status::Unused);
    CHECK(fs::exists(journalPathFor(p)));
}

TEST_CASE("locking mid-journal starts a sealed journal from a snapshot, and the plaintext one goes with it",
          "[journal][seal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    std::string err;
    {
        Document doc;
        REQUIRE(doc.open(p, err));
        double t = 1;
        typeInto(doc, "pattern", "loop", "plain words", t);
        doc.setSealer(std::make_unique<XorSealer>());
        typeInto(doc, "pattern", "loop", " more", t);  // before the lock's save lands
        std::string j = readText(journalPathFor(p));
        CHECK(j.find("plain words") == std::string::npos);
        CHECK(j.find("\"sealed\":true") != std::string::npos);
    }
    // The file on disk is still the plaintext one, and its journal is now
    // sealed: without the key it is not applied, and not lost either.
    Document again;
    REQUIRE(again.open(p, err));
    CHECK(again.workbook().answers.empty());
    CHECK(fs::exists(journalPathFor(p) + ".unused"));
}

TEST_CASE("the CLI's reading replays the journal without touching it", "[journal]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        double t = 1;
        typeInto(doc, "pattern", "loop", "for the printer", t);
        doc.setReadOnly("simulated crash");
    }
    std::string before = readText(journalPathFor(p));
    JournalReplay r;
    LoadResult l = loadWorkbookWithJournal(p, nullptr, &r);
    REQUIRE(l.ok);
    CHECK(l.workbook.answerText("pattern", "loop") == "for the printer");
    CHECK(r.records == 15);
    CHECK(readText(journalPathFor(p)) == before);
}

TEST_CASE("a new workbook gets its file with its first edit, so the journal has a base", "[journal]") {
    TempDir dir;
    std::string p = dir.file("new.json");
    Document doc;
    doc.createNew(p, "Fresh", kT0);
    CHECK_FALSE(fs::exists(p));
    double t = 1;
    typeInto(doc, "pattern", "loop", "hello", t);
    CHECK(fs::exists(p));
    doc.setReadOnly("simulated crash");
    CHECK(reopen(p).answerText("pattern", "loop") == "hello");
}

TEST_CASE("autosave comes every couple of seconds while someone keeps typing", "[journal][document]") {
    TempDir dir;
    std::string p = newWorkbookFile(dir);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    double t = 100;
    for (int i = 0; i < 15; ++i) {
        REQUIRE(doc.execute(cmd::setTitle("t" + std::to_string(i)), t));
        CHECK(doc.autosaveDue(t) == (t - 100 >= kAutosaveMaxIntervalSeconds));
        t += 0.2;
    }
}

TEST_CASE("a snapshot in the journal with a long number saves and reads back the same", "[journal]") {
    // Found by tests/fuzz/fuzz_journal.cpp (seed snapshot_long_number):
    // Boost.JSON 1.81 read the 60-digit number below to a double that its
    // own shortest text reads back as another, so the replayed workbook saved
    // as one thing and read back as another. The journal now settles numbers
    // as the workbook loader does.
    TempDir dir;
    const std::string p = newWorkbookFile(dir);
    const std::string text = readText(p);
    char base[17];
    std::snprintf(base, sizeof base, "%016llx", static_cast<unsigned long long>(contentHash(text)));
    const std::string longNumber = "1" + std::string(54, '0') + "00206";
    writeText(journalPathFor(p),
              std::string("{\"format\":\"doorway-journal\",\"version\":1,\"base\":\"") + base +
                  "\",\"sealed\":false}\n"
                  "{\"op\":\"snapshot\",\"value\":{\"format\":\"doorway-workbook\",\"version\":1,\"title\":\"T\","
                  "\"kept\":" +
                  longNumber + ",\"answers\":{}},\"n\":1}\n");
    LoadResult r = parseWorkbookText(text, p);
    REQUIRE(r.ok);
    Workbook wb = r.workbook;
    const JournalReplay j = replayJournal(p, contentHash(text), wb, nullptr, true);
    REQUIRE(j.status == JournalReplay::Status::Replayed);
    CHECK(wb.title == "T");
    const std::string saved = serializePretty(workbookToJson(wb));
    CHECK(saved.find("\"kept\"") != std::string::npos);  // an unknown key is kept, not dropped
    const LoadResult again = parseWorkbookText(saved, "again.json");
    REQUIRE(again.ok);
    CHECK(again.workbook == wb);
}
