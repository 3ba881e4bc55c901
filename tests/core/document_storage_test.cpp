// Document: saves, backups, locks, versions, sealed safety.
#include "core/document.hpp"
#include "core/journal.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

const char* kT0 = "2026-03-01T10:00:00Z";
const char* kT1 = "2026-03-02T10:00:00Z";

std::string writeFull(const TempDir& dir, const std::string& name) {
    std::string p = dir.file(name);
    SaveOptions noBackup;
    noBackup.keepBackup = false;
    REQUIRE(saveWorkbookFile(p, fullWorkbook(), noBackup).ok);
    return p;
}

// A stand-in sealer: reversible, and never leaves the plaintext visible.
class RotSealer : public Sealer {
public:
    std::string seal(const std::string& plain) override {
        std::string body;
        for (char c : plain) body += char(c ^ 0x55);
        std::string hex;
        static const char* d = "0123456789abcdef";
        for (unsigned char c : body) hex += d[c >> 4], hex += d[c & 15];
        return "{\"format\": \"doorway-sealed\", \"version\": 1, \"x\": \"" + hex + "\"}";
    }
    std::string open(const std::string& sealed) override {
        json::value v = json::parse(sealed);
        std::string hex(v.at("x").as_string());
        std::string out;
        for (size_t i = 0; i + 1 < hex.size(); i += 2) out += char(std::stoi(hex.substr(i, 2), nullptr, 16) ^ 0x55);
        return out;
    }
};

}  // namespace

TEST_CASE("saving keeps the previous version as .bak, mode 0600, and skips unchanged workbooks",
          "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK_FALSE(doc.isReadOnly());
    std::string original = readText(p);

    // Nothing changed: no write at all (no .bak appears, mtime unchanged).
    auto mtime = fs::last_write_time(p);
    REQUIRE(doc.save(err, kT1));
    CHECK_FALSE(fs::exists(p + ".bak"));
    CHECK(fs::last_write_time(p) == mtime);

    // An edit undone is also nothing to write.
    doc.execute(cmd::setTitle("changed"), 1.0);
    doc.undo(2.0);
    REQUIRE(doc.save(err, kT1));
    CHECK_FALSE(fs::exists(p + ".bak"));
    CHECK(readText(p) == original);

    doc.execute(cmd::setTitle("A new title"), 3.0);
    CHECK(doc.isDirty());
    REQUIRE(doc.save(err, kT1));
    CHECK_FALSE(doc.isDirty());
    CHECK(readText(p + ".bak") == original);
    LoadResult r = loadWorkbookFile(p);
    REQUIRE(r.ok);
    CHECK(r.workbook.title == "A new title");
    CHECK(r.workbook.modified == kT1);
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // No temp files left next to it.
    for (auto& e : fs::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("autosave is due a couple of seconds after the last edit", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK_FALSE(doc.autosaveDue(100.0));
    doc.execute(cmd::setTitle("x"), 100.0);
    CHECK_FALSE(doc.autosaveDue(101.0));
    CHECK(doc.autosaveDue(102.0));
    REQUIRE(doc.save(err, kT1));
    CHECK_FALSE(doc.autosaveDue(200.0));
}

TEST_CASE("an older version is migrated in memory and the original is kept on first save", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "old.json");  // written as the current version (2)
    std::string original = readText(p);
    // Pretend this build reads version 3, where "title" changed.
    WorkbookFormatForTests v3(3, [](json::object& doc, int from) {
        if (from == 2 && doc.contains("title")) doc["title"] = "migrated: " + std::string(doc["title"].as_string());
    });
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK(doc.migratedFrom() == 2);
    CHECK(doc.workbook().title == "migrated: Our kitchen-table talks");
    CHECK_FALSE(doc.isDirty());
    CHECK(readText(p) == original);  // opening never writes

    doc.execute(cmd::setTitle("edited"), 1.0);
    REQUIRE(doc.save(err, kT1));
    CHECK(readText(p + ".v2.bak") == original);
    CHECK(json::parse(readText(p)).at("version") == 3);
    // Later saves keep that first backup as it was.
    doc.execute(cmd::setTitle("edited again"), 2.0);
    REQUIRE(doc.save(err, kT1));
    CHECK(readText(p + ".v2.bak") == original);
}

TEST_CASE("a newer major version opens read-only with the reason, and is never written", "[storage][document]") {
    TempDir dir;
    json::value v = workbookToJson(fullWorkbook());
    v.as_object()["version"] = 3;
    v.as_object()["from_the_future"] = json::object{{"k", "v"}};
    std::string p = dir.file("new.json");
    writeText(p, serializePretty(v));
    std::string before = readText(p);

    LoadResult r = loadWorkbookFile(p);
    REQUIRE(r.ok);
    CHECK(r.readOnly);
    CHECK(r.newerVersion == 3);
    CHECK(r.readOnlyReason ==
          "This workbook was written by a newer Doorway (format version 3; this one reads 2). It is open read-only so "
          "nothing in it can be lost.");
    CHECK(r.workbook.title == "Our kitchen-table talks");

    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK(doc.isReadOnly());
    CHECK(doc.isTooNew());
    CHECK_FALSE(doc.execute(cmd::setTitle("x"), 1.0));
    CHECK_FALSE(doc.save(err, kT1));
    CHECK_FALSE(doc.saveAs(dir.file("copy.json"), err, kT1));
    CHECK_FALSE(fs::exists(dir.file("copy.json")));
    CHECK(readText(p) == before);

    // Too new and unreadable by this reader: a clear error, not a crash.
    v.as_object()["takes"] = "a new shape";
    writeText(p, serializePretty(v));
    r = loadWorkbookFile(p);
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("written by a newer Doorway (format version 3; this one reads 2) and this one "
                                        "can't read it: takes: expected an array"));
}

