// The export layout and its three outputs: PDF (checked through poppler's
// pdftotext / pdfinfo), HTML and Markdown.
#include "print_support.hpp"

#include "core/export_layout.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace doorway;
using namespace doorway::test;

namespace {

struct Rendered {
    std::string pdfPath;
    std::string text;  // pdftotext
    PdfFacts facts;
};

Rendered renderToPdf(const TempDir& dir, const ExportDocument& doc, Paper paper, const std::string& name = "out.pdf") {
    Rendered r;
    r.pdfPath = dir.file(name);
    std::string err;
    int pages = 0;
    REQUIRE(exportToFile(doc, ExportFormat::Pdf, paper, r.pdfPath, err, &pages));
    INFO(err);
    r.text = pdfText(r.pdfPath);
    r.facts = pdfFacts(r.pdfPath);
    CHECK(r.facts.pages == pages);
    return r;
}

ExportDocument build(const WorksheetCatalog& c, const Workbook& wb, ExportOptions o = {}) {
    ExportDocument doc;
    std::string err;
    o.date = o.date.empty() ? "2026-11-22" : o.date;
    REQUIRE(buildExportDocument(c, wb, o, doc, err));
    return doc;
}

// A small catalog of our own, for cases the real assets may not cover.
WorksheetCatalog tinyCatalog() {
    WorksheetCatalog c;
    WorksheetDef a;
    a.id = "notes";
    a.order = 1;
    a.title = "Notes page";
    FieldDef longText;
    longText.id = "long";
    longText.kind = FieldKind::LongText;
    longText.label = "Write as much as you like";
    a.fields.push_back(longText);
    FieldDef list;
    list.id = "rows";
    list.kind = FieldKind::List;
    list.label = "Some rows";
    list.columns = {{"a", "First"}, {"b", "Second"}};
    a.fields.push_back(list);
    c.add(a);
    WorksheetDef b;
    b.id = "secret";
    b.order = 2;
    b.title = "Private page";
    b.privateByDefault = true;
    FieldDef s;
    s.id = "s";
    s.kind = FieldKind::ShortText;
    s.label = "Something private";
    b.fields.push_back(s);
    c.add(b);
    return c;
}

std::string words(int n, const std::string& marker) {
    std::string s;
    for (int i = 1; i <= n; ++i) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "w%05d", i);
        s += buf;
        s += (i % 97 == 0) ? "\n" : " ";
    }
    return s + marker;
}

}  // namespace

TEST_CASE("the example workbook prints every answer, on A4 and Letter", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    REQUIRE(!catalog.worksheets().empty());
    auto expected = workbookTexts(catalog, wb);
    REQUIRE(expected.size() > 10);  // the example is a filled-in workbook
    ExportDocument doc = build(catalog, wb);
    TempDir dir;
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        Rendered r = renderToPdf(dir, doc, paper, std::string(paperName(paper)) + ".pdf");
        std::string got = norm(r.text);
        for (const auto& e : expected) {
            INFO(paperName(paper) << ": " << e.where << ": " << e.text);
            CHECK(got.find(norm(e.text)) != std::string::npos);
        }
        CHECK(got.find(norm(wb.title)) != std::string::npos);
        // One cover plus at least a page per printed section; not absurd.
        CHECK(r.facts.pages >= int(doc.sections.size()) + 1);
        CHECK(r.facts.pages <= 4 * int(doc.sections.size()) + 4);
        double w = 0, h = 0;
        paperSize(paper, &w, &h);
        CHECK(r.facts.width == Approx(w).margin(1));
        CHECK(r.facts.height == Approx(h).margin(1));
        // Page numbers and the footer.
        CHECK(r.text.find("Page 2 of " + std::to_string(r.facts.pages)) != std::string::npos);
        CHECK(r.text.find("Private and confidential") != std::string::npos);
    }
}

TEST_CASE("private worksheets stay off the paper unless chosen", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    const WorksheetDef* priv = nullptr;
    for (const auto& ws : catalog.worksheets())
        if (ws.privateByDefault) priv = &ws;
    REQUIRE(priv != nullptr);  // the safety check is private by default
    ExportDocument all = build(catalog, wb);
    for (const auto& s : all.sections) CHECK(s.id != priv->id);
    ExportOptions o;
    o.sections = {priv->id};
    ExportDocument chosen = build(catalog, wb, o);
    REQUIRE(chosen.sections.size() == 1);
    CHECK(chosen.sections[0].id == priv->id);
    TempDir dir;
    Rendered r = renderToPdf(dir, chosen, Paper::A4);
    CHECK(norm(r.text).find(norm(priv->title)) != std::string::npos);
}

