// Care for privacy in the window, headless: the lock dialog's caution about
// an easy passphrase, recent files off unless chosen (and an older choice
// kept), the backups dialog, the print dialog's reminder that copies of a
// locked workbook are not locked, the safety card brought into view, the
// sidebar's practice rows in sight, and the --ui action families.
#include "core/backups.hpp"
#include "core/storage.hpp"
#include "headless.hpp"
#include "seal/seal.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/keys.hpp"
#include "ui/preferences.hpp"
#include "ui/safety_view.hpp"
#include "ui/view_table.hpp"

#include <imgui.h>
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>

using namespace doorway;
namespace fs = std::filesystem;
using doorway::test::readText;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

struct CareApp {
    doorway::test::Headless imgui;
    TempDir dir;
    AppState app;
    NullPlatform platform;
    // `prefs` is the preferences file's text ("" for none: a first run).
    explicit CareApp(const std::string& workbook = "", const char* prefs = "{\"safetyCardShown\": true}") {
        ::setenv("DOORWAY_TEST_FAST_KDF", "1", 1);
        app.assetsDir = doorway::test::sourcePath("assets");
        app.workbooksDir = dir.file("books");
        fs::create_directories(app.workbooksDir);
        app.privacyUi.prefsPath = dir.file("config/privacy.json");
        app.fileUi.recentPath = dir.file("config/recent.json");
        if (*prefs) {
            fs::create_directories(dir.file("config"));
            writeText(app.privacyUi.prefsPath, prefs);
        }
        app.uiMap.setEnabled(true);
        initApp(app, platform, workbook);
    }
    void frame(int n = 1) {
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            drawFrame(app, platform);
            ImGui::Render();
            platform.advance(1.0 / 30);
            ImGuiIO& io = ImGui::GetIO();
            for (bool& k : io.KeysDown) k = false;
        }
    }
    void press(int key) {
        ImGui::GetIO().KeysDown[key] = true;
        frame();
        frame();
    }
    void type(const std::string& text) {
        for (char c : text) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
        frame();
    }
    void act(const std::string& a) {
        std::string error;
        REQUIRE(applyUiAction(app, platform, a, error));
        CHECK(error.empty());
    }
    // A click on a mapped item, pressed and released over it.
    void click(const std::string& id) {
        frame();
        const UiMapItem* it = item(id);
        REQUIRE(it);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2((it->min.x + it->max.x) / 2, (it->min.y + it->max.y) / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
        io.MousePos = ImVec2(-1, -1);
        frame();
    }
    const UiMapItem* item(const std::string& id) const {
        for (const UiMapItem& it : app.uiMap.items())
            if (it.id == id) return &it;
        return nullptr;
    }
};

std::string plainWorkbook(const TempDir& dir, const std::string& name) {
    std::string p = dir.file("books/" + name);
    fs::create_directories(fs::path(p).parent_path());
    REQUIRE(saveWorkbookFile(p, newWorkbook("Words nobody else should read", "2026-02-02T02:02:02Z")).ok);
    return p;
}

}  // namespace

TEST_CASE("lock dialog: an easy passphrase gets a caution first, then locks if the person goes on",
          "[privacy][ui][seal][passphrase]") {
    TempDir keep;
    CareApp t(plainWorkbook(keep, "w.json"));
    t.frame(2);
    t.act("privacy.lock");
    t.frame(2);
    std::snprintf(t.app.privacyUi.pass2.data(), 512, "%s", "k");
    t.type("k");  // one character, in the focused first field
    t.press(keys::kEnter);
    t.frame(2);                         // the keyboard goes back to the passphrase
    CHECK_FALSE(t.app.doc.isSealed());  // not yet: told first
    const UiMapItem* caution = t.item("note/passphrase/caution");
    REQUIRE(caution);
    CHECK_THAT(caution->label, Catch::Contains("easy to guess") && Catch::Contains("(1 character)"));
    const UiMapItem* button = t.item("button/passphrase/lock");
    REQUIRE(button);
    CHECK(button->label == "Lock anyway");

    SECTION("changing the passphrase takes the caution away until it is looked at again") {
        t.type("x");
        CHECK(t.app.privacyUi.lockCaution.empty());
        CHECK_FALSE(t.item("note/passphrase/caution"));
        CHECK(t.item("button/passphrase/lock")->label == "Lock");
    }
    SECTION("a second Lock locks with it") {
        t.press(keys::kEnter);
        t.frame(2);
        CHECK(t.app.doc.isSealed());
        CHECK(looksSealed(readText(t.app.doc.path())));
    }
}

