#include "core/export_layout.hpp"

#include "core/clock.hpp"
#include "core/labels.hpp"
#include "core/scorer.hpp"
#include "core/trend.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>

namespace doorway {

namespace {

// [SECTION] Small text helpers

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

std::string numberText(const json::value& v) {
    if (v.is_int64()) return std::to_string(v.get_int64());
    if (v.is_uint64()) return std::to_string(v.get_uint64());
    if (v.is_double()) {
        double d = v.get_double();
        if (d == double(static_cast<long long>(d))) return std::to_string(static_cast<long long>(d));
        std::string s = std::to_string(d);
        while (!s.empty() && s.back() == '0') s.pop_back();
        return s;
    }
    if (v.is_bool()) return v.get_bool() ? "yes" : "no";
    return {};
}

const OptionDef* findOption(const FieldDef& f, const std::string& id) {
    for (const auto& o : f.options)
        if (o.id == id) return &o;
    return nullptr;
}

std::string optionLabel(const FieldDef& f, const std::string& id) {
    const OptionDef* o = findOption(f, id);
    return o && !o->label.empty() ? o->label : id;
}

// Any JSON value as words, for answers whose shape we do not know: nothing
// the user wrote is dropped from the paper just because a newer Doorway
// (or another tool) put it there.
std::string anyText(const json::value& v) {
    if (v.is_string()) return std::string(v.get_string());
    if (v.is_array()) {
        std::string out;
        for (const auto& e : v.get_array()) {
            std::string t = anyText(e);
            if (t.empty()) continue;
            if (!out.empty()) out += "; ";
            out += t;
        }
        return out;
    }
    if (v.is_object()) {
        std::string out;
        for (const auto& kv : v.get_object()) {
            std::string t = anyText(kv.value());
            if (t.empty()) continue;
            if (!out.empty()) out += "; ";
            out += std::string(kv.key()) + ": " + t;
        }
        return out;
    }
    return numberText(v);
}

// A Composer template for paper: each "{field}" becomes a gap to fill in
// by hand, and the "[ ... ]" optional marks are dropped.
std::string blankTemplate(const std::string& tmpl) {
    std::string out;
    bool inside = false;
    for (char c : tmpl) {
        if (c == '{') {
            inside = true;
            out += "________";
        } else if (c == '}') {
            inside = false;
        } else if (!inside && c != '[' && c != ']') {
            out += c;
        }
    }
    return out;
}

bool answerIncludes(const json::value* v, const std::string& option) {
    if (!v || v->is_null()) return false;
    if (v->is_string()) return v->get_string() == option;
    if (v->is_array()) {
        for (const auto& e : v->get_array())
            if (e.is_string() && e.get_string() == option) return true;
        return false;
    }
    if (v->is_int64()) return std::to_string(v->get_int64()) == option;
    if (v->is_bool()) return (v->get_bool() ? "true" : "false") == option;
    return false;
}

// A door id's label: the door log field's own options, else any option
// with that id in the catalog (the doors are defined by a worksheet).
std::string doorLabel(const WorksheetCatalog& catalog, const FieldDef& logField, const std::string& id) {
    if (const OptionDef* o = findOption(logField, id)) return o->label.empty() ? id : o->label;
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields)
            if (const OptionDef* o = findOption(f, id); o && !o->label.empty()) return o->label;
    return id;
}

std::string joinSigns(const FieldDef& f, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty()) out += "\n";  // labels may hold commas themselves
        out += (ids.size() > 1 ? "• " : "") + optionLabel(f, id);
    }
    return out;
}

// [SECTION] Blocks for one field

Block promptBlock(BlockKind kind, const FieldDef& f) {
    Block b;
    b.kind = kind;
    b.text = f.label;
    b.help = f.help;
    return b;
}

// A filled-in table with no rows prints as an unanswered prompt, not an
// empty grid; a blank (fill-by-hand) one keeps its rows.
void pushTable(Block b, bool blank, std::vector<Block>& out) {
    if (!blank && b.table.rows.empty()) {
        b.kind = BlockKind::Answer;
        b.answered = false;
    }
    out.push_back(std::move(b));
}

