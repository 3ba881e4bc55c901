// Safety in the window, headless: each trigger opens the gentle panel once
// (a check-in that mocks, punishes or goes cold; the reading turning mostly
// refusal; rehearsal text that discloses fear), never again for the same
// event, not even in a later session; the card shows the chosen country's
// numbers, on the card and on the safety page.
#include "core/safety.hpp"
#include "core/storage.hpp"
#include "core/trend.hpp"
#include "headless.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/keys.hpp"
#include "ui/print_view.hpp"
#include "ui/safety_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>

using namespace doorway;
namespace fs = std::filesystem;
using doorway::test::Headless;
using doorway::test::sourcePath;
using doorway::test::TempDir;

namespace {

struct SafetyApp {
    Headless imgui;
    TempDir dir;
    AppState app;
    NullPlatform platform;
    // A fresh workbook with a file, or `open` opened; `firstFrames` drawn
    // (0: as at start, before the window's first frame).
    explicit SafetyApp(const std::string& open = {}, int firstFrames = 2) {
        app.assetsDir = sourcePath("assets");
        app.workbooksDir = dir.file("books");
        app.privacyUi.prefsPath = dir.file("config/privacy.json");
        app.privacyUi.prefsLoaded = true;  // not a first run: no card on its own
        initApp(app, platform, open);
        if (open.empty()) app.doc.createNew(dir.file("book.json"), "Book", "2026-01-01T10:00:00Z");
        frames(firstFrames);
    }
    void frames(int n = 1) {
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            drawFrame(app, platform);
            ImGui::Render();
            platform.advance(1.0 / 30);
            ImGuiIO& io = ImGui::GetIO();
            io.MouseDown[0] = false;
        }
    }
    void run(Command c) {
        runCommand(app, platform.now(), std::move(c));
        frames(2);
    }
    void clickAt(ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        frames(1);  // hover first, as a real pointer would
        io.MouseDown[0] = true;
        frames(1);
        io.MouseDown[0] = false;
        frames(1);
        io.MousePos = ImVec2(-1, -1);
        frames(1);  // what the click changed is drawn
    }
    void action(const std::string& a) {
        std::string error;
        REQUIRE(applyUiAction(app, platform, a, error));
    }
};

ImGuiWindow* panel() {
    ImGuiWindow* w = ImGui::FindWindowByName("A gentle check###safety-ask");
    return w && w->Active ? w : nullptr;
}

bool cardOpen() {
    for (const ImGuiPopupData& p : ImGui::GetCurrentContext()->OpenPopupStack)
        if (p.Window && std::strstr(p.Window->Name, "###privacy-safety")) return true;
    return false;
}

// Closes the panel with its own close button (the cross in its title bar).
void dismiss(SafetyApp& s) {
    ImGuiWindow* w = panel();
    REQUIRE(w);
    s.clickAt(ImVec2(w->Pos.x + w->Size.x - w->TitleBarHeight() * 0.5f, w->Pos.y + w->TitleBarHeight() * 0.5f));
    REQUIRE_FALSE(panel());
}

TrackerEntry checkIn(const std::string& date, std::vector<std::string> fear, std::vector<std::string> refusal) {
    TrackerEntry e;
    e.date = date;
    e.fearSigns = std::move(fear);
    e.refusalSigns = std::move(refusal);
    return e;
}

Take take(const std::string& id, const std::string& text) {
    Take t;
    t.id = id;
    t.time = "2026-03-01T20:00:00Z";
    t.mode = "typed";
    t.text = text;
    return t;
}

}  // namespace

