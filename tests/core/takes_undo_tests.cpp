// Takes and undo: saving a take is not an undo step (a stray Ctrl+Z never
// removes a saved take), deleting one is, and undo puts it back where it was.
#include "core/document.hpp"
#include "core/paths.hpp"
#include "core/recordings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace doorway;
using doorway::test::TempDir;

namespace {
Take takeNamed(const std::string& id, const std::string& audio = "") {
    Take t;
    t.id = id;
    t.mode = audio.empty() ? "typed" : "spoken";
    t.text = "I miss us";
    t.audio = audio;
    return t;
}
}  // namespace

TEST_CASE("a saved take survives Ctrl+Z, while the typing before it is still undone", "[takes][undo]") {
    TempDir dir;
    Document doc;
    doc.createNew(dir.file("w.json"), "T", "2026-11-01T10:00:00Z");
    REQUIRE(doc.execute(cmd::setAnswer("pattern", "loop", json::value("words")), 1));
    REQUIRE(doc.executeWithoutUndo(cmd::addTake(takeNamed("take-1")), 2));
    CHECK(doc.isDirty());
    REQUIRE(doc.undo(3));
    CHECK(doc.workbook().takes.size() == 1);                      // the take stays
    CHECK(doc.workbook().answerText("pattern", "loop").empty());  // the edit before it was undone
}

TEST_CASE("deleting a take is an undo step, and undo restores it in its place with its recording", "[takes][undo]") {
    TempDir dir;
    Document doc;
    doc.createNew(dir.file("w.json"), "T", "2026-11-01T10:00:00Z");
    for (const char* id : {"a", "b", "c"})
        REQUIRE(doc.executeWithoutUndo(cmd::addTake(takeNamed(id, std::string(id) + ".wav")), 1));
    REQUIRE(doc.execute(cmd::removeTakeById("b"), 2));
    REQUIRE(doc.workbook().takes.size() == 2);
    CHECK(doc.commands().undoLabel() == "deleting a take");
    REQUIRE(doc.undo(3));
    const auto& takes = doc.workbook().takes;
    REQUIRE(takes.size() == 3);
    CHECK(takes[1].id == "b");
    CHECK(takes[1].audio == "b.wav");
    REQUIRE(doc.redo(4));
    CHECK(doc.workbook().takes.size() == 2);
    // An id that is not there changes nothing.
    REQUIRE(doc.execute(cmd::removeTakeById("nope"), 5));
    CHECK(doc.workbook().takes.size() == 2);
}

TEST_CASE("recordings no take points to are found, and only those are removed", "[takes][recordings]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    std::filesystem::path takes = takesFolderFor(wb);
    std::filesystem::create_directories(takes / "sub");
    for (const char* f : {"kept.wav", "loose.wav", ".w.json.tmp-abc", "sub/deep.wav"})
        doorway::test::writeText((takes / f).string(), "RIFF");
    Workbook book;
    book.takes.push_back(takeNamed("t1", "kept.wav"));
    auto loose = unreferencedRecordings(wb, book);
    REQUIRE(loose.size() == 1);
    CHECK(std::filesystem::path(loose[0]).filename() == "loose.wav");
    CHECK(removeUnreferencedRecordings(wb, book) == 1);
    CHECK(std::filesystem::exists(takes / "kept.wav"));
    CHECK_FALSE(std::filesystem::exists(takes / "loose.wav"));
    CHECK(std::filesystem::exists(takes / "sub/deep.wav"));  // folders are not recordings of takes
    CHECK(unreferencedRecordings(dir.file("none.json"), book).empty());
}
