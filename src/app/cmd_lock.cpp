// doorway lock FILE [--passphrase-fd N]: seal a workbook (and its recorded
// takes) with a passphrase, in place. The unlock command shares the code
// here; see cmd_unlock.cpp.
//
// Order, so that a lock or unlock cut off at any point leaves no plaintext
// beside a locked workbook and running the command again finishes it:
//   lock:   recordings first, then the workbook;
//   unlock: the workbook first, then the recordings (a plain workbook with
//           some recordings still sealed is finished by `unlock` again).
#include "app/cli.hpp"
#include "core/journal.hpp"
#include "core/labels.hpp"
#include "core/paths.hpp"
#include "core/privacy_notes.hpp"
#include "core/storage.hpp"
#include "seal/seal.hpp"
#include "seal/wipe.hpp"
#include "speech/adaptation.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

struct SealArgs {
    std::string file;
    int fd = -1;
};

int parseSealArgs(const char* command, const Args& args, SealArgs& out) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--passphrase-fd") {
            if (i + 1 >= args.size()) return usageError(command, "--passphrase-fd needs a number");
            const std::string& v = args[++i];
            char* end = nullptr;
            errno = 0;
            long n = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || !end || *end || errno || n < 0 || n > INT_MAX)
                return usageError(command, "--passphrase-fd takes a file descriptor number, not '" + v + "'");
            if (::fcntl(int(n), F_GETFD) < 0)
                return usageError(command, "--passphrase-fd " + v + ": that file descriptor is not open");
            out.fd = int(n);
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError(command, "unknown option '" + a + "'");
        } else if (out.file.empty()) {
            out.file = a;
        } else {
            return usageError(command, "one workbook at a time ('" + out.file + "' and '" + a + "')");
        }
    }
    if (out.file.empty()) return usageError(command, "which workbook? (doorway " + std::string(command) + " FILE)");
    return 0;
}

// Everything about the file the command works on.
struct Job {
    bool lock = true;
    std::string path;   // the real workbook file (a symbolic link resolved)
    std::string takes;  // its recordings folder
    std::string text;   // its bytes
    std::string plain;  // lock: the workbook with a crash's journal folded in
    LoadResult probe;   // the bytes read as a workbook, without a passphrase
    FileLock fileLock;
};

// Through a symbolic link, the workbook, its backups and its recordings are
// all beside the file it points to: work there, or they would stay plaintext.
std::string realPathOf(const std::string& given) {
    std::error_code ec;
    if (!fs::is_symlink(given, ec)) return given;
    fs::path real = fs::canonical(given, ec);
    return ec ? given : real.string();
}

// Reads and classifies the file, takes its lock and clears what a command
// cut off earlier left behind. 0 to go on, else the exit code.
int prepare(const SealArgs& sa, Job& job) {
    const char* command = job.lock ? "lock" : "unlock";
    job.path = realPathOf(sa.file);
    job.takes = takesFolderFor(job.path);
    if (job.path != sa.file)
        std::printf("%s is a link to %s; %sing that file and what is beside it.\n", sa.file.c_str(), job.path.c_str(),
                    command);
    std::string err;
    // Regular files only, up to the size of the largest workbook sealed: a
    // FIFO or a device is refused at once instead of hanging or misleading.
    if (!readWorkbookBytes(job.path, job.text, err)) return failure(err + " (nothing was changed)");
    job.probe = parseWorkbookText(job.text, job.path);
    // Something that is no workbook at all gets no lock file beside it.
    bool workbook = job.probe.ok || job.probe.sealed;
    if (!workbook && leftoverTempsFor(job.path).empty()) return 0;
    if (!job.fileLock.acquire(job.path) && job.fileLock.busy())
        return failure(job.path +
                       ": this workbook is open in a Doorway window; close it there first (nothing was changed)");
    if (job.fileLock.held()) {
        // Holding the lock, no Doorway process is mid-save here, so these
        // are from one that was killed, and may hold plaintext.
        int removed = removeLeftoverTemps(job.path, err);
        if (removed)
            std::printf("Removed %s left by a save, lock or unlock that was cut off.\n",
                        countLabel(removed, "temporary file", "temporary files").c_str());
        if (!err.empty()) return failure(err + "; please delete it yourself (nothing was changed)");
    }
    return 0;
}

