// How long opening a sealed workbook takes: the Argon2id cost at the
// chosen limits (what a person waits after typing the passphrase), then
// sealing and opening with the key already derived (every save).
//   build/bench/seal_bench [WORKBOOK]
#include "core/paths.hpp"
#include "seal/seal.hpp"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace doorway;

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void measure(const char* name, const SealLimits& limits, const std::string& text, int runs) {
    std::string pass = "bench passphrase";
    auto sealer = makePassphraseSealer(pass, limits);
    std::string sealed = sealer->seal(text);
    std::vector<double> open, resave, reopen;
    for (int i = 0; i < runs; ++i) {
        std::string p = "bench passphrase";
        auto fresh = makePassphraseSealer(p, limits);
        auto t0 = std::chrono::steady_clock::now();
        fresh->open(sealed);  // derives the key: the cost of opening
        open.push_back(seconds(t0));
        t0 = std::chrono::steady_clock::now();
        std::string again = fresh->seal(text);  // a save: the key is cached
        resave.push_back(seconds(t0));
        t0 = std::chrono::steady_clock::now();
        fresh->open(again);
        reopen.push_back(seconds(t0));
    }
    std::printf("%-26s ops=%llu mem=%4llu MiB  open (KDF) median %7.1f ms  min %7.1f ms  max %7.1f ms | "
                "save %5.2f ms  reopen %5.2f ms\n",
                name, (unsigned long long)limits.opslimit, (unsigned long long)(limits.memlimit >> 20),
                median(open) * 1e3, *std::min_element(open.begin(), open.end()) * 1e3,
                *std::max_element(open.begin(), open.end()) * 1e3, median(resave) * 1e3, median(reopen) * 1e3);
}

}  // namespace

int main(int argc, char** argv) {
    std::string path = argc > 1 ? argv[1] : exampleWorkbookPath(), text, error;
    if (!readFile(path, text, error)) {
        std::fprintf(stderr, "seal_bench: %s\n", error.c_str());
        return 1;
    }
    std::printf("workbook: %s (%zu bytes)\n", path.c_str(), text.size());
    measure("chosen (moderate)", productionSealLimits(), text, 7);
    measure("for comparison: interactive",
            {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}, text, 7);
    measure("test hook (minimum)", {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}, text, 7);
    return 0;
}
