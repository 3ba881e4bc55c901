// doorway: the window, and the subcommands that work without one.
#include "app/cli.hpp"
#include "core/text_edit.hpp"
#include "doorway/version.hpp"
#include "print/export.hpp"
#include "ui/view_table.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace doorway {

namespace {

// [SECTION] The command table: the one list of subcommands. Dispatch, the
// usage lines, the help text and the no-display message all read it.
struct CliCommand {
    std::string name;      // "" is the window
    std::string synopsis;  // the usage line for it
    std::string brief;     // its line in --help: what to type, then what it does
    int (*handler)(const Args&);
    bool needsDisplay;
    bool ownHelp = false;  // the handler answers "--help" itself, at more length
};

int runWindowCommand(const Args& args);

// What export and print both take (parseExportArgs reads them for both).
const char* const kPaperOptions =
    "[--paper a4|letter] [--sections ID,...] [--blank] [--card] [--country CC] [--no-safety-line] "
    "[--private-answers] [--answered-only] [--passphrase-fd N]";

const std::vector<CliCommand>& commands() {
    static const std::vector<CliCommand> kCommands = {
        {"", "doorway [WORKBOOK] [--workbooks DIR] [--screenshot FILE.png [--frames N] [--size WxH] [--scale F]]",
         "[WORKBOOK]            open the window (with WORKBOOK if given)", runWindowCommand, true},
        {"check", "doorway check [--passphrase-fd N] FILE...",
         "check FILE...                 validate workbooks; prints FILE: ok or the problem", cmdCheck, false},
        {"score", "doorway score [--json] [TEXT | -]",
         "score [--json] [TEXT | -]     score the phrasing of an invitation (- reads stdin)", cmdScore, false, true},
        {"roleplay", "doorway roleplay --list | doorway roleplay [--json] OBJECTION_ID [TEXT | -]",
         "roleplay [--json] ID [TEXT]   answer one of the partner's objections (--list names the IDs)", cmdRoleplay,
         false, true},
        {"export", "doorway export FILE (" + exportFormatList(" OUT", " | ", " | ") + ") " + kPaperOptions,
         "export FILE ...               export a workbook as " + exportFormatList("", ", ", " or ", true), cmdExport,
         false},
        {"print", std::string("doorway print FILE [--printer NAME] ") + kPaperOptions,
         "print FILE [--printer NAME]   print a workbook (CUPS lp), or save a PDF to open", cmdPrint, false},
        {"transcribe", "doorway transcribe [--json] [--script TEXT_FILE] AUDIO",
         "transcribe [--json] AUDIO     recognise speech in a recording, offline (--script TEXT_FILE: the words\n"
         "                                you meant to say, to hear them better)",
         cmdTranscribe, false},
        {"lock", "doorway lock FILE [--passphrase-fd N]",
         "lock FILE                     seal a workbook with a passphrase", cmdLock, false},
        {"unlock", "doorway unlock FILE [--passphrase-fd N]",
         "unlock FILE                   unseal a locked workbook for good", cmdUnlock, false},
    };
    return kCommands;
}

const CliCommand* findCommand(const std::string& name) {
    for (const auto& c : commands())
        if (name == c.name) return &c;
    return nullptr;
}

std::string fullUsage() {
    std::string out;
    for (const auto& c : commands()) out += (out.empty() ? "usage: " : "       ") + c.synopsis + "\n";
    out += "       doorway --help | --version\n";
    return out;
}

// "usage: <the line for command>" and where to find the rest.
std::string shortUsage(const std::string& command) {
    if (const CliCommand* c = findCommand(command))
        return "usage: " + c->synopsis + "\n(doorway --help lists every command)\n";
    return fullUsage();
}

// The commands that need no display, as "check, score, ... or unlock".
std::string headlessNames(const char* lastJoin) {
    std::vector<std::string> names;
    for (const auto& c : commands())
        if (!c.needsDisplay) names.push_back(c.name);
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? lastJoin : ", ") + names[i];
    return out;
}

