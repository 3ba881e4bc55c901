// Worksheet assets: the validating loader and completion (the composer is
// worksheet_compose.cpp).
//
// [SECTION] Index
//   - asset reader: every error names file, key path and problem
//   - WorksheetCatalog
//   - completion, showIf
//   - composer: worksheet_compose.cpp
//   - field kinds
#include "core/worksheet.hpp"

#include "core/page_refs.hpp"
#include "core/paths.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

namespace doorway {

namespace fs = std::filesystem;

namespace {

// [SECTION] asset reader

bool isSnakeId(const std::string& s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

bool hasOptions(FieldKind k) {
    switch (k) {
        case FieldKind::Checklist:
        case FieldKind::SingleChoice:
        case FieldKind::MultiChoice:
        case FieldKind::Ranking:
        case FieldKind::Tracker:
        case FieldKind::DoorLog:
            return true;
        default:
            return false;
    }
}

// Kinds whose answer lives in Workbook::answers and can feed a template.
bool hasOwnAnswer(FieldKind k) {
    return k != FieldKind::Info && k != FieldKind::Composer && k != FieldKind::Tracker && k != FieldKind::DoorLog &&
           k != FieldKind::HelpLines;
}

// kExamplePrefix ("e.g.") in any case, with or without the space after it:
// the window adds it.
bool startsWithExamplePrefix(const std::string& s) {
    std::string want = kExamplePrefix;
    while (!want.empty() && want.back() == ' ') want.pop_back();
    if (s.size() < want.size()) return false;
    for (size_t i = 0; i < want.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != want[i]) return false;
    return true;
}

std::string inQuotes(const std::string& s) {
    return "\"" + s + "\"";
}

// Reads one JSON object, remembering which keys were used so unknown keys
// (usually typos such as "lable") are reported instead of silently ignored.
class AssetReader {
public:
    AssetReader(const json::value& v, std::string file, std::string path, std::string context = {})
        : m_file(std::move(file)), m_path(std::move(path)), m_context(std::move(context)) {
        if (!v.is_object()) fail(m_path.empty() ? "(top level)" : m_path, "expected an object");
        m_obj = &v.get_object();
    }

    std::string where(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }

    // Thrown with the path only; WorksheetCatalog::parse places it in the
    // text (line and column).
    [[noreturn]] void fail(const std::string& where, const std::string& problem) const {
        throw AssetError(m_file, where == "(top level)" ? "" : where,
                         m_context.empty() ? problem : problem + " (" + m_context + ")");
    }
    [[noreturn]] void failKey(const std::string& key, const std::string& problem) const { fail(where(key), problem); }

    const json::value* find(const std::string& key) {
        m_known.insert(key);
        auto it = m_obj->find(key);
        if (it == m_obj->end() || it->value().is_null()) return nullptr;
        return &it->value();
    }

    std::string str(const std::string& key, bool required = false) {
        const json::value* v = find(key);
        if (!v) {
            if (required) failKey(key, "missing");
            return {};
        }
        if (!v->is_string()) failKey(key, "expected a string");
        std::string s(v->get_string());
        if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) failKey(key, "is empty");
        return s;
    }

    std::string id(const std::string& key) {
        std::string s = str(key, true);
        if (!isSnakeId(s))
            failKey(key,
                    inQuotes(s) + " is not a snake_case id (lower-case letters, digits and _, starting with a letter)");
        return s;
    }

    bool boolean(const std::string& key, bool fallback) {
        const json::value* v = find(key);
        if (!v) return fallback;
        if (!v->is_bool()) failKey(key, "expected true or false");
        return v->get_bool();
    }

    int integer(const std::string& key, int fallback) {
        const json::value* v = find(key);
        if (!v) return fallback;
        if (v->is_int64() && v->get_int64() >= -1000000 && v->get_int64() <= 1000000) return int(v->get_int64());
        if (v->is_uint64() && v->get_uint64() <= 1000000) return int(v->get_uint64());
        failKey(key, "expected a whole number");
    }

    const json::array* array(const std::string& key) {
        const json::value* v = find(key);
        if (!v) return nullptr;
        if (!v->is_array()) failKey(key, "expected an array");
        return &v->get_array();
    }

    // Unknown keys are errors; "comment" and "_anything" are for authors.
    void finish() const {
        for (const auto& kv : *m_obj) {
            std::string k(kv.key());
            if (m_known.count(k) || k == "comment" || (!k.empty() && k[0] == '_')) continue;
            failKey(k, "unknown key");
        }
    }

    const std::string& path() const { return m_path; }
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
    std::string m_path;
    std::string m_context;
    const json::object* m_obj = nullptr;
    std::set<std::string> m_known;
};

// Placeholders of a template, in order; throws on malformed text.
std::vector<std::string> templatePlaceholders(const std::string& t, const AssetReader& r, const std::string& where) {
    std::vector<std::string> out;
    bool inOptional = false;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == '[') {
            if (inOptional) r.fail(where, "an optional part \"[...]\" cannot hold another one");
            inOptional = true;
        } else if (c == ']') {
            if (!inOptional) r.fail(where, "\"]\" without a matching \"[\"");
            inOptional = false;
        } else if (c == '{') {
            size_t close = t.find('}', i);
            if (close == std::string::npos) r.fail(where, "\"{\" without a matching \"}\"");
            std::string name = t.substr(i + 1, close - i - 1);
            if (!isSnakeId(name)) r.fail(where, "placeholder {" + name + "} is not a field id");
            out.push_back(name);
            i = close;
        } else if (c == '}') {
            r.fail(where, "\"}\" without a matching \"{\"");
        }
    }
    if (inOptional) r.fail(where, "\"[\" without a matching \"]\"");
    return out;
}

