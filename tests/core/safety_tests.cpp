// The safety card as data (every number with its source and the day it was
// checked, the built-in card the same as the asset), countries from
// locales, and the watch that offers the card again once per event.
#include "core/clock.hpp"
#include "core/commands.hpp"
#include "core/document.hpp"
#include "core/export_layout.hpp"
#include "core/safety.hpp"
#include "core/safety_watch.hpp"
#include "core/storage.hpp"
#include "core/trend.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <set>

using namespace doorway;
using doorway::test::readText;
using doorway::test::sourcePath;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

SafetyCard assetCard() {
    SafetyCard c;
    std::string err;
    if (!loadSafetyCard(sourcePath("assets/safety.json"), c, err)) FAIL(err);
    return c;
}

std::string parseErrorOf(const std::string& text) {
    SafetyCard c;
    std::string err;
    if (parseSafetyCard(text, "card.json", c, err)) return {};
    return err;
}

// The asset's text with one piece replaced (the first match).
std::string edited(const std::string& from, const std::string& to) {
    std::string s = readText(sourcePath("assets/safety.json"));
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

}  // namespace

TEST_CASE("the safety card asset: every country asked for, every number sourced and dated", "[safety]") {
    SafetyCard card = assetCard();
    std::set<std::string> codes;
    for (const auto& c : card.countries) codes.insert(c.code);
    CHECK(codes == std::set<std::string>{"GB", "IE", "CA", "AU", "NZ", "IN", "US"});
    auto checkLines = [](const HelpCountry& c) {
        INFO(c.name);
        REQUIRE(c.lines.size() >= 2);
        CHECK(c.lines.front().name == "In danger right now");  // the emergency number comes first
        for (const auto& l : c.lines) {
            INFO(l.name);
            CHECK_FALSE(l.contact.empty());
            CHECK((l.source.rfind("https://", 0) == 0 || l.source.rfind("http://", 0) == 0));
            CHECK(isIsoDate(l.checked));
        }
    };
    for (const auto& c : card.countries) checkLines(c);
    checkLines(card.elsewhere);
    CHECK(card.elsewhere.code.empty());
    bool pointer = false;
    for (const auto& l : card.elsewhere.lines) pointer = pointer || l.contact == "findahelpline.com";
    CHECK(pointer);
    // The numbers a person is most likely to need, as checked.
    CHECK(helpFor(card, "US").lines[1].contact == "1-800-799-7233, or text START to 88788");
    CHECK(helpFor(card, "GB").lines[1].contact == "0808 2000 247");
    CHECK(helpFor(card, "IE").lines[1].contact == "1800 341 900");
    CHECK(helpFor(card, "AU").lines[1].contact == "1800 737 732, or text 0458 737 732");
    CHECK(helpFor(card, "NZ").lines[1].contact == "0800 733 843 (0800 REFUGE)");
    CHECK(helpFor(card, "IN").lines[1].contact == "181");
    CHECK(helpFor(card, "CA").lines[2].contact == "call or text 988");
    CHECK_THAT(card.closing, Catch::Contains("Help > Safety"));
}

TEST_CASE("the card built into the program is the asset, number for number", "[safety]") {
    SafetyCard asset = assetCard();
    SafetyCard built = builtInSafetyCard();
    CHECK(built == asset);
    // Field by field too, so a difference says where it is.
    REQUIRE(built.countries.size() == asset.countries.size());
    for (size_t i = 0; i < asset.countries.size(); ++i) {
        INFO(asset.countries[i].code);
        CHECK(built.countries[i].code == asset.countries[i].code);
        REQUIRE(built.countries[i].lines.size() == asset.countries[i].lines.size());
        for (size_t j = 0; j < asset.countries[i].lines.size(); ++j) {
            CHECK(built.countries[i].lines[j].contact == asset.countries[i].lines[j].contact);
            CHECK(built.countries[i].lines[j].source == asset.countries[i].lines[j].source);
            CHECK(built.countries[i].lines[j].checked == asset.countries[i].lines[j].checked);
        }
    }
    CHECK(built.elsewhere == asset.elsewhere);
}

