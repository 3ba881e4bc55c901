// Worksheet assets: the shipped ones load and hang together; every kind of
// broken asset is refused with a message naming the file and the key.
#include "core/commands.hpp"
#include "core/storage.hpp"
#include "core/worksheet.hpp"
#include "support.hpp"
#include "worksheet_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace doorway;
using doorway::test::sourcePath;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

constexpr auto& shipped = doorway::test::shippedWorksheets;

// The message of the AssetError `text` raises, "" if it parses.
std::string parseError(const std::string& text, const std::string& name = "bad.json") {
    try {
        WorksheetCatalog::parse(text, name);
    } catch (const AssetError& e) {
        return e.what();
    }
    return {};
}

// A valid worksheet with `fields` spliced in.
std::string sheet(const std::string& fields) {
    return R"({"id": "demo", "order": 3, "title": "Demo", "fields": [)" + fields + "]}";
}

}  // namespace

TEST_CASE("every shipped worksheet loads, in the method's order", "[worksheets]") {
    WorksheetCatalog cat = shipped();
    std::vector<std::string> ids;
    for (const auto& ws : cat.worksheets()) ids.push_back(ws.id);
    CHECK(ids == std::vector<std::string>{"safety_check", "intentions", "their_picture", "first_session", "pattern",
                                          "cycle_underneath", "gentle_startup", "shrink_the_ask", "other_doors",
                                          "weekly_checkin", "fair_fighting", "the_moment", "after_yes",
                                          "fear_or_refusal", "go_yourself", "which_path", "if_nothing_changes"});
    for (const auto& ws : cat.worksheets()) {
        INFO(ws.id);
        CHECK_FALSE(ws.title.empty());
        CHECK_FALSE(ws.intro.empty());
        CHECK_FALSE(ws.summary.empty());
        CHECK(completionOf(ws, Workbook{}).total > 0);
        for (const auto& f : ws.fields) {
            INFO(f.id);
            CHECK_FALSE(f.label.empty());
        }
    }
}

TEST_CASE("shipped worksheets carry the method's content", "[worksheets]") {
    WorksheetCatalog cat = shipped();
    const WorksheetDef* safety = cat.find("safety_check");
    REQUIRE(safety);
    CHECK(safety->privateByDefault);
    int flagged = 0;
    for (const auto& f : safety->fields)
        for (const auto& o : f.options) flagged += o.flagsSafety;
    CHECK(flagged >= 5);

    const WorksheetDef* picture = cat.find("their_picture");
    REQUIRE(picture);
    const FieldDef* fears = picture->field("fears");
    REQUIRE(fears);
    CHECK(fears->options.size() == 14);
    CHECK(fears->optionNotes);
    for (const auto& o : fears->options) CHECK_FALSE(o.detail.empty());

    const WorksheetDef* tracker = cat.find("fear_or_refusal");
    REQUIRE(tracker);
    const FieldDef* checkins = nullptr;
    for (const auto& f : tracker->fields)
        if (f.kind == FieldKind::Tracker) checkins = &f;
    REQUIRE(checkins);
    std::set<std::string> groups;
    for (const auto& o : checkins->options) groups.insert(o.group);
    CHECK(groups == std::set<std::string>{"fear", "refusal"});

    // The door log offers exactly the doors that are ranked.
    const WorksheetDef* doors = cat.find("other_doors");
    REQUIRE(doors);
    const FieldDef* ranked = doors->field("ranked");
    const FieldDef* log = doors->field("offers");
    REQUIRE(ranked);
    REQUIRE(log);
    CHECK(log->kind == FieldKind::DoorLog);
    REQUIRE(log->options.size() == ranked->options.size());
    for (size_t i = 0; i < log->options.size(); ++i) CHECK(log->options[i].id == ranked->options[i].id);

    const WorksheetDef* pattern = cat.find("pattern");
    REQUIRE(pattern);
    REQUIRE(pattern->field("we_keep"));
    CHECK(pattern->field("we_keep")->scorePhrasing);
    CHECK(askWorksheet(cat) == cat.find("shrink_the_ask"));
}