TEST_CASE("a second opener in the same process gets read-only and is told why", "[storage][document][lock]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document first, second;
    std::string err;
    REQUIRE(first.open(p, err));
    CHECK_FALSE(first.isReadOnly());
    REQUIRE(second.open(dir.path().string() + "/./w.json", err));  // another spelling of the same file
    CHECK(second.isReadOnly());
    CHECK_THAT(second.readOnlyReason(), Catch::Contains("Another Doorway window"));
    CHECK_FALSE(second.execute(cmd::setTitle("x"), 1.0));
    CHECK_FALSE(second.saveAs(p, err, kT1));

    // Re-opening in the window that holds it stays writable.
    REQUIRE(first.open(p, err));
    CHECK_FALSE(first.isReadOnly());

    // Once the first lets go, a new opener may write.
    first.createNew("", "other", kT0);
    Document third;
    REQUIRE(third.open(p, err));
    CHECK_FALSE(third.isReadOnly());
}

TEST_CASE("a workbook read-only as another window held it becomes writable here once that window lets go",
          "[storage][document][lock]") {
    // The banner said "Close it there to write in it here", and after closing
    // it there this window stayed read-only until the file was opened again.
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document first, second;
    std::string err;
    REQUIRE(first.open(p, err));
    REQUIRE(first.execute(cmd::setTitle("Written in the first window"), 1));
    REQUIRE(second.open(p, err));
    REQUIRE(second.lockedElsewhere());
    CHECK_FALSE(second.retakeIfFree(err));  // still held: stays as it is
    CHECK(second.isReadOnly());
    REQUIRE(first.save(err, kT1));
    first.createNew("", "other", kT0);  // the first window closes it
    CHECK(second.retakeIfFree(err));
    CHECK_FALSE(second.isReadOnly());
    CHECK_FALSE(second.lockedElsewhere());
    CHECK(second.workbook().title == "Written in the first window");  // read again, as the first left it
    CHECK(second.execute(cmd::setTitle("Now written here"), 2));
    REQUIRE(second.save(err, kT1));
    // And it holds the lock now: a third opener is the read-only one.
    Document third;
    REQUIRE(third.open(p, err));
    CHECK(third.lockedElsewhere());
    // A document open for its own reasons read-only is left alone.
    Document fourth;
    CHECK_FALSE(fourth.retakeIfFree(err));
}

TEST_CASE("letting go of a workbook leaves no lock file beside it, and the lock still excludes", "[storage][lock]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    const std::string sidecar = FileLock::lockPathFor(p);
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        CHECK(fs::exists(sidecar));  // held while open
        FileLock other;
        CHECK_FALSE(other.acquire(p));
        CHECK(other.busy());
    }
    CHECK_FALSE(fs::exists(sidecar));  // gone with the window: no trace that it was open

    // Someone who opened the old sidecar just before it was removed holds a
    // lock on a file no longer in the folder; it must not keep others out,
    // and nobody may count it as the workbook's lock.
    FileLock a;
    REQUIRE(a.acquire(p));
    int stale = ::open(sidecar.c_str(), O_RDWR);
    REQUIRE(stale >= 0);
    a.release();
    CHECK_FALSE(fs::exists(sidecar));
    CHECK(::flock(stale, LOCK_EX | LOCK_NB) == 0);  // the removed file's lock
    FileLock b;
    CHECK(b.acquire(p));  // a fresh sidecar, not blocked by the stale one
    CHECK(fs::exists(sidecar));
    ::close(stale);
}

