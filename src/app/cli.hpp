#pragma once
// The CLI subcommands of the doorway binary. Each lives in its own
// cmd_<name>.cpp and returns the process exit code:
// 0 done, 1 bad input or failed operation, 2 usage.
#include <string>
#include <vector>

namespace doorway {

using Args = std::vector<std::string>;

int cmdCheck(const Args& args);       // doorway check FILE...
int cmdScore(const Args& args);       // doorway score [--json] [TEXT | -]
int cmdRoleplay(const Args& args);    // doorway roleplay [--list | [--json] OBJECTION_ID [TEXT | -]]
int cmdExport(const Args& args);      // doorway export FILE (--pdf|--html|--md OUT) ...
int cmdPrint(const Args& args);       // doorway print FILE [--printer NAME]
int cmdTranscribe(const Args& args);  // doorway transcribe [--json] [--script F] AUDIO
int cmdLock(const Args& args);        // doorway lock FILE [--passphrase-fd N]
int cmdUnlock(const Args& args);      // doorway unlock FILE [--passphrase-fd N]

// Shared helpers for subcommands.
int usageError(const std::string& command, const std::string& message);  // prints, returns 2
int failure(const std::string& message);                                 // prints, returns 1
// Reads all of stdin into `out`; false once it passes `limit` bytes
// (score and roleplay read the text to judge this way).
bool readStdinUpTo(std::string& out, size_t limit);
// "" when `text` is UTF-8 text; else why it isn't (NUL bytes, where the
// first byte that isn't UTF-8 is), for score and roleplay to refuse it.
std::string whyNotText(const std::string& text);

// Reads one line from fd N (or the terminal without echo when fd < 0) as a
// passphrase. Returns false with a message on failure.
bool readPassphrase(int fd, const std::string& prompt, std::string& out, std::string& error);

struct WindowOptions {
    std::string workbook;                // open this file
    std::string workbooksDir;            // --workbooks DIR
    std::string screenshot;              // --screenshot FILE.png
    int frames = 3;                      // --frames N
    int width = 1280, height = 800;      // --size WxH
    float scale = 0;                     // --scale F: draw as on a screen scaled F times (0: the monitor's own)
    std::vector<std::string> uiActions;  // --ui ACTION (repeatable): drive views for screenshots/tests
};

int runWindow(const WindowOptions& opts);  // window.cpp

}  // namespace doorway
