// Reading a passphrase: from the terminal without echo, or one line from a
// file descriptor (--passphrase-fd N) for scripts.
#include "app/cli.hpp"
#include "seal/wipe.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace doorway {

namespace {

constexpr size_t kMaxPassphrase = 4096;

// Reads up to a newline, one byte at a time so nothing after the line is
// consumed from a shared descriptor. Never reallocates `out` (it is
// reserved up front) so no copy of the passphrase is left behind in freed
// memory.
bool readLine(int fd, std::string& out, bool& sawEnd, std::string& error) {
    out.clear();
    out.reserve(kMaxPassphrase + 1);
    sawEnd = false;
    for (;;) {
        char c = 0;
        ssize_t n = ::read(fd, &c, 1);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = std::string("cannot read the passphrase (") + std::strerror(errno) + ")";
            return false;
        }
        if (n == 0) return true;  // end of input: the last line may have no newline
        if (c == '\n') {
            sawEnd = true;
            break;
        }
        if (out.size() >= kMaxPassphrase) {
            wipeString(out);
            out.clear();
            error = "the passphrase is longer than " + std::to_string(kMaxPassphrase) + " bytes";
            return false;
        }
        out.push_back(c);
    }
    if (!out.empty() && out.back() == '\r') out.pop_back();  // a CRLF line end is still a line end
    return true;
}

}  // namespace

bool readPassphrase(int fd, const std::string& prompt, std::string& out, std::string& error) {
    if (fd >= 0) {
        bool sawEnd = false;
        if (!readLine(fd, out, sawEnd, error)) return false;
        if (out.empty()) {
            error = sawEnd ? "the passphrase is empty (an empty line was given)"
                           : "no passphrase was given (the input was empty)";
            return false;
        }
        return true;
    }

    int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0) {
        error = "there is no terminal to ask for the passphrase; pass it on a file descriptor with --passphrase-fd N";
        return false;
    }
    (void)!::write(tty, prompt.data(), prompt.size());
    termios old{};
    bool haveTermios = ::tcgetattr(tty, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;  // the user still sees their Enter
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    bool sawEnd = false;
    bool ok = readLine(tty, out, sawEnd, error);
    if (haveTermios) ::tcsetattr(tty, TCSAFLUSH, &old);
    ::close(tty);
    if (!ok) return false;
    if (out.empty()) {
        error = "the passphrase is empty";
        return false;
    }
    return true;
}

}  // namespace doorway