TEST_CASE("lock dialog: a passphrase of a few words locks at once, with no caution", "[privacy][ui][seal]") {
    TempDir keep;
    CareApp t(plainWorkbook(keep, "w.json"));
    t.frame(2);
    t.act("privacy.lock");
    t.frame(2);
    std::snprintf(t.app.privacyUi.pass2.data(), 512, "%s", "kettle on the windowsill");
    t.type("kettle on the windowsill");
    t.press(keys::kEnter);
    t.frame(2);
    CHECK(t.app.doc.isSealed());
    CHECK(t.app.privacyUi.lockCaution.empty());
}

TEST_CASE("recent files: off on a first run, an earlier choice kept", "[privacy][ui][recent]") {
    struct Case {
        const char* prefs;
        bool on;
    };
    for (Case c : {Case{"", false}, Case{"{\"safetyCardShown\": true}", true},
                   Case{"{\"safetyCardShown\": true, \"rememberRecents\": true}", true},
                   Case{"{\"safetyCardShown\": true, \"rememberRecents\": false}", false}}) {
        INFO("preferences: " << c.prefs);
        TempDir keep;
        std::string wb = plainWorkbook(keep, "w.json");
        CareApp t(wb, c.prefs);
        t.frame(3);
        CHECK(t.app.privacyUi.prefs.rememberRecents == c.on);
        // The workbook opened on the command line goes on the list only when it is on.
        CHECK(fs::exists(t.app.fileUi.recentPath) == c.on);
        if (c.on) CHECK_THAT(readText(t.app.fileUi.recentPath), Catch::Contains(wb));
        // Whatever was chosen is written down, so the next run keeps it.
        PrivacyPrefs saved;
        std::string err;
        if (fs::exists(t.app.privacyUi.prefsPath)) {
            REQUIRE(loadPrivacyPrefs(t.app.privacyUi.prefsPath, saved, err));
            if (std::string(c.prefs).empty()) CHECK_FALSE(saved.rememberRecents);
        }
    }
    // A list kept from before survives the start: read once the choice is known.
    TempDir keep;
    std::string wb = plainWorkbook(keep, "w.json");
    CareApp t("", "{\"safetyCardShown\": true, \"rememberRecents\": true}");
    writeText(t.app.fileUi.recentPath, "{\"recent\": [\"" + wb + "\"]}");
    t.app.fileUi.recentLoaded = false;
    t.frame(3);
    REQUIRE(t.app.fileUi.recent.size() == 1);
    CHECK(t.app.fileUi.recent[0] == wb);
}

