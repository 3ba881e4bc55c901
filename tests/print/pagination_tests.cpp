// How the PDF falls into pages, read back page by page with
// `pdftotext -layout`: no page holds only the footer and the closing line, a
// box that fits on a page is never split, a longer one splits between lines
// with at least two of them on each side, a heading never sits alone at the
// foot of a page, and the contents give the page each section starts on.
#include "print_support.hpp"

#include "core/export_layout.hpp"
#include "print/pdf_impl.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <sstream>

using namespace doorway;
using namespace doorway::test;

namespace {

// The PDF's pages as pdftotext lays them out (form feeds between pages).
std::vector<std::string> renderPages(const TempDir& dir, const ExportDocument& doc, Paper paper,
                                     const std::string& name) {
    std::string path = dir.file(name);
    std::string err;
    int count = 0;
    REQUIRE(exportToFile(doc, pdfFormat(), paper, path, err, &count));
    std::string all = runCapture("pdftotext -layout -enc UTF-8 " + quote(path) + " - 2>/dev/null");
    std::vector<std::string> pages;
    size_t at = 0;
    for (size_t ff; (ff = all.find('\f', at)) != std::string::npos; at = ff + 1)
        pages.push_back(all.substr(at, ff - at));
    REQUIRE(int(pages.size()) == count);
    return pages;
}

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

// A page's lines of text, trimmed, without empty ones and without the
// footer's line ("Page N of M").
std::vector<std::string> bodyLines(const std::string& page) {
    static const std::regex footer(R"(Page \d+ of \d+)");
    std::vector<std::string> out;
    std::istringstream in(page);
    for (std::string line; std::getline(in, line);) {
        std::string t = trim(line);
        if (!t.empty() && !std::regex_search(t, footer)) out.push_back(t);
    }
    return out;
}

// The first page at or after `from` whose text holds `marker`; -1 if none.
int pageOf(const std::vector<std::string>& pages, const std::string& marker, size_t from = 0) {
    for (size_t i = from; i < pages.size(); ++i)
        if (pages[i].find(marker) != std::string::npos) return int(i);
    return -1;
}

std::string tag(const char* kind, int id) {
    return "Q" + std::string(kind) + std::to_string(id) + "Q";
}

// A box of `lines` short lines (none wraps): QS<id>Q opens it, QA<id>Q is on
// its second line, QZ<id>Q on its last but one, QE<id>Q closes it.
std::string boxText(int id, int lines) {
    std::string s;
    for (int j = 1; j <= lines; ++j) {
        if (j > 1) s += "\n";
        s += "line " + std::to_string(j) + " of box " + std::to_string(id);
        if (j == 1) s += " " + tag("S", id);
        if (j == 2) s += " " + tag("A", id);
        if (j == lines - 1) s += " " + tag("Z", id);
        if (j == lines) s += " " + tag("E", id);
    }
    return s;
}

ExportDocument syntheticDoc(std::vector<Block> blocks, const std::string& safetyLine = "") {
    ExportDocument doc;
    doc.title = "Pagination check";
    doc.date = "2026-11-22";
    doc.confidential = "Private.";
    doc.footer = "Doorway · Pagination check";
    doc.safetyLine = safetyLine;
    doc.sections.push_back({"one", "Section one", std::move(blocks)});
    return doc;
}

struct Box {
    int id = 0;
    int lines = 0;
    bool headed = false;  // a heading (QH<id>Q) comes just before it
};

// Answers, notes and scripts of every size from one line to longer than a
// page, some after a heading, in an order drawn from a fixed seed.
ExportDocument boxesDoc(std::vector<Box>& boxes, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<Block> blocks;
    for (int id = 1; id <= 60; ++id) {
        Box box{id, int(rng() % 40) + 1, rng() % 4 == 0};
        if (id % 9 == 0) box.lines = 75;  // longer than any page
        if (box.headed) {
            Block h;
            h.kind = BlockKind::Heading;
            h.level = 2;
            h.text = "A part of the sheet " + tag("H", id);
            blocks.push_back(h);
        }
        Block b;
        switch (id % 3) {
            case 0:
                b.kind = BlockKind::Answer;
                b.text = "What would you write here " + tag("P", id);
                b.help = "A gentle line of help under the prompt.";
                b.answer = boxText(id, box.lines);
                b.answered = true;
                break;
            case 1:
                b.kind = BlockKind::Paragraph;
                b.style = ParagraphStyle::Note;
                b.text = "A card of text " + tag("P", id);
                b.help = boxText(id, box.lines);
                break;
            default:
                b.kind = BlockKind::Script;
                b.text = "A practised take " + tag("P", id);
                b.meta = "Score 80 of 100";
                b.answer = boxText(id, box.lines);
                break;
        }
        blocks.push_back(b);
        boxes.push_back(box);
    }
    return syntheticDoc(blocks);
}

}  // namespace

