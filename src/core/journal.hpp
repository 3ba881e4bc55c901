#pragma once
// The edit journal: NAME.json.journal beside a workbook, so a crash loses
// nothing typed since the last save.
//
// Every edit appends one record with one write() (the kernel keeps it when
// the process dies; fsync happens with the save). Opening the workbook, in
// the window or any CLI command, replays the records on top of the file;
// the next save folds them in and removes the journal. A sealed workbook's
// journal is sealed record by record with the workbook's key: no plaintext
// reaches the disk. The format is in docs/workbook-format.md.
#include "core/commands.hpp"
#include "core/storage.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace doorway {

inline constexpr const char* kJournalFormat = "doorway-journal";
inline constexpr int kJournalVersion = 1;

// NAME.json -> NAME.json.journal
std::string journalPathFor(const std::string& workbookPath);
// A fingerprint of a workbook file's bytes (FNV-1a, 64 bits): which version
// of the file a journal was written against. Not a security measure.
std::uint64_t contentHash(const std::string& bytes);

// One journal record: what a part of the workbook became.
json::object journalRecordFor(const Workbook& wb, const Touch& touch);
// The same for a string answer that changed from `before`: only the span
// that differs (a keystroke in a long answer writes a few bytes).
json::object journalSpliceFor(const std::string& sheet, const std::string& field, const std::string& before,
                              const std::string& after);
// Applies a record to `wb`. False with `error` when it does not fit.
bool applyJournalRecord(Workbook& wb, const json::object& record, std::string& error);

// Writes a workbook's journal. Not thread-safe; the window's thread owns it.
class JournalWriter {
public:
    JournalWriter() = default;
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;
    JournalWriter(JournalWriter&& o) noexcept;
    JournalWriter& operator=(JournalWriter&& o) noexcept;

    // Starts a fresh journal for `workbookPath`, whose file now holds bytes
    // with hash `base` (replacing any journal there), or continues one that
    // was just replayed (`continueAt`: its length without a torn tail,
    // `nextSeq`: the next record number).
    bool start(const std::string& workbookPath, std::uint64_t base, Sealer* sealer, std::string& error);
    bool resume(const std::string& workbookPath, std::uint64_t continueAt, std::uint64_t nextSeq, Sealer* sealer,
                std::string& error);
    bool isOpen() const { return m_fd >= 0; }
    // One record, one write(). The record gets its sequence number "n".
    bool append(json::object record, std::string& error);
    // Records that the file is about to be replaced by bytes with `hash`,
    // then fsyncs: a crash after the rename finds the journal already folded.
    bool checkpoint(std::uint64_t hash, std::string& error);
    // Closes and deletes the journal (after a save folded it in).
    void remove();
    // Closes it and leaves it on disk.
    void close();
    const std::string& path() const { return m_path; }

private:
    int m_fd = -1;
    std::string m_path;
    std::uint64_t m_seq = 0;
    Sealer* m_sealer = nullptr;
};

// What opening a journal found.
struct JournalReplay {
    enum class Status {
        None,          // no journal
        Replayed,      // records applied (maybe none)
        AlreadySaved,  // a save had folded it in; removed
        Unused,        // for another version of the file, or unreadable: moved aside
    };
    Status status = Status::None;
    int records = 0;        // records applied
    int wordsBack = 0;      // words the replay added to the file's text
    bool tornTail = false;  // the end was cut off mid-record (ignored)
    std::string
        damage;  // why a whole record could not be read or applied ("" when none): it and any after were left out
    std::uint64_t goodLength = 0;  // bytes up to the last whole record
    std::uint64_t nextSeq = 1;
    std::string message;  // one plain sentence for a person, "" when nothing to say
    std::string movedTo;  // Unused: where the journal was moved
};

// Reads `workbookPath`'s journal and applies it to `wb`, which was loaded
// from file bytes with hash `fileHash`. A journal that was already folded
// is removed; one for another version of the file (or not a journal) is
// renamed aside to NAME.json.journal.unused, never applied and never lost.
// With `readOnly` (check, export) nothing on disk changes.
JournalReplay replayJournal(const std::string& workbookPath, std::uint64_t fileHash, Workbook& wb, Sealer* sealer,
                            bool readOnly);

// The journals set aside beside `workbookPath` (NAME.json.journal.unused,
// .unused2, ...), whose edits were never applied, each with whether it is
// sealed. Lock names the plaintext ones: it can't fold them in.
struct SetAsideJournal {
    std::string path;
    bool sealed = false;
};
std::vector<SetAsideJournal> journalsSetAside(const std::string& workbookPath);

// Loads a workbook file and replays its journal (read-only: the files stay
// as they are). For the CLI commands that read workbooks.
LoadResult loadWorkbookWithJournal(const std::string& path, Sealer* sealer, JournalReplay* replay = nullptr);

// For lock and unlock, which rewrite a workbook file: `plainText` (the
// workbook's JSON; the file's bytes are `fileBytes`) with the journal
// beside it folded in. True with `folded` == `plainText` when there is no
// journal; false with `error` when there is one that can't be folded (for
// another version of the file, damaged, or sealed with no key given).
bool foldJournal(const std::string& path, const std::string& fileBytes, const std::string& plainText, Sealer* sealer,
                 std::string& folded, std::string& error);

// How many words of text a workbook holds (answers, title, takes' text):
// the "brought back N words" of a replay.
int workbookWordCount(const Workbook& wb);

}  // namespace doorway
