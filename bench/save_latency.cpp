// Save latency of a workbook: the full atomic save (serialize, temp file,
// fsync, .bak link, rename, fsync the folder), median and p90 of 50 saves
// into a temp folder. Uses workbooks/example.json, or a generated workbook
// of similar size when it is missing.
#include "core/paths.hpp"
#include "core/storage.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace doorway;

namespace {

Workbook generated() {
    Workbook wb = newWorkbook("Generated workbook", "2026-01-01T00:00:00Z");
    for (int w = 0; w < 12; ++w)
        for (int f = 0; f < 6; ++f)
            wb.answers["sheet" + std::to_string(w)]["field" + std::to_string(f)] =
                std::string(400, char('a' + (w + f) % 26));
    for (int i = 0; i < 120; ++i) {
        TrackerEntry t;
        t.date = "2026-01-01";
        t.fearSigns = {"asks_questions", "sighs"};
        t.note = "a short note about the day";
        wb.tracker.push_back(t);
    }
    for (int i = 0; i < 12; ++i) {
        Take t;
        t.id = "take-" + std::to_string(i);
        t.text = std::string(600, 'x');
        t.durationS = 60;
        t.score = 70;
        wb.takes.push_back(t);
    }
    return wb;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::max(5, std::atoi(argv[1])) : 50;
    std::string source = exampleWorkbookPath();
    Workbook wb;
    LoadResult r = loadWorkbookFile(source);
    if (r.ok) {
        wb = r.workbook;
    } else {
        std::printf("(%s; using a generated workbook instead)\n", r.error.c_str());
        source = "generated";
        wb = generated();
    }
    size_t bytes = serializePretty(workbookToJson(wb)).size();
    fs::path dir = fs::temp_directory_path() / ("doorway-save-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string path = (dir / "w.json").string();
    std::vector<double> ms;
    for (int i = 0; i < runs + 3; ++i) {
        wb.modified = "2026-01-01T00:00:" + std::to_string(10 + i % 50) + "Z";  // a real change each time
        auto t0 = std::chrono::steady_clock::now();
        SaveResult s = saveWorkbookFile(path, wb);
        auto t1 = std::chrono::steady_clock::now();
        if (!s.ok) {
            std::fprintf(stderr, "save failed: %s\n", s.error.c_str());
            fs::remove_all(dir);
            return 1;
        }
        if (i >= 3) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());  // skip warm-up
    }
    // The parse side too, for scale.
    std::vector<double> loadMs;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        LoadResult l = loadWorkbookFile(path);
        auto t1 = std::chrono::steady_clock::now();
        if (!l.ok) return 1;
        loadMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    fs::remove_all(dir);
    std::printf("save_latency: %s, %zu bytes, %d saves into %s\n", source.c_str(), bytes, runs,
                fs::temp_directory_path().c_str());
    std::printf("  save  median %.2f ms   p90 %.2f ms   max %.2f ms\n", percentile(ms, 0.5), percentile(ms, 0.9),
                percentile(ms, 1.0));
    std::printf("  load  median %.2f ms   p90 %.2f ms\n", percentile(loadMs, 0.5), percentile(loadMs, 0.9));
    return 0;
}
