#pragma once
// The words the screen and the paper share for the same facts: month and
// day labels on chart axes, a band's short name, a take's kind, and the
// "Score N of 100" caption. One home each, so a chart on screen, its PDF
// drawing, the HTML and the Markdown all say the same thing.
#include <string>
#include <string_view>
#include <vector>

namespace doorway {

// "2026-09" -> "Sep 2026" (a month is never written like a day: "Sep 26"
// read as the 26th). With `withYear` false, "Sep" alone (for an axis that
// names the year once). Anything that is not YYYY-MM comes back as it is.
std::string monthLabel(const std::string& yearMonth, bool withYear = true);
// The month of "YYYY-MM" as prose says it: "November" (the input when it
// is not one).
std::string monthInWords(const std::string& yearMonth);

// "2026-11-03" or "2026-11-03T21:30:05Z" -> "3 Nov"; anything else as it is.
std::string dayLabel(const std::string& isoDateOrTime);

// Labels for points in time order (take times, "YYYY-MM-DDTHH:MM:SSZ"): the
// day, and where two points share a day, the day and the time ("1 Dec
// 21:30"), so no two points carry the same label; a label that would still
// repeat gets " (2)", " (3)"...
std::vector<std::string> pointLabels(const std::vector<std::string>& isoTimes);

// A band's short name, as chart edges and table cells print it:
// "invitation", "in between", "may sound like blame", "unclear", "safety".
// The long sentence is bandPhrase() (core/scorer.hpp).
std::string bandLabel(const std::string& band);

// A count and its noun, the one home for number wording. countLabel() is
// for tables, buttons and status lines: "1 page", "3 pages", "0 pages".
// countWords() is for running sentences, where one to nine read as words
// and none as "no": "one answer", "three check-ins", "12 signs", "no
// backups". Both pick the noun by the number, so nothing reads "1 pages".
std::string countLabel(long long n, std::string_view one, std::string_view many);
std::string countWords(long long n, std::string_view one, std::string_view many);
// The number alone as countWords() would write it: "no", "one" ... "nine", "10".
std::string numberWords(long long n);

// A take's kind: "typed", "spoken", "role-play" (the stored mode for
// anything else).
std::string takeModeLabel(const std::string& mode);

// The takes chart's two kinds of point, named the same in its legend on
// screen and on paper: takes of the invitation, joined by a line, and
// role-play answers (replies to an objection), standing alone as rings.
// "Takes", as the page they chart is called (practicePageName("takes")); the
// legend once said "Rehearsals", the old name of that page.
std::string takesSeriesName(bool rolePlay);

// "Score 86 of 100": a score as every view and every export shows it. A
// message in the safety band is never graded where a person reads it (a
// number beside a disclosure of fear grades how well someone asks a
// partner who frightens them): its caption is "Not scored" and its figure
// a dash. The scorer keeps the number for the bench and the band edges.
bool scoreShown(const std::string& band);
std::string scoreCaption(int score, const std::string& band = "");
// The number alone, for table cells: "86", or "—" in the safety band.
std::string scoreFigure(int score, const std::string& band);

}  // namespace doorway
