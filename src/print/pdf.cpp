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
