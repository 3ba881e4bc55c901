// libFuzzer target for the sealed-envelope parser: any bytes handed to a
// sealer must give back plain bytes or a SealError with a sentence, never a
// crash, a hang or a sanitizer report, and never a key derivation dearer
// than the one Doorway itself writes (a doctored cost is refused first).
// The same bytes, sealed, must open back to themselves, and through the
// workbook loader every refusal names the file.
#include "seal/seal.hpp"

#include <sodium.h>

#include <cstdint>
#include <string>

namespace {

doorway::Sealer& fuzzSealer() {
    // The seeds are sealed with this passphrase at the minimum cost, so the
    // unmutated ones open (and reach the decryption) in microseconds.
    static std::unique_ptr<doorway::Sealer> sealer = [] {
        std::string pass = "fuzzing the envelope";
        return doorway::makePassphraseSealer(pass, {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
    }();
    return *sealer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace doorway;
    std::string text(reinterpret_cast<const char*>(data), size);
    Sealer& sealer = fuzzSealer();
    try {
        (void)sealer.open(text);
    } catch (const SealError& e) {
        if (!*e.what()) __builtin_trap();  // every refusal says why
    }
    (void)looksSealed(text);
    (void)looksLikeSealedFile(text);
    LoadResult r = parseWorkbookText(text, "fuzz.json", &sealer);
    if (!r.ok && r.error.rfind("fuzz.json", 0) != 0) __builtin_trap();

    std::string sealed = sealer.seal(text);
    if (sealed.size() > sealedSizeBound(text.size())) __builtin_trap();  // the bound every reader relies on
    if (!looksSealed(sealed) || sealer.open(sealed) != text) __builtin_trap();
    return 0;
}
