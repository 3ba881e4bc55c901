// Bad files: each gets a clear error naming the file, and is left alone.
#include "core/document.hpp"
#include "core/storage.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

std::string validText() {
    return serializePretty(workbookToJson(fullWorkbook()));
}

// Loads `path` through the storage layer and through a Document that
// already holds another workbook; both must fail with `expected` and leave
// the file and the open document alone.
void expectRefused(const std::string& path, const std::string& expected) {
    INFO("file " << path);
    std::error_code ec;
    bool existed = fs::exists(path, ec);
    std::string before = existed && fs::is_regular_file(path, ec) ? readText(path) : "";
    auto listing = [&] {
        std::vector<std::string> names;
        for (auto& e : fs::directory_iterator(fs::path(path).parent_path(), ec)) names.push_back(e.path().filename());
        std::sort(names.begin(), names.end());
        return names;
    };
    auto namesBefore = listing();

    LoadResult r = loadWorkbookFile(path);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind(path, 0) == 0);  // names the file first
    CHECK_THAT(r.error, Catch::Contains(expected));

    Document doc;
    doc.createNew("", "kept", "2026-01-01T00:00:00Z");
    std::string err;
    CHECK_FALSE(doc.open(path, err));
    CHECK(err == r.error);
    CHECK(doc.workbook().title == "kept");
    CHECK(doc.isUntitled());

    if (existed && fs::is_regular_file(path, ec)) CHECK(readText(path) == before);
    CHECK(listing() == namesBefore);  // no .bak, no lock, no temp
}

}  // namespace

TEST_CASE("invalid JSON names the file, line and column", "[storage][badfile]") {
    TempDir dir;
    std::string p = dir.file("broken.json");
    writeText(p, "{\n  \"format\": \"doorway-workbook\",\n  \"version\": 1,,\n}\n");
    expectRefused(p, p + ":3:16: invalid JSON (unexpected ',')");
}

TEST_CASE("a truncated workbook says it ends too early", "[storage][badfile]") {
    TempDir dir;
    std::string p = dir.file("cut.json");
    std::string t = validText();
    writeText(p, t.substr(0, t.size() / 2));
    expectRefused(p, "the file ends too early");
    // Every cut point is refused, never read as something else.
    for (size_t n = 1; n + 2 < t.size(); n += 97) {
        LoadResult r = parseWorkbookText(t.substr(0, n), "cut");
        CHECK_FALSE(r.ok);
    }
}

TEST_CASE("empty and blank files", "[storage][badfile]") {
    TempDir dir;
    writeText(dir.file("empty.json"), "");
    expectRefused(dir.file("empty.json"), ": the file is empty");
    writeText(dir.file("blank.json"), " \n\t\n");
    expectRefused(dir.file("blank.json"), ": the file is empty (only blank space)");
}

TEST_CASE("binary files and non-UTF-8 text", "[storage][badfile]") {
    TempDir dir;
    std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    writeText(dir.file("pic.json"), png);
    expectRefused(dir.file("pic.json"), "this looks like a binary file, not a workbook (byte 0x1A)");
    writeText(dir.file("latin1.json"), "{\"title\": \"caf\xE9\"}");
    expectRefused(dir.file("latin1.json"), ":1:15: this is not UTF-8 text");
}

TEST_CASE("wrong types name the key path", "[storage][badfile]") {
    TempDir dir;
    auto withChange = [&](const std::string& name, auto&& change) {
        json::value v = workbookToJson(fullWorkbook());
        change(v.as_object());
        writeText(dir.file(name), serializePretty(v));
        return dir.file(name);
    };
    expectRefused(withChange("a.json", [](json::object& o) { o["takes"].as_array()[1].as_object()["score"] = "high"; }),
                  ": takes[1].score: expected a number");
    expectRefused(
        withChange("b.json", [](json::object& o) { o["tracker"].as_array()[2].as_object()["fear"] = json::array{1}; }),
        ": tracker[2].fear[0]: expected a string");
    expectRefused(withChange("c.json", [](json::object& o) { o["doors"] = "none"; }), ": doors: expected an array");
    expectRefused(withChange("d.json", [](json::object& o) { o["answers"].as_object()["pattern"] = 3; }),
                  ": answers.pattern: expected an object");
    expectRefused(withChange("e.json", [](json::object& o) { o["title"] = json::array{}; }),
                  ": title: expected a string");
    expectRefused(withChange("f.json", [](json::object& o) { o["format"] = "something-else"; }),
                  "not a Doorway workbook");
    writeText(dir.file("g.json"), "[1, 2, 3]");
    expectRefused(dir.file("g.json"), "not a Doorway workbook");
}

