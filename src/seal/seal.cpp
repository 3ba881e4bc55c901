// The passphrase sealer: libsodium's Argon2id and XChaCha20-Poly1305 in a
// JSON envelope. The layout and its reasons are in docs/workbook-format.md
// ("Sealed workbooks"); in short:
//   key     = Argon2id(passphrase, salt, opslimit, memlimit)   (32 bytes)
//   encKey  = KDF(key, id 1), checkKey = KDF(key, id 2)        (crypto_kdf)
//   check   = BLAKE2b-128 keyed with checkKey over a constant  -> tells a
//             wrong passphrase apart from damage
//   header  = every envelope field but the ciphertext, as one line; it is
//             the AEAD's associated data, so changing any parameter fails
//   digest  = unkeyed BLAKE2b-256 over header and ciphertext   -> names
//             accidental damage before the (slow) key derivation
#include "seal/seal.hpp"

#include "core/paths.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace doorway {

namespace {

constexpr const char* kFormat = "doorway-sealed";
constexpr const char* kAlg = "argon2id13";
constexpr const char* kCipher = "xchacha20poly1305-ietf";
constexpr const char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "doorwayS";
constexpr const char* kCheckConstant = "doorway key check v1";
constexpr size_t kKeyBytes = 32;
constexpr size_t kCheckBytes = 16;
constexpr size_t kDigestBytes = 32;
// Bounds for the cost read from a file: beyond these it is damage or
// mischief (a huge memlimit would make opening exhaust the machine).
constexpr std::uint64_t kMaxOps = 16;
constexpr std::uint64_t kMaxMem = std::uint64_t(1) << 30;
constexpr size_t kMaxCompanionBytes = size_t(512) << 20;
constexpr int kB64 = sodium_base64_VARIANT_ORIGINAL;

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes);
static_assert(crypto_kdf_KEYBYTES == kKeyBytes);

void ensureSodium() {
    // sodium_init is idempotent and thread-safe; calling it each time is cheap.
    if (sodium_init() < 0) throw SealError("the cryptography library (libsodium) could not start");
}

// Key material in guarded, mlocked memory that is zeroed when freed.
class SecureBytes {
public:
    explicit SecureBytes(size_t n) : m_size(n) {
        m_p = static_cast<unsigned char*>(sodium_malloc(n ? n : 1));
        if (!m_p) throw SealError("not enough locked memory to hold the key");
    }
    ~SecureBytes() { sodium_free(m_p); }
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    unsigned char* data() { return m_p; }
    const unsigned char* data() const { return m_p; }
    size_t size() const { return m_size; }

private:
    unsigned char* m_p = nullptr;
    size_t m_size = 0;
};

using Bytes = std::vector<unsigned char>;

std::string toB64(const unsigned char* p, size_t n) {
    size_t len = sodium_base64_ENCODED_LEN(n, kB64);
    std::string s(len, '\0');
    sodium_bin2base64(s.data(), len, p, n, kB64);
    s.resize(len - 1);  // the encoder writes a terminating NUL
    return s;
}

bool fromB64(const std::string& s, Bytes& out) {
    out.assign(s.size() / 4 * 3 + 3, 0);
    size_t binLen = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), s.data(), s.size(), nullptr, &binLen, &end, kB64) != 0) return false;
    if (end != s.data() + s.size()) return false;
    out.resize(binLen);
    return true;
}

[[noreturn]] void damaged(const std::string& detail) {
    throw SealError("damaged or altered (" + detail + ")");
}

struct Envelope {
    std::int64_t version = 0;
    std::uint64_t ops = 0, mem = 0;
    std::string salt, nonce, check, digest, ciphertext;  // base64 as written
};

// The associated data: every field but the ciphertext, in a fixed order,
// independent of how the JSON happens to be spaced.
std::string headerOf(const Envelope& e) {
    return std::string(kFormat) + "|" + std::to_string(e.version) + "|" + kAlg + "|" + std::to_string(e.ops) + "|" +
           std::to_string(e.mem) + "|" + e.salt + "|" + kCipher + "|" + e.nonce + "|" + e.check;
}

Bytes digestOf(const std::string& header, const std::string& ciphertextB64) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kDigestBytes);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(header.data()), header.size());
    const unsigned char bar = '|';
    crypto_generichash_update(&st, &bar, 1);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(ciphertextB64.data()), ciphertextB64.size());
    Bytes out(kDigestBytes);
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

