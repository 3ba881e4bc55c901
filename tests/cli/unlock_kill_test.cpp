// `doorway unlock` killed at random moments (issue 17, item 4): a killed
// unlock may leave its temp file, which holds the unlocked text, but the
// next command (check, lock or unlock) must find and remove it, and the
// workbook and every recording must always be either locked or whole.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

namespace fs = std::filesystem;
using doorway::test::quote;
using doorway::test::readText;
using doorway::test::runDoorway;
using doorway::test::RunResult;
using doorway::test::TempDir;
using doorway::test::writeText;

namespace {

const char* kPass = "kill me softly\n";

std::vector<std::string> tempFiles(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) out.push_back(e.path().string());
    return out;
}

bool sealedText(const std::string& t) {
    return t.find("\"doorway-sealed\"") != std::string::npos;
}

// Starts `doorway unlock FILE --passphrase-fd 0` with the passphrase on stdin.
pid_t startUnlock(const std::string& file, const std::string& passFile) {
    pid_t pid = ::fork();
    if (pid == 0) {
        std::string cmd = "exec " + quote(DOORWAY_TEST_BINARY) + " unlock " + quote(file) + " --passphrase-fd 0 <" +
                          quote(passFile) + " >/dev/null 2>&1";
        ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

// Waits (up to `ms`) for a temp file to be created where `fd` watches.
void waitForTemp(int fd, int ms) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    char buf[4096];
    while (std::chrono::steady_clock::now() < until) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 5) <= 0) continue;
        ssize_t n = ::read(fd, buf, sizeof buf);
        for (ssize_t i = 0; i < n;) {
            auto* ev = reinterpret_cast<inotify_event*>(buf + i);
            if (ev->len && std::string(ev->name).find(".tmp-") != std::string::npos) return;
            i += ssize_t(sizeof(inotify_event) + ev->len);
        }
    }
}

void drain(int fd) {
    char buf[4096];
    while (::read(fd, buf, sizeof buf) > 0) {
    }
}

}  // namespace

TEST_CASE("unlock killed at random moments leaves no plaintext temp file past the next command",
          "[cli][privacy][crash]") {
    TempDir dir;
    std::string wb = dir.file("w.json");
    std::string original = readText(doorway::test::sourcePath("workbooks/example.json"));
    // Larger than the example so each write takes a moment.
    original.insert(original.rfind('}'), ",\n  \"padding\": \"" + std::string(size_t(1) << 20, 'p') + "\"\n");
    writeText(wb, original);
    fs::create_directories(dir.file("w.takes"));
    std::string audio(size_t(256) << 10, 'a');
    for (const char* t : {"w.takes/one.wav", "w.takes/two.wav"}) writeText(dir.file(t), audio);
    std::string passFile = dir.file("pass");  // beside, not inside, what is checked
    writeText(passFile, kPass);
    const std::string fast = "DOORWAY_TEST_FAST_KDF=1";
    auto lock = [&] { return runDoorway("lock " + quote(wb) + " --passphrase-fd 0", kPass, fast); };
    REQUIRE(lock().exitCode == 0);

    // How long an unlock takes here, to spread the kills over it.
    auto t0 = std::chrono::steady_clock::now();
    REQUIRE(runDoorway("unlock " + quote(wb) + " --passphrase-fd 0", kPass).exitCode == 0);
    int fullUs = int(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    REQUIRE((readText(wb) == original));

    int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    REQUIRE(watch >= 0);
    ::inotify_add_watch(watch, dir.path().c_str(), IN_CREATE);
    ::inotify_add_watch(watch, dir.file("w.takes").c_str(), IN_CREATE);

    std::mt19937 rng(1717);
    int kills = 0, leftBehind = 0;
    auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 60; ++round) {
        if (!sealedText(readText(wb))) REQUIRE(lock().exitCode == 0);
        drain(watch);
        pid_t pid = startUnlock(wb, passFile);
        REQUIRE(pid > 0);
        // Half the kills land just after a temp file appears (the moment
        // that used to leak), half anywhere in the run.
        if (round % 2 == 0) {
            waitForTemp(watch, 3000);
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 3000));
        } else {
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % unsigned(fullUs + 1)));
        }
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ++kills;
        if (!tempFiles(dir.path()).empty()) ++leftBehind;

        // The next command, whichever it is, clears them.
        const char* next[] = {"check ", "lock ", "unlock "};
        RunResult r = runDoorway(std::string(next[round % 3]) + quote(wb) + " --passphrase-fd 0", kPass, fast);
        INFO("round " << round << ": " << r.out << r.err);
        CHECK(tempFiles(dir.path()).empty());
        // Never a mix: each file is locked or exactly what it was.
        std::string now = readText(wb);
        CHECK((sealedText(now) || now == original));
        for (const char* t : {"w.takes/one.wav", "w.takes/two.wav"}) {
            std::string take = readText(dir.file(t));
            CHECK((sealedText(take) || take == audio));
        }
    }
    ::close(watch);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(kills << " kills, " << leftBehind << " left a temp file, " << seconds << " s");
    CHECK(kills == 60);
    CHECK(leftBehind >= 5);  // the kills did land while files were being written
    CHECK(seconds < 120);
}
