#pragma once
// The printable form of a workbook: a document model of blocks built once by
// the core and shared by every output (PDF in doorway_print, HTML, Markdown).
// Renderers decide how things look; this decides what is on the paper and in
// which order, so the three outputs always carry the same words.
#include "core/safety.hpp"
#include "core/worksheet.hpp"

#include <string>
#include <vector>

namespace doorway {

enum class BlockKind {
    Heading,    // text, level (1 = worksheet title, 2 = a part of it)
    Paragraph,  // text, style
    Answer,     // prompt (text) + help + answer; writeLines when blank
    Checklist,  // prompt + items (boxes, ticked or not)
    Scale,      // prompt + filled dot at value among scaleMin..scaleMax
    Table,      // prompt + header + rows (lists, dated entries, tracker, doors log)
    Chart,      // chart: series data by category (months, takes)
    Script,     // a take's words with its score
};

enum class ParagraphStyle {
    Body,   // ordinary text
    Intro,  // a worksheet's opening paragraph
    Note,   // an info card or a gentle aside (boxed)
    Muted,  // small, grey (empty answers, captions)
};

struct CheckItem {
    std::string label;
    std::string detail;  // the worksheet's explanation of the option
    bool ticked = false;
    std::string note;  // what the user wrote about this option
};

struct TableData {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // each row has header.size() cells
    int blankRows = 0;                           // empty rows to write in by hand
};

struct ChartSeries {
    std::string name;
    std::vector<double> values;  // one per category; NaN where the series has no point
    std::string role;            // "fear" | "refusal" | "takes" | "roleplay": colour and marks (core/chart_palette)
};

enum class ChartStyle { Bars, Line };

struct ChartData {
    ChartStyle style = ChartStyle::Bars;
    std::vector<std::string> categories;  // x axis labels as printed (core/labels), oldest first
    std::vector<ChartSeries> series;
    double yMin = 0;
    double yMax = 0;  // 0 = from the data
    std::string yLabel;
    bool counts = false;  // whole numbers: the axis steps by 1, 2, 5, ... never by 0.5
};

// The y axis of a chart: from yMin to `max` in `count` steps of `step`,
// with round numbers (1, 2, 5, 10, ... times a power of ten; whole numbers
// for counts). Non-finite values (no point) are left out.
struct ChartAxis {
    double min = 0, max = 1, step = 1;
    int count = 1;
};
ChartAxis chartAxis(const ChartData& chart);

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 1;                                // Heading
    ParagraphStyle style = ParagraphStyle::Body;  // Paragraph
    std::string text;                             // heading, paragraph, or the prompt of a field
    std::string help;                             // a gentle line under a prompt
    std::string answer;                           // Answer / Script: the words ("" = not answered)
    bool answered = false;                        // Answer: false prints a muted "not answered yet"
    int writeLines = 0;                           // blank mode: ruled lines to write on
    std::vector<CheckItem> items;                 // Checklist
    int scaleMin = 1, scaleMax = 5;
    int scaleValue = 0;  // Scale: 0 = none chosen (or blank)
    bool hasScaleValue = false;
    std::string minLabel, maxLabel;
    TableData table;
    ChartData chart;
    int score = -1;       // Script: 0..100, -1 = none
    std::string band;     // Script: a scoreBands() name (invitation ... safety)
    std::string caption;  // Chart / Script: a line under it
    // Script: "Score 86 of 100 · reads as an invitation · 14 Nov · spoken",
    // composed once here for every renderer.
    std::string meta;
};

// Names of the trend chart's two series, on screen and on paper.
inline constexpr const char* kFearSeriesName = "Fear signs (workable)";
inline constexpr const char* kRefusalSeriesName = "Refusal signs";

struct ExportSection {
    std::string id;  // worksheet id, or "rehearsal"
    std::string title;
    std::vector<Block> blocks;
};

