// Paths shown to people: the home folder reads as "~", and only as a whole folder.
#include "core/paths.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

namespace {

struct HomeAs {
    std::string old;
    bool had = false;
    explicit HomeAs(const char* value) {
        if (const char* h = std::getenv("HOME")) {
            had = true;
            old = h;
        }
        setenv("HOME", value, 1);
    }
    ~HomeAs() {
        if (had)
            setenv("HOME", old.c_str(), 1);
        else
            unsetenv("HOME");
    }
};

}  // namespace

TEST_CASE("displayPath shortens the home folder to ~ and nothing else", "[paths]") {
    HomeAs home("/home/ann");
    CHECK(doorway::displayPath("/home/ann/.local/share/doorway/workbooks/mine.json") ==
          "~/.local/share/doorway/workbooks/mine.json");
    CHECK(doorway::displayPath("/home/anna/mine.json") == "/home/anna/mine.json");
    CHECK(doorway::displayPath("/home/ann") == "/home/ann");
    CHECK(doorway::displayPath("/srv/home/ann/mine.json") == "/srv/home/ann/mine.json");
    CHECK(doorway::displayPath("relative/mine.json") == "relative/mine.json");
}

TEST_CASE("displayPath copes with a trailing slash or a root home", "[paths]") {
    {
        HomeAs home("/home/bo/");
        CHECK(doorway::displayPath("/home/bo/w.json") == "~/w.json");
    }
    {
        HomeAs home("/");
        CHECK(doorway::displayPath("/w.json") == "/w.json");
    }
}

TEST_CASE("takesFolderFor sits beside the workbook and is empty for an untitled one", "[paths]") {
    CHECK(doorway::takesFolderFor("/a/My workbook.json") == "/a/My workbook.takes");
    CHECK(doorway::takesFolderFor("/a/b.c/dana.json") == "/a/b.c/dana.takes");
    CHECK(doorway::takesFolderFor("relative.json") == "relative.takes");
    CHECK(doorway::takesFolderFor("").empty());
}

TEST_CASE("a workbook's file name from its title never reads as an option, is never hidden, never cuts a letter",
          "[paths]") {
    // "../../Plan A/B" became "------Plan A-B.json", which doorway check and
    // every other command line tool took for an option.
    CHECK(doorway::workbookFileStem("../../Plan A/B") == "Plan A-B");
    CHECK(doorway::workbookFileStem("-rf") == "rf");
    CHECK(doorway::workbookFileStem(".secret") == "secret");
    CHECK(doorway::workbookFileStem("  Our weekends  ") == "Our weekends");
    CHECK(doorway::workbookFileStem("a/b") == "a-b");
    CHECK(doorway::workbookFileStem("???") == "My workbook");
    CHECK(doorway::workbookFileStem("- . -") == "My workbook");
    // At most 80 bytes, and a letter of two bytes is never cut in half.
    const std::string accented = std::string(79, 'a') + "\xC3\xA9" + "b";
    CHECK(doorway::workbookFileStem(accented) == std::string(79, 'a'));
    const std::string long_ = std::string(100, 'x');
    CHECK(doorway::workbookFileStem(long_).size() == 80);
    CHECK(doorway::workbookFileStem("Caf\xC3\xA9 notes") == "Caf\xC3\xA9 notes");
}
