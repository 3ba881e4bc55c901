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
    std::string error;  // first failure: "<file>: <problem>"
};
// Seals every regular file in `dir` in place (same name, atomic write, the
// content becomes an envelope around the raw bytes). Files already sealed
// are checked to open with this sealer (so one passphrase fits all) and
// left alone. A missing folder is fine (nothing to do).
FolderSealResult sealFolderFiles(const std::string& dir, Sealer& sealer);
// The reverse: opens every sealed file in `dir` and writes the raw bytes
// back. With `dryRun` it only checks that all of them open.
FolderSealResult unsealFolderFiles(const std::string& dir, Sealer& sealer, bool dryRun = false);

// Reads a file that may be sealed (a take of a sealed workbook): the raw
// bytes either way. Sealed and no sealer -> false with a message.
bool readMaybeSealedFile(const std::string& path, Sealer* sealer, std::string& bytes, std::string& error);
// Writes bytes for a workbook's companion file (a take): sealed when a
// sealer is given, atomically either way.
bool writeMaybeSealedFile(const std::string& path, const std::string& bytes, Sealer* sealer, std::string& error);

}  // namespace doorway