std::string serialize(const Envelope& e) {
    // One field a line: still a readable JSON file, and nothing in it but
    // parameters and noise.
    return std::string("{\n") + "  \"format\": \"" + kFormat + "\",\n" + "  \"version\": " + std::to_string(e.version) +
           ",\n" + "  \"kdf\": {\"alg\": \"" + kAlg + "\", \"opslimit\": " + std::to_string(e.ops) +
           ", \"memlimit\": " + std::to_string(e.mem) + ", \"salt\": \"" + e.salt + "\"},\n" + "  \"cipher\": \"" +
           kCipher + "\",\n" + "  \"nonce\": \"" + e.nonce + "\",\n" + "  \"check\": \"" + e.check + "\",\n" +
           "  \"digest\": \"" + e.digest + "\",\n" + "  \"ciphertext\": \"" + e.ciphertext + "\"\n}\n";
}

const json::string& stringField(const json::object& o, const char* key, const char* what) {
    const json::value* v = o.if_contains(key);
    if (!v || !v->is_string()) damaged(std::string("its ") + what + " is missing");
    return v->get_string();
}

std::uint64_t unsignedField(const json::object& o, const char* key, const char* what) {
    const json::value* v = o.if_contains(key);
    if (v && v->is_uint64()) return v->get_uint64();
    if (v && v->is_int64() && v->get_int64() >= 0) return std::uint64_t(v->get_int64());
    damaged(std::string("its ") + what + " is missing or not a whole number");
}

Envelope parseEnvelope(const std::string& text) {
    boost::system::error_code ec;
    json::value doc = json::parse(text, ec);
    if (ec || !doc.is_object()) damaged("it is not a complete sealed file");
    const json::object& o = doc.get_object();
    if (stringField(o, "format", "format id") != kFormat) damaged("it is not a sealed Doorway file");
    Envelope e;
    const json::value* ver = o.if_contains("version");
    if (!ver || !ver->is_int64()) damaged("its version is missing");
    e.version = ver->get_int64();
    if (e.version > kSealedVersion)
        throw SealError("too new: it was locked by a newer Doorway (sealed format version " +
                        std::to_string(e.version) + "; this one reads version " + std::to_string(kSealedVersion) +
                        "). Update Doorway to open it.");
    if (e.version < 1) damaged("its version is not valid");
    const json::value* kdf = o.if_contains("kdf");
    if (!kdf || !kdf->is_object()) damaged("its key settings are missing");
    const json::object& k = kdf->get_object();
    if (stringField(k, "alg", "key algorithm") != kAlg) damaged("its key algorithm is unknown");
    e.ops = unsignedField(k, "opslimit", "opslimit");
    e.mem = unsignedField(k, "memlimit", "memlimit");
    e.salt = stringField(k, "salt", "salt");
    if (stringField(o, "cipher", "cipher") != kCipher) damaged("its cipher is unknown");
    e.nonce = stringField(o, "nonce", "nonce");
    e.check = stringField(o, "check", "key check");
    e.digest = stringField(o, "digest", "digest");
    e.ciphertext = stringField(o, "ciphertext", "ciphertext");
    return e;
}

class PassphraseSealer final : public Sealer {
public:
    PassphraseSealer(std::string& passphrase, const SealLimits& limits) : m_pass(passphrase.size()), m_limits(limits) {
        std::memcpy(m_pass.data(), passphrase.data(), passphrase.size());
        sodium_memzero(passphrase.data(), passphrase.size());
        passphrase.clear();
    }

    std::string seal(const std::string& plaintext) override {
        ensureSodium();
        if (!m_key) {
            Bytes salt(crypto_pwhash_SALTBYTES);
            randombytes_buf(salt.data(), salt.size());
            m_key = derive(salt, m_limits.opslimit, m_limits.memlimit);
        }
        Envelope e;
        e.version = kSealedVersion;
        e.ops = m_key->ops;
        e.mem = m_key->mem;
        e.salt = toB64(m_key->salt.data(), m_key->salt.size());
        unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
        randombytes_buf(nonce, sizeof nonce);  // random per save: 192 bits never repeat in practice
        e.nonce = toB64(nonce, sizeof nonce);
        e.check = toB64(m_key->check, kCheckBytes);
        std::string header = headerOf(e);
        Bytes ct(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        unsigned long long ctLen = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            ct.data(), &ctLen, reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
            reinterpret_cast<const unsigned char*>(header.data()), header.size(), nullptr, nonce, m_key->enc.data());
        e.ciphertext = toB64(ct.data(), size_t(ctLen));
        Bytes d = digestOf(header, e.ciphertext);
        e.digest = toB64(d.data(), d.size());
        return serialize(e);
    }

