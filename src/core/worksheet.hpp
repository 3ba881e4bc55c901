#pragma once
// Worksheet definitions: content as data, loaded from assets/worksheets/*.json
// and validated on load. The UI draws them, the exporter prints them, the
// core computes completion from them. Ids are stable strings: they key the
// answers in a workbook and are the ImGui ids of the widgets.
#include "core/content.hpp"
#include "core/workbook.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace doorway {

// The key of a list row's or dated entry's own id in the workbook ("r3",
// "d2"): never a column, never words to show or print.
inline constexpr const char* kRowIdKey = "row";

enum class FieldKind {
    ShortText,     // answer: string
    LongText,      // answer: string
    Checklist,     // answer: array of option ids that are ticked
    SingleChoice,  // answer: option id (string)
    MultiChoice,   // answer: array of option ids
    Scale,         // answer: integer in [scaleMin, scaleMax]
    List,          // answer: array of objects {column id: string}; user adds rows
    Ranking,       // answer: array of option ids, most preferred first
    DatedEntries,  // answer: array of {"date": YYYY-MM-DD, "text": string}
    Info,          // no answer: a card of text
    Composer,      // answer: none of its own; assembles text from other fields (template)
    Tracker,       // answer: lives in Workbook::tracker (fear/refusal check-ins)
    DoorLog,       // answer: lives in Workbook::doors
    HelpLines,     // no answer: where to turn, the numbers for the chosen country (assets/safety.json)
};

const char* fieldKindName(FieldKind k);
bool parseFieldKind(const std::string& s, FieldKind* out);
// Checklist, single and multiple choice, ranking: the answer is option ids.
bool isChoice(FieldKind k);

struct OptionDef {
    std::string id;
    std::string label;
    std::string detail;        // a longer explanation or, for fears, a response idea
    std::string group;         // optional grouping (e.g. "fear" / "refusal" columns)
    bool flagsSafety = false;  // ticking it means: show the safety card (in a check-in: offer it again)
    bool theAsk = false;       // this option is the invitation itself (not listed among "other doors")
    bool exclusive = false;    // "none of these": ticked only on its own (toggleOption)
    std::string phrase;        // how a Composer template says this choice ("" = label)
};

struct ColumnDef {
    std::string id;
    std::string label;
};

// What the window puts before a field's placeholder: it is an example, never
// an answer already written. An asset's placeholder must not carry it too.
inline constexpr const char* kExamplePrefix = "e.g. ";

struct FieldDef {
    std::string id;
    FieldKind kind = FieldKind::ShortText;
    std::string label;  // the prompt
    std::string help;   // a gentle line under the prompt
    // The line paper prints instead, where `help` speaks of the window (an
    // arrow to press, a score read as you type): "paperHelp" in the asset,
    // "" for none on paper; `help` when the asset gives no paperHelp.
    std::string paperHelp;
    // An example answer, shown in the empty box after kExamplePrefix
    // ("e.g. lonely"), muted and slanted; never on paper.
    std::string placeholder;
    std::vector<OptionDef> options;
    std::vector<ColumnDef> columns;  // List
    int scaleMin = 1, scaleMax = 5;
    std::string minLabel, maxLabel;  // Scale ends
    std::string templateText;        // Composer: "{ws.field}" placeholders
    bool invitation = false;         // Composer: this one assembles the invitation (rehearsal, card, home)
    bool counts = true;              // counts toward completion
    bool scorePhrasing = false;      // show the live phrasing score under it
    // "private": written for the writer alone (the blunt first version): its
    // answer stays off paper unless the print asks for private answers.
    bool privateByDefault = false;
    // Only shown when another field's answer includes a value:
    // "field_id" or "field_id=option_id".
    std::string showIf;
    // Checklist / MultiChoice: each ticked option gets a note box of its own,
    // stored as an object {option id: text} under "<field id>:notes".
    bool optionNotes = false;
    std::string notesLabel;  // the prompt over each note box
    // Copy the options of another field of the same worksheet (door_log
    // uses the doors of the ranking field). Resolved while parsing.
    std::string optionsFrom;

    const OptionDef* option(const std::string& optionId) const;
};

// The answer key of a field's per-option notes (see FieldDef::optionNotes).
std::string optionNotesKey(const std::string& fieldId);

struct WorksheetDef {
    std::string id;
    int order = 0;
    std::string title;
    std::string summary;     // one line in the sidebar tooltip / print
    std::string intro;       // the opening paragraph on the page
    std::string paperIntro;  // what paper prints instead ("paperIntro"; `intro` when not given)
    std::vector<FieldDef> fields;
    bool privateByDefault = false;  // e.g. the safety check stays off paper unless chosen
    // Meant to be handed to the partner or used together: printed on its
    // own, it has no cover, no workbook title and nothing private.
    bool handout = false;

    const FieldDef* field(const std::string& fieldId) const;
};

// A problem in a worksheet asset, in the content layer's words
// ("FILE:LINE:COL: PATH: PROBLEM", core/content.hpp).
struct AssetError : ContentError {
    using ContentError::ContentError;
    explicit AssetError(const ContentError& e) : ContentError(e) {}
};

// The "format" of a worksheet asset, and the newest version this build reads.
inline constexpr const char* kWorksheetFormat = "doorway-worksheet";
inline constexpr int kWorksheetVersion = 1;