TEST_CASE("a very long answer flows onto the next pages intact", "[print]") {
    WorksheetCatalog catalog = tinyCatalog();
    Workbook wb = newWorkbook("Long", "2026-11-22T10:00:00Z");
    const std::string marker = "ENDMARKER-7f3a";
    wb.answers["notes"]["long"] = json::string(words(5000, marker));
    // A table cell far taller than a page must split by lines, not clip.
    json::array rows;
    rows.push_back(json::object{{"a", "short cell"}, {"b", words(2500, "CELLEND-91")}});
    rows.push_back(json::object{{"a", "after the tall row"}, {"b", "still here"}});
    wb.answers["notes"]["rows"] = rows;
    TempDir dir;
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        Rendered r = renderToPdf(dir, build(catalog, wb), paper, std::string(paperName(paper)) + ".pdf");
        CHECK(r.facts.pages >= 6);
        CHECK(r.text.find(marker) != std::string::npos);
        CHECK(r.text.find("CELLEND-91") != std::string::npos);
        CHECK(r.text.find("after the tall row") != std::string::npos);
        // Every word, in order: nothing clipped, nothing drawn twice.
        size_t at = 0;
        int missing = 0;
        for (int i = 1; i <= 5000; ++i) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "w%05d", i);
            size_t next = r.text.find(buf, at);
            if (next == std::string::npos) {
                ++missing;
                continue;
            }
            at = next;
        }
        CHECK(missing == 0);
        // The long answer's words come before the table's (which restart at w00001).
        size_t first = r.text.find("w05000");
        size_t end = r.text.find(marker);
        CHECK(first < end);
        CHECK(r.text.find("w02500", end) != std::string::npos);
    }
}

TEST_CASE("blank mode prints the prompts and none of the answers", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    ExportOptions o;
    o.blank = true;
    ExportDocument doc = build(catalog, wb, o);
    TempDir dir;
    Rendered r = renderToPdf(dir, doc, Paper::A4);
    std::string got = norm(r.text);
    int checked = 0;
    for (const auto& e : workbookTexts(catalog, wb)) {
        if (!e.freeText || e.text.size() < 12) continue;  // option labels are prompts too
        INFO(e.where << ": " << e.text);
        CHECK(got.find(norm(e.text)) == std::string::npos);
        ++checked;
    }
    CHECK(checked > 5);
    // The prompts are there.
    for (const auto& ws : catalog.worksheets()) {
        if (ws.privateByDefault) continue;
        CHECK(got.find(norm(ws.title)) != std::string::npos);
    }
    std::string html = renderHtml(doc, Paper::A4), md = renderMarkdown(doc);
    for (const auto& e : workbookTexts(catalog, wb)) {
        if (!e.freeText || e.text.size() < 12) continue;
        CHECK(norm(html).find(norm(e.text)) == std::string::npos);
        CHECK(norm(md).find(norm(e.text)) == std::string::npos);
    }
}

TEST_CASE("sections filter what is printed", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    std::vector<std::string> ids;
    for (const auto& ws : catalog.worksheets())
        if (!ws.privateByDefault) ids.push_back(ws.id);
    REQUIRE(ids.size() >= 3);
    std::set<std::string> chosen{ids[1], ids.back()};
    ExportOptions o;
    o.sections = {ids.back(), ids[1]};
    ExportDocument doc = build(catalog, wb, o);
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.sections[0].id == ids[1]);  // catalog order, whatever order was asked
    TempDir dir;
    Rendered r = renderToPdf(dir, doc, Paper::Letter);
    std::string got = norm(r.text);
    for (const auto& e : workbookTexts(catalog, wb, chosen)) {
        INFO(e.where);
        CHECK(got.find(norm(e.text)) != std::string::npos);
    }
    std::set<std::string> others;
    for (const auto& id : ids)
        if (!chosen.count(id)) others.insert(id);
    int absent = 0;
    for (const auto& e : workbookTexts(catalog, wb, others)) {
        if (!e.freeText || e.text.size() < 12) continue;
        INFO(e.where << ": " << e.text);
        CHECK(got.find(norm(e.text)) == std::string::npos);
        ++absent;
    }
    CHECK(absent > 0);

    ExportOptions bad;
    bad.sections = {ids[0], "no_such_sheet"};
    ExportDocument none;
    std::string err;
    CHECK_FALSE(buildExportDocument(catalog, wb, bad, none, err));
    CHECK(err.find("no_such_sheet") != std::string::npos);
    CHECK(err.find(ids[0]) != std::string::npos);  // lists the ones that exist
}

TEST_CASE("HTML and Markdown carry the same answers as the PDF", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    ExportDocument doc = build(catalog, wb);
    std::string html = renderHtml(doc, Paper::A4);
    std::string md = renderMarkdown(doc);
    std::string nh = norm(html), nm = norm(md);
    for (const auto& e : workbookTexts(catalog, wb)) {
        INFO(e.where << ": " << e.text);
        CHECK(nh.find(norm(e.text)) != std::string::npos);
        CHECK(nm.find(norm(e.text)) != std::string::npos);
    }
    // Self-contained with print rules.
    CHECK(html.find("@page") != std::string::npos);
    CHECK(html.find("page-break") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=\"http") == std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);  // the charts, inline
}

