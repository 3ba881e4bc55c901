#include "print/print_job.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char** environ;

namespace fs = std::filesystem;

namespace doorway {

std::string findProgram(const std::string& name) {
    if (name.find('/') != std::string::npos) return ::access(name.c_str(), X_OK) == 0 ? name : std::string();
    const char* path = std::getenv("PATH");
    std::string p = path ? path : "/usr/bin:/bin";
    size_t i = 0;
    while (i <= p.size()) {
        size_t colon = p.find(':', i);
        if (colon == std::string::npos) colon = p.size();
        std::string dir = p.substr(i, colon - i);
        if (dir.empty()) dir = ".";
        std::string full = dir + "/" + name;
        struct stat st {};
        if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(full.c_str(), X_OK) == 0) return full;
        i = colon + 1;
    }
    return {};
}

ProcessResult runProcess(const std::vector<std::string>& argv) {
    ProcessResult r;
    if (argv.empty()) {
        r.error = "nothing to run";
        return r;
    }
    std::string exe = findProgram(argv[0]);
    if (exe.empty()) {
        r.error = argv[0] + " is not installed";
        return r;
    }
    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0) {
        r.error = std::string("pipe: ") + std::strerror(errno);
        return r;
    }
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        r.error = std::string("pipe: ") + std::strerror(errno);
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        return r;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, errPipe[1], 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, exe.c_str(), &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        r.error = "could not run " + exe + ": " + std::strerror(rc);
        return r;
    }
    r.started = true;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    char buf[4096];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int k = 0; k < 2; ++k) {
            if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = ::read(fds[k].fd, buf, sizeof buf);
            if (n > 0) {
                (k == 0 ? r.out : r.err).append(buf, size_t(n));
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[k].fd);
                fds[k].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return r;
}

std::string parseLpJobId(const std::string& out) {
    // CUPS: "request id is Office-42 (1 file(s))".
    const std::string key = "request id is ";
    size_t at = out.find(key);
    if (at == std::string::npos) return {};
    at += key.size();
    size_t end = out.find_first_of(" \t\r\n", at);
    return out.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

PrintJobResult sendToPrinter(const std::string& pdfPath, const std::string& printer, const std::string& title) {
    PrintJobResult res;
    if (findProgram("lp").empty()) {
        res.lpMissing = true;
        return res;
    }
    std::vector<std::string> argv{"lp"};
    if (!printer.empty()) {
        argv.push_back("-d");
        argv.push_back(printer);
    }
    if (!title.empty()) {
        argv.push_back("-t");
        argv.push_back(title);
    }
    argv.push_back("--");
    argv.push_back(pdfPath);
    ProcessResult p = runProcess(argv);
    if (!p.started) {
        res.message = p.error;
        return res;
    }
    if (p.exitCode != 0) {
        std::string why = p.err.empty() ? p.out : p.err;
        while (!why.empty() && (why.back() == '\n' || why.back() == '\r')) why.pop_back();
        res.message = why.empty() ? "lp failed (exit " + std::to_string(p.exitCode) + ")" : why;
        return res;
    }
    res.sent = true;
    res.jobId = parseLpJobId(p.out);
    return res;
}

namespace {

// A folder of ours: a real folder (not a link), owned by this user, that
// nobody else may read.
bool privateFolderOfOurs(const std::string& dir) {
    struct stat st {};
    return ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() && (st.st_mode & 077) == 0;
}

std::string runtimeFolder() {
    std::error_code ec;
    const char* rt = std::getenv("XDG_RUNTIME_DIR");
    if (!rt || !*rt || !fs::is_directory(rt, ec)) return {};
    return std::string(rt) + "/doorway";
}

// Where fresh doorway-print-XXXXXX folders go: memory first.
std::vector<std::string> tempBases() {
    std::vector<std::string> out;
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0) out.push_back("/dev/shm");
    std::string base = fs::temp_directory_path(ec).string();
    out.push_back(ec || base.empty() ? std::string("/tmp") : base);
    return out;
}

}  // namespace

std::string privateTempFolder(std::string& error) {
    if (std::string dir = runtimeFolder(); !dir.empty()) {
        // Only a folder we own and nobody else can read will do.
        if ((::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) && privateFolderOfOurs(dir)) return dir;
    }
    std::string tried;
    for (const std::string& base : tempBases()) {
        std::string tmpl = base + "/doorway-print-XXXXXX";
        if (::mkdtemp(tmpl.data())) return tmpl;
        tried = base + " (" + std::strerror(errno) + ")";
    }
    error = "could not make a private folder in " + tried;
    return {};
}

int removeOldPrintedPdfs(double minAgeSeconds) {
    std::vector<std::string> folders;
    if (std::string dir = runtimeFolder(); !dir.empty() && privateFolderOfOurs(dir)) folders.push_back(dir);
    std::error_code ec;
    for (const std::string& base : tempBases())
        for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().filename().string().rfind("doorway-print-", 0) == 0 &&
                privateFolderOfOurs(it->path().string()))
                folders.push_back(it->path().string());
    int removed = 0;
    auto now = fs::file_time_type::clock::now();
    for (const std::string& dir : folders) {
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code e2;
            if (it->path().extension() != ".pdf" || it->symlink_status(e2).type() != fs::file_type::regular) continue;
            auto t = fs::last_write_time(it->path(), e2);
            if (e2 || std::chrono::duration<double>(now - t).count() < minAgeSeconds) continue;
            if (fs::remove(it->path(), e2)) ++removed;
        }
        if (dir.find("/doorway-print-") != std::string::npos) {
            // Only an old empty folder: a fresh one may be another print's,
            // made a moment ago and about to receive its PDF.
            std::error_code e3;
            auto made = fs::last_write_time(dir, e3);
            if (!e3 && std::chrono::duration<double>(now - made).count() >= minAgeSeconds && fs::is_empty(dir, e3) &&
                !e3)
                fs::remove(dir, e3);
        }
    }
    return removed;
}

std::string keptPdfAdvice(const std::string& pdfPath, const std::string& howToDelete) {
    const std::string how = howToDelete.empty() ? "rm -- '" + pdfPath + "'" : howToDelete;
    return "It holds your answers as plain text, so delete it once it has printed (" + how +
           "). Doorway deletes it itself when it next prints or opens, an hour or more from now.";
}

bool openWithDesktop(const std::string& path, std::string& error) {
    std::string exe = findProgram("xdg-open");
    if (exe.empty()) {
        error = "xdg-open is not installed; open " + path + " yourself";
        return false;
    }
    // Detached: the viewer outlives nothing of ours and we never wait on it.
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    std::string a0 = "xdg-open";
    std::string a1 = path;
    char* args[] = {a0.data(), a1.data(), nullptr};
    pid_t pid = 0;
    int rc = posix_spawn(&pid, exe.c_str(), &fa, &attr, args, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        error = std::string("could not run xdg-open: ") + std::strerror(rc);
        return false;
    }
    // Reap it when it ends without blocking the window: a short-lived
    // xdg-open exits quickly; check once now and leave the rest to SIGCHLD
    // defaults (a zombie at most until the app exits).
    int status = 0;
    ::waitpid(pid, &status, WNOHANG);
    return true;
}

}  // namespace doorway
