// The words a worksheet prints: paper describes what is on paper (no arrow
// to press, no score read as you type), and a page is named as the sidebar
// names it, through "{page:ID}" (core/page_refs.hpp).
#include "core/page_refs.hpp"
#include "core/worksheet.hpp"
#include "support.hpp"
#include "worksheet_support.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace doorway;
using doorway::test::sourcePath;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

constexpr auto& shipped = doorway::test::shippedWorksheets;

// Every text a page prints as guidance, with where it comes from.
std::vector<std::pair<std::string, std::string>> paperWords(const WorksheetCatalog& cat) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const WorksheetDef& def : cat.worksheets()) {
        out.emplace_back(def.id + " paperIntro", def.paperIntro);
        for (const FieldDef& f : def.fields) {
            out.emplace_back(def.id + "." + f.id + " paperHelp", f.paperHelp);
            for (const OptionDef& o : f.options) out.emplace_back(def.id + "." + f.id + "." + o.id, o.detail);
        }
    }
    return out;
}

// The message of loading a folder holding `files` (name, text), "" when it loads.
std::string loadError(const std::vector<std::pair<std::string, std::string>>& files) {
    TempDir dir;
    for (const auto& [name, text] : files) writeText(dir.file(name), text);
    try {
        WorksheetCatalog::loadDirectory(dir.path().string());
    } catch (const AssetError& e) {
        return e.what();
    }
    return {};
}

std::string page(const std::string& id, int order, const std::string& help) {
    return R"({"id": ")" + id + R"(", "order": )" + std::to_string(order) + R"(, "title": "Page )" + id +
           R"(", "fields": [{"id": "a", "kind": "short_text", "label": "A", "help": ")" + help + R"("}]})";
}

}  // namespace

TEST_CASE("paper describes what is on paper: no gestures the window alone has", "[worksheets][print]") {
    // What only a window does: a line about one of these on paper points at
    // nothing. ("Tick as you go" is as true of a pen.)
    const std::regex windowOnly(R"(\b(arrows?|click|hover|drag|buttons?)\b|read as you go|as you type|Doorway will)",
                                std::regex::icase);
    int checked = 0;
    for (const auto& [where, text] : paperWords(shipped())) {
        ++checked;
        INFO(where << ": " << text);
        CHECK_FALSE(std::regex_search(text, windowOnly));
    }
    CHECK(checked > 100);
}

TEST_CASE("a page is named in a worksheet's words as the sidebar names it", "[worksheets][names]") {
    const WorksheetCatalog cat = shipped();
    std::vector<std::pair<std::string, std::string>> words = paperWords(cat);
    for (const WorksheetDef& def : cat.worksheets()) {
        words.emplace_back(def.id + " intro", def.intro);
        for (const FieldDef& f : def.fields) words.emplace_back(def.id + "." + f.id + " help", f.help);
    }
    // "the Rehearse page": a name for a page that the sidebar does not use.
    const std::regex loose(R"(\bthe [A-Z][A-Za-z-]* page\b)");
    for (const auto& [where, text] : words) {
        INFO(where << ": " << text);
        CHECK(text.find("{page:") == std::string::npos);  // every reference expanded
        CHECK_FALSE(std::regex_search(text, loose));
        // A worksheet quoted by its bare title, where the sidebar says "9. Other doors".
        for (const WorksheetDef& other : cat.worksheets())
            CHECK(text.find("\"" + other.title + "\"") == std::string::npos);
    }
    // And the references the shipped pages make land on those names.
    const WorksheetDef* ask = cat.find("shrink_the_ask");
    REQUIRE(ask);
    bool namesRehearsal = false;
    for (const FieldDef& f : ask->fields)
        namesRehearsal = namesRehearsal || f.help.find(std::string(practicePageName("rehearsal"))) != std::string::npos;
    CHECK(namesRehearsal);
}

TEST_CASE("{page:ID} becomes the page's name, and one that names no page is an asset error", "[worksheets][names]") {
    // Worksheets by their place and title, practice pages by their one name.
    TempDir dir;
    writeText(dir.file("a.json"), page("first", 1, "See {page:second} and {page:takes}."));
    writeText(dir.file("b.json"), page("second", 2, "Back to {page:first}."));
    WorksheetCatalog cat = WorksheetCatalog::loadDirectory(dir.path().string());
    REQUIRE(cat.worksheets().size() == 2);
    const FieldDef& a = cat.worksheets()[0].fields[0];
    CHECK(a.help ==
          "See " + pageName(cat, cat.worksheets()[1]) + " and " + std::string(practicePageName("takes")) + ".");
    CHECK(a.paperHelp == a.help);  // no paperHelp given: paper says the same
    CHECK(cat.worksheets()[1].fields[0].help == "Back to " + pageName(cat, cat.worksheets()[0]) + ".");

    const std::string err = loadError({{"a.json", page("first", 1, "See {page:nowhere}.")}});
    INFO(err);
    CHECK(err.find("a.json") != std::string::npos);
    CHECK(err.find("fields[0].help") != std::string::npos);
    CHECK(err.find("{page:nowhere}") != std::string::npos);
}

TEST_CASE("paperHelp and paperIntro: what paper says in place of the window's words", "[worksheets][print]") {
    TempDir dir;
    writeText(dir.file("a.json"),
              R"({"id": "p", "title": "P", "intro": "Drag them.", "paperIntro": "In order.", "fields": [
                   {"id": "r", "kind": "short_text", "label": "R", "help": "Use the arrows.", "paperHelp": ""}]})");
    WorksheetCatalog cat = WorksheetCatalog::loadDirectory(dir.path().string());
    const WorksheetDef& def = cat.worksheets().front();
    CHECK(def.intro == "Drag them.");
    CHECK(def.paperIntro == "In order.");
    CHECK(def.fields[0].help == "Use the arrows.");
    CHECK(def.fields[0].paperHelp.empty());  // "" prints no line
    std::string out, unknown;
    CHECK_FALSE(expandPageRefs("an unclosed {page:first", {}, out, unknown));
}