TEST_CASE("a broken safety card is refused, naming the file and the key", "[safety]") {
    CHECK(parseErrorOf(readText(sourcePath("assets/safety.json"))).empty());
    CHECK_THAT(parseErrorOf("{"), Catch::StartsWith("card.json:1:2: the file ends too early"));
    CHECK_THAT(parseErrorOf("[]"), Catch::Contains("expected an object"));
    CHECK_THAT(parseErrorOf(edited("\"version\": 2", "\"version\": 1")), Catch::Contains("version: expected 2"));
    CHECK_THAT(parseErrorOf(edited("doorway-safety", "doorway-other")), Catch::Contains("format"));
    CHECK_THAT(parseErrorOf(edited("\"source\": \"https://www.dahalliance", "\"sourse\": \"https://www.dahalliance")),
               Catch::Contains("countries[0].lines[0].source: missing"));
    CHECK_THAT(parseErrorOf(edited("\"source\": \"https://www.dahalliance", "\"source\": \"dahalliance")),
               Catch::Contains("countries[0].lines[0].source: expected the address"));
    CHECK_THAT(parseErrorOf(edited("\"checked\": \"2026-12-01\"", "\"checked\": \"last week\"")),
               Catch::Contains("countries[0].lines[0].checked"));
    CHECK_THAT(parseErrorOf(edited("\"code\": \"IE\"", "\"code\": \"GB\"")),
               Catch::Contains("countries[1].code") && Catch::Contains("twice"));
    CHECK_THAT(parseErrorOf(edited("\"code\": \"IE\"", "\"code\": \"IRL\"")), Catch::Contains("two-letter"));
    CHECK_THAT(parseErrorOf(edited("\"contact\": \"999\"", "\"contact\": \"\"")),
               Catch::Contains("countries[0].lines[0].contact: is empty"));
    CHECK_THAT(parseErrorOf(edited("\"paperHeading\"", "\"paperHeadline\"")), Catch::Contains("paperHeading"));
    CHECK_THAT(parseErrorOf(edited("\"elsewhere\"", "\"otherwise\"")), Catch::Contains("elsewhere: missing"));

    TempDir dir;
    SafetyCard c;
    std::string err;
    CHECK_FALSE(loadSafetyCard(dir.file("missing.json"), c, err));
    CHECK_THAT(err, Catch::Contains("missing.json"));
    writeText(dir.file("bad.json"), "{\"format\": \"doorway-safety\"}");
    CHECK_FALSE(loadSafetyCard(dir.file("bad.json"), c, err));
    CHECK_THAT(err, Catch::Contains("bad.json") && Catch::Contains("version"));
}

TEST_CASE("whose numbers: the saved choice, else the locale", "[safety]") {
    CHECK(countryFromLocale("en_GB.UTF-8") == "GB");
    CHECK(countryFromLocale("fr_CA") == "CA");
    CHECK(countryFromLocale("en_in.utf8@euro") == "IN");
    CHECK(countryFromLocale("C.UTF-8").empty());
    CHECK(countryFromLocale("POSIX").empty());
    CHECK(countryFromLocale("").empty());
    CHECK(countryFromLocale("en").empty());
    CHECK(countryFromLocale("ast_ES").empty() == false);
    CHECK(countryFromLocale("en_GBR").empty());

    SafetyCard card = builtInSafetyCard();
    CHECK(helpFor(card, "nz").code == "NZ");
    CHECK(&helpFor(card, "") == &card.elsewhere);
    CHECK(&helpFor(card, "ZZ") == &card.elsewhere);
    CHECK(&helpFor(card, "FR") == &card.elsewhere);
    CHECK(paperSafetyLine(card, "IE") ==
          "If things ever feel unsafe (Ireland): 112 or 999 in an emergency · Women's Aid 1800 341 900 · Men's Aid 01 "
          "554 3811 · Samaritans 116 123.");
    CHECK_THAT(paperSafetyLine(card, "FR"),
               Catch::StartsWith("If things ever feel unsafe: ") && Catch::Contains("findahelpline.com"));

    TempDir dir;
    CHECK(savedHelpCountry(dir.file("none.json")).empty());
    writeText(dir.file("p.json"), "{\"neutralTitle\": true, \"helpCountry\": \"au\"}");
    CHECK(savedHelpCountry(dir.file("p.json")) == "AU");
    writeText(dir.file("q.json"), "not json");
    CHECK(savedHelpCountry(dir.file("q.json")).empty());

    const char* keepAll = std::getenv("LC_ALL");
    const char* keepTel = std::getenv("LC_TELEPHONE");
    const char* keepLang = std::getenv("LANG");
    std::string all = keepAll ? keepAll : "", tel = keepTel ? keepTel : "", lang = keepLang ? keepLang : "";
    ::unsetenv("LC_ALL");
    ::unsetenv("LC_TELEPHONE");
    ::setenv("LANG", "en_NZ.UTF-8", 1);
    CHECK(countryFromEnvironment() == "NZ");
    CHECK(effectiveHelpCountry("") == "NZ");
    CHECK(effectiveHelpCountry("gb") == "GB");
    ::setenv("LC_ALL", "en_IE.UTF-8", 1);
    CHECK(countryFromEnvironment() == "IE");
    ::setenv("LC_ALL", "C", 1);
    CHECK(countryFromEnvironment().empty());  // the first one set decides
    auto restore = [](const char* name, const char* was, const std::string& value) {
        if (was)
            ::setenv(name, value.c_str(), 1);
        else
            ::unsetenv(name);
    };
    restore("LC_ALL", keepAll, all);
    restore("LC_TELEPHONE", keepTel, tel);
    restore("LANG", keepLang, lang);
}

