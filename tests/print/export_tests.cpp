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
    REQUIRE(exportToFile(doc, pdfFormat(), paper, r.pdfPath, err, &pages));
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

TEST_CASE("HTML lets each answer take its own direction, so right-to-left text reads right to left", "[print]") {
    WorksheetCatalog catalog = tinyCatalog();
    Workbook wb = newWorkbook("\u05d4\u05de\u05d7\u05d1\u05e8\u05ea \u05e9\u05dc\u05d9", "2026-11-22T10:00:00Z");
    const std::string hebrew =
        "\u05d0\u05e0\u05d9 \u05de\u05ea\u05d2\u05e2\u05d2\u05e2\u05ea \u05d0\u05dc\u05d9\u05da.";
    wb.answers["notes"]["long"] = json::string(hebrew);
    wb.answers["notes"]["rows"] = json::array{json::object{{"row", "r1"}, {"a", hebrew}, {"b", "plain"}}};
    const std::string html = renderHtml(build(catalog, wb), Paper::A4);
    // The answer, the table cell and the title each carry dir="auto": the
    // browser reads their first strong letter (the PDF does so already).
    CHECK(html.find("dir=\"auto\">" + hebrew + "</div>") != std::string::npos);
    CHECK(html.find("<td dir=\"auto\">" + hebrew + "</td>") != std::string::npos);
    CHECK(html.find("<h1 dir=\"auto\">") != std::string::npos);
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
    // A chart's tooltips say a whole value as the window does ("4", not "4.0").
    CHECK(html.find("<title>") != std::string::npos);
    for (size_t at = html.find("<title>"); at != std::string::npos; at = html.find("<title>", at + 1)) {
        const std::string t = html.substr(at, html.find("</title>", at) - at);
        INFO(t);
        CHECK(t.find(".0") == std::string::npos);
    }
}

namespace {
// CommonMark's reading of a backslash before ASCII punctuation: the
// character itself. What a Markdown viewer shows of escaped text.
std::string unescapeMarkdown(const std::string& md) {
    std::string out;
    for (size_t i = 0; i < md.size(); ++i) {
        if (md[i] == '\\' && i + 1 < md.size() && std::ispunct(static_cast<unsigned char>(md[i + 1]))) ++i;
        out += md[i];
    }
    return out;
}
}  // namespace

