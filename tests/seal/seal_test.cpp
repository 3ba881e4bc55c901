// The passphrase sealer: round trips, no plaintext, wrong passphrase vs
// damage, the test-only fast KDF hook, companion files (takes).
#include "seal/seal.hpp"
#include "core/document.hpp"
#include "core/paths.hpp"
#include "core/storage.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace doorway;
using doorway::test::TempDir;

namespace {

SealLimits fast() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

std::unique_ptr<Sealer> sealerFor(std::string pass, SealLimits limits = fast()) {
    return makePassphraseSealer(pass, limits);
}

std::string sealError(Sealer& s, const std::string& text) {
    try {
        s.open(text);
    } catch (const SealError& e) {
        return e.what();
    }
    return "(opened)";
}

// A workbook with distinctive strings everywhere a person writes.
Workbook richWorkbook() {
    Workbook wb = newWorkbook("Private notes about Sam and me", "2026-03-14T09:26:53Z");
    wb.answers["pattern"]["what_happens"] = json::value("When I bring up counselling he goes quiet for days");
    wb.answers["pattern"]["my_part"] = json::value("I raise it late at night when we are both tired");
    wb.answers["invitation"]["draft"] = json::value("Would you come with me once, just to see what it is like?");
    wb.answers["invitation"]["list"] = json::array{"Sunday morning walk", "after the kids sleep"};
    Take t;
    t.id = "take-20260314-101010";
    t.time = "2026-03-14T10:10:10Z";
    t.mode = "typed";
    t.text = "I miss how we used to talk and I want us to have help with it";
    t.band = "invitation";
    t.audio = "take-20260314-101010.wav";
    wb.takes.push_back(t);
    DoorOffer d;
    d.id = "offer-1";
    d.date = "2026-03-15";
    d.door = "book_together";
    d.response = "counter_offered";
    d.note = "He said maybe a book first, which felt like a start";
    wb.doors.push_back(d);
    return wb;
}

void collectStrings(const json::value& v, std::set<std::string>& out) {
    if (v.is_string())
        out.insert(std::string(v.get_string()));
    else if (v.is_array())
        for (const auto& e : v.get_array()) collectStrings(e, out);
    else if (v.is_object())
        for (const auto& kv : v.get_object()) {
            collectStrings(kv.value(), out);
        }
}

// Field of an envelope, decoded; the envelope rewritten with one bit of it flipped.
std::string flipInField(const std::string& text, const std::string& field, bool inKdf) {
    json::value doc = json::parse(text);
    json::object& o = inKdf ? doc.at("kdf").as_object() : doc.as_object();
    json::value& v = o.at(field);
    if (v.is_string()) {
        std::string b64(v.get_string());
        std::vector<unsigned char> bin(b64.size());
        size_t len = 0;
        REQUIRE(sodium_base642bin(bin.data(), bin.size(), b64.data(), b64.size(), nullptr, &len, nullptr,
                                  sodium_base64_VARIANT_ORIGINAL) == 0);
        bin[len / 2] ^= 0x01;
        std::string out(sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL), '\0');
        sodium_bin2base64(out.data(), out.size(), bin.data(), len, sodium_base64_VARIANT_ORIGINAL);
        out.resize(out.size() - 1);
        v = json::string(out);
    } else {
        v = v.to_number<std::uint64_t>() ^ 1u;
    }
    return json::serialize(doc);
}

}  // namespace

