#pragma once
// Workbook files on disk: parse with precise errors, atomic saves with a
// .bak of the previous version, advisory locks, and a hook for sealing.
#include "core/limits.hpp"  // kMaxWorkbookBytes and the other sizes
#include "core/paths.hpp"   // readFile and friends, used with these
#include "core/workbook.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace doorway {

// A workbook is a few levels deep; anything deeper is damage or mischief.
inline constexpr unsigned kMaxWorkbookNesting = 64;

// Turns plaintext workbook JSON into the bytes on disk and back. The core
// knows nothing of cryptography: doorway_seal provides the libsodium one.
class Sealer {
public:
    virtual ~Sealer() = default;
    virtual std::string seal(const std::string& plaintext) = 0;
    // Throws SealError with a plain sentence ("wrong passphrase", ...).
    virtual std::string open(const std::string& sealedText) = 0;
};

struct SealError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Is this file text a sealed envelope rather than a plain workbook? True
// when it is a JSON object whose "format" is "doorway-sealed" (a workbook
// that merely mentions the words is not).
bool looksSealed(const std::string& text);
// The "format" of a locked file's envelope (seal/seal.hpp writes it).
inline constexpr const char* kSealedFormat = "doorway-sealed";

// Writes every byte to `fd`, going on after a signal interrupts; false on
// an error (errno says which). The save and the edit journal both use it.
bool writeAllBytes(int fd, const std::string& bytes);
// Could this be a sealed envelope, whole or damaged (cut off, a flipped
// byte)? True when the first kilobyte has the format id or two of the
// envelope's other field names; a workbook has none of them there. Used to
// call a broken envelope "a damaged locked workbook" rather than a broken
// plain one, and to tell sealed recordings from raw audio cheaply.
bool looksLikeSealedFile(std::string_view text);

struct LoadResult {
    bool ok = false;
    std::string error;  // "<file>:<line>:<col>: <problem>" or "<file>: <problem>"
    Workbook workbook;
    int migratedFrom = 0;   // older version read and migrated in memory
    bool readOnly = false;  // newer version, or locked by someone else
    std::string readOnlyReason;
    bool sealed = false;
    bool needsPassphrase = false;  // sealed and no sealer given
    int newerVersion = 0;          // the file's version when it is newer than this Doorway
};

// Parses text (already read) as a workbook. `name` labels errors.
LoadResult parseWorkbookText(const std::string& text, const std::string& name, Sealer* sealer = nullptr);
// Reads and parses a file. Never modifies it.
LoadResult loadWorkbookFile(const std::string& path, Sealer* sealer = nullptr);
// Reads a workbook file's bytes (regular files only, up to
// kMaxWorkbookFileBytes, the size of the largest workbook sealed; plain
// text past kMaxWorkbookBytes is refused by the parse). False with a
// sentence naming the file otherwise.
bool readWorkbookBytes(const std::string& path, std::string& out, std::string& error);

// Called with the exact bytes of a save once they are safely on disk in the
// temp file, just before it replaces the workbook (the edit journal marks
// its checkpoint here). Its failure does not stop the save.
using BeforeReplace = std::function<void(const std::string& bytes)>;

// Sizes that load, save and print but are out of the ordinary, one short
// phrase each ("its title is 17,000 characters long; ..."), for `check`:
// a title past kMaxPrintedTitleChars, any text past kMaxPrintedFieldChars
// (print shortens them). At most a few, the rest counted.
std::vector<std::string> sizeWarnings(const Workbook& wb);

// Characters (not bytes) in UTF-8 text.
size_t utf8Length(std::string_view s);

struct SaveOptions {
    Sealer* sealer = nullptr;  // write sealed; no plaintext touches the disk
    bool keepBackup = true;    // previous version to NAME.json.bak
    BeforeReplace beforeReplace;
};

struct SaveResult {
    bool ok = false;
    std::string error;   // a sentence naming the file, ending with what is on disk now
    std::string reason;  // just the cause ("No space left on device"), for callers that say more
};

// Atomic: temp file in the same folder, fsync, rename, fsync the folder.
// Written pretty-printed, or compact when the pretty text would pass
// kMaxWorkbookBytes; refused (nothing written) when even that would, so
// every file saved can be opened again.
SaveResult saveWorkbookFile(const std::string& path, const Workbook& wb, const SaveOptions& opts = {});
// The longest a workbook's file name may be in `folder`: the file system's
// limit less what Doorway keeps beside it under a longer name (".NAME.tmp-"
// and six letters while saving, "NAME.journal.unused" for a journal kept
// aside). A longer one is refused by Save As, by name.
size_t longestWorkbookName(const std::string& folder);
// The same atomic write for any bytes (used by lock/unlock, exports).
SaveResult writeFileAtomic(const std::string& path, const std::string& bytes, bool keepBackup,
                           const BeforeReplace& beforeReplace = {});
// Removes temp files (".NAME.tmp-XXXXXX") that a save killed mid-way left
// next to `path` and that are older than `minAgeSeconds`. Call it while
// holding the lock, so no live save's temp file is touched.
int removeStaleTemps(const std::string& path, double minAgeSeconds = 10);
// Every temp file of Doorway's own that a killed save, lock or unlock can
// leave for a workbook: ".NAME.json.tmp-XXXXXX" beside it, and
// ".TAKE.tmp-XXXXXX" anywhere in its takes folder. They may hold plaintext
// (an unlock writes the unlocked text there before the rename). Only call
// it while holding the workbook's FileLock: every Doorway process that
// writes these holds it, so none of them is a save still under way.
std::vector<std::string> leftoverTempsFor(const std::string& workbookPath);
// Removes them; returns how many were removed, and names the ones that
// could not be in `error`.
int removeLeftoverTemps(const std::string& workbookPath, std::string& error);

// An advisory lock (flock) on a workbook path, held while open in a window.
class FileLock {
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&& o) noexcept;
    FileLock& operator=(FileLock&& o) noexcept;
    // True when we hold it; false when another process does (or on error).
    bool acquire(const std::string& path);
    void release();
    bool held() const { return m_fd >= 0; }
    // After a failed acquire: true when someone else holds the lock, false
    // when the lock file could not be made (e.g. a read-only folder).
    bool busy() const { return m_busy; }
    // The sidecar path for a workbook path (symlinks and ".." resolved, so
    // two spellings of one file share one lock).
    static std::string lockPathFor(const std::string& path);

private:
    int m_fd = -1;
    bool m_busy = false;
    std::string m_lockPath;  // the sidecar we hold, removed on release
};

}  // namespace doorway