void addTrackerBlocks(const FieldDef& f, const Workbook& wb, bool blank, std::vector<Block>& out) {
    Block t = promptBlock(BlockKind::Table, f);
    t.table.header = {"Date", "Signs of fear", "Signs of refusal", "Note"};
    if (blank) {
        t.table.blankRows = 10;
        out.push_back(std::move(t));
        // The signs to look for, so a paper tracker can be filled in.
        Block fear, refusal;
        fear.kind = refusal.kind = BlockKind::Checklist;
        fear.text = "Signs of fear to look for";
        refusal.text = "Signs of refusal to look for";
        for (const auto& o : f.options) {
            std::string g = lower(o.group);
            (g == "refusal" ? refusal : fear).items.push_back({o.label, o.detail, false, ""});
        }
        if (!fear.items.empty()) out.push_back(std::move(fear));
        if (!refusal.items.empty()) out.push_back(std::move(refusal));
        return;
    }
    std::vector<TrackerEntry> entries = wb.tracker;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TrackerEntry& a, const TrackerEntry& b) { return a.date < b.date; });
    for (const auto& e : entries)
        t.table.rows.push_back({e.date, joinSigns(f, e.fearSigns), joinSigns(f, e.refusalSigns), e.note});
    if (t.table.rows.empty()) {
        Block p = promptBlock(BlockKind::Answer, f);
        p.answered = false;
        out.push_back(std::move(p));
        return;
    }
    out.push_back(std::move(t));

    TrendReading trend = readTrend(wb);
    if (!trend.months.empty()) {
        Block c;
        c.kind = BlockKind::Chart;
        c.text = "Fear and refusal, month by month";
        c.chart.style = ChartStyle::Bars;
        c.chart.yLabel = "signs";
        c.chart.counts = true;
        ChartSeries fear{kFearSeriesName, {}, "fear"}, refusal{kRefusalSeriesName, {}, "refusal"};
        for (const auto& m : trend.months) {
            c.chart.categories.push_back(monthLabel(m.month));
            fear.values.push_back(m.fear);
            refusal.values.push_back(m.refusal);
        }
        c.chart.series = {fear, refusal};
        c.caption = trend.text;
        out.push_back(std::move(c));
    } else if (!trend.text.empty()) {
        Block p;
        p.kind = BlockKind::Paragraph;
        p.text = trend.text;
        out.push_back(std::move(p));
    }
}

void addDoorLogBlocks(const WorksheetCatalog& catalog, const FieldDef& f, const Workbook& wb, bool blank,
                      std::vector<Block>& out) {
    Block t = promptBlock(BlockKind::Table, f);
    t.table.header = {"Date", "Door offered", "What came back", "Note"};
    if (blank) {
        t.table.blankRows = 8;
        out.push_back(std::move(t));
        return;
    }
    std::vector<DoorOffer> doors = wb.doors;
    std::stable_sort(doors.begin(), doors.end(),
                     [](const DoorOffer& a, const DoorOffer& b) { return a.date < b.date; });
    for (const auto& d : doors)
        t.table.rows.push_back({d.date, doorLabel(catalog, f, d.door), doorResponseLabel(d.response), d.note});
    if (t.table.rows.empty()) {
        Block p = promptBlock(BlockKind::Answer, f);
        p.answered = false;
        out.push_back(std::move(p));
        return;
    }
    out.push_back(std::move(t));
}

// Where to turn, for pages that show it: the card and the country.
struct HelpOnPaper {
    const SafetyCard& card;
    std::string country;
};