    std::string open(const std::string& sealedText) override {
        ensureSodium();
        Envelope e = parseEnvelope(sealedText);
        Bytes salt, nonce, check, digest, ct;
        if (!fromB64(e.salt, salt) || salt.size() != crypto_pwhash_SALTBYTES) damaged("its salt is not valid");
        if (!fromB64(e.nonce, nonce) || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
            damaged("its nonce is not valid");
        if (!fromB64(e.check, check) || check.size() != kCheckBytes) damaged("its key check is not valid");
        if (!fromB64(e.digest, digest) || digest.size() != kDigestBytes) damaged("its digest is not valid");
        if (!fromB64(e.ciphertext, ct) || ct.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
            damaged("its content is not valid");
        std::string header = headerOf(e);
        Bytes want = digestOf(header, e.ciphertext);
        if (sodium_memcmp(want.data(), digest.data(), kDigestBytes) != 0) damaged("its digest does not match");
        if (e.ops < crypto_pwhash_OPSLIMIT_MIN || e.ops > kMaxOps || e.mem < crypto_pwhash_MEMLIMIT_MIN ||
            e.mem > kMaxMem)
            damaged("its key settings are out of range");

        std::unique_ptr<Key> fresh;
        Key* key = nullptr;
        if (m_key && m_key->ops == e.ops && m_key->mem == e.mem && m_key->salt == salt) {
            key = m_key.get();
        } else {
            fresh = derive(salt, e.ops, e.mem);
            key = fresh.get();
        }
        if (sodium_memcmp(key->check, check.data(), kCheckBytes) != 0) throw SealError("wrong passphrase");
        std::string plain(ct.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
        unsigned long long plainLen = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plainLen,
                                                       nullptr, ct.data(), ct.size(),
                                                       reinterpret_cast<const unsigned char*>(header.data()),
                                                       header.size(), nonce.data(), key->enc.data()) != 0) {
            sodium_memzero(plain.data(), plain.size());
            damaged("its content does not authenticate");
        }
        plain.resize(size_t(plainLen));
        if (fresh) m_key = std::move(fresh);  // later saves reuse this salt and key
        return plain;
    }

private:
    struct Key {
        Bytes salt;
        std::uint64_t ops = 0, mem = 0;
        SecureBytes enc{kKeyBytes};
        unsigned char check[kCheckBytes] = {};
    };

    std::unique_ptr<Key> derive(const Bytes& salt, std::uint64_t ops, std::uint64_t mem) const {
        auto k = std::make_unique<Key>();
        k->salt = salt;
        k->ops = ops;
        k->mem = mem;
        SecureBytes master(kKeyBytes), checkKey(kKeyBytes);
        if (crypto_pwhash(master.data(), master.size(), reinterpret_cast<const char*>(m_pass.data()), m_pass.size(),
                          salt.data(), ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw SealError("not enough memory to derive the key (it needs " + std::to_string(mem >> 20) + " MiB)");
        crypto_kdf_derive_from_key(k->enc.data(), k->enc.size(), 1, kKdfContext, master.data());
        crypto_kdf_derive_from_key(checkKey.data(), checkKey.size(), 2, kKdfContext, master.data());
        crypto_generichash(k->check, kCheckBytes, reinterpret_cast<const unsigned char*>(kCheckConstant),
                           std::strlen(kCheckConstant), checkKey.data(), checkKey.size());
        return k;
    }

    SecureBytes m_pass;
    SealLimits m_limits;
    std::unique_ptr<Key> m_key;
};

// A sealed envelope, not raw bytes that happen to contain the format id.
bool isEnvelope(const std::string& text) {
    size_t i = text.find_first_not_of(" \t\r\n");
    return i != std::string::npos && text[i] == '{' && looksSealed(text);
}

template <class Fn>
FolderSealResult forEachFile(const std::string& dir, Fn fn) {
    FolderSealResult r;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return r;
    if (!fs::is_directory(dir, ec)) {
        r.ok = false;
        r.error = dir + ": is not a folder";
        return r;
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->symlink_status(ec).type() == fs::file_type::regular) files.push_back(it->path());
    }
    if (ec) {
        r.ok = false;
        r.error = dir + ": cannot list (" + ec.message() + ")";
        return r;
    }
    for (const auto& f : files) {
        std::string bytes, err;
        if (!readFile(f.string(), bytes, err, kMaxCompanionBytes)) {
            r.ok = false;
            r.error = err;
            return r;
        }
        try {
            if (!fn(f.string(), bytes, r)) return r;
        } catch (const SealError& e) {
            r.ok = false;
            r.error = f.string() + ": " + e.what();
            return r;
        }
        sodium_memzero(bytes.data(), bytes.size());
    }
    return r;
}

}  // namespace

SealLimits productionSealLimits() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

SealLimits defaultSealLimits() {
    const char* fast = std::getenv("DOORWAY_TEST_FAST_KDF");
    if (fast && std::strcmp(fast, "1") == 0) return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return productionSealLimits();
}

std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase, const SealLimits& limits) {
    ensureSodium();
    if (passphrase.empty()) throw SealError("the passphrase is empty");
    if (passphrase.size() > 4096) {
        sodium_memzero(passphrase.data(), passphrase.size());
        passphrase.clear();
        throw SealError("the passphrase is longer than 4096 bytes");
    }
    return std::make_unique<PassphraseSealer>(passphrase, limits);
}

