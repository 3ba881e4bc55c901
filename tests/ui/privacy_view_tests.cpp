// Privacy in the window, headless: quick hide, the idle lock, passphrase
// prompts (open, lock, remove), preferences and the safety card.
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "headless.hpp"
#include "seal/seal.hpp"
#include "support.hpp"
#include "ui/app_frame.hpp"
#include "ui/keys.hpp"
#include "ui/preferences.hpp"
#include "ui/privacy_view.hpp"
#include "ui/safety_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>

using namespace doorway;
namespace fs = std::filesystem;
using doorway::test::readText;
using doorway::test::TempDir;
using doorway::test::writeText;

using doorway::test::Headless;

namespace {

struct PrivacyApp {
    Headless imgui;
    TempDir dir;
    AppState app;
    NullPlatform platform;
    // Without `firstRun` the preferences count as loaded (no first-run card).
    explicit PrivacyApp(bool firstRun = false) {
        ::setenv("DOORWAY_TEST_FAST_KDF", "1", 1);
        app.assetsDir = doorway::test::sourcePath("assets");
        app.privacyUi.prefsPath = dir.file("config/privacy.json");
        app.privacyUi.prefsLoaded = !firstRun;
        initApp(app, platform, "");
    }
    void frame() {
        ImGui::NewFrame();
        drawFrame(app, platform);
        ImGui::Render();
        platform.advance(1.0 / 30);
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    void press(int key) {
        ImGui::GetIO().KeysDown[key] = true;
        frame();
        ImGui::GetIO().KeysDown[key] = false;
        frame();
    }
    void click() {
        ImGui::GetIO().MousePos = ImVec2(600, 400);
        ImGui::GetIO().MouseDown[0] = true;
        frame();
        ImGui::GetIO().MouseDown[0] = false;
        frame();
    }
    // Types into the focused field and presses Enter.
    void typeAndEnter(const std::string& text) {
        for (char c : text) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
        frame();
        press(keys::kEnter);
    }
    void action(const std::string& a) {
        std::string error;
        REQUIRE(applyUiAction(app, platform, a, error));
    }
    // A sealed workbook on disk with a distinctive title.
    std::string sealedWorkbook(const std::string& pass) {
        std::string path = dir.file("sealed.json");
        std::string p = pass;
        auto sealer = makePassphraseSealer(p);
        SaveOptions opts;
        opts.sealer = sealer.get();
        REQUIRE(saveWorkbookFile(path, newWorkbook("Things I have not said yet", "2026-02-02T02:02:02Z"), opts).ok);
        return path;
    }
};

// Outside a frame there is no current window to hash ids with, so look
// at ImGui's stack of open popups by name.
bool popupOpen(const char* id) {
    for (const ImGuiPopupData& p : ImGui::GetCurrentContext()->OpenPopupStack)
        if (p.Window && std::strstr(p.Window->Name, id)) return true;
    return false;
}

bool allZero(const std::array<char, 512>& a) {
    for (char c : a)
        if (c) return false;
    return true;
}

// A sealed workbook ("idle pass") on a stick that goes away; `title` typed
// after, so its save fails, then the idle lock comes. Its path.
std::string idleLockAfterFailedSave(PrivacyApp& t, const std::string& title) {
    fs::create_directories(t.dir.file("stick"));
    std::string path = t.dir.file("stick/sealed.json");
    fs::rename(t.sealedWorkbook("idle pass"), path);
    std::string err, pass = "idle pass";
    REQUIRE(t.app.doc.openSealed(path, err, makePassphraseSealer(pass)));
    t.app.privacyUi.prefs.idleLockMinutes = 5;
    t.frames(2);
    fs::rename(t.dir.file("stick"), t.dir.file("stick-gone"));
    REQUIRE(t.app.doc.execute(cmd::setTitle(title), t.platform.now()));
    t.frame();
    t.platform.advance(5 * 60 + 1);
    t.frame();
    REQUIRE(t.app.privacyUi.hidden);
    return path;
}

}  // namespace

TEST_CASE("F12 hides the window to a neutral screen and brings it back", "[privacy][ui]") {
    PrivacyApp t;
    t.frames(3);
    REQUIRE_FALSE(t.app.privacyUi.hidden);
    t.press(keys::kF12);
    CHECK(t.app.privacyUi.hidden);
    CHECK(windowTitle(t.app) == "Notes");
    CHECK(t.platform.title == "Notes");
    // While hidden only the neutral page is drawn: no Doorway window exists this frame.
    t.frame();
    ImGuiWindow* main = ImGui::FindWindowByName("##main");
    CHECK((main == nullptr || !main->Active));
    t.press(keys::kF12);
    CHECK_FALSE(t.app.privacyUi.hidden);
    CHECK(windowTitle(t.app) != "Notes");

    t.action("privacy.hide");
    t.frame();
    CHECK(t.app.privacyUi.hidden);
    // A click is what anyone walking up does: it changes nothing.
    t.click();
    CHECK(t.app.privacyUi.hidden);
    t.press(keys::kF12);
    CHECK_FALSE(t.app.privacyUi.hidden);
}

TEST_CASE("a sealed workbook asks for its passphrase, a wrong one can be retried", "[privacy][ui][seal]") {
    PrivacyApp t;
    std::string path = t.sealedWorkbook("open sesame");
    askPassphraseToOpen(t.app, path);
    t.frames(2);
    CHECK(popupOpen("###privacy-open"));
    t.typeAndEnter("not it");
    CHECK(t.app.doc.path() != path);
    CHECK_THAT(t.app.privacyUi.promptError, Catch::Contains("doesn't open"));
    CHECK(popupOpen("###privacy-open"));
    CHECK(allZero(t.app.privacyUi.pass1));
    t.frames(2);
    t.typeAndEnter("open sesame");
    CHECK(t.app.doc.path() == path);
    CHECK(t.app.doc.isSealed());
    CHECK_FALSE(t.app.doc.isDirty());  // opening is not an edit
    CHECK(t.app.doc.workbook().title == "Things I have not said yet");
    CHECK_FALSE(popupOpen("###privacy-open"));
    // The passphrase is gone from our buffer and from ImGui's edit state.
    CHECK(allZero(t.app.privacyUi.pass1));
    const ImGuiInputTextState& st = ImGui::GetCurrentContext()->InputTextState;
    for (int i = 0; i < st.TextW.Size; ++i) CHECK(st.TextW[i] == 0);
}

TEST_CASE("a locked workbook's passphrase cancelled at start-up: its stand-in takes no writing, nothing is written",
          "[privacy][ui][seal]") {
    PrivacyApp t;
    const std::string path = t.sealedWorkbook("kept shut");
    const std::string before = readText(path);
    t.app.workbooksDir = t.dir.file("workbooks");
    fs::create_directories(t.app.workbooksDir);
    initApp(t.app, t.platform, path);
    t.frames(2);
    REQUIRE(popupOpen("###privacy-open"));
    t.press(keys::kEscape);
    CHECK_FALSE(popupOpen("###privacy-open"));
    CHECK(t.app.doc.isUntitled());
    CHECK_THAT(bannerText(t.app),
               Catch::Contains("is locked") && Catch::Contains("takes no writing") && Catch::Contains("File > New"));
    // Words typed into the stand-in would become a new file with no
    // passphrase: they are refused, and nothing reaches the disk.
    CHECK_FALSE(t.app.doc.execute(cmd::setTitle("what I would never want seen"), t.platform.now()));
    t.platform.advance(60);
    t.frames(3);
    CHECK(fs::is_empty(t.app.workbooksDir));
    CHECK(readText(path) == before);
    // The banner still offers the passphrase; File > New is a writable one.
    t.action("file.new=Something new");
    CHECK_FALSE(t.app.doc.isReadOnly());
    CHECK(t.app.doc.execute(cmd::setTitle("Mine"), t.platform.now()));
}

TEST_CASE("the frame a passphrase is submitted says it takes a moment, the next one opens", "[privacy][ui][seal]") {
    PrivacyApp t;
    std::string path = t.sealedWorkbook("slowly does it");
    askPassphraseToOpen(t.app, path);
    t.frames(2);
    for (char c : std::string("slowly does it")) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
    t.frame();
    ImGui::GetIO().KeysDown[keys::kEnter] = true;
    t.frame();
    ImGui::GetIO().KeysDown[keys::kEnter] = false;
    // Submitted, not yet derived: the window drew "a moment..." first.
    CHECK(t.app.privacyUi.submitPending);
    CHECK(t.app.doc.path() != path);
    CHECK(popupOpen("###privacy-open"));
    t.frame();
    CHECK_FALSE(t.app.privacyUi.submitPending);
    CHECK(t.app.doc.path() == path);
    CHECK(allZero(t.app.privacyUi.pass1));
    CHECK_FALSE(popupOpen("###privacy-open"));
}

TEST_CASE("lock and remove the passphrase from the File menu's dialogs", "[privacy][ui][seal]") {
    PrivacyApp t;
    std::string path = t.dir.file("plain.json");
    REQUIRE(saveWorkbookFile(path, newWorkbook("A plain workbook title", "2026-02-02T02:02:02Z")).ok);
    writeText(path + ".bak", "old plaintext");
    fs::create_directory(t.dir.file("plain.takes"));
    writeText(t.dir.file("plain.takes/t.wav"), "RIFF raw audio");
    std::string err;
    REQUIRE(t.app.doc.open(path, err));

    SECTION("mismatched passphrases are refused") {
        t.action("privacy.lock");
        t.frames(2);
        std::snprintf(t.app.privacyUi.pass2.data(), 512, "%s", "something else");
        t.typeAndEnter("one thing");
        CHECK_FALSE(t.app.doc.isSealed());
        CHECK_THAT(t.app.privacyUi.promptError, Catch::Contains("not the same"));
        CHECK(allZero(t.app.privacyUi.pass2));
    }
    SECTION("locking writes the file sealed, removes the backup and seals the takes; removing undoes it") {
        t.action("privacy.lock");
        t.frames(2);
        std::snprintf(t.app.privacyUi.pass2.data(), 512, "%s", "our secret");
        t.typeAndEnter("our secret");
        REQUIRE(t.app.doc.isSealed());
        CHECK_FALSE(t.app.doc.isDirty());
        std::string text = readText(path);
        CHECK(looksSealed(text));
        CHECK(text.find("A plain workbook title") == std::string::npos);
        CHECK_FALSE(fs::exists(path + ".bak"));
        CHECK(looksSealed(readText(t.dir.file("plain.takes/t.wav"))));

        t.action("privacy.unlock");
        t.frames(2);
        t.typeAndEnter("wrong");
        CHECK(t.app.doc.isSealed());
        CHECK(looksSealed(readText(path)));
        // Told it doesn't open the workbook, not that nothing was typed.
        CHECK_THAT(t.app.privacyUi.promptError, Catch::Contains("doesn't open"));
        t.frames(2);
        t.typeAndEnter("our secret");
        CHECK_FALSE(t.app.doc.isSealed());
        CHECK_FALSE(looksSealed(readText(path)));
        CHECK(readText(path).find("A plain workbook title") != std::string::npos);
        CHECK(readText(t.dir.file("plain.takes/t.wav")) == "RIFF raw audio");
    }
}

TEST_CASE("idle lock: a sealed workbook is saved and put away until the passphrase", "[privacy][ui][seal]") {
    PrivacyApp t;
    std::string path = t.sealedWorkbook("idle pass");
    std::string err;
    std::string pass = "idle pass";
    REQUIRE(t.app.doc.openSealed(path, err, makePassphraseSealer(pass)));
    t.app.privacyUi.prefs.idleLockMinutes = 5;
    t.frames(2);
    REQUIRE(t.app.doc.execute(cmd::setTitle("Edited just before the break"), t.platform.now()));
    t.frame();
    t.platform.advance(4 * 60);
    t.frame();
    CHECK_FALSE(t.app.privacyUi.hidden);
    t.platform.advance(61);
    t.frame();
    CHECK(t.app.privacyUi.hidden);
    CHECK(t.app.privacyUi.idleLocked);
    CHECK(t.app.doc.isUntitled());  // the content (and the key) left memory
    CHECK(t.app.doc.workbook().title.find("Edited") == std::string::npos);
    // The edit was saved, sealed.
    std::string p2 = "idle pass";
    LoadResult r = loadWorkbookFile(path, makePassphraseSealer(p2).get());
    REQUIRE(r.ok);
    CHECK(r.workbook.title == "Edited just before the break");

    // A click does nothing; F12 asks for the passphrase instead of revealing.
    t.click();
    CHECK(t.app.privacyUi.hidden);
    CHECK_FALSE(t.app.privacyUi.revealAsked);
    t.press(keys::kF12);
    CHECK(t.app.privacyUi.hidden);
    CHECK(t.app.privacyUi.revealAsked);
    t.frames(2);
    t.typeAndEnter("nope");
    CHECK(t.app.privacyUi.hidden);
    CHECK_THAT(t.app.privacyUi.promptError, Catch::Contains("doesn't open"));
    t.frames(2);
    t.typeAndEnter("idle pass");
    CHECK_FALSE(t.app.privacyUi.hidden);
    CHECK(t.app.doc.path() == path);
    CHECK(t.app.doc.workbook().title == "Edited just before the break");
}

TEST_CASE("idle lock: a sealed workbook whose save fails stays behind its passphrase, words kept",
          "[privacy][ui][seal]") {
    // Its folder gone (a USB stick pulled out), the save failed, so the idle
    // lock could not close it, and F12 brought it all back without asking.
    PrivacyApp t;
    const std::string path = idleLockAfterFailedSave(t, "Words no save could write");
    CHECK(t.app.privacyUi.idleLocked);
    CHECK(t.app.doc.isDirty());  // kept open: closing would lose the words
    CHECK(t.app.doc.workbook().title == "Words no save could write");
    t.press(keys::kF12);
    CHECK(t.app.privacyUi.hidden);
    CHECK(t.app.privacyUi.revealAsked);
    t.frames(2);
    t.typeAndEnter("nope");
    CHECK(t.app.privacyUi.hidden);
    CHECK_THAT(t.app.privacyUi.promptError, Catch::Contains("doesn't open"));
    t.frames(2);
    t.typeAndEnter("idle pass");
    CHECK_FALSE(t.app.privacyUi.hidden);
    CHECK(t.app.privacyUi.idleHeldCheck.empty());
    CHECK(t.app.doc.workbook().title == "Words no save could write");
    CHECK(t.app.doc.path() == path);
}

TEST_CASE("idle lock: a held workbook is put away once a retry saves it", "[privacy][ui][seal]") {
    // Held because its save failed, then the folder came back: the retry
    // saved it, and its words and key must not stay in memory behind a
    // check the window alone keeps.
    PrivacyApp t;
    const std::string path = idleLockAfterFailedSave(t, "Saved on the retry");
    REQUIRE_FALSE(t.app.privacyUi.idleHeldCheck.empty());
    fs::rename(t.dir.file("stick-gone"), t.dir.file("stick"));
    t.platform.advance(31);  // the next autosave retry
    t.frames(3);
    CHECK(t.app.privacyUi.idleHeldCheck.empty());
    CHECK(t.app.doc.isUntitled());  // put away: the content and the key left memory
    CHECK(t.app.privacyUi.hidden);
    t.press(keys::kF12);
    t.frames(2);
    t.typeAndEnter("idle pass");
    CHECK_FALSE(t.app.privacyUi.hidden);
    CHECK(t.app.doc.path() == path);
    CHECK(t.app.doc.workbook().title == "Saved on the retry");
}

TEST_CASE("idle lock on a plain workbook hides it and saves", "[privacy][ui]") {
    PrivacyApp t;
    std::string path = t.dir.file("plain.json");
    REQUIRE(saveWorkbookFile(path, newWorkbook("Plain", "2026-02-02T02:02:02Z")).ok);
    std::string err;
    REQUIRE(t.app.doc.open(path, err));
    t.app.privacyUi.prefs.idleLockMinutes = 1;
    t.frames(2);
    REQUIRE(t.app.doc.execute(cmd::setTitle("Plain, edited"), t.platform.now()));
    t.frame();
    t.platform.advance(61);
    t.frame();
    CHECK(t.app.privacyUi.hidden);
    CHECK_FALSE(t.app.privacyUi.idleLocked);
    CHECK(t.app.doc.path() == path);
    CHECK_FALSE(t.app.doc.isDirty());
    CHECK(readText(path).find("Plain, edited") != std::string::npos);
    t.click();
    CHECK(t.app.privacyUi.hidden);
    t.press(keys::kF12);
    CHECK_FALSE(t.app.privacyUi.hidden);
}

TEST_CASE("preferences: stored apart from content, first run shows the safety card once", "[privacy][ui]") {
    TempDir cfg;
    std::string prefsPath;
    {
        PrivacyApp t(true);
        prefsPath = t.dir.file("config/privacy.json");
        t.frames(2);
        CHECK(popupOpen("###privacy-safety"));
        PrivacyPrefs p;
        std::string err;
        REQUIRE(loadPrivacyPrefs(prefsPath, p, err));
        CHECK(p.safetyCardShown);
        fs::copy_file(prefsPath, cfg.file("privacy.json"));
    }
    {
        PrivacyApp t(true);
        fs::create_directories(t.dir.file("config"));
        fs::copy_file(cfg.file("privacy.json"), t.dir.file("config/privacy.json"));
        t.frames(2);
        CHECK_FALSE(popupOpen("###privacy-safety"));
        openSafetyCard(t.app);  // Help > Safety, or the safety worksheet
        t.frames(2);
        CHECK(popupOpen("###privacy-safety"));
        CHECK(t.app.safetyUi.error.empty());
    }

    PrivacyPrefs p;
    p.neutralTitle = true;
    p.idleLockMinutes = 15;
    p.rememberRecents = false;
    p.safetyCardShown = true;
    p.helpCountry = "IE";
    std::string err;
    REQUIRE(savePrivacyPrefs(cfg.file("p.json"), p, err));
    PrivacyPrefs q;
    REQUIRE(loadPrivacyPrefs(cfg.file("p.json"), q, err));
    CHECK(q.neutralTitle);
    CHECK(q.idleLockMinutes == 15);
    CHECK_FALSE(q.rememberRecents);
    CHECK(q.helpCountry == "IE");
    CHECK(savedHelpCountry(cfg.file("p.json")) == "IE");  // what `doorway export` reads
    writeText(cfg.file("country.json"), "{\"helpCountry\": \"Ireland\"}");
    CHECK_FALSE(loadPrivacyPrefs(cfg.file("country.json"), q, err));
    CHECK_THAT(err, Catch::Contains("country.json") && Catch::Contains("helpCountry"));
    CHECK(q.helpCountry.empty());

    writeText(cfg.file("bad.json"), "{\"idleLockMinutes\": \"soon\"}");
    CHECK_FALSE(loadPrivacyPrefs(cfg.file("bad.json"), q, err));
    CHECK_THAT(err, Catch::Contains("bad.json") && Catch::Contains("idleLockMinutes"));
    CHECK(q.idleLockMinutes == 0);
    writeText(cfg.file("bad2.json"), "not json");
    CHECK_FALSE(loadPrivacyPrefs(cfg.file("bad2.json"), q, err));
    CHECK(loadPrivacyPrefs(cfg.file("missing.json"), q, err));
}

TEST_CASE("the neutral title preference is applied from the file", "[privacy][ui]") {
    PrivacyApp t(true);
    PrivacyPrefs p;
    p.neutralTitle = true;
    p.safetyCardShown = true;
    std::string err;
    REQUIRE(savePrivacyPrefs(t.app.privacyUi.prefsPath, p, err));
    t.frames(2);
    CHECK(t.app.privacyUi.neutralTitle);
    CHECK(t.platform.title == "Notes");
}

TEST_CASE("the safety card asset says what it must, and bad ones fall back", "[privacy][ui]") {
    SafetyCard card;
    std::string err;
    REQUIRE(loadSafetyCard(doorway::test::sourcePath("assets/safety.json"), card, err));
    std::string all = card.title;
    for (const auto& p : card.paragraphs) all += " " + p;
    for (const auto& c : card.countries)
        for (const auto& l : c.lines) all += " " + l.name + " " + l.contact + " " + l.detail;
    for (const char* must : {"1-800-799-7233", "START to 88788", "988", "emergency", "violence", "afraid", "control",
                             "couples therapy", "crisis", "0808 2000 247", "findahelpline"})
        CHECK_THAT(all + " " + card.elsewhere.lines.back().contact, Catch::Contains(must));
    CHECK_THAT(card.closing, Catch::Contains("Help > Safety"));

    TempDir dir;
    auto bad = [&](const std::string& text, const std::string& key) {
        writeText(dir.file("safety.json"), text);
        SafetyCard c;
        std::string e;
        CHECK_FALSE(loadSafetyCard(dir.file("safety.json"), c, e));
        CHECK_THAT(e, Catch::Contains("safety.json") && Catch::Contains(key));
    };
    bad("", "invalid JSON");
    bad("[]", "object");
    bad("{\"format\":\"x\",\"version\":2}", "format");
    bad("{\"format\":\"doorway-safety\",\"version\":1}", "version");

    // The app shows the built-in card (and says why) when the asset is bad:
    // the same numbers, because the built-in card is the asset.
    PrivacyApp t(true);
    fs::create_directories(t.dir.file("assets"));
    writeText(t.dir.file("assets/safety.json"), "{broken");
    t.app.assetsDir = t.dir.file("assets");
    t.frames(2);
    CHECK(popupOpen("###privacy-safety"));
    CHECK_FALSE(t.app.safetyUi.error.empty());
    CHECK(t.app.safetyUi.card == builtInSafetyCard());
    CHECK(t.app.safetyUi.card == card);
    CHECK_THAT(t.app.status.message, Catch::Contains("safety"));
}

TEST_CASE("privacy --ui actions", "[privacy][ui]") {
    PrivacyApp t;
    std::string error;
    CHECK_FALSE(applyUiAction(t.app, t.platform, "privacy.nonsense", error));
    CHECK_THAT(error, Catch::Contains("nonsense"));
    CHECK(applyUiAction(t.app, t.platform, "privacy.safety", error));
    CHECK(applyUiAction(t.app, t.platform, "privacy.hide", error));
    CHECK(t.app.privacyUi.hidden);
}
