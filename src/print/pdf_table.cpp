// Tables on paper: column widths from what the cells hold, a header row
// repeated on every page the table reaches, and rows split by lines across
// a page break rather than clipped.
#include "print/pdf_impl.hpp"

#include <algorithm>

namespace doorway::pdf_detail {

namespace {

// The most of a page a short filled-in table may leave blank by moving on
// whole to the next one.
constexpr double kMostBlankLeft = 0.25;

double sumOf(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return s;
}

}  // namespace

void Writer::table(const Block& b) {
    const auto& t = b.table;
    size_t cols = std::max<size_t>(1, t.header.size());
    double pad = 4 * m_st.scale;
    std::vector<double> widths = columnWidths(t, cols, pad);
    auto cellLayout = [&](const std::string& s, size_t c, bool head) {
        return m_pdf.layout(s, head ? m_st.help : m_st.small + 0.5, widths[c] - 2 * pad,
                            head ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    };
    std::vector<LayoutPtr> header;
    for (size_t c = 0; c < cols; ++c) header.push_back(cellLayout(c < t.header.size() ? t.header[c] : "", c, true));
    double headerH = rowHeight(header, pad);
    // The start kept with the header: its first two rows (no orphan row),
    // each counted up to 60 pt (a taller one splits by lines anyway).
    double firstRowH = 0;
    for (size_t r = 0; r < t.rows.size() && r < 2; ++r) {
        std::vector<LayoutPtr> cells;
        for (size_t c = 0; c < cols; ++c)
            cells.push_back(cellLayout(c < t.rows[r].size() ? t.rows[r][c] : "", c, false));
        firstRowH += std::min(rowHeight(cells, pad), 60.0);
    }
    if (t.rows.empty() && t.blankRows > 0) firstRowH = std::min(t.blankRows, 2) * 24 * m_st.scale;
    // A short table stays whole on one page when it can: a list of help
    // lines (or a form's empty rows) split over two pages is hard to use.
    // A long one keeps its header with the first row. So does a short
    // filled-in one that would otherwise move on and leave more than a
    // quarter of this page blank (the example's doors log once left page 12
    // 40% empty): it splits, its header repeated, two rows kept each side.
    double keep = headerH + firstRowH;
    if (t.rows.size() <= 12) {
        double whole = headerH + t.blankRows * 24 * m_st.scale;
        for (const auto& row : t.rows) {
            std::vector<LayoutPtr> cells;
            for (size_t c = 0; c < cols; ++c) cells.push_back(cellLayout(c < row.size() ? row[c] : "", c, false));
            whole += rowHeight(cells, pad);
        }
        const double left = m_pdf.bottom() - m_pdf.y();  // this page's room, prompt included
        const bool form = t.rows.empty();
        const bool smallGap = m_pdf.atTop() || left <= m_pdf.contentHeight() * kMostBlankLeft;
        // (Where it fits, it stays whole either way.)
        if (whole <= m_pdf.contentHeight() * 0.5 && (form || smallGap)) keep = std::max(keep, whole);
    }
    prompt(b, keep);
    m_pdf.ensure(keep);
    drawRow(header, widths, pad, true);
    std::vector<std::vector<LayoutPtr>> rows;
    std::vector<double> heights;
    for (const auto& row : t.rows) {
        rows.emplace_back();
        for (size_t c = 0; c < cols; ++c) rows.back().push_back(cellLayout(c < row.size() ? row[c] : "", c, false));
        heights.push_back(rowHeight(rows.back(), pad));
    }
    const double room = m_pdf.contentHeight() - headerH;
    size_t here = 0;  // rows on this page so far
    for (size_t r = 0; r < rows.size(); ++r) {
        double h = heights[r];
        bool breakNow = m_pdf.y() + h > m_pdf.bottom() && h <= room;
        // No widow row: when the table breaks before its last row, the row
        // before goes along (if two rows stay behind).
        if (r + 2 == rows.size() && here >= 2 && h + heights[r + 1] <= room &&
            m_pdf.y() + h + heights[r + 1] > m_pdf.bottom())
            breakNow = true;
        if (breakNow) {
            m_pdf.newPage();
            drawRow(header, widths, pad, true);
            here = 0;
        }
        size_t before = m_pdf.pageCount();
        splitRow(rows[r], widths, pad, header);
        here = m_pdf.pageCount() == before ? here + 1 : 1;
    }
    for (int i = 0; i < t.blankRows; ++i) {
        double h = 24 * m_st.scale;
        if (m_pdf.y() + h > m_pdf.bottom()) {
            m_pdf.newPage();
            drawRow(header, widths, pad, true);
        }
        emptyRow(widths, h);
    }
    vspace(14);
}

std::vector<double> Writer::columnWidths(const TableData& t, size_t cols, double pad) {
    double total = m_pdf.width();
    // Natural width of each column: its widest cell on one line.
    std::vector<double> natural(cols, 20);
    auto measure = [&](const std::string& s, bool head) {
        auto l =
            m_pdf.layout(s, head ? m_st.help : m_st.small + 0.5, 0, head ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        int w = 0, h = 0;
        pango_layout_get_size(l.get(), &w, &h);
        return double(w) / PANGO_SCALE + 2 * pad + 1;
    };
    for (size_t c = 0; c < cols && c < t.header.size(); ++c)
        natural[c] = std::max(natural[c], measure(t.header[c], true));
    size_t sample = 0;
    for (const auto& row : t.rows) {
        if (++sample > 200) break;  // enough to judge; keeps huge tables fast
        for (size_t c = 0; c < cols && c < row.size(); ++c)
            natural[c] = std::max(natural[c], measure(row[c].substr(0, 400), false));
    }
    if (t.rows.empty() && t.blankRows > 0)
        for (auto& n : natural) n = std::max(n, total / double(cols));
    double sum = 0;
    for (double n : natural) sum += n;
    std::vector<double> w(cols);
    if (sum <= total) {
        // Everything fits: share the spare room in proportion.
        for (size_t c = 0; c < cols; ++c) w[c] = natural[c] + (total - sum) * natural[c] / sum;
        return w;
    }
    // Narrow columns keep their width; wide ones share what is left.
    double fair = total / double(cols);
    double fixed = 0;
    size_t wide = 0;
    for (size_t c = 0; c < cols; ++c) {
        if (natural[c] <= fair)
            fixed += natural[c];
        else
            ++wide;
    }
    // Weights are capped so one chatty column cannot squeeze the rest.
    auto weight = [&](size_t c) { return std::min(natural[c], total * 0.4); };
    double wideSum = 0;
    for (size_t c = 0; c < cols; ++c)
        if (natural[c] > fair) wideSum += weight(c);
    for (size_t c = 0; c < cols; ++c) w[c] = natural[c] <= fair ? natural[c] : (total - fixed) * weight(c) / wideSum;
    (void)wide;
    return w;
}

double Writer::rowHeight(const std::vector<LayoutPtr>& cells, double pad) const {
    double h = 0;
    for (const auto& c : cells) h = std::max(h, m_pdf.height(c));
    return h + 2 * pad;
}

void Writer::drawRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad, bool head) {
    double h = rowHeight(cells, pad);
    double y = m_pdf.y(), x = m_pdf.left();
    std::vector<std::vector<LineInfo>> lines;
    for (const auto& c : cells) lines.push_back(m_pdf.lines(c));
    m_pdf.add([=](cairo_t* cr) {
        double cx = x;
        if (head) {
            setColor(cr, kHeaderFill);
            cairo_rectangle(cr, x, y, sumOf(widths), h);
            cairo_fill(cr);
        }
        for (size_t c = 0; c < cells.size(); ++c) {
            double ly = y + pad;
            setColor(cr, head ? kInk : kInk);
            for (const auto& li : lines[c]) {
                cairo_move_to(cr, cx + pad + li.x, ly + li.ascent);
                pango_cairo_show_layout_line(cr, li.line);
                ly += li.height;
            }
            cx += widths[c];
        }
        gridLines(cr, x, y, widths, h);
    });
    m_pdf.setY(y + h);
}

void Writer::splitRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad,
                      const std::vector<LayoutPtr>& header) {
    std::vector<std::vector<LineInfo>> lines;
    for (const auto& c : cells) lines.push_back(m_pdf.lines(c));
    std::vector<size_t> next(cells.size(), 0);
    auto done = [&] {
        for (size_t c = 0; c < cells.size(); ++c)
            if (next[c] < lines[c].size()) return false;
        return true;
    };
    bool first = true;
    while (first || !done()) {
        double avail = m_pdf.bottom() - m_pdf.y() - 2 * pad;
        std::vector<size_t> from = next;
        double chunkH = 0;
        bool progressed = false;
        for (size_t c = 0; c < cells.size(); ++c) {
            double used = 0;
            while (next[c] < lines[c].size() && used + lines[c][next[c]].height <= avail) {
                used += lines[c][next[c]].height;
                ++next[c];
                progressed = true;
            }
            chunkH = std::max(chunkH, used);
        }
        if (!progressed && !done()) {
            next = from;
            if (m_pdf.atTop()) {
                // Not even one line fits on an empty page (absurd sizes):
                // place one line per cell anyway rather than loop.
                for (size_t c = 0; c < cells.size(); ++c)
                    if (next[c] < lines[c].size()) chunkH = std::max(chunkH, lines[c][next[c]++].height);
            } else {
                m_pdf.newPage();
                drawRow(header, widths, pad, true);
                continue;
            }
        }
        double h = chunkH + 2 * pad;
        double y = m_pdf.y(), x = m_pdf.left();
        std::vector<std::vector<LineInfo>> part(cells.size());
        for (size_t c = 0; c < cells.size(); ++c)
            part[c].assign(lines[c].begin() + long(from[c]), lines[c].begin() + long(next[c]));
        std::vector<LayoutPtr> keep = cells;
        m_pdf.add([=](cairo_t* cr) {
            double cx = x;
            setColor(cr, kInk);
            for (size_t c = 0; c < part.size(); ++c) {
                double ly = y + pad;
                for (const auto& li : part[c]) {
                    cairo_move_to(cr, cx + pad + li.x, ly + li.ascent);
                    pango_cairo_show_layout_line(cr, li.line);
                    ly += li.height;
                }
                cx += widths[c];
            }
            (void)keep;
            gridLines(cr, x, y, widths, h);
        });
        m_pdf.setY(y + h);
        first = false;
        if (!done()) {
            m_pdf.newPage();
            drawRow(header, widths, pad, true);
        }
    }
}

void Writer::emptyRow(const std::vector<double>& widths, double h) {
    double y = m_pdf.y(), x = m_pdf.left();
    m_pdf.add([=](cairo_t* cr) { gridLines(cr, x, y, widths, h); });
    m_pdf.setY(y + h);
}

void Writer::gridLines(cairo_t* cr, double x, double y, const std::vector<double>& widths, double h) {
    setColor(cr, kRule);
    cairo_set_line_width(cr, 0.6);
    double cx = x;
    for (double w : widths) {
        cairo_rectangle(cr, cx, y, w, h);
        cx += w;
    }
    cairo_stroke(cr);
}

}  // namespace doorway::pdf_detail