TEST_CASE("versions: missing, not a number, too old", "[storage][badfile]") {
    TempDir dir;
    auto withVersion = [&](const std::string& name, json::value version) {
        json::value v = workbookToJson(fullWorkbook());
        if (version.is_null())
            v.as_object().erase("version");
        else
            v.as_object()["version"] = version;
        writeText(dir.file(name), serializePretty(v));
        return dir.file(name);
    };
    expectRefused(withVersion("none.json", nullptr), "\"version\" is missing");
    expectRefused(withVersion("str.json", "2"), "\"version\" is not a version number");
    expectRefused(withVersion("frac.json", 1.5), "\"version\" is not a version number");
    // Said as a person writes it, never in exponent form ("1.5E0", "1E30").
    expectRefused(withVersion("frac2.json", 1.5), "found 1.5)");
    expectRefused(withVersion("huge.json", 1e30), "found a number far outside any version)");
    expectRefused(withVersion("near.json", 2.0000001), "found 2.0000001)");
    expectRefused(withVersion("zero.json", 0), "format version 0 is too old");
    expectRefused(withVersion("neg.json", -4), "format version -4 is too old");
}

TEST_CASE("absurd nesting and absurd size are refused", "[storage][badfile]") {
    TempDir dir;
    std::string deep = "{\"format\": \"doorway-workbook\", \"version\": 1, \"x\": " + std::string(100000, '[') +
                       std::string(100000, ']') + "}";
    writeText(dir.file("deep.json"), deep);
    expectRefused(dir.file("deep.json"), "nested more than 64 levels deep");

    // Plain text past the limit is refused with the exact sizes.
    std::string big = dir.file("big.json");
    writeText(big, "{}");
    REQUIRE(::truncate(big.c_str(), off_t(kMaxWorkbookBytes) + 1) == 0);  // sparse: cheap
    expectRefused(big, ": too large to be a workbook (67,108,865 bytes; the limit is 67,108,864)");
    CHECK(fs::file_size(big) == kMaxWorkbookBytes + 1);
    // Past the largest sealed workbook, the file is not even read.
    REQUIRE(::truncate(big.c_str(), off_t(kMaxWorkbookFileBytes) + 1) == 0);
    expectRefused(big, ": too large to be a workbook (" + groupedNumber(kMaxWorkbookFileBytes + 1) +
                           " bytes; the limit is " + groupedNumber(kMaxWorkbookFileBytes) + ")");
}

TEST_CASE("folders, missing files, unreadable files and pipes", "[storage][badfile]") {
    TempDir dir;
    fs::create_directory(dir.file("folder.json"));
    expectRefused(dir.file("folder.json"), ": is a folder, not a workbook file");
    expectRefused(dir.file("missing.json"), ": no such file");
    REQUIRE(::mkfifo(dir.file("pipe.json").c_str(), 0600) == 0);
    expectRefused(dir.file("pipe.json"), ": is not a regular file");
    std::string locked = dir.file("locked.json");
    writeText(locked, validText());
    ::chmod(locked.c_str(), 0);
    if (::geteuid() != 0) expectRefused(locked, ": permission denied");
    ::chmod(locked.c_str(), 0600);
}

TEST_CASE("a byte-order mark is read through, not an error", "[storage]") {
    LoadResult r = parseWorkbookText("\xEF\xBB\xBF" + validText(), "bom.json");
    CHECK(r.ok);
}

TEST_CASE("a workbook that mentions the sealed format id is still a plain workbook", "[storage]") {
    Workbook wb = fullWorkbook();
    wb.title = "doorway-sealed";
    wb.answers["x"]["format"] = "\"doorway-sealed\"";
    std::string t = serializePretty(workbookToJson(wb));
    CHECK_FALSE(looksSealed(t));
    LoadResult r = parseWorkbookText(t, "plain.json");
    REQUIRE(r.ok);
    CHECK_FALSE(r.sealed);
    CHECK(looksSealed(R"({"format": "doorway-sealed", "version": 1})"));
}

TEST_CASE("a sealed file without a passphrase asks for one and is untouched", "[storage]") {
    TempDir dir;
    std::string p = dir.file("sealed.json");
    writeText(p, R"({"format": "doorway-sealed", "version": 1, "ciphertext": "AAAA"})");
    LoadResult r = loadWorkbookFile(p);
    CHECK_FALSE(r.ok);
    CHECK(r.sealed);
    CHECK(r.needsPassphrase);
    CHECK(r.error == p + ": this workbook is locked with a passphrase");
}

TEST_CASE("fixtures in workbooks/fixtures are each refused or read as their name says", "[storage][badfile]") {
    fs::path dir = sourcePath("workbooks/fixtures");
    int seen = 0;
    for (auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        INFO(name);
        std::string before = readText(e.path().string());
        LoadResult r = loadWorkbookFile(e.path().string());
        if (name.rfind("bad-", 0) == 0) {
            CHECK_FALSE(r.ok);
            CHECK(r.error.rfind(e.path().string(), 0) == 0);
        } else if (name.rfind("newer-", 0) == 0) {
            CHECK(r.ok);
            CHECK(r.readOnly);
        } else if (name.rfind("ok-", 0) == 0) {
            CHECK(r.ok);
            CHECK_FALSE(r.readOnly);
        }
        CHECK(readText(e.path().string()) == before);
        ++seen;
    }
    CHECK(seen > 0);
}
