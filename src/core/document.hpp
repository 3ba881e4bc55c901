#pragma once
// An open workbook: the model, its undo history, where it lives, whether
// it changed since the last save, and the lock that keeps a second window
// from writing over it. No UI here; the window and the tests both use it.
#include "core/commands.hpp"
#include "core/journal.hpp"
#include "core/storage.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace doorway {

// Autosave: after this much quiet, and at least this often while someone
// keeps typing (the journal holds every keystroke in between).
inline constexpr double kAutosaveQuietSeconds = 2.0;
inline constexpr double kAutosaveMaxIntervalSeconds = 2.0;

class Document {
public:
    Document();
    // Opens `path`. On failure returns false, sets `error`, and leaves this
    // document as it was (the window keeps what the user had).
    // `needsPassphrase` is set when the file is sealed and no sealer was
    // given: ask for the passphrase and call again.
    // A sealed file opened with a borrowed `sealer` is read but can't be
    // saved until setSealer() hands the document a sealer of its own (it is
    // never written back as plaintext by accident). openSealed() does both.
    bool open(const std::string& path, std::string& error, Sealer* sealer = nullptr, bool* needsPassphrase = nullptr);
    // Opens a sealed (or plain) file with a sealer the document then owns;
    // does not mark the document changed.
    bool openSealed(const std::string& path, std::string& error, std::unique_ptr<Sealer> sealer);
    // A new unsaved workbook at `path` ("" = untitled).
    void createNew(const std::string& path, const std::string& title, const std::string& nowIso);

    // Saves to the current path (or `path` for Save As). Does nothing and
    // returns true when there is nothing new to write (also after edits
    // that were undone back to what is on disk). Refuses the bundled
    // example (exampleWorkbookPath()) so it is never overwritten.
    bool save(std::string& error, const std::string& nowIso);
    bool saveAs(const std::string& path, std::string& error, const std::string& nowIso);

    // Applies an edit through the undo stack. Refused when read-only.
    bool execute(Command c, double now);
    // Applies an edit that is not an undo step (see CommandStack::applyOutside).
    bool executeWithoutUndo(const Command& c, double now);
    bool undo(double now);
    bool redo(double now);
    // Changes a setting outside the undo history: the app's own
    // bookkeeping (which safety offers were already made) is saved with the
    // workbook, but Edit > Undo never steps through it. Refused when
    // read-only.
    bool setSettingQuietly(const std::string& key, json::value value, double now);
    // Ends the current undo step: the next edit starts a new one even if it
    // is to the same field (the person left the box and came back).
    void endUndoStep() { m_commands.sealLast(); }

    // Autosave: true when there are unsaved edits and either the last is
    // kAutosaveQuietSeconds old or the first is kAutosaveMaxIntervalSeconds
    // old.
    bool autosaveDue(double now) const;
    // Monotonic time of the last edit, -1 when none since open/save.
    double lastEditTime() const { return m_lastEdit; }
    // Makes the document read-only (e.g. the UI opened the bundled example).
    void setReadOnly(const std::string& reason);
    // Read-only because the file is from a newer Doorway (Save As refused:
    // it would write it in an older format).
    bool isTooNew() const { return m_tooNew; }
    // The file on disk is sealed (even if no sealer is set yet).
    bool fileIsSealed() const { return m_fileSealed; }

    const Workbook& workbook() const { return m_wb; }
    // Changes whenever a different workbook is opened or created (never on
    // an edit or a save, Save As included): "is this still the same one?"
    unsigned generation() const { return m_generation; }
    const CommandStack& commands() const { return m_commands; }
    const std::string& path() const { return m_path; }
    bool isDirty() const { return m_commands.revision() != m_savedRevision || m_forceDirty; }
    bool isReadOnly() const { return m_readOnly; }
    const std::string& readOnlyReason() const { return m_readOnlyReason; }
    // Read-only because another window (or program) held the workbook when
    // it was opened here.
    bool lockedElsewhere() const;
    // When it was, and that window has let go since: opens it again here,
    // writable (it had no edits here to lose). False while it is still held
    // or when this document is not one held elsewhere.
    bool retakeIfFree(std::string& error);
    bool isUntitled() const { return m_path.empty(); }
    bool isSealed() const { return m_sealer != nullptr; }
    int migratedFrom() const { return m_migratedFrom; }
    std::string displayName() const;

