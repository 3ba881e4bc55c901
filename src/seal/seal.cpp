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
#include "seal/wipe.hpp"

#include "core/backups.hpp"
#include "core/paths.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace doorway {

namespace {

constexpr const char* kFormat = kSealedFormat;
constexpr const char* kAlg = "argon2id13";
constexpr const char* kCipher = "xchacha20poly1305-ietf";
constexpr const char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "doorwayS";
constexpr const char* kCheckConstant = "doorway key check v1";
constexpr size_t kKeyBytes = 32;
constexpr size_t kCheckBytes = 16;
constexpr size_t kDigestBytes = 32;
// The cost read from a file must be one Doorway writes: at least the
// test hook's minimum, at most the production cost. Anything else is damage
// or mischief (16 passes over 1 GiB would keep the machine busy for half a
// minute before "wrong passphrase"), refused before any work.
constexpr std::uint64_t kMinOps = crypto_pwhash_OPSLIMIT_MIN;
constexpr std::uint64_t kMaxOps = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr std::uint64_t kMinMem = crypto_pwhash_MEMLIMIT_MIN;
constexpr std::uint64_t kMaxMem = crypto_pwhash_MEMLIMIT_MODERATE;
constexpr int kB64 = sodium_base64_VARIANT_ORIGINAL;

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes);
static_assert(crypto_kdf_KEYBYTES == kKeyBytes);
// The size bound in core/limits.hpp counts on this tag length.
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kSealTagBytes);

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