// The one-page invitation card.
struct InvitationCard {
    std::string heading;
    std::string ask;  // the composed ask ("" if none yet)
    std::string askLabel;
    std::vector<std::string> doors;  // chosen doors, labels
    std::string doorsLabel;
    // The best practised invitation, in the user's words; "" when it would
    // only repeat the ask. The card may be seen by the partner: it carries
    // no score and says nothing twice.
    std::string phrasing;
    std::string phrasingLabel;
    std::string closing;  // a short warm line
};

struct ExportDocument {
    std::string title;         // the workbook's title
    std::string date;          // printed date, YYYY-MM-DD
    std::string confidential;  // the private-and-confidential line
    std::string footer;        // left part of the footer on every page
    bool blank = false;
    bool cardOnly = false;
    // Only pages meant for the partner (WorksheetDef::handout): no cover,
    // no workbook title, nothing private.
    bool handout = false;
    std::vector<ExportSection> sections;
    // The small closing "if things ever feel unsafe" line ("" = none). The
    // PDF sets it at the foot of the last page, HTML and Markdown at the end.
    std::string safetyLine;
    InvitationCard card;  // when cardOnly
};

struct ExportOptions {
    // Section ids to include, in catalog order. Empty = every worksheet that
    // is not privateByDefault, plus the rehearsal section.
    std::vector<std::string> sections;
    bool blank = false;  // prompts without answers, with room to write
    bool card = false;   // only the one-page invitation card
    std::string date;    // printed date; "" = today
    // Where to turn, on paper: the safety card (nullptr = the one built in)
    // and the country whose numbers print ("" = the card's "elsewhere").
    const SafetyCard* safety = nullptr;
    std::string helpCountry;
    // The workbook ends with a small "if things ever feel unsafe" line with
    // those numbers. Never on the invitation card or on handout pages.
    bool safetyLine = true;
    // Answers of fields marked "private" (written for the writer alone, such
    // as the blunt first version of a complaint) print only when asked for;
    // otherwise a line says one was left out.
    bool privateAnswers = false;
    // Only pages with at least one answer (and the rehearsals once there is
    // a take or a script): a first few pages to bring to a therapist, not
    // twenty pages of "Not answered yet". Not for blank pages or the card.
    bool answeredOnly = false;
};

// Whether any field of `def` has an answer in `wb` (its check-ins and door
// log count for the pages that hold them).
bool worksheetHasAnswer(const WorksheetDef& def, const Workbook& wb);

// The rehearsal section prints the takes and the script kept under the
// rehearsal sheet id, so the two ids are one.
inline constexpr const char* kRehearsalSectionId = kRehearsalSheet;

// Every id --sections accepts: worksheet ids in order, then "rehearsal".
std::vector<std::string> exportSectionIds(const WorksheetCatalog& catalog);

// Builds the document. Returns false and sets `error` (naming the id and
// listing the known ones) for an unknown section id.
bool buildExportDocument(const WorksheetCatalog& catalog, const Workbook& wb, const ExportOptions& opts,
                         ExportDocument& out, std::string& error);

// Cuts every text from the workbook to what a printout holds (a title to
// kMaxPrintedTitleChars, anything else to kMaxPrintedFieldChars, with a note
// of how much was left out). buildExportDocument does this; export_bounds.cpp.
void boundForPrint(ExportDocument& doc);

// Splits "a,b , c" into ids; empty pieces are dropped.
std::vector<std::string> splitSectionList(const std::string& list);

// [SECTION] Help on paper (export_help.cpp)

// The blocks of a help_lines field: the chosen country's lines as a table,
// with when they were checked.
void addHelpLineBlocks(const SafetyCard& card, const std::string& country, const FieldDef& field,
                       std::vector<Block>& out);
// True when `phrasing` mostly says again what `ask` says (at least half of
// the ask's words reappear in it), so a card would print the ask twice.
bool repeatsAsk(const std::string& ask, const std::string& phrasing);

}  // namespace doorway