TEST_CASE("shipped worksheets carry the care that goes all the way (issue 15)", "[worksheets][safety]") {
    WorksheetCatalog cat = shipped();
    // The safety check asks about the signs that matter most, and shows the
    // numbers on the page itself.
    const WorksheetDef* safety = cat.find("safety_check");
    REQUIRE(safety);
    const FieldDef* signs = safety->field("signs");
    REQUIRE(signs);
    for (const char* id :
         {"violence", "choked", "weapon", "threats", "followed", "phone", "pressured", "told_imagining"}) {
        INFO(id);
        REQUIRE(signs->option(id));
        CHECK(signs->option(id)->flagsSafety);
    }
    CHECK_THAT(signs->option("threats")->label, Catch::Contains("kill"));
    bool helpLines = false;
    for (const auto& f : safety->fields) helpLines = helpLines || f.kind == FieldKind::HelpLines;
    CHECK(helpLines);

    // A check-in sign that asks again.
    std::set<std::string> asking;
    for (const auto& f : cat.find("fear_or_refusal")->fields)
        for (const auto& o : f.options)
            if (o.flagsSafety) asking.insert(o.id);
    CHECK(asking == std::set<std::string>{"mockery"});

    // Pages for the partner's eyes, and no scores on them.
    std::set<std::string> handouts;
    for (const auto& ws : cat.worksheets())
        if (ws.handout) {
            handouts.insert(ws.id);
            CHECK_FALSE(ws.privateByDefault);
            for (const auto& f : ws.fields) CHECK_FALSE(f.scorePhrasing);
        }
    CHECK(handouts == std::set<std::string>{"first_session", "weekly_checkin", "fair_fighting"});

    // Gentle start-up and the cycle read phrasing live; only the invitation is the ask.
    CHECK(cat.find("gentle_startup")->field("start_up")->kind == FieldKind::Composer);
    CHECK(cat.find("cycle_underneath")->field("say_it")->scorePhrasing);
    CHECK(cat.find("shrink_the_ask")->field("preview")->invitation);
    const FieldDef* ranked = cat.find("other_doors")->field("ranked");
    CHECK(ranked->option("couples_therapy")->theAsk);
    REQUIRE(ranked->option("learn_together"));

    // The wording fixes.
    CHECK_THAT(cat.find("go_yourself")->intro, Catch::Contains("often shifts") && !Catch::Contains("has to shift"));
    CHECK_THAT(cat.find("the_moment")->field("wont_do")->option("ultimatum")->detail,
               Catch::Contains("never the move"));
    CHECK(cat.find("which_path")->field("more_than_rough")->option("stopped_asking"));
    CHECK(cat.find("their_picture")->field("stigma_note"));
    CHECK(cat.find("which_path")->field("discernment"));
}