TEST_CASE("Markdown shows the user's words as typed, never as formatting or markup", "[print]") {
    WorksheetCatalog catalog = tinyCatalog();
    Workbook wb = newWorkbook("My *private* notes_v2", "2026-11-22T10:00:00Z");
    const std::vector<std::string> lines = {"# not a heading",
                                            "* star _under_ **bold** `code` [link](x)",
                                            "1. not a list",
                                            "<script>alert(1)</script> & <b>x</b> &amp; a\\b",
                                            "- dash",
                                            "> quote",
                                            "5 < 6 and me & you"};
    std::string text;
    for (const auto& l : lines) text += (text.empty() ? "" : "\n") + l;
    wb.answers["notes"]["long"] = json::string(text);
    std::string md = renderMarkdown(build(catalog, wb));
    INFO(md);
    // Nothing a viewer would turn into formatting or markup is left bare.
    for (const char* bare : {"\n# not", "**bold**", "_under_", "`code`", "[link]", "\n1. not", "\\1.", "\n- dash",
                             "\n> quote", "*private*", "notes_v2"})
        CHECK(md.find(bare) == std::string::npos);
    for (const std::string tag : {"<script>", "<b>", "&amp;"})  // each one escaped where it stands
        for (size_t at = md.find(tag); at != std::string::npos; at = md.find(tag, at + 1)) CHECK(md[at - 1] == '\\');
    // Read as a viewer reads the escapes, every line is there as typed, and
    // prose punctuation needs none ("5 < 6", "me & you").
    const std::string shown = unescapeMarkdown(md);
    for (const auto& l : lines) CHECK(shown.find(l) != std::string::npos);
    CHECK(md.find("5 < 6 and me & you") != std::string::npos);
    CHECK(shown.find("My *private* notes_v2") != std::string::npos);
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

TEST_CASE("the invitation card is one page with the ask and the doors, no score, nothing twice", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    ExportOptions o;
    o.card = true;
    ExportDocument doc = build(catalog, wb, o);
    REQUIRE(doc.cardOnly);
    CHECK(!doc.card.ask.empty());
    // The example's best invitation take says the ask again: it stays off.
    CHECK(doc.card.phrasing.empty());
    TempDir dir;
    auto count = [](const std::string& hay, const std::string& needle) {
        size_t n = 0;
        for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
        return n;
    };
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        Rendered r = renderToPdf(dir, doc, paper, std::string("card-") + paperName(paper) + ".pdf");
        CHECK(r.facts.pages == 1);
        std::string got = norm(r.text);
        CHECK(got.find(norm(doc.card.ask)) != std::string::npos);
        for (const auto& d : doc.card.doors) CHECK(got.find(norm(d)) != std::string::npos);
        // The partner may see it: no score, and the ask's opening words once.
        CHECK(got.find("score") == std::string::npos);
        CHECK(got.find("of 100") == std::string::npos);
        CHECK(count(got, norm("I miss how easy things used to feel")) == 1);
    }
    std::string html = renderHtml(doc, Paper::A4);
    for (const std::string& text : {html.substr(html.find("<body>")), renderMarkdown(doc)}) {
        CHECK(text.find("score") == std::string::npos);
        CHECK(count(text, "I miss how easy things used to feel") == 1);
    }

    // Couples therapy is the ask itself, never one of the "other doors",
    // wherever it is ranked.
    Workbook ranked = wb;
    ranked.answers["other_doors"]["ranked"] = json::array{"couples_therapy", "book", "walk_and_talk", "workshop"};
    ExportDocument d2 = build(catalog, ranked, o);
    CHECK(d2.card.doors == std::vector<std::string>{"A book we each read, then talk about",
                                                    "A walk-and-talk: one hard topic, side by side, outdoors",
                                                    "A weekend workshop"});

    // A practised phrasing in other words is kept (without its score); a
    // role-play answer is a reply, never the invitation.
    Workbook own = wb;
    own.takes.clear();
    Take rp;
    rp.id = "take-rp";
    rp.time = "2030-01-01T00:00:00Z";
    rp.mode = "roleplay";
    rp.text = "I hear you about the money.";
    rp.score = 99;
    Take mine = rp;
    mine.id = "take-mine";
    mine.mode = "typed";
    mine.text = "Lately I feel like we're flatmates, and I want my friend back. Would you sit with someone, just once?";
    mine.score = 88;
    own.takes = {rp, mine};
    ExportDocument d3 = build(catalog, own, o);
    CHECK(d3.card.phrasing == mine.text);
    Rendered r3 = renderToPdf(dir, d3, Paper::A4, "own.pdf");
    CHECK(norm(r3.text).find(norm(mine.text)) != std::string::npos);
    CHECK(r3.text.find("88") == std::string::npos);

    // A card with a very long phrasing still fits one page (smaller type).
    Workbook big = own;
    Take t = mine;
    t.id = "take-big";
    t.time = "2030-01-01T00:00:00Z";
    t.text = words(600, "CARDEND");
    t.score = 100;
    big.takes.push_back(t);
    Rendered r = renderToPdf(dir, build(catalog, big, o), Paper::A4, "bigcard.pdf");
    CHECK(r.facts.pages == 1);
    CHECK(r.text.find("CARDEND") != std::string::npos);
}

