#include "support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace doorway::test {

TempDir::TempDir() {
    std::random_device rd;
    for (int i = 0; i < 100; ++i) {
        fs::path p =
            fs::temp_directory_path() / ("doorway-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
        std::error_code ec;
        if (fs::create_directory(p, ec)) {
            m_path = p;
            return;
        }
    }
    throw std::runtime_error("cannot make a temp dir");
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string sourcePath(const std::string& relative) {
    return std::string(DOORWAY_TEST_SOURCE_DIR) + "/" + relative;
}

RunResult runDoorwayWindow(const std::string& args, const std::string& env) {
    const char* display = std::getenv("DISPLAY");
    if (display && *display) return runDoorway(args, "", env);
    // xvfb-run -a picks the first display number with no lock file, then
    // starts Xvfb on it: two tests starting at once can pick the same one,
    // and the loser's window finds no display ("X11: Failed to open
    // display"). Nothing ran then, so running again is safe; any other
    // failure is returned as it is.
    RunResult r;
    for (int attempt = 0; attempt < 4; ++attempt) {
        r = runDoorway(args, "", env, "xvfb-run -a -s '-screen 0 1600x1000x24'");
        if (r.exitCode == 0 || r.err.find("Failed to open display") == std::string::npos) break;
    }
    return r;
}

RunResult runDoorway(const std::string& args, const std::string& stdinText, const std::string& env,
                     const std::string& wrapper) {
    TempDir tmp;
    std::string in = tmp.file("stdin"), out = tmp.file("stdout"), err = tmp.file("stderr");
    writeText(in, stdinText);
    std::string cmd = (wrapper.empty() ? "" : wrapper + " ") + (env.empty() ? "" : "env " + env + " ") +
                      quote(DOORWAY_TEST_BINARY) + " " + args + " <" + quote(in) + " >" + quote(out) + " 2>" +
                      quote(err);
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    r.out = readText(out);
    r.err = readText(err);
    return r;
}

void writeFlacClaiming(const std::string& path, double seconds, int rate) {
    const std::string cmd = "sox -R -n -r " + std::to_string(rate) + " -b 16 -c 1 " + quote(path) + " trim 0 1";
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error("sox could not write " + path);
    std::string b = readText(path);
    // "fLaC", a 4-byte block header, then STREAMINFO: the 36-bit total
    // sample count is the low nibble of byte 21 and bytes 22-25.
    if (b.size() < 42 || b.compare(0, 4, "fLaC") != 0 || (b[4] & 0x7f) != 0)
        throw std::runtime_error(path + ": not the FLAC sox was asked for");
    const auto total = uint64_t(seconds * rate);
    b[21] = char((uint8_t(b[21]) & 0xf0) | uint8_t((total >> 32) & 0x0f));
    for (int i = 0; i < 4; ++i) b[size_t(22 + i)] = char(uint8_t(total >> (24 - 8 * i)));
    writeText(path, b);
}

std::string quietHomeEnv(const TempDir& dir) {
    const std::filesystem::path home = dir.path() / "home";
    std::filesystem::create_directories(home / ".config" / "doorway");
    writeText((home / ".config/doorway/privacy.json").string(), "{\"safetyCardShown\": true}\n");
    return "HOME=" + quote(home.string()) + " XDG_CONFIG_HOME=" + quote((home / ".config").string()) +
           " XDG_DATA_HOME=" + quote((home / ".local/share").string()) + " DOORWAY_TEST_FAST_KDF=1";
}

std::string emptyWorkbook(const TempDir& dir, const std::string& name) {
    std::string wb = dir.file(name);
    writeText(wb, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Mine\", \"answers\": {}}\n");
    return wb;
}

}  // namespace doorway::test
