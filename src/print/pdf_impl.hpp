#pragma once
// What the files of the PDF renderer share: the look, the pages of drawing
// operations with their text flow (pdf_page.cpp), and the Writer that
// places each kind of block (pdf_blocks.cpp; tables in pdf_table.cpp, charts
// in pdf_chart.cpp). pdf.cpp puts a whole document together. Internal to
// src/print: the rest of Doorway calls renderPdf (print/export.hpp).
#include "print/export.hpp"

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace doorway::pdf_detail {

// [SECTION] Look

struct Rgb {
    double r, g, b;
};
constexpr Rgb kInk{0.13, 0.14, 0.16};
constexpr Rgb kMuted{0.42, 0.44, 0.48};
constexpr Rgb kRule{0.78, 0.80, 0.83};
constexpr Rgb kAccent{0.20, 0.42, 0.50};  // teal: the door
constexpr Rgb kAccentSoft{0.90, 0.94, 0.95};
constexpr Rgb kWarm{0.80, 0.45, 0.25};  // second series
constexpr Rgb kNoteFill{0.96, 0.95, 0.92};
constexpr Rgb kHeaderFill{0.93, 0.94, 0.95};

inline void setColor(cairo_t* cr, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

struct Style {
    double scale = 1.0;
    double body = 10.5, intro = 11, prompt = 11, help = 9, small = 8.5, h1 = 20, h2 = 13.5, answer = 10.5;
    double leading = 2.6;  // extra points between lines
    double f(double pt) const { return pt * scale; }
};

using LayoutPtr = std::shared_ptr<PangoLayout>;

// [SECTION] Pages of drawing operations

using DrawOp = std::function<void(cairo_t*)>;

struct Page {
    std::vector<DrawOp> ops;
    std::vector<std::string> outline;  // section titles starting here
};

struct LineInfo {
    PangoLayoutLine* line;
    double height;  // logical height + leading
    double ascent;  // baseline below the line's top
    double x;       // offset within the layout
};

class Pdf {
public:
    Pdf(Paper paper, const Style& style);
    ~Pdf() { g_object_unref(m_context); }
    Pdf(const Pdf&) = delete;
    Pdf& operator=(const Pdf&) = delete;

    double width() const { return m_right - m_left; }
    double left() const { return m_left; }
    double y() const { return m_y; }
    const Style& style() const { return m_style; }
    size_t pageCount() const { return m_pages.size(); }
    double contentHeight() const { return m_bottom - m_top; }

    // `text` in the house font at `size` points (times the style's scale),
    // wrapped at `width` (0: no wrapping). Always plain text, never markup.
    LayoutPtr layout(const std::string& text, double size, double width, PangoWeight weight = PANGO_WEIGHT_NORMAL,
                     PangoStyle slant = PANGO_STYLE_NORMAL);
    // The layout's lines with their heights (leading included) and baselines.
    std::vector<LineInfo> lines(const LayoutPtr& l) const;

    double height(const LayoutPtr& l) const {
        double h = 0;
        for (const auto& li : lines(l)) h += li.height;
        return h;
    }

    void newPage() {
        m_pages.emplace_back();
        m_y = m_top;
        m_headingsOnly = true;
    }
    bool atTop() const { return m_y <= m_top + 0.01; }
    // Moves to a new page unless `h` fits below (or we are already at the
    // top, or below nothing but headings, where breaking again would only
    // leave them alone on a page).
    void ensure(double h) {
        if (m_pages.empty()) newPage();
        if (m_y + h > m_bottom && !atTop() && !m_headingsOnly) newPage();
    }
    // While one lives, what is added is a heading (it does not end a page's
    // run of headings only).
    struct HeadingScope {
        Pdf& pdf;
        explicit HeadingScope(Pdf& p) : pdf(p) { pdf.m_inHeading = true; }
        ~HeadingScope() { pdf.m_inHeading = false; }
        HeadingScope(const HeadingScope&) = delete;
        HeadingScope& operator=(const HeadingScope&) = delete;
    };
    // Vertical room; never starts a page by itself (the next thing placed
    // does, so a gap at a page end cannot leave an empty page behind).
    void space(double h) {
        if (m_pages.empty()) newPage();
        m_y = std::min(m_y + h, m_bottom + 1);
    }
    bool pageHasContent() const { return !m_pages.empty() && !m_pages.back().ops.empty(); }
    void add(DrawOp op) {
        if (m_pages.empty()) newPage();
        if (!m_inHeading) m_headingsOnly = false;
        m_pages.back().ops.push_back(std::move(op));
    }
    void outline(const std::string& title) {
        if (m_pages.empty()) newPage();
        m_pages.back().outline.push_back(title);
    }
    void setY(double y) { m_y = y; }
    // Where the layout stands, to try placing something and take it back:
    // keep-with-next tries a heading with what follows, and the closing line
    // re-lays the last section rather than sit alone on a page.
    struct Mark {
        size_t pages = 0, ops = 0, outlines = 0;
        double y = 0;
        bool headingsOnly = true;
    };
    Mark mark() const;
    void rollback(const Mark& m);
    // True when what was placed after `m` began on a later page than m's
    // (nothing of it landed on m's page).
    bool startedAfter(const Mark& m) const;
    // Leaves `h` points free at the foot of every page from now on (0: none).
    void reserveBottom(double h) { m_bottom = m_pageH - kFootBand - h; }
    double bottom() const { return m_bottom; }
    double top() const { return m_top; }

    // Places a layout line by line at `x`, breaking pages between lines.
    // `deco` draws behind each line (rules, fills, boxes), given the line's
    // top, height and index.
    using LineDeco = std::function<void(cairo_t*, double top, double h, size_t index)>;
    void flow(const LayoutPtr& l, double x, Rgb color, const LineDeco& deco = {});

    // Draws the finished pages.
    bool finish(cairo_surface_t* surface, const ExportDocument& doc, bool cover, std::string& error);

private:
    static constexpr double kFootBand = 76;  // below the text: the footer
    Style m_style;
    double m_pageW = 0, m_pageH = 0;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    double m_y = 0;
    bool m_headingsOnly = true;  // this page holds headings or nothing
    bool m_inHeading = false;
    PangoContext* m_context = nullptr;
    std::vector<Page> m_pages;
};

// [SECTION] Shapes

void roundedRect(cairo_t* cr, double x, double y, double w, double h, double r);
// A check box, ticked (filled, with a tick) or empty.
void drawBox(cairo_t* cr, double x, double y, double s, bool ticked);
// A straight rule from (x0, y0) to (x1, y1).
void strokeLine(cairo_t* cr, double x0, double y0, double x1, double y1, Rgb color, double width);

// [SECTION] Blocks

// Places an ExportDocument's blocks on the pages, one method per block kind.
class Writer {
public:
    Writer(Pdf& pdf) : m_pdf(pdf), m_st(pdf.style()) {}

    void heading(const Block& b);
    void paragraph(const Block& b);
    // An info card: a tinted box, drawn behind each line so it can run
    // across a page break.
    void note(const Block& b);
    // A field's prompt and help, kept on one page with what follows: all
    // of it (`followWhole`) when prompt and all fit on a page, else its
    // first `followMin` points (two lines, say: no orphans).
    void prompt(const Block& b, double followMin, double followWhole = 0);
    void answer(const Block& b);
    void checklist(const Block& b);
    void scale(const Block& b);
    void table(const Block& b);  // pdf_table.cpp
    void chart(const Block& b);  // pdf_chart.cpp
    void script(const Block& b);
    void block(const Block& b);
    // A section's blocks in order, each heading kept with the start of what
    // follows it: when that moves to the next page, the heading goes too.
    void blocks(const std::vector<Block>& bs);

    // Height of the first `n` lines of a layout (to keep them with a prompt).
    double firstLines(const LayoutPtr& l, size_t n) const;

    // Tight: the room between blocks shrinks (times `t`, 1 = as designed)
    // and ruled lines come a little closer, so a section whose last page
    // would hold only a few lines can end a page sooner (pdf.cpp tries it).
    void setTight(double t) { m_tight = t; }

private:
    Pdf& m_pdf;
    const Style& m_st;
    double m_tight = 1.0;

    // Room between blocks: the stretch of the page that tightens.
    void vspace(double h) { m_pdf.space(h * m_tight); }
    // The distance between ruled lines to write on.
    double ruleGap() const { return 22 * m_st.scale * (m_tight < 1 ? 0.85 : 1.0); }

    void keepLines(const LayoutPtr& l, size_t n) { m_pdf.ensure(firstLines(l, n)); }
    // `whole` when it fits on one page, else `part`: a box moves whole to
    // the next page unless it is longer than a page.
    double wholeOr(double whole, double part) const { return whole <= m_pdf.contentHeight() ? whole : part; }
    // A band of decoration with no text (box padding), page-break aware.
    void strip(double h, const Pdf::LineDeco& deco);
    void ruledLines(int n, double gap);

    // Tables (pdf_table.cpp).
    std::vector<double> columnWidths(const TableData& t, size_t cols, double pad);
    double rowHeight(const std::vector<LayoutPtr>& cells, double pad) const;
    void drawRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad, bool head);
    // Places a row, splitting it by lines across pages when it is taller
    // than the room left (a very long cell never gets clipped).
    void splitRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad,
                  const std::vector<LayoutPtr>& header);
    void emptyRow(const std::vector<double>& widths, double h);
    static void gridLines(cairo_t* cr, double x, double y, const std::vector<double>& widths, double h);
};

}  // namespace doorway::pdf_detail
