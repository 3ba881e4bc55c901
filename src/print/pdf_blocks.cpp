// The Writer: each kind of block placed on the pages (headings, paragraphs,
// notes, answers, checklists, scales, scripts). Tables and charts have
// files of their own (pdf_table.cpp, pdf_chart.cpp).
#include "print/pdf_impl.hpp"

#include <algorithm>
#include <cmath>

namespace doorway::pdf_detail {

void Writer::heading(const Block& b) {
    bool h1 = b.level <= 1;
    auto l = m_pdf.layout(b.text, h1 ? m_st.h1 : m_st.h2, m_pdf.width(), PANGO_WEIGHT_BOLD);
    double h = m_pdf.height(l);
    if (!m_pdf.atTop()) vspace(h1 ? 10 : 12);
    // Room for the heading and a little of what follows; blocks() moves it
    // on when what follows does.
    m_pdf.ensure(h + 70);
    Pdf::HeadingScope scope(m_pdf);
    if (h1) m_pdf.outline(b.text);
    m_pdf.flow(l, m_pdf.left(), h1 ? kAccent : kInk);
    if (h1) {
        double y = m_pdf.y() + 3;
        double x0 = m_pdf.left(), x1 = m_pdf.left() + m_pdf.width();
        m_pdf.add([=](cairo_t* cr) { strokeLine(cr, x0, y, x1, y, kAccent, 1.2); });
        vspace(12);
    } else {
        m_pdf.space(4);
    }
}

void Writer::paragraph(const Block& b) {
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
    vspace(10);
}

void Writer::note(const Block& b) {
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
    double titleH = title ? m_pdf.height(title) : 0;
    double whole = titleH + (title && body ? 3 : 0) + (body ? m_pdf.height(body) : 0) + 2 * pad;
    m_pdf.ensure(wholeOr(whole, titleH + (body ? firstLines(body, 2) : 0) + 2 * pad));
    strip(pad, fill);
    if (title) m_pdf.flow(title, x, kInk, fill);
    if (title && body) strip(3, fill);
    if (body) m_pdf.flow(body, x, kInk, fill);
    strip(pad, fill);
    vspace(12);
}

void Writer::prompt(const Block& b, double followMin, double followWhole) {
    if (b.text.empty() && b.help.empty()) {
        m_pdf.ensure(followWhole > 0 ? wholeOr(followWhole, followMin) : followMin);
        return;
    }
    LayoutPtr p = b.text.empty() ? nullptr : m_pdf.layout(b.text, m_st.prompt, m_pdf.width(), PANGO_WEIGHT_BOLD);
    LayoutPtr h = b.help.empty()
                      ? nullptr
                      : m_pdf.layout(b.help, m_st.help, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
    // Keep the prompt, its help and the answer (or its start) together.
    double own = (p ? m_pdf.height(p) : 0) + (h ? m_pdf.height(h) + 2 : 0) + 4;
    m_pdf.ensure(followWhole > 0 ? wholeOr(own + followWhole, own + followMin) : own + followMin);
    if (p) m_pdf.flow(p, m_pdf.left(), kInk);
    if (h) {
        m_pdf.space(1);
        m_pdf.flow(h, m_pdf.left(), kMuted);
    }
    m_pdf.space(4);
}

void Writer::answer(const Block& b) {
    if (b.writeLines > 0 && !b.answered) {
        double gap = ruleGap();
        prompt(b, gap * std::min(b.writeLines, 3), gap * b.writeLines);
        ruledLines(b.writeLines, gap);
        vspace(10);
        return;
    }
    if (b.writeLines > 0) {
        // Blank composer: the template with gaps, then room to write.
        auto l = m_pdf.layout(b.answer, m_st.answer, m_pdf.width() - 12);
        prompt(b, firstLines(l, 2), m_pdf.height(l) + 4 + ruleGap() * b.writeLines);
        m_pdf.flow(l, m_pdf.left() + 12, kMuted);
        m_pdf.space(4);
        ruledLines(b.writeLines, ruleGap());
        vspace(10);
        return;
    }
    if (!b.answered) {
        auto l = m_pdf.layout("Not answered yet.", m_st.small, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
        prompt(b, m_pdf.height(l));
        m_pdf.flow(l, m_pdf.left() + 12, kMuted);
        vspace(12);
        return;
    }
    auto l = m_pdf.layout(b.answer, m_st.answer, m_pdf.width() - 12);
    // An answer stays whole with its prompt when they fit on a page; a
    // longer one keeps two lines with it and splits between lines.
    prompt(b, firstLines(l, 2), m_pdf.height(l));
    double barX = m_pdf.left() + 2;
    m_pdf.flow(l, m_pdf.left() + 12, kInk, [barX](cairo_t* cr, double top, double h, size_t) {
        setColor(cr, kAccent);
        cairo_rectangle(cr, barX, top, 2, h);
        cairo_fill(cr);
    });
    vspace(12);
}

void Writer::checklist(const Block& b) {
    double box = 9 * m_st.scale;
    double indent = box + 8;
    double textW = m_pdf.width() - indent;
    std::vector<std::pair<LayoutPtr, LayoutPtr>> items;
    for (const auto& it : b.items)
        items.emplace_back(
            m_pdf.layout(it.label, m_st.body, textW, it.ticked ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL),
            it.detail.empty() ? nullptr : m_pdf.layout(it.detail, m_st.help, textW));
    // The prompt keeps its first two options with it (no orphan).
    double firstTwo = 0;
    auto itemHeight = [&](size_t i) {
        return m_pdf.height(items[i].first) + (items[i].second ? m_pdf.height(items[i].second) : 0) + 3;
    };
    for (size_t i = 0; i < items.size() && i < 2; ++i) firstTwo += itemHeight(i);
    prompt(b, firstTwo);
    for (size_t i = 0; i < items.size(); ++i) {
        bool ticked = b.items[i].ticked;
        double x = m_pdf.left();
        // An item stays whole with its explanation and the start of its note.
        LayoutPtr noteL =
            b.items[i].note.empty() ? nullptr : m_pdf.layout(b.items[i].note, m_st.answer - 0.5, textW - 12);
        double item = m_pdf.height(items[i].first) + (items[i].second ? m_pdf.height(items[i].second) : 0);
        double whole = item + (noteL ? m_pdf.height(noteL) + 2 : 0);
        // No widow: the last option never goes to a page alone; the one
        // before it goes along (a list of four or more leaves two behind).
        if (i + 2 == items.size() && items.size() >= 4) whole += itemHeight(i + 1);
        m_pdf.ensure(wholeOr(whole, item + (noteL ? firstLines(noteL, 2) + 2 : 0)));
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
    vspace(9);
}

void Writer::scale(const Block& b) {
    int n = std::max(1, b.scaleMax - b.scaleMin + 1);
    double r = 7 * m_st.scale;
    // A 1..5 scale spans about half the page so its end labels have room.
    double step = n > 1 ? std::min(std::max(30.0 * m_st.scale, 280.0 / (n - 1)), (m_pdf.width() - 90) / (n - 1)) : 30.0;
    r = std::min(r, step * 0.36);
    double rowW = (n - 1) * step + 2 * r;
    auto valueText = b.hasScaleValue ? m_pdf.layout(std::to_string(b.scaleValue) + " of " + std::to_string(b.scaleMax),
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
    vspace(14);
}

void Writer::script(const Block& b) {
    std::string head = b.text;
    auto title = m_pdf.layout(head, m_st.h2, m_pdf.width(), PANGO_WEIGHT_BOLD);
    auto metaL = m_pdf.layout(b.meta, m_st.help, m_pdf.width(), PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
    double pad = 12;
    auto body = m_pdf.layout(b.answer, m_st.answer + 1, m_pdf.width() - 2 * pad);
    double above = 4 + m_pdf.height(title) + m_pdf.height(metaL) + 6;
    m_pdf.ensure(wholeOr(above + m_pdf.height(body) + 1.4 * pad, above + firstLines(body, 3) + 1.4 * pad));
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
    vspace(14);
}

void Writer::block(const Block& b) {
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

void Writer::blocks(const std::vector<Block>& bs) {
    for (size_t i = 0; i < bs.size();) {
        // A run of headings and the block after them go together.
        size_t end = i;
        while (end < bs.size() && bs[end].kind == BlockKind::Heading) ++end;
        if (end == i || end == bs.size()) {
            block(bs[i++]);
            continue;
        }
        Pdf::Mark start = m_pdf.mark();
        bool top = m_pdf.atTop();
        for (size_t k = i; k < end; ++k) block(bs[k]);
        Pdf::Mark after = m_pdf.mark();
        block(bs[end]);
        // The headings were left alone at the foot of a page: take them all
        // back and start them on the next page (there, with only headings
        // above, what follows splits rather than leave them again).
        if (!top && m_pdf.startedAfter(after)) {
            m_pdf.rollback(start);
            m_pdf.newPage();
            for (size_t k = i; k <= end; ++k) block(bs[k]);
        }
        i = end + 1;
    }
}

double Writer::firstLines(const LayoutPtr& l, size_t n) const {
    auto ls = m_pdf.lines(l);
    double h = 0;
    for (size_t i = 0; i < ls.size() && i < n; ++i) h += ls[i].height;
    return h;
}

void Writer::strip(double h, const Pdf::LineDeco& deco) {
    if (m_pdf.y() + h > m_pdf.bottom()) return;  // at a page end: padding is not needed
    double top = m_pdf.y();
    m_pdf.add([deco, top, h](cairo_t* cr) { deco(cr, top, h, 1); });
    m_pdf.setY(top + h);
}

void Writer::ruledLines(int n, double gap) {
    double x0 = m_pdf.left() + 2, x1 = m_pdf.left() + m_pdf.width();
    for (int i = 0; i < n; ++i) {
        m_pdf.ensure(gap);
        double y = m_pdf.y() + gap;
        m_pdf.add([=](cairo_t* cr) { strokeLine(cr, x0, y - 0.5, x1, y - 0.5, kRule, 0.6); });
        m_pdf.setY(y);
    }
}

}  // namespace doorway::pdf_detail