TEST_CASE("a second opener in another process gets read-only", "[storage][document][lock]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    int ready[2], done[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(done) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        Document child;
        std::string e;
        bool ok = child.open(p, e) && !child.isReadOnly();
        char c = ok ? 'y' : 'n';
        (void)!::write(ready[1], &c, 1);
        (void)!::read(done[0], &c, 1);  // hold the lock until told
        ::_exit(0);
    }
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    CHECK(c == 'y');
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK(doc.isReadOnly());
    CHECK_THAT(doc.readOnlyReason(), Catch::Contains("Another Doorway window"));
    (void)!::write(done[1], "x", 1);
    int status = 0;
    ::waitpid(pid, &status, 0);
    Document after;
    REQUIRE(after.open(p, err));
    CHECK_FALSE(after.isReadOnly());
    for (int fd : {ready[0], ready[1], done[0], done[1]}) ::close(fd);
}

TEST_CASE("a read-only folder or file opens read-only with the right reason", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    ::chmod(p.c_str(), 0400);  // write-protected for everyone, root too
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    CHECK(doc.isReadOnly());
    CHECK_THAT(doc.readOnlyReason(), Catch::Contains("write-protected"));
    doc.createNew("", "x", kT0);
    fs::remove(p + ".lock");
    if (::geteuid() == 0) return;  // root writes into any folder
    ::chmod(dir.path().c_str(), 0500);
    Document doc2;
    REQUIRE(doc2.open(p, err));
    CHECK(doc2.isReadOnly());
    CHECK_THAT(doc2.readOnlyReason(), Catch::Contains("folder"));
    ::chmod(dir.path().c_str(), 0700);
}

TEST_CASE("a file made write-protected while open is not saved over, and its words are kept", "[storage][document]") {
    // A save writes a new file and renames it over the old one, which the
    // folder allows: the protected file was quietly swapped for a writable one.
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE_FALSE(doc.isReadOnly());
    REQUIRE(doc.execute(cmd::setTitle("Written after the chmod"), 1));
    ::chmod(p.c_str(), 0444);
    const std::string before = readText(p);
    CHECK_FALSE(doc.save(err, kT0));
    CHECK_THAT(err, Catch::Contains("write-protected") && Catch::Contains("Save As"));
    CHECK(readText(p) == before);
    CHECK((fs::status(p).permissions() & fs::perms::owner_write) == fs::perms::none);
    CHECK(doc.isDirty());
    CHECK(doc.workbook().title == "Written after the chmod");
    ::chmod(p.c_str(), 0600);  // protection taken off again: it saves
    CHECK(doc.save(err, kT0));
    CHECK(loadWorkbookFile(p).workbook.title == "Written after the chmod");
}

TEST_CASE("a workbook deleted or moved outside Doorway while open is not made again by the next save",
          "[storage][document]") {
    // Deleted in a file manager (to be rid of it) while the window was
    // open, the workbook came back with the next autosave, words and all.
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE(doc.execute(cmd::setTitle("Typed after the delete"), 1));
    fs::remove(p);
    CHECK_FALSE(doc.save(err, kT0));
    CHECK_THAT(err, Catch::Contains("moved or deleted") && Catch::Contains("Save As"));
    CHECK_FALSE(fs::exists(p));
    CHECK(doc.isDirty());
    CHECK(doc.workbook().title == "Typed after the delete");
    // Save As to the same name is the person's choice: it is made again.
    REQUIRE(doc.saveAs(p, err, kT0));
    CHECK(loadWorkbookFile(p).workbook.title == "Typed after the delete");
    // From then on it saves as before.
    REQUIRE(doc.execute(cmd::setTitle("And again"), 2));
    CHECK(doc.save(err, kT1));
    CHECK(loadWorkbookFile(p).workbook.title == "And again");

    // Moved away: the moved file keeps what it held; nothing appears at the old name.
    const std::string moved = dir.file("moved.json");
    fs::rename(p, moved);
    REQUIRE(doc.execute(cmd::setTitle("Typed after the move"), 3));
    CHECK_FALSE(doc.save(err, kT1));
    CHECK_FALSE(fs::exists(p));
    CHECK(loadWorkbookFile(moved).workbook.title == "And again");
    // Closed without saving: the journal of those words, which could bring
    // them back to nothing, does not stay behind with them.
    REQUIRE(fs::exists(journalPathFor(p)));
    doc.closeWithoutSaving();
    CHECK_FALSE(fs::exists(journalPathFor(p)));
}

