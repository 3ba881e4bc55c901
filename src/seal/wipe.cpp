#include "seal/wipe.hpp"

#include <sodium.h>

namespace doorway {

void wipeMemory(void* data, std::size_t size) {
    if (data && size) sodium_memzero(data, size);
}

}  // namespace doorway
