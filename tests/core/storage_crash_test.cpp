// Crash safety: a child saves in a loop and is killed at random moments;
// the workbook on disk is always whole and always one of the versions.
#include "core/storage.hpp"
#include "core/storage_support.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <thread>

using namespace doorway;
using namespace doorway::test;

TEST_CASE("SIGKILL during saves never leaves a broken or mixed workbook", "[storage][crash]") {
    TempDir dir;
    std::string path = dir.file("w.json");
    // Versions of different sizes, so a torn write would show.
    std::vector<std::string> versions;
    for (int i = 0; i < 6; ++i) {
        Workbook wb = fullWorkbook();
        wb.title = "version " + std::to_string(i);
        wb.answers["pattern"]["what_happens"] = std::string(size_t(1 + i * 7000), char('a' + i));
        versions.push_back(serializePretty(workbookToJson(wb)));
    }
    std::set<std::string> allowed(versions.begin(), versions.end());
    REQUIRE(saveWorkbookFile(path, parseWorkbookText(versions[0], "v0").workbook).ok);

    std::mt19937 rng(12345);
    std::uniform_int_distribution<int> delayUs(0, 4000);
    auto start = std::chrono::steady_clock::now();
    int kills = 0, sawBak = 0;
    for (int round = 0; round < 220; ++round) {
        // The child says when its workbooks are parsed, so the random delay
        // falls among saves, not before the first one: on a loaded machine
        // the parse alone can outlast the longest delay.
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(ready[0]);
            std::vector<Workbook> wbs;
            for (auto& v : versions) wbs.push_back(parseWorkbookText(v, "v").workbook);
            char go = 1;
            if (::write(ready[1], &go, 1) != 1) ::_exit(3);
            for (unsigned i = unsigned(round);; ++i) saveWorkbookFile(path, wbs[i % wbs.size()]);
        }
        ::close(ready[1]);
        char go = 0;
        REQUIRE(::read(ready[0], &go, 1) == 1);
        ::close(ready[0]);
        // Every tenth round waits long enough for whole saves to finish even
        // under load, so a backup is always among what is checked.
        int wait = round % 10 == 9 ? 40000 : delayUs(rng);
        std::this_thread::sleep_for(std::chrono::microseconds(wait));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        ++kills;

        std::string now = readText(path);
        INFO("round " << round << ", " << now.size() << " bytes");
        REQUIRE(allowed.count(now) == 1);
        LoadResult r = loadWorkbookFile(path);
        REQUIRE(r.ok);
        if (std::filesystem::exists(path + ".bak")) {
            ++sawBak;
            REQUIRE(allowed.count(readText(path + ".bak")) == 1);
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(kills >= 200);
    CHECK(sawBak > 0);
    CHECK(seconds < 60);
    // Killed saves leave only their temp files, which removeStaleTemps clears.
    removeStaleTemps(path, 0);
    for (auto& e : std::filesystem::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}