TEST_CASE("Save As with a name too long for the file system says so, not that the folder can't be written",
          "[storage][document]") {
    TempDir dir;
    Document doc;
    doc.createNew("", "Long", kT0);
    REQUIRE(doc.execute(cmd::setTitle("Words to keep"), 1));
    std::string err;
    const size_t most = longestWorkbookName(dir.path().string());
    const std::string tooLong = dir.file(std::string(most - 4, 'a') + "b.json");  // one byte past
    CHECK_FALSE(doc.saveAs(tooLong, err, kT0));
    CHECK_THAT(err, Catch::Contains("too long") && !Catch::Contains("folder"));
    CHECK(fs::is_empty(dir.path()));
    // At the limit it saves, and opens again.
    const std::string atLimit = dir.file(std::string(most - 5, 'a') + ".json");
    REQUIRE(doc.saveAs(atLimit, err, kT0));
    CHECK(loadWorkbookFile(atLimit).workbook.title == "Words to keep");
}

TEST_CASE("a workbook replaced outside Doorway while open is not saved over", "[storage][document]") {
    // A copy brought back from somewhere else (a sync, a backup) took the
    // file's place: the next save would have replaced it unseen.
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    Workbook other = loadWorkbookFile(p).workbook;
    other.title = "Brought back from elsewhere";
    const std::string elsewhere = dir.file("elsewhere.json");
    SaveOptions plain;
    plain.keepBackup = false;
    REQUIRE(saveWorkbookFile(elsewhere, other, plain).ok);
    fs::rename(elsewhere, p);
    REQUIRE(doc.execute(cmd::setTitle("Typed here"), 1));
    CHECK_FALSE(doc.save(err, kT0));
    CHECK_THAT(err, Catch::Contains("taken this workbook's place"));
    CHECK(loadWorkbookFile(p).workbook.title == "Brought back from elsewhere");
    // Copied over it with cp, which keeps the file's numbers: still another file.
    Document again;
    const std::string r = writeFull(dir, "r.json");
    REQUIRE(again.open(r, err));
    fs::copy_file(p, r, fs::copy_options::overwrite_existing);
    REQUIRE(again.execute(cmd::setTitle("Typed here too"), 1));
    CHECK_FALSE(again.save(err, kT0));
    CHECK(loadWorkbookFile(r).workbook.title == "Brought back from elsewhere");
    // New numbers for the same bytes (a FAT stick read again, some network
    // file systems) are not another file: it saves.
    REQUIRE(doc.saveAs(dir.file("mine.json"), err, kT0));
    const std::string same = dir.file("same-bytes.json");
    fs::copy_file(dir.file("mine.json"), same);
    fs::rename(same, dir.file("mine.json"));
    REQUIRE(doc.execute(cmd::setTitle("Saved after a copy of itself"), 2));
    CHECK(doc.save(err, kT1));
    CHECK(loadWorkbookFile(dir.file("mine.json")).workbook.title == "Saved after a copy of itself");

    // Our own saves put a new file in its place each time (and keep the
    // last as a backup); they are never taken for someone else's.
    std::string q = writeFull(dir, "q.json");
    Document mine;
    REQUIRE(mine.open(q, err));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(mine.execute(cmd::setTitle("Save " + std::to_string(i)), 1 + i));
        CHECK(mine.save(err, kT1));
    }
    CHECK(loadWorkbookFile(q).workbook.title == "Save 2");
}

