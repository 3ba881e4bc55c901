#pragma once
// Helpers shared by the tests: temp folders, running the binary.
#include <filesystem>
#include <string>

namespace doorway::test {

// A fresh folder under the system temp dir, removed when this goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the doorway binary with `args` (a shell-quoted string), optional
// stdin text, and optional extra environment ("A=1 B=2").
// `wrapper` goes before the binary (e.g. "xvfb-run -a").
RunResult runDoorway(const std::string& args, const std::string& stdinText = "", const std::string& env = "",
                     const std::string& wrapper = "");
// Runs the window: under the current display, or xvfb-run when there is none.
RunResult runDoorwayWindow(const std::string& args, const std::string& env = "");

std::string readText(const std::string& path);
void writeText(const std::string& path, const std::string& text);
std::string sourcePath(const std::string& relative);  // under the repo root
std::string quote(const std::string& s);              // for the shell
// A home folder (dir/home) whose safety card was already seen, so a window
// opens on its page; returns the environment (HOME, XDG_CONFIG_HOME,
// XDG_DATA_HOME, and a fast passphrase key for tests) that points the app
// at it.
std::string quietHomeEnv(const TempDir& dir);
// A workbook titled "Mine" with no answers yet, written as `name` in `dir`;
// its path.
std::string emptyWorkbook(const TempDir& dir, const std::string& name = "wb.json");

// Writes a FLAC of one second of silence whose header (STREAMINFO's total
// samples) claims `seconds` at `rate` Hz: a "long recording" for the length
// limit, which is judged from the header, at no cost in time or disk. (A WAV
// cannot claim it: libsndfile trims a data chunk longer than the file.)
void writeFlacClaiming(const std::string& path, double seconds, int rate = 16000);

}  // namespace doorway::test