TEST_CASE("a check-in that mocks, punishes or goes cold opens the panel once", "[safety][ui]") {
    SafetyApp s;
    CHECK_FALSE(panel());
    s.run(cmd::addTrackerEntry(checkIn("2026-03-01", {}, {"every_door_declined"})));
    CHECK_FALSE(panel());  // refusal, but not a sign that asks again
    s.run(cmd::addTrackerEntry(checkIn("2026-03-08", {"sheepish"}, {"mockery"})));
    REQUIRE(panel());
    CHECK(s.app.safetyUi.offer.kind == SafetyEventKind::CheckIn);
    CHECK(safetyOffered(s.app.doc.workbook(), "checkin:2026-03-08:mockery"));
    CHECK(s.app.doc.commands().undoLabel() != "changing a setting");  // the memory is not an undo step
    CHECK_FALSE(cardOpen());                                          // it offers; it doesn't open anything by itself
    dismiss(s);

    // The same event again, edited, undone and redone: never asks twice.
    TrackerEntry edited = checkIn("2026-03-08", {"sheepish"}, {"mockery"});
    edited.note = "He laughed when I brought it up.";
    s.run(cmd::updateTrackerEntry(s.app.doc.workbook().tracker[1].id, edited));
    CHECK_FALSE(panel());
    REQUIRE(s.app.doc.undo(s.platform.now()));
    s.frames(2);
    REQUIRE(s.app.doc.undo(s.platform.now()));
    s.frames(2);
    REQUIRE(s.app.doc.redo(s.platform.now()));
    s.frames(2);
    CHECK_FALSE(panel());
    // A new check-in with it is a new event.
    s.run(cmd::addTrackerEntry(checkIn("2026-03-15", {}, {"mockery"})));
    CHECK(panel());
    // "Show me where to turn" opens the card and closes the panel.
    ImGuiWindow* w = panel();
    REQUIRE(w);
    for (float y = w->Pos.y + w->TitleBarHeight(); y < w->Pos.y + w->Size.y && panel(); y += 4)
        s.clickAt(ImVec2(w->Pos.x + 40, y));
    CHECK_FALSE(panel());
    CHECK(cardOpen());
}

TEST_CASE("the reading turning mostly refusal opens the panel once", "[safety][ui]") {
    SafetyApp s;
    for (const char* d : {"2026-01-04", "2026-01-18", "2026-02-01", "2026-02-15"})
        s.run(cmd::addTrackerEntry(checkIn(d, {"objects_to_specifics", "softens"}, {})));
    CHECK_FALSE(panel());
    int shown = 0;
    for (int i = 0; i < 14; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "2026-%02d-%02d", 3 + i / 2, i % 2 ? 20 : 6);
        s.run(cmd::addTrackerEntry(checkIn(date, {}, {"every_door_declined", "nothing_tried"})));
        if (panel()) {
            ++shown;
            CHECK(s.app.safetyUi.offer.kind == SafetyEventKind::TrendTurned);
            CHECK(readTrend(s.app.catalog, s.app.doc.workbook()).direction == "mostly_refusal");
            dismiss(s);
        }
    }
    CHECK(readTrend(s.app.catalog, s.app.doc.workbook()).direction == "mostly_refusal");
    CHECK(shown == 1);
}

TEST_CASE("rehearsal text that discloses fear opens the panel once, and a hopeful worry does not", "[safety][ui]") {
    SafetyApp s;
    s.run(cmd::addTake(take("take-1", "I'm scared of where we're heading, and I'd love us to try one session.")));
    CHECK_FALSE(panel());
    s.run(cmd::addTake(take("take-2", "When you shout I'm scared of what you'll do, so I keep quiet.")));
    REQUIRE(panel());
    CHECK(s.app.safetyUi.offer.kind == SafetyEventKind::Rehearsal);
    CHECK(safetyOffered(s.app.doc.workbook(), "take:take-2"));
    dismiss(s);
    s.run(cmd::removeTakeById("take-2"));
    s.run(cmd::addTake(take("take-2", "When you shout I'm scared of what you'll do, so I keep quiet.")));
    CHECK_FALSE(panel());
    // The script being practised, when it starts to disclose.
    s.run(cmd::setAnswer(kRehearsalSheet, kRehearsalScriptField, "I'd like us to talk about the evenings."));
    CHECK_FALSE(panel());
    s.run(cmd::setAnswer(kRehearsalSheet, kRehearsalScriptField,
                         "I'd like us to talk about the evenings. I'm afraid of you when you drink."));
    CHECK(panel());
}

