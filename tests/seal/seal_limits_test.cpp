// The sealer's size bounds (issue 17, item 1): every envelope fits the
// size every reader accepts, and nothing is sealed that could not be read
// back.
#include "core/limits.hpp"
#include "seal/seal.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <filesystem>

using namespace doorway;

namespace {

std::unique_ptr<Sealer> fastSealer(std::string pass) {
    return makePassphraseSealer(pass, {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
}

}  // namespace

TEST_CASE("every envelope fits the size readers accept for its plain bytes", "[seal][limits]") {
    auto s = fastSealer("size check");
    for (size_t n : {0, 1, 2, 3, 4, 5, 17, 1000, 65537, 1 << 20, (1 << 20) + 1, (1 << 20) + 2}) {
        INFO(n);
        std::string plain(n, 'x');
        std::string sealed = s->seal(plain);
        CHECK(sealed.size() <= sealedSizeBound(n));
        // And the bound is not loose: within the envelope's text allowance.
        CHECK(sealed.size() + kEnvelopeTextBytes > sealedSizeBound(n));
    }
    CHECK(kMaxWorkbookFileBytes == sealedSizeBound(kMaxWorkbookBytes));
    CHECK(kMaxTakeFileBytes == sealedSizeBound(kMaxTakeBytes));
}

TEST_CASE("nothing larger than a reader accepts is ever sealed", "[seal][limits]") {
    auto s = fastSealer("too much");
    std::string big(kMaxSealedPlainBytes + 1, 'x');
    try {
        s->seal(big);
        FAIL("sealed " << big.size() << " bytes");
    } catch (const SealError& e) {
        CHECK(std::string(e.what()) == "too large to lock (" + groupedNumber(kMaxSealedPlainBytes + 1) +
                                           " bytes; the limit is " + groupedNumber(kMaxSealedPlainBytes) + ")");
    }
    // Recordings: one past the limit is refused before anything is written.
    doorway::test::TempDir dir;
    std::string error;
    std::string take(kMaxTakeBytes + 1, 'r');
    CHECK_FALSE(writeMaybeSealedFile(dir.file("t.wav"), take, s.get(), error));
    CHECK_THAT(error, Catch::Contains("too large to keep with the workbook"));
    CHECK_FALSE(std::filesystem::exists(dir.file("t.wav")));
}
