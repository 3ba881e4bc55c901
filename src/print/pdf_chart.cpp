// Charts on paper: the trend of fear and refusal as bars or points. Every
// label is laid out and measured when the chart is placed; the draw op only
// places them, in the colours the window's themes use.
#include "print/pdf_impl.hpp"

#include "core/chart_palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace doorway::pdf_detail {

namespace {

// A series' colour on paper: the same table the window's themes use.
Rgb seriesColor(const ChartSeries& s) {
    std::uint32_t v = seriesRgb(seriesRoleOf(s.role), Ink::Paper);
    return {double((v >> 16) & 0xFF) / 255.0, double((v >> 8) & 0xFF) / 255.0, double(v & 0xFF) / 255.0};
}

// A bar in its colour; hatched series get white diagonal stripes, as on screen.
void seriesRect(cairo_t* cr, const ChartSeries& s, double x, double y, double w, double h) {
    setColor(cr, seriesColor(s));
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
    if (!seriesHatched(seriesRoleOf(s.role))) return;
    cairo_save(cr);
    cairo_rectangle(cr, x, y, w, h);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 1.2);
    for (double d = -h; d < w; d += 4) {
        cairo_move_to(cr, x + d, y + h);
        cairo_line_to(cr, x + d + h, y);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

// A chart laid out for drawing: its data, the plot box, and every label
// already measured.
struct ChartPlot {
    ChartData data;
    ChartAxis axis;
    double top = 0;  // where the legend sits
    double left = 0, right = 0, plotTop = 0, bottom = 0;
    double slot = 0;   // the width of one category
    size_t every = 1;  // label every k-th category so the labels never collide
    std::vector<LayoutPtr> tickLabels, categoryLabels, legend;
};

ChartPlot layOutChart(Pdf& pdf, const ChartData& c, double x0, double y0, double w, double h, double labelH) {
    const Style& st = pdf.style();
    ChartPlot p;
    p.data = c;
    p.axis = chartAxis(c);
    p.top = y0;
    p.left = x0 + 30;
    p.right = x0 + w - 8;
    p.plotTop = y0 + 16 * st.scale;
    p.bottom = y0 + h - labelH;
    for (int i = 0; i <= p.axis.count; ++i) {
        double v = p.axis.min + p.axis.step * i;
        char buf[32];
        std::snprintf(buf, sizeof buf, p.axis.step < 1 ? "%.1f" : "%.0f", v);
        p.tickLabels.push_back(pdf.layout(buf, st.small - 1, 0));
    }
    size_t n = c.categories.size();
    p.slot = n ? (p.right - p.left) / double(n) : 0;
    double widest = 0;
    for (const auto& cat : c.categories) {
        p.categoryLabels.push_back(pdf.layout(cat, st.small - 1, 0));
        int lw = 0, lh = 0;
        pango_layout_get_size(p.categoryLabels.back().get(), &lw, &lh);
        widest = std::max(widest, double(lw) / PANGO_SCALE);
    }
    size_t every = p.slot > 0 ? size_t(std::ceil((widest + 6) / p.slot)) : 1;
    p.every = std::max<size_t>(1, every);
    for (const auto& s : c.series) p.legend.push_back(pdf.layout(s.name, st.small, 0));
    return p;
}

// Where a value sits on the plot (values beyond the axis sit at its ends).
double yOf(const ChartPlot& p, double v) {
    v = std::clamp(v, p.axis.min, p.axis.max);
    return p.bottom - (p.bottom - p.plotTop) * (v - p.axis.min) / (p.axis.max - p.axis.min);
}

// The middle of category i.
double xOf(const ChartPlot& p, size_t i) {
    return p.left + p.slot * (double(i) + 0.5);
}

// Grid lines with the y axis numbers.
void drawGrid(cairo_t* cr, const ChartPlot& p) {
    int ticks = p.axis.count;
    cairo_set_line_width(cr, 0.4);
    for (int i = 0; i <= ticks; ++i) {
        double y = p.bottom - (p.bottom - p.plotTop) * i / ticks;
        setColor(cr, kRule);
        cairo_move_to(cr, p.left, y);
        cairo_line_to(cr, p.right, y);
        cairo_stroke(cr);
        int lw = 0, lh = 0;
        pango_layout_get_size(p.tickLabels[size_t(i)].get(), &lw, &lh);
        setColor(cr, kMuted);
        cairo_move_to(cr, p.left - 4 - double(lw) / PANGO_SCALE, y - double(lh) / PANGO_SCALE / 2);
        pango_cairo_show_layout(cr, p.tickLabels[size_t(i)].get());
    }
}

// Each category's bars side by side, one per series.
void drawBars(cairo_t* cr, const ChartPlot& p) {
    const ChartData& c = p.data;
    size_t n = c.categories.size(), ns = c.series.size();
    double group = p.slot * 0.7, bar = group / double(ns);
    for (size_t s = 0; s < ns; ++s) {
        for (size_t i = 0; i < n && i < c.series[s].values.size(); ++i) {
            double v = c.series[s].values[i];
            if (!std::isfinite(v)) continue;
            double x = p.left + p.slot * double(i) + (p.slot - group) / 2 + bar * double(s);
            double y = yOf(p, v);
            if (p.bottom - y > 0.1) seriesRect(cr, c.series[s], x + 0.5, y, bar - 1, p.bottom - y);
        }
    }
}

// One series as dots joined by a line, or as rings on their own when its
// role is not joined.
void drawPoints(cairo_t* cr, const ChartPlot& p, const ChartSeries& ser) {
    size_t n = p.data.categories.size();
    setColor(cr, seriesColor(ser));
    cairo_set_line_width(cr, 1.6);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    const bool joined = seriesJoined(seriesRoleOf(ser.role));
    bool open = false;
    for (size_t i = 0; joined && i < n && i < ser.values.size(); ++i) {
        if (!std::isfinite(ser.values[i])) continue;  // the line passes over other series' points
        double x = xOf(p, i), y = yOf(p, ser.values[i]);
        if (!open)
            cairo_move_to(cr, x, y);
        else
            cairo_line_to(cr, x, y);
        open = true;
    }
    if (open) cairo_stroke(cr);
    for (size_t i = 0; i < n && i < ser.values.size(); ++i) {
        if (!std::isfinite(ser.values[i])) continue;
        double x = xOf(p, i), y = yOf(p, ser.values[i]);
        cairo_new_sub_path(cr);
        if (joined) {
            cairo_arc(cr, x, y, 2.6, 0, 2 * M_PI);
            cairo_fill(cr);
        } else {
            cairo_set_line_width(cr, 1.4);
            cairo_arc(cr, x, y, 3.2, 0, 2 * M_PI);
            cairo_stroke(cr);
        }
    }
}

// The baseline and the category labels under it.
void drawCategoryAxis(cairo_t* cr, const ChartPlot& p) {
    setColor(cr, kMuted);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, p.left, p.bottom);
    cairo_line_to(cr, p.right, p.bottom);
    cairo_stroke(cr);
    for (size_t i = 0; i < p.categoryLabels.size(); i += p.every) {
        int lw = 0, lh = 0;
        pango_layout_get_size(p.categoryLabels[i].get(), &lw, &lh);
        cairo_move_to(cr, xOf(p, i) - double(lw) / PANGO_SCALE / 2, p.bottom + 3);
        pango_cairo_show_layout(cr, p.categoryLabels[i].get());
    }
}

// The legend, top right: each series' name after its mark, laid out
// leftwards from the plot's right edge.
void drawLegend(cairo_t* cr, const ChartPlot& p) {
    const ChartData& c = p.data;
    double lx = p.right;
    for (size_t s = c.series.size(); s-- > 0;) {
        int lw = 0, lh = 0;
        pango_layout_get_size(p.legend[s].get(), &lw, &lh);
        lx -= double(lw) / PANGO_SCALE;
        setColor(cr, kMuted);
        cairo_move_to(cr, lx, p.top);
        pango_cairo_show_layout(cr, p.legend[s].get());
        lx -= 12;
        const ChartSeries& ser = c.series[s];
        double my = p.top + double(lh) / PANGO_SCALE / 2;
        if (c.style == ChartStyle::Line && !seriesJoined(seriesRoleOf(ser.role))) {
            setColor(cr, seriesColor(ser));
            cairo_set_line_width(cr, 1.4);
            cairo_new_sub_path(cr);
            cairo_arc(cr, lx + 4, my, 3.2, 0, 2 * M_PI);
            cairo_stroke(cr);
        } else {
            seriesRect(cr, ser, lx, my - 4, 8, 8);
        }
        lx -= 12;
    }
}

void drawChart(cairo_t* cr, const ChartPlot& p) {
    drawGrid(cr, p);
    if (p.data.style == ChartStyle::Bars && !p.data.series.empty())
        drawBars(cr, p);
    else
        for (const ChartSeries& ser : p.data.series) drawPoints(cr, p, ser);
    drawCategoryAxis(cr, p);
    drawLegend(cr, p);
}

}  // namespace