std::string helpText() {
    std::string out =
        "Doorway: a private, offline workbook for when you'd like couples therapy and your\n"
        "partner doesn't. Nothing you write leaves this computer.\n\n"
        "Window:\n";
    for (const auto& c : commands())
        if (c.needsDisplay) out += "  doorway " + c.brief + "\n";
    out +=
        "  --workbooks DIR               the folder for workbooks (default $XDG_DATA_HOME/doorway/workbooks)\n"
        "  --screenshot FILE.png         draw a few frames, save the window as a PNG, exit\n"
        "  --frames N                    frames to draw before the screenshot (default 3)\n"
        "  --size WxH                    window size (default 1280x800)\n"
        "  --scale F                     draw as on a screen scaled F times, 1 to 4 (default: the monitor's)\n"
        "  --ui ACTION                   drive the window before a screenshot (repeatable):\n"
        "                                view=KEY opens a page (" +
        viewKeys() +
        "),\n"
        "                                shot=FILE.png saves the window and goes on with the actions\n"
        "                                after it; the views' own actions start with\n"
        "                                " +
        uiActionFamilies() +
        "\n\n"
        "Without a window:\n";
    for (const auto& c : commands())
        if (!c.needsDisplay) out += "  " + c.brief + "\n";
    out +=
        "  --passphrase-fd N             (check, export, print, lock, unlock) read the passphrase as\n"
        "                                one line from file descriptor N; lock and unlock ask on the\n"
        "                                terminal without it, check, export and print need it for a\n"
        "                                locked workbook\n\n"
        "Exit codes: 0 done, 1 bad input or a failed operation, 2 usage.\n";
    return out;
}

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
            // A folder, or one to be made; a file there is a slip (a workbook
            // given where its folder was meant), said before any window opens.
            std::error_code ec;
            if (std::filesystem::exists(*v, ec) && !std::filesystem::is_directory(*v, ec)) {
                std::fprintf(stderr,
                             "doorway: --workbooks takes a folder, and '%s' is a file (to open a workbook, give it "
                             "without --workbooks)\n%s",
                             v->c_str(), shortUsage("").c_str());
                return 2;
            }
            // Absolute from the start: a typed name is read inside this
            // folder (file_view's resolveTyped), and a relative folder there
            // would be doubled ("wb/wb/name.json").
            o.workbooksDir = std::filesystem::absolute(*v, ec).lexically_normal().string();
            if (ec) o.workbooksDir = *v;
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

std::string whyNotText(const std::string& text) {
    if (text.find('\0') != std::string::npos) return "it holds NUL bytes, as a binary file does, not written words";
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        if (text::decodeAt(text, i, &len) == 0xFFFD && text.compare(i, 3, "\xEF\xBF\xBD") != 0)
            return "byte " + std::to_string(i + 1) + " is not UTF-8 text (save it as UTF-8 and try again)";
        i += len;
    }
    return "";
}

bool readStdinUpTo(std::string& out, size_t limit) {
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
        if (out.size() + n > limit) return false;
        out.append(buf, n);
    }
    return true;
}

namespace {

int runWindowCommand(const Args& args) {
    WindowOptions opts;
    if (int rc = parseWindowArgs(args, opts)) return rc;
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "doorway: there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                     "can't open; these work without one: %s (see doorway --help).\n",
                     headlessNames(", ").c_str());
        return 1;
    }
    return runWindow(opts);
}

}  // namespace

}  // namespace doorway

int main(int argc, char** argv) {
    using namespace doorway;
    Args args(argv + 1, argv + argc);
    if (!args.empty()) {
        if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            std::fputs(helpText().c_str(), stdout);
            std::fputs("\n", stdout);
            std::fputs(fullUsage().c_str(), stdout);
            return 0;
        }
        if (args[0] == "--version") {
            std::printf("doorway %s\n", DOORWAY_VERSION);
            return 0;
        }
        const CliCommand* c = findCommand(args[0]);
        // "doorway export --help": the command's usage line and what it does,
        // from the table, on stdout, exit 0.
        if (c && !c->name.empty() && !c->ownHelp && args.size() >= 2 && (args[1] == "--help" || args[1] == "-h")) {
            // The brief is "what to type   what it does": the part after the gap.
            const size_t gap = c->brief.find("  ");
            std::string what =
                gap == std::string::npos ? c->brief : c->brief.substr(c->brief.find_first_not_of(' ', gap));
            if (!what.empty()) what[0] = char(std::toupper(static_cast<unsigned char>(what[0])));
            std::printf("usage: %s\n%s.\n(doorway --help lists every command; man doorway has the details)\n",
                        c->synopsis.c_str(), what.c_str());
            return 0;
        }
        if (c && !c->name.empty()) {
            try {
                return c->handler(Args(args.begin() + 1, args.end()));
            } catch (const std::exception& e) {
                return failure(e.what());
            }
        }
        // A bare word that is not a file and looks like a subcommand is a typo.
        if (args[0].find('/') == std::string::npos && args[0].find('.') == std::string::npos && args[0][0] != '-') {
            std::fprintf(stderr,
                         "doorway: unknown command '%s'\nusage: doorway [COMMAND] ... where COMMAND is %s\n"
                         "(doorway --help lists every command)\n",
                         args[0].c_str(), headlessNames(" or ").c_str());
            return 2;
        }
    }
    return findCommand("")->handler(args);
}
