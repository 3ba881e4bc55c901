// doorway lock FILE [--passphrase-fd N]: seal a workbook (and its recorded
// takes) with a passphrase, in place. The unlock command shares the code
// here; see cmd_unlock.cpp.
#include "app/cli.hpp"
#include "core/journal.hpp"
#include "core/paths.hpp"
#include "core/storage.hpp"
#include "seal/seal.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <sodium.h>

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

// Wipes a passphrase copy the moment it is no longer needed.
struct Wiped {
    std::string s;
    ~Wiped() { sodium_memzero(s.data(), s.size()); }
};

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

int lockOrUnlock(bool lock, const Args& args) {
    const char* command = lock ? "lock" : "unlock";
    SealArgs sa;
    if (int rc = parseSealArgs(command, args, sa)) return rc;
    const std::string& path = sa.file;

    std::string text, err;
    if (!readFile(path, text, err, kMaxWorkbookBytes)) return failure(err);
    if (lock && looksSealed(text)) return failure(path + ": already locked with a passphrase; nothing was changed");
    if (!lock && !looksSealed(text)) return failure(path + ": is not locked; nothing was changed");
    if (lock) {
        // Only workbooks: sealing something else would hide the mistake.
        LoadResult r = parseWorkbookText(text, path);
        if (!r.ok) return failure(r.error + " (nothing was changed)");
    }
    FileLock fileLock;
    if (!fileLock.acquire(path) && fileLock.busy())
        return failure(path + ": this workbook is open in a Doorway window; close it there first (nothing was changed)");

    Wiped pass;
    if (lock) {
        std::fprintf(stderr,
                     "Locking %s with a passphrase.\n"
                     "Please keep the passphrase somewhere safe: if it is forgotten, this workbook cannot be "
                     "opened again. Nobody can recover it, not even Doorway.\n",
                     path.c_str());
    }
    if (!readPassphrase(sa.fd, "Passphrase: ", pass.s, err)) return failure(err + " (nothing was changed)");
    if (lock && sa.fd < 0) {
        Wiped again;
        if (!readPassphrase(-1, "The same passphrase again: ", again.s, err)) return failure(err + " (nothing was changed)");
        if (again.s != pass.s) return failure("the two passphrases are not the same; nothing was changed");
    }
    std::unique_ptr<Sealer> sealer;
    try {
        sealer = makePassphraseSealer(pass.s);
    } catch (const SealError& e) {
        return failure(std::string(e.what()) + " (nothing was changed)");
    }

    const std::string takes = takesFolderFor(path);
    if (lock) {
        // Edits a crash left in the (plaintext) journal go into the sealed
        // file; the journal goes with the lock.
        std::string plainText;
        if (!foldJournal(path, text, text, nullptr, plainText, err)) return failure(err + " (nothing was changed)");
        std::string sealed;
        try {
            sealed = sealer->seal(plainText);
            if (sealer->open(sealed) != plainText) return failure(path + ": sealing did not round-trip; nothing was changed");
        } catch (const SealError& e) {
            return failure(path + ": " + e.what() + " (nothing was changed)");
        }
        // Takes first: if one fails, the workbook is still as it was and
        // running lock again picks up where this stopped.
        FolderSealResult tr = sealFolderFiles(takes, *sealer);
        if (!tr.ok) return failure(tr.error + " (the workbook itself was not locked)");
        SaveResult w = writeFileAtomic(path, sealed, false);
        if (!w.ok) return failure(w.error);
        ::unlink(journalPathFor(path).c_str());
        std::printf("%s: locked.\n", path.c_str());
        if (tr.changed) std::printf("Sealed %s in %s.\n", plural(size_t(tr.changed), "recorded take", "recorded takes").c_str(), takes.c_str());
        for (const std::string& bak : plaintextBackupsFor(path)) {
            std::error_code ec;
            if (fs::remove(bak, ec)) std::printf("Removed the unlocked backup %s.\n", bak.c_str());
            else std::fprintf(stderr, "doorway: %s: could not remove this unlocked backup (%s); please delete it yourself\n",
                              bak.c_str(), ec.message().c_str());
        }
        return 0;
    }

    std::string plain;
    try {
        std::string opened = sealer->open(text);
        bool folded = foldJournal(path, text, opened, sealer.get(), plain, err);
        sodium_memzero(opened.data(), opened.size());
        if (!folded) return failure(err + " (nothing was changed)");
    } catch (const SealError& e) {
        return failure(path + ": " + e.what() + " (nothing was changed)");
    }
    // Check every take opens before changing anything.
    FolderSealResult dry = unsealFolderFiles(takes, *sealer, true);
    if (!dry.ok) {
        sodium_memzero(plain.data(), plain.size());
        return failure(dry.error + " (nothing was changed)");
    }
    FolderSealResult tr = unsealFolderFiles(takes, *sealer);
    if (!tr.ok) {
        sodium_memzero(plain.data(), plain.size());
        return failure(tr.error + " (the workbook itself is still locked)");
    }
    SaveResult w = writeFileAtomic(path, plain, false);
    sodium_memzero(plain.data(), plain.size());
    if (!w.ok) return failure(w.error);
    ::unlink(journalPathFor(path).c_str());
    std::printf("%s: unlocked; it is readable without a passphrase now.\n", path.c_str());
    if (tr.changed) std::printf("Unsealed %s in %s.\n", plural(size_t(tr.changed), "recorded take", "recorded takes").c_str(), takes.c_str());
    return 0;
}

}  // namespace

// Shared with cmd_unlock.cpp.
int runLockCommand(bool lock, const Args& args) { return lockOrUnlock(lock, args); }

int cmdLock(const Args& args) { return lockOrUnlock(true, args); }

}  // namespace doorway
