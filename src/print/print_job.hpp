#pragma once
// Handing a PDF to the system: CUPS `lp` when it is installed, otherwise a
// private place to keep the PDF and `xdg-open` to show it.
#include <string>
#include <vector>

namespace doorway {

// The full path of `name` found on $PATH, or "" when it is not there.
std::string findProgram(const std::string& name);

struct ProcessResult {
    bool started = false;  // false: could not run at all (error says why)
    int exitCode = -1;
    std::string out, err;
    std::string error;
};
// Runs argv[0] (found on $PATH) without a shell, capturing its output.
ProcessResult runProcess(const std::vector<std::string>& argv);

struct PrintJobResult {
    bool sent = false;       // lp accepted the job
    bool lpMissing = false;  // no lp on this system
    std::string jobId;       // "Office-42" from lp's "request id is Office-42 (1 file(s))"
    std::string message;     // lp's own words when it failed
};
// `lp [-d printer] -t title -- pdfPath`.
PrintJobResult sendToPrinter(const std::string& pdfPath, const std::string& printer, const std::string& title);
// The job id in lp's output, "" if none.
std::string parseLpJobId(const std::string& lpOutput);

// A folder only this user can read, in memory where there is one:
// $XDG_RUNTIME_DIR/doorway, else a fresh /dev/shm/doorway-print-XXXXXX,
// else one in the temp folder (mode 0700). "" with `error`.
std::string privateTempFolder(std::string& error);

// A PDF kept in that folder for the person to open (no printing system, or
// the printer refused it) holds their answers unlocked: it is removed by
// the next print, or the next window, this long after it was made.
inline constexpr double kKeepPrintedPdfSeconds = 3600;
// Removes Doorway's kept PDFs older than `minAgeSeconds` from the private
// folders above (and a /dev/shm or temp folder of ours left empty).
// Returns how many files were removed.
int removeOldPrintedPdfs(double minAgeSeconds = kKeepPrintedPdfSeconds);
// The sentence that tells the person where a kept PDF is and how to delete it:
// `howToDelete` ("\"Delete it\" above" in the window), or the shell command.
std::string keptPdfAdvice(const std::string& pdfPath, const std::string& howToDelete = {});

// Opens a file with the desktop's default application (xdg-open), without
// waiting for it. False with `error` when xdg-open is missing or fails to start.
bool openWithDesktop(const std::string& path, std::string& error);

}  // namespace doorway
