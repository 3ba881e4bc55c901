// The export document: a section per worksheet, the rehearsals, the
// invitation card, and the options that choose them. The blocks of one field
// are in export_fields.cpp.
#include "core/export_layout.hpp"

#include "core/clock.hpp"
#include "core/export_layout_impl.hpp"
#include "core/labels.hpp"
#include "core/scorer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace doorway {

using export_detail::addFieldBlocks;
using export_detail::anyText;
using export_detail::findOption;
using export_detail::HelpOnPaper;
using export_detail::optionLabel;
using export_detail::trim;

namespace {

ExportSection worksheetSection(const WorksheetCatalog& catalog, const WorksheetDef& def, const Workbook& wb, bool blank,
                               bool privateAnswers, const HelpOnPaper& help, bool handout) {
    ExportSection s;
    s.id = def.id;
    // Headed as the window names the page (core/worksheet), so the paper and
    // the sidebar agree; a handout without the number (see pageTitle).
    s.title = handout ? pageTitle(def) : pageName(catalog, def);
    Block h;
    h.kind = BlockKind::Heading;
    h.level = 1;
    h.text = s.title;
    s.blocks.push_back(h);
    if (!trim(def.paperIntro).empty()) {
        Block p;
        p.kind = BlockKind::Paragraph;
        p.style = ParagraphStyle::Intro;
        p.text = def.paperIntro;  // the intro as paper says it
        s.blocks.push_back(p);
    }
    for (const auto& f : def.fields) {
        // A conditional field prints when its condition holds, in blank mode
        // (the reader decides on paper), or when it holds an answer anyway.
        if (!blank && !isShown(f, def, wb) && !isAnswered(f, def.id, wb)) continue;
        if (f.privateByDefault && !privateAnswers) {
            // Said, so the reader knows a page is not missing a part.
            if (blank || !isAnswered(f, def.id, wb)) continue;
            Block b;
            b.kind = BlockKind::Paragraph;
            b.style = ParagraphStyle::Muted;
            b.text = "\u201c" + f.label + "\u201d is kept private and left out of this print.";
            s.blocks.push_back(std::move(b));
            continue;
        }
        addFieldBlocks(catalog, def, f, wb, blank, help, s.blocks);
    }
    if (!blank) {
        // Answers under ids this catalog does not define: keep them on paper.
        auto it = wb.answers.find(def.id);
        if (it != wb.answers.end()) {
            bool headed = false;
            for (const auto& [fieldId, value] : it->second) {
                if (def.field(fieldId)) continue;
                if (fieldId.size() > 6 && fieldId.ends_with(":notes") &&
                    def.field(fieldId.substr(0, fieldId.size() - 6)))
                    continue;  // printed with the options they belong to
                std::string text = trim(anyText(value));
                if (text.empty()) continue;
                if (!headed) {
                    Block h2;
                    h2.kind = BlockKind::Heading;
                    h2.level = 2;
                    h2.text = "Other notes";
                    s.blocks.push_back(h2);
                    headed = true;
                }
                Block b;
                b.kind = BlockKind::Answer;
                b.text = fieldId;
                b.answer = anyText(value);
                b.answered = true;
                s.blocks.push_back(std::move(b));
            }
        }
    }
    return s;
}

// Answers of a worksheet the catalog does not know (removed or renamed):
// printed plainly under its id.
ExportSection unknownWorksheetSection(const std::string& id, const std::map<std::string, json::value>& answers) {
    ExportSection s;
    s.id = id;
    s.title = id;
    Block h;
    h.kind = BlockKind::Heading;
    h.text = id;
    s.blocks.push_back(h);
    for (const auto& [fieldId, value] : answers) {
        std::string text = anyText(value);
        if (trim(text).empty()) continue;
        Block b;
        b.kind = BlockKind::Answer;
        b.text = fieldId;
        b.answer = text;
        b.answered = true;
        s.blocks.push_back(std::move(b));
    }
    return s;
}

bool hasAnyAnswer(const std::map<std::string, json::value>& answers) {
    for (const auto& kv : answers)
        if (!trim(anyText(kv.second)).empty()) return true;
    return false;
}

// [SECTION] Rehearsals

const Take* bestTake(const Workbook& wb, bool invitationsOnly = false) {
    const Take* best = nullptr;
    for (const auto& t : wb.takes) {
        if (trim(t.text).empty() || (invitationsOnly && t.mode == "roleplay")) continue;
        // Highest score; on a tie the later take (the user's most recent words).
        if (!best || t.score > best->score || (t.score == best->score && t.time > best->time)) best = &t;
    }
    return best;
}

ExportSection rehearsalSection(const Workbook& wb, bool blank) {
    ExportSection s;
    s.id = kRehearsalSectionId;
    // The takes page's name: this section is its score history and best take
    // (with the script being practised, from the rehearsal page).
    s.title = std::string(practicePageName("takes"));
    Block h;
    h.kind = BlockKind::Heading;
    h.text = s.title;
    s.blocks.push_back(h);
    if (blank) {
        Block b;
        b.kind = BlockKind::Answer;
        b.text = "Write your invitation the way you would say it";
        b.help = "Short, warm, about us rather than about what is wrong. Read it aloud once.";
        b.writeLines = 8;
        s.blocks.push_back(b);
        Block t;
        t.kind = BlockKind::Table;
        t.text = "Your takes";
        t.table.header = {"Date", "How it felt", "What to keep"};
        t.table.blankRows = 6;
        s.blocks.push_back(t);
        return s;
    }
    // The script being worked on, then how the practice went. Any other
    // field kept under the rehearsal sheet (a newer version's) prints too.
    if (auto it = wb.answers.find(kRehearsalSheet); it != wb.answers.end()) {
        for (const auto& [fieldId, value] : it->second) {
            std::string text = anyText(value);
            if (trim(text).empty()) continue;
            Block b;
            b.kind = BlockKind::Answer;
            b.text = fieldId == kRehearsalScriptField ? std::string("The invitation I'm practising") : fieldId;
            b.answer = text;
            b.answered = true;
            s.blocks.push_back(std::move(b));
        }
    }
    std::vector<const Take*> takes;
    for (const auto& t : wb.takes) takes.push_back(&t);
    std::stable_sort(takes.begin(), takes.end(), [](const Take* a, const Take* b) { return a->time < b->time; });
    if (takes.empty()) {
        Block p;
        p.kind = BlockKind::Paragraph;
        p.style = ParagraphStyle::Muted;
        p.text = "No takes yet.";  // as the page's name says them (and the window)
        s.blocks.push_back(p);
        return s;
    }
    Block intro;
    intro.kind = BlockKind::Paragraph;
    intro.style = ParagraphStyle::Intro;
    intro.text =
        "Each take was read for how it might land: the higher the score, the more it sounds like "
        "an invitation and the less like a complaint.";
    s.blocks.push_back(intro);

    Block c;
    c.kind = BlockKind::Chart;
    c.text = "Score of each take";
    c.chart.style = ChartStyle::Line;
    c.chart.yMin = 0;
    c.chart.yMax = 100;
    c.chart.yLabel = "score";
    // Takes of the invitation joined by a line; role-play answers are replies to an
    // objection, not the invitation, so they stand alone as rings.
    ChartSeries rehearsed{takesSeriesName(false), {}, "takes"}, answers{takesSeriesName(true), {}, "roleplay"};
    std::vector<std::string> times;
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (const Take* t : takes) {
        times.push_back(t->time);
        double v = std::clamp(t->score, 0, 100);
        bool role = t->mode == "roleplay";
        rehearsed.values.push_back(role ? none : v);
        answers.values.push_back(role ? v : none);
    }
    c.chart.categories = pointLabels(times);
    c.chart.series.push_back(rehearsed);
    if (std::any_of(answers.values.begin(), answers.values.end(), [](double v) { return std::isfinite(v); }))
        c.chart.series.push_back(answers);
    s.blocks.push_back(c);

    Block table;
    table.kind = BlockKind::Table;
    table.text = "Every take";
    table.table.header = {"Date", "Kind", "Score", "How it reads"};
    for (const Take* t : takes)
        table.table.rows.push_back(
            {t->time.substr(0, 10), takeModeLabel(t->mode), scoreFigure(t->score, t->band), bandPhrase(t->band)});
    s.blocks.push_back(table);

    if (const Take* best = bestTake(wb, /*invitationsOnly=*/true)) {  // an answer to an objection is no invitation
        Block b;
        b.kind = BlockKind::Script;
        b.text = "Your best take";
        b.answer = best->text;
        b.score = best->score;
        b.band = best->band;
        b.caption = best->time.substr(0, 10) + (best->mode.empty() ? "" : " · " + takeModeLabel(best->mode));
        b.meta = scoreCaption(b.score, b.band) + (b.band.empty() ? "" : " · " + bandPhrase(b.band)) + " · " + b.caption;
        s.blocks.push_back(b);
    }
    return s;
}

// [SECTION] The invitation card

InvitationCard buildCard(const WorksheetCatalog& catalog, const Workbook& wb, bool blank) {
    InvitationCard card;
    card.heading = "An invitation";
    card.askLabel = "What I'm asking for";
    // "Doors" is the workbook's word; the partner never read it.
    card.doorsLabel = "Other ways we could start";
    card.phrasingLabel = "How I'd like to say it";
    card.closing = "No rush, and no wrong answer. I'd just like us to have a place to talk.";
    if (blank) return card;

    // The ask, as "Shrink the ask" composes it.
    if (const WorksheetDef* ws = askWorksheet(catalog)) {
        Workbook none;
        std::string ask = trim(composeAsk(*ws, wb));
        if (ask != trim(composeAsk(*ws, none))) card.ask = ask;  // something was chosen
    }

    // The chosen doors: from the worksheet that keeps the doors log, what
    // was ticked, or the top of the ranking (most promising first).
    for (const auto& ws : catalog.worksheets()) {
        bool hasLog = false;
        for (const auto& f : ws.fields) hasLog = hasLog || f.kind == FieldKind::DoorLog;
        if (!hasLog) continue;
        for (const auto& f : ws.fields) {
            if (f.kind != FieldKind::Checklist && f.kind != FieldKind::MultiChoice && f.kind != FieldKind::Ranking &&
                f.kind != FieldKind::SingleChoice)
                continue;
            const json::value* v = wb.answer(ws.id, f.id);
            if (!v) continue;
            size_t limit = f.kind == FieldKind::Ranking ? 3 : 12;
            auto addDoor = [&](const std::string& id) {
                const OptionDef* o = findOption(f, id);
                if (o && o->theAsk) return;  // the ask itself is not another door: it is printed above
                if (card.doors.size() < limit) card.doors.push_back(optionLabel(f, id));
            };
            if (v->is_string()) addDoor(std::string(v->get_string()));
            if (v->is_array())
                for (const auto& e : v->get_array())
                    if (e.is_string()) addDoor(std::string(e.get_string()));
        }
        if (!card.doors.empty()) break;
    }

    // The best phrasing: the highest-scoring practice of the invitation
    // (role-play answers are replies, not the invitation), else a phrasing
    // field. Its score stays off the card, and so does a phrasing that only
    // says the ask again.
    if (const Take* best = bestTake(wb, /*invitationsOnly=*/true)) {
        card.phrasing = trim(best->text);
    } else {
        for (const auto& ws : catalog.worksheets())
            for (const auto& f : ws.fields)
                if (f.scorePhrasing && card.phrasing.empty()) card.phrasing = trim(wb.answerText(ws.id, f.id));
    }
    if (repeatsAsk(card.ask, card.phrasing)) card.phrasing.clear();
    return card;
}

}  // namespace