TEST_CASE("recent files on: started with no workbook named, the latest opens again", "[privacy][ui][recent]") {
    // Every start showed a blank page, and the first word typed there began
    // a second file: over weeks, one person's writing was split in two.
    TempDir keep;
    std::string wb = plainWorkbook(keep, "w.json");
    for (const bool on : {true, false}) {
        INFO("recent files " << (on ? "on" : "off"));
        CareApp t("", on ? "{\"safetyCardShown\": true, \"rememberRecents\": true}"
                         : "{\"safetyCardShown\": true, \"rememberRecents\": false}");
        writeText(t.app.fileUi.recentPath, "{\"recent\": [\"" + wb + "\"]}");
        t.frame(3);
        CHECK(t.app.doc.path() == (on ? wb : std::string()));
    }
    // A backup looked at last is no workbook to go back to.
    const std::string bak = wb + ".bak";
    REQUIRE(fs::copy_file(wb, bak));
    CareApp backup("", "{\"safetyCardShown\": true, \"rememberRecents\": true}");
    writeText(backup.app.fileUi.recentPath, "{\"recent\": [\"" + bak + "\"]}");
    backup.frame(3);
    CHECK(backup.app.doc.isUntitled());
    // Gone since: the blank page stays, and says nothing is wrong.
    CareApp gone("", "{\"safetyCardShown\": true, \"rememberRecents\": true}");
    writeText(gone.app.fileUi.recentPath, "{\"recent\": [\"" + keep.file("moved away.json") + "\"]}");
    gone.frame(3);
    CHECK(gone.app.doc.isUntitled());
    CHECK(gone.app.fileUi.modalMessage.empty());
}

TEST_CASE("backups dialog: says where backups are and removes them", "[privacy][ui][backup]") {
    CareApp t;
    std::string a = plainWorkbook(t.dir, "a.json");
    writeText(t.dir.file("books/a.json.bak"), "an older a");
    writeText(t.dir.file("books/b.json.v1.bak"), "an original b");
    writeText(t.dir.file("books/notes.txt"), "not a backup");
    t.frame(2);
    t.act("privacy.backups");
    t.frame(2);
    REQUIRE(t.app.privacyUi.backups.size() == 2);
    const UiMapItem* shown = t.item("text/backups/a.json.bak");
    REQUIRE(shown);
    CHECK(shown->label == t.dir.file("books/a.json.bak"));
    REQUIRE(t.item("button/backups/remove"));

    t.act("privacy.remove-backups");
    t.frame(2);
    CHECK(backupFilesIn(t.app.workbooksDir).empty());
    CHECK(fs::exists(a));  // the workbooks stay
    CHECK(fs::exists(t.dir.file("books/notes.txt")));
    REQUIRE(t.item("note/backups/result"));
    CHECK_THAT(t.item("note/backups/result")->label, Catch::Contains("Removed 2 backups"));
}

TEST_CASE("backups dialog: a backup opens read-only, and removing them all is asked once", "[privacy][ui][backup]") {
    // There was no way back to a backup but File > Open, which let the
    // backup be written in; and one click removed every backup for good.
    CareApp t;
    std::string a = plainWorkbook(t.dir, "a.json");
    const std::string bak = t.dir.file("books/a.json.bak");
    REQUIRE(fs::copy_file(a, bak));
    t.frame(2);
    t.act("privacy.backups");
    t.frame(2);
    t.click("button/backups/remove");
    CHECK(fs::exists(bak));  // asked first, nothing removed yet
    REQUIRE(t.item("note/backups/confirm"));
    t.click("button/backups/keep");
    CHECK(fs::exists(bak));
    CHECK_FALSE(t.item("note/backups/confirm"));

    t.click("button/backups/open/a.json.bak");
    CHECK(t.app.doc.path() == bak);
    CHECK(t.app.doc.isReadOnly());
    CHECK_THAT(bannerText(t.app), Catch::Contains("backup") && Catch::Contains("Save As"));
    CHECK_FALSE(t.app.doc.execute(cmd::setTitle("Typed into the backup"), t.platform.now()));

    t.act("privacy.backups");
    t.frame(2);
    t.click("button/backups/remove");
    t.click("button/backups/remove_confirmed");
    CHECK_FALSE(fs::exists(bak));
    CHECK(fs::exists(a));
}

