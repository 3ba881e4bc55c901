// The PDF renderer's document: the cover, the sections one after another,
// the invitation card and the safety footnote, then the bytes. The pages
// and their text flow are in pdf_page.cpp, the blocks in pdf_blocks.cpp,
// pdf_table.cpp and pdf_chart.cpp (what they share: pdf_impl.hpp).
#include "print/pdf_impl.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace doorway {

namespace pdf_detail {

namespace {

// [SECTION] Cover and card

// Each section's first page (1 = the first page), filled in as the
// sections are laid out; the contents on the cover read it when drawn.
using StartPages = std::shared_ptr<std::vector<int>>;

// The contents: each section's title, dotted leaders and the page it
// starts on (drawn once every page is laid out), the line with the number a
// link to that page.
void contents(Pdf& pdf, const ExportDocument& doc, const StartPages& starts) {
    const Style& st = pdf.style();
    double w = pdf.width(), x0 = pdf.left();
    auto in = pdf.layout("Contents", st.help, w, PANGO_WEIGHT_BOLD);
    pdf.flow(in, pdf.left(), kMuted);
    pdf.space(4);
    // Room for a page number as wide as "888", whatever the count.
    auto widest = pdf.layout("888", st.body, 0);
    int lw = 0, lh = 0;
    pango_layout_get_size(widest.get(), &lw, &lh);
    double numW = double(lw) / PANGO_SCALE + 16;
    double size = st.body;
    for (size_t i = 0; i < doc.sections.size(); ++i) {
        auto l = pdf.layout(doc.sections[i].title, st.body, w - 14 - numW);
        auto ls = pdf.lines(l);
        PangoRectangle last;
        pango_layout_line_get_extents(ls.back().line, nullptr, &last);
        double lastEnd = x0 + 14 + ls.back().x + double(last.width) / PANGO_SCALE;
        size_t lastIdx = ls.size() - 1;
        Pdf* owner = &pdf;
        pdf.flow(l, x0 + 14, kInk, [=](cairo_t* cr, double top, double h, size_t idx) {
            if (idx == 0) {
                setColor(cr, kAccent);
                cairo_new_path(cr);
                cairo_arc(cr, x0 + 4, top + h / 2, 2, 0, 2 * M_PI);
                cairo_fill(cr);
            }
            if (idx != lastIdx || i >= starts->size()) return;
            int page = (*starts)[i];
            auto num = owner->layout(std::to_string(page), size, 0);
            int nw = 0, nh = 0;
            pango_layout_get_size(num.get(), &nw, &nh);
            double nx = x0 + w - double(nw) / PANGO_SCALE;
            double base = top + h - 4;
            // The leader: one stroke dashed into round dots (a path of its
            // own per dot would make the page heavy and slow).
            if (nx - 5 > lastEnd + 6) {
                const double dots[] = {0, 4};
                setColor(cr, kRule);
                cairo_set_line_width(cr, 1.1);
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
                cairo_set_dash(cr, dots, 2, 0);
                cairo_move_to(cr, lastEnd + 6, base);
                cairo_line_to(cr, nx - 5, base);
                cairo_stroke(cr);
                cairo_set_dash(cr, nullptr, 0, 0);
            }
            setColor(cr, kInk);
            cairo_move_to(cr, nx, top + (h - double(nh) / PANGO_SCALE) / 2);
            pango_cairo_show_layout(cr, num.get());
            std::string link = "rect=[" + std::to_string(x0) + " " + std::to_string(top) + " " + std::to_string(w) +
                               " " + std::to_string(h) + "] page=" + std::to_string(page);
            cairo_tag_begin(cr, CAIRO_TAG_LINK, link.c_str());
            cairo_tag_end(cr, CAIRO_TAG_LINK);
        });
    }
}

void cover(Pdf& pdf, const ExportDocument& doc, const StartPages& starts) {
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
    if (!doc.sections.empty()) contents(pdf, doc, starts);
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
                pdf.add([=](cairo_t* cr) { strokeLine(cr, a, y, b, y, kRule, 0.6); });
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

// The footnote's layout, and the height it takes (its rule included).
LayoutPtr footnoteLayout(Pdf& pdf, const std::string& text) {
    return pdf.layout(text, pdf.style().small, pdf.width());
}
double footnoteHeight(Pdf& pdf, const LayoutPtr& l) {
    return pdf.height(l) + 6;
}
// Where the footnote's band ends: the footer's rule is 8 pt lower.
double footnoteBottom(Pdf& pdf) {
    return pdf.bottom() + 20;
}
// Whether a footnote `h` tall fits below what the last page holds.
bool footnoteFits(Pdf& pdf, double h) {
    return pdf.y() + 10 + h <= footnoteBottom(pdf);
}

// The closing help line sits at the foot of the last page, like a
// footnote, in the band just above the footer. paginate() makes room for it
// there; should it still not fit, it opens the next page (at the top: a lone
// line at the bottom of an empty page looks lost).
void safetyFootnote(Pdf& pdf, const std::string& text) {
    double x0 = pdf.left();
    auto l = footnoteLayout(pdf, text);
    double h = footnoteHeight(pdf, l);
    bool fits = footnoteFits(pdf, h);
    if (!fits) pdf.newPage();
    double y = fits ? footnoteBottom(pdf) - h : pdf.y();
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

// Lays out a section from where the layout stands. When its last page would
// hold only a short tail (under a quarter of a page), it tries again tight,
// and keeps that only when it saves the page.
void layOutSection(Pdf& pdf, Writer& wr, const ExportSection& s) {
    constexpr double kTight = 0.5;
    Pdf::Mark start = pdf.mark();
    wr.setTight(1.0);
    wr.blocks(s.blocks);
    size_t pages = pdf.pageCount();
    bool shortTail = pages > std::max<size_t>(start.pages, 1) && pdf.y() - pdf.top() < pdf.contentHeight() * 0.25;
    if (!shortTail) return;
    pdf.rollback(start);
    wr.setTight(kTight);
    wr.blocks(s.blocks);
    wr.setTight(1.0);
    if (pdf.pageCount() < pages) return;
    pdf.rollback(start);
    wr.blocks(s.blocks);
}

// The document's pages, laid out and ready to draw.
std::unique_ptr<Pdf> paginate(const ExportDocument& doc, Paper paper) {
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
            auto starts = std::make_shared<std::vector<int>>();
            if (!doc.handout) cover(*pdf, doc, starts);
            Writer wr(*pdf);
            Pdf::Mark lastSection;
            for (const auto& s : doc.sections) {
                if (pdf->pageHasContent()) pdf->newPage();
                lastSection = pdf->mark();
                starts->push_back(int(std::max<size_t>(1, pdf->pageCount())));
                layOutSection(*pdf, wr, s);
            }
            const std::string& line = doc.safetyLine;
            const double lineH = line.empty() ? 0 : footnoteHeight(*pdf, footnoteLayout(*pdf, line));
            if (!line.empty() && !doc.sections.empty() && !footnoteFits(*pdf, lineH)) {
                // The line would sit alone on a page of its own: lay the
                // last section out again with room kept for it at the foot
                // of its pages, so some of its text comes along.
                // It is laid out as any section is, so a short tail there
                // is tried tight too, now with the line's room counted.
                pdf->rollback(lastSection);
                pdf->reserveBottom(lineH);
                layOutSection(*pdf, wr, doc.sections.back());
                pdf->reserveBottom(0);
            }
            if (!line.empty()) safetyFootnote(*pdf, line);
        }
        break;
    }
    return pdf;
}

}  // namespace

}  // namespace pdf_detail

// [SECTION] Public

bool renderPdf(const ExportDocument& doc, Paper paper, std::string& out, std::string& error, int* pages) {
    out.clear();
    double pw = 0, ph = 0;
    paperSize(paper, &pw, &ph);
    std::unique_ptr<pdf_detail::Pdf> pdf = pdf_detail::paginate(doc, paper);

    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(pdf_detail::appendBytes, &out, pw, ph);
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