TEST_CASE("what the user typed is escaped in HTML and survives in every format", "[print]") {
    WorksheetCatalog catalog = tinyCatalog();
    Workbook wb = newWorkbook("Café <notes> & “more”", "2026-11-22T10:00:00Z");
    const std::string uni = "naïve café — “quotes” 😊 ü ß 中文";
    wb.answers["notes"]["long"] = json::string(uni + "\n<script>alert('x')</script> & <b>not bold</b>");
    ExportDocument doc = build(catalog, wb);
    std::string html = renderHtml(doc, Paper::A4);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<b>not bold</b>") == std::string::npos);
    CHECK(html.find(uni) != std::string::npos);
    CHECK(renderMarkdown(doc).find(uni) != std::string::npos);
    TempDir dir;
    Rendered r = renderToPdf(dir, doc, Paper::A4);
    CHECK(norm(r.text).find(norm(uni)) != std::string::npos);
    CHECK(r.text.find("<b>not bold</b>") != std::string::npos);  // text, never markup
    CHECK(norm(r.text).find(norm("Café <notes> & “more”")) != std::string::npos);
}

TEST_CASE("the invitation card is one page with the ask, the doors and the best take", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    ExportOptions o;
    o.card = true;
    ExportDocument doc = build(catalog, wb, o);
    REQUIRE(doc.cardOnly);
    CHECK(!doc.card.ask.empty());
    TempDir dir;
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        Rendered r = renderToPdf(dir, doc, paper, std::string("card-") + paperName(paper) + ".pdf");
        CHECK(r.facts.pages == 1);
        std::string got = norm(r.text);
        CHECK(got.find(norm(doc.card.ask)) != std::string::npos);
        for (const auto& d : doc.card.doors) CHECK(got.find(norm(d)) != std::string::npos);
        const Take* best = nullptr;
        for (const auto& t : wb.takes)
            if (!t.text.empty() && (!best || t.score > best->score)) best = &t;
        if (best) {
            CHECK(doc.card.phrasingScore == best->score);
            CHECK(got.find(norm(best->text)) != std::string::npos);
        }
    }
    // A card with a very long phrasing still fits one page (smaller type).
    Workbook big = wb;
    Take t;
    t.id = "take-big";
    t.time = "2030-01-01T00:00:00Z";
    t.text = words(600, "CARDEND");
    t.score = 100;
    big.takes.push_back(t);
    Rendered r = renderToPdf(dir, build(catalog, big, o), Paper::A4, "bigcard.pdf");
    CHECK(r.facts.pages == 1);
    CHECK(r.text.find("CARDEND") != std::string::npos);
}

TEST_CASE("an empty workbook and blank cards print without errors", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = newWorkbook("", "2026-11-22T10:00:00Z");
    TempDir dir;
    Rendered r = renderToPdf(dir, build(catalog, wb), Paper::A4);
    CHECK(r.facts.pages >= 2);
    CHECK(r.text.find("Not answered yet") != std::string::npos);
    ExportOptions o;
    o.card = true;
    o.blank = true;
    Rendered c = renderToPdf(dir, build(catalog, wb, o), Paper::Letter, "card.pdf");
    CHECK(c.facts.pages == 1);
}

TEST_CASE("the rehearsal script prints in the Rehearsals section, takes or not", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = newWorkbook("", "2026-11-22T10:00:00Z");
    const std::string script = "Would you try one session with me? You pick the person.";
    wb.answers[kRehearsalSheet][kRehearsalScriptField] = boost::json::value(script);
    ExportDocument doc = build(catalog, wb);
    int rehearsalSections = 0;
    for (const auto& s : doc.sections) {
        if (s.id != kRehearsalSectionId) continue;
        ++rehearsalSections;
        CHECK(s.title == "Rehearsals");  // not the raw id of an unknown page
        bool found = false;
        for (const auto& b : s.blocks) found = found || b.answer == script;
        CHECK(found);
    }
    CHECK(rehearsalSections == 1);
    TempDir dir;
    Rendered r = renderToPdf(dir, doc, Paper::A4);
    CHECK(norm(r.text).find(norm(script)) != std::string::npos);
    CHECK(r.text.find("No rehearsals yet") != std::string::npos);

    // Chosen by name, it prints; left out, the script stays off the paper.
    ExportOptions only;
    only.sections = {"pattern"};
    for (const auto& s : build(catalog, wb, only).sections) CHECK(s.id != kRehearsalSectionId);
}
