// Time to export the example workbook to PDF as a whole process: start the
// doorway binary, load the worksheets and the workbook, lay out, render,
// write atomically, exit. Median of 11 runs (target: under 400 ms).
#include "core/paths.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::string workbook = argc > 1 ? argv[1] : doorway::exampleWorkbookPath();
    char tmpl[] = "/tmp/doorway-export-bench-XXXXXX";
    if (!::mkdtemp(tmpl)) {
        std::perror("mkdtemp");
        return 1;
    }
    std::string out = std::string(tmpl) + "/example.pdf";
    std::string cmd = std::string("'") + DOORWAY_BIN + "' export '" + workbook + "' --pdf '" + out + "' >/dev/null";
    const int runs = 11;
    std::vector<double> ms;
    // One warm-up run: the first ever start also builds the font cache.
    if (std::system(cmd.c_str()) != 0) {
        std::fprintf(stderr, "export failed: %s\n", cmd.c_str());
        return 1;
    }
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        int rc = std::system(cmd.c_str());
        auto t1 = std::chrono::steady_clock::now();
        if (rc != 0) {
            std::fprintf(stderr, "export failed (run %d)\n", i + 1);
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    std::error_code ec;
    auto bytes = std::filesystem::file_size(out, ec);
    std::filesystem::remove_all(tmpl, ec);
    std::printf("export_bench: example workbook -> PDF (%llu bytes), whole process, %d runs\n",
                static_cast<unsigned long long>(bytes), runs);
    std::printf("  min %.1f ms  median %.1f ms  max %.1f ms  (target < 400 ms: %s)\n", ms.front(), ms[ms.size() / 2],
                ms.back(), ms[ms.size() / 2] < 400 ? "met" : "MISSED");
    return 0;
}
