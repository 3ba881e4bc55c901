// Idle CPU: open Doorway with the example workbook, let it settle, then
// measure the CPU time it uses over a quiet interval (no input at all).
// Needs a display (run under xvfb-run -a).
#include "bench_util.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

namespace {
double cpuSeconds(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t close = s.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(s.substr(close + 2));
    std::string field;
    long utime = 0, stime = 0;
    for (int i = 3; i <= 15; ++i) {
        rest >> field;
        if (i == 14) utime = std::atol(field.c_str());
        if (i == 15) stime = std::atol(field.c_str());
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}
}  // namespace

int main(int argc, char** argv) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "idle_cpu_bench: needs a display; run it under xvfb-run -a\n");
        return 1;
    }
    double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    std::string example = std::string(DOORWAY_SOURCE_WORKBOOKS) + "/example.json";
    // Work on a copy so autosave can never touch the bundled example.
    std::string copy = "/tmp/doorway-idle-bench.json";
    std::system(("cp " + example + " " + copy).c_str());
    bench::Child c = bench::spawn({DOORWAY_BIN, copy}, {"XDG_CONFIG_HOME=/tmp/doorway-idle-bench-config"});
    std::this_thread::sleep_for(std::chrono::seconds(3));
    double a = cpuSeconds(c.pid);
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    double b = cpuSeconds(c.pid);
    bench::finish(c, true);
    if (a < 0 || b < 0) {
        std::fprintf(stderr, "idle_cpu_bench: doorway exited early\n");
        return 1;
    }
    std::printf("idle CPU over %.0f s with the window open: %.2f%% of one core (target < 3%%)\n", seconds,
                100.0 * (b - a) / seconds);
    return 0;
}
