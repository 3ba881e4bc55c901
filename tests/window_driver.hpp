#pragma once
// Driving the real window the way a person does: its own Xvfb server, real
// X events from xdotool (through GLFW, as a keyboard and a mouse send them),
// and the window map (DOORWAY_UI_MAP) to find what to click. Simulated
// ImGui input hides bugs that real input shows, so window tests use this.
#include <boost/json.hpp>

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace doorway::test {

// A private X server for one test: tests may run side by side, and the
// pointer and keyboard focus must be theirs alone.
class XServer {
public:
    XServer(int width = 1600, int height = 1000);
    ~XServer();
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;
    const std::string& display() const { return m_display; }  // ":N"
    bool ok() const { return !m_display.empty(); }

private:
    pid_t m_pid = -1;
    std::string m_display;
};

struct MapItem {
    std::string id, kind, label;
    double x = 0, y = 0, w = 0, h = 0;
    int lines = -1;
    long chars = -1;
    bool focused = false, visible = false;
    double cx() const { return x + w / 2; }
    double cy() const { return y + h / 2; }
};

// The doorway window, started in the background with a window map.
class WindowApp {
public:
    // `args` are shell-quoted; `env` is "A=1 B=2" added to the environment.
    WindowApp(XServer& x, const std::string& args, const std::string& env, const std::string& mapPath, int width = 1280,
              int height = 800);
    ~WindowApp();
    WindowApp(const WindowApp&) = delete;
    WindowApp& operator=(const WindowApp&) = delete;

    // Waits until the map exists and `pred` holds on it (or the timeout).
    bool waitFor(const std::function<bool(const boost::json::object&)>& pred, double seconds = 20);
    // Waits for an item to be in the map, visible.
    std::optional<MapItem> waitForItem(const std::string& id, double seconds = 20);
    std::optional<MapItem> item(const std::string& id);  // in the current map
    boost::json::object map();                           // the current map (empty until written)

    // Real input through the X server.
    void moveTo(double x, double y);
    void click(double x, double y);  // moves there, then presses and releases button 1
    void clickItem(const MapItem& it) { click(it.cx(), it.cy()); }
    void type(const std::string& text, int delayMs = 30);  // xdotool type
    void key(const std::string& keys);                     // xdotool key, e.g. "ctrl+q", "Tab"
    // Gives each letter of `text` the US keymap lacks a key of its own, as a
    // layout for its script would (xmodmap, on keys with nothing on them and
    // no modifier role). Without it xdotool remaps a spare key for each such
    // letter and maps it back, and a window that reads the key after the
    // map-back sees another letter or none. False when there are too few keys.
    bool mapKeysFor(const std::string& text);

    void kill9();
    // Waits for the process to end; its exit code (128+signal when killed).
    int wait(double seconds = 20);
    bool running();
    pid_t pid() const { return m_pid; }
    const std::string& stderrPath() const { return m_err; }

private:
    void xdotool(const std::string& args);
    XServer& m_x;
    pid_t m_pid = -1;
    std::string m_map, m_err;
    int m_status = -1;
};

void sleepFor(double seconds);

}  // namespace doorway::test