OptionDef readOption(const json::value& v, const std::string& file, const std::string& path, const std::string& ctx) {
    AssetReader r(v, file, path, ctx);
    OptionDef o;
    o.id = r.id("id");
    o.label = r.str("label", true);
    o.detail = r.str("detail");
    o.group = r.str("group");
    o.flagsSafety = r.boolean("flagsSafety", false);
    o.theAsk = r.boolean("theAsk", false);
    o.exclusive = r.boolean("exclusive", false);
    o.phrase = r.str("phrase");
    r.finish();
    return o;
}

const FieldDef* findField(const std::vector<FieldDef>& fields, const std::string& id) {
    for (const auto& e : fields)
        if (e.id == id) return &e;
    return nullptr;
}

// The checks that depend on the field's kind: a tracker's two groups, a
// list's columns, a scale's range, a composer's template, and showIf.
void checkFieldShape(AssetReader& r, FieldDef& f, const std::vector<FieldDef>& earlier, const std::string& file,
                     const std::string& ctx) {
    if (f.kind == FieldKind::Tracker) {
        bool fear = false, refusal = false;
        for (size_t i = 0; i < f.options.size(); ++i) {
            const std::string& g = f.options[i].group;
            if (g == "fear")
                fear = true;
            else if (g == "refusal")
                refusal = true;
            else
                r.fail(r.where("options") + "[" + std::to_string(i) + "].group",
                       "a tracker sign belongs to group \"fear\" or \"refusal\", not " + inQuotes(g));
        }
        if (!fear || !refusal) r.failKey("options", "a tracker needs signs in both groups, \"fear\" and \"refusal\"");
    }

    if (f.optionNotes && f.kind != FieldKind::Checklist && f.kind != FieldKind::MultiChoice)
        r.failKey("optionNotes", "only a checklist or multi_choice field has notes per option");

    // Columns (List).
    if (const json::array* cols = r.array("columns")) {
        if (f.kind != FieldKind::List) r.failKey("columns", "only a list field has columns");
        std::set<std::string> seen;
        for (size_t i = 0; i < cols->size(); ++i) {
            std::string p = r.where("columns") + "[" + std::to_string(i) + "]";
            AssetReader c((*cols)[i], file, p, ctx);
            ColumnDef col;
            col.id = c.id("id");
            col.label = c.str("label", true);
            c.finish();
            if (col.id == kRowIdKey) c.failKey("id", "\"" + std::string(kRowIdKey) + "\" is kept for the row's own id");
            if (!seen.insert(col.id).second) c.failKey("id", "duplicate column id " + inQuotes(col.id));
            f.columns.push_back(std::move(col));
        }
    }
    if (f.kind == FieldKind::List && f.columns.empty()) r.failKey("columns", "a list field needs at least one column");

    // Scale.
    if (f.kind == FieldKind::Scale) {
        if (f.scaleMin >= f.scaleMax)
            r.failKey("min", "min (" + std::to_string(f.scaleMin) + ") must be less than max (" +
                                 std::to_string(f.scaleMax) + ")");
        if (f.scaleMax - f.scaleMin > 10) r.failKey("max", "a scale has at most 11 steps");
    }

    // Composer template: its placeholders name fields above it.
    if (f.kind == FieldKind::Composer) {
        if (f.templateText.empty()) r.failKey("template", "a composer field needs a template");
        for (const std::string& name : templatePlaceholders(f.templateText, r, r.where("template"))) {
            const FieldDef* src = findField(earlier, name);
            if (!src) r.failKey("template", "placeholder {" + name + "} is not an earlier field of this worksheet");
            if (!hasOwnAnswer(src->kind))
                r.failKey("template", "placeholder {" + name + "} is a " + fieldKindName(src->kind) +
                                          " field, which has no answer to show");
        }
    } else if (!f.templateText.empty()) {
        r.failKey("template", "only a composer field has a template");
    } else if (f.invitation) {
        r.failKey("invitation", "only a composer field can assemble the invitation");
    }

    // showIf: "field" or "field=option", naming an earlier field.
    if (!f.showIf.empty()) {
        size_t eq = f.showIf.find('=');
        std::string ref = f.showIf.substr(0, eq);
        const FieldDef* src = findField(earlier, ref);
        if (!src) r.failKey("showIf", "refers to " + inQuotes(ref) + ", which is not an earlier field");
        if (!hasOwnAnswer(src->kind) && src->kind != FieldKind::Tracker && src->kind != FieldKind::DoorLog)
            r.failKey("showIf",
                      inQuotes(ref) + " is a " + std::string(fieldKindName(src->kind)) + " field, which has no answer");
        if (eq != std::string::npos) {
            std::string opt = f.showIf.substr(eq + 1);
            if (!isChoice(src->kind)) r.failKey("showIf", inQuotes(ref) + " has no options to match " + inQuotes(opt));
            if (!src->option(opt)) r.failKey("showIf", inQuotes(ref) + " has no option " + inQuotes(opt));
        }
    }
}

