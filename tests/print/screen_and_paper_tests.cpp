// HTML has a screen style and a print style (issue 19): on screen the cover
// is the top of the page, not a screenful of white; on paper it is a page
// of its own. And every output draws the same series colours and words.
#include "core/chart_palette.hpp"
#include "core/labels.hpp"
#include "print_support.hpp"

#include <catch2/catch.hpp>

using namespace doorway;
using namespace doorway::test;

namespace {

ExportDocument exampleDocument() {
    ExportDocument doc;
    std::string err;
    REQUIRE(buildExportDocument(realCatalog(), exampleWorkbook(), ExportOptions{}, doc, err));
    return doc;
}

// The CSS before "@media print" (the screen's) and inside it (paper's).
std::pair<std::string, std::string> styles(const std::string& html) {
    size_t a = html.find("<style>"), b = html.find("</style>");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    std::string css = html.substr(a, b - a);
    size_t m = css.find("@media print");
    REQUIRE(m != std::string::npos);
    return {css.substr(0, m), css.substr(m)};
}

std::string rule(const std::string& css, const std::string& selector) {
    size_t at = css.find(selector + " {");
    if (at == std::string::npos) return "";
    return css.substr(at, css.find('}', at) - at);
}

}  // namespace

TEST_CASE("HTML: the cover is a page on paper and only the top of the page on screen", "[print][html]") {
    std::string html = renderHtml(exampleDocument(), Paper::A4);
    auto [screen, print] = styles(html);
    std::string onScreen = rule(screen, "header.cover");
    REQUIRE(!onScreen.empty());
    CHECK(onScreen.find("height") == std::string::npos);  // no min-height: 60vh of blank above the title
    CHECK(onScreen.find("justify-content") == std::string::npos);
    std::string onPaper = rule(print, "header.cover");
    CHECK(onPaper.find("break-after: page") != std::string::npos);
    CHECK(onPaper.find("height") != std::string::npos);
}

TEST_CASE("HTML and Markdown: the chart colours and words come from the shared tables", "[print][html]") {
    ExportDocument doc = exampleDocument();
    std::string html = renderHtml(doc, Paper::A4);
    CHECK(html.find(seriesHex(SeriesRole::Fear)) != std::string::npos);
    CHECK(html.find(seriesHex(SeriesRole::Refusal)) != std::string::npos);
    CHECK(html.find("url(#hatch)") != std::string::npos);  // refusal hatched, as on screen
    CHECK(html.find(kFearSeriesName) != std::string::npos);
    // Months as "Sep 2026", never as "2026-09" or "Sep 26".
    CHECK(html.find(">" + monthLabel("2026-09") + "<") != std::string::npos);
    CHECK(html.find(">Sep 26<") == std::string::npos);
    std::string md = renderMarkdown(doc);
    CHECK(md.find(monthLabel("2026-09")) != std::string::npos);
    CHECK(md.find(scoreCaption(86)) != std::string::npos);
    CHECK(md.find("role-play") != std::string::npos);
}

TEST_CASE("the takes chart's legend on paper names its series as the window does", "[print][names]") {
    ExportDocument doc = exampleDocument();
    std::vector<std::string> names;
    for (const auto& s : doc.sections)
        if (s.id == kRehearsalSectionId)
            for (const auto& b : s.blocks)
                if (b.kind == BlockKind::Chart)
                    for (const auto& series : b.chart.series) names.push_back(series.name);
    REQUIRE(names.size() == 2);  // the example has takes of both kinds
    CHECK(names[0] == takesSeriesName(false));
    CHECK(names[1] == takesSeriesName(true));
    std::string md = renderMarkdown(doc);
    CHECK(md.find(takesSeriesName(false)) != std::string::npos);
    CHECK(md.find("| Rehearsals |") == std::string::npos);  // the takes page's old name
}

TEST_CASE("paper prints a field's paperHelp, not the window's help", "[print][names]") {
    const WorksheetCatalog& cat = realCatalog();
    std::string md = renderMarkdown(exampleDocument());
    int differing = 0;
    for (const WorksheetDef& def : cat.worksheets())
        for (const FieldDef& f : def.fields) {
            if (f.paperHelp == f.help || f.help.empty()) continue;
            ++differing;
            INFO(def.id << "." << f.id);
            CHECK(norm(md).find(norm(f.help)) == std::string::npos);
            if (!f.paperHelp.empty()) CHECK(norm(md).find(norm(f.paperHelp)) != std::string::npos);
        }
    CHECK(differing >= 3);  // the ranking's arrows, the composers' live score, the check-in's nudge
}