// [SECTION] asking again

namespace {

WorksheetCatalog shipped() {
    return WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}

TrackerEntry checkIn(const std::string& date, std::vector<std::string> fear, std::vector<std::string> refusal) {
    TrackerEntry e;
    e.date = date;
    e.fearSigns = std::move(fear);
    e.refusalSigns = std::move(refusal);
    return e;
}

// Stands in for the scorer: "AFRAID" in the text discloses fear.
bool discloses(const std::string& text) {
    return text.find("AFRAID") != std::string::npos;
}

std::vector<std::string> keysOf(const std::vector<SafetyEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.key);
    return out;
}

}  // namespace

TEST_CASE("the watch: a check-in that mocks, punishes or goes cold is one event, once", "[safety]") {
    WorksheetCatalog cat = shipped();
    CHECK(safetyTrackerSigns(cat) == std::set<std::string>{"mockery"});
    Workbook wb = newWorkbook("t", "2026-01-01T00:00:00Z");
    wb.tracker.push_back(checkIn("2026-01-05", {}, {"mockery"}));  // already there when opened
    SafetyWatch w;
    w.baseline(cat, wb, discloses);
    CHECK(w.observe(cat, wb, discloses).empty());

    wb.tracker.push_back(checkIn("2026-02-01", {"sheepish"}, {"nothing_to_change"}));
    CHECK(w.observe(cat, wb, discloses).empty());  // refusal, but not a sign that asks again

    wb.tracker.push_back(checkIn("2026-02-08", {}, {"mockery", "youre_the_one"}));
    std::vector<SafetyEvent> ev;
    for (const auto& e : w.observe(cat, wb, discloses))  // (the reading may turn too: its own event)
        if (e.kind == SafetyEventKind::CheckIn) ev.push_back(e);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].kind == SafetyEventKind::CheckIn);
    CHECK(ev[0].key == "checkin:2026-02-08:mockery");
    CHECK(w.observe(cat, wb, discloses).empty());  // the same picture: nothing new

    // Editing an earlier check-in to add the sign is a new event.
    wb.tracker[1].refusalSigns.push_back("mockery");
    CHECK(keysOf(w.observe(cat, wb, discloses)) == std::vector<std::string>{"checkin:2026-02-01:mockery"});
    CHECK(keysOf(w.observe(cat, wb, discloses)).empty());
    // Removing it and putting it back (undo, redo) is the same event again:
    // the window's show-once memory, not the watch, keeps it from asking twice.
    wb.tracker.pop_back();
    CHECK(w.observe(cat, wb, discloses).empty());
}

