// The PDF renderer: paginates an ExportDocument into pages of drawing
// operations, then draws them with Cairo once the page count is known (so
// every footer can say "Page N of M").
//
// Everything flows down the page; text is placed line by line, so a long
// answer continues on the next page instead of being clipped, and nothing
// is ever drawn on top of something else.
#include "print/export.hpp"

#include "core/chart_palette.hpp"
#include "core/scorer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>

namespace doorway {

namespace {

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

void setColor(cairo_t* cr, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

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

double sumOf(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return s;
}

const char* kFamily = "DejaVu Sans";

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
    Pdf(Paper paper, const Style& style) : m_style(style) {
        paperSize(paper, &m_pageW, &m_pageH);
        m_left = 62;
        m_right = m_pageW - 62;
        m_top = 62;
        m_bottom = m_pageH - 76;

        m_context = pango_font_map_create_context(pango_cairo_font_map_get_default());
        // Points as units, and no hinting: the PDF is resolution-free, and
        // unhinted metrics make line breaks the same on every machine.
        pango_cairo_context_set_resolution(m_context, 72.0);
        cairo_font_options_t* fo = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_context, fo);
        cairo_font_options_destroy(fo);
    }
    ~Pdf() { g_object_unref(m_context); }
    Pdf(const Pdf&) = delete;
    Pdf& operator=(const Pdf&) = delete;

    double width() const { return m_right - m_left; }
    double left() const { return m_left; }
    double y() const { return m_y; }
    const Style& style() const { return m_style; }
    size_t pageCount() const { return m_pages.size(); }
    double contentHeight() const { return m_bottom - m_top; }

    LayoutPtr layout(const std::string& text, double size, double width, PangoWeight weight = PANGO_WEIGHT_NORMAL,
                     PangoStyle slant = PANGO_STYLE_NORMAL) {
        PangoLayout* l = pango_layout_new(m_context);
        PangoFontDescription* fd = pango_font_description_new();
        pango_font_description_set_family(fd, kFamily);
        pango_font_description_set_absolute_size(fd, m_style.f(size) * PANGO_SCALE);
        pango_font_description_set_weight(fd, weight);
        pango_font_description_set_style(fd, slant);
        pango_layout_set_font_description(l, fd);
        pango_font_description_free(fd);
        if (width > 0) {
            pango_layout_set_width(l, int(width * PANGO_SCALE));
            pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        }
        // Never markup: whatever the user typed is text, angle brackets included.
        gchar* valid = g_utf8_make_valid(text.c_str(), gssize(text.size()));
        pango_layout_set_text(l, valid, -1);
        g_free(valid);
        return LayoutPtr(l, [](PangoLayout* p) { g_object_unref(p); });
    }

    std::vector<LineInfo> lines(const LayoutPtr& l) const {
        std::vector<LineInfo> out;
        PangoLayoutIter* it = pango_layout_get_iter(l.get());
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            int baseline = pango_layout_iter_get_baseline(it);
            LineInfo li;
            li.line = pango_layout_iter_get_line_readonly(it);
            li.height = double(logical.height) / PANGO_SCALE + m_style.leading * m_style.scale;
            li.ascent = double(baseline - logical.y) / PANGO_SCALE + m_style.leading * m_style.scale * 0.5;
            li.x = double(logical.x) / PANGO_SCALE;
            out.push_back(li);
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        return out;
    }

    double height(const LayoutPtr& l) const {
        double h = 0;
        for (const auto& li : lines(l)) h += li.height;
        return h;
    }

    void newPage() {
        m_pages.emplace_back();
        m_y = m_top;
    }
    bool atTop() const { return m_y <= m_top + 0.01; }
    // Moves to a new page unless `h` fits below (or we are already at the
    // top, where breaking again would not help).
    void ensure(double h) {
        if (m_pages.empty()) newPage();
        if (m_y + h > m_bottom && !atTop()) newPage();
    }
    // Vertical room; never starts a page by itself (the next thing placed
    // does, so a gap at a page end cannot leave an empty page behind).
    void space(double h) {
        if (m_pages.empty()) newPage();
        m_y = std::min(m_y + h, m_bottom + 1);
    }
    bool pageHasContent() const { return !m_pages.empty() && !m_pages.back().ops.empty(); }
    void add(DrawOp op) {
        if (m_pages.empty()) newPage();
        m_pages.back().ops.push_back(std::move(op));
    }
    void outline(const std::string& title) {
        if (m_pages.empty()) newPage();
        m_pages.back().outline.push_back(title);
    }
    void setY(double y) { m_y = y; }
    double bottom() const { return m_bottom; }
    double top() const { return m_top; }

    // Places a layout line by line at `x`, breaking pages between lines.
    // `deco` draws behind each line (rules, fills, boxes), given the line's
    // top, height and index.
    using LineDeco = std::function<void(cairo_t*, double top, double h, size_t index)>;
    void flow(const LayoutPtr& l, double x, Rgb color, const LineDeco& deco = {}) {
        auto ls = lines(l);
        size_t onThisPage = 0;
        for (size_t i = 0; i < ls.size(); ++i) {
            const LineInfo li = ls[i];
            // No widows: when only the last line would spill over, take
            // one more along with it (if that leaves two lines behind).
            if (i + 2 == ls.size() && onThisPage >= 2 && m_y + li.height <= m_bottom &&
                m_y + li.height + ls[i + 1].height > m_bottom)
                newPage();
            size_t before = m_pages.size();
            ensure(li.height);
            if (m_pages.size() != before || m_y <= m_top + 0.01) onThisPage = 0;
            ++onThisPage;
            double top = m_y;
            LayoutPtr keep = l;  // the line belongs to the layout: keep it alive
            add([keep, li, x, top, color, deco, i](cairo_t* cr) {
                if (deco) deco(cr, top, li.height, i);
                setColor(cr, color);
                cairo_move_to(cr, x + li.x, top + li.ascent);
                pango_cairo_show_layout_line(cr, li.line);
            });
            m_y += li.height;
        }
    }

