// The sealer's bounds (issue 17): a doctored key cost is refused before any
// work, every envelope fits the size every reader accepts, and nothing is
// sealed that could not be read back.
#include "core/limits.hpp"
#include "seal/seal.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <boost/json.hpp>

#include <chrono>

namespace json = boost::json;
using namespace doorway;

namespace {

std::unique_ptr<Sealer> fastSealer(std::string pass) {
    return makePassphraseSealer(pass, {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
}

std::string b64(const unsigned char* p, size_t n) {
    std::string s(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(s.data(), s.size(), p, n, sodium_base64_VARIANT_ORIGINAL);
    s.resize(s.size() - 1);
    return s;
}

// Rewrites the key cost and recomputes the digest, as docs/workbook-format.md
// defines it (written out here, so the test does not trust the code), so
// the file passes the damage check the way a deliberate forgery would.
std::string withCost(const std::string& sealed, std::uint64_t ops, std::uint64_t mem) {
    json::value doc = json::parse(sealed);
    json::object& o = doc.as_object();
    json::object& kdf = o["kdf"].as_object();
    kdf["opslimit"] = ops;
    kdf["memlimit"] = mem;
    auto str = [](const json::value& v) { return std::string(v.as_string()); };
    std::string header = "doorway-sealed|1|argon2id13|" + std::to_string(ops) + "|" + std::to_string(mem) + "|" +
                         str(kdf["salt"]) + "|xchacha20poly1305-ietf|" + str(o["nonce"]) + "|" + str(o["check"]);
    std::string covered = header + "|" + str(o["ciphertext"]);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(covered.data()), covered.size(),
                       nullptr, 0);
    o["digest"] = b64(digest, sizeof digest);
    return json::serialize(doc);
}

std::string openError(Sealer& s, const std::string& text, double* seconds = nullptr) {
    auto start = std::chrono::steady_clock::now();
    std::string out = "(opened)";
    try {
        s.open(text);
    } catch (const SealError& e) {
        out = e.what();
    }
    if (seconds) *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace

TEST_CASE("a key cost Doorway never writes is refused before any work", "[seal][limits]") {
    auto s = fastSealer("the right words");
    const std::string sealed = s->seal("{\"secret\": true}");
    REQUIRE(s->open(withCost(sealed, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN)) == "{\"secret\": true}");

    struct Case {
        std::uint64_t ops, mem;
        const char* asks;
    };
    for (Case c : {Case{16, std::uint64_t(1) << 30, "16 passes over 1,073,741,824 bytes"},  // the report's file
                   Case{4, std::uint64_t(256) << 20, "4 passes over 268,435,456 bytes"},
                   Case{3, std::uint64_t(512) << 20, "3 passes over 536,870,912 bytes"},
                   Case{0, 8192, "0 passes over 8,192 bytes"}, Case{1, 4096, "1 pass over 4,096 bytes"}}) {
        INFO(c.asks);
        double seconds = 0;
        std::string e = openError(*s, withCost(sealed, c.ops, c.mem), &seconds);
        CHECK_THAT(e, Catch::StartsWith("damaged or altered (its key settings ask for " + std::string(c.asks) +
                                        "; Doorway locks with at most 3 passes over 268,435,456 bytes"));
        CHECK(seconds < 0.25);  // no key was derived (the report's took 26 s and 1 GB)
    }
    // The dearest cost Doorway writes is still opened (here: derived, and
    // found not to be this passphrase's key).
    CHECK(openError(*s, withCost(sealed, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE)) ==
          "wrong passphrase");
}

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