TEST_CASE("repeatsAsk: the same sentence practised, or the same ask in other words", "[print]") {
    const std::string ask =
        "I miss how easy things used to feel. Would you be willing to try three sessions online? "
        "You choose the therapist.";
    CHECK(repeatsAsk(ask, "I miss how easy things used to feel between us. Would you try three sessions?"));
    CHECK(repeatsAsk(ask, "Would you be willing to try three sessions online, if you choose the therapist?"));
    CHECK_FALSE(repeatsAsk(ask, "Lately I feel like we're flatmates, and I want my friend back."));
    CHECK_FALSE(repeatsAsk(ask, ""));
    CHECK_FALSE(repeatsAsk("", "anything at all"));
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

TEST_CASE("the rehearsal script prints in the takes section, takes or not", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = newWorkbook("", "2026-11-22T10:00:00Z");
    const std::string script = "Would you try one session with me? You pick the person.";
    wb.answers[kRehearsalSheet][kRehearsalScriptField] = boost::json::value(script);
    ExportDocument doc = build(catalog, wb);
    int rehearsalSections = 0;
    for (const auto& s : doc.sections) {
        if (s.id != kRehearsalSectionId) continue;
        ++rehearsalSections;
        CHECK(s.title == practicePageName("takes"));  // the sidebar's name, not the raw id of an unknown page
        bool found = false;
        for (const auto& b : s.blocks) found = found || b.answer == script;
        CHECK(found);
    }
    CHECK(rehearsalSections == 1);
    TempDir dir;
    Rendered r = renderToPdf(dir, doc, Paper::A4);
    CHECK(norm(r.text).find(norm(script)) != std::string::npos);
    CHECK(r.text.find("No takes yet") != std::string::npos);

    // Chosen by name, it prints; left out, the script stays off the paper.
    ExportOptions only;
    only.sections = {"pattern"};
    for (const auto& s : build(catalog, wb, only).sections) CHECK(s.id != kRehearsalSectionId);
}

// [SECTION] Help on paper

TEST_CASE("the printed workbook ends with where to turn, by default, in the chosen country's numbers",
          "[print][safety]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    SafetyCard card = builtInSafetyCard();
    TempDir dir;
    for (const HelpCountry& country : card.countries) {
        INFO(country.code);
        ExportOptions o;
        o.safety = &card;
        o.helpCountry = country.code;
        ExportDocument doc = build(catalog, wb, o);
        REQUIRE_FALSE(doc.safetyLine.empty());
        CHECK_THAT(doc.safetyLine, Catch::Contains(country.name));
        // Every line with a brief is on it, and nothing from another country.
        for (const auto& l : country.lines)
            if (!l.brief.empty()) CHECK_THAT(doc.safetyLine, Catch::Contains(l.brief));
        for (const HelpCountry& other : card.countries)
            if (other.code != country.code) CHECK_THAT(doc.safetyLine, !Catch::Contains("(" + other.name + ")"));
        // At the very end of each output.
        std::string md = renderMarkdown(doc);
        CHECK(md.rfind(doc.safetyLine) != std::string::npos);
        CHECK(md.rfind(doc.safetyLine) > md.rfind("Your best take"));
        std::string html = renderHtml(doc, Paper::A4);
        CHECK(html.rfind("safety-line") > html.rfind("</section>"));
    }
    ExportOptions gb;
    gb.safety = &card;
    gb.helpCountry = "gb";  // any case
    Rendered r = renderToPdf(dir, build(catalog, wb, gb), Paper::A4, "line.pdf");
    std::string text = norm(r.text);
    CHECK(text.rfind(norm("0808 2000 247")) != std::string::npos);
    CHECK(text.rfind(norm("0808 2000 247")) > text.rfind(norm("Your best take")));

    // An unknown or empty country gets the pointer that works everywhere.
    ExportOptions none;
    CHECK_THAT(build(catalog, wb, none).safetyLine, Catch::Contains("findahelpline.com"));
    none.helpCountry = "XK";
    CHECK_THAT(build(catalog, wb, none).safetyLine, Catch::Contains("findahelpline.com"));

    // Switched off in the export options; never on the card or a handout.
    ExportOptions off = gb;
    off.safetyLine = false;
    ExportDocument quiet = build(catalog, wb, off);
    CHECK(quiet.safetyLine.empty());
    CHECK(renderMarkdown(quiet).find("0808 2000 247") == std::string::npos);
    CHECK(norm(renderToPdf(dir, quiet, Paper::A4, "quiet.pdf").text).find(norm("0808 2000 247")) == std::string::npos);
    ExportOptions cardOnly = gb;
    cardOnly.card = true;
    CHECK(build(catalog, wb, cardOnly).safetyLine.empty());
    ExportOptions handout = gb;
    handout.sections = {"first_session"};
    CHECK(build(catalog, wb, handout).safetyLine.empty());
}

TEST_CASE("the printed safety page shows the numbers, not a menu", "[print][safety]") {
    WorksheetCatalog catalog = realCatalog();
    SafetyCard card = builtInSafetyCard();
    TempDir dir;
    for (bool blank : {false, true}) {
        Workbook wb = blank ? newWorkbook("", "2026-11-22T10:00:00Z") : exampleWorkbook();
        ExportOptions o;
        o.safety = &card;
        o.helpCountry = "IE";
        o.sections = {"safety_check"};
        o.blank = blank;
        ExportDocument doc = build(catalog, wb, o);
        REQUIRE(doc.sections.size() == 1);
        Rendered r = renderToPdf(dir, doc, Paper::A4, blank ? "blank-safety.pdf" : "safety.pdf");
        std::string text = norm(r.text);
        for (const auto& l : helpFor(card, "IE").lines) {
            CHECK(text.find(norm(l.name)) != std::string::npos);
            CHECK(text.find(norm(l.contact)) != std::string::npos);
        }
        CHECK(text.find(norm("Help > Safety")) == std::string::npos);
        CHECK(text.find(norm("checked on 2026")) != std::string::npos);
        CHECK(renderMarkdown(doc).find("1800 341 900") != std::string::npos);
    }
}

TEST_CASE("a page for the partner prints on its own: no cover, no title, nothing private", "[print][safety]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    TempDir dir;
    for (const char* id : {"first_session", "weekly_checkin", "fair_fighting"}) {
        INFO(id);
        const WorksheetDef* ws = catalog.find(id);
        REQUIRE(ws);
        CHECK(ws->handout);
        ExportOptions o;
        o.sections = {id};
        ExportDocument doc = build(catalog, wb, o);
        CHECK(doc.handout);
        Rendered r = renderToPdf(dir, doc, Paper::A4, std::string(id) + ".pdf");
        CHECK(r.text.find(wb.title) == std::string::npos);
        CHECK(r.text.find("Private and confidential") == std::string::npos);
        CHECK(r.text.find("MY WORKBOOK") == std::string::npos);
        CHECK(norm(r.text).rfind(norm(ws->title), 0) == 0);  // the page itself comes first
        std::string md = renderMarkdown(doc);
        CHECK(md.find(wb.title) == std::string::npos);
        std::string html = renderHtml(doc, Paper::A4);
        CHECK(html.find(wb.title) == std::string::npos);
        CHECK(html.find("class=\"cover\"") == std::string::npos);
        // Blank, to fill in together.
        o.blank = true;
        CHECK(build(catalog, wb, o).handout);
    }
    // With any page that isn't for the partner, it is the workbook again.
    ExportOptions mixed;
    mixed.sections = {"first_session", "pattern"};
    ExportDocument doc = build(catalog, wb, mixed);
    CHECK_FALSE(doc.handout);
    CHECK(renderMarkdown(doc).find(wb.title) != std::string::npos);
}

TEST_CASE("answers kept private stay off paper unless asked for, and the page says one was left out", "[print]") {
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    std::vector<std::pair<std::string, std::string>> privateOnes;  // label, answer
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields)
            if (f.privateByDefault)
                if (const json::value* v = wb.answer(ws.id, f.id); v && v->is_string() && !v->get_string().empty())
                    privateOnes.emplace_back(f.label, std::string(v->get_string()));
    REQUIRE(privateOnes.size() >= 2);  // the example fills in the blunt versions
    ExportOptions quiet;
    ExportOptions asked;
    asked.privateAnswers = true;
    const std::string without = norm(renderMarkdown(build(catalog, wb, quiet)));
    const std::string with = norm(renderMarkdown(build(catalog, wb, asked)));
    TempDir dir;
    const std::string pdf = norm(renderToPdf(dir, build(catalog, wb, quiet), Paper::A4).text);
    for (const auto& [label, answer] : privateOnes) {
        INFO(label << ": " << answer);
        CHECK(without.find(norm(answer)) == std::string::npos);
        CHECK(pdf.find(norm(answer)) == std::string::npos);
        CHECK(without.find(norm(label + "\u201d is kept private")) != std::string::npos);
        CHECK(with.find(norm(answer)) != std::string::npos);
    }
}

