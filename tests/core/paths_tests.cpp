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
