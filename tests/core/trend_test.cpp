// readTrend: monthly counts with gaps filled, and a direction that follows
// the months rather than the worst day.
#include "core/trend.hpp"
#include "core/storage.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace doorway;

namespace {

TrackerEntry checkin(const std::string& date, int fear, int refusal) {
    TrackerEntry e;
    e.date = date;
    for (int i = 0; i < fear; ++i) e.fearSigns.push_back("f" + std::to_string(i));
    for (int i = 0; i < refusal; ++i) e.refusalSigns.push_back("r" + std::to_string(i));
    return e;
}

DoorOffer door(const std::string& date, const std::string& response) {
    DoorOffer d;
    d.date = date;
    d.door = "book";
    d.response = response;
    return d;
}

bool mentions(const std::string& text, const std::string& word) {
    return text.find(word) != std::string::npos;
}

// The tracker's sign that puts safety before any trend (mockery, punishment
// or coldness), or null.
const OptionDef* safetySign(const WorksheetCatalog& catalog) {
    const WorksheetDef* page = worksheetWith(catalog, FieldKind::Tracker);
    const OptionDef* flagged = nullptr;
    if (page)
        for (const FieldDef& f : page->fields)
            for (const OptionDef& o : f.options) flagged = o.flagsSafety ? &o : flagged;
    return flagged;
}

}  // namespace

TEST_CASE("trend: empty workbook is too early to read", "[trend]") {
    TrendReading t = readTrend(WorksheetCatalog{}, Workbook{});
    CHECK(t.months.empty());
    CHECK(t.direction == "too_early");
    CHECK_FALSE(t.text.empty());
}

TEST_CASE("trend: monthly counts, oldest first, gaps filled", "[trend]") {
    Workbook wb;
    // Out of order on purpose, with an empty March and April, across a year end.
    wb.tracker = {checkin("2026-05-03", 1, 0), checkin("2025-12-30", 2, 1), checkin("2026-02-10", 0, 2),
                  checkin("2026-02-20", 1, 0), checkin("2026-01-05", 3, 0)};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    std::vector<std::string> months;
    for (const auto& m : t.months) months.push_back(m.month);
    CHECK(months == std::vector<std::string>{"2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"});
    REQUIRE(t.months.size() == 6);
    CHECK(t.months[0].fear == 2);
    CHECK(t.months[0].refusal == 1);
    CHECK(t.months[0].checkins == 1);
    CHECK(t.months[2].fear == 1);
    CHECK(t.months[2].refusal == 2);
    CHECK(t.months[2].checkins == 2);
    CHECK(t.months[3].fear == 0);
    CHECK(t.months[3].refusal == 0);
    CHECK(t.months[3].checkins == 0);
    CHECK(t.months[4].checkins == 0);
    CHECK(t.months[5].fear == 1);
}

TEST_CASE("trend: bad dates are left out, not fatal", "[trend]") {
    Workbook wb;
    wb.tracker = {checkin("2026-13-01", 5, 0), checkin("yesterday", 0, 5), checkin("2026-03-04", 1, 0)};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    REQUIRE(t.months.size() == 1);
    CHECK(t.months[0].month == "2026-03");
    CHECK(t.months[0].checkins == 1);
}

TEST_CASE("trend: too early with few check-ins or a single month", "[trend]") {
    Workbook wb;
    wb.tracker = {checkin("2026-01-05", 2, 0), checkin("2026-02-05", 2, 0)};
    CHECK(readTrend(WorksheetCatalog{}, wb).direction == "too_early");  // two check-ins
    wb.tracker = {checkin("2026-01-05", 2, 0), checkin("2026-01-12", 2, 0), checkin("2026-01-20", 2, 0),
                  checkin("2026-01-28", 2, 0)};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    CHECK(t.direction == "too_early");  // one month only
    CHECK(t.months.size() == 1);
    // Check-ins with nothing ticked say nothing either way.
    wb.tracker = {checkin("2026-01-05", 0, 0), checkin("2026-02-12", 0, 0), checkin("2026-03-20", 0, 0)};
    CHECK(readTrend(WorksheetCatalog{}, wb).direction == "too_early");
}