TEST_CASE("the watch: the reading turning mostly refusal is one event, at the turn", "[safety]") {
    WorksheetCatalog cat = shipped();
    Workbook wb = newWorkbook("t", "2026-01-01T00:00:00Z");
    for (const char* d : {"2026-01-04", "2026-01-18", "2026-02-01", "2026-02-15"})
        wb.tracker.push_back(checkIn(d, {"objects_to_specifics", "softens"}, {}));
    SafetyWatch w;
    w.baseline(cat, wb, discloses);
    REQUIRE(readTrend(cat, wb).direction == "mostly_fear");
    std::vector<std::string> turns;
    int month = 3;
    std::string lastDate;
    // Refusal check-ins, month after month, until the reading turns.
    for (int i = 0; i < 12 && readTrend(cat, wb).direction != "mostly_refusal"; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "2026-%02d-%02d", month + i / 2, i % 2 ? 20 : 6);
        lastDate = date;
        wb.tracker.push_back(checkIn(date, {}, {"every_door_declined", "nothing_tried"}));
        for (const auto& e : w.observe(cat, wb, discloses))
            if (e.kind == SafetyEventKind::TrendTurned) turns.push_back(e.key);
    }
    REQUIRE(readTrend(cat, wb).direction == "mostly_refusal");
    CHECK(turns == std::vector<std::string>{"trend:" + lastDate});
    // Staying refusal is not a new event.
    wb.tracker.push_back(checkIn("2027-01-10", {}, {"nothing_tried"}));
    CHECK(w.observe(cat, wb, discloses).empty());
    // Opening a workbook that already reads mostly refusal is not one either.
    SafetyWatch fresh;
    fresh.baseline(cat, wb, discloses);
    CHECK(fresh.observe(cat, wb, discloses).empty());
}

TEST_CASE("the watch: rehearsal text that discloses fear, each take once and the script when it starts", "[safety]") {
    WorksheetCatalog cat = shipped();
    Workbook wb = newWorkbook("t", "2026-01-01T00:00:00Z");
    Take old;
    old.id = "take-old";
    old.text = "I'm AFRAID, and this was already here.";
    wb.takes.push_back(old);
    int scored = 0;
    auto counting = [&](const std::string& t) {
        ++scored;
        return discloses(t);
    };
    SafetyWatch w;
    w.baseline(cat, wb, counting);
    CHECK(scored == 0);  // opening reads no take
    Take calm = old;
    calm.id = "take-calm";
    calm.text = "I'm scared of where we're heading, and I'd like us to try.";
    wb.takes.push_back(calm);
    CHECK(w.observe(cat, wb, counting).empty());
    Take hard = old;
    hard.id = "take-hard";
    hard.text = "When you shout I get AFRAID.";
    wb.takes.push_back(hard);
    std::vector<SafetyEvent> ev = w.observe(cat, wb, counting);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].kind == SafetyEventKind::Rehearsal);
    CHECK(ev[0].key == "take:take-hard");
    int before = scored;
    CHECK(w.observe(cat, wb, counting).empty());
    CHECK(scored == before);  // a take is read once

    wb.answers[kRehearsalSheet][kRehearsalScriptField] = "I'd like us";
    CHECK(w.observe(cat, wb, counting).empty());
    wb.answers[kRehearsalSheet][kRehearsalScriptField] = "I'd like us to talk. I'm AFRAID";
    CHECK(keysOf(w.observe(cat, wb, counting)) == std::vector<std::string>{"script"});
    wb.answers[kRehearsalSheet][kRehearsalScriptField] = "I'd like us to talk. I'm AFRAID of you";
    CHECK(w.observe(cat, wb, counting).empty());  // still disclosing: not a new event
}

TEST_CASE("show once: the offered keys live in the workbook's settings", "[safety]") {
    Workbook wb = newWorkbook("t", "2026-01-01T00:00:00Z");
    CHECK_FALSE(safetyOffered(wb, "checkin:2026-02-08:mockery"));
    wb.settings[kSafetyOfferedSetting] = withSafetyOffered(wb, "checkin:2026-02-08:mockery");
    CHECK(safetyOffered(wb, "checkin:2026-02-08:mockery"));
    CHECK_FALSE(safetyOffered(wb, "take:x"));
    wb.settings[kSafetyOfferedSetting] = withSafetyOffered(wb, "checkin:2026-02-08:mockery");
    CHECK(wb.settings[kSafetyOfferedSetting].as_array().size() == 1);  // no duplicates
    for (int i = 0; i < 300; ++i) wb.settings[kSafetyOfferedSetting] = withSafetyOffered(wb, "k" + std::to_string(i));
    CHECK(wb.settings[kSafetyOfferedSetting].as_array().size() == kSafetyOfferedLimit);
    CHECK(safetyOffered(wb, "k299"));
    CHECK_FALSE(safetyOffered(wb, "k0"));  // the oldest went first
    wb.settings[kSafetyOfferedSetting] = "garbage";
    CHECK_FALSE(safetyOffered(wb, "k299"));
    CHECK(withSafetyOffered(wb, "a").as_array().size() == 1);
}