// 0 with `sealer` set, else the exit code.
int askPassphrase(bool lock, const SealArgs& sa, const std::string& path, std::unique_ptr<Sealer>& sealer) {
    WipedString pass;
    std::string err;
    if (lock) {
        std::fprintf(stderr,
                     "Locking %s with a passphrase.\n"
                     "Please keep the passphrase somewhere safe: if it is forgotten, this workbook cannot be "
                     "opened again. Nobody can recover it, not even Doorway.\n",
                     path.c_str());
    }
    if (!readPassphrase(sa.fd, "Passphrase: ", pass.s, err)) return failure(err + " (nothing was changed)");
    if (lock && sa.fd < 0) {
        WipedString again;
        if (!readPassphrase(-1, "The same passphrase again: ", again.s, err))
            return failure(err + " (nothing was changed)");
        if (again.s != pass.s) return failure("the two passphrases are not the same; nothing was changed");
    }
    // A passphrase nobody can type (bytes from a file, a NUL) would lock the
    // workbook for good: refused.
    if (std::string why = lock ? untypablePassphrase(pass.s) : ""; !why.empty())
        return failure("the passphrase can't be used: " + why + ", so the workbook could never be opened again " +
                       "(nothing was changed)");
    // Told, not refused (scripts give theirs on a descriptor): the person
    // decides. Changing it later is unlock, then lock.
    if (std::string caution = lock ? passphraseCaution(pass.s) : ""; !caution.empty())
        std::fprintf(stderr,
                     "doorway: caution: %s Locking with it as asked; to change it later, run doorway unlock "
                     "then doorway lock again.\n",
                     caution.c_str());
    try {
        sealer = makePassphraseSealer(pass.s);
    } catch (const SealError& e) {
        return failure(std::string(e.what()) + " (nothing was changed)");
    }
    return 0;
}

// Backups beside the workbook that are not sealed: the plaintext of what is
// now locked. `lock` run again on a locked workbook clears these too, so a
// lock cut off between writing and this step is finished by running it again.
void removePlaintextBackups(const std::string& path) {
    for (const std::string& bak : plaintextBackupsFor(path)) {
        std::string head, err;
        // A sealed one (a hard link a save kept of a locked version) is no plaintext.
        if (readWorkbookBytes(bak, head, err) && looksSealed(head)) continue;
        std::error_code ec;
        if (fs::remove(bak, ec))
            std::printf("Removed the unlocked backup %s.\n", bak.c_str());
        else
            std::fprintf(stderr, "doorway: %s: could not remove this unlocked backup (%s); please delete it yourself\n",
                         bak.c_str(), ec.message().c_str());
    }
}

int lockWorkbook(Job& job, Sealer& sealer) {
    const std::string& path = job.path;
    const std::string& plainText = job.plain;
    std::string sealed, err;
    try {
        sealed = sealer.seal(plainText);
        if (sealer.open(sealed) != plainText)
            return failure(path + ": sealing did not round-trip; nothing was changed");
    } catch (const SealError& e) {
        return failure(path + ": " + e.what() + " (nothing was changed)");
    }
    // Recordings first: if one fails, the workbook is still as it was and
    // running lock again picks up where this stopped.
    FolderSealResult tr = sealFolderFiles(job.takes, sealer);
    if (!tr.ok) {
        std::string state = tr.changed + tr.skipped == 0
                                ? "Nothing was changed."
                                : "The workbook itself was not locked; " +
                                      countLabel(tr.changed + tr.skipped, "recorded take is", "recorded takes are") +
                                      " locked already. Run doorway lock again to finish.";
        return failure(tr.error + "\n" + state);
    }
    SaveResult w = writeFileAtomic(path, sealed, false);
    if (!w.ok) {
        int locked = tr.changed + tr.skipped;
        return failure(
            path + ": could not write the locked workbook (" + w.reason +
            "). The workbook is still unlocked, as it was" +
            (locked ? "; its " + countLabel(locked, "recorded take", "recorded takes") + " in " + job.takes + " " +
                          (locked == 1 ? "is" : "are") +
                          " locked (this passphrase opens them). Once there is room, run doorway lock again to finish."
                    : ", and nothing else was changed."));
    }
    ::unlink(journalPathFor(path).c_str());
    std::printf("%s: locked.\n", path.c_str());
    if (tr.changed)
        std::printf("Sealed %s in %s.\n", countLabel(tr.changed, "recorded take", "recorded takes").c_str(),
                    job.takes.c_str());
    // The learned voice ("Teach Doorway your voice") is locked with it.
    if (speech::voiceProfileState() == speech::VoiceProfileState::Plain) {
        if (speech::sealVoiceProfile(sealer, err))
            std::printf("Sealed the voice profile %s.\n", speech::voiceProfilePath().c_str());
        else
            std::fprintf(stderr, "doorway: %s: the voice profile could not be sealed (%s)\n",
                         speech::voiceProfilePath().c_str(), err.c_str());
    }
    removePlaintextBackups(path);
    // Edits an earlier open set aside (for another version of the file) are
    // not the workbook's to fold in or to delete: said, so they aren't left
    // in plain text unawares.
    for (const SetAsideJournal& j : journalsSetAside(path))
        if (!j.sealed)
            std::fprintf(stderr,
                         "doorway: note: %s holds edits set aside in plain text (made to another version of this "
                         "workbook) and is not locked; look through it, then delete it or keep it somewhere safe\n",
                         j.path.c_str());
    return 0;
}

