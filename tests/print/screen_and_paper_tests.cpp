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
