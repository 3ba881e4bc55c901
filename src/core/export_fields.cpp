// The blocks of one worksheet field on paper, one function per field kind,
// and the small text helpers the export layout shares (see
// export_layout_impl.hpp). The document around them is export_layout.cpp.
#include "core/export_layout_impl.hpp"

#include "core/clock.hpp"
#include "core/labels.hpp"
#include "core/trend.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace doorway::export_detail {

// [SECTION] Small text helpers

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
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

}  // namespace

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
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

namespace {

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
    b.help = f.paperHelp;  // what paper says: no arrows to press
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

// The table when it has rows; else the field's prompt, marked unanswered.
// True when the table went in.
bool addTableOrUnanswered(Block t, const FieldDef& f, std::vector<Block>& out) {
    if (t.table.rows.empty()) {
        Block p = promptBlock(BlockKind::Answer, f);
        p.answered = false;
        out.push_back(std::move(p));
        return false;
    }
    out.push_back(std::move(t));
    return true;
}

void addTrackerBlocks(const WorksheetCatalog& catalog, const FieldDef& f, const Workbook& wb, bool blank,
                      std::vector<Block>& out) {
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
    if (!addTableOrUnanswered(std::move(t), f, out)) return;

    TrendReading trend = readTrend(catalog, wb, todayIsoDate());  // as the screen reads it
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
    addTableOrUnanswered(std::move(t), f, out);
}

// One field on its way to paper: where it lives, the workbook, and its
// answer (null when blank, unanswered or null).
struct FieldOnPaper {
    const WorksheetDef& def;
    const FieldDef& f;
    const Workbook& wb;
    bool blank;
    const json::value* v;
};

void addInfoBlocks(const FieldDef& f, std::vector<Block>& out) {
    Block b;
    b.kind = BlockKind::Paragraph;
    b.style = ParagraphStyle::Note;
    b.text = f.label;
    b.help = f.paperHelp;
    out.push_back(std::move(b));
}

void addTextBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    Block b = promptBlock(BlockKind::Answer, x.f);
    if (x.blank) {
        b.writeLines = x.f.kind == FieldKind::ShortText ? 2 : 7;
    } else {
        b.answer = x.v ? anyText(*x.v) : std::string();
        b.answered = !trim(b.answer).empty();
    }
    out.push_back(std::move(b));
}

void addComposerBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    Block b = promptBlock(BlockKind::Answer, x.f);
    if (x.blank) {
        b.answer = blankTemplate(x.f.templateText);
        b.answered = true;
        b.writeLines = 3;
    } else {
        b.answer = composeTemplate(x.f.templateText, x.def, x.wb);
        // Only placeholders and fixed words: nothing chosen yet.
        b.answered = !trim(b.answer).empty() && b.answer != composeTemplate(x.f.templateText, x.def, Workbook{});
    }
    out.push_back(std::move(b));
}

// Checklists and choices: every option, ticked or not, with the user's
// note on it; notes and ticks under ids the asset no longer lists too.
void addChoiceBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    const FieldDef& f = x.f;
    const json::value* v = x.v;
    Block b = promptBlock(BlockKind::Checklist, f);
    std::set<std::string> known;
    // Per-option notes the user wrote ("<field>:notes": {option: text}).
    const json::value* notes = x.blank ? nullptr : x.wb.answer(x.def.id, optionNotesKey(f.id));
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
}

void addScaleBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    const FieldDef& f = x.f;
    const json::value* v = x.v;
    Block b = promptBlock(BlockKind::Scale, f);
    b.scaleMin = f.scaleMin;
    b.scaleMax = std::max(f.scaleMax, f.scaleMin);
    b.minLabel = f.minLabel;
    b.maxLabel = f.maxLabel;
    if (v && (v->is_int64() || v->is_uint64() || v->is_double())) {
        double d = v->is_int64() ? double(v->get_int64()) : v->is_uint64() ? double(v->get_uint64()) : v->get_double();
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
}

// One row of a List answer as cells under the field's columns; false when
// every cell is empty.
bool listRow(const FieldDef& f, const json::value& row, size_t headerSize, std::vector<std::string>& cells) {
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
        cells.assign(headerSize, std::string());
        cells[0] = anyText(row);
        any = !trim(cells[0]).empty();
    }
    return any;
}

void addListBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    Block b = promptBlock(BlockKind::Table, x.f);
    for (const auto& c : x.f.columns) b.table.header.push_back(c.label.empty() ? c.id : c.label);
    if (b.table.header.empty()) b.table.header.push_back("");
    if (x.blank) {
        b.table.blankRows = 5;
    } else if (x.v && x.v->is_array()) {
        for (const auto& row : x.v->get_array()) {
            std::vector<std::string> cells;
            if (listRow(x.f, row, b.table.header.size(), cells)) b.table.rows.push_back(std::move(cells));
        }
    }
    pushTable(std::move(b), x.blank, out);
}

void addRankingBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    Block b = promptBlock(BlockKind::Table, x.f);
    b.table.header = {"Order", "Choice"};
    if (x.blank) {
        for (const auto& o : x.f.options) b.table.rows.push_back({"", o.label});
    } else if (x.v && x.v->is_array()) {
        int n = 0;
        for (const auto& e : x.v->get_array()) {
            if (!e.is_string()) continue;
            b.table.rows.push_back({std::to_string(++n), optionLabel(x.f, std::string(e.get_string()))});
        }
    }
    pushTable(std::move(b), x.blank, out);
}

// One dated entry as its date and text; keys beyond date/text (a newer
// Doorway) are kept in the text, but never the entry's own id.
std::vector<std::string> datedEntryRow(const json::object& o) {
    auto d = o.find("date");
    auto t = o.find("text");
    std::string date = d != o.end() ? anyText(d->value()) : std::string();
    std::string text = t != o.end() ? anyText(t->value()) : std::string();
    for (const auto& kv : o) {
        if (kv.key() == "date" || kv.key() == "text" || kv.key() == kRowIdKey) continue;
        std::string x = anyText(kv.value());
        if (!x.empty()) text += (text.empty() ? "" : "\n") + std::string(kv.key()) + ": " + x;
    }
    return {date, text};
}

void addDatedEntryBlocks(const FieldOnPaper& x, std::vector<Block>& out) {
    Block b = promptBlock(BlockKind::Table, x.f);
    b.table.header = {"Date", "Entry"};
    if (x.blank) {
        b.table.blankRows = 6;
    } else if (x.v && x.v->is_array()) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& e : x.v->get_array()) {
            if (e.is_object()) {
                std::vector<std::string> row = datedEntryRow(e.get_object());
                if (!trim(row[0]).empty() || !trim(row[1]).empty()) rows.push_back(std::move(row));
            } else if (std::string t = anyText(e); !trim(t).empty()) {
                rows.push_back({"", t});
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
        b.table.rows = std::move(rows);
    }
    pushTable(std::move(b), x.blank, out);
}

}  // namespace

void addFieldBlocks(const WorksheetCatalog& catalog, const WorksheetDef& def, const FieldDef& f, const Workbook& wb,
                    bool blank, const HelpOnPaper& help, std::vector<Block>& out) {
    const json::value* v = blank ? nullptr : wb.answer(def.id, f.id);
    if (v && v->is_null()) v = nullptr;
    const FieldOnPaper x{def, f, wb, blank, v};
    switch (f.kind) {
        case FieldKind::Info:
            return addInfoBlocks(f, out);
        case FieldKind::ShortText:
        case FieldKind::LongText:
            return addTextBlocks(x, out);
        case FieldKind::Composer:
            return addComposerBlocks(x, out);
        case FieldKind::Checklist:
        case FieldKind::MultiChoice:
        case FieldKind::SingleChoice:
            return addChoiceBlocks(x, out);
        case FieldKind::Scale:
            return addScaleBlocks(x, out);
        case FieldKind::List:
            return addListBlocks(x, out);
        case FieldKind::Ranking:
            return addRankingBlocks(x, out);
        case FieldKind::DatedEntries:
            return addDatedEntryBlocks(x, out);
        case FieldKind::Tracker:
            return addTrackerBlocks(catalog, f, wb, blank, out);
        case FieldKind::DoorLog:
            return addDoorLogBlocks(catalog, f, wb, blank, out);
        case FieldKind::HelpLines:
            // The same numbers on a blank page: help is not an answer.
            return addHelpLineBlocks(help.card, help.country, f, out);
    }
}

}  // namespace doorway::export_detail