    // Draws the finished pages.
    bool finish(cairo_surface_t* surface, const ExportDocument& doc, bool cover, std::string& error);

private:
    Style m_style;
    double m_pageW = 0, m_pageH = 0;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    double m_y = 0;
    PangoContext* m_context = nullptr;
    std::vector<Page> m_pages;
};

bool Pdf::finish(cairo_surface_t* surface, const ExportDocument& doc, bool cover, std::string& error) {
    cairo_t* cr = cairo_create(surface);
    int total = int(m_pages.size());
    auto footerTitle = layout(doc.footer, 8, (m_right - m_left) * 0.62);
    pango_layout_set_ellipsize(footerTitle.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_wrap(footerTitle.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_height(footerTitle.get(), -1);  // one line
    for (int i = 0; i < total; ++i) {
        for (const auto& title : m_pages[size_t(i)].outline) {
            std::string link = "page=" + std::to_string(i + 1) + " pos=[0 0]";
            gchar* valid = g_utf8_make_valid(title.c_str(), gssize(title.size()));
            cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, valid, link.c_str(),
                                          CAIRO_PDF_OUTLINE_FLAG_OPEN);
            g_free(valid);
        }
        for (const auto& op : m_pages[size_t(i)].ops) {
            cairo_new_path(cr);  // text leaves a current point; shapes must not join it
            cairo_save(cr);
            op(cr);
            cairo_restore(cr);
        }
        if (!(cover && i == 0) && total > 0) {
            double fy = m_pageH - 40;
            setColor(cr, kRule);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, m_left, fy - 8);
            cairo_line_to(cr, m_right, fy - 8);
            cairo_stroke(cr);
            setColor(cr, kMuted);
            cairo_move_to(cr, m_left, fy);
            pango_cairo_show_layout(cr, footerTitle.get());
            auto num = layout("Page " + std::to_string(i + 1) + " of " + std::to_string(total), 8, 0);
            int w = 0, h = 0;
            pango_layout_get_size(num.get(), &w, &h);
            cairo_move_to(cr, m_right - double(w) / PANGO_SCALE, fy);
            pango_cairo_show_layout(cr, num.get());
        }
        cairo_show_page(cr);
    }
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    if (st != CAIRO_STATUS_SUCCESS) {
        error = std::string("drawing the PDF failed: ") + cairo_status_to_string(st);
        return false;
    }
    return true;
}

// [SECTION] Shapes

void roundedRect(cairo_t* cr, double x, double y, double w, double h, double r) {
    r = std::min({r, w / 2, h / 2});
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

void drawBox(cairo_t* cr, double x, double y, double s, bool ticked) {
    cairo_set_line_width(cr, 0.9);
    setColor(cr, ticked ? kAccent : kMuted);
    roundedRect(cr, x, y, s, s, 1.5);
    if (ticked) {
        cairo_fill_preserve(cr);
        cairo_stroke(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_set_line_width(cr, 1.4);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_move_to(cr, x + s * 0.22, y + s * 0.52);
        cairo_line_to(cr, x + s * 0.43, y + s * 0.74);
        cairo_line_to(cr, x + s * 0.80, y + s * 0.28);
        cairo_stroke(cr);
    } else {
        cairo_stroke(cr);
    }
}

// [SECTION] Blocks

class Writer {
public:
    Writer(Pdf& pdf) : m_pdf(pdf), m_st(pdf.style()) {}

    void heading(const Block& b) {
        bool h1 = b.level <= 1;
        auto l = m_pdf.layout(b.text, h1 ? m_st.h1 : m_st.h2, m_pdf.width(), PANGO_WEIGHT_BOLD);
        double h = m_pdf.height(l);
        if (!m_pdf.atTop()) m_pdf.space(h1 ? 10 : 12);
        // Keep a heading with what follows it.
        m_pdf.ensure(h + 70);
        if (h1) m_pdf.outline(b.text);
        m_pdf.flow(l, m_pdf.left(), h1 ? kAccent : kInk);
        if (h1) {
            double y = m_pdf.y() + 3;
            double x0 = m_pdf.left(), x1 = m_pdf.left() + m_pdf.width();
            m_pdf.add([=](cairo_t* cr) {
                setColor(cr, kAccent);
                cairo_set_line_width(cr, 1.2);
                cairo_move_to(cr, x0, y);
                cairo_line_to(cr, x1, y);
                cairo_stroke(cr);
            });
            m_pdf.space(12);
        } else {
            m_pdf.space(4);
        }
    }

    void paragraph(const Block& b) {
        double size = b.style == ParagraphStyle::Intro   ? m_st.intro
                      : b.style == ParagraphStyle::Muted ? m_st.small
                                                         : m_st.body;
        Rgb color = b.style == ParagraphStyle::Muted   ? kMuted
                    : b.style == ParagraphStyle::Intro ? Rgb{0.25, 0.27, 0.3}
                                                       : kInk;
        if (b.style == ParagraphStyle::Note) {
            note(b);
            return;
        }
        auto l = m_pdf.layout(b.text, size, m_pdf.width(), PANGO_WEIGHT_NORMAL,
                              b.style == ParagraphStyle::Intro ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        keepLines(l, 2);
        m_pdf.flow(l, m_pdf.left(), color);
        m_pdf.space(10);
    }

    // An info card: a tinted box, drawn behind each line so it can run
    // across a page break.
    void note(const Block& b) {
        double pad = 10;
        double x = m_pdf.left() + pad, w = m_pdf.width() - 2 * pad;
        double bx = m_pdf.left(), bw = m_pdf.width();
        auto fill = [bx, bw](cairo_t* cr, double top, double h, size_t) {
            setColor(cr, kNoteFill);
            cairo_rectangle(cr, bx, top - 0.3, bw, h + 0.6);
            cairo_fill(cr);
            setColor(cr, kWarm);
            cairo_rectangle(cr, bx, top - 0.3, 2.5, h + 0.6);
            cairo_fill(cr);
        };
        LayoutPtr title = b.text.empty() ? nullptr : m_pdf.layout(b.text, m_st.prompt, w, PANGO_WEIGHT_BOLD);
        LayoutPtr body = b.help.empty() ? nullptr : m_pdf.layout(b.help, m_st.body, w);
        double first = (title ? m_pdf.height(title) : 0) + (body ? firstLines(body, 2) : 0);
        m_pdf.ensure(first + 2 * pad);
        strip(pad, fill);
        if (title) m_pdf.flow(title, x, kInk, fill);
        if (title && body) strip(3, fill);
        if (body) m_pdf.flow(body, x, kInk, fill);
        strip(pad, fill);
        m_pdf.space(12);
    }

    void prompt(const Block& b, double followMin) {
        if (b.text.empty() && b.help.empty()) {
            m_pdf.ensure(followMin);
            return;
        }
        LayoutPtr p = b.text.empty() ? nullptr : m_pdf.layout(b.text, m_st.prompt, m_pdf.width(), PANGO_WEIGHT_BOLD);
        LayoutPtr h = b.help.empty()
                          ? nullptr
                          : m_pdf.layout(b.help, m_st.help, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
        // Keep the prompt, its help and the start of the answer together.
        m_pdf.ensure((p ? m_pdf.height(p) : 0) + (h ? m_pdf.height(h) + 2 : 0) + followMin + 4);
        if (p) m_pdf.flow(p, m_pdf.left(), kInk);
        if (h) {
            m_pdf.space(1);
            m_pdf.flow(h, m_pdf.left(), kMuted);
        }
        m_pdf.space(4);
    }

    void answer(const Block& b) {
        if (b.writeLines > 0 && !b.answered) {
            double gap = 22 * m_st.scale;
            prompt(b, gap * std::min(b.writeLines, 3));
            ruledLines(b.writeLines, gap);
            m_pdf.space(10);
            return;
        }
        if (b.writeLines > 0) {
            // Blank composer: the template with gaps, then room to write.
            auto l = m_pdf.layout(b.answer, m_st.answer, m_pdf.width() - 12);
            prompt(b, firstLines(l, 2));
            m_pdf.flow(l, m_pdf.left() + 12, kMuted);
            m_pdf.space(4);
            ruledLines(b.writeLines, 22 * m_st.scale);
            m_pdf.space(10);
            return;
        }
        if (!b.answered) {
            auto l =
                m_pdf.layout("Not answered yet.", m_st.small, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
            prompt(b, m_pdf.height(l));
            m_pdf.flow(l, m_pdf.left() + 12, kMuted);
            m_pdf.space(12);
            return;
        }
        auto l = m_pdf.layout(b.answer, m_st.answer, m_pdf.width() - 12);
        // A short answer stays whole with its prompt; a long one keeps two lines.
        size_t n = m_pdf.lines(l).size();
        prompt(b, firstLines(l, n <= 6 ? n : 2));
        double barX = m_pdf.left() + 2;
        m_pdf.flow(l, m_pdf.left() + 12, kInk, [barX](cairo_t* cr, double top, double h, size_t) {
            setColor(cr, kAccent);
            cairo_rectangle(cr, barX, top, 2, h);
            cairo_fill(cr);
        });
        m_pdf.space(12);
    }

    void checklist(const Block& b) {
        double box = 9 * m_st.scale;
        double indent = box + 8;
        double textW = m_pdf.width() - indent;
        std::vector<std::pair<LayoutPtr, LayoutPtr>> items;
        for (const auto& it : b.items)
            items.emplace_back(
                m_pdf.layout(it.label, m_st.body, textW, it.ticked ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL),
                it.detail.empty() ? nullptr : m_pdf.layout(it.detail, m_st.help, textW));
        prompt(b, items.empty() ? 0 : firstLines(items[0].first, 1));
        for (size_t i = 0; i < items.size(); ++i) {
            bool ticked = b.items[i].ticked;
            double x = m_pdf.left();
            // An item stays whole with its explanation and the start of its note.
            LayoutPtr noteL =
                b.items[i].note.empty() ? nullptr : m_pdf.layout(b.items[i].note, m_st.answer - 0.5, textW - 12);
            m_pdf.ensure(m_pdf.height(items[i].first) + (items[i].second ? m_pdf.height(items[i].second) : 0) +
                         (noteL ? firstLines(noteL, 2) + 2 : 0));
            m_pdf.flow(items[i].first, x + indent, ticked ? kInk : Rgb{0.3, 0.32, 0.35},
                       [x, box, ticked](cairo_t* cr, double top, double h, size_t idx) {
                           if (idx == 0) drawBox(cr, x + 1, top + (h - box) / 2 - 0.5, box, ticked);
                       });
            if (items[i].second) m_pdf.flow(items[i].second, x + indent, kMuted);
            if (!b.items[i].note.empty()) {
                // The user's own note on this option, marked like an answer.
                auto nl = noteL;
                double barX = x + indent + 1;
                m_pdf.space(2);
                m_pdf.flow(nl, x + indent + 10, kInk, [barX](cairo_t* cr, double top, double h, size_t) {
                    setColor(cr, kAccent);
                    cairo_rectangle(cr, barX, top, 2, h);
                    cairo_fill(cr);
                });
            }
            m_pdf.space(3);
        }
        m_pdf.space(9);
    }

    void scale(const Block& b) {
        int n = std::max(1, b.scaleMax - b.scaleMin + 1);
        double r = 7 * m_st.scale;
        // A 1..5 scale spans about half the page so its end labels have room.
        double step =
            n > 1 ? std::min(std::max(30.0 * m_st.scale, 280.0 / (n - 1)), (m_pdf.width() - 90) / (n - 1)) : 30.0;
        r = std::min(r, step * 0.36);
        double rowW = (n - 1) * step + 2 * r;
        auto valueText = b.hasScaleValue
                             ? m_pdf.layout(std::to_string(b.scaleValue) + " of " + std::to_string(b.scaleMax),
                                            m_st.body, 0, PANGO_WEIGHT_BOLD)
                             : nullptr;
        double labelW = std::max(60.0, rowW / 2 - 8);
        auto minL = b.minLabel.empty() ? nullptr : m_pdf.layout(b.minLabel, m_st.small, labelW);
        auto maxL = b.maxLabel.empty() ? nullptr : m_pdf.layout(b.maxLabel, m_st.small, labelW);
        if (maxL) pango_layout_set_alignment(maxL.get(), PANGO_ALIGN_RIGHT);
        double labelsH = std::max(minL ? m_pdf.height(minL) : 0.0, maxL ? m_pdf.height(maxL) : 0.0);
        double numH = 11 * m_st.scale;
        double total = 2 * r + 4 + numH + (labelsH > 0 ? labelsH + 2 : 0);
        prompt(b, total);
        m_pdf.ensure(total);
        double y0 = m_pdf.y();
        double x0 = m_pdf.left() + r + 2;
        std::vector<LayoutPtr> nums;
        for (int i = 0; i < n; ++i) nums.push_back(m_pdf.layout(std::to_string(b.scaleMin + i), m_st.small, 0));
        int chosen = b.hasScaleValue ? b.scaleValue - b.scaleMin : -1;
        double scaleSt = m_st.scale;
        m_pdf.add([=](cairo_t* cr) {
            for (int i = 0; i < n; ++i) {
                double cx = x0 + i * step, cy = y0 + r;
                cairo_new_sub_path(cr);
                cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
                if (i <= chosen) {
                    setColor(cr, i == chosen ? kAccent : Rgb{0.55, 0.72, 0.76});
                    cairo_fill(cr);
                } else {
                    setColor(cr, kMuted);
                    cairo_set_line_width(cr, 0.9);
                    cairo_stroke(cr);
                }
                int w = 0, h = 0;
                pango_layout_get_size(nums[size_t(i)].get(), &w, &h);
                setColor(cr, i == chosen ? kInk : kMuted);
                cairo_move_to(cr, cx - double(w) / PANGO_SCALE / 2, cy + r + 2);
                pango_cairo_show_layout(cr, nums[size_t(i)].get());
            }
            if (valueText) {
                setColor(cr, kInk);
                int w = 0, h = 0;
                pango_layout_get_size(valueText.get(), &w, &h);
                cairo_move_to(cr, x0 + (n - 1) * step + r + 14 * scaleSt, y0 + r - double(h) / PANGO_SCALE / 2);
                pango_cairo_show_layout(cr, valueText.get());
            }
        });
        m_pdf.setY(y0 + 2 * r + 4 + numH);
        if (labelsH > 0) {
            double ly = m_pdf.y() + 2;
            double lx = m_pdf.left();
            double rx = x0 + (n - 1) * step + r;
            m_pdf.add([=](cairo_t* cr) {
                setColor(cr, kMuted);
                if (minL) {
                    cairo_move_to(cr, lx, ly);
                    pango_cairo_show_layout(cr, minL.get());
                }
                if (maxL) {
                    // Right-aligned within its own box, which ends under the last dot.
                    double mx = std::max(rx - labelW, lx + labelW + 8);
                    cairo_move_to(cr, mx, ly);
                    pango_cairo_show_layout(cr, maxL.get());
                }
            });
            m_pdf.setY(ly + labelsH);
        }
        m_pdf.space(14);
    }

    void table(const Block& b) {
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
        double firstRowH = 0;
        if (!t.rows.empty()) {
            std::vector<LayoutPtr> r0;
            for (size_t c = 0; c < cols; ++c)
                r0.push_back(cellLayout(c < t.rows[0].size() ? t.rows[0][c] : "", c, false));
            firstRowH = std::min(rowHeight(r0, pad), 60.0);
        } else if (t.blankRows > 0) {
            firstRowH = 24 * m_st.scale;
        }
        // A short table stays whole on one page when it can: a list of help
        // lines split over two pages is hard to use. A long one keeps its
        // header with the first row.
        double keep = headerH + firstRowH;
        if (t.rows.size() <= 12) {
            double whole = headerH;
            for (const auto& row : t.rows) {
                std::vector<LayoutPtr> cells;
                for (size_t c = 0; c < cols; ++c) cells.push_back(cellLayout(c < row.size() ? row[c] : "", c, false));
                whole += rowHeight(cells, pad);
            }
            if (whole <= m_pdf.contentHeight() * 0.5) keep = whole;
        }
        prompt(b, keep);
        m_pdf.ensure(keep);
        drawRow(header, widths, pad, true);
        for (const auto& row : t.rows) {
            std::vector<LayoutPtr> cells;
            for (size_t c = 0; c < cols; ++c) cells.push_back(cellLayout(c < row.size() ? row[c] : "", c, false));
            double h = rowHeight(cells, pad);
            if (m_pdf.y() + h > m_pdf.bottom() && h <= m_pdf.contentHeight() - headerH) {
                m_pdf.newPage();
                drawRow(header, widths, pad, true);
            }
            splitRow(cells, widths, pad, header);
        }
        for (int i = 0; i < t.blankRows; ++i) {
            double h = 24 * m_st.scale;
            if (m_pdf.y() + h > m_pdf.bottom()) {
                m_pdf.newPage();
                drawRow(header, widths, pad, true);
            }
            emptyRow(widths, h);
        }
        m_pdf.space(14);
    }

    void chart(const Block& b) {
        const ChartData& c = b.chart;
        double w = m_pdf.width(), h = 170 * m_st.scale;
        auto title = m_pdf.layout(b.text, m_st.prompt, w, PANGO_WEIGHT_BOLD);
        double titleH = m_pdf.height(title);
        double labelH = 14 * m_st.scale;
        m_pdf.ensure(titleH + 6 + h + labelH + 18);
        m_pdf.flow(title, m_pdf.left(), kInk);
        m_pdf.space(6);
        double x0 = m_pdf.left(), y0 = m_pdf.y();
        // Axis numbers, labels and legend are laid out now; the draw op only places them.
        ChartAxis axis = chartAxis(c);
        double maxV = axis.max, minV = axis.min;
        int ticks = axis.count;
        std::vector<LayoutPtr> tickLabels;
        for (int i = 0; i <= ticks; ++i) {
            double v = minV + axis.step * i;
            char buf[32];
            std::snprintf(buf, sizeof buf, axis.step < 1 ? "%.1f" : "%.0f", v);
            tickLabels.push_back(m_pdf.layout(buf, m_st.small - 1, 0));
        }
        size_t n = c.categories.size();
        double plotL = x0 + 30, plotR = x0 + w - 8, plotT = y0 + 16 * m_st.scale, plotB = y0 + h - labelH;
        double slot = n ? (plotR - plotL) / double(n) : 0;
        // Label every k-th category so the labels never collide.
        std::vector<LayoutPtr> catLabels;
        double widest = 0;
        for (const auto& cat : c.categories) {
            catLabels.push_back(m_pdf.layout(cat, m_st.small - 1, 0));
            int lw = 0, lh = 0;
            pango_layout_get_size(catLabels.back().get(), &lw, &lh);
            widest = std::max(widest, double(lw) / PANGO_SCALE);
        }
        size_t every = slot > 0 ? size_t(std::ceil((widest + 6) / slot)) : 1;
        every = std::max<size_t>(1, every);
        std::vector<LayoutPtr> legend;
        for (const auto& s : c.series) legend.push_back(m_pdf.layout(s.name, m_st.small, 0));
        m_pdf.add([=](cairo_t* cr) {
            // Grid and y axis labels.
            cairo_set_line_width(cr, 0.4);
            for (int i = 0; i <= ticks; ++i) {
                double y = plotB - (plotB - plotT) * i / ticks;
                setColor(cr, kRule);
                cairo_move_to(cr, plotL, y);
                cairo_line_to(cr, plotR, y);
                cairo_stroke(cr);
                int lw = 0, lh = 0;
                pango_layout_get_size(tickLabels[size_t(i)].get(), &lw, &lh);
                setColor(cr, kMuted);
                cairo_move_to(cr, plotL - 4 - double(lw) / PANGO_SCALE, y - double(lh) / PANGO_SCALE / 2);
                pango_cairo_show_layout(cr, tickLabels[size_t(i)].get());
            }
            auto yOf = [&](double v) {
                v = std::clamp(v, minV, maxV);
                return plotB - (plotB - plotT) * (v - minV) / (maxV - minV);
            };
            size_t ns = c.series.size();
            if (c.style == ChartStyle::Bars && ns > 0) {
                double group = slot * 0.7, bar = group / double(ns);
                for (size_t s = 0; s < ns; ++s) {
                    for (size_t i = 0; i < n && i < c.series[s].values.size(); ++i) {
                        double v = c.series[s].values[i];
                        if (!std::isfinite(v)) continue;
                        double x = plotL + slot * double(i) + (slot - group) / 2 + bar * double(s);
                        double y = yOf(v);
                        if (plotB - y > 0.1) seriesRect(cr, c.series[s], x + 0.5, y, bar - 1, plotB - y);
                    }
                }
            } else {
                for (size_t s = 0; s < ns; ++s) {
                    const ChartSeries& ser = c.series[s];
                    setColor(cr, seriesColor(ser));
                    cairo_set_line_width(cr, 1.6);
                    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
                    const bool joined = seriesJoined(seriesRoleOf(ser.role));
                    bool open = false;
                    for (size_t i = 0; joined && i < n && i < ser.values.size(); ++i) {
                        if (!std::isfinite(ser.values[i])) continue;  // the line passes over other series' points
                        double x = plotL + slot * (double(i) + 0.5), y = yOf(ser.values[i]);
                        if (!open)
                            cairo_move_to(cr, x, y);
                        else
                            cairo_line_to(cr, x, y);
                        open = true;
                    }
                    if (open) cairo_stroke(cr);
                    for (size_t i = 0; i < n && i < ser.values.size(); ++i) {
                        if (!std::isfinite(ser.values[i])) continue;
                        double x = plotL + slot * (double(i) + 0.5), y = yOf(ser.values[i]);
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
            }
            // Baseline and x labels.
            setColor(cr, kMuted);
            cairo_set_line_width(cr, 0.8);
            cairo_move_to(cr, plotL, plotB);
            cairo_line_to(cr, plotR, plotB);
            cairo_stroke(cr);
            for (size_t i = 0; i < n; i += every) {
                int lw = 0, lh = 0;
                pango_layout_get_size(catLabels[i].get(), &lw, &lh);
                cairo_move_to(cr, plotL + slot * (double(i) + 0.5) - double(lw) / PANGO_SCALE / 2, plotB + 3);
                pango_cairo_show_layout(cr, catLabels[i].get());
            }
            // Legend, top right.
            double lx = plotR;
            for (size_t s = ns; s-- > 0;) {
                int lw = 0, lh = 0;
                pango_layout_get_size(legend[s].get(), &lw, &lh);
                lx -= double(lw) / PANGO_SCALE;
                setColor(cr, kMuted);
                cairo_move_to(cr, lx, y0);
                pango_cairo_show_layout(cr, legend[s].get());
                lx -= 12;
                const ChartSeries& ser = c.series[s];
                double my = y0 + double(lh) / PANGO_SCALE / 2;
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
        });
        m_pdf.setY(y0 + h + 6);
        if (!b.caption.empty()) {
            auto cap = m_pdf.layout(b.caption, m_st.body, m_pdf.width());
            m_pdf.flow(cap, m_pdf.left(), kInk);
        }
        m_pdf.space(14);
    }

    void script(const Block& b) {
        std::string head = b.text;
        auto title = m_pdf.layout(head, m_st.h2, m_pdf.width(), PANGO_WEIGHT_BOLD);
        auto metaL = m_pdf.layout(b.meta, m_st.help, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
        double pad = 12;
        auto body = m_pdf.layout(b.answer, m_st.answer + 1, m_pdf.width() - 2 * pad);
        m_pdf.ensure(m_pdf.height(title) + m_pdf.height(metaL) + firstLines(body, 3) + 2 * pad);
        m_pdf.space(4);
        m_pdf.flow(title, m_pdf.left(), kInk);
        m_pdf.flow(metaL, m_pdf.left(), kAccent);
        m_pdf.space(6);
        double bx = m_pdf.left(), bw = m_pdf.width();
        auto fill = [bx, bw](cairo_t* cr, double top, double h, size_t) {
            setColor(cr, kAccentSoft);
            cairo_rectangle(cr, bx, top - 0.3, bw, h + 0.6);
            cairo_fill(cr);
        };
        strip(pad * 0.7, fill);
        m_pdf.flow(body, m_pdf.left() + pad, kInk, fill);
        strip(pad * 0.7, fill);
        m_pdf.space(14);
    }

    void block(const Block& b) {
        switch (b.kind) {
            case BlockKind::Heading:
                heading(b);
                break;
            case BlockKind::Paragraph:
                paragraph(b);
                break;
            case BlockKind::Answer:
                answer(b);
                break;
            case BlockKind::Checklist:
                checklist(b);
                break;
            case BlockKind::Scale:
                scale(b);
                break;
            case BlockKind::Table:
                table(b);
                break;
            case BlockKind::Chart:
                chart(b);
                break;
            case BlockKind::Script:
                script(b);
                break;
        }
    }

    // Height of the first `n` lines of a layout (to keep them with a prompt).
    double firstLines(const LayoutPtr& l, size_t n) const {
        auto ls = m_pdf.lines(l);
        double h = 0;
        for (size_t i = 0; i < ls.size() && i < n; ++i) h += ls[i].height;
        return h;
    }

private:
    Pdf& m_pdf;
    const Style& m_st;

    void keepLines(const LayoutPtr& l, size_t n) { m_pdf.ensure(firstLines(l, n)); }

    // A band of decoration with no text (box padding), page-break aware.
    void strip(double h, const Pdf::LineDeco& deco) {
        if (m_pdf.y() + h > m_pdf.bottom()) return;  // at a page end: padding is not needed
        double top = m_pdf.y();
        m_pdf.add([deco, top, h](cairo_t* cr) { deco(cr, top, h, 1); });
        m_pdf.setY(top + h);
    }

    void ruledLines(int n, double gap) {
        double x0 = m_pdf.left() + 2, x1 = m_pdf.left() + m_pdf.width();
        for (int i = 0; i < n; ++i) {
            m_pdf.ensure(gap);
            double y = m_pdf.y() + gap;
            m_pdf.add([=](cairo_t* cr) {
                setColor(cr, kRule);
                cairo_set_line_width(cr, 0.6);
                cairo_move_to(cr, x0, y - 0.5);
                cairo_line_to(cr, x1, y - 0.5);
                cairo_stroke(cr);
            });
            m_pdf.setY(y);
        }
    }

    std::vector<double> columnWidths(const TableData& t, size_t cols, double pad) {
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
        for (size_t c = 0; c < cols; ++c)
            w[c] = natural[c] <= fair ? natural[c] : (total - fixed) * weight(c) / wideSum;
        (void)wide;
        return w;
    }

    double rowHeight(const std::vector<LayoutPtr>& cells, double pad) const {
        double h = 0;
        for (const auto& c : cells) h = std::max(h, m_pdf.height(c));
        return h + 2 * pad;
    }

    void drawRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad, bool head) {
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

    // Places a row, splitting it by lines across pages when it is taller
    // than the room left (a very long cell never gets clipped).
    void splitRow(const std::vector<LayoutPtr>& cells, const std::vector<double>& widths, double pad,
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

    void emptyRow(const std::vector<double>& widths, double h) {
        double y = m_pdf.y(), x = m_pdf.left();
        m_pdf.add([=](cairo_t* cr) { gridLines(cr, x, y, widths, h); });
        m_pdf.setY(y + h);
    }

    static void gridLines(cairo_t* cr, double x, double y, const std::vector<double>& widths, double h) {
        setColor(cr, kRule);
        cairo_set_line_width(cr, 0.6);
        double cx = x;
        for (double w : widths) {
            cairo_rectangle(cr, cx, y, w, h);
            cx += w;
        }
        cairo_stroke(cr);
    }
};

// [SECTION] Cover and card

void cover(Pdf& pdf, const ExportDocument& doc) {
    const Style& st = pdf.style();
    pdf.newPage();
    double w = pdf.width();
    pdf.setY(pdf.top() + pdf.contentHeight() * 0.22);
    auto kicker = pdf.layout(doc.blank ? "DOORWAY · A WORKBOOK TO FILL IN BY HAND" : "DOORWAY · MY WORKBOOK", st.small,
                             w, PANGO_WEIGHT_BOLD);
    pdf.flow(kicker, pdf.left(), kAccent);
    pdf.space(10);
    auto title = pdf.layout(doc.title, 28, w, PANGO_WEIGHT_BOLD);
    pdf.flow(title, pdf.left(), kInk);
    pdf.space(8);
    auto date = pdf.layout(printableDate(doc.date), st.intro + 1, w);
    pdf.flow(date, pdf.left(), kMuted);
    pdf.space(18);
    double y = pdf.y(), x0 = pdf.left();
    pdf.add([=](cairo_t* cr) {
        setColor(cr, kAccent);
        cairo_rectangle(cr, x0, y, 60, 3);
        cairo_fill(cr);
    });
    pdf.space(22);
    if (!doc.sections.empty()) {
        auto in = pdf.layout("Inside", st.help, w, PANGO_WEIGHT_BOLD);
        pdf.flow(in, pdf.left(), kMuted);
        pdf.space(4);
        for (const auto& s : doc.sections) {
            auto l = pdf.layout(s.title, st.body, w - 14);
            pdf.flow(l, pdf.left() + 14, kInk, [x0](cairo_t* cr, double top, double h, size_t idx) {
                if (idx) return;
                setColor(cr, kAccent);
                cairo_new_path(cr);
                cairo_arc(cr, x0 + 4, top + h / 2, 2, 0, 2 * M_PI);
                cairo_fill(cr);
            });
        }
    }
    // The private line sits low on the cover, in a quiet box.
    auto conf = pdf.layout(doc.confidential, st.help, w - 24, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
    double ch = pdf.height(conf) + 16;
    double cy = std::max(pdf.y() + 20, pdf.bottom() - ch);
    if (cy + ch > pdf.bottom()) {
        pdf.newPage();
        cy = pdf.top();
    }
    pdf.setY(cy);
    pdf.add([=](cairo_t* cr) {
        setColor(cr, kRule);
        cairo_set_line_width(cr, 0.7);
        roundedRect(cr, x0, cy, w, ch, 4);
        cairo_stroke(cr);
    });
    pdf.space(8);
    pdf.flow(conf, pdf.left() + 12, kMuted);
}

void card(Pdf& pdf, const ExportDocument& doc, bool blank) {
    const InvitationCard& c = doc.card;
    const Style& st = pdf.style();
    pdf.newPage();
    double pad = 26 * st.scale;
    double x0 = pdf.left(), w = pdf.width();
    double inner = w - 2 * pad;
    double top = pdf.y();
    pdf.space(pad);
    auto kick = pdf.layout("DOORWAY", st.small, inner, PANGO_WEIGHT_BOLD);
    pdf.flow(kick, x0 + pad, kAccent);
    pdf.space(4);
    pdf.flow(pdf.layout(c.heading, st.h1 + 4, inner, PANGO_WEIGHT_BOLD), x0 + pad, kInk);
    pdf.space(14);
    auto section = [&](const std::string& label, const std::string& text, double size, int lines) {
        pdf.flow(pdf.layout(label, st.help, inner, PANGO_WEIGHT_BOLD), x0 + pad, kAccent);
        pdf.space(4);
        if (!text.empty()) {
            pdf.flow(pdf.layout(text, size, inner), x0 + pad, kInk);
        } else {
            double gap = 22 * st.scale;
            for (int i = 0; i < lines; ++i) {
                double y = pdf.y() + gap, a = x0 + pad, b = x0 + pad + inner;
                pdf.add([=](cairo_t* cr) {
                    setColor(cr, kRule);
                    cairo_set_line_width(cr, 0.6);
                    cairo_move_to(cr, a, y);
                    cairo_line_to(cr, b, y);
                    cairo_stroke(cr);
                });
                pdf.setY(y);
            }
        }
        pdf.space(18);
    };
    section(c.askLabel, c.ask, st.h2, 3);
    if (!c.doors.empty() || blank) {
        pdf.flow(pdf.layout(c.doorsLabel, st.help, inner, PANGO_WEIGHT_BOLD), x0 + pad, kAccent);
        pdf.space(4);
        std::vector<std::string> doors = c.doors;
        if (blank) doors.assign(3, "");
        for (const auto& d : doors) {
            double box = 9 * st.scale;
            double bx = x0 + pad;
            auto l = pdf.layout(d.empty() ? " " : d, st.body + 0.5, inner - box - 8);
            bool ticked = !d.empty();
            pdf.flow(l, bx + box + 8, kInk, [bx, box, ticked](cairo_t* cr, double t, double h, size_t idx) {
                if (idx == 0) drawBox(cr, bx, t + (h - box) / 2, box, ticked);
            });
            if (d.empty()) pdf.space(12 * st.scale);
            pdf.space(3);
        }
        pdf.space(15);
    }
    std::string phr = c.phrasing;
    // A filled-in card leaves the phrasing out when the layout dropped it
    // (it would only repeat the ask); a blank card keeps lines for it.
    if (!phr.empty() || blank)
        section(c.phrasingLabel, phr.empty() ? std::string() : "“" + phr + "”", st.intro + 0.5, 5);
    if (!c.closing.empty())
        pdf.flow(pdf.layout(c.closing, st.body, inner, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC), x0 + pad, kMuted);
    pdf.space(pad);
    // The card's frame: drawn last, sized to what it holds (one page when it fits).
    if (pdf.pageCount() == 1) {
        double bottom = pdf.y();
        pdf.add([=](cairo_t* cr) {
            setColor(cr, kAccent);
            cairo_set_line_width(cr, 1.4);
            roundedRect(cr, x0, top, w, bottom - top, 10);
            cairo_stroke(cr);
        });
    }
}

// The closing help line sits at the foot of the last page, like a
// footnote, in the band just above the footer. When the last page is full it
// opens the next one (at the top: a lone line at the bottom of an empty page
// looks lost).
void safetyFootnote(Pdf& pdf, const std::string& text) {
    const Style& st = pdf.style();
    double x0 = pdf.left(), w = pdf.width();
    auto l = pdf.layout(text, st.small, w);
    double h = pdf.height(l) + 6;
    const double footBottom = pdf.bottom() + 20;  // the footer's rule is 8 pt lower
    bool fits = pdf.y() + 10 + h <= footBottom;
    if (!fits) pdf.newPage();
    double y = fits ? footBottom - h : pdf.y();
    pdf.add([=](cairo_t* cr) {
        setColor(cr, kRule);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x0, y);
        cairo_line_to(cr, x0 + 60, y);
        cairo_stroke(cr);
        setColor(cr, kMuted);
        cairo_move_to(cr, x0, y + 5);
        pango_cairo_show_layout(cr, l.get());
    });
    pdf.setY(y + h);
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

// [SECTION] Public

bool renderPdf(const ExportDocument& doc, Paper paper, std::string& out, std::string& error, int* pages) {
    out.clear();
    double pw = 0, ph = 0;
    paperSize(paper, &pw, &ph);

    // The card must be one page: shrink its type until it fits, and only if
    // even small type cannot hold it, let it run on (never cut words off).
    double scale = 1.0;
    std::unique_ptr<Pdf> pdf;
    for (;;) {
        Style st;
        st.scale = scale;
        pdf = std::make_unique<Pdf>(paper, st);
        if (doc.cardOnly) {
            card(*pdf, doc, doc.blank);
            if (pdf->pageCount() > 1 && scale > 0.45) {
                scale *= 0.88;
                continue;
            }
        } else {
            if (!doc.handout) cover(*pdf, doc);
            Writer wr(*pdf);
            for (const auto& s : doc.sections) {
                if (pdf->pageHasContent()) pdf->newPage();
                for (const auto& b : s.blocks) wr.block(b);
            }
            if (!doc.safetyLine.empty()) safetyFootnote(*pdf, doc.safetyLine);
        }
        break;
    }

    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, pw, ph);
    gchar* title = g_utf8_make_valid(doc.title.c_str(), gssize(doc.title.size()));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
    g_free(title);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Doorway");
    bool ok = pdf->finish(surface, doc, !doc.cardOnly && !doc.handout, error);
    cairo_surface_finish(surface);
    cairo_status_t st = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (ok && st != CAIRO_STATUS_SUCCESS) {
        error = std::string("writing the PDF failed: ") + cairo_status_to_string(st);
        ok = false;
    }
    if (pages) *pages = int(pdf->pageCount());
    if (!ok) out.clear();
    return ok;
}

}  // namespace doorway
