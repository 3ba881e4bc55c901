// One name per page and one count of progress (trial 8): the sidebar, the
// page's heading, the View menu and Edit > Undo ask core/worksheet for a
// page's name; the start page's line and the sidebar's marks come from one
// reading of each page, so "0 of 17" can no longer sit beside "2/5".
#include "core/worksheet.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace doorway;
using doorway::test::sourcePath;

namespace {
WorksheetCatalog shipped() {
    return WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}

// The first counted, free-text field of a page, to answer it in a test.
const FieldDef* textField(const WorksheetDef& ws) {
    for (const FieldDef& f : ws.fields)
        if (f.counts && f.showIf.empty() && (f.kind == FieldKind::LongText || f.kind == FieldKind::ShortText))
            return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("a worksheet's name is its place and its asset title, the same for every caller", "[worksheet][names]") {
    WorksheetCatalog cat = shipped();
    REQUIRE(cat.worksheets().size() >= 3);
    std::set<std::string> names;
    for (size_t i = 0; i < cat.worksheets().size(); ++i) {
        const WorksheetDef& ws = cat.worksheets()[i];
        const std::string name = pageName(cat, ws);
        CHECK(name == std::to_string(i + 1) + ". " + ws.title);
        names.insert(name);
    }
    CHECK(names.size() == cat.worksheets().size());  // no two pages share a name
    // Not in the catalog: the title alone (nothing to number it by).
    WorksheetDef stray;
    stray.id = "stray";
    stray.title = "A stray page";
    CHECK(pageName(cat, stray) == "A stray page");
    stray.title.clear();
    CHECK(pageName(cat, stray) == "stray");
}

TEST_CASE("the practice pages have one name each, by key", "[worksheet][names]") {
    CHECK(practicePageName("rehearsal") == "Rehearse the invitation");
    CHECK(practicePageName("roleplay") == "Role-play their answers");
    CHECK(practicePageName("takes") == "Takes so far");
    CHECK(practicePageName("home") == "Start page");
    CHECK(practicePageName("worksheet").empty());
    CHECK(practicePageName("nonsense").empty());
}

TEST_CASE("a page's mark: nothing, answered of total, or done", "[worksheet][progress]") {
    CHECK(pageProgress(Completion{0, 4}) == PageProgress::NotStarted);
    CHECK(progressMark(Completion{0, 4}).empty());
    CHECK(pageProgress(Completion{2, 5}) == PageProgress::UnderWay);
    CHECK(progressMark(Completion{2, 5}) == "2/5");
    CHECK(pageProgress(Completion{4, 4}) == PageProgress::Finished);
    CHECK(progressMark(Completion{4, 4}) == "done");
    CHECK(pageProgress(Completion{0, 0}) == PageProgress::NotStarted);  // nothing to answer is not "done"
}

TEST_CASE("the start page's line counts half-done pages, as the sidebar marks them", "[worksheet][progress]") {
    WorksheetCatalog cat = shipped();
    const int n = int(cat.worksheets().size());
    Workbook wb = newWorkbook("Mine", "2026-11-01T10:00:00Z");
    WorkbookProgress p = workbookProgress(cat, wb);
    CHECK(p.total == n);
    CHECK(p.started() == 0);
    CHECK(progressLine(p) == std::to_string(n) + " worksheets, none started yet");

    // One answer on each of two pages that have more than one question:
    // both are under way, as their "1/N" marks in the sidebar say.
    int underWay = 0;
    for (const WorksheetDef& ws : cat.worksheets()) {
        const FieldDef* f = textField(ws);
        if (!f || completionOf(ws, wb).total < 2 || underWay == 2) continue;
        wb.answers[ws.id][f->id] = "Some words.";
        CHECK(progressMark(completionOf(ws, wb)) == "1/" + std::to_string(completionOf(ws, wb).total));
        ++underWay;
    }
    REQUIRE(underWay == 2);
    p = workbookProgress(cat, wb);
    CHECK(p.underWay == 2);
    CHECK(p.finished == 0);
    CHECK(progressLine(p) ==
          std::to_string(n) + " worksheets: 2 under way, " + std::to_string(n - 2) + " not started yet");

    // Every mark the sidebar would draw, counted: the line agrees with them.
    int done = 0, partly = 0;
    for (const WorksheetDef& ws : cat.worksheets()) {
        const std::string mark = progressMark(completionOf(ws, wb));
        done += mark == "done";
        partly += !mark.empty() && mark != "done";
    }
    CHECK(done == p.finished);
    CHECK(partly == p.underWay);
}

TEST_CASE("the progress line says each part only when it is there", "[worksheet][progress]") {
    CHECK(progressLine(WorkbookProgress{1, 2, 17}) == "17 worksheets: 1 finished, 2 under way, 14 not started yet");
    CHECK(progressLine(WorkbookProgress{3, 0, 17}) == "17 worksheets: 3 finished, 14 not started yet");
    CHECK(progressLine(WorkbookProgress{15, 2, 17}) == "17 worksheets: 15 finished, 2 under way");
    CHECK(progressLine(WorkbookProgress{17, 0, 17}) == "All 17 worksheets finished");
    CHECK(progressLine(WorkbookProgress{0, 0, 17}) == "17 worksheets, none started yet");
    CHECK(progressLine(WorkbookProgress{0, 0, 0}).empty());
}
