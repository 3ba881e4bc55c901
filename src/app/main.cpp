// doorway: the window, and the subcommands that work without one.
#include "app/cli.hpp"
#include "doorway/version.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <utility>

namespace doorway {

namespace {

// One synopsis line per command: a usage error shows the line for what was
// being typed (a short reminder), --help shows them all.
const std::pair<const char*, const char*> kSynopsis[] = {
    {"", "doorway [WORKBOOK] [--workbooks DIR] [--screenshot FILE.png [--frames N] [--size WxH] [--scale F]]"},
    {"check", "doorway check [--passphrase-fd N] FILE..."},
    {"score", "doorway score [--json] [TEXT | -]"},
    {"roleplay", "doorway roleplay --list | doorway roleplay [--json] OBJECTION_ID [TEXT | -]"},
    {"export",
     "doorway export FILE (--pdf OUT | --html OUT | --md OUT) [--paper a4|letter] [--sections ID,...] [--blank] "
     "[--card] [--country CC] [--no-safety-line] [--passphrase-fd N]"},
    {"print", "doorway print FILE [--printer NAME] [--passphrase-fd N]"},
    {"transcribe", "doorway transcribe [--json] [--script TEXT_FILE] AUDIO"},
    {"lock", "doorway lock FILE | doorway unlock FILE [--passphrase-fd N]"},
    {"unlock", "doorway lock FILE | doorway unlock FILE [--passphrase-fd N]"},
    {"--help", "doorway --help | --version"},
};

std::string fullUsage() {
    std::string out;
    const char* last = "";
    for (const auto& [cmd, line] : kSynopsis) {
        if (std::strcmp(line, last) == 0) continue;  // lock and unlock share a line
        out += (out.empty() ? "usage: " : "       ") + std::string(line) + "\n";
        last = line;
    }
    return out;
}

// "usage: <the line for command>" and where to find the rest.
std::string shortUsage(const std::string& command) {
    for (const auto& [cmd, line] : kSynopsis)
        if (command == cmd) return "usage: " + std::string(line) + "\n(doorway --help lists every command)\n";
    return fullUsage();
}

const char* kHelp =
    "Doorway: a private, offline workbook for when you'd like couples therapy and your\n"
    "partner doesn't. Nothing you write leaves this computer.\n\n"
    "Window:\n"
    "  doorway [WORKBOOK]            open the window (with WORKBOOK if given)\n"
    "  --workbooks DIR               the folder for workbooks (default $XDG_DATA_HOME/doorway/workbooks)\n"
    "  --screenshot FILE.png         draw a few frames, save the window as a PNG, exit\n"
    "  --frames N                    frames to draw before the screenshot (default 3)\n"
    "  --size WxH                    window size (default 1280x800)\n"
    "  --scale F                     draw as on a screen scaled F times, 1 to 4 (default: the monitor's)\n"
    "  --ui ACTION                   drive the window before a screenshot (repeatable), e.g.\n"
    "                                view=worksheet:pattern, view=rehearsal; shot=FILE.png saves\n"
    "                                the window and goes on with the actions after it\n\n"
    "Without a window:\n"
    "  check FILE...                 validate workbooks; prints FILE: ok or the problem\n"
    "  score [--json] [TEXT | -]     score the phrasing of an invitation (- reads stdin)\n"
    "  export FILE ...               export a workbook as PDF, HTML or Markdown\n"
    "  print FILE [--printer NAME]   print a workbook (CUPS lp), or save a PDF to open\n"
    "  transcribe [--json] AUDIO     recognise speech in a recording, offline\n"
    "  lock FILE / unlock FILE       seal a workbook with a passphrase, or unseal it\n"
    "  --passphrase-fd N             (check, export, print, lock, unlock) read the passphrase as\n"
    "                                one line from file descriptor N instead of the terminal\n\n"
    "Exit codes: 0 done, 1 bad input or a failed operation, 2 usage.\n";

bool hasDisplay() {
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (w && *w);
}

int parseWindowArgs(const Args& args, WindowOptions& o) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* flag) -> const std::string* {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "doorway: %s needs a value\n%s", flag, shortUsage("").c_str());
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "--workbooks") {
            auto v = value("--workbooks");
            if (!v) return 2;
            o.workbooksDir = *v;
        } else if (a == "--screenshot") {
            auto v = value("--screenshot");
            if (!v) return 2;
            o.screenshot = *v;
        } else if (a == "--frames") {
            auto v = value("--frames");
            if (!v) return 2;
            char* end = nullptr;
            long n = std::strtol(v->c_str(), &end, 10);
            if (!end || *end || n < 1 || n > 100000) {
                std::fprintf(stderr, "doorway: --frames takes a whole number from 1 to 100000, not '%s'\n%s",
                             v->c_str(), shortUsage("").c_str());
                return 2;
            }
            o.frames = int(n);
        } else if (a == "--size") {
            auto v = value("--size");
            if (!v) return 2;
            int w = 0, h = 0;
            char extra = 0;
            if (std::sscanf(v->c_str(), "%dx%d%c", &w, &h, &extra) != 2 || w < 320 || h < 240 || w > 8192 || h > 8192) {
                std::fprintf(
                    stderr, "doorway: --size takes WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1280x800, not '%s'\n%s",
                    v->c_str(), shortUsage("").c_str());
                return 2;
            }
            o.width = w;
            o.height = h;
        } else if (a == "--scale") {
            auto v = value("--scale");
            if (!v) return 2;
            char* end = nullptr;
            double f = std::strtod(v->c_str(), &end);
            if (!end || *end || !(f >= 1.0 && f <= 4.0)) {
                std::fprintf(stderr, "doorway: --scale takes a number from 1 to 4, e.g. 2, not '%s'\n%s", v->c_str(),
                             shortUsage("").c_str());
                return 2;
            }
            o.scale = float(f);
        } else if (a == "--ui") {
            auto v = value("--ui");
            if (!v) return 2;
            o.uiActions.push_back(*v);
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "doorway: unknown option '%s'\n%s", a.c_str(), shortUsage("").c_str());
            return 2;
        } else if (o.workbook.empty()) {
            o.workbook = a;
        } else {
            std::fprintf(stderr, "doorway: one workbook at a time ('%s' and '%s')\n%s", o.workbook.c_str(), a.c_str(),
                         shortUsage("").c_str());
            return 2;
        }
    }
    return 0;
}

}  // namespace