TEST_CASE("a quiet setting is saved with the workbook but is never an undo step", "[safety][storage]") {
    TempDir dir;
    std::string path = dir.file("q.json");
    Document doc;
    doc.createNew(path, "Q", "2026-01-01T00:00:00Z");
    std::string err;
    REQUIRE(doc.save(err, "2026-01-01T00:00:01Z"));
    REQUIRE(doc.execute(cmd::setTitle("Edited"), 1.0));
    CHECK(doc.setSettingQuietly(kSafetyOfferedSetting, json::array{"take:a"}, 2.0));
    CHECK(doc.commands().undoLabel() != "changing a setting");
    REQUIRE(doc.undo(3.0));  // undoes the title, not the setting
    CHECK(doc.workbook().title == "Q");
    CHECK(safetyOffered(doc.workbook(), "take:a"));
    CHECK(doc.isDirty());
    CHECK(doc.autosaveDue(10.0));
    REQUIRE(doc.save(err, "2026-01-01T00:00:02Z"));
    CHECK(safetyOffered(loadWorkbookFile(path).workbook, "take:a"));
    CHECK_FALSE(doc.isDirty());

    // The same workbook through saves, Save As included; another one is new.
    unsigned gen = doc.generation();
    REQUIRE(doc.saveAs(dir.file("q2.json"), err, "2026-01-01T00:00:03Z"));
    CHECK(doc.generation() == gen);
    Document other;
    other.createNew("", "", "2026-01-01T00:00:00Z");
    unsigned first = other.generation();
    REQUIRE(other.open(path, err));
    CHECK(other.generation() != first);

    doc.setReadOnly("test");
    CHECK_FALSE(doc.setSettingQuietly(kSafetyOfferedSetting, json::array{"take:b"}, 4.0));
    CHECK_FALSE(safetyOffered(doc.workbook(), "take:b"));
}

TEST_CASE("the numbers for anywhere not listed are named as a place, on the card and in a sentence", "[safety]") {
    // The card's menu shows the name as it is; paper's note and the print
    // dialog put it after "numbers for", where "Another country" read as
    // someone else's numbers. Both take the card's own name.
    SafetyCard card = assetCard();
    const std::string name = card.elsewhere.name;
    REQUIRE(!name.empty());
    const std::string inText = helpPlaceInText(card.elsewhere);
    CHECK(inText.substr(1) == name.substr(1));
    CHECK(std::islower(static_cast<unsigned char>(inText[0])));
    // A country reads as its own name in a sentence, with "the" where it
    // takes one: "numbers for the United Kingdom", "numbers for Ireland".
    CHECK(helpPlaceInText(helpFor(card, "GB")) == "the United Kingdom");
    CHECK(helpPlaceInText(helpFor(card, "US")) == "the United States");
    CHECK(helpPlaceInText(helpFor(card, "IE")) == "Ireland");
    for (const auto& c : card.countries) CHECK(helpPlaceInText(c) == (c.nameInText.empty() ? c.name : c.nameInText));
    CHECK_THAT(parseErrorOf(edited("\"nameInText\": \"the United Kingdom\"", "\"nameInText\": 3")),
               Catch::Contains("nameInText"));

    FieldDef field;
    field.id = "where_to_turn";
    field.label = "Where to turn";
    std::vector<Block> blocks;
    addHelpLineBlocks(card, "ZZ", field, blocks);
    REQUIRE(blocks.size() == 2);
    CHECK_THAT(blocks[1].text, Catch::StartsWith("Numbers for " + inText + ", checked"));
}
