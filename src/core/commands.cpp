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
Touch::Part partOf(std::vector<TrackerEntry> Workbook::*) { return Touch::Part::Tracker; }
Touch::Part partOf(std::vector<DoorOffer> Workbook::*) { return Touch::Part::Doors; }
Touch::Part partOf(std::vector<Take> Workbook::*) { return Touch::Part::Takes; }

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

template <class T>
Command insertAt(std::string label, std::vector<T> Workbook::*member, size_t index, T value) {
    auto v = std::make_shared<T>(std::move(value));
    Command c;
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, index, v](Workbook& wb) {
        auto& vec = wb.*member;
        vec.insert(vec.begin() + long(std::min(index, vec.size())), *v);
    };
    c.revert = [member, index](Workbook& wb) {
        auto& vec = wb.*member;
        if (!vec.empty()) vec.erase(vec.begin() + long(std::min(index, vec.size() - 1)));
    };
    return c;
}

template <class T>
Command eraseAt(std::string label, std::vector<T> Workbook::*member, size_t index) {
    auto removed = std::make_shared<std::optional<T>>();
    Command c;
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, index, removed](Workbook& wb) {
        auto& vec = wb.*member;
        if (index >= vec.size()) return;
        *removed = vec[index];
        vec.erase(vec.begin() + long(index));
    };
    c.revert = [member, index, removed](Workbook& wb) {
        if (!*removed) return;
        auto& vec = wb.*member;
        vec.insert(vec.begin() + long(std::min(index, vec.size())), **removed);
    };
    return c;
}

template <class T>
Command updateAt(std::string label, std::vector<T> Workbook::*member, size_t index, T value) {
    auto before = std::make_shared<std::optional<T>>();
    auto after = std::make_shared<T>(std::move(value));
    Command c;
    // (The key is made before the label is moved: "Edit check-in#2" and
    // "Edit door#2" must not merge.)
    c.mergeKey = label + "#" + std::to_string(index);
    c.label = std::move(label);
    c.touch.part = partOf(member);
    c.apply = [member, index, before, after](Workbook& wb) {
        auto& vec = wb.*member;
        if (index >= vec.size()) return;
        if (!*before) *before = vec[index];
        vec[index] = *after;
    };
    c.revert = [member, index, before](Workbook& wb) {
        auto& vec = wb.*member;
        if (*before && index < vec.size()) vec[index] = **before;
    };
    return c;
}
}  // namespace

Command setAnswer(std::string worksheet, std::string field, json::value value) {
    auto before = std::make_shared<std::optional<std::optional<json::value>>>();
    auto after = std::make_shared<json::value>(std::move(value));
    Command c;
    c.label = "Edit answer";
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
        if (**before) fields[field] = ***before;
        else fields.erase(field);
        if (fields.empty()) wb.answers.erase(worksheet);
    };
    return c;
}

Command clearAnswer(std::string worksheet, std::string field) {
    auto before = std::make_shared<std::optional<json::value>>();
    Command c;
    c.label = "Clear answer";
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
    Command c = swapValue<std::string>("Rename workbook", "title", std::move(title),
                                       [](Workbook& wb) -> std::string& { return wb.title; });
    c.touch.part = Touch::Part::Title;
    return c;
}

Command addTrackerEntry(TrackerEntry e) { return insertAt("Add check-in", &Workbook::tracker, size_t(-1), std::move(e)); }
Command updateTrackerEntry(size_t i, TrackerEntry e) { return updateAt("Edit check-in", &Workbook::tracker, i, std::move(e)); }
Command removeTrackerEntry(size_t i) { return eraseAt("Remove check-in", &Workbook::tracker, i); }
Command addDoorOffer(DoorOffer d) { return insertAt("Log a door", &Workbook::doors, size_t(-1), std::move(d)); }
Command updateDoorOffer(size_t i, DoorOffer d) { return updateAt("Edit door", &Workbook::doors, i, std::move(d)); }
Command removeDoorOffer(size_t i) { return eraseAt("Remove door", &Workbook::doors, i); }
Command addTake(Take t) { return insertAt("Save take", &Workbook::takes, size_t(-1), std::move(t)); }
Command updateTake(size_t i, Take t) { return updateAt("Edit take", &Workbook::takes, i, std::move(t)); }
Command removeTake(size_t i) { return eraseAt("Delete take", &Workbook::takes, i); }

Command removeTakeById(std::string id) {
    struct Removed {
        size_t index = 0;
        std::optional<Take> take;
    };
    auto removed = std::make_shared<Removed>();
    Command c;
    c.label = "Delete take";
    c.touch.part = Touch::Part::Takes;
    c.apply = [id, removed](Workbook& wb) {
        for (size_t i = 0; i < wb.takes.size(); ++i) {
            if (wb.takes[i].id != id) continue;
            removed->index = i;
            removed->take = wb.takes[i];
            wb.takes.erase(wb.takes.begin() + long(i));
            return;
        }
    };
    c.revert = [removed](Workbook& wb) {
        if (!removed->take) return;
        wb.takes.insert(wb.takes.begin() + long(std::min(removed->index, wb.takes.size())), *removed->take);
    };
    return c;
}

Command setSetting(std::string key, json::value value) {
    auto before = std::make_shared<std::optional<std::optional<json::value>>>();
    auto after = std::make_shared<json::value>(std::move(value));
    Command c;
    c.label = "Change setting";
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
        if (**before) wb.settings[key] = ***before;
        else wb.settings.erase(key);
    };
    return c;
}

}  // namespace cmd
}  // namespace doorway
