#include "core/paths.hpp"

#include "core/limits.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {
std::string envOr(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : std::string();
}
std::string home() {
    std::string h = envOr("HOME");
    return h.empty() ? std::string(".") : h;
}

// <exe dir>/../share/doorway/<leaf> when it exists: an installed Doorway
// (any prefix) finds its data beside itself before the source tree it was
// built from, which a package's user never has.
std::string installed(const char* leaf) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    fs::path p = (exe.parent_path() / DOORWAY_DATA_FROM_BIN / leaf).lexically_normal();
    return fs::exists(p, ec) ? p.string() : std::string();
}
}  // namespace

std::string assetsDir() {
    if (auto a = envOr("DOORWAY_ASSETS"); !a.empty()) return a;
    if (auto a = installed("assets"); !a.empty()) return a;
    return DOORWAY_SOURCE_ASSETS;
}

std::string exampleWorkbookPath() {
    if (auto a = envOr("DOORWAY_EXAMPLE"); !a.empty()) return a;
    if (auto a = installed("workbooks/example.json"); !a.empty()) return a;
    return std::string(DOORWAY_SOURCE_WORKBOOKS) + "/example.json";
}

std::string defaultWorkbooksDir() {
    std::string base = envOr("XDG_DATA_HOME");
    if (base.empty()) base = home() + "/.local/share";
    return base + "/doorway/workbooks";
}

std::string configDir() {
    std::string base = envOr("XDG_CONFIG_HOME");
    if (base.empty()) base = home() + "/.config";
    return base + "/doorway";
}

std::string workbookFileStem(const std::string& title) {
    std::string out;
    for (unsigned char c : title) {
        if (c >= 0x80 || std::isalnum(c) || c == ' ' || c == '-' || c == '_')
            out += char(c);
        else if (c == '.' || c == '/' || c == '\\' || c == ':')
            out += '-';
    }
    out.erase(0, std::min(out.size(), out.find_first_not_of(" -")));
    constexpr size_t kMaxBytes = 80;
    if (out.size() > kMaxBytes) {
        size_t n = kMaxBytes;
        while (n > 0 && (static_cast<unsigned char>(out[n]) & 0xC0) == 0x80) --n;  // not inside a character
        out.resize(n);
    }
    out.erase(out.find_last_not_of(' ') + 1);  // npos + 1 == 0: all spaces go
    return out.empty() ? std::string("My workbook") : out;
}

std::string displayPath(const std::string& path) {
    std::string h = envOr("HOME");
    while (h.size() > 1 && h.back() == '/') h.pop_back();
    // Only a whole leading folder: /home/ann must not shorten /home/anna/x.
    if (h.size() > 1 && path.size() > h.size() && path.compare(0, h.size(), h) == 0 && path[h.size()] == '/')
        return "~" + path.substr(h.size());
    return path;
}

namespace {

std::string errnoText(int e) {
    switch (e) {
        case ENOENT:
            return "no such file";
        case EACCES:
        case EPERM:
            return "permission denied (this user may not read it)";
        case ELOOP:
            return "too many symbolic links";
        case ENAMETOOLONG:
            return "the name is too long";
        case ENOTDIR:
            return "a part of the path is not a folder";
        default:
            return std::strerror(e);
    }
}

}  // namespace

bool readRegularFile(const std::string& path, std::string& out, std::string& error, std::uint64_t maxBytes,
                     const std::string& kind) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused
    // below as not a regular file); it changes nothing for a regular file.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        error = path + ": " + errnoText(errno);
        return false;
    }
    auto fail = [&](const std::string& what) {
        error = path + ": " + what;
        ::close(fd);
        return false;
    };
    struct stat st {};
    if (::fstat(fd, &st) != 0) return fail(errnoText(errno));
    const std::string tooLarge = kind.empty() ? "too large (" : "too large to be " + kind + " (";
    if (S_ISDIR(st.st_mode))
        return fail(kind.empty() ? "is a folder, not a file" : "is a folder, not " + kind + " file");
    // A FIFO, socket or device (/dev/zero, a terminal) is never a file of
    // ours, and reading one could wait or run forever.
    if (!S_ISREG(st.st_mode)) return fail("is not a regular file (a device, pipe or socket)");
    if (std::uint64_t(st.st_size) > maxBytes)
        return fail(tooLarge + sizeAgainstLimit(std::uint64_t(st.st_size), maxBytes) + ")");
    out.clear();
    out.reserve(size_t(st.st_size));
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(std::string("read failed (") + std::strerror(errno) + ")");
        }
        if (n == 0) break;
        out.append(buf, size_t(n));
        if (out.size() > maxBytes)  // it grew while we read
            return fail(tooLarge + "it grew past " + sizeAgainstLimit(out.size(), maxBytes) + " while being read)");
    }
    ::close(fd);
    return true;
}

bool readFile(const std::string& path, std::string& out, std::string& error, size_t maxBytes) {
    return readRegularFile(path, out, error, maxBytes, "");
}

std::string takesFolderFor(const std::string& workbookPath) {
    if (workbookPath.empty()) return {};
    fs::path p(workbookPath);
    return (p.parent_path() / (p.stem().string() + ".takes")).string();
}

}  // namespace doorway