TEST_CASE("a backup opened as a workbook is only read, so it stays the version it keeps", "[storage][document]") {
    // Opened with File > Open and written in, a backup saved itself (with a
    // .bak.bak of its own), and the next save of its workbook replaced it.
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    {
        Document doc;
        std::string err;
        REQUIRE(doc.open(p, err));
        REQUIRE(doc.execute(cmd::setTitle("Second version"), 1));
        REQUIRE(doc.save(err, kT0));
    }
    const std::string bak = p + ".bak";
    REQUIRE(fs::exists(bak));
    const std::string kept = readText(bak);
    Document doc;
    std::string err;
    REQUIRE(doc.open(bak, err));
    CHECK(doc.isReadOnly());
    CHECK_THAT(doc.readOnlyReason(),
               Catch::Contains("backup") && Catch::Contains("w.json") && Catch::Contains("Save As"));
    CHECK_FALSE(doc.execute(cmd::setTitle("Typed into the backup"), 2));
    CHECK_FALSE(fs::exists(bak + ".lock"));  // never written, so never locked
    // Its own name, or any backup's, is no name for a workbook: the next
    // save of w.json would replace it.
    CHECK_FALSE(doc.saveAs(bak, err, kT0));
    CHECK_THAT(err, Catch::Contains("backups of w.json"));
    CHECK_FALSE(doc.saveAs(dir.file("other.json.bak"), err, kT0));
    CHECK(readText(bak) == kept);
    // Save As makes it a workbook of one's own, which takes writing.
    const std::string mine = dir.file("restored.json");
    REQUIRE(doc.saveAs(mine, err, kT0));
    CHECK_FALSE(doc.isReadOnly());
    CHECK(doc.execute(cmd::setTitle("Restored and written in"), 3));
    CHECK(readText(bak) == kept);
    CHECK_FALSE(fs::exists(bak + ".bak"));
}

TEST_CASE("a failed save leaves the file and the document as they were", "[storage][document]") {
    if (::geteuid() == 0) return;
    TempDir dir;
    fs::create_directory(dir.file("sub"));
    std::string p = dir.file("sub/w.json");
    REQUIRE(saveWorkbookFile(p, fullWorkbook()).ok);
    std::string before = readText(p);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    doc.execute(cmd::setTitle("new words"), 1.0);
    ::chmod(dir.file("sub").c_str(), 0500);
    CHECK_FALSE(doc.save(err, kT1));
    CHECK_THAT(err, Catch::Contains(p));
    CHECK_THAT(err, Catch::Contains("the previous version is untouched"));
    ::chmod(dir.file("sub").c_str(), 0700);
    CHECK(readText(p) == before);
    CHECK(doc.isDirty());
    CHECK(doc.workbook().title == "new words");
    REQUIRE(doc.save(err, kT1));  // and it works once the folder is writable
    CHECK(loadWorkbookFile(p).workbook.title == "new words");
}

TEST_CASE("sealed documents: no plaintext temp or .bak, and never saved as plaintext by accident",
          "[storage][document][seal]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    doc.execute(cmd::setTitle("first"), 1.0);
    REQUIRE(doc.save(err, kT1));
    REQUIRE(fs::exists(p + ".bak"));  // plaintext history before sealing

    doc.setSealer(std::make_unique<RotSealer>());
    REQUIRE(doc.save(err, kT1));
    std::string onDisk = readText(p);
    CHECK(looksSealed(onDisk));
    CHECK(onDisk.find("kitchen") == std::string::npos);
    CHECK_FALSE(fs::exists(p + ".bak"));  // the plaintext .bak is gone
    for (auto& e : fs::directory_iterator(dir.path())) {
        INFO(e.path());
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    }
    doc.execute(cmd::setTitle("second"), 2.0);
    REQUIRE(doc.save(err, kT1));
    CHECK_FALSE(fs::exists(p + ".bak"));

    // Open with a borrowed sealer: readable, but saving waits for a sealer of its own.
    RotSealer borrowed;
    Document other;
    doc.createNew("", "x", kT0);  // let go of the lock
    REQUIRE(other.open(p, err, &borrowed));
    CHECK(other.workbook().title == "second");
    CHECK(other.fileIsSealed());
    other.execute(cmd::setTitle("third"), 3.0);
    CHECK_FALSE(other.autosaveDue(100.0));
    CHECK_FALSE(other.save(err, kT1));
    CHECK_THAT(err, Catch::Contains("sealed"));
    CHECK(looksSealed(readText(p)));

    Document owned;
    other.createNew("", "x", kT0);
    REQUIRE(owned.openSealed(p, err, std::make_unique<RotSealer>()));
    CHECK_FALSE(owned.isDirty());
    owned.execute(cmd::setTitle("fourth"), 4.0);
    REQUIRE(owned.save(err, kT1));
    CHECK(looksSealed(readText(p)));
    RotSealer check;
    CHECK(loadWorkbookFile(p, &check).workbook.title == "fourth");
}