FieldDef readField(const json::value& v, const std::string& file, const std::string& path,
                   const std::vector<FieldDef>& earlier) {
    // The field's id goes into every message about it, once it is known.
    std::string ctx;
    if (v.is_object()) {
        auto it = v.get_object().find("id");
        if (it != v.get_object().end() && it->value().is_string())
            ctx = "field " + inQuotes(std::string(it->value().get_string()));
    }
    AssetReader r(v, file, path, ctx);
    FieldDef f;
    f.id = r.id("id");
    std::string kind = r.str("kind", true);
    if (!parseFieldKind(kind, &f.kind)) r.failKey("kind", "unknown field kind " + inQuotes(kind));
    f.label = r.str("label", true);
    f.help = r.str("help");
    f.paperHelp = r.find("paperHelp") ? r.str("paperHelp") : f.help;
    f.placeholder = r.str("placeholder");
    if (startsWithExamplePrefix(f.placeholder))
        r.failKey("placeholder", "the window puts " + inQuotes(kExamplePrefix) + " before it; give the example alone");
    f.counts = r.boolean("counts", true);
    f.scorePhrasing = r.boolean("scorePhrasing", false);
    f.privateByDefault = r.boolean("private", false);
    f.showIf = r.str("showIf");
    f.optionNotes = r.boolean("optionNotes", false);
    f.notesLabel = r.str("notesLabel");
    f.optionsFrom = r.str("optionsFrom");
    f.minLabel = r.str("minLabel");
    f.maxLabel = r.str("maxLabel");
    f.scaleMin = r.integer("min", 1);
    f.scaleMax = r.integer("max", 5);
    f.templateText = r.str("template");
    f.invitation = r.boolean("invitation", false);

    auto findEarlier = [&](const std::string& id) { return findField(earlier, id); };

    // Options, own or borrowed.
    if (const json::array* opts = r.array("options")) {
        if (!hasOptions(f.kind)) r.failKey("options", "a " + kind + " field has no options");
        if (!f.optionsFrom.empty()) r.failKey("options", "give either options or optionsFrom, not both");
        std::set<std::string> seen;
        for (size_t i = 0; i < opts->size(); ++i) {
            std::string p = r.where("options") + "[" + std::to_string(i) + "]";
            OptionDef o = readOption((*opts)[i], file, p, ctx);
            if (!seen.insert(o.id).second) r.fail(p + ".id", "duplicate option id " + inQuotes(o.id));
            f.options.push_back(std::move(o));
        }
    }
    if (!f.optionsFrom.empty()) {
        if (!hasOptions(f.kind)) r.failKey("optionsFrom", "a " + kind + " field has no options");
        const FieldDef* src = findEarlier(f.optionsFrom);
        if (!src) r.failKey("optionsFrom", "refers to " + inQuotes(f.optionsFrom) + ", which is not an earlier field");
        if (src->options.empty()) r.failKey("optionsFrom", inQuotes(f.optionsFrom) + " has no options to share");
        f.options = src->options;
    }
    if (hasOptions(f.kind) && f.options.empty()) r.failKey("options", "a " + kind + " field needs at least one option");

    checkFieldShape(r, f, earlier, file, ctx);
    r.finish();
    return f;
}

