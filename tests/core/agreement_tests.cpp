// One fact, one home (issue 19): the labels, ticks, band names and words
// that the screen and every export share, checked where they are made.
#include "core/chart_palette.hpp"
#include "core/export_layout.hpp"
#include "core/finding_groups.hpp"
#include "core/labels.hpp"
#include "core/scorer.hpp"
#include "core/storage.hpp"
#include "core/trend.hpp"
#include "core/worksheet.hpp"
#include "scoring_support.hpp"
#include "support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

using namespace doorway;
using doorway::test::sourcePath;

namespace {

constexpr auto& scorer = doorway::test::shippedScorer;

Take take(const std::string& id, const std::string& time, const std::string& mode, int score, const std::string& band) {
    Take t;
    t.id = id;
    t.time = time;
    t.mode = mode;
    t.score = score;
    t.band = band;
    t.text = "Would you try one session with me?";
    return t;
}

const Block* findChart(const ExportDocument& doc, const std::string& sectionId) {
    for (const auto& s : doc.sections)
        if (s.id == sectionId)
            for (const auto& b : s.blocks)
                if (b.kind == BlockKind::Chart) return &b;
    return nullptr;
}

}  // namespace

TEST_CASE("month labels name the year in full and are never read as a day", "[labels]") {
    CHECK(monthLabel("2026-09") == "Sep 2026");
    CHECK(monthLabel("2027-01") == "Jan 2027");
    CHECK(monthLabel("2026-12", false) == "Dec");
    for (const char* bad : {"2026-13", "2026-00", "26-09", "2026-9", "", "Sep 2026"}) CHECK(monthLabel(bad) == bad);
    CHECK(dayLabel("2026-11-03T21:30:05Z") == "3 Nov");
    CHECK(dayLabel("2026-12-01") == "1 Dec");
    CHECK(dayLabel("not a date") == "not a date");
}

TEST_CASE("points on the same day get labels that tell them apart", "[labels]") {
    auto l =
        pointLabels({"2026-12-01T09:00:00Z", "2026-12-01T21:30:00Z", "2026-12-01T21:30:40Z", "2026-12-02T08:00:00Z"});
    REQUIRE(l.size() == 4);
    CHECK(l[0] == "1 Dec 09:00");
    CHECK(l[1] == "1 Dec 21:30");
    CHECK(l[2] == "1 Dec 21:30 (2)");
    CHECK(l[3] == "2 Dec");
    CHECK(std::set<std::string>(l.begin(), l.end()).size() == l.size());
}

TEST_CASE("counts pick their noun by the number, in figures or in words", "[labels]") {
    CHECK(countLabel(1, "page", "pages") == "1 page");
    CHECK(countLabel(3, "page", "pages") == "3 pages");
    CHECK(countLabel(0, "take", "takes") == "0 takes");
    CHECK(countLabel(21, "sign", "signs") == "21 signs");
    CHECK(countWords(1, "answer", "answers") == "one answer");
    CHECK(countWords(2, "answer", "answers") == "two answers");
    CHECK(countWords(9, "month", "months") == "nine months");
    CHECK(countWords(10, "month", "months") == "10 months");
    CHECK(countWords(0, "backup", "backups") == "no backups");
    CHECK(numberWords(7) == "seven");
    CHECK(numberWords(12) == "12");
}

TEST_CASE("a chart of counts steps by whole numbers", "[labels][chart]") {
    for (int top = 1; top <= 40; ++top) {
        ChartData c;
        c.counts = true;
        c.series.push_back({"Fear", {0, double(top)}, "fear"});
        ChartAxis a = chartAxis(c);
        INFO("largest count " << top << ": step " << a.step);
        CHECK(a.step >= 1);
        CHECK(a.step == std::floor(a.step));
        CHECK(a.max >= top);
        CHECK(a.count <= 5);
    }
    // Scores are not counts: a small range may still step by halves.
    ChartData scores;
    scores.series.push_back({"x", {0, 2}, ""});
    CHECK(chartAxis(scores).step == Approx(0.5));
    // A series with no point at some categories (NaN) is read around them.
    ChartData gaps;
    gaps.counts = true;
    gaps.series.push_back({"x", {std::nan(""), 3}, ""});
    CHECK(chartAxis(gaps).max >= 3);
}

