// HTML and Markdown from the export layout, and paper sizes.
#include "core/chart_palette.hpp"
#include "core/scorer.hpp"
#include "print/export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace doorway {

namespace {

// [SECTION] HTML

std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// `s` as a CSS string literal, safe inside <style>: quotes and backslashes
// escaped, "<" and line breaks as CSS escapes (a title can't end the style).
std::string cssString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else if (c == '<')
            out += "\\3C ";
        else if (c == '\n' || c == '\r')
            out += "\\A ";
        else
            out += c;
    }
    return out + "\"";
}

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// A value as a person reads it in a tooltip: a whole score as "99", not
// "99.0", as the window and paper show it; a fraction keeps one place.
std::string valueText(double v) {
    std::string t = fmt(v);
    if (t.size() > 2 && t.compare(t.size() - 2, 2, ".0") == 0) t.resize(t.size() - 2);
    return t == "-0" ? "0" : t;
}

// How many lines an answer or a note may take on paper and still be kept
// whole: about a quarter of an A4 page of text at the print style's size.
// A longer one moving whole to the next page left most of a page blank, so
// it splits between lines instead, with a few lines on each side.
constexpr int kWholeLines = 12;
// Characters in a printed line of the HTML's print style (170 mm of
// 10.5 pt DejaVu Sans), for the estimate below.
constexpr size_t kPrintLineChars = 85;

// An estimate of the lines `text` takes on paper: each of its own lines,
// wrapped at kPrintLineChars characters (UTF-8 continuation bytes not
// counted).
int printLines(const std::string& text) {
    int lines = 0;
    size_t chars = 0;
    auto endLine = [&] { lines += int(std::max<size_t>(1, (chars + kPrintLineChars - 1) / kPrintLineChars)); };
    for (char c : text) {
        if (c == '\n') {
            endLine();
            chars = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++chars;
        }
    }
    endLine();
    return lines;
}

// The class of a printed answer or note: " long" lets a long one split.
std::string lengthClass(const std::string& text) {
    return printLines(text) > kWholeLines ? " long" : "";
}