WorksheetDef readWorksheet(const ContentFile& file);

}  // namespace

// [SECTION] WorksheetCatalog

WorksheetDef WorksheetCatalog::parse(const std::string& text, const std::string& name) {
    ContentFile file = [&] {
        try {
            return ContentFile::parse(text, name);
        } catch (const ContentError& e) {
            throw AssetError(e);
        }
    }();
    try {
        file.checkFormat(kWorksheetFormat, kWorksheetVersion, true);
        return readWorksheet(file);
    } catch (const ContentError& e) {
        throw AssetError(file.placed(e));
    }
}

namespace {

WorksheetDef readWorksheet(const ContentFile& file) {
    const std::string& name = file.name();
    AssetReader r(file.root(), name, "");
    r.find("format");  // checked by the content layer
    r.find("version");
    WorksheetDef def;
    def.id = r.id("id");
    def.order = r.integer("order", 0);
    def.title = r.str("title", true);
    def.summary = r.str("summary");
    def.intro = r.str("intro");
    def.paperIntro = r.find("paperIntro") ? r.str("paperIntro") : def.intro;
    def.privateByDefault = r.boolean("private", false);
    def.handout = r.boolean("handout", false);
    if (def.handout && def.privateByDefault) r.failKey("handout", "a page to hand to someone can't also be private");
    const json::array* fields = r.array("fields");
    if (!fields || fields->empty()) r.failKey("fields", "a worksheet needs at least one field");
    std::set<std::string> seen;
    for (size_t i = 0; i < fields->size(); ++i) {
        std::string path = "fields[" + std::to_string(i) + "]";
        FieldDef f = readField((*fields)[i], name, path, def.fields);
        if (!seen.insert(f.id).second) r.fail(path + ".id", "duplicate field id " + inQuotes(f.id));
        // A page for the partner's eyes carries no phrasing scores.
        if (def.handout && f.scorePhrasing)
            r.fail(path + ".scorePhrasing", "a handout page carries no phrasing scores");
        def.fields.push_back(std::move(f));
    }
    r.finish();
    return def;
}

}  // namespace

WorksheetCatalog WorksheetCatalog::loadDirectory(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw AssetError(dir, "", "the worksheet folder is missing");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".json" && e.is_regular_file(ec)) files.push_back(e.path());
    if (ec) throw AssetError(dir, "", "cannot list the folder (" + ec.message() + ")");
    if (files.empty()) throw AssetError(dir, "", "no worksheet files (*.json) found");
    std::sort(files.begin(), files.end());

    WorksheetCatalog cat;
    std::map<std::string, std::string> owner;  // worksheet id -> file
    std::map<std::string, std::string> texts;  // worksheet id -> its text, to place a page-name error
    for (const fs::path& path : files) {
        std::string name = path.filename().string();
        std::string text, error;
        if (!readFile(path.string(), text, error, kMaxAssetBytes)) throw AssetError(name, "", error);
        WorksheetDef def = parse(text, name);
        auto [it, fresh] = owner.emplace(def.id, name);
        if (!fresh)
            throw AssetError(
                ContentFile::parse(text, name).errorAt("id", inQuotes(def.id) + " is already used by " + it->second));
        texts[def.id] = std::move(text);
        cat.m_worksheets.push_back(std::move(def));
    }
    // Files are read in name order, so equal "order" values stay in name order.
    std::stable_sort(cat.m_worksheets.begin(), cat.m_worksheets.end(),
                     [](const WorksheetDef& a, const WorksheetDef& b) { return a.order < b.order; });
    // Page names once every page has its place ("9. Other doors").
    std::map<std::string, std::string> names;
    for (const WorksheetDef& def : cat.m_worksheets) names[def.id] = pageName(cat, def);
    if (std::optional<PageRefProblem> p = expandPageRefs(cat.m_worksheets, names))
        throw AssetError(ContentFile::parse(texts[p->worksheetId], owner[p->worksheetId]).errorAt(p->path, p->problem));
    return cat;
}

