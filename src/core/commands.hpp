#pragma once
// Every edit to a workbook is a Command, so views never mutate the model
// directly: undo/redo, autosave's dirty flag and the UI tests all go
// through here.
#include "core/workbook.hpp"
#include "core/worksheet.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace doorway {

// The part of the workbook a command changes, so the document can write
// what it became to the edit journal (core/journal.hpp) without knowing
// what the command did.
struct Touch {
    enum class Part { None, Title, Answer, Tracker, Doors, Takes, Setting };
    Part part = Part::None;
    std::string sheet;  // Answer: worksheet id; Setting: key
    std::string field;  // Answer: field id
};

struct Command {
    std::string label;  // "typing": Edit > Undo typing (stepDescription says where)
    // Consecutive commands with the same non-empty mergeKey coalesce into
    // one undo step (typing in a field is one step, not one per letter).
    std::string mergeKey;
    std::function<void(Workbook&)> apply;
    std::function<void(Workbook&)> revert;
    Touch touch;
};

class CommandStack {
public:
    // Applies `cmd` and records it. Clears the redo list.
    void execute(Workbook& wb, Command cmd);
    // Applies `cmd` without an undo step: for what was done on purpose and
    // must not vanish under a stray Ctrl+Z (a saved take). The workbook is
    // changed all the same, so the document knows to save it.
    void applyOutside(Workbook& wb, const Command& cmd);
    bool canUndo() const { return !m_done.empty(); }
    bool canRedo() const { return !m_undone.empty(); }
    bool undo(Workbook& wb);
    bool redo(Workbook& wb);
    std::string undoLabel() const { return canUndo() ? m_done.back().label : std::string(); }
    std::string redoLabel() const { return canRedo() ? m_undone.back().label : std::string(); }
    // What the last execute, undo or redo changed, and what the next undo
    // or redo would change.
    const Touch& lastTouch() const { return m_lastTouch; }
    const Touch* nextUndoTouch() const { return canUndo() ? &m_done.back().touch : nullptr; }
    const Touch* nextRedoTouch() const { return canRedo() ? &m_undone.back().touch : nullptr; }
    // Stops the next command from merging into the last one (focus change).
    void sealLast() { m_sealed = true; }
    void clear();
    // Increments on every execute/undo/redo: the document compares it to the
    // revision it last saved to know whether it is dirty.
    unsigned revision() const { return m_revision; }

private:
    std::vector<Command> m_done;
    std::vector<Command> m_undone;
    bool m_sealed = true;
    unsigned m_revision = 0;
    Touch m_lastTouch;
};

// [SECTION] Command factories. Each captures the old value when executed.
namespace cmd {
Command setAnswer(std::string worksheet, std::string field, json::value value);
Command clearAnswer(std::string worksheet, std::string field);
Command setTitle(std::string title);
// Check-ins, door offers and takes are addressed by their stable id
// (Workbook: freshEntryId); an added entry without one gets one. An id
// that is not there makes the command do nothing.
Command addTrackerEntry(TrackerEntry entry);
Command updateTrackerEntry(std::string id, TrackerEntry entry);
Command removeTrackerEntry(std::string id);
Command addDoorOffer(DoorOffer offer);
Command updateDoorOffer(std::string id, DoorOffer offer);
Command removeDoorOffer(std::string id);
Command addTake(Take take);
Command updateTake(std::string id, Take take);
// Deletes the take with this id (an explicit act; undo brings it back where
// it was). Does nothing when there is none.
Command removeTakeById(std::string id);
Command setSetting(std::string key, json::value value);

// Where a step's change shows: the worksheet holding the answer, check-in
// or door it changes, or null (the title, a setting, a take, the
// rehearsal script). Undo and redo take the person there, so a step is
// never taken back out of sight.
const WorksheetDef* stepWorksheet(const Touch& t, const WorksheetCatalog& catalog);
// A step in words, for Edit > Undo and the status line: "typing on
// 'The pattern, not the person'", "ticking on ...", "saving a take".
std::string stepDescription(const std::string& label, const Touch& t, const WorksheetCatalog& catalog);
}  // namespace cmd

}  // namespace doorway