bool fromB64(std::string_view s, Bytes& out) {
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

// An envelope as read: `doc` owns the strings the views point into (so a
// large ciphertext is not copied again).
struct Envelope {
    json::value doc;
    std::int64_t version = 0;
    std::uint64_t ops = 0, mem = 0;
    std::string_view salt, nonce, check, digest, ciphertext;  // base64 as written
};

// The associated data: every field but the ciphertext, in a fixed order,
// independent of how the JSON happens to be spaced.
std::string headerOf(std::int64_t version, std::uint64_t ops, std::uint64_t mem, std::string_view salt,
                     std::string_view nonce, std::string_view check) {
    return std::string(kFormat) + "|" + std::to_string(version) + "|" + kAlg + "|" + std::to_string(ops) + "|" +
           std::to_string(mem) + "|" + std::string(salt) + "|" + kCipher + "|" + std::string(nonce) + "|" +
           std::string(check);
}

Bytes digestOf(const std::string& header, std::string_view ciphertextB64) {
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

struct SealedParts {
    std::uint64_t ops = 0, mem = 0;
    std::string salt, nonce, check, digest, ciphertext;  // base64
};

std::string serialize(const SealedParts& e) {
    // One field a line: still a readable JSON file, and nothing in it but
    // parameters and noise.
    std::string out;
    out.reserve(e.ciphertext.size() + 512);
    out += std::string("{\n") + "  \"format\": \"" + kFormat + "\",\n" +
           "  \"version\": " + std::to_string(kSealedVersion) + ",\n" + "  \"kdf\": {\"alg\": \"" + kAlg +
           "\", \"opslimit\": " + std::to_string(e.ops) + ", \"memlimit\": " + std::to_string(e.mem) +
           ", \"salt\": \"" + e.salt + "\"},\n" + "  \"cipher\": \"" + kCipher + "\",\n" + "  \"nonce\": \"" + e.nonce +
           "\",\n" + "  \"check\": \"" + e.check + "\",\n" + "  \"digest\": \"" + e.digest + "\",\n" +
           "  \"ciphertext\": \"";
    out += e.ciphertext;
    out += "\"\n}\n";
    return out;
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

std::string costText(std::uint64_t ops, std::uint64_t mem) {
    return std::to_string(ops) + (ops == 1 ? " pass" : " passes") + " over " + groupedNumber(mem) + " bytes";
}

void parseEnvelope(const std::string& text, Envelope& e) {
    boost::system::error_code ec;
    e.doc = json::parse(text, ec);
    if (ec || !e.doc.is_object()) damaged("it is not a complete sealed file");
    const json::object& o = e.doc.get_object();
    if (stringField(o, "format", "format id") != kFormat) damaged("it is not a sealed Doorway file");
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
    // Before anything else is decoded or hashed: the cost is the one thing
    // a doctored file could make expensive.
    if (e.ops < kMinOps || e.ops > kMaxOps || e.mem < kMinMem || e.mem > kMaxMem)
        damaged("its key settings ask for " + costText(e.ops, e.mem) + "; Doorway locks with at most " +
                costText(kMaxOps, kMaxMem) + ", so it is not opened");
    e.salt = stringField(k, "salt", "salt");
    if (stringField(o, "cipher", "cipher") != kCipher) damaged("its cipher is unknown");
    e.nonce = stringField(o, "nonce", "nonce");
    e.check = stringField(o, "check", "key check");
    e.digest = stringField(o, "digest", "digest");
    e.ciphertext = stringField(o, "ciphertext", "ciphertext");
}

class PassphraseSealer final : public Sealer {
public:
    PassphraseSealer(std::string& passphrase, const SealLimits& limits) : m_pass(passphrase.size()), m_limits(limits) {
        std::memcpy(m_pass.data(), passphrase.data(), passphrase.size());
        wipeString(passphrase);
        passphrase.clear();
    }

    std::string seal(const std::string& plaintext) override {
        ensureSodium();
        // Nothing is sealed that could not be read back: readers accept
        // the envelope of at most kMaxSealedPlainBytes (core/limits.hpp).
        if (plaintext.size() > kMaxSealedPlainBytes)
            throw SealError("too large to lock (" + sizeAgainstLimit(plaintext.size(), kMaxSealedPlainBytes) + ")");
        if (!m_key) {
            Bytes salt(crypto_pwhash_SALTBYTES);
            randombytes_buf(salt.data(), salt.size());
            m_key = derive(salt, m_limits.opslimit, m_limits.memlimit);
        }
        SealedParts e;
        e.ops = m_key->ops;
        e.mem = m_key->mem;
        e.salt = toB64(m_key->salt.data(), m_key->salt.size());
        unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
        randombytes_buf(nonce, sizeof nonce);  // random per save: 192 bits never repeat in practice
        e.nonce = toB64(nonce, sizeof nonce);
        e.check = toB64(m_key->check, kCheckBytes);
        std::string header = headerOf(kSealedVersion, e.ops, e.mem, e.salt, e.nonce, e.check);
        Bytes ct(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        unsigned long long ctLen = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            ct.data(), &ctLen, reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
            reinterpret_cast<const unsigned char*>(header.data()), header.size(), nullptr, nonce, m_key->enc.data());
        e.ciphertext = toB64(ct.data(), size_t(ctLen));
        Bytes().swap(ct);
        Bytes d = digestOf(header, e.ciphertext);
        e.digest = toB64(d.data(), d.size());
        std::string out = serialize(e);
        if (out.size() > sealedSizeBound(plaintext.size()))  // the bound every reader relies on
            throw SealError("the sealed text is larger than Doorway's readers allow (" +
                            sizeAgainstLimit(out.size(), sealedSizeBound(plaintext.size())) + ")");
        return out;
    }

    std::string open(const std::string& sealedText) override {
        ensureSodium();
        Envelope e;
        parseEnvelope(sealedText, e);  // the key cost is checked first, before any work
        Bytes salt, nonce, check, digest, ct;
        if (!fromB64(e.salt, salt) || salt.size() != crypto_pwhash_SALTBYTES) damaged("its salt is not valid");
        if (!fromB64(e.nonce, nonce) || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
            damaged("its nonce is not valid");
        if (!fromB64(e.check, check) || check.size() != kCheckBytes) damaged("its key check is not valid");
        if (!fromB64(e.digest, digest) || digest.size() != kDigestBytes) damaged("its digest is not valid");
        std::string header = headerOf(e.version, e.ops, e.mem, e.salt, e.nonce, e.check);
        Bytes want = digestOf(header, e.ciphertext);
        if (sodium_memcmp(want.data(), digest.data(), kDigestBytes) != 0) damaged("its digest does not match");
        if (!fromB64(e.ciphertext, ct) || ct.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
            damaged("its content is not valid");
        e.doc = nullptr;  // the base64 is not needed any more; large takes are large

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
            wipeString(plain);
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

// The first bytes of a file, to tell a sealed one from a recording
// without reading it all.
std::string headOf(const std::string& path) {
    std::string head;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return head;
    head.resize(1024);
    head.resize(std::fread(head.data(), 1, head.size(), f));
    std::fclose(f);
    return head;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

void addProblem(FolderSealResult& r, const std::string& problem) {
    r.ok = false;
    r.problems.push_back(problem);
    r.error = joinLines(r.problems);
}

}  // namespace

TakesScan scanTakesFolder(const std::string& dir) {
    TakesScan scan;
    std::error_code ec;
    fs::file_status top = fs::symlink_status(dir, ec);
    if (ec || !fs::exists(top)) return scan;
    if (fs::is_symlink(top)) {
        scan.problems.push_back(dir +
                                ": the recordings folder is a symbolic link; Doorway only locks a real folder "
                                "beside the workbook (replace the link with the folder itself)");
        return scan;
    }
    if (!fs::is_directory(top)) {
        scan.problems.push_back(dir + ": is not a folder (recordings live in a folder of this name)");
        return scan;
    }
    // Never follows links: a link could lead out of the folder, and sealing
    // through it would change a file that is not the workbook's.
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code e2;
        fs::file_status st = it->symlink_status(e2);
        const std::string path = it->path().string();
        if (fs::is_directory(st)) continue;
        if (fs::is_symlink(st)) {
            std::string to = fs::read_symlink(it->path(), e2).string();
            scan.problems.push_back(path + ": is a symbolic link" + (to.empty() ? "" : " (to " + to + ")") +
                                    "; Doorway locks only recordings kept in the folder itself, so move the "
                                    "recording here or remove the link");
        } else if (!fs::is_regular_file(st)) {
            scan.problems.push_back(path + ": is not a regular file (a device, pipe or socket), so it can't be locked");
        } else {
            std::uint64_t size = it->file_size(e2);
            bool sealed = size > kMaxTakeBytes && looksLikeSealedFile(headOf(path));
            if (!e2 && (size > kMaxTakeFileBytes || (size > kMaxTakeBytes && !sealed)))
                scan.tooLarge.push_back({path, size, sealed});
            else
                scan.files.push_back(path);
        }
    }
    if (ec) scan.problems.push_back(dir + ": cannot list (" + ec.message() + ")");
    std::sort(scan.files.begin(), scan.files.end());
    return scan;
}

std::vector<std::string> lockProblems(const TakesScan& scan) {
    std::vector<std::string> out = scan.problems;
    for (const TakesScan::TooLarge& t : scan.tooLarge)
        out.push_back(t.path + ": too large to lock (" + sizeAgainstLimit(t.size, kMaxTakeBytes) +
                      "); move it out of the folder or delete it");
    return out;
}

std::vector<std::string> sealedFilesIn(const std::string& dir) {
    std::vector<std::string> out;
    for (const std::string& f : scanTakesFolder(dir).files)
        if (looksLikeSealedFile(headOf(f))) out.push_back(f);
    return out;
}

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
        wipeString(passphrase);
        passphrase.clear();
        throw SealError("the passphrase is longer than 4096 bytes");
    }
    return std::make_unique<PassphraseSealer>(passphrase, limits);
}

std::unique_ptr<Sealer> makePassphraseSealer(std::string& passphrase) {
    return makePassphraseSealer(passphrase, defaultSealLimits());
}

std::vector<std::string> plaintextBackupsFor(const std::string& workbookPath) {
    return backupFilesFor(workbookPath);  // a save of a sealed workbook keeps none, so every one is plaintext
}

FolderSealResult sealFolderFiles(const std::string& dir, Sealer& sealer) {
    FolderSealResult r;
    TakesScan scan = scanTakesFolder(dir);
    for (const std::string& p : lockProblems(scan)) addProblem(r, p);
    if (!r.ok) return r;  // refused before anything changed
    for (const std::string& path : scan.files) {
        std::string bytes, err;
        if (!readRegularFile(path, bytes, err, kMaxTakeFileBytes, "a recording")) {
            addProblem(r, err);
            return r;
        }
        try {
            if (isEnvelope(bytes)) {
                std::string plain = sealer.open(bytes);  // must open with this passphrase too
                wipeString(plain);
                ++r.skipped;
            } else {
                std::string sealed = sealer.seal(bytes);
                wipeString(bytes);
                SaveResult w = writeFileAtomic(path, sealed, false);
                if (!w.ok) {
                    addProblem(r, w.error);
                    return r;
                }
                ++r.changed;
            }
        } catch (const SealError& e) {
            addProblem(r, path + ": " + e.what());
            return r;
        }
    }
    return r;
}

FolderSealResult unsealFolderFiles(const std::string& dir, Sealer& sealer, bool dryRun) {
    FolderSealResult r;
    // Links and devices were never sealed by Doorway; only recordings are
    // opened. One that fails is named and stays sealed; the others go on.
    TakesScan scan = scanTakesFolder(dir);
    for (const TakesScan::TooLarge& t : scan.tooLarge)
        addProblem(r, t.path + ": too large to be a recording (" + sizeAgainstLimit(t.size, kMaxTakeFileBytes) +
                          "); it stays as it is");
    for (const std::string& path : scan.files) {
        std::string bytes, err;
        if (!readRegularFile(path, bytes, err, kMaxTakeFileBytes, "a recording")) {
            addProblem(r, err + "; it stays as it is");
            continue;
        }
        if (!isEnvelope(bytes)) {
            // Sealed once, and damaged since: it names the envelope's format
            // but no longer reads as one. Not a recording to leave be quietly.
            const size_t i = bytes.find_first_not_of(" \t\r\n");
            if (i != std::string::npos && bytes[i] == '{' && bytes.find(kSealedFormat) != std::string::npos) {
                addProblem(
                    r, path + ": a locked recording that is damaged (it no longer reads as one); it stays as it is");
                continue;
            }
            ++r.skipped;
            continue;
        }
        std::string plain;
        try {
            plain = sealer.open(bytes);
        } catch (const SealError& e) {
            addProblem(r, path + ": " + e.what() + "; it stays locked");
            continue;
        }
        if (!dryRun) {
            SaveResult w = writeFileAtomic(path, plain, false);
            if (!w.ok) {
                wipeString(plain);
                addProblem(r, w.error + "; it stays locked");
                continue;
            }
        }
        wipeString(plain);
        ++r.changed;
    }
    return r;
}

bool readMaybeSealedFile(const std::string& path, Sealer* sealer, std::string& bytes, std::string& error) {
    std::string raw;
    if (!readRegularFile(path, raw, error, kMaxTakeFileBytes, "a recording")) return false;
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
    // Past this, locking the workbook later could not seal it.
    if (bytes.size() > kMaxTakeBytes) {
        error = path + ": too large to keep with the workbook (" + sizeAgainstLimit(bytes.size(), kMaxTakeBytes) +
                "); nothing was written";
        return false;
    }
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
