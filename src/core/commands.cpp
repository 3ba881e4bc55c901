#include "core/commands.hpp"

#include <utility>

namespace doorway {

void CommandStack::execute(Workbook& wb, Command c) {
    c.apply(wb);
    m_lastTouch = c.touch;
    ++m_revision;
    m_undone.clear();
    if (!m_sealed && !c.mergeKey.empty() && !m_done.empty() && m_done.back().mergeKey == c.mergeKey) {
        // Keep the oldest revert, take the newest apply.
        m_done.back().apply = std::move(c.apply);
        return;
    }
    m_done.push_back(std::move(c));
    m_sealed = false;
}

void CommandStack::applyOutside(Workbook& wb, const Command& c) {
    c.apply(wb);
    m_lastTouch = c.touch;
    ++m_revision;
    m_sealed = true;  // typing after it starts a step of its own
}

bool CommandStack::undo(Workbook& wb) {
    if (m_done.empty()) return false;
    Command c = std::move(m_done.back());
    m_done.pop_back();
    c.revert(wb);
    m_lastTouch = c.touch;
    m_undone.push_back(std::move(c));
    m_sealed = true;
    ++m_revision;
    return true;
}

bool CommandStack::redo(Workbook& wb) {
    if (m_undone.empty()) return false;
    Command c = std::move(m_undone.back());
    m_undone.pop_back();
    c.apply(wb);
    m_lastTouch = c.touch;
    m_done.push_back(std::move(c));
    m_sealed = true;
    ++m_revision;
    return true;
}

void CommandStack::clear() {
    m_done.clear();
    m_undone.clear();
    m_sealed = true;
}

namespace cmd {

namespace {
Touch::Part partOf(std::vector<TrackerEntry> Workbook::*) {
    return Touch::Part::Tracker;
}
Touch::Part partOf(std::vector<DoorOffer> Workbook::*) {
    return Touch::Part::Doors;
}
Touch::Part partOf(std::vector<Take> Workbook::*) {
    return Touch::Part::Takes;
}

// A command whose apply/revert swap one piece of state: `get` returns a
// reference into the workbook; the old value is captured on first apply.
template <class T, class Get>
Command swapValue(std::string label, std::string mergeKey, T value, Get get) {
    auto before = std::make_shared<std::optional<T>>();
    auto after = std::make_shared<T>(std::move(value));
    Command c;
    c.label = std::move(label);
    c.mergeKey = std::move(mergeKey);
    c.apply = [before, after, get](Workbook& wb) {
        T& slot = get(wb);
        if (!*before) *before = slot;
        slot = *after;
    };
    c.revert = [before, get](Workbook& wb) {
        if (*before) get(wb) = **before;
    };
    return c;
}

// Where the entry with `id` sits, or vec.size() when there is none.
template <class T>
size_t indexOfId(const std::vector<T>& vec, const std::string& id) {
    for (size_t i = 0; i < vec.size(); ++i)
        if (vec[i].id == id) return i;
    return vec.size();
}

// Appends `value`; an entry without an id gets a fresh one on first apply,
// kept for redo so the journal and any later edit name the same entry.
template <class T>
Command append(std::string label, std::vector<T> Workbook::*member, T value) {
    auto v = std::make_shared<T>(std::move(value));
    Command c;
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, v](Workbook& wb) {
        auto& vec = wb.*member;
        if (v->id.empty() || indexOfId(vec, v->id) != vec.size()) v->id = freshEntryId(vec, entryIdPrefix(*v));
        vec.push_back(*v);
    };
    c.revert = [member, v](Workbook& wb) {
        auto& vec = wb.*member;
        if (size_t i = indexOfId(vec, v->id); i < vec.size()) vec.erase(vec.begin() + long(i));
    };
    return c;
}

template <class T>
Command eraseId(std::string label, std::vector<T> Workbook::*member, std::string id) {
    struct Removed {
        size_t index = 0;
        std::optional<T> entry;
    };
    auto removed = std::make_shared<Removed>();
    Command c;
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, id, removed](Workbook& wb) {
        auto& vec = wb.*member;
        size_t i = indexOfId(vec, id);
        if (i >= vec.size()) return;
        removed->index = i;
        removed->entry = vec[i];
        vec.erase(vec.begin() + long(i));
    };
    // Undo puts it back where it was.
    c.revert = [member, removed](Workbook& wb) {
        if (!removed->entry) return;
        auto& vec = wb.*member;
        vec.insert(vec.begin() + long(std::min(removed->index, vec.size())), *removed->entry);
    };
    return c;
}

template <class T>
Command updateId(std::string label, std::vector<T> Workbook::*member, std::string id, T value) {
    auto before = std::make_shared<std::optional<T>>();
    auto after = std::make_shared<T>(std::move(value));
    after->id = id;  // an edit never renames the entry
    Command c;
    // (The key is made before the label is moved: "changing a check-in#c1"
    // and "changing a door#c1" must not merge.)
    c.mergeKey = label + "#" + id;
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, id, before, after](Workbook& wb) {
        auto& vec = wb.*member;
        size_t i = indexOfId(vec, id);
        if (i >= vec.size()) return;
        if (!*before) *before = vec[i];
        vec[i] = *after;
    };
    c.revert = [member, id, before](Workbook& wb) {
        auto& vec = wb.*member;
        size_t i = indexOfId(vec, id);
        if (*before && i < vec.size()) vec[i] = **before;
    };
    return c;
}
}  // namespace