// [SECTION] Public

std::vector<std::string> exportSectionIds(const WorksheetCatalog& catalog) {
    std::vector<std::string> ids;
    for (const auto& ws : catalog.worksheets()) ids.push_back(ws.id);
    ids.push_back(kRehearsalSectionId);
    return ids;
}

std::vector<std::string> splitSectionList(const std::string& list) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i <= list.size()) {
        size_t comma = list.find(',', i);
        if (comma == std::string::npos) comma = list.size();
        std::string id = trim(list.substr(i, comma - i));
        if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        i = comma + 1;
    }
    return out;
}

namespace {

// With only answered pages asked for, an empty printout is a mistake to
// say, not a cover page with nothing after it.
bool someAnswered(const ExportDocument& out, std::string& error) {
    if (!out.sections.empty()) return true;
    error = "none of the chosen pages has an answer yet, so with only answered pages there is nothing to print";
    return false;
}

bool buildUnbounded(const WorksheetCatalog& catalog, const Workbook& wb, const ExportOptions& opts, ExportDocument& out,
                    std::string& error) {
    out = ExportDocument{};
    out.title = trim(wb.title).empty() ? std::string("My Doorway workbook") : wb.title;
    out.date = opts.date.empty() ? todayIsoDate() : opts.date;
    out.confidential = "Private and confidential. These are my own notes, shared only if and when I choose.";
    out.footer = "Doorway · " + out.title;
    out.blank = opts.blank;
    out.cardOnly = opts.card;

    // Validate the chosen ids first: a typo must not print a partial workbook.
    for (const auto& id : opts.sections) {
        bool known = catalog.find(id) || id == kRehearsalSectionId || wb.answers.count(id);
        if (!known) {
            std::string list;
            for (const auto& k : exportSectionIds(catalog)) list += (list.empty() ? "" : ", ") + k;
            error = "unknown section '" + id + "' (known sections: " + list + ")";
            return false;
        }
    }

    if (opts.card) {
        out.card = buildCard(catalog, wb, opts.blank);
        return true;
    }

    auto chosen = [&](const std::string& id) {
        return std::find(opts.sections.begin(), opts.sections.end(), id) != opts.sections.end();
    };
    bool all = opts.sections.empty();
    // Only pages for the partner's eyes: no cover with the workbook's name,
    // no private line, no footer title, no help line meant for the user.
    out.handout = !all;
    for (const auto& id : opts.sections) {
        const WorksheetDef* ws = catalog.find(id);
        out.handout = out.handout && ws && ws->handout;
    }
    if (out.handout) {
        out.confidential.clear();
        out.footer = "Doorway";
    }
    SafetyCard builtIn;
    if (!opts.safety) builtIn = builtInSafetyCard();
    HelpOnPaper help{opts.safety ? *opts.safety : builtIn, opts.helpCountry};
    const bool answeredOnly = opts.answeredOnly && !opts.blank;
    for (const auto& ws : catalog.worksheets()) {
        // Private pages stay off the paper unless asked for by name.
        if (all ? ws.privateByDefault : !chosen(ws.id)) continue;
        if (answeredOnly && !worksheetHasAnswer(ws, wb)) continue;
        out.sections.push_back(worksheetSection(catalog, ws, wb, opts.blank, opts.privateAnswers, help, out.handout));
    }
    if (out.handout) {
        out.title = out.sections.empty() ? out.title : out.sections.front().title;
        return answeredOnly ? someAnswered(out, error) : true;
    }
    if (!opts.blank) {
        for (const auto& [id, answers] : wb.answers) {
            if (catalog.find(id) || id == kRehearsalSheet) continue;  // the rehearsal section prints its own
            if (all ? hasAnyAnswer(answers) : chosen(id)) out.sections.push_back(unknownWorksheetSection(id, answers));
        }
    }
    auto rehearsalAnswers = wb.answers.find(kRehearsalSheet);
    const bool wroteScript = rehearsalAnswers != wb.answers.end() && hasAnyAnswer(rehearsalAnswers->second);
    if (all ? (!wb.takes.empty() || wroteScript || opts.blank)
            : chosen(kRehearsalSectionId) && (!answeredOnly || !wb.takes.empty() || wroteScript))
        out.sections.push_back(rehearsalSection(wb, opts.blank));
    if (answeredOnly && !someAnswered(out, error)) return false;
    // Paper carries help: the last page ends with where to turn.
    if (opts.safetyLine) out.safetyLine = paperSafetyLine(help.card, help.country);
    return true;
}

}  // namespace

bool worksheetHasAnswer(const WorksheetDef& def, const Workbook& wb) {
    for (const FieldDef& f : def.fields) {
        if (f.kind == FieldKind::Info || f.kind == FieldKind::Composer || f.kind == FieldKind::HelpLines) continue;
        if (isAnswered(f, def.id, wb)) return true;
    }
    return false;
}

bool buildExportDocument(const WorksheetCatalog& catalog, const Workbook& wb, const ExportOptions& opts,
                         ExportDocument& out, std::string& error) {
    if (!buildUnbounded(catalog, wb, opts, out, error)) return false;
    boundForPrint(out);
    return true;
}

}  // namespace doorway