TEST_CASE("new asset keys are checked: handout, invitation, help_lines", "[worksheets]") {
    CHECK(parseError(sheet(R"({"id": "h", "kind": "help_lines", "label": "Where to turn"})")).empty());
    CHECK_THAT(
        parseError(sheet(R"({"id": "h", "kind": "help_lines", "label": "L", "options": [{"id": "a", "label": "A"}]})")),
        Catch::Contains("options"));
    CHECK_THAT(parseError(R"({"id": "d", "title": "D", "handout": true, "private": true,
                             "fields": [{"id": "a", "kind": "info", "label": "A"}]})"),
               Catch::Contains("handout"));
    CHECK_THAT(parseError(R"({"id": "d", "title": "D", "handout": true,
                             "fields": [{"id": "a", "kind": "long_text", "label": "A", "scorePhrasing": true}]})"),
               Catch::Contains("fields[0].scorePhrasing") && Catch::Contains("no phrasing scores"));
    CHECK_THAT(parseError(sheet(R"({"id": "a", "kind": "short_text", "label": "A", "invitation": true})")),
               Catch::Contains("invitation"));
    CHECK_THAT(
        parseError(sheet(
            R"({"id": "a", "kind": "checklist", "label": "A", "options": [{"id": "x", "label": "X", "theAsk": "yes"}]})")),
        Catch::Contains("theAsk"));
    // A help_lines field never counts towards completion: it has no answer.
    WorksheetDef def = WorksheetCatalog::parse(sheet(R"({"id": "h", "kind": "help_lines", "label": "Where to turn"},
                                                      {"id": "t", "kind": "short_text", "label": "T"})"),
                                               "x.json");
    CHECK(completionOf(def, Workbook{}).total == 1);

    // Two composers: the one marked "invitation" is the ask, wherever it is.
    WorksheetCatalog c;
    c.add(WorksheetCatalog::parse(R"({"id": "first", "order": 1, "title": "F", "fields": [
        {"id": "a", "kind": "short_text", "label": "A"},
        {"id": "s", "kind": "composer", "label": "S", "template": "I feel {a}."}]})",
                                  "f.json"));
    CHECK(askWorksheet(c) == c.find("first"));  // no marked one: the first composer, as before
    c.add(WorksheetCatalog::parse(R"({"id": "ask", "order": 2, "title": "Ask", "fields": [
        {"id": "b", "kind": "short_text", "label": "B"},
        {"id": "p", "kind": "composer", "label": "P", "template": "Would you try {b}?"},
        {"id": "q", "kind": "composer", "invitation": true, "label": "Q", "template": "Just {b}."}]})",
                                  "a.json"));
    CHECK(askWorksheet(c) == c.find("ask"));
    Workbook wb;
    wb.answers["ask"]["b"] = "one session";
    CHECK(composeAsk(*c.find("ask"), wb) == "Just one session.");
}

TEST_CASE("the example workbook loads and every worksheet is complete", "[worksheets]") {
    WorksheetCatalog cat = shipped();
    LoadResult r = loadWorkbookFile(sourcePath("workbooks/example.json"));
    REQUIRE(r.ok);
    for (const auto& ws : cat.worksheets()) {
        Completion c = completionOf(ws, r.workbook);
        INFO(ws.id << ": " << c.answered << " of " << c.total);
        CHECK(c.answered == c.total);
        CHECK(c.total > 0);
    }
    CHECK_FALSE(safetyFlagged(cat, r.workbook));
    CHECK(r.workbook.tracker.size() >= 8);
    CHECK(r.workbook.doors.size() >= 4);
    CHECK(r.workbook.takes.size() >= 4);
    // Every stored option id is one the assets know.
    for (const auto& e : r.workbook.tracker) {
        const FieldDef* checkins = cat.find("fear_or_refusal")->field("checkins");
        for (const auto& s : e.fearSigns) CHECK((checkins->option(s) && checkins->option(s)->group == "fear"));
        for (const auto& s : e.refusalSigns) CHECK((checkins->option(s) && checkins->option(s)->group == "refusal"));
    }
    for (const auto& d : r.workbook.doors) CHECK(cat.find("other_doors")->field("ranked")->option(d.door));
}

TEST_CASE("the composer assembles the invitation from the answers", "[worksheets]") {
    WorksheetCatalog cat = shipped();
    const WorksheetDef* ask = cat.find("shrink_the_ask");
    REQUIRE(ask);
    Workbook wb;
    // Nothing answered: the sentence still reads, with gaps marked.
    std::string empty = composeAsk(*ask, wb);
    CHECK(empty.find("Would you be willing to try") != std::string::npos);
    CHECK(empty.find("…") != std::string::npos);

    wb.answers["shrink_the_ask"]["size"] = "one_session";
    wb.answers["shrink_the_ask"]["why"] = "i miss us.";
    std::string s = composeAsk(*ask, wb);
    CHECK(s == "I miss us. Would you be willing to try one session together?");

    wb.answers["shrink_the_ask"]["chooser"] = "they_choose";
    wb.answers["shrink_the_ask"]["veto"] = "full_veto";
    wb.answers["shrink_the_ask"]["when"] = "next month";
    s = composeAsk(*ask, wb);
    CHECK(s ==
          "I miss us. Would you be willing to try one session together, next month? You choose the therapist. "
          "You get a full veto afterwards.");

    LoadResult r = loadWorkbookFile(sourcePath("workbooks/example.json"));
    REQUIRE(r.ok);
    std::string ex = composeAsk(*ask, r.workbook);
    CHECK(ex.find("…") == std::string::npos);
    CHECK(ex.find("three-session experiment") != std::string::npos);
}

