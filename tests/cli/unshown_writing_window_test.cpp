// Writing the window can't show as written (trial 8), in the real window
// with real X input: Dear ImGui 1.86 here keeps 16-bit code points (an emoji
// past U+FFFF draws as U+FFFD) and has no bidi (Hebrew and Arabic run left
// to right). What the window can't draw is kept byte for byte in the file
// and on paper, and the window says so once, kindly.
#include "window_support.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

using namespace doorway::test;

namespace {

std::string exported(const TempDir& dir, const std::string& wb, const std::string& flag, const std::string& name) {
    std::string out = dir.file(name);
    auto r = runDoorway("export " + quote(wb) + " " + flag + " " + quote(out));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::string text = readText(out);
    fs::remove(out);
    return text;
}

// The PDF's text as pdftotext reads it back.
std::string pdfText(const TempDir& dir, const std::string& wb) {
    std::string pdf = dir.file("out.pdf"), txt = dir.file("out.txt");
    auto r = runDoorway("export " + quote(wb) + " --pdf " + quote(pdf));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(std::system(("pdftotext -enc UTF-8 " + quote(pdf) + " " + quote(txt)).c_str()) == 0);
    std::string text = readText(txt);
    fs::remove(pdf);
    fs::remove(txt);
    return text;
}

}  // namespace

TEST_CASE("an emoji typed in a box is kept byte for byte, and the window says once that it can't draw it",
          "[window][writing][glyphs]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = emptyWorkbook(dir);
    // U+1F60A (past 16 bits: drawn as U+FFFD here), then U+263A and U+2764,
    // which Symbola draws in the window.
    const std::string sentence = "Thank you \xF0\x9F\x98\x8A \xE2\x98\xBA \xE2\x9D\xA4 ok";
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(typeInAnyScript(app, kTheirWordsField, sentence));
    // Told once, kindly, on the status line.
    CHECK(statusSays(app, "emoji", 15));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(answerIn(wb) == sentence);
    CHECK_THAT(exported(dir, wb, "--md", "out.md"), Catch::Contains(sentence));
    CHECK_THAT(exported(dir, wb, "--html", "out.html"), Catch::Contains(sentence));
    CHECK_THAT(pdfText(dir, wb), Catch::Contains("\xF0\x9F\x98\x8A"));  // Pango draws it on paper
}

TEST_CASE("right-to-left text opened in the window: told once that paper shows it the right way round, kept as written",
          "[window][writing][rtl]") {
    XServer x;
    REQUIRE(x.ok());
    TempDir dir;
    std::string wb = dir.file("wb.json");
    // Hebrew ("I want us to talk") and Arabic ("hello") in a sentence of English.
    const std::string words =
        "She said \xD7\x90\xD7\xA0\xD7\x99 \xD7\xA8\xD7\x95\xD7\xA6\xD7\x94 \xD7\xA9\xD7\xA0\xD7\x93\xD7\x91\xD7\xA8 "
        "and \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 too.";
    json::object doc{{"format", "doorway-workbook"}, {"version", 1}, {"title", "Mine"}};
    doc["answers"] = json::object{{"their_picture", json::object{{"their_words", words}}}};
    writeText(wb, json::serialize(doc) + "\n");
    const std::string before = readText(wb);
    WindowApp app(x, quote(wb) + " --ui view=worksheet:their_picture", quietHomeEnv(dir), dir.file("map.json"));
    REQUIRE(app.waitForItem(kTheirWordsField));
    CHECK(statusSays(app, "Right-to-left", 15));
    // Once: after it has had its turn it does not come back.
    REQUIRE(app.waitFor(
        [&](const json::object&) {
            auto s = app.item("status/message");
            return !s || s->label.find("Right-to-left") == std::string::npos;
        },
        20));
    CHECK_FALSE(statusSays(app, "Right-to-left", 3));
    app.key("ctrl+q");
    REQUIRE(app.wait() == 0);
    CHECK(readText(wb) == before);  // opened and closed: not a byte changed
    CHECK(answerIn(wb) == words);
    CHECK_THAT(exported(dir, wb, "--md", "out.md"), Catch::Contains(words));
    // On paper Pango lays it out right to left; the text reads back whole.
    const std::string pdf = pdfText(dir, wb);
    CHECK_THAT(pdf, Catch::Contains("\xD7\xA9\xD7\xA0\xD7\x93\xD7\x91\xD7\xA8"));
    CHECK_THAT(pdf, Catch::Contains("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"));
}
