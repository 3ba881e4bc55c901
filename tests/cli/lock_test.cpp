// doorway lock / unlock end to end: round trips, refusals that leave the
// file untouched, passphrases on a file descriptor, exit codes.
#include "core/journal.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <cstdio>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;
namespace json = boost::json;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::runDoorway;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

const char* kFast = "DOORWAY_TEST_FAST_KDF=1";

std::string exampleText() {
    std::string t = readText(doorway::test::sourcePath("workbooks/example.json"));
    if (!t.empty()) return t;
    // The bundled example is the real test; this keeps the file meaningful
    // if it is ever missing.
    return "{\n  \"format\": \"doorway-workbook\",\n  \"version\": 1,\n  \"created\": \"2026-01-02T03:04:05Z\",\n"
           "  \"modified\": \"2026-01-02T03:04:05Z\",\n  \"title\": \"Notes on how we argue about money\",\n"
           "  \"answers\": {\"pattern\": {\"what\": \"We circle the same fight every Sunday night\"}}\n}\n";
}

doorway::test::RunResult runLock(const std::string& file, const std::string& pass, bool fast = true) {
    return runDoorway("lock " + quote(file) + " --passphrase-fd 0", pass, fast ? kFast : "");
}
doorway::test::RunResult runUnlock(const std::string& file, const std::string& pass) {
    return runDoorway("unlock " + quote(file) + " --passphrase-fd 0", pass);
}

void collectStrings(const json::value& v, std::set<std::string>& out) {
    if (v.is_string())
        out.insert(std::string(v.get_string()));
    else if (v.is_array())
        for (const auto& e : v.get_array()) collectStrings(e, out);
    else if (v.is_object())
        for (const auto& kv : v.get_object()) collectStrings(kv.value(), out);
}

// Rewrites one base64 field (or number) of a sealed file with one bit flipped.
std::string flip(const std::string& sealed, const std::string& field, bool inKdf) {
    json::value doc = json::parse(sealed);
    json::object& o = inKdf ? doc.at("kdf").as_object() : doc.as_object();
    json::value& v = o.at(field);
    if (v.is_string()) {
        std::string s(v.get_string());
        // Flip a bit of the decoded bytes by swapping one base64 digit for
        // its neighbour (A<->B, ...), away from the padding.
        size_t i = s.size() / 3;
        s[i] = s[i] == 'A' ? 'B' : 'A';
        v = json::string(s);
    } else {
        v = v.to_number<std::uint64_t>() ^ 1u;
    }
    return json::serialize(doc);
}

}  // namespace

