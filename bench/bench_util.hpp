#pragma once
// Spawning a program and timing it, for the benchmarks (not a test helper).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

extern char** environ;

namespace bench {

inline double nowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

inline double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = size_t(p * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

struct Child {
    pid_t pid = -1;
    int out = -1;  // read end of its stdout
};

inline Child spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnv = {}) {
    int fds[2];
    if (pipe(fds) != 0) return {};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) env.emplace_back(*e);
    for (const auto& e : extraEnv) env.push_back(e);
    std::vector<char*> cargv, cenv;
    for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    for (const auto& e : env) cenv.push_back(const_cast<char*>(e.c_str()));
    cenv.push_back(nullptr);
    Child c;
    if (posix_spawn(&c.pid, cargv[0], &fa, nullptr, cargv.data(), cenv.data()) != 0) c.pid = -1;
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    c.out = fds[0];
    return c;
}

// Reads the child's stdout until `marker` appears or `timeoutMs` passes.
inline bool waitForOutput(const Child& c, const std::string& marker, double timeoutMs) {
    std::string got;
    double end = nowMs() + timeoutMs;
    while (nowMs() < end) {
        pollfd p{c.out, POLLIN, 0};
        if (poll(&p, 1, 50) > 0) {
            char buf[256];
            ssize_t n = read(c.out, buf, sizeof buf);
            if (n <= 0) return got.find(marker) != std::string::npos;
            got.append(buf, size_t(n));
            if (got.find(marker) != std::string::npos) return true;
        }
    }
    return false;
}

inline int finish(Child& c, bool kill = false) {
    if (c.pid <= 0) return -1;
    if (kill) ::kill(c.pid, SIGTERM);
    int status = 0;
    waitpid(c.pid, &status, 0);
    close(c.out);
    c.pid = -1;
    return status;
}

}  // namespace bench