namespace {

// The HTML on paper as a browser prints it: Chromium, headless, when it is
// installed (scripts/packages.txt has it; without it the test says so).
// Returns the printed PDF's path, or "" without Chromium.
std::string printHtml(const TempDir& dir, const ExportDocument& doc) {
    const std::string chromium = runCapture("command -v chromium || command -v chromium-browser");
    if (chromium.empty()) {
        WARN("Chromium is not installed: the HTML's print pagination is not checked");
        return "";
    }
    writeText(dir.file("doc.html"), renderHtml(doc, Paper::A4));
    const std::string bin = chromium.substr(0, chromium.find('\n'));
    runCapture(quote(bin) + " --headless --no-sandbox --disable-gpu --user-data-dir=" + quote(dir.file("profile")) +
               " --no-pdf-header-footer --print-to-pdf=" + quote(dir.file("print.pdf")) + " " +
               quote("file://" + dir.file("doc.html")) + " 2>/dev/null");
    return dir.file("print.pdf");
}

// Each page's text of a printed PDF.
std::vector<std::string> pageTexts(const std::string& pdf) {
    std::vector<std::string> out;
    const int pages = pdfFacts(pdf).pages;
    for (int i = 1; i <= pages; ++i)
        out.push_back(runCapture("pdftotext -enc UTF-8 -f " + std::to_string(i) + " -l " + std::to_string(i) + " " +
                                 quote(pdf) + " - 2>/dev/null"));
    return out;
}

// The page (0-based) whose text holds `what`, or -1.
int pageOf(const std::vector<std::string>& pages, const std::string& what) {
    for (size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(what) != std::string::npos) return int(i);
    return -1;
}

// An answer of `lines` lines, each marked "<tag>L<n>" so a page's text says
// which of them it holds.
Block answerOfLines(const std::string& prompt, const std::string& tag, int lines) {
    Block b;
    b.kind = BlockKind::Answer;
    b.text = prompt;
    b.answered = true;
    for (int i = 0; i < lines; ++i) b.answer += (i ? "\n" : "") + tag + "L" + std::to_string(i) + " a line of it.";
    return b;
}

}  // namespace

TEST_CASE("HTML on paper: the last page is never the closing line alone", "[print][html]") {
    TempDir dir;
    ExportDocument doc = exampleDocument();
    REQUIRE(!doc.safetyLine.empty());
    const std::string pdf = printHtml(dir, doc);
    if (pdf.empty()) return;
    const PdfFacts facts = pdfFacts(pdf);
    REQUIRE(facts.pages > 1);
    const std::string last = runCapture("pdftotext -enc UTF-8 -f " + std::to_string(facts.pages) + " -l " +
                                        std::to_string(facts.pages) + " " + quote(pdf) + " -");
    std::string rest = norm(last);
    for (const std::string& part : {norm(doc.safetyLine), norm(doc.footer)})
        if (auto at = rest.find(part); at != std::string::npos) rest.erase(at, part.size());
    INFO("page " << facts.pages << " of the printed HTML: " << last);
    CHECK(norm(last).find(norm(doc.safetyLine)) != std::string::npos);  // it ends the workbook...
    CHECK(rest.size() > 40);                                            // ...with what comes before it, not alone
}

TEST_CASE("HTML on paper: a page's closing answer is not left alone on a page of its own", "[print][html]") {
    // "8. Shrink the ask" ends with "Your invitation", four lines: at the
    // screen's line spacing it went whole to a page that was otherwise
    // blank. The PDF keeps the whole page on one sheet, and so does this.
    TempDir dir;
    ExportDocument doc = exampleDocument();
    const ExportSection* ask = nullptr;
    for (const auto& s : doc.sections)
        for (const auto& b : s.blocks)
            if (b.kind == BlockKind::Answer && b.text == "Your invitation") ask = &s;
    REQUIRE(ask);
    const std::string pdf = printHtml(dir, doc);
    if (pdf.empty()) return;
    const std::vector<std::string> pages = pageTexts(pdf);
    const int heading = pageOf(pages, ask->title), invitation = pageOf(pages, "Your invitation");
    INFO(ask->title << " on page " << heading + 1 << ", its invitation on page " << invitation + 1);
    REQUIRE(heading >= 0);
    CHECK(invitation == heading);
}

TEST_CASE("HTML on paper: a short answer is never split and a long one does not leave a page blank", "[print][html]") {
    ExportDocument doc;
    doc.title = "Pages";
    doc.date = "2026-12-01";
    ExportSection s{"pages", "1. Pages", {}};
    // Short answers one after another: whichever meets a page's foot goes
    // whole to the next page.
    for (int i = 0; i < 14; ++i)
        s.blocks.push_back(answerOfLines("Short " + std::to_string(i), "S" + std::to_string(i) + "x", 6));
    // Then a long answer, a page and a half: it starts where the last short
    // one ended, on the same page, instead of moving to a fresh one.
    s.blocks.push_back(answerOfLines("The long one", "LONGx", 80));
    doc.sections.push_back(s);
    TempDir dir;
    const std::string pdf = printHtml(dir, doc);
    if (pdf.empty()) return;
    const std::vector<std::string> pages = pageTexts(pdf);
    REQUIRE(pages.size() >= 3);
    bool crossed = false;  // some short answer met a page's foot
    for (int i = 0; i < 14; ++i) {
        const std::string tag = "S" + std::to_string(i) + "x";
        const int first = pageOf(pages, tag + "L0"), last = pageOf(pages, tag + "L5");
        INFO("short answer " << i << ": pages " << first + 1 << " to " << last + 1);
        CHECK(first >= 0);
        CHECK(first == last);
        crossed = crossed || (i > 0 && first != pageOf(pages, "S" + std::to_string(i - 1) + "xL0"));
    }
    CHECK(crossed);  // else the test proved nothing about a page break
    const int lastShort = pageOf(pages, "S13xL5"), longStart = pageOf(pages, "LONGxL0"),
              longEnd = pageOf(pages, "LONGxL79");
    INFO("last short answer on page " << lastShort + 1 << "; the long one from page " << longStart + 1 << " to "
                                      << longEnd + 1);
    CHECK(longStart == lastShort);
    CHECK(longEnd > longStart);
    // At least three of its lines on each page it is split across.
    CHECK(pageOf(pages, "LONGxL2") == longStart);
    CHECK(pageOf(pages, "LONGxL77") == longEnd);
}