TEST_CASE("composeTemplate: optional parts, lists and several choices", "[worksheets]") {
    WorksheetDef def = WorksheetCatalog::parse(sheet(R"(
        {"id": "a", "kind": "short_text", "label": "A"},
        {"id": "m", "kind": "multi_choice", "label": "M", "options": [
            {"id": "x", "label": "Ex", "phrase": "walks"}, {"id": "y", "label": "books"}, {"id": "z", "label": "talks"}]},
        {"id": "n", "kind": "scale", "label": "N"},
        {"id": "c", "kind": "composer", "label": "C", "template": "[{a} likes ]{m}[ ({n})]."})"),
                                               "t.json");
    Workbook wb;
    CHECK(composeTemplate(def.fields[3].templateText, def, wb) == "….");
    wb.answers["demo"]["m"] = json::array{"x", "z", "y"};
    CHECK(composeTemplate(def.fields[3].templateText, def, wb) == "Walks, talks and books.");
    wb.answers["demo"]["a"] = "Sam";
    wb.answers["demo"]["n"] = 4;
    CHECK(composeAsk(def, wb) == "Sam likes walks, talks and books (4).");
}

TEST_CASE("composeTemplate: an answer that ends its own sentence keeps its mark", "[worksheets]") {
    WorksheetDef def = WorksheetCatalog::parse(sheet(R"(
        {"id": "a", "kind": "short_text", "label": "A"},
        {"id": "b", "kind": "short_text", "label": "B"},
        {"id": "c", "kind": "composer", "label": "C", "template": "[{a}. ]Would you try {b}? [If not, {b}.]"})"),
                                               "t.json");
    Workbook wb;
    wb.answers["demo"]["b"] = "a walk";
    CHECK(composeTemplate(def.fields[2].templateText, def, wb) == "Would you try a walk? If not, a walk.");
    // "?" and "!" already end the sentence: no "?." or "!." or "??".
    wb.answers["demo"]["a"] = "Could we talk?";
    wb.answers["demo"]["b"] = "one session with me?";
    CHECK(composeTemplate(def.fields[2].templateText, def, wb) ==
          "Could we talk? Would you try one session with me? If not, one session with me?");
    wb.answers["demo"]["a"] = "I miss us!";
    wb.answers["demo"]["b"] = "a \"reset\" evening!";
    CHECK(composeTemplate(def.fields[2].templateText, def, wb) ==
          "I miss us! Would you try a \"reset\" evening! If not, a \"reset\" evening!");
    // A closing quote after the mark does not hide it.
    wb.answers["demo"]["a"] = "You asked \"why not?\"";
    wb.answers["demo"]["b"] = "dinner";
    CHECK(composeTemplate(def.fields[2].templateText, def, wb) ==
          "You asked \"why not?\" Would you try dinner? If not, dinner.");
    // The shipped invitation, with the same answer.
    WorksheetCatalog cat = shipped();
    const WorksheetDef* ask = cat.find("shrink_the_ask");
    REQUIRE(ask);
    Workbook w2;
    w2.answers["shrink_the_ask"]["size"] = "one_session";
    w2.answers["shrink_the_ask"]["why"] = "Can I tell you what I miss?";
    std::string s = composeAsk(*ask, w2);
    CHECK(s.find("?.") == std::string::npos);
    CHECK(s.rfind("Can I tell you what I miss? Would you", 0) == 0);
}

TEST_CASE("showIf hides fields and takes them out of completion", "[worksheets]") {
    WorksheetDef def = WorksheetCatalog::parse(sheet(R"(
        {"id": "q", "kind": "single_choice", "label": "Q", "options": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}]},
        {"id": "why", "kind": "long_text", "label": "Why?", "showIf": "q=yes"})"),
                                               "t.json");
    Workbook wb;
    CHECK(completionOf(def, wb).total == 1);
    wb.answers["demo"]["q"] = "no";
    CHECK_FALSE(isShown(def.fields[1], def, wb));
    CHECK(completionOf(def, wb).answered == 1);
    CHECK(completionOf(def, wb).total == 1);
    wb.answers["demo"]["q"] = "yes";
    CHECK(isShown(def.fields[1], def, wb));
    CHECK(completionOf(def, wb).total == 2);
    CHECK(completionOf(def, wb).answered == 1);
}