TEST_CASE("trend: mostly fear, mostly refusal, mixed", "[trend]") {
    Workbook wb;
    wb.tracker = {checkin("2026-01-05", 2, 0), checkin("2026-02-05", 3, 0), checkin("2026-03-05", 1, 0)};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    CHECK(t.direction == "mostly_fear");
    CHECK(mentions(t.text, "three check-ins over three months"));

    wb.tracker = {checkin("2026-01-05", 0, 2), checkin("2026-02-05", 0, 1), checkin("2026-03-05", 1, 3)};
    CHECK(readTrend(WorksheetCatalog{}, wb).direction == "mostly_refusal");

    // A tie is mixed.
    wb.tracker = {checkin("2026-01-05", 1, 0), checkin("2026-01-20", 0, 1), checkin("2026-02-05", 1, 0),
                  checkin("2026-02-20", 0, 1)};
    CHECK(readTrend(WorksheetCatalog{}, wb).direction == "mixed");
}

TEST_CASE("trend: a single bad day does not dominate", "[trend]") {
    Workbook wb;
    // Five months of hesitant-but-workable signs...
    for (const char* d : {"2026-01-04", "2026-01-18", "2026-02-01", "2026-02-15", "2026-03-01", "2026-03-15",
                          "2026-04-05", "2026-04-19", "2026-05-03"})
        wb.tracker.push_back(checkin(d, 1, 0));
    // ...and one awful evening, the most recent thing, with every refusal sign ticked.
    wb.tracker.push_back(checkin("2026-05-20", 0, 6));
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    CHECK(t.direction == "mostly_fear");
    REQUIRE_FALSE(t.months.empty());
    CHECK(t.months.back().refusal == 6);  // the counts still show it honestly
    CHECK(mentions(t.text, "most recent month"));
}

TEST_CASE("trend: recent months weigh more than old ones", "[trend]") {
    Workbook wb;
    // Early months all refusal, the latest months all fear: same number of check-ins each.
    wb.tracker = {checkin("2026-01-05", 0, 1), checkin("2026-02-05", 0, 1), checkin("2026-03-05", 0, 1),
                  checkin("2026-04-05", 1, 0), checkin("2026-05-05", 1, 0), checkin("2026-06-05", 1, 0)};
    TrendReading forward = readTrend(WorksheetCatalog{}, wb);
    // Mirror image in time.
    wb.tracker = {checkin("2026-01-05", 1, 0), checkin("2026-02-05", 1, 0), checkin("2026-03-05", 1, 0),
                  checkin("2026-04-05", 0, 1), checkin("2026-05-05", 0, 1), checkin("2026-06-05", 0, 1)};
    TrendReading backward = readTrend(WorksheetCatalog{}, wb);
    // Unweighted these would both be an exact tie; weighting tips them apart.
    CHECK(forward.direction != backward.direction);
    CHECK(forward.direction != "mostly_refusal");
    CHECK(backward.direction != "mostly_fear");
}

TEST_CASE("trend: the doors log feeds the columns", "[trend]") {
    Workbook wb;
    wb.tracker = {checkin("2026-01-05", 0, 0), checkin("2026-02-05", 0, 0), checkin("2026-03-05", 0, 0)};
    wb.doors = {door("2026-01-10", "accepted"), door("2026-02-10", "counter_offered"), door("2026-03-10", "declined"),
                door("2026-03-12", "no_answer"), door("2026-04-01", "accepted")};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    REQUIRE(t.months.size() == 4);
    CHECK(t.months[0].fear == 1);
    CHECK(t.months[1].fear == 1);
    CHECK(t.months[2].refusal == 1);
    CHECK(t.months[2].fear == 0);  // no answer counts for neither
    CHECK(t.months[3].fear == 1);
    CHECK(t.months[3].checkins == 0);
    CHECK(t.direction == "mostly_fear");

    for (auto& d : wb.doors) d.response = "declined";
    CHECK(readTrend(WorksheetCatalog{}, wb).direction == "mostly_refusal");
}