Command setAnswer(std::string worksheet, std::string field, json::value value) {
    auto before = std::make_shared<std::optional<std::optional<json::value>>>();
    auto after = std::make_shared<json::value>(std::move(value));
    Command c;
    c.label = "typing";
    c.mergeKey = "answer:" + worksheet + "/" + field;
    c.touch = {Touch::Part::Answer, worksheet, field};
    c.apply = [=](Workbook& wb) {
        auto& fields = wb.answers[worksheet];
        if (!*before) {
            auto it = fields.find(field);
            *before = it == fields.end() ? std::optional<json::value>() : std::optional<json::value>(it->second);
        }
        fields[field] = *after;
    };
    c.revert = [=](Workbook& wb) {
        if (!*before) return;
        auto& fields = wb.answers[worksheet];
        if (**before)
            fields[field] = ***before;
        else
            fields.erase(field);
        if (fields.empty()) wb.answers.erase(worksheet);
    };
    return c;
}

Command clearAnswer(std::string worksheet, std::string field) {
    auto before = std::make_shared<std::optional<json::value>>();
    Command c;
    c.label = "clearing an answer";
    c.touch = {Touch::Part::Answer, worksheet, field};
    c.apply = [=](Workbook& wb) {
        auto ws = wb.answers.find(worksheet);
        if (ws == wb.answers.end()) return;
        auto it = ws->second.find(field);
        if (it == ws->second.end()) return;
        *before = it->second;
        ws->second.erase(it);
        if (ws->second.empty()) wb.answers.erase(ws);
    };
    c.revert = [=](Workbook& wb) {
        if (*before) wb.answers[worksheet][field] = **before;
    };
    return c;
}

Command setTitle(std::string title) {
    Command c = swapValue<std::string>("renaming the workbook", "title", std::move(title),
                                       [](Workbook& wb) -> std::string& { return wb.title; });
    c.touch.part = Touch::Part::Title;
    return c;
}

Command addTrackerEntry(TrackerEntry e) {
    return append("adding a check-in", &Workbook::tracker, std::move(e));
}
Command updateTrackerEntry(std::string id, TrackerEntry e) {
    return updateId("changing a check-in", &Workbook::tracker, std::move(id), std::move(e));
}
Command removeTrackerEntry(std::string id) {
    return eraseId("removing a check-in", &Workbook::tracker, std::move(id));
}
Command addDoorOffer(DoorOffer d) {
    return append("logging a door", &Workbook::doors, std::move(d));
}
Command updateDoorOffer(std::string id, DoorOffer d) {
    return updateId("changing a door", &Workbook::doors, std::move(id), std::move(d));
}
Command removeDoorOffer(std::string id) {
    return eraseId("removing a door", &Workbook::doors, std::move(id));
}
Command addTake(Take t) {
    return append("saving a take", &Workbook::takes, std::move(t));
}
Command updateTake(std::string id, Take t) {
    return updateId("changing a take", &Workbook::takes, std::move(id), std::move(t));
}
Command removeTakeById(std::string id) {
    return eraseId("deleting a take", &Workbook::takes, std::move(id));
}

Command setSetting(std::string key, json::value value) {
    auto before = std::make_shared<std::optional<std::optional<json::value>>>();
    auto after = std::make_shared<json::value>(std::move(value));
    Command c;
    c.label = "changing a setting";
    c.touch = {Touch::Part::Setting, key, ""};
    c.apply = [=](Workbook& wb) {
        if (!*before) {
            auto it = wb.settings.find(key);
            *before = it == wb.settings.end() ? std::optional<json::value>() : std::optional<json::value>(it->value());
        }
        wb.settings[key] = *after;
    };
    c.revert = [=](Workbook& wb) {
        if (!*before) return;
        if (**before)
            wb.settings[key] = ***before;
        else
            wb.settings.erase(key);
    };
    return c;
}

// [SECTION] Where a step is, in words

const WorksheetDef* stepWorksheet(const Touch& t, const WorksheetCatalog& catalog) {
    if (t.part == Touch::Part::Answer) return catalog.find(t.sheet);
    FieldKind kind = t.part == Touch::Part::Tracker ? FieldKind::Tracker : FieldKind::DoorLog;
    if (t.part != Touch::Part::Tracker && t.part != Touch::Part::Doors) return nullptr;
    for (const WorksheetDef& ws : catalog.worksheets())
        for (const FieldDef& f : ws.fields)
            if (f.kind == kind) return &ws;
    return nullptr;
}

std::string stepDescription(const std::string& label, const Touch& t, const WorksheetCatalog& catalog) {
    const WorksheetDef* ws = stepWorksheet(t, catalog);
    std::string what = label;
    if (ws && t.part == Touch::Part::Answer && label == "typing") {
        // One command sets every kind of answer; what the person did depends
        // on the field.
        for (const FieldDef& f : ws->fields) {
            if (f.id != t.field) continue;
            if (f.kind == FieldKind::Checklist || f.kind == FieldKind::MultiChoice)
                what = "ticking";
            else if (f.kind == FieldKind::SingleChoice || f.kind == FieldKind::Scale)
                what = "a choice";
            else if (f.kind == FieldKind::Ranking)
                what = "reordering";
        }
    }
    if (ws) return what + " on \u2018" + pageName(catalog, *ws) + "\u2019";  // as the sidebar names it
    if (t.part == Touch::Part::Answer && t.sheet == kRehearsalSheet) return what + " in the rehearsal script";
    return what;
}

}  // namespace cmd
}  // namespace doorway