TEST_CASE("completion: blank answers and blank rows do not count", "[worksheets]") {
    WorksheetDef def = WorksheetCatalog::parse(sheet(R"(
        {"id": "t", "kind": "long_text", "label": "T"},
        {"id": "l", "kind": "list", "label": "L", "columns": [{"id": "a", "label": "A"}]},
        {"id": "d", "kind": "dated_entries", "label": "D"},
        {"id": "i", "kind": "info", "label": "I"})"),
                                               "t.json");
    Workbook wb;
    wb.answers["demo"]["t"] = "  \n ";
    wb.answers["demo"]["l"] = json::array{json::object{{"row", "r1"}, {"a", " "}}};
    wb.answers["demo"]["d"] = json::array{json::object{{"date", "2026-01-01"}, {"text", ""}}};
    CHECK(completionOf(def, wb).answered == 0);
    CHECK(completionOf(def, wb).total == 3);
    wb.answers["demo"]["t"] = "yes";
    wb.answers["demo"]["l"] = json::array{json::object{{"row", "r1"}, {"a", "x"}}};
    wb.answers["demo"]["d"] = json::array{json::object{{"date", "2026-01-01"}, {"text", "call"}}};
    CHECK(completionOf(def, wb).answered == 3);
}

TEST_CASE("safety flags are found wherever they are ticked", "[worksheets]") {
    WorksheetCatalog cat = shipped();
    Workbook wb;
    CHECK_FALSE(safetyFlagged(cat, wb));
    wb.answers["safety_check"]["signs"] = json::array{"none"};
    CHECK_FALSE(safetyFlagged(cat, wb));
    wb.answers["safety_check"]["signs"] = json::array{"money"};
    CHECK(safetyFlagged(cat, wb));
    wb.answers["safety_check"]["signs"] = json::array{};
    wb.answers["safety_check"]["raising_it"] = "unsafe";
    CHECK(safetyFlagged(cat, wb));
}

