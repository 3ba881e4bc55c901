#include "core/document.hpp"

#include "core/backups.hpp"
#include "core/paths.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

// The document keeps an absolute path: the status line, recent list and
// take folder must not depend on the folder Doorway was started from. A
// symbolic link is resolved, so backups and recordings (and locking them)
// are beside the real file.
std::string absolute(const std::string& path) {
    if (path.empty()) return path;
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec);
    if (ec) return path;
    if (std::filesystem::is_symlink(p, ec)) {
        std::filesystem::path real = std::filesystem::canonical(p, ec);
        if (!ec) return real.string();
    }
    return p.lexically_normal().string();
}

bool sameFile(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    return FileLock::lockPathFor(a) == FileLock::lockPathFor(b);
}

bool isBundledExample(const std::string& path) {
    std::error_code ec;
    std::string example = exampleWorkbookPath();
    return fs::exists(path, ec) && fs::exists(example, ec) && fs::equivalent(path, example, ec) && !ec;
}

// Write-protected by its owner: no write permission for us, or (as root,
// who may write anyway) none for anyone. A save writes a new file and
// renames it over the old one, which the folder allows whatever the file's
// own mode says, so this is asked before every save as well as at open.
bool writeProtected(const std::string& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return false;
    constexpr fs::perms anyWrite = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return ::access(path.c_str(), W_OK) != 0 || (st.permissions() & anyWrite) == fs::perms::none;
}

const char* kLockedElsewhere =
    "Another Doorway window (or another program) has this workbook open, so it is read-only here. "
    "Close it there to write in it here.";

}  // namespace

Document::Document() = default;