TEST_CASE("band names and edges come from the scoring model, one word per band", "[labels][scorer]") {
    const auto edges = scorer().bandEdges();
    REQUIRE(edges.size() == 3);
    CHECK(edges[0].band == "invitation");
    CHECK(edges[1].band == "mixed");
    CHECK(edges[2].band == "accusation");
    CHECK(edges[0].floor == scorer().bandFloor("invitation"));
    CHECK(edges[1].floor == scorer().bandFloor("mixed"));
    CHECK(edges[0].floor > edges[1].floor);
    CHECK(edges[1].floor > edges[2].floor);
    // model.json is the one home of the edges.
    std::ifstream in(sourcePath("assets/scoring/model.json"));
    std::stringstream ss;
    ss << in.rdbuf();
    auto model = boost::json::parse(ss.str()).as_object();
    CHECK(edges[0].floor == model.at("bands").as_object().at("invitation").to_number<double>());
    CHECK(edges[1].floor == model.at("bands").as_object().at("mixed").to_number<double>());
    // Every band has one short label and one phrase, none shared.
    std::set<std::string> labels, phrases;
    for (const auto& b : scoreBands()) {
        labels.insert(bandLabel(b));
        phrases.insert(bandPhrase(b));
        CHECK_FALSE(bandLabel(b).empty());
    }
    CHECK(labels.size() == scoreBands().size());
    CHECK(phrases.size() == scoreBands().size());
    // The lowest band is named kindly, the same way on screen and on paper,
    // and its label and phrase say one thing ("blame", never "accusation"
    // in one place and "blame" in another); the id "accusation" stays.
    CHECK(bandLabel("accusation") == "may sound like blame");
    CHECK(bandPhrase("accusation").find(bandLabel("accusation")) != std::string::npos);
    for (const auto& b : scoreBands()) {
        INFO(b);
        CHECK(bandLabel(b).find("accusation") == std::string::npos);
        CHECK(bandPhrase(b).find("accusation") == std::string::npos);
    }
}

TEST_CASE("the score caption and a take's kind are composed once, for paper and screen", "[labels][print]") {
    CHECK(scoreCaption(86) == "Score 86 of 100");
    // The safety band is never graded where a person reads it.
    CHECK(scoreCaption(37, "safety") == "Not scored");
    CHECK(scoreFigure(37, "safety").find("37") == std::string::npos);
    CHECK(scoreFigure(86, "invitation") == "86");
    CHECK(takeModeLabel("roleplay") == "role-play");
    Workbook wb;
    wb.takes = {take("a", "2026-11-03T20:42:10Z", "typed", 22, "accusation"),
                take("b", "2026-11-14T10:22:00Z", "spoken", 86, "invitation")};
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    ExportOptions opts;
    opts.sections = {kRehearsalSectionId};
    ExportDocument doc;
    std::string err;
    REQUIRE(buildExportDocument(catalog, wb, opts, doc, err));
    bool found = false;
    for (const auto& b : doc.sections.at(0).blocks)
        if (b.kind == BlockKind::Script) {
            found = true;
            CHECK(b.meta.rfind(scoreCaption(86), 0) == 0);
            CHECK(b.meta.find(bandPhrase("invitation")) != std::string::npos);
        }
    CHECK(found);
}

TEST_CASE("the rehearsal chart on paper keeps role-play answers off the line of takes", "[labels][print]") {
    Workbook wb;
    wb.takes = {take("a", "2026-12-01T09:00:00Z", "typed", 30, "accusation"),
                take("b", "2026-12-01T09:30:00Z", "roleplay", 80, "invitation"),
                take("c", "2026-12-01T21:00:00Z", "spoken", 60, "mixed"),
                take("d", "2026-12-01T22:00:00Z", "typed", 70, "invitation")};
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    ExportOptions opts;
    opts.sections = {kRehearsalSectionId};
    ExportDocument doc;
    std::string err;
    REQUIRE(buildExportDocument(catalog, wb, opts, doc, err));
    const Block* c = findChart(doc, kRehearsalSectionId);
    REQUIRE(c);
    REQUIRE(c->chart.series.size() == 2);
    const ChartSeries& takes = c->chart.series[0];
    const ChartSeries& answers = c->chart.series[1];
    CHECK(seriesJoined(seriesRoleOf(takes.role)));
    CHECK_FALSE(seriesJoined(seriesRoleOf(answers.role)));
    CHECK(std::isnan(takes.values[1]));
    CHECK(answers.values[1] == 80);
    CHECK(std::isnan(answers.values[0]));
    // Four points on one day, four labels.
    std::set<std::string> labels(c->chart.categories.begin(), c->chart.categories.end());
    CHECK(labels.size() == 4);
}

TEST_CASE("the trend chart on paper: months as 'Sep 2026', counts, fear and refusal roles", "[labels][print]") {
    LoadResult loaded = loadWorkbookFile(sourcePath("workbooks/example.json"));
    REQUIRE(loaded.ok);
    const Workbook& wb = loaded.workbook;
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    ExportDocument doc;
    std::string err;
    REQUIRE(buildExportDocument(catalog, wb, ExportOptions{}, doc, err));
    const Block* c = findChart(doc, "fear_or_refusal");
    REQUIRE(c);
    CHECK(c->chart.counts);
    TrendReading t = readTrend(catalog, wb);
    REQUIRE(c->chart.categories.size() == t.months.size());
    for (size_t i = 0; i < t.months.size(); ++i) CHECK(c->chart.categories[i] == monthLabel(t.months[i].month));
    REQUIRE(c->chart.series.size() == 2);
    CHECK(seriesRoleOf(c->chart.series[0].role) == SeriesRole::Fear);
    CHECK(seriesRoleOf(c->chart.series[1].role) == SeriesRole::Refusal);
    CHECK(c->chart.series[0].name == std::string(kFearSeriesName));
}