void addFieldBlocks(const WorksheetCatalog& catalog, const WorksheetDef& def, const FieldDef& f, const Workbook& wb,
                    bool blank, const HelpOnPaper& help, std::vector<Block>& out) {
    const json::value* v = blank ? nullptr : wb.answer(def.id, f.id);
    if (v && v->is_null()) v = nullptr;
    switch (f.kind) {
        case FieldKind::Info: {
            Block b;
            b.kind = BlockKind::Paragraph;
            b.style = ParagraphStyle::Note;
            b.text = f.label;
            b.help = f.help;
            out.push_back(std::move(b));
            return;
        }
        case FieldKind::ShortText:
        case FieldKind::LongText: {
            Block b = promptBlock(BlockKind::Answer, f);
            if (blank) {
                b.writeLines = f.kind == FieldKind::ShortText ? 2 : 7;
            } else {
                b.answer = v ? anyText(*v) : std::string();
                b.answered = !trim(b.answer).empty();
            }
            out.push_back(std::move(b));
            return;
        }
        case FieldKind::Composer: {
            Block b = promptBlock(BlockKind::Answer, f);
            if (blank) {
                b.answer = blankTemplate(f.templateText);
                b.answered = true;
                b.writeLines = 3;
            } else {
                b.answer = composeTemplate(f.templateText, def, wb);
                // Only placeholders and fixed words: nothing chosen yet.
                b.answered = !trim(b.answer).empty() && b.answer != composeTemplate(f.templateText, def, Workbook{});
            }
            out.push_back(std::move(b));
            return;
        }
        case FieldKind::Checklist:
        case FieldKind::MultiChoice:
        case FieldKind::SingleChoice: {
            Block b = promptBlock(BlockKind::Checklist, f);
            std::set<std::string> known;
            // Per-option notes the user wrote ("<field>:notes": {option: text}).
            const json::value* notes = blank ? nullptr : wb.answer(def.id, optionNotesKey(f.id));
            auto noteOf = [&](const std::string& id) {
                if (!notes || !notes->is_object()) return std::string();
                auto it = notes->get_object().find(id);
                return it == notes->get_object().end() ? std::string() : trim(anyText(it->value()));
            };
            for (const auto& o : f.options) {
                b.items.push_back({o.label, o.detail, answerIncludes(v, o.id), noteOf(o.id)});
                known.insert(o.id);
            }
            if (notes && notes->is_object())
                for (const auto& kv : notes->get_object())
                    if (!known.count(std::string(kv.key())) && !trim(anyText(kv.value())).empty())
                        b.items.push_back({std::string(kv.key()), "", false, trim(anyText(kv.value()))});
            if (!f.notesLabel.empty()) b.caption = f.notesLabel;
            // Ticked ids the asset no longer lists still belong on the paper.
            if (v && v->is_array()) {
                for (const auto& e : v->get_array())
                    if (e.is_string() && !known.count(std::string(e.get_string())))
                        b.items.push_back({std::string(e.get_string()), "", true, noteOf(std::string(e.get_string()))});
            } else if (v && v->is_string() && !known.count(std::string(v->get_string()))) {
                b.items.push_back({std::string(v->get_string()), "", true, ""});
            }
            out.push_back(std::move(b));
            return;
        }
        case FieldKind::Scale: {
            Block b = promptBlock(BlockKind::Scale, f);
            b.scaleMin = f.scaleMin;
            b.scaleMax = std::max(f.scaleMax, f.scaleMin);
            b.minLabel = f.minLabel;
            b.maxLabel = f.maxLabel;
            if (v && (v->is_int64() || v->is_uint64() || v->is_double())) {
                double d = v->is_int64()    ? double(v->get_int64())
                           : v->is_uint64() ? double(v->get_uint64())
                                            : v->get_double();
                b.scaleValue = int(d < 0 ? d - 0.5 : d + 0.5);
                b.hasScaleValue = true;
                // Out of range values still print, as a number, rather than vanish.
                if (b.scaleValue < b.scaleMin || b.scaleValue > b.scaleMax) {
                    b.kind = BlockKind::Answer;
                    b.answer = numberText(*v);
                    b.answered = true;
                }
            }
            out.push_back(std::move(b));
            return;
        }
        case FieldKind::List: {
            Block b = promptBlock(BlockKind::Table, f);
            for (const auto& c : f.columns) b.table.header.push_back(c.label.empty() ? c.id : c.label);
            if (b.table.header.empty()) b.table.header.push_back("");
            if (blank) {
                b.table.blankRows = 5;
            } else if (v && v->is_array()) {
                for (const auto& row : v->get_array()) {
                    std::vector<std::string> cells;
                    bool any = false;
                    if (row.is_object()) {
                        for (const auto& c : f.columns) {
                            auto it = row.get_object().find(c.id);
                            cells.push_back(it == row.get_object().end() ? std::string() : anyText(it->value()));
                            any = any || !trim(cells.back()).empty();
                        }
                        if (f.columns.empty()) {
                            cells.push_back(anyText(row));
                            any = !trim(cells.back()).empty();
                        }
                    } else {
                        cells.assign(b.table.header.size(), std::string());
                        cells[0] = anyText(row);
                        any = !trim(cells[0]).empty();
                    }
                    if (any) b.table.rows.push_back(std::move(cells));
                }
            }
            pushTable(std::move(b), blank, out);
            return;
        }
        case FieldKind::Ranking: {
            Block b = promptBlock(BlockKind::Table, f);
            b.table.header = {"Order", "Choice"};
            if (blank) {
                for (const auto& o : f.options) b.table.rows.push_back({"", o.label});
            } else if (v && v->is_array()) {
                int n = 0;
                for (const auto& e : v->get_array()) {
                    if (!e.is_string()) continue;
                    b.table.rows.push_back({std::to_string(++n), optionLabel(f, std::string(e.get_string()))});
                }
            }
            pushTable(std::move(b), blank, out);
            return;
        }
        case FieldKind::DatedEntries: {
            Block b = promptBlock(BlockKind::Table, f);
            b.table.header = {"Date", "Entry"};
            if (blank) {
                b.table.blankRows = 6;
            } else if (v && v->is_array()) {
                std::vector<std::vector<std::string>> rows;
                for (const auto& e : v->get_array()) {
                    if (e.is_object()) {
                        const auto& o = e.get_object();
                        auto d = o.find("date");
                        auto t = o.find("text");
                        std::string date = d != o.end() ? anyText(d->value()) : std::string();
                        std::string text = t != o.end() ? anyText(t->value()) : std::string();
                        // Keys beyond date/text (a newer Doorway) are kept in the entry.
                        for (const auto& kv : o) {
                            if (kv.key() == "date" || kv.key() == "text") continue;
                            std::string x = anyText(kv.value());
                            if (!x.empty()) text += (text.empty() ? "" : "\n") + std::string(kv.key()) + ": " + x;
                        }
                        if (!trim(date).empty() || !trim(text).empty()) rows.push_back({date, text});
                    } else if (std::string t = anyText(e); !trim(t).empty()) {
                        rows.push_back({"", t});
                    }
                }
                std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
                b.table.rows = std::move(rows);
            }
            pushTable(std::move(b), blank, out);
            return;
        }
        case FieldKind::Tracker:
            addTrackerBlocks(f, wb, blank, out);
            return;
        case FieldKind::DoorLog:
            addDoorLogBlocks(catalog, f, wb, blank, out);
            return;
        case FieldKind::HelpLines:
            // The same numbers on a blank page: help is not an answer.
            addHelpLineBlocks(help.card, help.country, f, out);
            return;
    }
}