TEST_CASE("broken assets name the file, the key and the problem", "[worksheets]") {
    struct Case {
        const char* what;
        std::string text;
        std::vector<std::string> expect;  // substrings of the message
    };
    std::vector<Case> cases = {
        {"not JSON", "{\"id\": \"demo\",\n \"title\": }", {"bad.json:2:", "invalid JSON"}},
        {"top level not an object", "[1, 2]", {"bad.json", "expected an object"}},
        {"missing id", R"({"title": "T", "fields": [{"id": "a", "kind": "info", "label": "L"}]})", {": id: missing"}},
        {"id not snake_case",
         R"({"id": "Bad Id", "title": "T", "fields": [{"id": "a", "kind": "info", "label": "L"}]})",
         {": id:", "snake_case"}},
        {"missing title",
         R"({"id": "demo", "fields": [{"id": "a", "kind": "info", "label": "L"}]})",
         {": title: missing"}},
        {"no fields", R"({"id": "demo", "title": "T", "fields": []})", {": fields:", "at least one field"}},
        {"wrong type of title",
         R"({"id": "demo", "title": 5, "fields": [{"id": "a", "kind": "info", "label": "L"}]})",
         {": title: expected a string"}},
        {"unknown field kind",
         sheet(R"({"id": "a", "kind": "slider", "label": "L"})"),
         {": fields[0].kind: unknown field kind \"slider\"", "field \"a\""}},
        {"field without id", sheet(R"({"kind": "short_text", "label": "L"})"), {": fields[0].id: missing"}},
        {"field without label",
         sheet(R"({"id": "a", "kind": "short_text"})"),
         {": fields[0].label: missing", "field \"a\""}},
        {"empty label", sheet(R"({"id": "a", "kind": "short_text", "label": "  "})"), {"fields[0].label: is empty"}},
        {"duplicate field ids",
         sheet(R"({"id": "a", "kind": "short_text", "label": "L"}, {"id": "a", "kind": "long_text", "label": "M"})"),
         {": fields[1].id: duplicate field id \"a\""}},
        {"duplicate option ids",
         sheet(
             R"({"id": "a", "kind": "checklist", "label": "L", "options": [{"id": "x", "label": "X"}, {"id": "x", "label": "Y"}]})"),
         {"fields[0].options[1].id: duplicate option id \"x\""}},
        {"option without label",
         sheet(R"({"id": "a", "kind": "checklist", "label": "L", "options": [{"id": "x"}]})"),
         {"fields[0].options[0].label: missing", "field \"a\""}},
        {"choice without options",
         sheet(R"({"id": "a", "kind": "single_choice", "label": "L"})"),
         {"fields[0].options:", "at least one option"}},
        {"options on a text field",
         sheet(R"({"id": "a", "kind": "short_text", "label": "L", "options": [{"id": "x", "label": "X"}]})"),
         {"fields[0].options:", "has no options"}},
        {"scale min >= max",
         sheet(R"({"id": "a", "kind": "scale", "label": "L", "min": 5, "max": 5})"),
         {": fields[0].min:", "must be less than max"}},
        {"scale bound not a number",
         sheet(R"({"id": "a", "kind": "scale", "label": "L", "max": "five"})"),
         {"fields[0].max: expected a whole number"}},
        {"counts not a bool",
         sheet(R"({"id": "a", "kind": "short_text", "label": "L", "counts": "yes"})"),
         {"fields[0].counts: expected true or false"}},
        {"options not an array",
         sheet(R"({"id": "a", "kind": "checklist", "label": "L", "options": {"x": 1}})"),
         {"fields[0].options: expected an array"}},
        {"showIf names a missing field",
         sheet(R"({"id": "a", "kind": "short_text", "label": "L", "showIf": "nope"})"),
         {"fields[0].showIf:", "\"nope\"", "not an earlier field"}},
        {"showIf names a missing option",
         sheet(R"({"id": "q", "kind": "single_choice", "label": "Q", "options": [{"id": "yes", "label": "Y"}]},
                  {"id": "a", "kind": "short_text", "label": "L", "showIf": "q=maybe"})"),
         {"fields[1].showIf:", "no option \"maybe\""}},
        {"showIf option on a text field",
         sheet(
             R"({"id": "q", "kind": "short_text", "label": "Q"}, {"id": "a", "kind": "short_text", "label": "L", "showIf": "q=x"})"),
         {"fields[1].showIf:", "no options"}},
        {"optionsFrom names a missing field",
         sheet(R"({"id": "log", "kind": "door_log", "label": "L", "optionsFrom": "doors"})"),
         {"fields[0].optionsFrom:", "\"doors\""}},
        {"template names a missing field",
         sheet(R"({"id": "c", "kind": "composer", "label": "C", "template": "Try {size}."})"),
         {"fields[0].template:", "{size}"}},
        {"template unbalanced",
         sheet(
             R"({"id": "a", "kind": "short_text", "label": "A"}, {"id": "c", "kind": "composer", "label": "C", "template": "[{a}"})"),
         {"fields[1].template:", "matching"}},
        {"composer without template",
         sheet(R"({"id": "c", "kind": "composer", "label": "C"})"),
         {"fields[0].template:"}},
        {"tracker sign without a column",
         sheet(
             R"({"id": "t", "kind": "tracker", "label": "T", "options": [{"id": "x", "label": "X", "group": "fear"}, {"id": "y", "label": "Y", "group": "maybe"}]})"),
         {"fields[0].options[1].group:", "\"maybe\""}},
        {"tracker with one column",
         sheet(
             R"({"id": "t", "kind": "tracker", "label": "T", "options": [{"id": "x", "label": "X", "group": "fear"}]})"),
         {"fields[0].options:", "both groups"}},
        {"list without columns", sheet(R"({"id": "l", "kind": "list", "label": "L"})"), {"fields[0].columns:"}},
        {"duplicate column ids",
         sheet(
             R"({"id": "l", "kind": "list", "label": "L", "columns": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]})"),
         {"fields[0].columns[1].id: duplicate column id"}},
        {"unknown key (a typo)",
         sheet(R"({"id": "a", "kind": "short_text", "lable": "L", "label": "L"})"),
         {"fields[0].lable: unknown key"}},
        {"field not an object", sheet(R"("just text")"), {"fields[0]: expected an object"}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        std::string msg = parseError(c.text);
        REQUIRE_FALSE(msg.empty());
        INFO(msg);
        // The content layer's words: file, line:column, then the path.
        CHECK_THAT(msg, Catch::Matches("bad\\.json:[0-9]+:[0-9]+: .*"));
        for (const std::string& e : c.expect) CHECK(msg.find(e) != std::string::npos);
    }
}

TEST_CASE("loadDirectory names the bad file and refuses clashes", "[worksheets]") {
    TempDir dir;
    writeText(dir.file("a.json"), sheet(R"({"id": "a", "kind": "short_text", "label": "L"})"));
    writeText(dir.file("notes.txt"), "not a worksheet");
    CHECK(WorksheetCatalog::loadDirectory(dir.path().string()).worksheets().size() == 1);

    writeText(dir.file("b.json"), sheet(R"({"id": "a", "kind": "short_text", "label": "L"})"));
    try {
        WorksheetCatalog::loadDirectory(dir.path().string());
        FAIL("two files with the same id loaded");
    } catch (const AssetError& e) {
        CHECK(std::string(e.what()).find(": id: \"demo\" is already used by a.json") != std::string::npos);
    }

    writeText(dir.file("b.json"),
              R"({"id": "other", "title": "T", "fields": [{"id": "x", "kind": "wheel", "label": "L"}]})");
    try {
        WorksheetCatalog::loadDirectory(dir.path().string());
        FAIL("a bad file loaded");
    } catch (const AssetError& e) {
        CHECK(std::string(e.what()).find(": fields[0].kind: unknown field kind \"wheel\"") != std::string::npos);
    }

    CHECK_THROWS_AS(WorksheetCatalog::loadDirectory(dir.file("missing")), AssetError);
    TempDir empty;
    CHECK_THROWS_AS(WorksheetCatalog::loadDirectory(empty.path().string()), AssetError);
}

TEST_CASE("loadDirectory sorts by order, then by file name", "[worksheets]") {
    TempDir dir;
    writeText(dir.file("z.json"),
              R"({"id": "first", "order": 1, "title": "T", "fields": [{"id": "a", "kind": "info", "label": "L"}]})");
    writeText(dir.file("b.json"),
              R"({"id": "second_b", "order": 2, "title": "T", "fields": [{"id": "a", "kind": "info", "label": "L"}]})");
    writeText(dir.file("a.json"),
              R"({"id": "second_a", "order": 2, "title": "T", "fields": [{"id": "a", "kind": "info", "label": "L"}]})");
    auto cat = WorksheetCatalog::loadDirectory(dir.path().string());
    REQUIRE(cat.worksheets().size() == 3);
    CHECK(cat.worksheets()[0].id == "first");
    CHECK(cat.worksheets()[1].id == "second_a");
    CHECK(cat.worksheets()[2].id == "second_b");
}

TEST_CASE("answers edited through commands land and undo restores them", "[worksheets]") {
    Workbook wb;
    CommandStack stack;
    stack.execute(wb, cmd::setAnswer("pattern", "we_keep", "We keep"));
    stack.execute(wb, cmd::setAnswer("pattern", "we_keep", "We keep arguing"));
    CHECK(wb.answerText("pattern", "we_keep") == "We keep arguing");
    stack.execute(wb, cmd::setAnswer("other_doors", "ranked", json::array{"book", "workshop"}));
    REQUIRE(stack.undo(wb));
    CHECK(wb.answer("other_doors", "ranked") == nullptr);
    REQUIRE(stack.undo(wb));  // typing in one field is one undo step
    CHECK(wb.answer("pattern", "we_keep") == nullptr);
    CHECK_FALSE(stack.canUndo());
}