// Unseals the recordings; those that can't be opened stay sealed and are
// named, and never keep the workbook (or the other recordings) locked.
int unlockTakes(const Job& job, Sealer& sealer) {
    FolderSealResult tr = unsealFolderFiles(job.takes, sealer);
    if (tr.changed)
        std::printf("Unsealed %s in %s.\n", countLabel(tr.changed, "recorded take", "recorded takes").c_str(),
                    job.takes.c_str());
    if (tr.ok) return 0;
    return failure(tr.error + "\n" + countLabel(tr.problems.size(), "recording stays", "recordings stay") +
                   " locked; the workbook itself is unlocked. Run doorway unlock again to retry them.");
}

int unlockWorkbook(Job& job, Sealer& sealer) {
    const std::string& path = job.path;
    std::string plain, err;
    try {
        // A sealed journal's edits (a crash in the window) go into the file.
        std::string opened = sealer.open(job.text);
        bool folded = foldJournal(path, job.text, opened, &sealer, plain, err);
        wipeString(opened);
        if (!folded) return failure(err + " (nothing was changed)");
    } catch (const SealError& e) {
        return failure(path + ": " + e.what() + " (nothing was changed)");
    }
    SaveResult w = writeFileAtomic(path, plain, false);
    wipeString(plain);
    if (!w.ok)
        return failure(path + ": could not write the unlocked workbook (" + w.reason +
                       "). Nothing was changed: the workbook and its recorded takes are still locked.");
    ::unlink(journalPathFor(path).c_str());
    std::printf("%s: unlocked; it is readable without a passphrase now.\n", path.c_str());
    // A voice profile sealed with this passphrase opens too; one sealed with
    // another workbook's stays as it is.
    if (speech::voiceProfileState() == speech::VoiceProfileState::Sealed && speech::unsealVoiceProfile(sealer, err))
        std::printf("Unsealed the voice profile %s.\n", speech::voiceProfilePath().c_str());
    return unlockTakes(job, sealer);
}

int lockOrUnlock(bool lock, const Args& args) {
    const char* command = lock ? "lock" : "unlock";
    SealArgs sa;
    if (int rc = parseSealArgs(command, args, sa)) return rc;
    Job job;
    job.lock = lock;
    if (int rc = prepare(sa, job)) return rc;
    const std::string& path = job.path;
    const LoadResult& probe = job.probe;
    bool finishing = false;  // unlock of a plain workbook whose recordings are still sealed
    if (lock) {
        if (probe.needsPassphrase) {
            removePlaintextBackups(path);  // left by a lock that was cut off
            return failure(path + ": already locked with a passphrase; the workbook was not changed");
        }
        // Only workbooks: sealing something else would hide the mistake.
        if (!probe.ok) return failure(probe.error + " (nothing was changed)");
        // Every recording beside the workbook is locked with it, or none:
        // ask for no passphrase when one of them can't be.
        std::vector<std::string> problems = lockProblems(scanTakesFolder(job.takes));
        if (!problems.empty()) {
            std::string all;
            for (const std::string& p : problems) all += p + "\n";
            return failure(all + "Nothing was locked: every recording beside the workbook is locked with it, or none.");
        }
        // Edits a crash left in the (plaintext) journal go into the sealed
        // file, and the journal goes with the lock. A journal that can't be
        // folded is refused before the passphrase is asked for: typed twice
        // and derived for nothing otherwise.
        std::string err;
        if (!foldJournal(path, job.text, job.text, nullptr, job.plain, err))
            return failure(err + " (nothing was changed)");
    } else if (!probe.needsPassphrase) {
        // A damaged locked workbook is named as one (by the parse), not
        // called "not locked".
        if (!probe.ok) return failure(probe.error + " (nothing was changed)");
        finishing = !sealedFilesIn(job.takes).empty();
        if (!finishing) return failure(path + ": is not locked; nothing was changed");
        std::printf("%s is not locked, but recordings in %s still are (an unlock was cut off); unlocking them.\n",
                    path.c_str(), job.takes.c_str());
    }
    std::unique_ptr<Sealer> sealer;
    if (int rc = askPassphrase(lock, sa, path, sealer)) return rc;
    if (lock) return lockWorkbook(job, *sealer);
    return finishing ? unlockTakes(job, *sealer) : unlockWorkbook(job, *sealer);
}

}  // namespace

// Shared with cmd_unlock.cpp.
int runLockCommand(bool lock, const Args& args) {
    return lockOrUnlock(lock, args);
}

int cmdLock(const Args& args) {
    return lockOrUnlock(true, args);
}

}  // namespace doorway