const char* kCss = R"CSS(
:root { --ink:#22242a; --muted:#6b7079; --rule:#c7ccd3; --accent:#336b80; --soft:#e6eff2; --note:#f5f2eb; --warm:#cc7340; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", system-ui, sans-serif; color: var(--ink); line-height: 1.45;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; font-size: 11pt; }
header.cover { margin: 1rem 0 2rem; }
.kicker { color: var(--accent); font-weight: bold; font-size: 8.5pt; letter-spacing: .06em; }
header.cover h1 { font-size: 26pt; margin: .3rem 0; }
.date { color: var(--muted); }
.confidential { border: 1px solid var(--rule); border-radius: 4px; padding: .6rem .8rem; color: var(--muted);
                font-style: italic; font-size: 9pt; margin-top: 2rem; }
section.sheet > h2 { color: var(--accent); border-bottom: 1.5px solid var(--accent); padding-bottom: .2rem;
                     font-size: 18pt; margin-top: 2.5rem; }
h3 { font-size: 13pt; }
.intro { font-style: italic; color: #40454d; }
.field { margin: 1rem 0 1.2rem; }
.prompt { font-weight: bold; }
.help { color: var(--muted); font-style: italic; font-size: 9pt; }
.answer { white-space: pre-wrap; border-left: 2px solid var(--accent); padding-left: .7rem; margin-top: .3rem;
          overflow-wrap: anywhere; }
.unanswered { color: var(--muted); font-style: italic; font-size: 8.5pt; padding-left: .7rem; }
.write { border-bottom: 1px solid var(--rule); height: 1.6rem; }
.note { background: var(--note); border-left: 3px solid var(--warm); padding: .6rem .8rem; }
.note div { white-space: pre-line; }  /* a note's own lines (an agenda's steps) stay lines */
ul.checks { list-style: none; padding-left: 0; }
ul.checks li { margin: .15rem 0; padding-left: 1.4rem; position: relative; }
ul.checks li::before { content: ""; position: absolute; left: 0; top: .25rem; width: .8rem; height: .8rem;
                       border: 1px solid var(--muted); border-radius: 2px; }
ul.checks li.ticked { font-weight: bold; }
.note-answer { font-weight: normal; }
ul.checks li.ticked::before { background: var(--accent); border-color: var(--accent); }
/* the tick centred on the box drawn by ::before (.8rem and a 1px border each side) */
ul.checks li.ticked::after { content: "✓"; position: absolute; left: 0; top: .25rem; width: calc(.8rem + 2px);
                             line-height: calc(.8rem + 2px); text-align: center; color: #fff; font-size: .7rem; }
.detail { display: block; font-weight: normal; color: var(--muted); font-size: 9pt; }
.scale .dot { display: inline-block; width: 1.1rem; height: 1.1rem; border-radius: 50%; border: 1px solid var(--muted);
              margin-right: .5rem; text-align: center; font-size: 7pt; line-height: 1.05rem; color: var(--muted); }
.scale .dot.on { background: #8cb8c2; border-color: #8cb8c2; color: #fff; }
.scale .dot.chosen { background: var(--accent); border-color: var(--accent); }
.scale .ends { display: flex; justify-content: space-between; color: var(--muted); font-size: 8.5pt; max-width: 24rem; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-top: .3rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .35rem; text-align: left; vertical-align: top;
         white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #edf0f2; }
td.blank { height: 1.7rem; }
/* Wide enough for a date ("2026-06-07") in one piece: "anywhere" (kept, so
   no text can widen a table) otherwise lets a busy table squeeze the first
   column to a letter or two a line. */
th:first-child, td:first-child { min-width: 7.2em; }
figure.chart { margin: 1rem 0; }
figure.chart svg { width: 100%; height: auto; }
.script { background: var(--soft); padding: .8rem 1rem; white-space: pre-wrap; font-size: 11.5pt; }
.meta { color: var(--accent); font-style: italic; font-size: 9pt; }
.card { border: 1.5px solid var(--accent); border-radius: 10px; padding: 1.6rem; }
.card .label { color: var(--accent); font-weight: bold; font-size: 9pt; margin-top: 1.2rem; }
.card .ask { font-size: 14pt; white-space: pre-wrap; }
.card .closing { color: var(--muted); font-style: italic; margin-top: 1.2rem; }
.safety-line { color: var(--muted); font-size: 8.5pt; border-top: 1px solid var(--rule); padding-top: .4rem;
               margin-top: 2rem; break-inside: avoid; page-break-inside: avoid; }
@media print {
  /* Closer lines than on screen, as in the PDF: at the screen's 1.45 a
     page's closing answer ("Your invitation") spilled alone onto a page of
     its own. */
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; line-height: 1.3; }
  /* On paper the cover is a page of its own, its title in the middle; on
     screen it is only the top of the page (above). */
  header.cover { margin: 0; height: 230mm; display: flex; flex-direction: column; justify-content: center;
                 break-after: page; page-break-after: always; }
  section.sheet { break-before: page; page-break-before: always; }
  section.sheet > h2 { margin-top: 0; }
  h2, h3, .prompt, .help { break-after: avoid; page-break-after: avoid; }
  .field.small, figure.chart, .scale, tr, .card { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* On paper the footer is in the page's bottom margin (@page, below),
     where no text runs under it as it did under a fixed footer. */
  footer.print-footer { display: none; }
  /* The closing line goes to paper with what comes before it (alone, it
     was the whole of the last page), and the best take holds together. */
  .safety-line { break-before: avoid; page-break-before: avoid; }
  .field.take { break-inside: avoid; page-break-inside: avoid; }
  /* A short answer or note is never split (Chromium had carried the last
     two lines of "Your invitation" to a page of their own, and cut "A door
     worth knowing" in two). A long one (class "long", kWholeLines) splits
     between lines, at least three on each page, rather than move whole and
     leave most of a page blank. */
  .answer, .note { break-inside: avoid; page-break-inside: avoid; }
  .answer.long, .note.long { break-inside: auto; page-break-inside: auto; orphans: 3; widows: 3; }
}
)CSS";

std::string svgChart(const Block& b) {
    const ChartData& c = b.chart;
    const double W = 640, H = 230, L = 40, R = 10, T = 26, B = 30;
    ChartAxis axis = chartAxis(c);
    double maxV = axis.max, minV = axis.min;
    size_t n = c.categories.size();
    double slot = n ? (W - L - R) / double(n) : 0;
    auto yOf = [&](double v) { return H - B - (H - B - T) * (std::clamp(v, minV, maxV) - minV) / (maxV - minV); };
    std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 230\" role=\"img\" aria-label=\"" +
                    esc(b.text) + "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">";
    for (int i = 0; i <= axis.count; ++i) {
        double v = minV + axis.step * i, y = yOf(v);
        s += "<line x1=\"" + fmt(L) + "\" x2=\"" + fmt(W - R) + "\" y1=\"" + fmt(y) + "\" y2=\"" + fmt(y) +
             "\" stroke=\"#c7ccd3\" stroke-width=\"0.5\"/>";
        char buf[32];
        std::snprintf(buf, sizeof buf, axis.step < 1 ? "%.1f" : "%.0f", v);
        s += "<text x=\"" + fmt(L - 5) + "\" y=\"" + fmt(y + 3) + "\" text-anchor=\"end\" fill=\"#6b7079\">" + buf +
             "</text>";
    }
    // Colours from the palette the window's themes use (core/chart_palette);
    // hatched series fill with a striped pattern, as on screen and in the PDF.
    s += "<defs><pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"" +
         seriesHex(SeriesRole::Refusal) +
         "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#fff\" "
         "stroke-width=\"1.2\"/></pattern></defs>";
    size_t ns = c.series.size();
    double legendX = L + 4;
    for (size_t k = 0; k < ns; ++k) {
        const auto& ser = c.series[k];
        const SeriesRole role = seriesRoleOf(ser.role);
        std::string color = seriesHex(role);
        std::string fill = seriesHatched(role) ? std::string("url(#hatch)") : color;
        if (c.style == ChartStyle::Bars) {
            double group = slot * 0.7, bar = ns ? group / double(ns) : 0;
            for (size_t i = 0; i < n && i < ser.values.size(); ++i) {
                if (!std::isfinite(ser.values[i])) continue;
                double x = L + slot * double(i) + (slot - group) / 2 + bar * double(k), y = yOf(ser.values[i]);
                s += "<rect x=\"" + fmt(x + 0.5) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(std::max(0.0, bar - 1)) +
                     "\" height=\"" + fmt(H - B - y) + "\" fill=\"" + fill + "\"><title>" + esc(ser.name) + " " +
                     esc(c.categories[i]) + ": " + valueText(ser.values[i]) + "</title></rect>";
            }
        } else {
            const bool joined = seriesJoined(role);
            std::string pts;
            for (size_t i = 0; joined && i < n && i < ser.values.size(); ++i)
                if (std::isfinite(ser.values[i]))
                    pts += fmt(L + slot * (double(i) + 0.5)) + "," + fmt(yOf(ser.values[i])) + " ";
            if (!pts.empty())
                s += "<polyline points=\"" + pts + "\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.6\"/>";
            for (size_t i = 0; i < n && i < ser.values.size(); ++i) {
                if (!std::isfinite(ser.values[i])) continue;
                s += "<circle cx=\"" + fmt(L + slot * (double(i) + 0.5)) + "\" cy=\"" + fmt(yOf(ser.values[i])) +
                     (joined ? "\" r=\"2.6\" fill=\"" + color + "\">"
                             : "\" r=\"3.2\" fill=\"#fff\" stroke=\"" + color + "\" stroke-width=\"1.4\">") +
                     "<title>" + esc(c.categories[i]) + ": " + valueText(ser.values[i]) + "</title></circle>";
            }
        }
        bool ring = c.style == ChartStyle::Line && !seriesJoined(role);
        s += ring ? "<circle cx=\"" + fmt(legendX + 4) + "\" cy=\"10\" r=\"3.2\" fill=\"#fff\" stroke=\"" + color +
                        "\" stroke-width=\"1.4\"/>"
                  : "<rect x=\"" + fmt(legendX) + "\" y=\"6\" width=\"8\" height=\"8\" fill=\"" + fill + "\"/>";
        s += "<text x=\"" + fmt(legendX + 12) + "\" y=\"14\" fill=\"#6b7079\">" + esc(ser.name) + "</text>";
        legendX += 24 + 6.2 * double(ser.name.size());
    }
    size_t every = std::max<size_t>(1, slot > 0 ? size_t(std::ceil(58 / slot)) : 1);
    for (size_t i = 0; i < n; i += every)
        s += "<text x=\"" + fmt(L + slot * (double(i) + 0.5)) + "\" y=\"" + fmt(H - B + 14) +
             "\" text-anchor=\"middle\" fill=\"#6b7079\">" + esc(c.categories[i]) + "</text>";
    s += "<line x1=\"" + fmt(L) + "\" x2=\"" + fmt(W - R) + "\" y1=\"" + fmt(H - B) + "\" y2=\"" + fmt(H - B) +
         "\" stroke=\"#6b7079\"/></svg>";
    return s;
}

void htmlPrompt(std::string& h, const Block& b) {
    if (!b.text.empty()) h += "<div class=\"prompt\">" + esc(b.text) + "</div>\n";
    if (!b.help.empty()) h += "<div class=\"help\">" + esc(b.help) + "</div>\n";
}

void htmlBlock(std::string& h, const Block& b) {
    switch (b.kind) {
        case BlockKind::Heading:
            h += b.level <= 1 ? "<h2>" + esc(b.text) + "</h2>\n" : "<h3>" + esc(b.text) + "</h3>\n";
            break;
        case BlockKind::Paragraph:
            if (b.style == ParagraphStyle::Note) {
                h += "<div class=\"note" + lengthClass(b.help) + "\">";
                if (!b.text.empty()) h += "<div class=\"prompt\">" + esc(b.text) + "</div>";
                if (!b.help.empty()) h += "<div>" + esc(b.help) + "</div>";
                h += "</div>\n";
            } else {
                const char* cls = b.style == ParagraphStyle::Intro   ? "intro"
                                  : b.style == ParagraphStyle::Muted ? "help"
                                                                     : "body";
                h += std::string("<p class=\"") + cls + "\">" + esc(b.text) + "</p>\n";
            }
            break;
        case BlockKind::Answer:
            h += "<div class=\"field\">\n";
            htmlPrompt(h, b);
            if (b.writeLines > 0) {
                if (b.answered && !b.answer.empty())
                    h += "<div class=\"help\" dir=\"auto\">" + esc(b.answer) + "</div>\n";
                for (int i = 0; i < b.writeLines; ++i) h += "<div class=\"write\"></div>";
                h += "\n";
            } else if (b.answered) {
                h += "<div class=\"answer" + lengthClass(b.answer) + "\" dir=\"auto\">" + esc(b.answer) + "</div>\n";
            } else {
                h += "<div class=\"unanswered\">Not answered yet.</div>\n";
            }
            h += "</div>\n";
            break;
        case BlockKind::Checklist:
            h += "<div class=\"field\">\n";
            htmlPrompt(h, b);
            h += "<ul class=\"checks\">\n";
            for (const auto& it : b.items) {
                h += std::string("<li") + (it.ticked ? " class=\"ticked\"" : "") + ">" + esc(it.label);
                if (!it.detail.empty()) h += "<span class=\"detail\">" + esc(it.detail) + "</span>";
                if (!it.note.empty())
                    h += "<div class=\"answer note-answer" + lengthClass(it.note) + "\" dir=\"auto\">" + esc(it.note) +
                         "</div>";
                h += "</li>\n";
            }
            h += "</ul></div>\n";
            break;
        case BlockKind::Scale: {
            h += "<div class=\"field scale\">\n";
            htmlPrompt(h, b);
            h += "<div>";
            for (int v = b.scaleMin; v <= b.scaleMax; ++v) {
                std::string cls = "dot";
                if (b.hasScaleValue && v <= b.scaleValue) cls += v == b.scaleValue ? " on chosen" : " on";
                h += "<span class=\"" + cls + "\">" + std::to_string(v) + "</span>";
            }
            if (b.hasScaleValue)
                h += " <strong>" + std::to_string(b.scaleValue) + " of " + std::to_string(b.scaleMax) + "</strong>";
            h += "</div>\n";
            if (!b.minLabel.empty() || !b.maxLabel.empty())
                h += "<div class=\"ends\"><span>" + esc(b.minLabel) + "</span><span>" + esc(b.maxLabel) +
                     "</span></div>\n";
            h += "</div>\n";
            break;
        }
        case BlockKind::Table: {
            h += "<div class=\"field\">\n";
            htmlPrompt(h, b);
            h += "<table><thead><tr>";
            for (const auto& c : b.table.header) h += "<th>" + esc(c) + "</th>";
            h += "</tr></thead><tbody>\n";
            for (const auto& r : b.table.rows) {
                h += "<tr>";
                for (size_t c = 0; c < b.table.header.size(); ++c)
                    h += "<td dir=\"auto\">" + esc(c < r.size() ? r[c] : "") + "</td>";
                h += "</tr>\n";
            }
            for (int i = 0; i < b.table.blankRows; ++i) {
                h += "<tr>";
                for (size_t c = 0; c < b.table.header.size(); ++c) h += "<td class=\"blank\"></td>";
                h += "</tr>\n";
            }
            h += "</tbody></table></div>\n";
            break;
        }
        case BlockKind::Chart:
            h += "<figure class=\"chart\"><div class=\"prompt\">" + esc(b.text) + "</div>" + svgChart(b);
            if (!b.caption.empty()) h += "<figcaption>" + esc(b.caption) + "</figcaption>";
            h += "</figure>\n";
            break;
        case BlockKind::Script: {
            h += "<div class=\"field take\"><h3>" + esc(b.text) + "</h3>";
            h += "<div class=\"meta\">" + esc(b.meta) + "</div><div class=\"script\" dir=\"auto\">" + esc(b.answer) +
                 "</div></div>\n";
            break;
        }
    }
}

// [SECTION] Markdown

// The user's words as written, never as Markdown: what would format them
// (*, _, `, [ ], a backslash), an HTML tag or entity (<b>, &amp;) and what
// would change the structure at a line's start (a heading, quote, list or
// table bar; "1." gets its escape after the number, as CommonMark reads it)
// are escaped. Plain prose, apostrophes and most punctuation stay as typed.
std::string mdInline(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        const bool tag =
            c == '<' && (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' || next == '?');
        const bool entity = c == '&' && (std::isalnum(static_cast<unsigned char>(next)) || next == '#');
        if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || tag || entity) out += '\\';
        out += c;
    }
    return out;
}

std::string mdLines(const std::string& text) {
    std::string out, line;
    auto flush = [&](bool last) {
        std::string l = mdInline(line);
        size_t a = l.find_first_not_of(' ');
        if (a != std::string::npos) {
            const char c = l[a];
            const size_t afterDigits = l.find_first_not_of("0123456789", a);
            const bool numbered = std::isdigit(static_cast<unsigned char>(c)) && afterDigits != std::string::npos &&
                                  (l[afterDigits] == '.' || l[afterDigits] == ')');
            if (numbered)
                l.insert(afterDigits, "\\");
            else if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '|')
                l.insert(a, "\\");
        }
        out += l;
        if (!last) out += line.empty() ? "\n" : "  \n";
        line.clear();
    };
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n')
            flush(false);
        else
            line += c;
    }
    flush(true);
    return out;
}

std::string mdCell(const std::string& text) {
    std::string out;
    for (char c : mdInline(text)) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out.empty() ? " " : out;
}

void mdPrompt(std::string& m, const Block& b) {
    if (!b.text.empty()) m += "**" + b.text + "**\n";
    if (!b.help.empty()) m += (b.text.empty() ? "" : "\n") + std::string("_") + b.help + "_\n";
    m += "\n";
}

void mdTable(std::string& m, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
             int blankRows) {
    m += "|";
    for (const auto& c : header) m += " " + mdCell(c) + " |";
    m += "\n|";
    for (size_t i = 0; i < header.size(); ++i) m += " --- |";
    m += "\n";
    for (const auto& r : rows) {
        m += "|";
        for (size_t c = 0; c < header.size(); ++c) m += " " + mdCell(c < r.size() ? r[c] : "") + " |";
        m += "\n";
    }
    for (int i = 0; i < blankRows; ++i) {
        m += "|";
        for (size_t c = 0; c < header.size(); ++c) m += "   |";
        m += "\n";
    }
    m += "\n";
}

void mdBlock(std::string& m, const Block& b) {
    switch (b.kind) {
        case BlockKind::Heading:
            m += (b.level <= 1 ? "## " : "### ") + b.text + "\n\n";
            break;
        case BlockKind::Paragraph:
            if (b.style == ParagraphStyle::Note) {
                if (!b.text.empty()) m += "> **" + b.text + "**\n";
                if (!b.text.empty() && !b.help.empty()) m += ">\n";
                if (!b.help.empty()) m += "> " + b.help + "\n";
                m += "\n";
            } else if (b.style == ParagraphStyle::Intro || b.style == ParagraphStyle::Muted) {
                m += "_" + b.text + "_\n\n";
            } else {
                m += mdLines(b.text) + "\n\n";
            }
            break;
        case BlockKind::Answer:
            mdPrompt(m, b);
            if (b.writeLines > 0) {
                if (b.answered && !b.answer.empty()) m += "_" + b.answer + "_\n\n";
                for (int i = 0; i < b.writeLines; ++i)
                    m += "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n";
            } else if (b.answered) {
                m += mdLines(b.answer) + "\n\n";
            } else {
                m += "_Not answered yet._\n\n";
            }
            break;
        case BlockKind::Checklist:
            mdPrompt(m, b);
            for (const auto& it : b.items) {
                m += std::string("- [") + (it.ticked ? "x" : " ") + "] " + it.label;
                if (!it.detail.empty()) m += " — " + it.detail;
                m += "\n";
                if (!it.note.empty()) {
                    // Indented under its item so the list stays one list.
                    std::string note = mdLines(it.note);
                    std::string indented = "\n  ";
                    for (char c : note) indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
                    m += indented + "\n\n";
                }
            }
            m += "\n";
            break;
        case BlockKind::Scale: {
            mdPrompt(m, b);
            std::string dots;
            for (int v = b.scaleMin; v <= b.scaleMax; ++v) dots += (b.hasScaleValue && v <= b.scaleValue) ? "●" : "○";
            m += dots;
            if (b.hasScaleValue) m += " **" + std::to_string(b.scaleValue) + " of " + std::to_string(b.scaleMax) + "**";
            if (!b.minLabel.empty() || !b.maxLabel.empty())
                m += " (" + std::to_string(b.scaleMin) + " = " + b.minLabel + ", " + std::to_string(b.scaleMax) +
                     " = " + b.maxLabel + ")";
            m += "\n\n";
            break;
        }
        case BlockKind::Table:
            mdPrompt(m, b);
            mdTable(m, b.table.header, b.table.rows, b.table.blankRows);
            break;
        case BlockKind::Chart: {
            m += "**" + b.text + "**\n\n";
            std::vector<std::string> header{""};
            for (const auto& s : b.chart.series) header.push_back(s.name);
            std::vector<std::vector<std::string>> rows;
            for (size_t i = 0; i < b.chart.categories.size(); ++i) {
                std::vector<std::string> r{b.chart.categories[i]};
                for (const auto& s : b.chart.series) {
                    double v = i < s.values.size() ? s.values[i] : 0;
                    if (!std::isfinite(v)) {  // this series has no point here
                        r.push_back("");
                        continue;
                    }
                    char buf[32];
                    std::snprintf(buf, sizeof buf, v == std::floor(v) ? "%.0f" : "%.1f", v);
                    r.push_back(buf);
                }
                rows.push_back(r);
            }
            mdTable(m, header, rows, 0);
            if (!b.caption.empty()) m += mdLines(b.caption) + "\n\n";
            break;
        }
        case BlockKind::Script: {
            m += "### " + b.text + "\n\n";
            if (!b.meta.empty()) m += "_" + b.meta + "_\n\n";
            m += mdLines(b.answer) + "\n\n";
            break;
        }
    }
}

}  // namespace

