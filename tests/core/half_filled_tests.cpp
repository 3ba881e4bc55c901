// A half-filled workbook: an export of only the pages with answers, and an
// undo step that says in words what it takes back and on which page.
#include "core/commands.hpp"
#include "core/document.hpp"
#include "core/export_layout.hpp"
#include "core/worksheet.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace doorway;
using doorway::test::sourcePath;

namespace {

WorksheetCatalog shipped() {
    return WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}

std::vector<std::string> sectionTitles(const ExportDocument& doc) {
    std::vector<std::string> out;
    for (const ExportSection& s : doc.sections) out.push_back(s.title);
    return out;
}

}  // namespace

TEST_CASE("only pages with answers: two answered pages print, the other pages stay off", "[export][half]") {
    WorksheetCatalog cat = shipped();
    Workbook wb = newWorkbook("Mine", "2026-11-01T10:00:00Z");
    wb.answers["pattern"]["my_part"] = "I go quiet and leave the room.";
    wb.answers["shrink_the_ask"]["why"] = "One session, online.";
    const WorksheetDef* pattern = cat.find("pattern");
    REQUIRE(pattern);
    REQUIRE(worksheetHasAnswer(*pattern, wb));

    ExportOptions every;
    every.date = "2026-11-02";
    ExportDocument all;
    std::string err;
    REQUIRE(buildExportDocument(cat, wb, every, all, err));

    ExportOptions only = every;
    only.answeredOnly = true;
    ExportDocument some;
    REQUIRE(buildExportDocument(cat, wb, only, some, err));

    // Every page printed has an answer, and every page with an answer printed.
    size_t answered = 0;
    for (const WorksheetDef& ws : cat.worksheets())
        if (!ws.privateByDefault && worksheetHasAnswer(ws, wb)) ++answered;
    CHECK(answered >= 1);
    CHECK(some.sections.size() == answered);
    CHECK(all.sections.size() > some.sections.size() + 5);
    std::vector<std::string> titles = sectionTitles(some);
    // Headed as the window names them (core: pageName).
    CHECK(std::find(titles.begin(), titles.end(), pageName(cat, *pattern)) != titles.end());
    for (const WorksheetDef& ws : cat.worksheets()) {
        if (worksheetHasAnswer(ws, wb)) continue;
        INFO(ws.id);
        CHECK(std::find(titles.begin(), titles.end(), pageName(cat, ws)) == titles.end());
    }

    // Blank pages are for writing by hand: every one of them, still.
    ExportOptions blank = only;
    blank.blank = true;
    ExportDocument blankDoc;
    REQUIRE(buildExportDocument(cat, wb, blank, blankDoc, err));
    CHECK(blankDoc.sections.size() > some.sections.size() + 5);
}

TEST_CASE("only pages with answers, with nothing answered, says so instead of printing a cover alone",
          "[export][half]") {
    WorksheetCatalog cat = shipped();
    Workbook wb = newWorkbook("Mine", "2026-11-01T10:00:00Z");
    ExportOptions only;
    only.answeredOnly = true;
    ExportDocument doc;
    std::string err;
    CHECK_FALSE(buildExportDocument(cat, wb, only, doc, err));
    CHECK(err.find("nothing to print") != std::string::npos);
    CHECK(err.find("answer yet") != std::string::npos);
    // Chosen pages with no answer are the same mistake.
    wb.answers["pattern"]["my_part"] = "I go quiet.";
    only.sections = {"intentions"};
    CHECK_FALSE(buildExportDocument(cat, wb, only, doc, err));
    only.sections = {"intentions", "pattern"};
    REQUIRE(buildExportDocument(cat, wb, only, doc, err));
    CHECK(doc.sections.size() == 1);
}

TEST_CASE("an undo step names what it takes back and the page it is on", "[commands][undo]") {
    WorksheetCatalog cat = shipped();
    const WorksheetDef* pattern = cat.find("pattern");
    REQUIRE(pattern);
    Document doc;
    doc.createNew("", "Mine", "2026-11-01T10:00:00Z");
    REQUIRE(doc.execute(cmd::setAnswer("pattern", "my_part", json::string("I go quiet.")), 1.0));
    const Touch* t = doc.commands().nextUndoTouch();
    REQUIRE(t);
    CHECK(cmd::stepWorksheet(*t, cat) == pattern);
    CHECK(cmd::stepDescription(doc.commands().undoLabel(), *t, cat) ==
          "typing on \u2018" + pageName(cat, *pattern) + "\u2019");
    CHECK(pageName(cat, *pattern) == "5. " + pattern->title);  // as the sidebar lists it

    // A tick is not typing; a check-in lives on the page with the tracker.
    doc.endUndoStep();
    REQUIRE(doc.execute(cmd::setAnswer("safety_check", "signs", json::array{"afraid"}), 2.0));
    const WorksheetDef* safety = cat.find("safety_check");
    REQUIRE(safety);
    const FieldDef* signs = safety->field("signs");
    if (signs && (signs->kind == FieldKind::Checklist || signs->kind == FieldKind::MultiChoice))
        CHECK(cmd::stepDescription(doc.commands().undoLabel(), *doc.commands().nextUndoTouch(), cat)
                  .rfind("ticking on", 0) == 0);
    TrackerEntry e;
    e.date = "2026-11-02";
    REQUIRE(doc.execute(cmd::addTrackerEntry(e), 3.0));
    const WorksheetDef* tracker = cmd::stepWorksheet(*doc.commands().nextUndoTouch(), cat);
    REQUIRE(tracker);
    bool holdsTracker = false;
    for (const FieldDef& f : tracker->fields) holdsTracker = holdsTracker || f.kind == FieldKind::Tracker;
    CHECK(holdsTracker);
    CHECK(cmd::stepDescription(doc.commands().undoLabel(), *doc.commands().nextUndoTouch(), cat) ==
          "adding a check-in on \u2018" + pageName(cat, *tracker) + "\u2019");
    // A setting has no page: the words alone.
    REQUIRE(doc.execute(cmd::setSetting("x", json::value(1)), 4.0));
    CHECK(cmd::stepWorksheet(*doc.commands().nextUndoTouch(), cat) == nullptr);
    CHECK(cmd::stepDescription(doc.commands().undoLabel(), *doc.commands().nextUndoTouch(), cat) ==
          "changing a setting");
}
