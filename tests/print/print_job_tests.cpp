// The folders a print keeps its PDF in, and the clean-up that runs at every
// print and window start: it may remove old PDFs and old empty folders, but
// never a folder another print made a moment ago and has not filled yet.
#include "print/print_job.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("the clean-up leaves a fresh empty print folder alone and removes an old one", "[print][cleanup]") {
    // Without a runtime folder a print makes a doorway-print-XXXXXX folder.
    const char* saved = std::getenv("XDG_RUNTIME_DIR");
    std::string keep = saved ? saved : "";
    ::unsetenv("XDG_RUNTIME_DIR");
    std::string error;
    std::string fresh = doorway::privateTempFolder(error);
    INFO(error);
    REQUIRE_FALSE(fresh.empty());
    REQUIRE(fresh.find("/doorway-print-") != std::string::npos);

    doorway::removeOldPrintedPdfs();  // another print starting right now
    CHECK(fs::is_directory(fresh));   // it is about to receive its PDF

    // A PDF in it an hour and more later goes, and then so does the folder.
    std::ofstream(fresh + "/example.pdf") << "%PDF-1.5";
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
    fs::last_write_time(fresh + "/example.pdf", old);
    fs::last_write_time(fresh, old);
    CHECK(doorway::removeOldPrintedPdfs() >= 1);
    CHECK_FALSE(fs::exists(fresh + "/example.pdf"));
    // Removing the PDF touched the folder; once it too is old, it goes.
    if (fs::exists(fresh)) {
        fs::last_write_time(fresh, old);
        doorway::removeOldPrintedPdfs();
    }
    CHECK_FALSE(fs::exists(fresh));
    if (!keep.empty()) ::setenv("XDG_RUNTIME_DIR", keep.c_str(), 1);
}