// [SECTION] Paper and dates

bool parsePaper(const std::string& s, Paper* out) {
    std::string l;
    for (char c : s) l += char(std::tolower(static_cast<unsigned char>(c)));
    if (l == "a4")
        *out = Paper::A4;
    else if (l == "letter" || l == "us-letter" || l == "usletter")
        *out = Paper::Letter;
    else
        return false;
    return true;
}

const char* paperName(Paper p) {
    return p == Paper::A4 ? "a4" : "letter";
}

void paperSize(Paper p, double* w, double* h) {
    if (p == Paper::A4) {
        *w = 595.2756;  // 210 mm
        *h = 841.8898;  // 297 mm
    } else {
        *w = 612;
        *h = 792;
    }
}

std::string printableDate(const std::string& iso) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
    int y = std::atoi(iso.substr(0, 4).c_str()), m = std::atoi(iso.substr(5, 2).c_str()),
        d = std::atoi(iso.substr(8, 2).c_str());
    if (y <= 0 || m < 1 || m > 12 || d < 1 || d > 31) return iso;
    return std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

// [SECTION] Renderers

std::string renderHtml(const ExportDocument& doc, Paper paper) {
    std::string h;
    h.reserve(64 * 1024);
    h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<meta name=\"generator\" content=\"Doorway\">\n<meta name=\"robots\" content=\"noindex\">\n";
    h += "<title>" + esc(doc.cardOnly ? doc.card.heading + " — " + doc.title : doc.title) + "</title>\n<style>";
    h += std::string("@page { size: ") + (paper == Paper::A4 ? "A4" : "letter") + "; margin: 20mm 20mm 22mm;";
    if (!doc.cardOnly)
        h += " @bottom-left { content: " + cssString(doc.footer) +
             "; font-family: \"DejaVu Sans\", sans-serif; font-size: 8pt; color: #6b7079; "
             "vertical-align: top; padding-top: 4mm; }";
    h += " }";
    h += kCss;
    h += "</style>\n</head>\n<body>\n";
    if (doc.cardOnly) {
        const InvitationCard& c = doc.card;
        h += "<article class=\"card\">\n<div class=\"kicker\">DOORWAY</div>\n<h1>" + esc(c.heading) + "</h1>\n";
        h += "<div class=\"label\">" + esc(c.askLabel) + "</div>\n";
        h += c.ask.empty() ? "<div class=\"write\"></div><div class=\"write\"></div>\n"
                           : "<div class=\"ask\" dir=\"auto\">" + esc(c.ask) + "</div>\n";
        if (!c.doors.empty() || doc.blank) {
            h += "<div class=\"label\">" + esc(c.doorsLabel) + "</div>\n<ul class=\"checks\">\n";
            for (const auto& d : c.doors) h += "<li class=\"ticked\">" + esc(d) + "</li>\n";
            if (doc.blank)
                for (int i = 0; i < 3; ++i) h += "<li><div class=\"write\"></div></li>\n";
            h += "</ul>\n";
        }
        if (!c.phrasing.empty() || doc.blank) {
            h += "<div class=\"label\">" + esc(c.phrasingLabel) + "</div>\n";
            h += c.phrasing.empty()
                     ? "<div class=\"write\"></div><div class=\"write\"></div><div class=\"write\"></div>\n"
                     : "<div class=\"ask\">“" + esc(c.phrasing) + "”</div>\n";
        }
        h += "<div class=\"closing\">" + esc(c.closing) + "</div>\n</article>\n</body>\n</html>\n";
        return h;
    }
    if (!doc.handout) {  // a page for the partner has no cover
        h += "<header class=\"cover\">\n<div class=\"kicker\">" +
             std::string(doc.blank ? "DOORWAY · A WORKBOOK TO FILL IN BY HAND" : "DOORWAY · MY WORKBOOK") + "</div>\n";
        h += "<h1 dir=\"auto\">" + esc(doc.title) + "</h1>\n<div class=\"date\">" + esc(printableDate(doc.date)) +
             "</div>\n";
        h += "<div class=\"confidential\">" + esc(doc.confidential) + "</div>\n</header>\n";
    }
    for (const auto& s : doc.sections) {
        h += "<section class=\"sheet\" id=\"" + esc(s.id) + "\">\n";
        for (const auto& b : s.blocks) htmlBlock(h, b);
        h += "</section>\n";
    }
    if (!doc.safetyLine.empty()) h += "<p class=\"safety-line\">" + esc(doc.safetyLine) + "</p>\n";
    h += "<footer class=\"print-footer\">" + esc(doc.footer) + "</footer>\n</body>\n</html>\n";
    return h;
}

