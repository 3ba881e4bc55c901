#include "core/paths.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

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

std::string displayPath(const std::string& path) {
    std::string h = envOr("HOME");
    while (h.size() > 1 && h.back() == '/') h.pop_back();
    // Only a whole leading folder: /home/ann must not shorten /home/anna/x.
    if (h.size() > 1 && path.size() > h.size() && path.compare(0, h.size(), h) == 0 && path[h.size()] == '/')
        return "~" + path.substr(h.size());
    return path;
}

bool readFile(const std::string& path, std::string& out, std::string& error, size_t maxBytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = path + ": is a folder, not a file";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open (" + std::strerror(errno) + ")";
        return false;
    }
    in.seekg(0, std::ios::end);
    auto size = in.tellg();
    if (size < 0) {
        error = path + ": cannot read";
        return false;
    }
    if (size_t(size) > maxBytes) {
        error = path + ": too large (" + std::to_string(size_t(size) >> 20) + " MiB; the limit is " +
                std::to_string(maxBytes >> 20) + " MiB)";
        return false;
    }
    in.seekg(0);
    out.assign(size_t(size), '\0');
    in.read(out.data(), size);
    if (!in) {
        error = path + ": read failed";
        return false;
    }
    return true;
}

std::string takesFolderFor(const std::string& workbookPath) {
    if (workbookPath.empty()) return {};
    fs::path p(workbookPath);
    return (p.parent_path() / (p.stem().string() + ".takes")).string();
}

}  // namespace doorway