TEST_CASE("the bundled example is never overwritten", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "example.json");
    std::string before = readText(p);
    ::setenv("DOORWAY_EXAMPLE", p.c_str(), 1);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    doc.execute(cmd::setTitle("scribbles"), 1.0);
    CHECK_FALSE(doc.save(err, kT1));
    CHECK_THAT(err, Catch::Contains("example workbook that comes with Doorway"));
    CHECK(readText(p) == before);
    REQUIRE(doc.saveAs(dir.file("mine.json"), err, kT1));
    CHECK(loadWorkbookFile(dir.file("mine.json")).workbook.title == "scribbles");
    CHECK(readText(p) == before);
    ::unsetenv("DOORWAY_EXAMPLE");
}

TEST_CASE("temp files left by a killed save are cleaned up when the workbook is opened", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    std::string stale = dir.file(".w.json.tmp-abc123");
    std::string fresh = dir.file(".w.json.tmp-def456");
    std::string unrelated = dir.file(".other.json.tmp-abc123");
    fs::create_directories(dir.file("w.takes/sub"));
    std::string take = dir.file("w.takes/.a.wav.tmp-Zz9Yy8");
    std::string deepTake = dir.file("w.takes/sub/.b.wav.tmp-Qq1Ww2");
    std::string realTake = dir.file("w.takes/a.wav");
    // Someone else has it open: their saves may be under way, so nothing
    // of theirs is touched.
    Document holder;
    std::string err;
    REQUIRE(holder.open(p, err));
    holder.setReadOnly("test");  // keeps its lock
    for (auto& f : {stale, fresh, unrelated, take, deepTake, realTake}) writeText(f, "partial");
    auto old = fs::file_time_type::clock::now() - std::chrono::minutes(5);
    fs::last_write_time(stale, old);
    fs::last_write_time(unrelated, old);
    {
        Document second;
        REQUIRE(second.open(p, err));
        CHECK(second.isReadOnly());
        CHECK(fs::exists(fresh));
    }
    holder = Document();

    // With the lock held, no Doorway process is saving this workbook, so a
    // temp file of its own name is from a save, lock or unlock that was
    // killed, however young (an unlock's holds the unlocked text).
    Document doc;
    REQUIRE(doc.open(p, err));
    CHECK_FALSE(doc.isReadOnly());
    CHECK_FALSE(fs::exists(stale));
    CHECK_FALSE(fs::exists(fresh));
    CHECK_FALSE(fs::exists(take));
    CHECK_FALSE(fs::exists(deepTake));
    CHECK(fs::exists(realTake));
    CHECK(fs::exists(unrelated));
}

TEST_CASE("save as moves the document and its lock to the new file", "[storage][document]") {
    TempDir dir;
    std::string p = writeFull(dir, "w.json");
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE(doc.saveAs(dir.file("copy.json"), err, kT1));
    CHECK(doc.path() == dir.file("copy.json"));
    CHECK_FALSE(doc.isDirty());
    Document other;
    REQUIRE(other.open(p, err));
    CHECK_FALSE(other.isReadOnly());  // the old file's lock was released
    Document third;
    REQUIRE(third.open(dir.file("copy.json"), err));
    CHECK(third.isReadOnly());
    CHECK_FALSE(doc.saveAs(dir.path().string(), err, kT1));
    CHECK_THAT(err, Catch::Contains("is a folder"));
}

TEST_CASE("a workbook opened through a symbolic link is kept by its real path", "[storage][document]") {
    // Backups, recordings and locking all live beside the real file; the
    // window must not look for them beside the link.
    TempDir dir;
    fs::create_directories(dir.file("real"));
    std::string real = writeFull(dir, "real/w.json");
    std::string link = dir.file("link.json");
    fs::create_symlink(real, link);
    Document doc;
    std::string err;
    REQUIRE(doc.open(link, err));
    CHECK(doc.path() == fs::canonical(real).string());
    CHECK(takesFolderFor(doc.path()) == fs::canonical(dir.file("real")).string() + "/w.takes");
    REQUIRE(doc.execute(cmd::setTitle("through the link"), 1.0));
    REQUIRE(doc.save(err, kT1));
    CHECK(fs::is_symlink(link));
    CHECK(loadWorkbookFile(real).workbook.title == "through the link");
}
