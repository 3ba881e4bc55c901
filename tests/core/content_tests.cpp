// The content layer (core/content.hpp): one reader for every asset, one
// error vocabulary ("FILE:LINE:COL: PATH: PROBLEM"), "format" and "version"
// in every shipped asset, and a new worksheet that is one JSON file.
#include "core/content.hpp"
#include "core/export_layout.hpp"
#include "core/objections.hpp"
#include "core/safety.hpp"
#include "core/scorer.hpp"
#include "core/worksheet.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>

using namespace doorway;
using doorway::test::sourcePath;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

std::string worksheetError(const std::string& text) {
    try {
        WorksheetCatalog::parse(text, "w.json");
    } catch (const AssetError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("content: a JSON path is found in the text, comments and all", "[content]") {
    const std::string text =
        "{\n"
        "  // a note for authors\n"
        "  \"id\": \"x\",\n"
        "  \"fields\": [\n"
        "    {\"id\": \"a\", \"label\": \"A\"},\n"
        "    {\"id\": \"b\", /* inline */ \"label\": 7}\n"
        "  ]\n"
        "}\n";
    auto place = [&](const std::string& path) { return lineColumnAt(text, locateJsonPath(text, path)); };
    CHECK(place("id") == std::make_pair(3, 9));
    CHECK(place("fields[1].label") == std::make_pair(6, 39));
    CHECK(place("fields[0]") == std::make_pair(5, 5));
    CHECK(place("") == std::make_pair(1, 1));
    // A key that is not there: the object that lacks it.
    CHECK(place("fields[1].missing") == std::make_pair(6, 5));
}

TEST_CASE("content: every error says file, line:column, path and what was expected", "[content]") {
    std::string text =
        "{\"id\": \"demo\", \"title\": \"Demo\",\n \"fields\": [{\"id\": \"a\", \"kind\": \"short_text\", "
        "\"label\": 5}]}";
    CHECK(worksheetError(text) == "w.json:2:56: fields[0].label: expected a string (field \"a\")");
    // Bad syntax is placed the same way.
    CHECK_THAT(worksheetError("{\"id\": \"demo\",\n \"title\": }"), Catch::StartsWith("w.json:2:11: invalid JSON"));
    // The objections asset speaks the same words.
    try {
        ObjectionCatalog::parse("{\n  \"objections\": 3\n}", "o.json");
        FAIL("a bad objections file loaded");
    } catch (const ContentError& e) {
        CHECK(std::string(e.what()) == "o.json:2:17: objections: expected a non-empty array of objects");
        CHECK(e.line == 2);
        CHECK(e.column == 17);
        CHECK(e.path == "objections");
    }
    // And the safety card.
    SafetyCard card;
    std::string err;
    CHECK_FALSE(parseSafetyCard("{\n  \"format\": \"doorway-safety\",\n  \"version\": 1\n}", "s.json", card, err));
    CHECK(err == "s.json:3:14: version: expected 2");
}

TEST_CASE("content: a placeholder is the example alone, since the window says \"e.g.\" itself", "[content]") {
    auto sheet = [](const std::string& placeholder) {
        return "{\"format\": \"doorway-worksheet\", \"version\": 1, \"id\": \"demo\", \"title\": \"Demo\",\n"
               "\"fields\": [{\"id\": \"a\", \"kind\": \"short_text\", \"label\": \"A\", \"placeholder\": \"" +
               placeholder + "\"}]}";
    };
    CHECK(worksheetError(sheet("lonely")).empty());
    CHECK(worksheetError(sheet("egg on toast")).empty());
    for (const char* doubled : {"e.g. lonely", "E.g. lonely", "e.g.lonely"})
        CHECK_THAT(worksheetError(sheet(doubled)),
                   Catch::Contains("fields[0].placeholder: the window puts \"e.g. \" before it"));
}

TEST_CASE("content: format and version are checked", "[content]") {
    std::string base =
        "{\"id\": \"demo\", \"title\": \"Demo\", \"fields\": [{\"id\": \"a\", \"kind\": \"info\", "
        "\"label\": \"A\"}]";
    CHECK(worksheetError(base + "}").empty());  // a draft without them reads as version 1
    CHECK(worksheetError(base + ", \"format\": \"doorway-worksheet\", \"version\": 1}").empty());
    CHECK_THAT(worksheetError(base + ", \"format\": \"doorway-objections\", \"version\": 1}"),
               Catch::Contains("format: expected \"doorway-worksheet\""));
    CHECK_THAT(worksheetError(base + ", \"format\": \"doorway-worksheet\", \"version\": 9}"),
               Catch::Contains("version: expected at most 1"));
    CHECK_THAT(worksheetError(base + ", \"format\": \"doorway-worksheet\"}"), Catch::Contains("version: missing"));
}

TEST_CASE("content: every shipped asset carries its format and version", "[content]") {
    struct Asset {
        std::string path;
        std::string format;
        int maxVersion;
    };
    std::vector<Asset> assets = {
        {"assets/scoring/lexicon.json", "doorway-scoring-lexicon", 1},
        {"assets/scoring/rules.json", "doorway-scoring-rules", 1},
        {"assets/scoring/model.json", "doorway-scoring-model", 1},
        {"assets/roleplay/objections.json", kObjectionsFormat, kObjectionsVersion},
        {"assets/safety.json", kSafetyFormat, kSafetyVersion},
    };
    for (const auto& e : std::filesystem::directory_iterator(sourcePath("assets/worksheets")))
        assets.push_back({"assets/worksheets/" + e.path().filename().string(), kWorksheetFormat, kWorksheetVersion});
    REQUIRE(assets.size() > 10);
    for (const Asset& a : assets) {
        INFO(a.path);
        ContentFile f = ContentFile::read(sourcePath(a.path));
        // Not optional here: shipped files always say what they are.
        CHECK(f.checkFormat(a.format, a.maxVersion) >= 1);
    }
}

TEST_CASE("add a worksheet: one JSON file in the folder, and no code", "[content][worksheets]") {
    // tests/core/content/worksheets holds a page Doorway does not ship,
    // beside a shipped one; nothing else knows about it.
    WorksheetCatalog cat = WorksheetCatalog::loadDirectory(sourcePath("tests/core/content/worksheets"));
    const WorksheetDef* def = cat.find("small_kindnesses");
    REQUIRE(def != nullptr);
    CHECK(cat.worksheets().back().id == "small_kindnesses");  // in its "order"
    CHECK(def->title == "Small kindnesses this week");
    REQUIRE(def->fields.size() == 3);
    CHECK(def->field("how_often")->kind == FieldKind::Scale);

    // Answers to it count, and it goes on paper with them.
    Workbook wb = newWorkbook("Mine", "2026-11-01T10:00:00Z");
    wb.answers["small_kindnesses"]["noticed"] = "He made tea without being asked.";
    wb.answers["small_kindnesses"]["said_thanks"] = "not_yet";
    CHECK(completionOf(*def, wb).answered == 2);
    CHECK(completionOf(*def, wb).total == 3);
    ExportOptions opts;
    opts.sections = {"small_kindnesses"};
    opts.date = "2026-11-02";
    ExportDocument doc;
    std::string err;
    REQUIRE(buildExportDocument(cat, wb, opts, doc, err));
    REQUIRE(doc.sections.size() == 1);
    CHECK(doc.sections[0].title == "2. Small kindnesses this week");  // as the sidebar names it
    bool printed = false;
    for (const Block& b : doc.sections[0].blocks) printed = printed || b.answer == "He made tea without being asked.";
    CHECK(printed);

    // And a mistake in it is reported in the content layer's words.
    TempDir dir;
    std::string text = doorway::test::readText(sourcePath("tests/core/content/worksheets/50_small_kindnesses.json"));
    text.replace(text.find("\"kind\": \"scale\""), 15, "\"kind\": \"dial\"");
    writeText(dir.file("50_small_kindnesses.json"), text);
    try {
        WorksheetCatalog::loadDirectory(dir.path().string());
        FAIL("a worksheet with an unknown field kind loaded");
    } catch (const AssetError& e) {
        CHECK_THAT(std::string(e.what()),
                   Catch::StartsWith("50_small_kindnesses.json:19:15: fields[1].kind: unknown field kind \"dial\""));
    }
}

TEST_CASE("content: the worksheets speak of the partner as \"they\", never as he or she", "[content][worksheets]") {
    // Four examples said "he" ("the therapist he picked", "of his choosing");
    // everything else in Doorway says "they", whoever the partner is.
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    REQUIRE_FALSE(catalog.worksheets().empty());
    auto gendered = [](const std::string& text) {
        std::string word, found;
        for (char c : text + " ") {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += char(std::tolower(static_cast<unsigned char>(c)));
                continue;
            }
            for (const char* w : {"he", "him", "his", "himself", "she", "her", "hers", "herself"})
                if (word == w) found = word;
            word.clear();
        }
        return found;
    };
    for (const WorksheetDef& ws : catalog.worksheets()) {
        std::vector<std::pair<std::string, std::string>> words = {
            {"title", ws.title}, {"summary", ws.summary}, {"intro", ws.intro}, {"paperIntro", ws.paperIntro}};
        for (const FieldDef& f : ws.fields) {
            for (const auto& [what, text] :
                 std::vector<std::pair<std::string, std::string>>{{"label", f.label},
                                                                  {"help", f.help},
                                                                  {"paperHelp", f.paperHelp},
                                                                  {"placeholder", f.placeholder},
                                                                  {"minLabel", f.minLabel},
                                                                  {"maxLabel", f.maxLabel},
                                                                  {"template", f.templateText}})
                words.push_back({f.id + "." + what, text});
            for (const OptionDef& o : f.options) {
                words.push_back({f.id + "." + o.id + ".label", o.label});
                words.push_back({f.id + "." + o.id + ".detail", o.detail});
                words.push_back({f.id + "." + o.id + ".phrase", o.phrase});
            }
            for (const ColumnDef& c : f.columns) words.push_back({f.id + "." + c.id + ".label", c.label});
        }
        for (const auto& [where, text] : words) {
            INFO(ws.id << "." << where << ": " << text);
            CHECK(gendered(text).empty());
        }
    }
}