TEST_CASE("what was offered is remembered with the workbook: a later session doesn't ask again", "[safety][ui]") {
    TempDir keep;
    std::string path = keep.file("kept.json");
    {
        SafetyApp s;
        s.run(cmd::addTrackerEntry(checkIn("2026-04-02", {}, {"mockery"})));
        REQUIRE(panel());
        std::string err;
        REQUIRE(s.app.doc.saveAs(path, err, "2026-04-02T21:00:00Z"));
    }
    REQUIRE(safetyOffered(loadWorkbookFile(path).workbook, "checkin:2026-04-02:mockery"));
    SafetyApp again(path);
    REQUIRE(again.app.doc.path() == path);
    CHECK_FALSE(panel());  // opening is not an event
    // Taking the check-in out and putting it back is the same event.
    again.run(cmd::removeTrackerEntry(again.app.doc.workbook().tracker[0].id));
    again.run(cmd::addTrackerEntry(checkIn("2026-04-02", {}, {"mockery"})));
    CHECK_FALSE(panel());
}

TEST_CASE("the card shows the chosen country's numbers, and so does the safety page", "[safety][ui]") {
    SafetyApp s;
    SafetyCard card = builtInSafetyCard();
    auto contactsOf = [&](const std::string& code) {
        std::vector<std::string> out;
        for (const auto& l : helpFor(card, code).lines) out.push_back(l.contact);
        return out;
    };
    for (const HelpCountry& c : card.countries) {
        INFO(c.code);
        s.action("safety.country=" + c.code);
        openSafetyCard(s.app);
        s.frames(2);
        REQUIRE(cardOpen());
        CHECK(s.app.safetyUi.shownCountry == c.code);
        CHECK(s.app.safetyUi.shownContacts == contactsOf(c.code));
    }
    // The choice is kept with the preferences, where `doorway export` finds it.
    CHECK(savedHelpCountry(s.app.privacyUi.prefsPath) == card.countries.back().code);
    s.action("safety.country=ZZ");  // "Wherever you are", on purpose
    s.frames(2);
    CHECK(s.app.safetyUi.shownCountry.empty());
    CHECK(s.app.safetyUi.shownContacts == contactsOf(""));
    std::string error;
    CHECK_FALSE(applyUiAction(s.app, s.platform, "safety.country=Ireland", error));
    CHECK_THAT(error, Catch::Contains("two-letter"));

    // Nothing chosen: the locale decides.
    const char* all = std::getenv("LC_ALL");
    const char* lang = std::getenv("LANG");
    std::string keepAll = all ? all : "", keepLang = lang ? lang : "";
    ::unsetenv("LC_ALL");
    ::setenv("LANG", "en_AU.UTF-8", 1);
    s.action("safety.country=");
    s.frames(2);
    CHECK(s.app.safetyUi.shownCountry == "AU");
    if (all) ::setenv("LC_ALL", keepAll.c_str(), 1);
    if (lang)
        ::setenv("LANG", keepLang.c_str(), 1);
    else
        ::unsetenv("LANG");

    // The safety page draws the same lines, for the same choice.
    if (!ImGui::GetCurrentContext()->OpenPopupStack.empty()) ImGui::ClosePopupToLevel(0, false);
    s.action("safety.country=IN");
    s.action("view=worksheet:safety_check");
    s.app.safetyUi.shownContacts.clear();
    s.frames(3);
    CHECK_FALSE(cardOpen());
    CHECK(s.app.safetyUi.shownCountry == "IN");
    CHECK(s.app.safetyUi.shownContacts == contactsOf("IN"));
}