TEST_CASE("a box that fits on a page is never split, a longer one keeps two lines on each side", "[print][pages]") {
    TempDir dir;
    for (Paper paper : {Paper::A4, Paper::Letter})
        for (unsigned seed : {1u, 2u, 3u}) {
            std::vector<Box> boxes;
            ExportDocument doc = boxesDoc(boxes, seed);
            auto pages = renderPages(dir, doc, paper, "boxes.pdf");
            int longOnes = 0;
            for (const Box& box : boxes) {
                INFO(paperName(paper) << " seed " << seed << " box " << box.id << " of " << box.lines << " lines");
                int prompt = pageOf(pages, tag("P", box.id));
                int start = pageOf(pages, tag("S", box.id));
                int second = pageOf(pages, tag("A", box.id));
                int lastButOne = pageOf(pages, tag("Z", box.id));
                int end = pageOf(pages, tag("E", box.id));
                REQUIRE(prompt >= 1);
                REQUIRE(end >= 1);
                // The prompt comes with the box's first two lines (no orphan).
                CHECK(start == prompt);
                if (box.lines >= 2) CHECK(second == prompt);
                // Up to 30 lines fits on any page with its prompt (a script's
                // type is the largest: 30 of its lines take about 480 pt of
                // Letter's 654); between that and 75 it depends.
                if (box.lines <= 30) {
                    CHECK(end == start);  // whole on one page
                } else if (box.lines >= 75) {
                    ++longOnes;
                    CHECK(end > start);
                    CHECK(lastButOne == end);  // no widow
                }
                if (box.headed) CHECK(pageOf(pages, tag("H", box.id)) == prompt);
            }
            CHECK(longOnes >= 5);
            // A heading is never the last thing on a page.
            for (size_t p = 0; p < pages.size(); ++p) {
                auto lines = bodyLines(pages[p]);
                INFO("page " << p + 1);
                if (!lines.empty()) CHECK(lines.back().find("A part of the sheet") == std::string::npos);
            }
        }
}

TEST_CASE("the closing help line never has a page to itself", "[print][pages]") {
    const std::string line =
        "If things ever feel unsafe: your local emergency number. Helplines for your country at findahelpline.com.";
    TempDir dir;
    // An answer of every length, so the section ends at every height of a page.
    for (Paper paper : {Paper::A4, Paper::Letter})
        for (int n = 30; n <= 110; n += 2) {
            Block intro;
            intro.kind = BlockKind::Paragraph;
            intro.text = "A short opening paragraph.";
            Block a;
            a.kind = BlockKind::Answer;
            a.text = "Write as much as you like";
            a.answer = boxText(1, n);
            a.answered = true;
            auto pages = renderPages(dir, syntheticDoc({intro, a}, line), paper, "closing.pdf");
            for (size_t p = 0; p < pages.size(); ++p) {
                std::string rest;
                for (const auto& l : bodyLines(pages[p])) rest += l;
                rest = norm(rest);
                if (size_t at = rest.find(norm(line)); at != std::string::npos) rest.erase(at, norm(line).size());
                INFO(paperName(paper) << ", an answer of " << n << " lines, page " << p + 1 << " of " << pages.size());
                CHECK_FALSE(rest.empty());
            }
            CHECK(norm(pages.back()).find(norm(line)) != std::string::npos);
        }
}