std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase) {
    return makePassphraseSealer(passphrase, defaultSealLimits());
}

std::vector<std::string> plaintextBackupsFor(const std::string& workbookPath) {
    std::vector<std::string> out;
    fs::path p(workbookPath);
    fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    std::string name = p.filename().string();
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string f = it->path().filename().string();
        if (f.size() <= name.size() || f.compare(0, name.size(), name) != 0) continue;
        std::string rest = f.substr(name.size());
        bool isBak = rest == ".bak";
        if (!isBak && rest.size() > 6 && rest.compare(0, 2, ".v") == 0 &&
            rest.compare(rest.size() - 4, 4, ".bak") == 0) {
            std::string digits = rest.substr(2, rest.size() - 6);
            isBak = !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
        }
        if (isBak && it->symlink_status(ec).type() == fs::file_type::regular)
            out.push_back((p.parent_path() / f).string());
    }
    return out;
}

FolderSealResult sealFolderFiles(const std::string& dir, Sealer& sealer) {
    return forEachFile(dir, [&](const std::string& path, const std::string& bytes, FolderSealResult& r) {
        if (isEnvelope(bytes)) {
            std::string plain = sealer.open(bytes);  // must open with this passphrase too
            sodium_memzero(plain.data(), plain.size());
            ++r.skipped;
            return true;
        }
        SaveResult w = writeFileAtomic(path, sealer.seal(bytes), false);
        if (!w.ok) {
            r.ok = false;
            r.error = w.error;
            return false;
        }
        ++r.changed;
        return true;
    });
}

FolderSealResult unsealFolderFiles(const std::string& dir, Sealer& sealer, bool dryRun) {
    return forEachFile(dir, [&](const std::string& path, const std::string& bytes, FolderSealResult& r) {
        if (!isEnvelope(bytes)) {
            ++r.skipped;
            return true;
        }
        std::string plain = sealer.open(bytes);
        if (!dryRun) {
            SaveResult w = writeFileAtomic(path, plain, false);
            if (!w.ok) {
                r.ok = false;
                r.error = w.error;
                return false;
            }
        }
        ++r.changed;
        return true;
    });
}

bool readMaybeSealedFile(const std::string& path, Sealer* sealer, std::string& bytes, std::string& error) {
    std::string raw;
    if (!readFile(path, raw, error, kMaxCompanionBytes)) return false;
    if (!isEnvelope(raw)) {
        bytes = std::move(raw);
        return true;
    }
    if (!sealer) {
        error = path + ": this file is locked with a passphrase";
        return false;
    }
    try {
        bytes = sealer->open(raw);
    } catch (const SealError& e) {
        error = path + ": " + e.what();
        return false;
    }
    return true;
}

bool writeMaybeSealedFile(const std::string& path, const std::string& bytes, Sealer* sealer, std::string& error) {
    std::string out;
    try {
        out = sealer ? sealer->seal(bytes) : bytes;
    } catch (const SealError& e) {
        error = path + ": " + e.what();
        return false;
    }
    SaveResult w = writeFileAtomic(path, out, false);
    if (!w.ok) error = w.error;
    return w.ok;
}

}  // namespace doorway