void Writer::chart(const Block& b) {
    // Tight (a section saving its last page) draws the chart a little shorter too.
    double w = m_pdf.width(), h = 170 * m_st.scale * (m_tight < 1 ? 0.8 : 1.0);
    auto title = m_pdf.layout(b.text, m_st.prompt, w, PANGO_WEIGHT_BOLD);
    double titleH = m_pdf.height(title);
    double labelH = 14 * m_st.scale;
    // The chart whole with its title, and with its caption too when all of
    // it fits on a page (else the caption's first two lines).
    LayoutPtr cap = b.caption.empty() ? nullptr : m_pdf.layout(b.caption, m_st.body, m_pdf.width());
    double chartH = titleH + 6 + h + 6;
    m_pdf.ensure(std::max(cap ? wholeOr(chartH + m_pdf.height(cap), chartH + firstLines(cap, 2)) : chartH,
                          titleH + 6 + h + labelH + 18));
    m_pdf.flow(title, m_pdf.left(), kInk);
    m_pdf.space(6);
    double y0 = m_pdf.y();
    ChartPlot plot = layOutChart(m_pdf, b.chart, m_pdf.left(), y0, w, h, labelH);
    m_pdf.add([plot = std::move(plot)](cairo_t* cr) { drawChart(cr, plot); });
    m_pdf.setY(y0 + h + 6);
    if (cap) m_pdf.flow(cap, m_pdf.left(), kInk);
    vspace(14);
}

}  // namespace doorway::pdf_detail