ExportSection worksheetSection(const WorksheetCatalog& catalog, const WorksheetDef& def, const Workbook& wb, bool blank,
                               const HelpOnPaper& help) {
    ExportSection s;
    s.id = def.id;
    s.title = def.title.empty() ? def.id : def.title;
    Block h;
    h.kind = BlockKind::Heading;
    h.level = 1;
    h.text = s.title;
    s.blocks.push_back(h);
    if (!trim(def.intro).empty()) {
        Block p;
        p.kind = BlockKind::Paragraph;
        p.style = ParagraphStyle::Intro;
        p.text = def.intro;
        s.blocks.push_back(p);
    }
    for (const auto& f : def.fields) {
        // A conditional field prints when its condition holds, in blank mode
        // (the reader decides on paper), or when it holds an answer anyway.
        if (!blank && !isShown(f, def, wb) && !isAnswered(f, def.id, wb)) continue;
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
    s.title = "Rehearsals";
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
        t.text = "Practice runs";
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
        p.text = "No rehearsals yet.";
        s.blocks.push_back(p);
        return s;
    }
    Block intro;
    intro.kind = BlockKind::Paragraph;
    intro.style = ParagraphStyle::Intro;
    intro.text =
        "Each practice run was read for how it might land: the higher the score, the more it sounds like "
        "an invitation and the less like a complaint.";
    s.blocks.push_back(intro);

    Block c;
    c.kind = BlockKind::Chart;
    c.text = "Score of each practice run";
    c.chart.style = ChartStyle::Line;
    c.chart.yMin = 0;
    c.chart.yMax = 100;
    c.chart.yLabel = "score";
    // Rehearsals joined by a line; role-play answers are replies to an
    // objection, not the invitation, so they stand alone as rings.
    ChartSeries rehearsed{"Rehearsals", {}, "takes"}, answers{"Role-play answers", {}, "roleplay"};
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
    table.text = "Practice runs";
    table.table.header = {"Date", "Kind", "Score", "How it reads"};
    for (const Take* t : takes)
        table.table.rows.push_back(
            {t->time.substr(0, 10), takeModeLabel(t->mode), std::to_string(t->score), bandPhrase(t->band)});
    s.blocks.push_back(table);

    if (const Take* best = bestTake(wb)) {
        Block b;
        b.kind = BlockKind::Script;
        b.text = "Your best take";
        b.answer = best->text;
        b.score = best->score;
        b.band = best->band;
        b.caption = best->time.substr(0, 10) + (best->mode.empty() ? "" : " · " + takeModeLabel(best->mode));
        b.meta = scoreCaption(b.score) + (b.band.empty() ? "" : " · " + bandPhrase(b.band)) + " · " + b.caption;
        s.blocks.push_back(b);
    }
    return s;
}