namespace {

// The example workbook as it is, and with every long answer many times
// longer (some past a page), each marked at both ends: QS<n>Q ... QE<n>Q.
Workbook longAnswers(const WorksheetCatalog& catalog, std::vector<std::pair<int, size_t>>& marked) {
    Workbook wb = exampleWorkbook();
    int n = 0;
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields) {
            if (f.kind != FieldKind::LongText || ws.privateByDefault || f.privateByDefault) continue;
            auto it = wb.answers.find(ws.id);
            if (it == wb.answers.end() || !it->second.count(f.id) || !it->second.at(f.id).is_string()) continue;
            std::string base(it->second.at(f.id).get_string());
            if (base.empty()) continue;
            ++n;
            std::string text = tag("S", n) + " ";
            int times = n % 3 == 0 ? 30 : 4;
            for (int i = 0; i < times; ++i) text += base + (i % 5 == 4 ? "\n" : " ");
            text += tag("E", n);
            it->second[f.id] = json::string(text);
            marked.push_back({n, text.size()});
        }
    return wb;
}

void checkContents(const std::vector<std::string>& pages, const ExportDocument& doc) {
    REQUIRE(pages.size() >= 2);
    auto cover = bodyLines(pages[0]);
    size_t from = 1;
    for (const auto& s : doc.sections) {
        INFO("section " << s.title);
        // The contents line: the title, dots, the page number.
        int listed = -1;
        for (const auto& l : cover) {
            std::smatch m;
            if (l.rfind(s.title, 0) == 0 && std::regex_search(l, m, std::regex(R"((\d+)$)"))) listed = std::stoi(m[1]);
        }
        // Where the title stands as a heading, a line of its own.
        int found = -1;
        for (size_t p = from; p < pages.size() && found < 0; ++p)
            for (const auto& l : bodyLines(pages[p]))
                if (l == s.title) {
                    found = int(p) + 1;
                    from = p;
                    break;
                }
        CHECK(found > 1);
        CHECK(listed == found);
    }
    // Every page after the cover is numbered "Page N of M" in its footer.
    std::string total = std::to_string(pages.size());
    CHECK(pages[0].find(" of " + total) == std::string::npos);
    for (size_t p = 1; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(pages[p].find("Page " + std::to_string(p + 1) + " of " + total) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("the contents give the page each worksheet starts on, and every page is numbered", "[print][pages]") {
    WorksheetCatalog catalog = realCatalog();
    TempDir dir;
    std::vector<std::pair<int, size_t>> marked;
    Workbook longer = longAnswers(catalog, marked);
    REQUIRE(marked.size() >= 6);
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        INFO(paperName(paper));
        for (const Workbook& wb : {exampleWorkbook(), longer}) {
            ExportOptions o;
            o.date = "2026-11-22";
            ExportDocument doc;
            std::string err;
            REQUIRE(buildExportDocument(catalog, wb, o, doc, err));
            auto pages = renderPages(dir, doc, paper, "workbook.pdf");
            checkContents(pages, doc);
            // Nothing but the footer and the closing line on any page.
            for (size_t p = 1; p < pages.size(); ++p) {
                std::string rest;
                for (const auto& l : bodyLines(pages[p])) rest += l;
                rest = norm(rest);
                if (size_t at = rest.find(norm(doc.safetyLine)); at != std::string::npos)
                    rest.erase(at, norm(doc.safetyLine).size());
                INFO("page " << p + 1);
                CHECK_FALSE(rest.empty());
            }
        }
        auto pages = renderPages(
            dir,
            [&] {
                ExportOptions o;
                o.date = "2026-11-22";
                ExportDocument doc;
                std::string err;
                REQUIRE(buildExportDocument(catalog, longer, o, doc, err));
                return doc;
            }(),
            paper, "longer.pdf");
        // A marked answer short enough for one page stays on one page.
        for (const auto& [id, size] : marked) {
            INFO("answer " << id << ", " << size << " bytes");
            int start = pageOf(pages, tag("S", id)), end = pageOf(pages, tag("E", id));
            CHECK(start >= 1);
            CHECK(end >= start);
            if (size <= 1500) CHECK(end == start);
        }
    }
}

TEST_CASE("a short table, filled in or with empty rows to write in, stays on one page", "[print][pages]") {
    TempDir dir;
    // Whatever comes before it, so the table starts at every height of a page.
    for (int n = 20; n <= 60; ++n) {
        Block before;
        before.kind = BlockKind::Answer;
        before.text = "Before the tables";
        before.answer = boxText(1, n);
        before.answered = true;
        Block blank;
        blank.kind = BlockKind::Table;
        blank.text = "A form to fill in by hand";
        blank.table.header = {"Date " + tag("T", 1), "Entry"};
        blank.table.blankRows = 6;
        Block filled;
        filled.kind = BlockKind::Table;
        filled.text = "A few rows";
        filled.table.header = {"When " + tag("T", 2), "What"};
        for (int r = 1; r <= 4; ++r) filled.table.rows.push_back({"row " + std::to_string(r), "words " + tag("R", r)});
        auto pages = renderPages(dir, syntheticDoc({before, blank, before, filled}), Paper::A4, "tables.pdf");
        INFO("after an answer of " << n << " lines");
        for (int id : {1, 2}) {
            int on = 0;
            for (const auto& p : pages) on += p.find(tag("T", id)) != std::string::npos;
            CHECK(on == 1);  // the header is never repeated: the table did not split
        }
        CHECK(pageOf(pages, tag("R", 4)) == pageOf(pages, tag("T", 2)));
    }
}

namespace {
// How far down each page of a PDF its body text reaches, and where its
// footer starts (pdftotext -bbox: points from the top of the page).
struct PageFill {
    double bodyEnd = 0;
    double footerTop = 0;
};
std::vector<PageFill> pageFills(const std::string& pdf) {
    const std::string xml = runCapture("pdftotext -bbox -enc UTF-8 " + quote(pdf) + " - 2>/dev/null");
    static const std::regex word(
        R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>)re");
    std::vector<PageFill> out;
    std::vector<std::pair<double, double>> words;  // yMin, yMax of a page's words
    auto close = [&] {
        if (out.empty()) return;
        for (const auto& [top, bottom] : words)
            if (top < out.back().footerTop - 1) out.back().bodyEnd = std::max(out.back().bodyEnd, bottom);
        words.clear();
    };
    std::istringstream in(xml);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (line.find("<page ") != std::string::npos) {
            close();
            out.push_back({});
        } else if (!out.empty() && std::regex_search(line, m, word)) {
            words.emplace_back(std::stod(m[1]), std::stod(m[2]));
            if (m[3] == "Page") out.back().footerTop = std::stod(m[1]);
        }
    }
    close();
    return out;
}
}  // namespace

TEST_CASE("a short filled-in table never moves on whole and leaves most of a page blank", "[print][pages]") {
    TempDir dir;
    int moved = 0;
    for (int n = 4; n <= 60; n += 2) {
        Block before;
        before.kind = BlockKind::Answer;
        before.text = "Before the table";
        before.answer = boxText(1, n) + " " + tag("B", 1);
        before.answered = true;
        // Like the doors log: five dated rows, three lines a note, under half a page.
        Block log;
        log.kind = BlockKind::Table;
        log.text = "Each time I offered a door";
        log.table.header = {"Date " + tag("T", 1), "What", "Note"};
        for (int r = 1; r <= 5; ++r)
            log.table.rows.push_back({"2026-0" + std::to_string(r % 9 + 1) + "-14",
                                      "A walk-and-talk: one hard topic, side by side, outdoors " + tag("R", r),
                                      "He chose the book from the three I showed him, and we read a chapter "
                                      "on Sunday mornings before the children woke up"});
        const std::string pdf = dir.file("log.pdf");
        std::string err;
        int count = 0;
        REQUIRE(exportToFile(syntheticDoc({before, log}), pdfFormat(), Paper::A4, pdf, err, &count));
        auto pages = renderPages(dir, syntheticDoc({before, log}), Paper::A4, "log-text.pdf");
        auto fills = pageFills(pdf);
        REQUIRE(fills.size() == pages.size());
        INFO("after an answer of " << n << " lines");
        const int endOfBefore = pageOf(pages, tag("B", 1));
        const int header = pageOf(pages, tag("T", 1));
        REQUIRE(endOfBefore >= 0);
        REQUIRE(header >= endOfBefore);
        if (header == endOfBefore) continue;  // it started where the answer ended
        ++moved;
        const PageFill& left = fills[size_t(endOfBefore)];
        const double content = left.footerTop - 60;  // top margin and more: a page's room, roughly
        INFO("page " << endOfBefore + 1 << " ends at " << left.bodyEnd << " of " << left.footerTop);
        CHECK(left.footerTop - left.bodyEnd <= 0.3 * content);
    }
    CHECK(moved > 0);  // some heights did send the table to the next page
}

TEST_CASE("a long table never leaves its header or its last row alone, a chart keeps its caption", "[print][pages]") {
    TempDir dir;
    for (int n = 1; n <= 47; ++n) {
        Block before;
        before.kind = BlockKind::Answer;
        before.text = "Before the table";
        before.answer = boxText(1, n);
        before.answered = true;
        Block table;
        table.kind = BlockKind::Table;
        table.text = "Many rows";
        table.table.header = {"When " + tag("T", 1), "What"};
        const int rows = 40 + n % 5;
        for (int r = 1; r <= rows; ++r)
            table.table.rows.push_back({"row " + std::to_string(r), "words " + tag("R", r)});
        Block chart;
        chart.kind = BlockKind::Chart;
        chart.text = "Month by month " + tag("C", 1);
        chart.chart.categories = {"Jun", "Jul", "Aug"};
        chart.chart.series = {{"Fear signs", {1, 2, 3}, "fear"}};
        chart.caption = "The chart's caption, five lines long. " + tag("S", 2);
        for (int l = 0; l < 4; ++l) chart.caption += "\nMore words about the months.";
        chart.caption += " " + tag("E", 2);
        auto pages = renderPages(dir, syntheticDoc({before, table, before, chart}), Paper::A4, "long-table.pdf");
        INFO("after an answer of " << n << " lines");
        CHECK(pageOf(pages, tag("T", 1)) == pageOf(pages, tag("R", 1)));
        CHECK(pageOf(pages, tag("R", rows - 1)) == pageOf(pages, tag("R", rows)));
        // Every page the table reaches starts with its header and holds two rows or more.
        for (int r = 2; r <= rows; ++r) {
            int p = pageOf(pages, tag("R", r));
            if (p == pageOf(pages, tag("R", r - 1))) continue;
            CHECK(pages[size_t(p)].find(tag("T", 1)) != std::string::npos);
            if (r + 1 <= rows) CHECK(pageOf(pages, tag("R", r + 1)) == p);
            CHECK(r >= 3);  // not the first row alone under its header
            if (r >= 3) CHECK(pageOf(pages, tag("R", r - 2)) == p - 1);
        }
        CHECK(pageOf(pages, tag("C", 1)) == pageOf(pages, tag("S", 2)));
        CHECK(pageOf(pages, tag("C", 1)) == pageOf(pages, tag("E", 2)));
    }
}

TEST_CASE("a checklist keeps two options with its prompt and never leaves its last option alone", "[print][pages]") {
    TempDir dir;
    for (int n = 1; n <= 47; ++n) {
        Block before;
        before.kind = BlockKind::Answer;
        before.text = "Before the list";
        before.answer = boxText(1, n);
        before.answered = true;
        Block list;
        list.kind = BlockKind::Checklist;
        list.text = "Tick what fits " + tag("P", 1);
        const int count = 4 + n % 5;
        for (int i = 1; i <= count; ++i)
            list.items.push_back({"An option " + tag("K", i), "What the option means, in a line.", i % 2 == 0, ""});
        auto pages = renderPages(dir, syntheticDoc({before, list}), Paper::Letter, "list.pdf");
        INFO("after an answer of " << n << " lines, " << count << " options");
        int prompt = pageOf(pages, tag("P", 1));
        CHECK(pageOf(pages, tag("K", 1)) == prompt);
        CHECK(pageOf(pages, tag("K", 2)) == prompt);
        CHECK(pageOf(pages, tag("K", count - 1)) == pageOf(pages, tag("K", count)));
    }
}

TEST_CASE("a section that would end with a short last page is set tighter when that saves the page", "[print][pages]") {
    // One-line answers: how many fill one page at the designed spacing, laid
    // out by the renderer's own Writer (no guessing at heights here).
    auto answers = [](int n) {
        std::vector<Block> out;
        for (int i = 1; i <= n; ++i) {
            Block a;
            a.kind = BlockKind::Answer;
            a.text = "Question " + tag("P", i);
            a.answer = "One line of answer " + tag("S", i);
            a.answered = true;
            out.push_back(a);
        }
        return out;
    };
    auto pagesAsDesigned = [&](int n) {
        pdf_detail::Pdf pdf(Paper::A4, pdf_detail::Style{});
        pdf_detail::Writer wr(pdf);
        pdf.newPage();
        wr.blocks(answers(n));
        return pdf.pageCount();
    };
    int fit = 1;
    while (pagesAsDesigned(fit + 1) == 1) ++fit;
    REQUIRE(fit >= 5);
    TempDir dir;
    // One answer more than fits: the section is set tighter, on one page.
    ExportDocument over = syntheticDoc(answers(fit + 1));
    over.handout = true;  // no cover: the section starts on page 1
    auto pages = renderPages(dir, over, Paper::A4, "tight.pdf");
    CHECK(pages.size() == 1);
    CHECK(pageOf(pages, tag("S", fit + 1)) == 0);
    // Far more than a page: a long tail is no reason to tighten, and the
    // answers that fit on a page at the designed spacing fill the first.
    ExportDocument many = syntheticDoc(answers(fit + fit / 2));
    many.handout = true;
    pages = renderPages(dir, many, Paper::A4, "loose.pdf");
    CHECK(pages.size() == 2);
    CHECK(pageOf(pages, tag("S", fit)) == 0);
    CHECK(pageOf(pages, tag("P", fit + 1)) == 1);
    // A page that is full at the designed spacing leaves no room for the
    // closing help line. The section is laid out again with the line's room
    // kept, and that layout is also tried tighter: one page, line and all,
    // not a second page holding the last answer and the line.
    const std::string line =
        "If things ever feel unsafe, call your local emergency number. Free, confidential helplines for your "
        "country, for abuse at home and much else, are listed at findahelpline.com; a doctor or a counsellor of "
        "your own can help you plan a next step, whatever your partner decides.";
    ExportDocument full = syntheticDoc(answers(fit), line);
    full.handout = true;
    pages = renderPages(dir, full, Paper::A4, "tight-line.pdf");
    CHECK(pages.size() == 1);
    CHECK(pageOf(pages, tag("S", fit)) == 0);
    CHECK(norm(pages.back()).find(norm(line)) != std::string::npos);
}
