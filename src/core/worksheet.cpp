#include "core/worksheet.hpp"

#include <algorithm>

namespace doorway {

// Placeholder: the validating loader lands with the worksheets issue.
WorksheetCatalog WorksheetCatalog::loadDirectory(const std::string& dir) {
    (void)dir;
    return {};
}

WorksheetDef WorksheetCatalog::parse(const std::string& text, const std::string& name) {
    (void)text;
    throw AssetError(name + ": not implemented yet");
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

Completion completionOf(const WorksheetDef& def, const Workbook& wb) {
    Completion c;
    for (const auto& f : def.fields) {
        if (!f.counts || f.kind == FieldKind::Info || f.kind == FieldKind::Composer) continue;
        ++c.total;
        if (isAnswered(f, def.id, wb)) ++c.answered;
    }
    return c;
}

bool isAnswered(const FieldDef& field, const std::string& worksheetId, const Workbook& wb) {
    if (field.kind == FieldKind::Tracker) return !wb.tracker.empty();
    if (field.kind == FieldKind::DoorLog) return !wb.doors.empty();
    const json::value* v = wb.answer(worksheetId, field.id);
    if (!v || v->is_null()) return false;
    if (v->is_string()) return v->get_string().find_first_not_of(" \t\r\n") != json::string::npos;
    if (v->is_array()) return !v->get_array().empty();
    if (v->is_object()) return !v->get_object().empty();
    return true;
}

const char* fieldKindName(FieldKind k) {
    switch (k) {
    case FieldKind::ShortText: return "short_text";
    case FieldKind::LongText: return "long_text";
    case FieldKind::Checklist: return "checklist";
    case FieldKind::SingleChoice: return "single_choice";
    case FieldKind::MultiChoice: return "multi_choice";
    case FieldKind::Scale: return "scale";
    case FieldKind::List: return "list";
    case FieldKind::Ranking: return "ranking";
    case FieldKind::DatedEntries: return "dated_entries";
    case FieldKind::Info: return "info";
    case FieldKind::Composer: return "composer";
    case FieldKind::Tracker: return "tracker";
    case FieldKind::DoorLog: return "door_log";
    }
    return "?";
}

bool parseFieldKind(const std::string& s, FieldKind* out) {
    for (int i = 0; i <= int(FieldKind::DoorLog); ++i) {
        if (s == fieldKindName(FieldKind(i))) {
            *out = FieldKind(i);
            return true;
        }
    }
    return false;
}

}  // namespace doorway
