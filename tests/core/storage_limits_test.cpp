// Sizes and shapes at the edge (issue 17): every file a save writes opens
// again, a save past the limit changes nothing, and text that a reader
// would silently misread (a repeated key, text after the end) is refused
// with where it is.
#include "core/document.hpp"
#include "core/storage.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

// A workbook whose compact JSON is about `bytes` long: many short answers,
// so the indentation of the pretty form adds several megabytes.
std::string compactWorkbookOfSize(size_t bytes) {
    Workbook wb = fullWorkbook();
    json::array rows;
    size_t size = json::serialize(workbookToJson(wb)).size();
    const std::string note = "we talked for a while and it went better than I feared";
    while (size < bytes) {
        json::object row{{"what", note}, {"when", "2026-02-01"}, {"who", "me"}};
        size += json::serialize(row).size() + 1;
        rows.push_back(std::move(row));
    }
    wb.answers["pattern"]["loops"] = std::move(rows);
    return json::serialize(workbookToJson(wb)) + "\n";
}

}  // namespace

TEST_CASE("a workbook read near the limit saves to a file that opens again", "[storage][limits]") {
    TempDir dir;
    std::string p = dir.file("w.json");
    const std::string compact = compactWorkbookOfSize(size_t(61) << 20);  // 61 MiB, as in the report
    REQUIRE(compact.size() < (size_t(64) << 20));
    writeText(p, compact);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE(doc.execute(cmd::setAnswer("pattern", "note", "one more line"), 1.0));
    REQUIRE(doc.save(err, "2026-03-01T00:00:00Z"));
    // Pretty-printed it would be past 64 MiB; what was written must open.
    CHECK(fs::file_size(p) <= (size_t(64) << 20));
    LoadResult again = loadWorkbookFile(p);
    INFO(again.error);
    REQUIRE(again.ok);
    CHECK(again.workbook.answerText("pattern", "note") == "one more line");
}

TEST_CASE("a save that would pass the size limit is refused and writes nothing", "[storage][limits]") {
    TempDir dir;
    std::string p = dir.file("w.json");
    REQUIRE(saveWorkbookFile(p, fullWorkbook()).ok);
    const std::string before = readText(p);
    Document doc;
    std::string err;
    REQUIRE(doc.open(p, err));
    REQUIRE(doc.execute(cmd::setAnswer("pattern", "huge", json::string((size_t(64) << 20) + 10, 'x')), 1.0));
    CHECK_FALSE(doc.save(err, "2026-03-01T00:00:00Z"));
    CHECK_THAT(err, Catch::StartsWith(p + ": could not save: the workbook has grown too large ("));
    CHECK_THAT(err, Catch::Contains(" bytes; the limit is 67,108,864)"));
    CHECK((readText(p) == before));  // (( )): 64 MiB is not printed on failure
    CHECK(doc.isDirty());            // the words are still there, unsaved
    for (const auto& e : fs::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("text after a complete workbook is named where it starts", "[storage][badfile]") {
    std::string valid = serializePretty(workbookToJson(fullWorkbook()));
    size_t lines = size_t(std::count(valid.begin(), valid.end(), '\n'));
    LoadResult r = parseWorkbookText(valid + "  stray words\n", "w.json");
    CHECK_FALSE(r.ok);
    CHECK(r.error == "w.json:" + std::to_string(lines + 1) +
                         ":3: extra text after the workbook (it should end with its closing brace)");
    r = parseWorkbookText(valid.substr(0, valid.size() - 1) + "}\n", "w.json");  // one brace too many
    CHECK_THAT(r.error, Catch::Contains(":" + std::to_string(lines) + ":2: extra text after the workbook"));
    r = parseWorkbookText(valid + valid, "w.json");  // two workbooks, one after the other
    CHECK_THAT(r.error, Catch::Contains("extra text after the workbook"));
    CHECK(parseWorkbookText(valid + "\n\n  \n", "w.json").ok);  // blank space is fine
}

TEST_CASE("a key that appears twice in one object is refused with its place", "[storage][badfile]") {
    const std::string head = "{\n  \"format\": \"doorway-workbook\",\n  \"version\": 1,\n";
    LoadResult r = parseWorkbookText(head + "  \"title\": \"first\",\n  \"title\": \"second\"\n}\n", "w.json");
    CHECK_FALSE(r.ok);
    CHECK(r.error ==
          "w.json:5:3: the key \"title\" appears twice in one object; one of the two values would be lost, "
          "so it is not read");
    // Deep inside, and spelled differently: "\u0061" is "a".
    r = parseWorkbookText(head + "  \"answers\": {\"p\": {\"a\": \"one\", \"\\u0061\": \"two\"}}\n}\n", "w.json");
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::StartsWith("w.json:4:33: the key \"a\" appears twice"));
    // The same key in different objects, or a value equal to a key, is fine.
    r = parseWorkbookText(head + "  \"answers\": {\"p\": {\"a\": \"a\"}, \"q\": {\"a\": \"p\"}}\n}\n", "w.json");
    INFO(r.error);
    CHECK(r.ok);
}

TEST_CASE("a long number kept from a newer file reads back exactly as it was written", "[storage]") {
    // Found by the loader fuzzer: Boost.JSON 1.81 reads some long numbers to
    // a neighbouring double, so the number written had to be one it reads back.
    const std::string text = R"({"format": "doorway-workbook", "version": 1, "title": "t",
        "answers": {"future_sheet": {"a": {"b": 111111111111000000000000000000000000000000000009369488824765018567,
        "c": 6666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666}}}})";
    doorway::LoadResult r = doorway::parseWorkbookText(text, "long.json");
    REQUIRE(r.ok);
    const std::string saved = doorway::serializePretty(doorway::workbookToJson(r.workbook));
    doorway::LoadResult again = doorway::parseWorkbookText(saved, "resaved.json");
    REQUIRE(again.ok);
    CHECK(again.workbook == r.workbook);
    CHECK(doorway::serializePretty(doorway::workbookToJson(again.workbook)) == saved);
}

TEST_CASE("a number past a double's range is refused with the file's name, not kept to be written wrong",
          "[storage][badfile]") {
    // Found by the loader fuzzer: "1e400" reads as an infinity and "0e5005"
    // as no number at all; JSON can't spell either, so a workbook kept with
    // one would save a file that no longer opens.
    for (const char* number : {"1e400", "-1e400", "0e5005", "-0e5005"}) {
        const std::string text = std::string(R"({"format": "doorway-workbook", "version": 1, "title": "t",
            "from_a_newer_doorway": {"n": [)") +
                                 number + "]}}";
        LoadResult r = parseWorkbookText(text, "big.json");
        INFO(number);
        CHECK_FALSE(r.ok);
        CHECK_THAT(r.error, Catch::StartsWith("big.json: a number too large to read"));
    }
    // The largest and smallest doubles, and numbers that round to them, still read and read back.
    for (const char* number : {"1.7976931348623157e308", "5e-324", "1e-400", "-0.0"}) {
        const std::string text = std::string(R"({"format": "doorway-workbook", "version": 1, "title": "t",
            "from_a_newer_doorway": {"n": [)") +
                                 number + "]}}";
        LoadResult r = parseWorkbookText(text, "edge.json");
        INFO(number << " " << r.error);
        REQUIRE(r.ok);
        LoadResult again = parseWorkbookText(serializePretty(workbookToJson(r.workbook)), "resaved.json");
        REQUIRE(again.ok);
        CHECK(again.workbook == r.workbook);
    }
}