// [SECTION] The invitation card

InvitationCard buildCard(const WorksheetCatalog& catalog, const Workbook& wb, bool blank) {
    InvitationCard card;
    card.heading = "An invitation";
    card.askLabel = "What I'm asking for";
    card.doorsLabel = "Other doors I'd welcome";
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
    for (const auto& ws : catalog.worksheets()) {
        // Private pages stay off the paper unless asked for by name.
        if (all ? ws.privateByDefault : !chosen(ws.id)) continue;
        out.sections.push_back(worksheetSection(catalog, ws, wb, opts.blank, help));
    }
    if (out.handout) {
        out.title = out.sections.empty() ? out.title : out.sections.front().title;
        return true;
    }
    if (!opts.blank) {
        for (const auto& [id, answers] : wb.answers) {
            if (catalog.find(id) || id == kRehearsalSheet) continue;  // the rehearsal section prints its own
            if (all ? hasAnyAnswer(answers) : chosen(id)) out.sections.push_back(unknownWorksheetSection(id, answers));
        }
    }
    auto rehearsalAnswers = wb.answers.find(kRehearsalSheet);
    const bool wroteScript = rehearsalAnswers != wb.answers.end() && hasAnyAnswer(rehearsalAnswers->second);
    if (all ? (!wb.takes.empty() || wroteScript || opts.blank) : chosen(kRehearsalSectionId))
        out.sections.push_back(rehearsalSection(wb, opts.blank));
    // Paper carries help: the last page ends with where to turn.
    if (opts.safetyLine) out.safetyLine = paperSafetyLine(help.card, help.country);
    return true;
}

}  // namespace

bool buildExportDocument(const WorksheetCatalog& catalog, const Workbook& wb, const ExportOptions& opts,
                         ExportDocument& out, std::string& error) {
    if (!buildUnbounded(catalog, wb, opts, out, error)) return false;
    boundForPrint(out);
    return true;
}

}  // namespace doorway
