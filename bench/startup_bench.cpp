// Start-up: time from spawn to the first frame on screen, Doorway (with the
// example workbook) against the smallest Dear ImGui + GLFW program, run
// alternately in one process so both see the same machine. Needs a display
// (run under xvfb-run -a).
#include "bench_util.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "startup_bench: needs a display; run it under xvfb-run -a\n");
        return 1;
    }
    int runs = argc > 1 ? std::atoi(argv[1]) : 15;
    std::string doorway = DOORWAY_BIN;
    std::string minimal = std::string(DOORWAY_BIN).substr(0, std::string(DOORWAY_BIN).rfind('/')) + "/bench/minimal_window";
    std::string example = std::string(DOORWAY_SOURCE_WORKBOOKS) + "/example.json";
    std::vector<double> tDoorway, tMinimal;
    auto once = [](const std::vector<std::string>& argv, std::vector<double>& into) {
        double t0 = bench::nowMs();
        bench::Child c = bench::spawn(argv, {"DOORWAY_BENCH_FIRST_FRAME=1"});
        if (c.pid <= 0 || !bench::waitForOutput(c, "first-frame", 20000)) {
            std::fprintf(stderr, "startup_bench: %s did not draw a frame\n", argv[0].c_str());
            bench::finish(c, true);
            std::exit(1);
        }
        into.push_back(bench::nowMs() - t0);
        bench::finish(c);
    };
    // One warm-up each: the first start pays for cold caches.
    std::vector<double> warm;
    once({minimal}, warm);
    once({doorway, example}, warm);
    for (int i = 0; i < runs; ++i) {
        once({minimal}, tMinimal);
        once({doorway, example}, tDoorway);
    }
    double md = bench::median(tDoorway), mm = bench::median(tMinimal);
    std::printf("first frame, median of %d runs\n", runs);
    std::printf("  minimal ImGui+GLFW program: %7.1f ms\n", mm);
    std::printf("  doorway (example workbook): %7.1f ms\n", md);
    std::printf("  ratio: %.2fx (target <= 1.5x)\n", md / mm);
    return 0;
}