TEST_CASE("lock then unlock gives back the file byte for byte, takes included", "[cli][privacy][seal]") {
    TempDir dir;
    std::string wb = dir.file("book.json"), original = exampleText();
    writeText(wb, original);
    writeText(wb + ".bak", original);
    writeText(wb + ".v1.bak", original);
    fs::create_directory(dir.file("book.takes"));
    std::string audio = "RIFF";
    for (int i = 0; i < 4000; ++i) audio.push_back(char(i * 31 % 251));
    writeText(dir.file("book.takes/take-1.wav"), audio);

    auto r = runLock(wb, "river stone lantern\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("cannot be opened again"));  // the plain warning
    CHECK_THAT(r.out, Catch::Contains("locked"));
    CHECK_THAT(r.out, Catch::Contains("Removed the unlocked backup"));
    CHECK_FALSE(fs::exists(wb + ".bak"));
    CHECK_FALSE(fs::exists(wb + ".v1.bak"));
    std::string sealed = readText(wb);
    CHECK(sealed.find("\"doorway-sealed\"") != std::string::npos);
    std::string sealedTake = readText(dir.file("book.takes/take-1.wav"));
    CHECK(sealedTake.find("\"doorway-sealed\"") != std::string::npos);
    // A WAV's header, not "RIFF" alone: four letters turn up by chance in
    // about one sealed (base64) take in 600.
    CHECK(sealedTake.find("WAVEfmt ") == std::string::npos);

    // None of the workbook's words are in the sealed file.
    std::set<std::string> strings;
    collectStrings(json::parse(original), strings);
    int checked = 0;
    for (const std::string& s : strings) {
        if (s.size() < 6) continue;  // short ones could appear in base64 noise by chance
        INFO(s);
        CHECK(sealed.find(s) == std::string::npos);
        ++checked;
    }
    CHECK(checked >= 1);
    CHECK(sealed.find("\"title\"") == std::string::npos);

    // Only sealed files are left in the folder (the lock sidecar is empty).
    for (const auto& e : fs::recursive_directory_iterator(dir.path())) {
        if (!e.is_regular_file()) continue;
        std::string t = readText(e.path().string());
        INFO(e.path());
        CHECK((t.empty() || t.find("\"doorway-sealed\"") != std::string::npos));
    }

    r = runUnlock(wb, "river stone lantern\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(readText(wb) == original);
    CHECK(readText(dir.file("book.takes/take-1.wav")) == audio);
}

TEST_CASE("wrong passphrase and altered files are refused and left untouched", "[cli][privacy][seal]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    writeText(wb, exampleText());
    REQUIRE(runLock(wb, "the right words\n").exitCode == 0);
    const std::string sealed = readText(wb);

    auto r = runUnlock(wb, "the wrong words\n");
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("wrong passphrase"));
    CHECK(readText(wb) == sealed);

    for (auto [field, inKdf] : std::vector<std::pair<std::string, bool>>{
             {"ciphertext", false}, {"nonce", false}, {"salt", true}, {"opslimit", true}, {"memlimit", true}}) {
        INFO(field);
        std::string altered = flip(sealed, field, inKdf);
        REQUIRE(altered != sealed);
        writeText(wb, altered);
        r = runUnlock(wb, "the right words\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("damaged or altered"));
        CHECK(readText(wb) == altered);
    }
    // A raw flipped byte in the middle of the file.
    std::string raw = sealed;
    raw[raw.size() * 2 / 3] ^= 0x01;
    writeText(wb, raw);
    r = runUnlock(wb, "the right words\n");
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("damaged or altered"));
    CHECK(readText(wb) == raw);
}

TEST_CASE("lock and unlock refuse what they can't do, with clear messages", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);

    SECTION("not locked") {
        auto r = runUnlock(wb, "x\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("not locked"));
        CHECK(readText(wb) == original);
    }
    SECTION("already locked") {
        REQUIRE(runLock(wb, "p\n").exitCode == 0);
        std::string sealed = readText(wb);
        auto r = runLock(wb, "p\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("already locked"));
        CHECK(readText(wb) == sealed);
    }
    SECTION("empty passphrase, or no input at all") {
        for (const char* in : {"\n", "", "\r\n"}) {
            auto r = runLock(wb, in);
            CHECK(r.exitCode == 1);
            CHECK_THAT(r.err, Catch::Contains("passphrase"));
            CHECK(readText(wb) == original);
        }
    }
    SECTION("not a workbook, missing file") {
        std::string other = dir.file("notes.txt");
        writeText(other, "just some text");
        auto r = runLock(other, "p\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("notes.txt"));
        CHECK(readText(other) == "just some text");
        r = runLock(dir.file("missing.json"), "p\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("missing.json"));
    }
    SECTION("usage errors exit 2") {
        CHECK(runDoorway("lock").exitCode == 2);
        CHECK(runDoorway("unlock").exitCode == 2);
        CHECK(runDoorway("lock " + quote(wb) + " --passphrase-fd").exitCode == 2);
        CHECK(runDoorway("lock " + quote(wb) + " --passphrase-fd seven").exitCode == 2);
        CHECK(runDoorway("lock " + quote(wb) + " --passphrase-fd 97").exitCode == 2);  // not open
        CHECK(runDoorway("lock " + quote(wb) + " --frobnicate").exitCode == 2);
        CHECK(runDoorway("lock " + quote(wb) + " " + quote(wb)).exitCode == 2);
        CHECK(readText(wb) == original);
    }
    SECTION("takes locked with another passphrase stop the lock before the workbook changes") {
        fs::create_directory(dir.file("w.takes"));
        std::string other = dir.file("other.json");
        writeText(other, original);
        fs::create_directory(dir.file("other.takes"));
        writeText(dir.file("other.takes/a.wav"), "RIFF audio");
        REQUIRE(runLock(other, "first\n").exitCode == 0);
        fs::copy_file(dir.file("other.takes/a.wav"), dir.file("w.takes/a.wav"));
        auto r = runLock(wb, "second\n");
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("a.wav"));
        CHECK(readText(wb) == original);
    }
}

TEST_CASE("the passphrase line end is not part of the passphrase", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    // Locked with a CRLF line: the same words with a plain LF open it.
    REQUIRE(runLock(wb, "with spaces inside  \r\n").exitCode == 0);
    CHECK(runUnlock(wb, "with spaces inside\n").exitCode == 1);  // trailing spaces are part of it
    REQUIRE(runUnlock(wb, "with spaces inside  \n").exitCode == 0);
    // Locked with a LF line: the words with no line end at all open it, and
    // only the first line counts.
    REQUIRE(runLock(wb, "second try\n").exitCode == 0);
    CHECK(runUnlock(wb, "second try\nsecond try\n").exitCode == 0);
    REQUIRE(runLock(wb, "third\n").exitCode == 0);
    CHECK(runUnlock(wb, "third").exitCode == 0);
    CHECK(readText(wb) == original);
}

TEST_CASE("lock refuses a passphrase nobody could type, and changes nothing", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    for (const std::string& pass :
         {std::string("open\0sesame\n", 12), std::string("\xff\xfe bytes\n"), std::string("esc\x1b aped\n")}) {
        auto r = runLock(wb, pass);
        INFO(r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find("no keyboard types") != std::string::npos);
        CHECK(readText(wb) == original);
    }
    // Letters of any script are typed: those lock (and open) as ever.
    REQUIRE(runLock(wb, "\xc3\xa9t\xc3\xa9 \xe2\x98\x95 sur la terrasse\n").exitCode == 0);
    REQUIRE(runUnlock(wb, "\xc3\xa9t\xc3\xa9 \xe2\x98\x95 sur la terrasse\n").exitCode == 0);
    CHECK(readText(wb) == original);
}

TEST_CASE("lock names a journal set aside in plain text beside the workbook, and leaves it", "[cli][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    const std::string aside = wb + ".journal.unused", words = "{\"format\":\"doorway-journal\",\"version\":1}\n";
    writeText(aside, words);
    auto r = runLock(wb, "long enough pass phrase\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.find(aside) != std::string::npos);
    CHECK(r.err.find("plain text") != std::string::npos);
    CHECK(readText(aside) == words);  // never deleted: its edits may be the only copy
    // Without one, lock says nothing of the kind.
    REQUIRE(runUnlock(wb, "long enough pass phrase\n").exitCode == 0);
    std::filesystem::remove(aside);
    CHECK(runLock(wb, "long enough pass phrase\n").err.find("set aside") == std::string::npos);
}

TEST_CASE("lock at the real Argon2id limits round-trips", "[cli][privacy][seal][slow]") {
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    REQUIRE(runLock(wb, "real limits\n", false).exitCode == 0);
    json::value env = json::parse(readText(wb));
    CHECK(env.at("kdf").at("memlimit").to_number<std::uint64_t>() >= (std::uint64_t(64) << 20));
    CHECK(env.at("kdf").at("opslimit").to_number<std::uint64_t>() >= 2);
    auto r = runUnlock(wb, "real limits\n");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(readText(wb) == original);
}

TEST_CASE("lock refuses a journal it can't fold before it asks for a passphrase", "[cli][privacy]") {
    // A damaged record with edits after it: folding would lose them, so lock
    // refuses. It used to ask for the passphrase twice (and derive the key)
    // first, and only then say no.
    TempDir dir;
    std::string wb = dir.file("w.json"), original = exampleText();
    writeText(wb, original);
    char base[17];
    std::snprintf(base, sizeof base, "%016llx", static_cast<unsigned long long>(doorway::contentHash(original)));
    const std::string journal = wb + ".journal",
                      records = std::string("{\"format\":\"doorway-journal\",\"version\":1,\"base\":\"") + base +
                                "\",\"sealed\":false}\n{\"n\":1,\"op\":\"explode\"}\n{\"n\":2,\"op\":\"explode\"}\n";
    writeText(journal, records);
    // No descriptor: a passphrase would be asked on the terminal.
    auto r = runDoorway("lock " + quote(wb), "", kFast);
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("would be lost"));
    CHECK_THAT(r.err, Catch::Contains(journal));
    CHECK(r.err.find("Passphrase") == std::string::npos);
    CHECK(r.err.find("Locking") == std::string::npos);
    CHECK(readText(wb) == original);
    CHECK(readText(journal) == records);
}