std::string renderMarkdown(const ExportDocument& doc) {
    std::string m;
    m.reserve(32 * 1024);
    if (doc.cardOnly) {
        const InvitationCard& c = doc.card;
        m += "# " + c.heading + "\n\n";
        m += "**" + c.askLabel + "**\n\n" +
             (c.ask.empty() ? std::string("\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_") : mdLines(c.ask)) + "\n\n";
        if (!c.doors.empty() || doc.blank) {
            m += "**" + c.doorsLabel + "**\n\n";
            for (const auto& d : c.doors) m += "- [x] " + mdInline(d) + "\n";
            if (doc.blank)
                for (int i = 0; i < 3; ++i) m += "- [ ] \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n";
            m += "\n";
        }
        if (!c.phrasing.empty() || doc.blank) {
            m += "**" + c.phrasingLabel + "**\n\n";
            m += (c.phrasing.empty() ? std::string("\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_") : mdLines(c.phrasing)) +
                 "\n\n";
        }
        m += "_" + c.closing + "_\n";
        return m;
    }
    if (!doc.handout) {  // a page for the partner has no title page
        m += "# " + mdInline(doc.title) + "\n\n";
        m += "_" + printableDate(doc.date) + "_\n\n";
        m += "> " + doc.confidential + "\n\n";
    }
    bool first = true;
    for (const auto& s : doc.sections) {
        if (!(doc.handout && first)) m += "---\n\n";
        first = false;
        for (const auto& b : s.blocks) mdBlock(m, b);
    }
    if (!doc.safetyLine.empty()) m += "---\n\n_" + doc.safetyLine + "_\n";
    return m;
}

}  // namespace doorway
