#pragma once
// Sealed workbooks: Argon2id key from a passphrase, XChaCha20-Poly1305
// content, in a JSON envelope ("format": "doorway-sealed"). See
// docs/workbook-format.md, "Sealed workbooks".
#include "core/paths.hpp"  // takesFolderFor, used with the folder functions below
#include "core/storage.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace doorway {

// A Sealer that holds the passphrase-derived key (wiped on destruction).
// `passphrase` is wiped by the callee. Throws SealError for an empty one.
std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase);

// [SECTION] Parameters

inline constexpr int kSealedVersion = 1;

// Argon2id cost used when sealing with a fresh salt. Opening always uses
// the cost written in the envelope.
struct SealLimits {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;  // bytes
};
// libsodium's "moderate" limits: 3 passes over 256 MiB (see the doc for
// the measured open time). Test-only hook: DOORWAY_TEST_FAST_KDF=1 in the
// environment picks the minimum cost so test suites stay quick; it only
// affects new seals, never how a file is opened.
SealLimits defaultSealLimits();
// The real limits, regardless of the test hook (tests and the bench).
SealLimits productionSealLimits();
// Same as makePassphraseSealer but with explicit limits for new seals.
std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase, const SealLimits& limits);

// [SECTION] Files beside a workbook

// Plaintext backups of a workbook: NAME.bak and NAME.v<N>.bak (kept by
// saves and migrations). Only those that exist.
std::vector<std::string> plaintextBackupsFor(const std::string& workbookPath);

struct FolderSealResult {
    bool ok = true;
    int changed = 0;    // files sealed (or unsealed)
    int skipped = 0;    // already in the wanted state
    std::vector<std::string> problems;  // one "<file>: <problem>" for each file left as it was
    std::string error;                  // the problems, one a line ("" when ok)
};

// The recordings in a takes folder, at any depth, and every entry Doorway
// will not lock, each named with why: a symbolic link (sealing through it
// would change a file outside the folder, and skipping it would leave the
// recording plaintext), a pipe or device, or a file too large for a
// recording (plain past kMaxTakeBytes, sealed past kMaxTakeFileBytes). A
// missing folder is fine (nothing to do).
struct TakesScan {
    struct TooLarge {
        std::string path;
        std::uint64_t size = 0;
        bool sealed = false;  // judged by its first bytes
    };
    std::vector<std::string> files;     // regular files of a size a recording may have
    std::vector<std::string> problems;  // links, pipes, devices: "<path>: <why>"
    std::vector<TooLarge> tooLarge;
};
TakesScan scanTakesFolder(const std::string& dir);
// What keeps a scanned folder from being locked, one "<path>: <why>" each
// (empty when it can be).
std::vector<std::string> lockProblems(const TakesScan& scan);
// Seals every recording in `dir` in place (same name, atomic write, the
// content becomes an envelope around the raw bytes). Files already sealed
// are checked to open with this sealer (so one passphrase fits all) and
// left alone. When scanTakesFolder finds any problem, nothing is changed
// and each problem is reported.
FolderSealResult sealFolderFiles(const std::string& dir, Sealer& sealer);
// The reverse: opens every sealed recording in `dir` and writes the raw
// bytes back. One that can't be opened (damaged, another passphrase, the
// disk full) stays sealed and is named in `problems`, and the others are
// still unsealed: one bad recording never keeps the rest locked. With
// `dryRun` it only checks that all of them open.
FolderSealResult unsealFolderFiles(const std::string& dir, Sealer& sealer, bool dryRun = false);
// The sealed recordings in `dir`, judged by their first bytes (no
// passphrase needed): an unlock that was cut off leaves some.
std::vector<std::string> sealedFilesIn(const std::string& dir);

// Reads a file that may be sealed (a take of a sealed workbook): the raw
// bytes either way. Sealed and no sealer -> false with a message.
bool readMaybeSealedFile(const std::string& path, Sealer* sealer, std::string& bytes, std::string& error);
// Writes bytes for a workbook's companion file (a take): sealed when a
// sealer is given, atomically either way.
bool writeMaybeSealedFile(const std::string& path, const std::string& bytes, Sealer* sealer, std::string& error);

}  // namespace doorway
