#pragma once
// "Score the trend, not the worst day": monthly counts of fear signs and
// refusal signs from the tracker (and the doors log), and a plain reading.
//
// How it reads:
// - Months come from check-in dates (Workbook::tracker) and from offers in
//   the doors log (Workbook::doors). Entries with a malformed date are left out.
// - The doors log feeds the columns: a door "accepted" or "counter_offered"
//   counts as one fear sign (hesitant but workable), "declined" as one
//   refusal sign, "no_answer" counts for neither.
// - Direction: each check-in is one vote, split between the columns by its
//   share of ticked signs, so a single bad day with many refusal ticks is
//   still one day; each answered door is one vote. Recent months weigh
//   more (a month's weight halves every three months of age). A weighted
//   fear share >= 65% reads "mostly_fear", <= 35% "mostly_refusal", else
//   "mixed" (an exact tie is mixed).
// - "too_early": fewer than 3 check-ins, or less than 2 months covered,
//   or nothing ticked at all.
// - The text never diagnoses: it describes what was noted, not who anyone is.
#include "core/workbook.hpp"
#include "core/worksheet.hpp"

#include <string>
#include <vector>

namespace doorway {

struct MonthCount {
    std::string month;  // YYYY-MM
    int fear = 0;       // fear signs ticked in check-ins that month (+ doors accepted/countered)
    int refusal = 0;    // refusal signs ticked that month (+ doors declined)
    int checkins = 0;
};

struct TrendReading {
    std::vector<MonthCount> months;  // oldest first, gaps filled with zero months
    std::string direction;           // "mostly_fear" | "mostly_refusal" | "mixed" | "too_early"
    std::string text;                // a warm, plain paragraph for the user
};

// `catalog` names the page of the doors log in the text, as the sidebar does
// (the reading is the same without it, the text then names no page).
// `today` (YYYY-MM-DD): check-ins and offers dated in a later month are left
// out, and the text says how many. An older Doorway took any date, and one
// slip into next year would have stretched the chart over empty months and
// made every real month count as long ago. "" leaves nothing out.
TrendReading readTrend(const WorksheetCatalog& catalog, const Workbook& wb, const std::string& today = "");

// [SECTION] The door responses: their one home. Ids as stored in
// DoorOffer::response, in the order a person picks them, with their words.
struct DoorResponse {
    const char* id;
    const char* label;
};
const std::vector<DoorResponse>& doorResponses();
// "Counter-offered" for "counter_offered"; an unknown id as it is.
std::string doorResponseLabel(const std::string& response);
// How an answer to an offered door leans (the rule above): accepted and
// counter_offered are fear (hesitant but workable), declined is refusal,
// no_answer is neither.
enum class DoorLean { Fear, Refusal, Neither };
DoorLean doorLean(const std::string& response);

}  // namespace doorway