TEST_CASE("sealing round-trips any bytes and the envelope has the agreed shape", "[seal]") {
    auto s = sealerFor("correct horse battery staple");
    std::string plain = serializePretty(workbookToJson(richWorkbook()));
    std::string sealed = s->seal(plain);
    CHECK(looksSealed(sealed));
    CHECK(s->open(sealed) == plain);
    // A fresh sealer with the same passphrase (a new session) opens it too.
    CHECK(sealerFor("correct horse battery staple")->open(sealed) == plain);

    json::value env = json::parse(sealed);
    const json::object& o = env.as_object();
    CHECK(o.at("format") == "doorway-sealed");
    CHECK(o.at("version") == 1);
    CHECK(o.at("cipher") == "xchacha20poly1305-ietf");
    CHECK(o.at("kdf").at("alg") == "argon2id13");
    CHECK(o.at("kdf").at("opslimit").to_number<std::uint64_t>() == crypto_pwhash_OPSLIMIT_MIN);
    CHECK(o.at("kdf").at("memlimit").to_number<std::uint64_t>() == crypto_pwhash_MEMLIMIT_MIN);
    for (const char* k : {"nonce", "ciphertext", "check", "digest"}) CHECK(o.at(k).is_string());
    CHECK(o.at("kdf").at("salt").is_string());
    // Nothing else: no title, no dates.
    std::set<std::string> keys;
    for (const auto& kv : o) keys.insert(std::string(kv.key()));
    CHECK(keys ==
          std::set<std::string>{"format", "version", "kdf", "cipher", "nonce", "check", "digest", "ciphertext"});

    // Binary content (a recording) survives too, including NUL bytes.
    std::string bin;
    for (int i = 0; i < 5000; ++i) bin.push_back(char(i * 37 % 256));
    CHECK(s->open(s->seal(bin)) == bin);
    CHECK(s->open(s->seal("")).empty());
}

TEST_CASE("each save uses a fresh nonce, the salt stays with the key", "[seal]") {
    auto s = sealerFor("pass phrase");
    json::value a = json::parse(s->seal("same text"));
    json::value b = json::parse(s->seal("same text"));
    CHECK(a.at("nonce") != b.at("nonce"));
    CHECK(a.at("ciphertext") != b.at("ciphertext"));
    CHECK(a.at("kdf").at("salt") == b.at("kdf").at("salt"));
    // Another sealer, another salt.
    json::value c = json::parse(sealerFor("pass phrase")->seal("same text"));
    CHECK(a.at("kdf").at("salt") != c.at("kdf").at("salt"));
}

TEST_CASE("the sealed text contains none of the workbook's strings", "[seal][privacy]") {
    std::vector<Workbook> books{richWorkbook()};
    if (fs::exists(exampleWorkbookPath())) {
        LoadResult r = loadWorkbookFile(exampleWorkbookPath());
        REQUIRE(r.ok);
        books.push_back(r.workbook);
    }
    auto s = sealerFor("a long and private passphrase");
    for (const Workbook& wb : books) {
        std::string plain = serializePretty(workbookToJson(wb));
        std::string sealed = s->seal(plain);
        std::set<std::string> strings;
        collectStrings(workbookToJson(wb), strings);
        strings.insert(wb.title);
        int checked = 0;
        for (const std::string& str : strings) {
            // Six characters or more: shorter ones can turn up in base64 noise by chance.
            if (str.size() < 6) continue;
            INFO(str);
            CHECK(sealed.find(str) == std::string::npos);
            ++checked;
        }
        CHECK(checked >= 5);
        for (const char* key : {"\"title\"", "\"answers\"", "\"created\"", "\"modified\"", "\"takes\""})
            CHECK(sealed.find(key) == std::string::npos);
    }
}

