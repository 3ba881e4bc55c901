#include "window_driver.hpp"

#include "core/text_edit.hpp"
#include "support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace json = boost::json;

namespace doorway::test {

void sleepFor(double seconds) {
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

namespace {
double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

XServer::XServer(int width, int height) {
    int fds[2];
    if (::pipe(fds) != 0) return;
    m_pid = ::fork();
    if (m_pid == 0) {
        ::close(fds[0]);
        int devnull = ::open("/dev/null", O_RDWR);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        std::string fd = std::to_string(fds[1]);
        std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
        ::execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", screen.c_str(), "-nolisten", "tcp",
                 "-noreset", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    // Xvfb writes the display number it chose once it is ready.
    std::string number;
    char c;
    while (::read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    ::close(fds[0]);
    if (!number.empty()) m_display = ":" + number;
}

XServer::~XServer() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
    }
}

WindowApp::WindowApp(XServer& x, const std::string& args, const std::string& env, const std::string& mapPath, int width,
                     int height)
    : m_x(x), m_map(mapPath), m_err(mapPath + ".stderr") {
    ::unlink(m_map.c_str());  // a map from an earlier window would be read as this one's
    std::string cmd = "exec env DISPLAY=" + x.display() + " DOORWAY_UI_MAP=" + quote(mapPath) + " " + env + " " +
                      quote(DOORWAY_TEST_BINARY) + " --size " + std::to_string(width) + "x" + std::to_string(height) +
                      " " + args + " </dev/null >/dev/null 2>" + quote(m_err);
    m_pid = ::fork();
    if (m_pid == 0) {
        ::setpgid(0, 0);
        ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
}

WindowApp::~WindowApp() {
    if (running()) {
        ::kill(m_pid, SIGKILL);
        wait(5);
    }
}

json::object WindowApp::map() {
    std::string text = readText(m_map);
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    return !ec && v.is_object() ? v.get_object() : json::object();
}

namespace {
std::optional<MapItem> findIn(const json::object& m, const std::string& id) {
    const json::value* items = m.if_contains("items");
    if (!items || !items->is_array()) return std::nullopt;
    for (const json::value& v : items->get_array()) {
        const json::object& o = v.get_object();
        if (o.at("id").as_string() != id) continue;
        MapItem it;
        it.id = id;
        it.kind = std::string(o.at("kind").as_string());
        it.label = std::string(o.at("label").as_string());
        const json::array& r = o.at("rect").as_array();
        it.x = r[0].to_number<double>();
        it.y = r[1].to_number<double>();
        it.w = r[2].to_number<double>();
        it.h = r[3].to_number<double>();
        if (const json::value* l = o.if_contains("lines")) it.lines = int(l->to_number<double>());
        if (const json::value* c = o.if_contains("chars")) it.chars = long(c->to_number<double>());
        it.focused = o.at("focused").as_bool();
        it.visible = o.at("visible").as_bool();
        return it;
    }
    return std::nullopt;
}
}  // namespace

std::optional<MapItem> WindowApp::item(const std::string& id) {
    return findIn(map(), id);
}

bool WindowApp::waitFor(const std::function<bool(const json::object&)>& pred, double seconds) {
    double until = now() + seconds;
    while (now() < until) {
        json::object m = map();
        if (!m.empty() && pred(m)) return true;
        if (!running()) return false;
        sleepFor(0.05);
    }
    return false;
}

std::optional<MapItem> WindowApp::waitForItem(const std::string& id, double seconds) {
    // Visible, drawn by a loop that has settled, and where it was a moment
    // ago: the first frames of a page still move things (a scrollbar
    // appears, a column settles), and on a loaded machine the next of them
    // can come more than a moment later.
    std::optional<MapItem> found, last;
    double stableSince = 0;
    waitFor(
        [&](const json::object& m) {
            found = findIn(m, id);
            const json::value* settled = m.if_contains("settled");
            if (!found || !found->visible || !settled || !settled->as_bool()) return false;
            bool same =
                last && last->x == found->x && last->y == found->y && last->w == found->w && last->h == found->h;
            if (!same) stableSince = now();
            last = found;
            return now() - stableSince >= 0.25;
        },
        seconds);
    return found && found->visible ? found : std::nullopt;
}

void WindowApp::xdotool(const std::string& args) {
    std::string cmd = "DISPLAY=" + m_x.display() + " xdotool " + args + " >/dev/null 2>&1";
    (void)std::system(cmd.c_str());
}

void WindowApp::moveTo(double x, double y) {
    xdotool("mousemove " + std::to_string(int(x)) + " " + std::to_string(int(y)));
}

void WindowApp::click(double x, double y) {
    moveTo(x, y);
    sleepFor(0.05);
    xdotool("click 1");
}

void WindowApp::type(const std::string& text, int delayMs) {
    xdotool("type --delay " + std::to_string(delayMs) + " -- " + quote(text));
}

bool WindowApp::mapKeysFor(const std::string& text) {
    std::vector<uint32_t> letters;
    for (size_t i = 0, len = 1; i < text.size(); i += std::max<size_t>(len, 1)) {
        const uint32_t cp = text::decodeAt(text, i, &len);
        if (cp >= 0x80 && std::find(letters.begin(), letters.end(), cp) == letters.end()) letters.push_back(cp);
    }
    // Keys with nothing on them ("keycode 93 =").
    std::vector<int> free;
    const std::string env = "DISPLAY=" + m_x.display() + " ";
    if (FILE* p = ::popen((env + "xmodmap -pke 2>/dev/null").c_str(), "r")) {
        char line[512];
        int code = 0, end = 0;
        while (std::fgets(line, sizeof line, p))
            if (std::sscanf(line, "keycode %d =%n", &code, &end) == 1 && code > 8 &&
                std::string(line + end).find_first_not_of(" \t\r\n") == std::string::npos)
                free.push_back(code);
        ::pclose(p);
    }
    if (free.size() < letters.size()) return false;
    std::string args;
    for (size_t i = 0; i < letters.size(); ++i) {
        char e[64];
        std::snprintf(e, sizeof e, " -e 'keycode %d = U%04X'", free[i], letters[i]);
        args += e;
    }
    return letters.empty() || std::system((env + "xmodmap" + args + " >/dev/null 2>&1").c_str()) == 0;
}

void WindowApp::key(const std::string& keys) {
    xdotool("key -- " + keys);
}

bool WindowApp::running() {
    if (m_pid <= 0 || m_status >= 0) return false;
    int st = 0;
    pid_t r = ::waitpid(m_pid, &st, WNOHANG);
    if (r == 0) return true;
    m_status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    return false;
}

void WindowApp::kill9() {
    if (running()) ::kill(m_pid, SIGKILL);
    wait(5);
}

int WindowApp::wait(double seconds) {
    double until = now() + seconds;
    while (running() && now() < until) sleepFor(0.02);
    return running() ? -1 : m_status;
}

}  // namespace doorway::test