const WorksheetDef* WorksheetCatalog::find(const std::string& id) const {
    for (const auto& w : m_worksheets)
        if (w.id == id) return &w;
    return nullptr;
}

void WorksheetCatalog::add(WorksheetDef def) {
    m_worksheets.push_back(std::move(def));
    std::stable_sort(m_worksheets.begin(), m_worksheets.end(),
                     [](const WorksheetDef& a, const WorksheetDef& b) { return a.order < b.order; });
}

const FieldDef* WorksheetDef::field(const std::string& fieldId) const {
    for (const auto& f : fields)
        if (f.id == fieldId) return &f;
    return nullptr;
}

const OptionDef* FieldDef::option(const std::string& optionId) const {
    for (const auto& o : options)
        if (o.id == optionId) return &o;
    return nullptr;
}

std::string optionNotesKey(const std::string& fieldId) {
    return fieldId + ":notes";
}

// [SECTION] completion, showIf

namespace {
bool blank(json::string_view s) {
    return s.find_first_not_of(" \t\r\n") == json::string_view::npos;
}

bool arrayHolds(const json::value* v, const std::string& id) {
    if (!v) return false;
    if (v->is_string()) return v->get_string() == id;
    if (!v->is_array()) return false;
    for (const auto& e : v->get_array())
        if (e.is_string() && e.get_string() == id) return true;
    return false;
}
}  // namespace

Completion completionOf(const WorksheetDef& def, const Workbook& wb) {
    Completion c;
    for (const auto& f : def.fields) {
        if (!f.counts || f.kind == FieldKind::Info || f.kind == FieldKind::Composer || f.kind == FieldKind::HelpLines)
            continue;
        if (!isShown(f, def, wb)) continue;
        ++c.total;
        if (isAnswered(f, def.id, wb)) ++c.answered;
    }
    return c;
}

std::string pageTitle(const WorksheetDef& def) {
    return def.title.empty() ? def.id : def.title;
}

std::string pageName(const WorksheetCatalog& catalog, const WorksheetDef& def) {
    const std::string title = pageTitle(def);
    const auto& all = catalog.worksheets();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == def.id) return std::to_string(i + 1) + ". " + title;
    return title;
}

namespace {
// The pages of practice and the start page. Each name is said once: the
// trial found "Takes so far" in the sidebar over a page headed "Your
// takes", and role-play under two names.
constexpr std::pair<std::string_view, std::string_view> kPracticePages[] = {
    {"home", "Start page"},
    {"rehearsal", "Rehearse the invitation"},
    {"roleplay", "Role-play their answers"},
    {"takes", "Takes so far"},
};
}  // namespace

std::string_view practicePageName(std::string_view key) {
    for (const auto& [k, name] : kPracticePages)
        if (k == key) return name;
    return {};
}

std::vector<std::string_view> practicePageKeys() {
    std::vector<std::string_view> keys;
    for (const auto& page : kPracticePages) keys.push_back(page.first);
    return keys;
}

bool isAnswered(const FieldDef& field, const std::string& worksheetId, const Workbook& wb) {
    if (field.kind == FieldKind::Tracker) return !wb.tracker.empty();
    if (field.kind == FieldKind::DoorLog) return !wb.doors.empty();
    const json::value* v = wb.answer(worksheetId, field.id);
    if (!v || v->is_null()) return false;
    if (v->is_string()) return !blank(v->get_string());
    if (v->is_array()) {
        const json::array& a = v->get_array();
        if (field.kind == FieldKind::List || field.kind == FieldKind::DatedEntries) {
            // A row only counts once something is written in it.
            for (const auto& row : a) {
                if (!row.is_object()) continue;
                for (const auto& kv : row.get_object())
                    if (kv.key() != kRowIdKey && kv.key() != "date" && kv.value().is_string() &&
                        !blank(kv.value().get_string()))
                        return true;
            }
            return false;
        }
        return !a.empty();
    }
    if (v->is_object()) return !v->get_object().empty();
    return true;
}

