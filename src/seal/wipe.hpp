#pragma once
// The one way Doorway wipes a secret (a passphrase, a plaintext copy) from
// memory: libsodium's sodium_memzero, which the compiler may not optimise
// away. Kept here so <sodium.h> stays inside src/seal.
#include <cstddef>
#include <string>
#include <utility>

namespace doorway {

// Zeroes `size` bytes at `data` (nothing when data is null).
void wipeMemory(void* data, std::size_t size);
// Zeroes a string's bytes in place (its length is kept).
inline void wipeString(std::string& s) {
    wipeMemory(s.data(), s.size());
}

// A string that is wiped when it goes out of scope: a passphrase copy held
// only as long as it is needed.
struct WipedString {
    std::string s;
    WipedString() = default;
    explicit WipedString(std::string v) : s(std::move(v)) {}
    WipedString(const WipedString&) = delete;
    WipedString& operator=(const WipedString&) = delete;
    ~WipedString() { wipeString(s); }
};

}  // namespace doorway