TEST_CASE("a page for both of you prints on its own, from the page itself", "[safety][ui]") {
    TempDir keep;
    std::string book = keep.file("example.json");
    fs::copy_file(sourcePath("workbooks/example.json"), book);
    SafetyApp s(book);
    s.action("view=worksheet:weekly_checkin");
    s.frames(2);
    openExportFor(s.app, "weekly_checkin");
    for (const auto& [id, on] : s.app.printUi.sections) CHECK(on == (id == "weekly_checkin"));
    CHECK_THAT(std::string(s.app.printUi.outPath.data()), Catch::EndsWith("weekly_checkin.pdf"));
    std::string out = keep.file("agenda.md");
    s.action("print.format=md");
    s.action("print.out=" + out);
    s.action("print.run");
    REQUIRE(s.app.printUi.lastOk);
    std::string md = doorway::test::readText(out);
    CHECK_THAT(md, Catch::StartsWith("## Our weekly check-in"));
    CHECK(md.find(s.app.doc.workbook().title) == std::string::npos);
    CHECK(md.find("unsafe") == std::string::npos);
    CHECK_THAT(md, Catch::Contains("Sunday morning after the walk"));
}

TEST_CASE("the panel stays when a new workbook gets its first file, and goes with the workbook", "[safety][ui]") {
    SafetyApp s;
    s.app.doc.createNew("", "Untitled", "2026-05-01T09:00:00Z");
    s.frames(2);
    s.run(cmd::addTrackerEntry(checkIn("2026-05-01", {}, {"mockery"})));
    REQUIRE(panel());
    s.platform.advance(3.0);  // autosave gives the new workbook a file
    s.frames(3);
    REQUIRE_FALSE(s.app.doc.isUntitled());
    CHECK(panel());
    // Another workbook: the panel was about the old one.
    s.app.doc.createNew(s.dir.file("other.json"), "Other", "2026-05-02T09:00:00Z");
    s.frames(2);
    CHECK_FALSE(panel());
}

TEST_CASE("the safety panel asked for at start (--ui safety.offer) outlives the first look at the workbook",
          "[safety][ui]") {
    // The contact sheet's safety-offer picture: the first look (taken after
    // the first frame) cleared an offer asked for at start, and the picture
    // showed no panel.
    SafetyApp s({}, 0);
    s.action("safety.offer=checkin");  // as the command line applies it: before the first frame
    s.frames(4);
    CHECK(s.app.safetyUi.offering);
    CHECK(panel());
}

TEST_CASE("ticking safety signs opens the card for the first one only, the page shows it after", "[safety][ui]") {
    // A new user ticked three signs and had the card put in front of them
    // three times, each to be closed before the next box.
    SafetyApp s;
    s.app.uiMap.setEnabled(true);
    s.action("view=worksheet:safety_check");
    s.frames(3);
    auto item = [&s](const std::string& id) -> const UiMapItem& {
        const auto& items = s.app.uiMap.items();
        auto it = std::find_if(items.begin(), items.end(), [&](const UiMapItem& i) { return i.id == id; });
        REQUIRE(it != items.end());
        return *it;
    };
    auto click = [&s](const UiMapItem& it) {
        const ImVec2 at((it.min.x + it.max.x) / 2, (it.min.y + it.max.y) / 2);
        s.clickAt(at);
    };
    auto ticked = [&s] {
        const json::value* v = s.app.doc.workbook().answer("safety_check", "signs");
        return v ? json::serialize(*v) : std::string();
    };
    click(item("answer/safety_check/signs/afraid"));
    CHECK(ticked() == R"(["afraid"])");
    REQUIRE(cardOpen());
    ImGui::GetIO().KeysDown[keys::kEscape] = true;  // closes the card, as Close does
    s.frames(1);
    ImGui::GetIO().KeysDown[keys::kEscape] = false;
    s.frames(1);
    REQUIRE_FALSE(cardOpen());
    s.frames(2);
    click(item("answer/safety_check/signs/violence"));
    CHECK(ticked() == R"(["afraid","violence"])");
    CHECK_FALSE(cardOpen());
    // Cleared and ticked again, a sign is the first one again.
    s.run(cmd::setAnswer("safety_check", "signs", json::array()));
    click(item("answer/safety_check/signs/violence"));
    CHECK(ticked() == R"(["violence"])");
    CHECK(cardOpen());
}