TEST_CASE("a field's example answer (its placeholder) never reaches paper, blank or not", "[print]") {
    // The window shows it in the empty box as "e.g. ..."; on paper it would
    // read as something the person wrote.
    WorksheetCatalog catalog = realCatalog();
    std::vector<std::string> examples;
    ExportOptions o;
    for (const auto& ws : catalog.worksheets()) {
        o.sections.push_back(ws.id);  // private pages too
        for (const auto& f : ws.fields)
            if (f.placeholder.size() >= 20) examples.push_back(f.placeholder);  // too short to tell apart: "lonely"
    }
    REQUIRE(examples.size() > 10);
    Workbook empty = newWorkbook("Examples", "2026-12-01T10:00:00Z");
    for (bool blank : {true, false}) {
        o.blank = blank;
        ExportDocument doc = build(catalog, empty, o);
        TempDir dir;
        const std::string pdf = norm(renderToPdf(dir, doc, Paper::A4).text), html = norm(renderHtml(doc, Paper::A4)),
                          md = norm(renderMarkdown(doc));
        REQUIRE(pdf.find(norm(catalog.worksheets().front().title)) != std::string::npos);  // the pages are there
        for (const std::string& e : examples) {
            INFO((blank ? "blank: " : "empty: ") << e);
            CHECK(pdf.find(norm(e)) == std::string::npos);
            CHECK(html.find(norm(e)) == std::string::npos);
            CHECK(md.find(norm(e)) == std::string::npos);
        }
    }
}

