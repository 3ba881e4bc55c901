// Writing in the real window with real X input (xdotool under a private
// Xvfb, through GLFW): the first key after a click lands, text wraps while
// typed, and a kill -9 at any moment after the last key loses nothing, on
// screen, on disk and on paper, plain or sealed.
#include "support.hpp"
#include "window_driver.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
namespace json = boost::json;
using doorway::test::MapItem;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::runDoorway;
using doorway::test::sleepFor;
using doorway::test::TempDir;
using doorway::test::WindowApp;
using doorway::test::writeText;
using doorway::test::XServer;

namespace {

const char* kField = "answer/their_picture/their_words";

// A home with the safety card already seen, so the window opens on the page.
std::string quietHome(const TempDir& dir) {
    fs::path home = dir.path() / "home";
    fs::create_directories(home / ".config" / "doorway");
    writeText((home / ".config/doorway/privacy.json").string(), "{\"safetyCardShown\": true}\n");
    return "HOME=" + quote(home.string()) + " XDG_CONFIG_HOME=" + quote((home / ".config").string()) +
           " XDG_DATA_HOME=" + quote((home / ".local/share").string()) + " DOORWAY_TEST_FAST_KDF=1";
}

std::string emptyWorkbook(const TempDir& dir) {
    std::string wb = dir.file("wb.json");
    writeText(wb, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {}}\n");
    return wb;
}

std::string answerIn(const std::string& file) {
    json::value v = json::parse(readText(file));
    const json::value* a = v.at("answers").as_object().if_contains("their_picture");
    if (!a) return "";
    const json::value* w = a->as_object().if_contains("their_words");
    return w && w->is_string() ? std::string(w->get_string()) : "";
}

// `doorway export --md` of the workbook: what would reach paper.
std::string exportedMarkdown(const TempDir& dir, const std::string& wb, const std::string& stdinText = "",
                             const std::string& extra = "") {
    std::string md = dir.file("out.md");
    fs::remove(md);
    auto r = runDoorway("export " + quote(wb) + " --md " + quote(md) + extra, stdinText);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return readText(md);
}

// Opens the window, clicks the answer, waits idle, types `text`.
void clickWaitType(WindowApp& app, const std::string& text, double idle = 1.2) {
    auto box = app.waitForItem(kField);
    REQUIRE(box);
    app.click(box->x + 20, box->cy());
    sleepFor(idle);  // the window goes idle: nothing moves, nothing is drawn
    app.type(text);
}

}  // namespace

TEST_CASE("the first key typed after clicking an answer and waiting lands, in the window, the file and on paper",
          "[window][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const std::string sentence = "We keep having the same fight about the garage.";
    for (int attempt = 0; attempt < 3; ++attempt) {
        writeText(wb, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {}}\n");
        fs::remove(wb + ".journal");
        WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHome(dir), dir.file("map.json"));
        clickWaitType(app, sentence);
        sleepFor(0.3);
        app.key("ctrl+q");
        REQUIRE(app.wait() == 0);
        INFO("attempt " << attempt);
        CHECK(answerIn(wb) == sentence);
        CHECK_THAT(exportedMarkdown(dir, wb), Catch::Contains(sentence));
    }
}

TEST_CASE("kill -9 at any moment after the last key loses no character", "[window][writing][crash]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    const std::string sentence = "I miss us. Could we try one session, just once?";
    for (double after : {0.0, 0.2, 0.5, 1.0, 1.5, 2.5}) {
        INFO("killed " << after << " s after the last key");
        writeText(wb, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {}}\n");
        fs::remove(wb + ".journal");
        {
            WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHome(dir), dir.file("map.json"));
            clickWaitType(app, sentence);
            sleepFor(after);
            app.kill9();
        }
        // On paper, straight from the file and its journal.
        CHECK_THAT(exportedMarkdown(dir, wb), Catch::Contains(sentence));
        // In the window: it replays the journal and says so; quitting saves it.
        WindowApp again(x, quote(wb) + " --ui view=worksheet:their_picture", quietHome(dir), dir.file("map2.json"));
        REQUIRE(again.waitForItem(kField));
        sleepFor(0.3);
        again.key("ctrl+q");
        REQUIRE(again.wait() == 0);
        CHECK(answerIn(wb) == sentence);
        CHECK_FALSE(fs::exists(wb + ".journal"));
    }
}

TEST_CASE("a long answer wraps as it is typed: 300 characters take at least 3 lines in a 1280-wide window",
          "[window][writing]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    std::string text;
    while (text.size() < 300) text += "We keep circling the same argument about the evenings and the phone. ";
    text.resize(300);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHome(dir), dir.file("map.json"), 1280, 800);
    clickWaitType(app, text, 0.3);
    REQUIRE(app.waitFor([&](const json::object&) {
        auto it = app.item(kField);
        return it && it->lines >= 3;
    }));
    auto box = app.item(kField);
    REQUIRE(box);
    CHECK(box->lines >= 3);
    CHECK(box->focused);
    CHECK(box->w <= 1280);  // it grew down, never sideways
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(answerIn(wb) == text);
}