namespace {
Document::FileIdentity identityFrom(const struct stat& st) {
    return {std::uint64_t(st.st_dev), std::uint64_t(st.st_ino), std::uint64_t(st.st_size),
            std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}
}  // namespace

std::optional<Document::FileIdentity> Document::identityOf(const std::string& path) {
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return std::nullopt;
    return identityFrom(st);
}

Document::FileChange Document::fileChange() {
    if (!m_fileId) return FileChange::None;
    struct stat st {};
    if (::stat(m_path.c_str(), &st) != 0) {
        const int err = errno;
        std::error_code ec;
        const bool folderThere = fs::is_directory(fs::path(m_path).parent_path(), ec);
        return err == ENOENT && folderThere ? FileChange::Gone : FileChange::None;
    }
    const FileIdentity now = identityFrom(st);
    if (now == *m_fileId) return FileChange::None;
    std::string bytes, why;
    const bool same = readWorkbookBytes(m_path, bytes, why) && contentHash(bytes) == m_fileHash;
    std::fill(bytes.begin(), bytes.end(), '\0');
    if (!same) return FileChange::Replaced;
    m_fileId = now;
    return FileChange::None;
}

bool Document::open(const std::string& path, std::string& error, Sealer* sealer, bool* needsPassphrase) {
    std::string bytes;
    LoadResult r;
    if (!readWorkbookBytes(path, bytes, r.error)) {
        error = r.error;
        return false;
    }
    r = parseWorkbookText(bytes, path, sealer);
    if (needsPassphrase) *needsPassphrase = r.needsPassphrase;
    if (!r.ok) {
        error = r.error;
        return false;
    }
    std::uint64_t fileHash = contentHash(bytes);
    std::fill(bytes.begin(), bytes.end(), '\0');
    // Written in, a backup would stop being the version it keeps, and the
    // next save of its workbook would replace it, words and all: it is only
    // read, and (like a too-new file, never written) takes no lock.
    const std::string backupOf = backedUpWorkbookName(path);
    const bool neverWritten = r.readOnly || !backupOf.empty() || isBundledExample(path);
    FileLock lock;
    bool locked = false, busy = false;
    if (m_lock.held() && sameFile(path, m_path)) {
        // Re-opening our own file: keep our lock instead of fighting it.
        lock = std::move(m_lock);
        locked = true;
    } else if (!neverWritten) {
        locked = lock.acquire(path);
        busy = lock.busy();
    }
    bool readOnly = r.readOnly;
    std::string reason = r.readOnlyReason;
    if (!readOnly && !backupOf.empty()) {
        readOnly = true;
        reason = "This is a backup Doorway kept of " + backupOf +
                 ", so it opens read-only and stays as it was. File > Save As keeps it as a workbook of your own, "
                 "to write in.";
    }
    if (!readOnly && !locked && !isBundledExample(path)) {
        readOnly = true;
        reason =
            busy ? kLockedElsewhere : "The folder this workbook is in can't be written to, so it is open read-only.";
    }
    const bool heldElsewhere = busy;  // tried only for a file we would write: then read-only for that reason
    if (!readOnly && writeProtected(path)) {
        readOnly = true;
        reason = "This file is write-protected, so it is open read-only.";
    }
    // We hold the lock, so any temp file next to it (or in its recordings
    // folder) is from a save, lock or unlock that was cut off: the workbook
    // itself is whole, and the temp file may hold plaintext.
    if (locked) {
        std::string ignored;
        removeLeftoverTemps(path, ignored);
    }

    m_wb = std::move(r.workbook);
    ++m_generation;
    m_onDisk = m_wb;
    m_commands.clear();
    m_journal.close();
    m_path = absolute(path);
    m_fileId = identityOf(m_path);
    m_fileHash = fileHash;
    m_journalFresh = true;
    m_recoveryNote.clear();
    m_recoveryWarns = false;
    m_journalError.clear();
    m_savedRevision = m_commands.revision();
    m_migratedFrom = r.migratedFrom;
    m_forceDirty = false;
    m_backupOriginalPending = r.migratedFrom != 0;
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_lockedElsewhere = heldElsewhere;
    m_tooNew = r.newerVersion != 0;
    m_lock = std::move(lock);
    m_lastEdit = -1;
    m_firstUnsavedEdit = -1;
    m_recoveredUnsaved = false;
    m_fileSealed = r.sealed;
    if (!r.sealed || sealer != m_sealer.get()) m_sealer.reset();

    // Edits a crash kept from the file: apply them now, fold them in at the
    // next save. Read-only (another window is writing it): look, don't touch.
    JournalReplay j = replayJournal(m_path, m_fileHash, m_wb, r.sealed ? sealer : nullptr, readOnly);
    m_recoveryNote = j.message;
    m_recoveryWarns = j.status == JournalReplay::Status::Unused;
    if (j.status == JournalReplay::Status::Replayed && !readOnly) {
        if (j.records > 0) m_forceDirty = m_recoveredUnsaved = true;
        std::string why;
        if (m_journal.resume(m_path, j.goodLength, j.nextSeq, r.sealed ? sealer : nullptr, why))
            m_journalFresh = false;
        else
            m_journalError = why;
    }
    return true;
}

bool Document::openSealed(const std::string& path, std::string& error, std::unique_ptr<Sealer> sealer) {
    if (!open(path, error, sealer.get())) return false;
    if (m_fileSealed) m_sealer = std::move(sealer);
    return true;
}

void Document::createNew(const std::string& path, const std::string& title, const std::string& nowIso) {
    m_wb = newWorkbook(title, nowIso);
    ++m_generation;
    m_onDisk = Workbook{};
    m_commands.clear();
    m_journal.close();  // never removed here: an unsaved journal is someone's words
    m_journalFresh = true;
    m_fileHash = 0;
    m_recoveryNote.clear();
    m_recoveryWarns = false;
    m_journalError.clear();
    m_firstUnsavedEdit = -1;
    m_path = absolute(path);
    m_fileId.reset();
    m_savedRevision = m_commands.revision();
    m_forceDirty = true;
    m_recoveredUnsaved = false;
    m_readOnly = false;
    m_lockedElsewhere = false;
    m_readOnlyReason.clear();
    m_migratedFrom = 0;
    m_backupOriginalPending = false;
    m_tooNew = false;
    m_fileSealed = false;
    m_lock.release();
    if (!path.empty()) m_lock.acquire(path);
    m_sealer.reset();
    m_lastEdit = -1;
}

bool Document::save(std::string& error, const std::string& nowIso) {
    if (m_readOnly) {
        error = "This workbook is open read-only: " + m_readOnlyReason;
        return false;
    }
    if (m_path.empty()) {
        error = "This workbook has no file yet; use Save As.";
        return false;
    }
    if (m_fileSealed && !m_sealer) {
        error = m_path +
                ": this workbook is sealed with a passphrase and can't be saved until the passphrase is given again.";
        return false;
    }
    if (!isDirty()) return true;
    if (!m_forceDirty && m_wb == m_onDisk) {
        // Edits undone back to what the file already says: nothing to write,
        // and the journal holds nothing the file lacks.
        m_savedRevision = m_commands.revision();
        m_lastEdit = -1;
        m_firstUnsavedEdit = -1;
        m_journal.remove();
        m_journalFresh = true;
        return true;
    }
    if (const FileChange change = fileChange(); change != FileChange::None) {
        error = m_path + (change == FileChange::Gone
                              ? ": this workbook's file was moved or deleted outside Doorway, so it was not made "
                                "again. Your words are still here; File > Save As keeps them (the same name makes it "
                                "again)"
                              : ": another file has taken this workbook's place since Doorway last read or wrote it, "
                                "so it was not saved over. Your words are still here; File > Save As keeps them under "
                                "another name");
        return false;
    }
    if (isBundledExample(m_path)) {
        error =
            "This is the example workbook that comes with Doorway, and it stays as it is. "
            "Use File > Save As to keep your changes in a workbook of your own.";
        return false;
    }
    if (writeProtected(m_path)) {
        // Saving would quietly swap the protected file for a writable one.
        error = m_path +
                ": this file is write-protected, so it was not saved over. Your words are kept here (and come "
                "back if the window closes); File > Save As keeps them in another file.";
        return false;
    }
    if (m_backupOriginalPending && !m_sealer) {
        // First save after a migration: keep the old-format original, once.
        std::error_code ec;
        std::string backup = m_path + ".v" + std::to_string(m_migratedFrom) + ".bak";
        if (!fs::exists(backup, ec) && !fs::copy_file(m_path, backup, fs::copy_options::skip_existing, ec)) {
            error = m_path + ": could not keep a copy of the original (older format) as " + backup + " (" +
                    ec.message() + "), so nothing was saved.";
            return false;
        }
    }
    Workbook out = m_wb;
    out.modified = nowIso;
    SaveOptions opts;
    opts.sealer = m_sealer.get();
    std::uint64_t written = 0;
    opts.beforeReplace = [&](const std::string& bytes) {
        written = contentHash(bytes);
        // Mark the journal folded before the rename: if we die between the
        // two, the next open sees the checkpoint and drops the journal.
        std::string why;
        if (m_journal.isOpen() && !m_journal.checkpoint(written, why)) m_journalError = why;
    };
    SaveResult r = saveWorkbookFile(m_path, out, opts);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    m_fileHash = written;
    m_fileId = identityOf(m_path);
    m_journal.remove();
    m_journalFresh = true;
    if (m_sealer) {
        // A backup from before sealing (the last version, or a migrated
        // original) would be the plaintext: don't leave it.
        std::error_code ec;
        for (const std::string& bak : backupFilesFor(m_path)) fs::remove(bak, ec);
    }
    m_wb.modified = nowIso;
    m_onDisk = m_wb;
    m_fileSealed = m_sealer != nullptr;
    m_savedRevision = m_commands.revision();
    m_forceDirty = false;
    m_recoveredUnsaved = false;
    m_backupOriginalPending = false;
    m_lastEdit = -1;
    m_firstUnsavedEdit = -1;
    return true;
}

bool Document::saveAs(const std::string& path, std::string& error, const std::string& nowIso) {
    if (m_tooNew) {
        error =
            "This workbook is from a newer Doorway; saving it from this one would write it in an older format. "
            "Copy the file instead, or open it with the newer Doorway.";
        return false;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = path + ": is a folder; give a file name for the workbook.";
        return false;
    }
    const fs::path named(path);
    if (const size_t most = longestWorkbookName(named.parent_path().string());
        named.filename().string().size() > most) {
        // Else the lock beside it failed first, and the folder was blamed.
        error = path + ": the file name is too long (" + std::to_string(named.filename().string().size()) +
                " bytes; at most " + std::to_string(most) + " here). Give it a shorter name.";
        return false;
    }
    if (const std::string of = backedUpWorkbookName(path); !of.empty()) {
        // A workbook saved there would be replaced by the next save of `of`,
        // words and all (and a backup opened to read would be written over).
        error = path + ": that name is kept for Doorway's backups of " + of +
                ", which the next save of it replaces. Give the workbook a name of its own.";
        return false;
    }
    // Save As is the person's choice of file: the one there now (or none)
    // is what they mean to write, whatever became of the file opened.
    const std::optional<FileIdentity> oldId = m_fileId;
    if (sameFile(path, m_path) && m_lock.held()) {
        m_forceDirty = true;
        m_fileId.reset();
        if (save(error, nowIso)) return true;
        m_fileId = oldId;
        return false;
    }
    FileLock lock;
    if (!lock.acquire(path)) {
        error = lock.busy() ? path + ": another Doorway window has that file open."
                            : path + ": can't save there (the folder can't be written to).";
        return false;
    }
    std::string oldPath = m_path;
    bool oldReadOnly = m_readOnly, oldForce = m_forceDirty, oldPending = m_backupOriginalPending;
    m_path = absolute(path);
    m_fileId.reset();
    m_readOnly = false;
    m_forceDirty = true;
    m_backupOriginalPending = false;  // the original stays where it was
    if (!save(error, nowIso)) {
        m_fileId = oldId;
        m_path = oldPath;
        m_readOnly = oldReadOnly;
        m_forceDirty = oldForce;
        m_backupOriginalPending = oldPending;
        return false;
    }
    m_lock = std::move(lock);
    m_readOnlyReason.clear();
    return true;
}

bool Document::execute(Command c, double now) {
    if (m_readOnly) return false;
    std::optional<std::string> before = textAt(&c.touch);
    bool clean = !isDirty();
    m_commands.execute(m_wb, std::move(c));
    journalEdit(m_commands.lastTouch(), before, clean, now);
    return true;
}

bool Document::setSettingQuietly(const std::string& key, json::value value, double now) {
    if (m_readOnly) return false;
    m_wb.settings[key] = std::move(value);
    m_forceDirty = true;  // not a command, so the revision can't carry it
    m_lastEdit = now;
    return true;
}

bool Document::executeWithoutUndo(const Command& c, double now) {
    if (m_readOnly) return false;
    std::optional<std::string> before = textAt(&c.touch);
    bool clean = !isDirty();
    m_commands.applyOutside(m_wb, c);
    journalEdit(m_commands.lastTouch(), before, clean, now);
    return true;
}

bool Document::undo(double now) {
    if (m_readOnly || !m_commands.canUndo()) return false;
    std::optional<std::string> before = textAt(m_commands.nextUndoTouch());
    bool clean = !isDirty();
    m_commands.undo(m_wb);
    journalEdit(m_commands.lastTouch(), before, clean, now);
    return true;
}

bool Document::redo(double now) {
    if (m_readOnly || !m_commands.canRedo()) return false;
    std::optional<std::string> before = textAt(m_commands.nextRedoTouch());
    bool clean = !isDirty();
    m_commands.redo(m_wb);
    journalEdit(m_commands.lastTouch(), before, clean, now);
    return true;
}

// [SECTION] the edit journal

std::optional<std::string> Document::textAt(const Touch* touch) const {
    if (!touch || touch->part != Touch::Part::Answer) return std::nullopt;
    const json::value* v = m_wb.answer(touch->sheet, touch->field);
    if (v && v->is_string()) return std::string(v->get_string());
    return std::nullopt;
}

bool Document::journalWanted() const {
    // Nowhere to put it (untitled), nothing to write (read-only), or no key
    // to seal it with: then there is no journal, never a plaintext one.
    return !m_readOnly && !m_path.empty() && !(m_fileSealed && !m_sealer);
}

void Document::journalEdit(const Touch& touch, const std::optional<std::string>& textBefore, bool cleanBefore,
                           double now) {
    m_lastEdit = now;
    if (m_firstUnsavedEdit < 0) m_firstUnsavedEdit = now;
    if (!journalWanted()) return;
    std::string why;
    if (m_journalFresh || !m_journal.isOpen()) {
        if (isBundledExample(m_path)) return;  // never written, so nothing to journal beside it
        if (m_fileHash == 0) {
            // No file yet (a new workbook's first words): write it now, so
            // the journal has something to stand on.
            if (!save(why, m_wb.modified.empty() ? m_wb.created : m_wb.modified)) m_journalError = why;
            return;
        }
        if (!m_journal.start(m_path, m_fileHash, m_sealer.get(), why)) {
            m_journalError = why;
            return;
        }
        m_journalFresh = false;
        // Unsaved edits from before this journal (a new passphrase, a save
        // that failed, a replay): the whole workbook first, so nothing rests
        // on them.
        if (!cleanBefore) {
            if (!m_journal.append(journalRecordFor(m_wb, Touch{}), why)) m_journalError = why;
            return;
        }
    }
    json::object record;
    std::optional<std::string> after = textAt(&touch);
    if (textBefore && after)
        record = journalSpliceFor(touch.sheet, touch.field, *textBefore, *after);
    else
        record = journalRecordFor(m_wb, touch);
    if (!m_journal.append(std::move(record), why))
        m_journalError = why;
    else
        m_journalError.clear();
}

std::string Document::takeRecoveryNote() {
    std::string note;
    note.swap(m_recoveryNote);
    return note;
}

bool Document::autosaveDue(double now) const {
    if (m_readOnly || m_path.empty() || !isDirty() || (m_fileSealed && !m_sealer)) return false;
    if (m_recoveredUnsaved) return true;
    if (m_lastEdit < 0) return false;
    return now - m_lastEdit >= kAutosaveQuietSeconds ||
           (m_firstUnsavedEdit >= 0 && now - m_firstUnsavedEdit >= kAutosaveMaxIntervalSeconds);
}

bool Document::lockedElsewhere() const {
    return m_readOnly && m_lockedElsewhere;
}

bool Document::retakeIfFree(std::string& error) {
    if (!lockedElsewhere() || isDirty() || (m_fileSealed && !m_sealer)) return false;
    {
        FileLock probe;
        if (!probe.acquire(m_path)) return false;
    }  // let go again: open takes it for good
    const std::string path = m_path;
    return open(path, error, m_sealer.get()) && !m_readOnly;  // a locked one keeps its key
}

void Document::closeWithoutSaving() {
    if (fileChange() == FileChange::None) return;
    m_journal.close();
    ::unlink(journalPathFor(m_path).c_str());  // this file's only, whatever the writer last had open
}

void Document::setReadOnly(const std::string& reason) {
    m_readOnly = true;
    m_lockedElsewhere = false;
    m_readOnlyReason = reason;
}

std::string Document::displayName() const {
    if (m_path.empty()) return m_wb.title.empty() ? "Untitled workbook" : m_wb.title;
    return fs::path(m_path).filename().string();
}

void Document::setSealer(std::unique_ptr<Sealer> sealer) {
    m_sealer = std::move(sealer);
    m_fileSealed = m_sealer != nullptr;
    m_forceDirty = true;
    // The journal so far was written with the old key (or none); the next
    // edit starts a new one, sealed the new way, from a whole snapshot.
    m_journal.close();
    m_journalFresh = true;
}

}  // namespace doorway