TEST_CASE("backups dialog: the copy left locked when the passphrase is removed is called locked, not readable",
          "[privacy][ui][backup][seal]") {
    // The first save after Remove passphrase keeps the locked version it
    // replaces as the .bak. The dialog said anyone could read it.
    TempDir keep;
    CareApp t(plainWorkbook(keep, "w.json"));
    t.frame(2);
    std::string error, pass = "kettle on the windowsill";
    t.app.doc.setSealer(makePassphraseSealer(pass));
    REQUIRE(t.app.doc.save(error, "2026-02-03T02:02:02Z"));
    t.app.doc.setSealer(nullptr);
    REQUIRE(t.app.doc.save(error, "2026-02-03T02:03:02Z"));
    const std::string bak = t.app.doc.path() + ".bak";
    REQUIRE(fs::exists(bak));
    REQUIRE(looksSealed(readText(bak)));
    t.act("privacy.backups");
    t.frame(2);
    REQUIRE(t.item("text/backups/w.json.bak"));
    REQUIRE(t.item("note/backups/sealed/w.json.bak"));
    CHECK_FALSE(t.item("note/backups/locked/w.json.bak"));
    // Locked again, a plain backup beside it is named as readable, not as locked.
    pass = "kettle on the windowsill";  // the sealer wipes what it was given
    t.app.doc.setSealer(makePassphraseSealer(pass));
    REQUIRE(t.app.doc.save(error, "2026-02-03T02:04:02Z"));
    writeText(bak, readText(doorway::test::sourcePath("workbooks/example.json")));  // as an older version left it
    t.press(keys::kEscape);
    t.act("privacy.backups");
    t.frame(2);
    CHECK_FALSE(t.item("note/backups/sealed/w.json.bak"));
    CHECK(t.item("note/backups/locked/w.json.bak"));
}

TEST_CASE("print and export dialogs remind that what they make from a locked workbook is not locked",
          "[privacy][ui][print][seal]") {
    TempDir keep;
    CareApp t(plainWorkbook(keep, "w.json"));
    t.frame(2);
    t.act("print.export");
    t.frame(2);
    CHECK_FALSE(t.item("note/print/unlocked"));  // an unlocked workbook: nothing to remind
    t.press(keys::kEscape);

    std::string pass = "kettle on the windowsill";
    t.app.doc.setSealer(makePassphraseSealer(pass));
    t.act("print.export");
    t.act("print.format=md");
    t.frame(2);
    const UiMapItem* note = t.item("note/print/unlocked");
    REQUIRE(note);
    CHECK_THAT(note->label, Catch::Contains("Markdown file") && Catch::Contains("locked"));
    t.press(keys::kEscape);
    t.act("print.print");
    t.frame(2);
    REQUIRE(t.item("note/print/unlocked"));
    CHECK_THAT(t.item("note/print/unlocked")->label, Catch::Contains("printed pages"));
}

TEST_CASE("ticking a warning sign brings the safety card into view, once", "[safety][ui][worksheets]") {
    CareApp t;
    // A short window, so the card starts below the fold.
    ImGui::GetIO().DisplaySize = ImVec2(1280, 480);
    t.act("view=worksheet:safety_check");
    t.frame(3);
    CHECK_FALSE(t.item("button/worksheet/safety_check/safety_card"));
    // The last warning sign, as a click would tick it.
    runCommand(t.app, t.platform.now(), cmd::setAnswer("safety_check", "signs", json::array{"told_imagining"}));
    t.frame(4);
    const UiMapItem* card = t.item("button/worksheet/safety_check/safety_card");
    REQUIRE(card);
    CHECK(card->visible);
    CHECK(card->max.y <= 480);
    // A page opened with the card already on it starts at its top, like any page.
    t.act("view=home");
    t.frame(2);
    t.act("view=worksheet:safety_check");
    t.frame(4);
    const UiMapItem* first = t.item("answer/safety_check/signs/afraid");
    REQUIRE(first);
    CHECK(first->visible);
    CHECK_FALSE(t.item("button/worksheet/safety_check/safety_card")->visible);
}