int usageError(const std::string& command, const std::string& message) {
    std::fprintf(stderr, "doorway %s: %s\n%s", command.c_str(), message.c_str(), shortUsage(command).c_str());
    return 2;
}

int failure(const std::string& message) {
    std::fprintf(stderr, "doorway: %s\n", message.c_str());
    return 1;
}

}  // namespace doorway

int main(int argc, char** argv) {
    using namespace doorway;
    Args args(argv + 1, argv + argc);
    if (!args.empty()) {
        if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            std::fputs(kHelp, stdout);
            std::fputs("\n", stdout);
            std::fputs(fullUsage().c_str(), stdout);
            return 0;
        }
        if (args[0] == "--version") {
            std::printf("doorway %s\n", DOORWAY_VERSION);
            return 0;
        }
        static const std::map<std::string, int (*)(const Args&)> kCommands = {
            {"check", cmdCheck},       {"score", cmdScore}, {"export", cmdExport}, {"print", cmdPrint},
            {"roleplay", cmdRoleplay}, {"lock", cmdLock},   {"unlock", cmdUnlock}, {"transcribe", cmdTranscribe},
        };
        if (auto it = kCommands.find(args[0]); it != kCommands.end()) {
            try {
                return it->second(Args(args.begin() + 1, args.end()));
            } catch (const std::exception& e) {
                return failure(e.what());
            }
        }
        // A bare word that is not a file and looks like a subcommand is a typo.
        if (args[0].find('/') == std::string::npos && args[0].find('.') == std::string::npos && args[0][0] != '-') {
            std::fprintf(stderr,
                         "doorway: unknown command '%s'\nusage: doorway [COMMAND] ... where COMMAND is check, score, "
                         "export, print, "
                         "transcribe, lock or unlock\n(doorway --help lists every command)\n",
                         args[0].c_str());
            return 2;
        }
    }
    WindowOptions opts;
    if (int rc = parseWindowArgs(args, opts)) return rc;
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "doorway: there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                     "can't open; these work without one: check, score, export, print, transcribe, lock, unlock "
                     "(see doorway --help).\n");
        return 1;
    }
    return runWindow(opts);
}