TEST_CASE("trend: counts read as words, one answer as one", "[trend]") {
    // No check-ins, one answered door: the empty reading names it as one.
    Workbook wb;
    wb.doors = {door("2026-03-10", "accepted")};
    std::string text = readTrend(WorksheetCatalog{}, wb).text;
    INFO(text);
    CHECK(mentions(text, "the bar so far is the one answer to offers you logged"));
    CHECK_FALSE(mentions(text, "1 answer"));
    wb.doors.push_back(door("2026-03-12", "declined"));
    text = readTrend(WorksheetCatalog{}, wb).text;
    CHECK(mentions(text, "the bars so far are the two answers to"));
    // One check-in over one month: singular throughout.
    wb.doors.clear();
    wb.tracker = {checkin("2026-03-05", 1, 0)};
    text = readTrend(WorksheetCatalog{}, wb).text;
    CHECK(mentions(text, "So far there is one check-in over one month."));
    // A column with nothing in it says "no signs", not "0 signs".
    wb.tracker = {checkin("2026-01-05", 2, 0), checkin("2026-02-05", 3, 0), checkin("2026-03-05", 1, 0)};
    text = readTrend(WorksheetCatalog{}, wb).text;
    CHECK(mentions(text, "you noted six signs from the fear column and no signs from the refusal column"));
    for (const char* bad : {" 1 ", " 0 ", "1 signs", "1 months"}) {
        INFO(bad);
        CHECK_FALSE(mentions(text, bad));
    }
}

TEST_CASE("trend: the example workbook reads as mostly fear", "[trend]") {
    LoadResult r = loadWorkbookFile(doorway::test::sourcePath("workbooks/example.json"));
    REQUIRE(r.ok);
    TrendReading t = readTrend(WorksheetCatalog{}, r.workbook);
    CHECK(t.direction == "mostly_fear");
    CHECK(t.months.size() >= 4);
    int refusal = 0;
    for (const auto& m : t.months) refusal += m.refusal;
    CHECK(refusal > 0);  // a few refusal signs, honestly kept
}

TEST_CASE("trend: the reading never labels the partner", "[trend]") {
    Workbook wb;
    wb.tracker = {checkin("2026-01-05", 0, 3), checkin("2026-02-05", 0, 3), checkin("2026-03-05", 0, 3)};
    std::string text = readTrend(WorksheetCatalog{}, wb).text;
    for (const char* word : {"narciss", "abusive", "disorder", "toxic", "avoidant", "diagnos"}) {
        INFO(word);
        CHECK_FALSE(mentions(text, word));
    }
}

TEST_CASE("trend: when the totals and the reading disagree, the text says how it reads", "[trend]") {
    // Seven fear signs to two, yet "the two columns are close": the reading
    // counts check-ins, not signs, and recent months most.
    Workbook wb;
    wb.tracker = {checkin("2026-07-05", 5, 0), checkin("2026-09-05", 2, 0), checkin("2026-10-05", 0, 1),
                  checkin("2026-11-05", 0, 1)};
    TrendReading t = readTrend(WorksheetCatalog{}, wb);
    INFO(t.text);
    REQUIRE(t.direction == "mixed");
    CHECK(mentions(t.text, "seven signs from the fear column"));
    CHECK(mentions(t.text, "counts each check-in once"));
    CHECK_FALSE(mentions(t.text, "columns are close"));
    // Agreeing, it says nothing of the kind; with no door answered, no
    // "offers ... included".
    wb.tracker = {checkin("2026-09-05", 2, 0), checkin("2026-10-05", 2, 0), checkin("2026-11-05", 3, 0)};
    wb.doors = {door("2026-10-07", "no_answer")};
    t = readTrend(WorksheetCatalog{}, wb);
    INFO(t.text);
    CHECK(t.direction == "mostly_fear");
    CHECK_FALSE(mentions(t.text, "counts each check-in once"));
    CHECK_FALSE(mentions(t.text, "included"));
    wb.doors = {door("2026-10-07", "accepted")};
    CHECK(mentions(readTrend(WorksheetCatalog{}, wb).text, "included"));
}