bool isShown(const FieldDef& field, const WorksheetDef& def, const Workbook& wb) {
    if (field.showIf.empty()) return true;
    size_t eq = field.showIf.find('=');
    std::string ref = field.showIf.substr(0, eq);
    const FieldDef* src = def.field(ref);
    if (!src) return true;  // validated on load; a hand-built def may skip it
    if (eq == std::string::npos) return isAnswered(*src, def.id, wb);
    return arrayHolds(wb.answer(def.id, ref), field.showIf.substr(eq + 1));
}

const WorksheetDef* askWorksheet(const WorksheetCatalog& catalog) {
    const WorksheetDef* first = nullptr;
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields) {
            if (f.kind != FieldKind::Composer) continue;
            if (f.invitation) return &ws;
            if (!first) first = &ws;
        }
    return first;
}

const WorksheetDef* worksheetWith(const WorksheetCatalog& catalog, FieldKind kind) {
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields)
            if (f.kind == kind) return &ws;
    return nullptr;
}

bool safetyFlagged(const WorksheetDef& def, const Workbook& wb) {
    for (const auto& f : def.fields) {
        if (!isChoice(f.kind)) continue;
        const json::value* v = wb.answer(def.id, f.id);
        for (const auto& o : f.options)
            if (o.flagsSafety && arrayHolds(v, o.id)) return true;
    }
    return false;
}

bool safetyFlagged(const WorksheetCatalog& catalog, const Workbook& wb) {
    for (const auto& ws : catalog.worksheets())
        if (safetyFlagged(ws, wb)) return true;
    return false;
}

// [SECTION] field kinds

bool isChoice(FieldKind k) {
    return k == FieldKind::Checklist || k == FieldKind::SingleChoice || k == FieldKind::MultiChoice ||
           k == FieldKind::Ranking;
}

const char* fieldKindName(FieldKind k) {
    switch (k) {
        case FieldKind::ShortText:
            return "short_text";
        case FieldKind::LongText:
            return "long_text";
        case FieldKind::Checklist:
            return "checklist";
        case FieldKind::SingleChoice:
            return "single_choice";
        case FieldKind::MultiChoice:
            return "multi_choice";
        case FieldKind::Scale:
            return "scale";
        case FieldKind::List:
            return "list";
        case FieldKind::Ranking:
            return "ranking";
        case FieldKind::DatedEntries:
            return "dated_entries";
        case FieldKind::Info:
            return "info";
        case FieldKind::Composer:
            return "composer";
        case FieldKind::Tracker:
            return "tracker";
        case FieldKind::DoorLog:
            return "door_log";
        case FieldKind::HelpLines:
            return "help_lines";
    }
    return "?";
}

bool parseFieldKind(const std::string& s, FieldKind* out) {
    for (int i = 0; i <= int(FieldKind::HelpLines); ++i) {
        if (s == fieldKindName(FieldKind(i))) {
            *out = FieldKind(i);
            return true;
        }
    }
    return false;
}

std::vector<std::string> toggleOption(const FieldDef& f, const std::vector<std::string>& ticked, const std::string& id,
                                      bool on, std::vector<std::string>* cleared) {
    const OptionDef* chosen = nullptr;
    for (const OptionDef& o : f.options)
        if (o.id == id) chosen = &o;
    auto has = [&](const std::string& x) { return std::find(ticked.begin(), ticked.end(), x) != ticked.end(); };
    std::vector<std::string> next;
    for (const OptionDef& o : f.options) {
        bool keep = o.id == id ? on : has(o.id);
        // Ticking one side of an exclusive pair unticks the other side.
        if (keep && on && chosen && o.id != id && (chosen->exclusive || o.exclusive)) {
            if (cleared) cleared->push_back(o.id);
            keep = false;
        }
        if (keep) next.push_back(o.id);
    }
    // Ids the field doesn't define (a newer version's) are kept as they were.
    for (const auto& x : ticked) {
        bool known = std::any_of(f.options.begin(), f.options.end(), [&](const OptionDef& o) { return o.id == x; });
        if (!known) next.push_back(x);
    }
    return next;
}

}  // namespace doorway
