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

// A folder only this user can read ($XDG_RUNTIME_DIR/doorway when there is
// one, else a fresh /tmp/doorway-print-XXXXXX, mode 0700). "" with `error`.
std::string privateTempFolder(std::string& error);

// Opens a file with the desktop's default application (xdg-open), without
// waiting for it. False with `error` when xdg-open is missing or fails to start.
bool openWithDesktop(const std::string& path, std::string& error);

}  // namespace doorway