TEST_CASE("trend: mockery this month puts the person's safety before another door", "[trend]") {
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(doorway::test::sourcePath("assets/worksheets"));
    const OptionDef* flagged = safetySign(catalog);
    REQUIRE(flagged);
    Workbook wb;
    wb.tracker = {checkin("2026-09-05", 1, 1), checkin("2026-10-05", 1, 1), checkin("2026-11-05", 1, 1)};
    TrendReading t = readTrend(catalog, wb);
    REQUIRE(t.direction == "mixed");
    CHECK(mentions(t.text, "Keep offering small doors"));
    TrackerEntry cold = checkin("2026-11-20", 0, 0);
    cold.refusalSigns = {flagged->id};
    wb.tracker.push_back(cold);
    t = readTrend(catalog, wb);
    INFO(t.text);
    CHECK_FALSE(mentions(t.text, "Keep offering"));
    CHECK(mentions(t.text, flagged->label));
    CHECK(mentions(t.text, "In November you noted"));
    CHECK(mentions(t.text, "helpline"));
    CHECK_FALSE(mentions(t.text, "Help >"));  // the words print too: no menu on paper
    // A door logged in a later month doesn't hide it: the month is the latest check-in's.
    wb.doors = {door("2026-12-02", "accepted")};
    CHECK(mentions(readTrend(catalog, wb).text, "In November you noted"));
    wb.doors.clear();
    // Too early to read a direction, it is said all the same.
    std::vector<TrackerEntry> all = wb.tracker;
    wb.tracker = {checkin("2026-10-05", 1, 0), cold};
    t = readTrend(catalog, wb);
    INFO(t.text);
    CHECK(t.direction == "too_early");
    CHECK(mentions(t.text, flagged->label));
    CHECK_FALSE(mentions(t.text, "single day"));
    wb.tracker = all;
    // An old one, months back, leaves this month's advice as it was.
    wb.tracker.back().date = "2026-09-20";
    CHECK(mentions(readTrend(catalog, wb).text, "Keep offering small doors"));
}

TEST_CASE("trend: check-ins and offers dated after this month wait outside the reading, and it says so", "[trend]") {
    // Four months leaning on fear, and one slip into the next year leaning
    // hard on refusal: read with it, the chart ran over empty months and
    // the real ones counted as long ago.
    Workbook wb;
    wb.tracker = {checkin("2026-08-02", 2, 0), checkin("2026-09-06", 3, 0), checkin("2026-10-04", 2, 1),
                  checkin("2026-11-01", 3, 0), checkin("2027-11-01", 0, 4)};
    wb.doors = {door("2026-10-10", "accepted"), door("2028-01-01", "declined")};
    const TrendReading today = readTrend(WorksheetCatalog{}, wb, "2026-11-20");
    REQUIRE_FALSE(today.months.empty());
    CHECK(today.months.back().month == "2026-11");
    CHECK(today.months.size() == 4);
    CHECK(today.direction == "mostly_fear");
    CHECK(mentions(today.text, "two entries dated after this month"));
    CHECK(mentions(today.text, "Edit on it changes the date"));
    // Once their month comes, they count; and with no date given, nothing
    // is left out (as before).
    const TrendReading later = readTrend(WorksheetCatalog{}, wb, "2028-02-01");
    CHECK(later.months.back().month == "2028-01");
    CHECK_FALSE(mentions(later.text, "dated after this month"));
    CHECK(readTrend(WorksheetCatalog{}, wb).months.back().month == "2028-01");
}

TEST_CASE("trend: mockery noted under a date still to come is said all the same, and all later is not 'none yet'",
          "[trend]") {
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(doorway::test::sourcePath("assets/worksheets"));
    const OptionDef* flagged = safetySign(catalog);
    REQUIRE(flagged);
    Workbook wb;
    wb.tracker = {checkin("2026-09-05", 2, 0), checkin("2026-10-05", 2, 0), checkin("2026-11-05", 2, 0)};
    TrackerEntry cold = checkin("2027-11-20", 0, 0);  // a slip of the year
    cold.refusalSigns = {flagged->id};
    wb.tracker.push_back(cold);
    TrendReading t = readTrend(catalog, wb, "2026-11-25");
    INFO(t.text);
    CHECK(t.months.back().month == "2026-11");
    CHECK(mentions(t.text, flagged->label));
    CHECK_FALSE(mentions(t.text, "room to work with"));
    // Every check-in dated later: nothing to read, said as such (with the sign).
    wb.tracker = {checkin("2027-01-05", 1, 0), cold};
    t = readTrend(catalog, wb, "2026-11-25");
    INFO(t.text);
    CHECK(mentions(t.text, "Every check-in so far is dated after this month"));
    CHECK_FALSE(mentions(t.text, "no check-ins yet"));
    CHECK(mentions(t.text, flagged->label));
}
