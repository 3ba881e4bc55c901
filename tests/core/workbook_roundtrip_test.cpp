// Workbook <-> JSON: round trips keep everything, byte for byte.
#include "core/storage.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <filesystem>

using namespace doorway;
using namespace doorway::test;

namespace {
std::string text(const Workbook& wb) {
    return serializePretty(workbookToJson(wb));
}
}  // namespace

TEST_CASE("a full workbook survives a round trip unchanged and re-serializes byte for byte", "[storage][workbook]") {
    Workbook wb = fullWorkbook();
    std::string first = text(wb);
    LoadResult r = parseWorkbookText(first, "full.json");
    REQUIRE(r.ok);
    CHECK(r.migratedFrom == 0);
    CHECK_FALSE(r.readOnly);
    CHECK(r.workbook == wb);
    CHECK(text(r.workbook) == first);
}

TEST_CASE("doubles are written readably and read back as the same numbers", "[storage][workbook]") {
    Workbook wb = fullWorkbook();
    std::string t = text(wb);
    CHECK(t.find("\"duration_s\": 60.0") != std::string::npos);
    CHECK(t.find("\"elapsed_s\": 57.25") != std::string::npos);
    CHECK(t.find("\"ratio\": 0.1") != std::string::npos);
    CHECK(t.find("E1") == std::string::npos);
    LoadResult r = parseWorkbookText(t, "x");
    REQUIRE(r.ok);
    CHECK(r.workbook.takes[0].durationS == 60.0);
    CHECK(r.workbook.answer("pattern", "ratio")->get_double() == 0.1);
}

TEST_CASE("unknown fields at every level survive load and save", "[storage][workbook]") {
    std::string in = R"({
  "format": "doorway-workbook", "version": 1, "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z",
  "title": "t", "top_unknown": {"deep": [1, {"a": "b"}]},
  "answers": {"ws": {"f": "x", "unknown_field": [1, 2]}, "unknown_ws": {"g": {"h": 1}}},
  "tracker": [{"date": "2026-01-02", "fear": ["a"], "refusal": [], "tracker_unknown": 7}],
  "doors": [{"date": "2026-01-03", "door": "d", "response": "accepted", "door_unknown": "yes"}],
  "takes": [{"id": "t1", "time": "2026-01-04T00:00:00Z", "mode": "typed", "duration_s": 30, "elapsed_s": 29.5,
             "text": "hi", "score": 5, "band": "mixed", "take_unknown": null,
             "findings": [{"rule": "r", "kind": "risk", "start": 0, "end": 2, "text": "hi", "finding_unknown": 1.25}],
             "metrics": {"wpm": 100, "metric_unknown": "m"}}],
  "settings": {"setting_unknown": {"x": true}}
})";
    TempDir dir;
    std::string path = dir.file("w.json");
    writeText(path, in);
    LoadResult r = loadWorkbookFile(path);
    REQUIRE(r.ok);
    SaveResult s = saveWorkbookFile(path, r.workbook);
    REQUIRE(s.ok);
    json::value out = json::parse(readText(path));
    json::value orig = json::parse(in);
    auto& o = out.as_object();
    CHECK(o.at("top_unknown") == orig.at("top_unknown"));
    CHECK(o.at("answers") == orig.at("answers"));
    CHECK(o.at("tracker").at(0).at("tracker_unknown") == 7);
    CHECK(o.at("doors").at(0).at("door_unknown") == "yes");
    CHECK(o.at("takes").at(0).as_object().contains("take_unknown"));
    CHECK(o.at("takes").at(0).at("findings").at(0).at("finding_unknown") == 1.25);
    CHECK(o.at("takes").at(0).at("metrics") == orig.at("takes").at(0).at("metrics"));
    CHECK(o.at("settings") == orig.at("settings"));
    // And a second round is a fixed point.
    std::string once = readText(path);
    LoadResult again = loadWorkbookFile(path);
    REQUIRE(again.ok);
    CHECK(serializePretty(workbookToJson(again.workbook)) == once);
}

TEST_CASE("the example workbook round-trips to itself", "[storage][workbook]") {
    std::string example = sourcePath("workbooks/example.json");
    REQUIRE(std::filesystem::exists(example));
    LoadResult r = loadWorkbookFile(example);
    REQUIRE(r.ok);
    CHECK_FALSE(r.readOnly);
    std::string once = serializePretty(workbookToJson(r.workbook));
    LoadResult again = parseWorkbookText(once, "example (re-serialized)");
    REQUIRE(again.ok);
    CHECK(again.workbook == r.workbook);
    CHECK(serializePretty(workbookToJson(again.workbook)) == once);
    // Everything the file says is still in what we would write.
    json::value orig = json::parse(readText(example));
    json::value back = json::parse(once);
    for (const auto& kv : orig.as_object()) {
        if (kv.key() == "version") continue;
        INFO("top-level key " << kv.key());
        REQUIRE(back.as_object().contains(kv.key()));
    }
    CHECK(back.at("answers") == orig.at("answers"));
}

TEST_CASE("whole numbers are required where the model counts", "[storage][workbook]") {
    Workbook wb = fullWorkbook();
    json::value v = workbookToJson(wb);
    v.as_object()["takes"].as_array()[0].as_object()["score"] = 3.5;
    std::string text = serializePretty(v);
    LoadResult r = parseWorkbookText(text, "half.json");
    CHECK_FALSE(r.ok);
    // Named by its place in the file, as every content error is.
    size_t at = text.find("\"score\": 3.5") + 9;
    size_t lineStart = text.rfind('\n', at) + 1;
    std::string line = std::to_string(std::count(text.begin(), text.begin() + long(at), '\n') + 1);
    std::string col = std::to_string(at - lineStart + 1);
    CHECK(r.error == "half.json:" + line + ":" + col + ": takes[0].score: expected a whole number");
}
