#pragma once
// Sealed workbooks: Argon2id key from a passphrase, XChaCha20-Poly1305
// content, in a JSON envelope ("format": "doorway-sealed"). See
// docs/workbook-format.md.
#include "core/storage.hpp"

#include <memory>
#include <string>

namespace doorway {

// A Sealer that holds the passphrase-derived key (wiped on destruction).
// `passphrase` is wiped by the callee.
std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase);

}  // namespace doorway