TEST_CASE("a wrong passphrase is told apart from damage", "[seal]") {
    auto s = sealerFor("right one");
    std::string sealed = s->seal("{\"secret\": true}");
    CHECK(sealError(*sealerFor("wrong one"), sealed) == "wrong passphrase");
    CHECK(sealError(*sealerFor("Right one"), sealed) == "wrong passphrase");

    SECTION("a flipped bit in any field is damage, not a wrong passphrase") {
        for (auto [field, inKdf] : std::vector<std::pair<std::string, bool>>{{"ciphertext", false},
                                                                             {"nonce", false},
                                                                             {"check", false},
                                                                             {"digest", false},
                                                                             {"salt", true},
                                                                             {"opslimit", true},
                                                                             {"memlimit", true}}) {
            INFO(field);
            std::string altered = flipInField(sealed, field, inKdf);
            REQUIRE(altered != sealed);
            CHECK_THAT(sealError(*s, altered), Catch::Contains("damaged or altered"));
            CHECK_THAT(sealError(*sealerFor("right one"), altered), Catch::Contains("damaged or altered"));
        }
    }
    SECTION("every single-bit flip anywhere in the file is refused as damage") {
        for (size_t i = 0; i < sealed.size(); ++i) {
            std::string altered = sealed;
            altered[i] = char(altered[i] ^ 0x01);
            INFO("byte " << i << " '" << sealed[i] << "'");
            CHECK_THAT(sealError(*s, altered), Catch::Contains("damaged or altered"));
        }
    }
    SECTION("rewriting the parameters and the digest is still refused") {
        // Someone who recomputes the unkeyed digest gets past the damage
        // check, but the key (and the authenticated header) no longer fit.
        json::value doc = json::parse(sealed);
        doc.at("kdf").as_object()["opslimit"] = 2;
        std::string e = sealError(*s, json::serialize(doc));
        CHECK(e != "(opened)");
    }
    SECTION("truncated, empty, not JSON, wrong types") {
        CHECK_THAT(sealError(*s, sealed.substr(0, sealed.size() / 2)), Catch::Contains("damaged or altered"));
        CHECK_THAT(sealError(*s, ""), Catch::Contains("damaged or altered"));
        CHECK_THAT(sealError(*s, "[\"doorway-sealed\"]"), Catch::Contains("damaged or altered"));
        json::value doc = json::parse(sealed);
        doc.at("kdf").as_object()["memlimit"] = "lots";
        CHECK_THAT(sealError(*s, json::serialize(doc)), Catch::Contains("damaged or altered"));
        doc = json::parse(sealed);
        doc.at("kdf").as_object()["memlimit"] = std::uint64_t(1) << 40;  // would exhaust the machine
        CHECK_THAT(sealError(*s, json::serialize(doc)), Catch::Contains("damaged or altered"));
        doc = json::parse(sealed);
        doc.as_object().erase("check");
        CHECK_THAT(sealError(*s, json::serialize(doc)), Catch::Contains("damaged or altered"));
    }
    SECTION("a newer envelope version says so") {
        json::value doc = json::parse(sealed);
        doc.as_object()["version"] = 2;
        CHECK_THAT(sealError(*s, json::serialize(doc)), Catch::Contains("too new"));
    }
}

TEST_CASE("the passphrase is wiped from the caller's string, empty is refused", "[seal]") {
    std::string pass = "wipe me please";
    auto s = makePassphraseSealer(pass, fast());
    CHECK(pass.empty());
    std::string empty;
    CHECK_THROWS_AS(makePassphraseSealer(empty, fast()), SealError);
}