TEST_CASE("an export never replaces a workbook or its journal, from the window or the CLI alike", "[print]") {
    // exportToFile is what both call: the window's Export dialog wrote any
    // typed path, the open workbook itself included.
    TempDir dir;
    ExportDocument doc = build(realCatalog(), exampleWorkbook());
    const std::string wb = dir.file("mine.json"), journal = dir.file("mine.json.journal");
    writeText(wb, readText(sourcePath("workbooks/example.json")));
    writeText(journal, "{\"format\":\"doorway-journal\",\"version\":1,\"base\":\"00\"}\n");
    for (const std::string& target : {wb, journal}) {
        const std::string before = readText(target);
        std::string err;
        CHECK_FALSE(exportToFile(doc, pdfFormat(), Paper::A4, target, err));
        CHECK(err.find("never replaces") != std::string::npos);
        CHECK(readText(target) == before);
    }
    // An earlier export is replaced as asked.
    std::string err;
    writeText(dir.file("old.pdf"), "an old export");
    CHECK(exportToFile(doc, pdfFormat(), Paper::A4, dir.file("old.pdf"), err));
}

TEST_CASE("a dated entry's own id never reaches paper, in any format", "[print]") {
    // Entries made in the window carry "row": "d1"; they printed as
    // "Call the EAP line / row: d1" (the example's entries carry ids too).
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    const json::value* booked = wb.answer("after_yes", "booked");
    REQUIRE(booked);
    REQUIRE(booked->is_array());
    REQUIRE(booked->get_array().at(0).get_object().contains(kRowIdKey));
    ExportDocument doc = build(catalog, wb);
    TempDir dir;
    for (const std::string& out :
         {renderMarkdown(doc), renderHtml(doc, Paper::A4), renderToPdf(dir, doc, Paper::A4).text}) {
        CHECK_THAT(out, Catch::Contains("Free 20-minute call with the therapist"));
        CHECK(out.find("row:") == std::string::npos);
        CHECK(out.find(": d1") == std::string::npos);
    }
}

TEST_CASE("the printed best take is a rehearsal take, never a role-play answer", "[print]") {
    // The Takes page counts rehearsal takes only; paper named a role-play
    // answer of 98 "Your best take".
    WorksheetCatalog catalog = realCatalog();
    Workbook wb = exampleWorkbook();
    Take answer;
    answer.id = "take-answer";
    answer.time = "2026-11-30T20:00:00Z";
    answer.mode = "roleplay";
    answer.objection = "cost";
    answer.text = "An answer to their worry about the cost, scored high.";
    answer.score = 99;
    answer.band = "invitation";
    wb.takes.push_back(answer);
    std::string md = renderMarkdown(build(catalog, wb));
    const size_t at = md.find("Your best take");
    REQUIRE(at != std::string::npos);
    CHECK(md.find(answer.text, at) == std::string::npos);
}