TEST_CASE("the sidebar's practice rows are in sight in a short window", "[ui][sidebar]") {
    CareApp t;
    // Shorter than the seventeen worksheet rows (the real window's font is
    // larger; the window test checks 1280x800 with it).
    ImGui::GetIO().DisplaySize = ImVec2(1280, 500);
    t.act("view=worksheet:safety_check");
    t.frame(3);
    for (const char* key : {"nav/rehearsal", "nav/roleplay", "nav/takes"}) {
        INFO(key);
        const UiMapItem* row = t.item(key);
        REQUIRE(row);
        CHECK(row->visible);
        CHECK(row->max.y <= 500);
    }
}

TEST_CASE("window actions: every action family in the table is taken by its feature, and a bogus one lists them",
          "[ui][actions]") {
    CareApp t;
    std::string error;
    CHECK_FALSE(applyUiAction(t.app, t.platform, "bogus", error));
    for (const FeatureInfo& f : featureTable()) {
        REQUIRE(f.actionFamilies);
        std::string families = f.actionFamilies;
        size_t at = 0;
        while (at < families.size()) {
            size_t space = families.find(' ', at);
            std::string family = families.substr(at, space == std::string::npos ? std::string::npos : space - at);
            at = space == std::string::npos ? families.size() : space + 1;
            INFO(family);
            CHECK_THAT(error, Catch::Contains(family));
            // The family's feature answers for it (its own message, not "unknown action").
            std::string own;
            CHECK_FALSE(applyUiAction(t.app, t.platform, family + "no-such-thing", own));
            CHECK(own.rfind("unknown action", 0) != 0);
        }
    }
    CHECK_THAT(error, Catch::Contains("view=KEY") && Catch::Contains("rehearsal"));
}

TEST_CASE("a save into a folder that went away says so, and where the words are", "[storage][fileui]") {
    TempDir keep;
    std::string wb = plainWorkbook(keep, "w.json");
    CareApp t(wb);
    t.frame(2);
    runCommand(t.app, t.platform.now(), cmd::setTitle("New words, not yet saved"));
    fs::rename(keep.file("books"), keep.file("moved"));  // a drive unplugged, a folder renamed
    t.platform.advance(5);
    t.frame(2);
    INFO(t.app.status.message);
    CHECK(t.app.status.isError);
    CHECK_THAT(t.app.status.message,
               Catch::Contains("is not there") && Catch::Contains("Save As") && Catch::Contains("nothing was written"));
    CHECK(t.app.status.message.find("previous version") == std::string::npos);
    CHECK(t.app.doc.isDirty());
    CHECK(t.app.doc.workbook().title == "New words, not yet saved");
}

TEST_CASE("the print dialog says whose numbers end the workbook, in words that read as a sentence",
          "[privacy][ui][safety]") {
    // Beside the box it said "(Another country)", as if the numbers were
    // someone else's; it now says "Numbers for ..." as paper does.
    TempDir keep;
    CareApp t(plainWorkbook(keep, "w.json"), "{\"safetyCardShown\": true, \"helpCountry\": \"GB\"}");
    t.frame(2);
    t.act("print.export");
    t.frame(2);
    const UiMapItem* note = t.item("text/print/safety-numbers");
    REQUIRE(note);
    CHECK_THAT(note->label, Catch::StartsWith("Numbers for the United Kingdom,"));
    setHelpCountry(t.app, t.platform, "ZZ");  // what the card's last choice keeps
    t.frame(2);
    note = t.item("text/print/safety-numbers");
    REQUIRE(note);
    const std::string name = helpFor(safetyCard(t.app, t.platform), "ZZ").name;
    REQUIRE(name.size() > 1);
    INFO(note->label);
    CHECK_THAT(note->label,
               Catch::StartsWith("Numbers for " + std::string(1, char(std::tolower(name[0]))) + name.substr(1) + ","));
    CHECK_THAT(note->label, !Catch::Contains("Another"));
}
