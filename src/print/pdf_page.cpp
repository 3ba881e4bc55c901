// The PDF's pages: text laid out with Pango and placed line by line, so a
// long answer continues on the next page instead of being clipped and
// nothing is ever drawn on top of something else; then the finished pages
// drawn with Cairo once the page count is known (so every footer can say
// "Page N of M").
#include "print/pdf_impl.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>

namespace doorway::pdf_detail {

namespace {

const char* kFamily = "DejaVu Sans";

}  // namespace

// [SECTION] Text on pages

Pdf::Pdf(Paper paper, const Style& style) : m_style(style) {
    paperSize(paper, &m_pageW, &m_pageH);
    m_left = 62;
    m_right = m_pageW - 62;
    m_top = 62;
    m_bottom = m_pageH - kFootBand;

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

LayoutPtr Pdf::layout(const std::string& text, double size, double width, PangoWeight weight, PangoStyle slant) {
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
        // A word too long for the line breaks where it must, but with no
        // hyphen added: the page keeps the person's words as typed, and a
        // web address copied from it still works.
        PangoAttrList* attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
        pango_layout_set_attributes(l, attrs);
        pango_attr_list_unref(attrs);
    }
    // Never markup: whatever the user typed is text, angle brackets included.
    gchar* valid = g_utf8_make_valid(text.c_str(), gssize(text.size()));
    pango_layout_set_text(l, valid, -1);
    g_free(valid);
    return LayoutPtr(l, [](PangoLayout* p) { g_object_unref(p); });
}

std::vector<LineInfo> Pdf::lines(const LayoutPtr& l) const {
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

void Pdf::flow(const LayoutPtr& l, double x, Rgb color, const LineDeco& deco) {
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

Pdf::Mark Pdf::mark() const {
    Mark m;
    m.pages = m_pages.size();
    m.ops = m_pages.empty() ? 0 : m_pages.back().ops.size();
    m.outlines = m_pages.empty() ? 0 : m_pages.back().outline.size();
    m.y = m_y;
    m.headingsOnly = m_headingsOnly;
    return m;
}

void Pdf::rollback(const Mark& m) {
    m_pages.resize(m.pages);
    if (!m_pages.empty()) {
        Page& p = m_pages.back();
        p.ops.erase(p.ops.begin() + std::ptrdiff_t(m.ops), p.ops.end());
        p.outline.resize(m.outlines);
    }
    m_y = m.y;
    m_headingsOnly = m.headingsOnly;
}

bool Pdf::startedAfter(const Mark& m) const {
    if (m_pages.size() <= m.pages) return false;
    return m.pages == 0 || m_pages[m.pages - 1].ops.size() == m.ops;
}

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

void strokeLine(cairo_t* cr, double x0, double y0, double x1, double y1, Rgb color, double width) {
    setColor(cr, color);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y0);
    cairo_line_to(cr, x1, y1);
    cairo_stroke(cr);
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
}  // namespace doorway::pdf_detail