TEST_CASE("the fast KDF hook is test-only and explicit", "[seal]") {
    ::unsetenv("DOORWAY_TEST_FAST_KDF");
    CHECK(defaultSealLimits().opslimit == productionSealLimits().opslimit);
    CHECK(defaultSealLimits().memlimit == productionSealLimits().memlimit);
    ::setenv("DOORWAY_TEST_FAST_KDF", "yes", 1);  // only exactly "1" counts
    CHECK(defaultSealLimits().memlimit == productionSealLimits().memlimit);
    ::setenv("DOORWAY_TEST_FAST_KDF", "1", 1);
    CHECK(defaultSealLimits().opslimit == crypto_pwhash_OPSLIMIT_MIN);
    CHECK(defaultSealLimits().memlimit == crypto_pwhash_MEMLIMIT_MIN);
    ::unsetenv("DOORWAY_TEST_FAST_KDF");
    CHECK(productionSealLimits().opslimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    CHECK(productionSealLimits().memlimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

TEST_CASE("the real limits: moderate Argon2id, still opens", "[seal][slow]") {
    ::unsetenv("DOORWAY_TEST_FAST_KDF");
    std::string pass = "real cost";
    auto s = makePassphraseSealer(pass);
    std::string sealed = s->seal("{\"a\": 1}");
    json::value env = json::parse(sealed);
    CHECK(env.at("kdf").at("opslimit").to_number<std::uint64_t>() == crypto_pwhash_OPSLIMIT_MODERATE);
    CHECK(env.at("kdf").at("memlimit").to_number<std::uint64_t>() == crypto_pwhash_MEMLIMIT_MODERATE);
    auto t0 = std::chrono::steady_clock::now();
    CHECK(sealerFor("real cost")->open(sealed) == "{\"a\": 1}");
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(secs > 0.01);  // the cost is real (a minimum-cost KDF takes microseconds)
    CHECK(sealError(*sealerFor("not it"), sealed) == "wrong passphrase");
}

TEST_CASE("storage saves and loads sealed workbooks through the Sealer", "[seal][privacy]") {
    TempDir dir;
    std::string path = dir.file("book.json");
    Workbook wb = richWorkbook();
    auto s = sealerFor("storage pass");
    SaveOptions opts;
    opts.sealer = s.get();
    REQUIRE(saveWorkbookFile(path, wb, opts).ok);
    REQUIRE(saveWorkbookFile(path, wb, opts).ok);  // a second save: no .bak for sealed
    CHECK_FALSE(fs::exists(path + ".bak"));
    std::string text = doorway::test::readText(path);
    CHECK(looksSealed(text));
    CHECK(text.find("Sam and me") == std::string::npos);

    LoadResult none = loadWorkbookFile(path);
    CHECK_FALSE(none.ok);
    CHECK(none.needsPassphrase);
    LoadResult wrong = loadWorkbookFile(path, sealerFor("nope").get());
    CHECK_FALSE(wrong.ok);
    CHECK_THAT(wrong.error, Catch::Contains("wrong passphrase"));
    LoadResult right = loadWorkbookFile(path, sealerFor("storage pass").get());
    REQUIRE(right.ok);
    CHECK(right.workbook == wb);
}

TEST_CASE("no plaintext file appears in the folder while a sealed workbook saves", "[seal][privacy]") {
    TempDir dir;
    std::string path = dir.file("watched.json");
    const std::string marker = "MARKER-7f3a-plaintext-must-never-touch-disk";
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    REQUIRE(fd >= 0);
    REQUIRE(inotify_add_watch(fd, dir.path().c_str(), IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO) >= 0);

    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Save through Document, the way the window does, many times.
        int rc = 0;
        try {
            Document doc;
            doc.createNew(path, "Notes " + marker, "2026-01-01T00:00:00Z");
            std::string pass = "inotify pass";
            doc.setSealer(makePassphraseSealer(pass, fast()));
            for (int i = 0; i < 60 && rc == 0; ++i) {
                std::string err;
                if (!doc.execute(cmd::setAnswer("w", "f", json::value(marker + std::to_string(i))), 1.0 + i)) rc = 3;
                if (!doc.save(err, "2026-01-01T00:00:0" + std::to_string(i % 10) + "Z")) rc = 4;
            }
        } catch (...) {
            rc = 5;
        }
        _exit(rc);
    }

    std::set<std::string> seen;
    std::vector<std::string> leaks;
    auto scan = [&](const std::string& name) {
        seen.insert(name);
        std::string text = doorway::test::readText(dir.file(name));
        if (text.find(marker) != std::string::npos || text.find("\"title\"") != std::string::npos)
            leaks.push_back(name);
    };
    int status = 0;
    bool done = false;
    alignas(inotify_event) char buf[16384];
    while (!done) {
        done = waitpid(child, &status, WNOHANG) == child;
        ssize_t n;
        while ((n = read(fd, buf, sizeof buf)) > 0) {
            for (char* p = buf; p < buf + n;) {
                auto* ev = reinterpret_cast<inotify_event*>(p);
                if (ev->len) scan(ev->name);
                p += sizeof(inotify_event) + ev->len;
            }
        }
        // Also sweep the listing: catches files between events.
        for (const auto& e : fs::directory_iterator(dir.path())) scan(e.path().filename().string());
    }
    ::close(fd);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    for (const auto& e : fs::directory_iterator(dir.path())) scan(e.path().filename().string());
    INFO("files seen: " << seen.size());
    CHECK(seen.count("watched.json") == 1);
    CHECK(seen.size() >= 2);  // the temp names were seen too
    CHECK(leaks.empty());
    CHECK_FALSE(fs::exists(path + ".bak"));
}

TEST_CASE("companion files (takes) seal and unseal in place", "[seal][privacy]") {
    TempDir dir;
    std::string wbPath = dir.file("My book.json");
    CHECK(takesFolderFor(wbPath) == dir.file("My book.takes"));
    fs::create_directory(takesFolderFor(wbPath));
    std::string audio = "RIFF....WAVEfmt ";
    for (int i = 0; i < 20000; ++i) audio.push_back(char((i * 7919) % 256));
    std::string a = takesFolderFor(wbPath) + "/take-1.wav", b = takesFolderFor(wbPath) + "/take-2.wav";
    doorway::test::writeText(a, audio);
    doorway::test::writeText(b, audio + "second");

    auto s = sealerFor("takes pass");
    FolderSealResult r = sealFolderFiles(takesFolderFor(wbPath), *s);
    REQUIRE(r.ok);
    CHECK(r.changed == 2);
    for (const std::string& f : {a, b}) {
        std::string t = doorway::test::readText(f);
        CHECK(looksSealed(t));
        // No run of the recording survives (four bytes alone, "RIFF", turn
        // up by chance in about one sealed text in 600).
        CHECK(t.find(audio.substr(0, 16)) == std::string::npos);
        CHECK(t.find(audio.substr(5000, 32)) == std::string::npos);
    }
    // Again: nothing to do, but all of them must open with this passphrase.
    r = sealFolderFiles(takesFolderFor(wbPath), *s);
    CHECK(r.ok);
    CHECK(r.skipped == 2);
    FolderSealResult other = sealFolderFiles(takesFolderFor(wbPath), *sealerFor("another pass"));
    CHECK_FALSE(other.ok);
    CHECK_THAT(other.error, Catch::Contains("wrong passphrase"));

    std::string bytes, err;
    CHECK_FALSE(readMaybeSealedFile(a, nullptr, bytes, err));
    CHECK_THAT(err, Catch::Contains("locked"));
    REQUIRE(readMaybeSealedFile(a, s.get(), bytes, err));
    CHECK(bytes == audio);

    CHECK_FALSE(unsealFolderFiles(takesFolderFor(wbPath), *sealerFor("another pass"), true).ok);
    CHECK(looksSealed(doorway::test::readText(a)));  // the dry run and the failure changed nothing
    r = unsealFolderFiles(takesFolderFor(wbPath), *s);
    REQUIRE(r.ok);
    CHECK(r.changed == 2);
    CHECK(doorway::test::readText(a) == audio);
    CHECK(doorway::test::readText(b) == audio + "second");

    // A locked recording damaged since (one byte of its envelope changed)
    // no longer reads as one: unlock names it and does not say all is well.
    REQUIRE(sealFolderFiles(takesFolderFor(wbPath), *s).ok);
    std::string damaged = doorway::test::readText(b);
    const size_t colon = damaged.find(':');
    REQUIRE(colon != std::string::npos);
    damaged[colon] = ';';
    doorway::test::writeText(b, damaged);
    r = unsealFolderFiles(takesFolderFor(wbPath), *s);
    CHECK_FALSE(r.ok);
    CHECK(r.changed == 1);
    CHECK_THAT(r.error, Catch::Contains("take-2.wav") && Catch::Contains("damaged"));
    CHECK(doorway::test::readText(b) == damaged);  // left as it is
    CHECK(doorway::test::readText(a) == audio);

    // A missing folder is nothing to do.
    CHECK(sealFolderFiles(dir.file("none.takes"), *s).ok);
    REQUIRE(writeMaybeSealedFile(a, audio, s.get(), err));
    CHECK(looksSealed(doorway::test::readText(a)));
}

TEST_CASE("plaintext backups are found by name", "[seal][privacy]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    for (const char* f : {"w.json", "w.json.bak", "w.json.v1.bak", "w.json.v12.bak", "w.json.vx.bak", "w.json.bak2",
                          "other.json.bak", "w.json.lock"})
        doorway::test::writeText(dir.file(f), "x");
    std::vector<std::string> found = plaintextBackupsFor(wb);
    std::set<std::string> names;
    for (const auto& f : found) names.insert(fs::path(f).filename().string());
    CHECK(names == std::set<std::string>{"w.json.bak", "w.json.v1.bak", "w.json.v12.bak"});
}