TEST_CASE("with only a declined door logged, the reading agrees with the bar it shows", "[trend]") {
    Workbook wb;
    DoorOffer d;
    d.date = "2026-09-12";
    d.door = "book";
    d.response = "declined";
    wb.doors.push_back(d);
    const WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    const WorksheetDef* doorsPage = worksheetWith(catalog, FieldKind::DoorLog);
    REQUIRE(doorsPage);
    TrendReading t = readTrend(catalog, wb);
    REQUIRE(t.months.size() == 1);
    CHECK(t.months[0].refusal == 1);
    CHECK(t.text.find("There are no check-ins yet") == std::string::npos);
    // The doors log's page, by the sidebar's name ("9. Other doors").
    CHECK(t.text.find("\"" + pageName(catalog, *doorsPage) + "\"") != std::string::npos);
    // Without a catalog the reading is the same and names no page.
    TrendReading bare = readTrend(WorksheetCatalog{}, wb);
    CHECK(bare.direction == t.direction);
    CHECK(bare.text.find(pageTitle(*doorsPage)) == std::string::npos);
    CHECK(t.text.find("the one answer") != std::string::npos);
    CHECK(t.text.find("1 answer") == std::string::npos);
}

TEST_CASE("series colours: one table, fear and refusal differ, refusal hatched", "[chart]") {
    for (Ink ink : {Ink::Paper, Ink::Dark, Ink::HighContrast}) {
        CHECK(seriesRgb(SeriesRole::Fear, ink) != seriesRgb(SeriesRole::Refusal, ink));
        CHECK(seriesRgb(SeriesRole::Takes, ink) != seriesRgb(SeriesRole::RolePlay, ink));
    }
    CHECK(seriesHex(SeriesRole::Fear) == "#1d5a78");
    CHECK(seriesHatched(SeriesRole::Refusal));
    CHECK_FALSE(seriesHatched(SeriesRole::Fear));
}

TEST_CASE("'you never' and 'you always' are one reason, said once", "[labels][scorer]") {
    ScoreResult r = scorer().score("You never listen and you always leave.");
    auto groups = groupFindings(r.findings, "risk");
    std::set<std::string> messages;
    for (const auto& g : groups) {
        CHECK(messages.insert(g.first->message).second);  // no message twice
    }
    int accusations = 0;
    for (const auto& f : r.findings) accusations += f.rule == "you_accusation";
    REQUIRE(accusations >= 2);
    bool both = false;
    for (const auto& g : groups)
        if (g.first->rule == "you_accusation") both = g.quotes.size() >= 2;
    CHECK(both);
}

TEST_CASE("no suggestion says 'Try' twice", "[labels][scorer]") {
    CHECK(tryLine("Add a small ask.") == "Try: Add a small ask.");
    CHECK(tryLine("Try naming it.") == "Try naming it.");
    // Every suggestion the scorer can give, as the screen shows it.
    std::ifstream in(sourcePath("assets/scoring/rules.json"));
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    size_t at = 0;
    int seen = 0;
    while ((at = text.find("\"suggestion\": \"", at)) != std::string::npos) {
        at += 15;
        std::string s = text.substr(at, text.find('"', at) - at);
        ++seen;
        INFO(s);
        CHECK(tryLine(s).rfind("Try: Try", 0) != 0);
        CHECK(s.rfind("Try ", 0) != 0);  // the asset leaves "Try" to the label
    }
    CHECK(seen > 10);
}

TEST_CASE("an exclusive option and the others can't stay ticked together", "[worksheet]") {
    WorksheetCatalog catalog = WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
    int fields = 0;
    for (const auto& ws : catalog.worksheets())
        for (const auto& f : ws.fields) {
            const OptionDef* none = nullptr;
            for (const auto& o : f.options)
                if (o.exclusive) none = &o;
            if (!none) continue;
            ++fields;
            INFO(ws.id << "/" << f.id);
            REQUIRE(f.options.size() >= 2);
            const std::string other = f.options[0].id == none->id ? f.options[1].id : f.options[0].id;
            std::vector<std::string> cleared;
            auto t = toggleOption(f, {other}, none->id, true, &cleared);
            CHECK(t == std::vector<std::string>{none->id});
            CHECK(cleared == std::vector<std::string>{other});
            t = toggleOption(f, t, other, true);
            CHECK(t == std::vector<std::string>{other});
            t = toggleOption(f, {other, "from-a-newer-version"}, other, false);
            CHECK(t == std::vector<std::string>{"from-a-newer-version"});
        }
    CHECK(fields >= 3);  // the safety check's "none of these fit us" among them
}