class WorksheetCatalog {
public:
    // Loads every *.json in `dir`, sorted by "order". Throws AssetError with
    // "<file>:<line>:<col>: <key path>: <problem>" for the first bad file
    // (also for two files that share an id, and for a missing or empty
    // folder). The asset format is described in docs/content-format.md.
    static WorksheetCatalog loadDirectory(const std::string& dir);
    // Parses one asset's text; `name` is used in error messages.
    static WorksheetDef parse(const std::string& text, const std::string& name);

    // Loaded with loadDirectory, "{page:ID}" in a page's words has become
    // that page's name (core/page_refs.hpp); parse() leaves it as written.
    const std::vector<WorksheetDef>& worksheets() const { return m_worksheets; }
    const WorksheetDef* find(const std::string& id) const;
    void add(WorksheetDef def);  // keeps order; for tests

private:
    std::vector<WorksheetDef> m_worksheets;
};

// [SECTION] page names: one home for what each page is called. The
// sidebar, the page's heading, the View menu, "Next:", the print dialog,
// Edit > Undo and the headings on paper (PDF, HTML, Markdown) all ask here.

// A worksheet's name: its place in the catalog and its title from the
// asset ("5. The pattern, not the person"); its title alone (pageTitle) for
// a worksheet not in the catalog.
std::string pageName(const WorksheetCatalog& catalog, const WorksheetDef& def);
// A worksheet's title without its place: the asset's title, or its id when
// it has none. Pages printed for the partner's eyes alone are headed so: the
// number is the page's place in the person's workbook, which they never see.
std::string pageTitle(const WorksheetDef& def);
// The name of a page that is not a worksheet, by its key ("home",
// "rehearsal", "roleplay", "takes"); "" for an unknown key.
std::string_view practicePageName(std::string_view key);
// The keys practicePageName knows, in the sidebar's order.
std::vector<std::string_view> practicePageKeys();

// Completion of one worksheet in a workbook: answered / counted fields.
struct Completion {
    int answered = 0;
    int total = 0;
    float fraction() const { return total ? float(answered) / float(total) : 0.f; }
};
// Fields hidden by their showIf do not count.
Completion completionOf(const WorksheetDef& def, const Workbook& wb);

// Where one page stands: the sidebar's mark and the start page's count both
// come from here, so they can't disagree.
enum class PageProgress {
    NotStarted,  // no answer yet (or nothing on it counts)
    UnderWay,    // some answers: the sidebar shows "2/5"
    Finished,    // every counted question answered: the sidebar shows "done"
};
PageProgress pageProgress(const Completion& c);
// The sidebar's note for a page: "done", "2/5", or "" when not started.
std::string progressMark(const Completion& c);

// The whole workbook in those terms.
struct WorkbookProgress {
    int finished = 0;
    int underWay = 0;
    int total = 0;  // every worksheet with a question to answer
    int started() const { return finished + underWay; }
};
WorkbookProgress workbookProgress(const WorksheetCatalog& catalog, const Workbook& wb);
// The start page's line: "17 worksheets: 1 finished, 2 under way, 14 not
// started yet" (no part that is zero; "" for an empty catalog).
std::string progressLine(const WorkbookProgress& p);
bool isAnswered(const FieldDef& field, const std::string& worksheetId, const Workbook& wb);
// True when the field's showIf condition holds (always true without one).
bool isShown(const FieldDef& field, const WorksheetDef& def, const Workbook& wb);

// Fills a Composer template from the answers of the same worksheet.
// "{field_id}" becomes the answer: text as typed (trailing full stop
// dropped), a choice as its option's phrase (or label), several choices as
// "a, b and c", a scale as its number. "[ ... ]" is an optional part: it
// is left out when any placeholder inside it is empty. Text outside
// brackets is kept; an empty placeholder there reads as "…".
std::string composeTemplate(const std::string& templateText, const WorksheetDef& def, const Workbook& wb);
// The invitation composer of `def` (the first one marked "invitation",
// else the first composer), composed; "" when it has none. It is the ask
// that "Shrink the ask" assembles, for rehearsal and print.
std::string composeAsk(const WorksheetDef& def, const Workbook& wb);
// The worksheet holding the invitation composer (the first marked
// "invitation", else the first with any composer), or nullptr. Other
// pages may compose sentences of their own without becoming the ask.
const WorksheetDef* askWorksheet(const WorksheetCatalog& catalog);
// The first worksheet with a field of `kind` (the doors log, the tracker),
// or nullptr: words that point at that page ask it for its name.
const WorksheetDef* worksheetWith(const WorksheetCatalog& catalog, FieldKind kind);

// True when any ticked option anywhere in the workbook has flagsSafety:
// couples work is not the next step, and the app shows the safety card.
bool safetyFlagged(const WorksheetCatalog& catalog, const Workbook& wb);
bool safetyFlagged(const WorksheetDef& def, const Workbook& wb);

// The ticked ids of a checklist after `id` is ticked (`on`) or unticked,
// in the field's own order. An exclusive option ("none of these") and the
// others can't stay ticked together: ticking it clears the rest, ticking
// another clears it. `cleared` (optional) gets the ids that were unticked
// that way, so the page can say so.
std::vector<std::string> toggleOption(const FieldDef& f, const std::vector<std::string>& ticked, const std::string& id,
                                      bool on, std::vector<std::string>* cleared = nullptr);

}  // namespace doorway
