// The phrasing scorer on a 1,000-word text: it runs on every keystroke in
// the rehearsal editor, so the target is well under 5 ms. Prints the median
// (and the fastest and slowest) of many runs, in wall time and in the
// thread's own CPU time (on a shared, busy machine the wall time mostly
// measures the queue). Then 1, 2 and 4 MiB (the most `score` reads), to show
// the cost grows linearly: issue 17 found 10 MiB taking 537 s. First, what
// loading the scoring assets costs in time and memory (the app and every
// `doorway score` pay it once): session 25 found a table per {…} group as
// long as the whole vocabulary, 1.6 s and 640 MB once the rules had grown.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/paths.hpp"
#include "core/scorer.hpp"

int main() {
    using namespace doorway;
    Scorer scorer;
    try {
        const auto t0 = std::chrono::steady_clock::now();
        scorer = Scorer::loadDirectory(assetsDir() + "/scoring");
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        const double cpuMs = (double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
                              double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3);
        // ru_maxrss is in KiB on Linux.
        std::printf("load: wall %.0f ms, cpu %.0f ms (the process so far), peak memory %.0f MiB\n", ms, cpuMs,
                    double(ru.ru_maxrss) / 1024.0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scorer_bench: %s\n", e.what());
        return 1;
    }
    // A mix of helpful and harmful phrasing, repeated to 1,000 words, so that
    // many rules actually fire (a text that matches nothing would be flattering).
    const std::vector<std::string> sentences = {
        "I've been feeling lonely lately, and I miss how we used to talk.",
        "You never listen and you always make it about you.",
        "We keep ending up in the same fight, round and round.",
        "Would you be open to trying one session with me?",
        "You pick the therapist, and you can veto it afterwards if you hate it.",
        "I'm not saying you're the problem; this isn't about blame.",
        "I feel like you don't care, and my mother says you need help.",
        "If you won't come, I'm done, and honestly you're a textbook avoidant.",
        "I already booked us a session for Thursday evening at six.",
        "I think someone outside could help us understand each other and feel closer.",
    };
    // Kind sentences alone, repeated to 1,000 words: a text scored as an
    // invitation, so the fitted heads that only read those (the warmth
    // hold's and the disclosure hold's) are asked too.
    const std::vector<std::string> kind = {
        "I've been feeling lonely lately, and I miss how we used to talk.",
        "Would you be open to trying one session with me?",
        "You pick the therapist, and you can veto it afterwards if you hate it.",
        "I think someone outside could help us understand each other and feel closer.",
    };
    auto repeatTo1000 = [](const std::vector<std::string>& from, int& words) {
        std::string out;
        words = 0;
        for (size_t i = 0; words < 1000; ++i) {
            const std::string& s = from[i % from.size()];
            out += s + (i % 4 == 3 ? "\n" : " ");
            for (size_t k = 0; k < s.size(); ++k)
                if (s[k] == ' ') ++words;
            ++words;
        }
        return out;
    };
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    // 300 timed runs of `text` after 10 to warm up, as medians and tails.
    auto measure = [&](const char* what, const std::string& text, int words) {
        const int runs = 300;
        std::vector<double> ms, cpu;
        ScoreResult r;
        for (int i = 0; i < 10; ++i) r = scorer.score(text);  // warm up
        for (int i = 0; i < runs; ++i) {
            auto t0 = std::chrono::steady_clock::now();
            double c0 = cpuMs();
            r = scorer.score(text);
            cpu.push_back(cpuMs() - c0);
            auto t1 = std::chrono::steady_clock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%s: %d words (%zu bytes), %zu findings, score %d, %d runs\n", what, words, text.size(),
                    r.findings.size(), r.score, runs);
        std::printf("  wall: median %.3f ms   min %.3f ms   p95 %.3f ms   max %.3f ms   (target < 5 ms)\n",
                    ms[ms.size() / 2], ms.front(), ms[ms.size() * 95 / 100], ms.back());
        std::printf("  cpu:  median %.3f ms   min %.3f ms   p95 %.3f ms   max %.3f ms\n", cpu[cpu.size() / 2],
                    cpu.front(), cpu[cpu.size() * 95 / 100], cpu.back());
    };
    int words = 0, kindWords = 0;
    const std::string text = repeatTo1000(sentences, words);
    measure("scorer", text, words);
    const std::string invitation = repeatTo1000(kind, kindWords);
    measure("scorer, an invitation", invitation, kindWords);

    // Linear in the length, up to the cap: time per MiB should stay flat.
    std::string big;
    for (size_t mib : {1, 2, 4}) {
        while (big.size() < (mib << 20)) big += text;
        big.resize(mib << 20);
        auto t0 = std::chrono::steady_clock::now();
        double c0 = cpuMs();
        ScoreResult r = scorer.score(big);
        double c = cpuMs() - c0;
        double w = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        std::printf("  %zu MiB: wall %.0f ms, cpu %.0f ms (%.0f ms per MiB), %lld steps, score %d\n", mib, w, c,
                    c / double(mib), r.work, r.score);
    }
    std::printf("  past %zu MiB the text is refused (doorway score says so and exits 1)\n", kMaxScoreBytes >> 20);
    return 0;
}