    // Sealing: the document owns the sealer once set (passphrase given).
    // Marks the document changed so the next save writes it sealed (or,
    // with nullptr, as plaintext again: an explicit unlock).
    void setSealer(std::unique_ptr<Sealer> sealer);
    Sealer* sealer() const { return m_sealer.get(); }

    // The edit journal. After open(): what a replay brought back ("" when
    // nothing), said once by whoever asks first.
    std::string takeRecoveryNote();
    // That note is about a journal that could not be used (it was kept
    // aside, nothing brought back), not about words brought back.
    bool recoveryNoteWarns() const { return m_recoveryWarns; }
    // Another file has taken this workbook's place on disk since this
    // document last read or wrote it (a sync, a copy brought back): Save As
    // to the same name then asks, as for any other file.
    bool fileReplaced() { return fileChange() == FileChange::Replaced; }
    // The window closes without saving. When the file has gone or another
    // has taken its place, the journal beside its name can bring nothing
    // back (it replays only onto the file it was written beside) and would
    // only keep on disk the words the person chose to let go: removed.
    void closeWithoutSaving();
    // The last journal problem ("" when none), e.g. a full disk.
    const std::string& journalError() const { return m_journalError; }
    bool journalOpen() const { return m_journal.isOpen(); }

    // Which file a path named when last read or written (see fileChange).
    struct FileIdentity {
        // Size and modification time too: `cp` onto the file keeps its inode.
        std::uint64_t device = 0, inode = 0, size = 0;
        std::int64_t modifiedNs = 0;
        bool operator==(const FileIdentity&) const = default;
    };

private:
    Workbook m_wb;
    unsigned m_generation = 0;
    CommandStack m_commands;
    std::string m_path;
    unsigned m_savedRevision = 0;
    bool m_forceDirty = false;  // new, migrated or never saved
    // Words a crash left in the journal were brought back: saved at the
    // next autosave, not only after the next keystroke.
    bool m_recoveredUnsaved = false;
    bool m_readOnly = false;
    bool m_lockedElsewhere = false;  // read-only as another window held it at open (retakeIfFree)
    std::string m_readOnlyReason;
    int m_migratedFrom = 0;
    bool m_backupOriginalPending = false;  // migrated: keep the original once
    double m_lastEdit = -1;
    double m_firstUnsavedEdit = -1;  // first edit since the last save
    bool m_tooNew = false;
    bool m_fileSealed = false;
    Workbook m_onDisk;  // what the file holds, to skip writes that change nothing
    // The file as this document last read or wrote it. A save refuses when
    // it has gone or another file has taken its place since: a workbook
    // deleted or moved outside Doorway is not quietly made again, and one
    // replaced (a sync, a copy from a backup) is not written over.
    std::optional<FileIdentity> m_fileId;
    static std::optional<FileIdentity> identityOf(const std::string& path);
    enum class FileChange { None, Gone, Replaced };
    // Gone: missing from a folder that is there. Replaced: changed (numbers,
    // size or time) and other bytes; new numbers alone happen on FAT sticks
    // and some network file systems, and are then taken: None. A file that
    // can't be looked at is left to the write, which says why.
    FileChange fileChange();
    FileLock m_lock;
    std::unique_ptr<Sealer> m_sealer;

    // The journal beside the file (see core/journal.hpp).
    void journalEdit(const Touch& touch, const std::optional<std::string>& textBefore, bool cleanBefore, double now);
    bool journalWanted() const;
    std::optional<std::string> textAt(const Touch* touch) const;
    JournalWriter m_journal;
    std::uint64_t m_fileHash = 0;  // of the bytes on disk (0: no file yet)
    bool m_journalFresh = true;    // the next record starts a new journal
    std::string m_recoveryNote;
    bool m_recoveryWarns = false;
    std::string m_journalError;
};

}  // namespace doorway
