// The desktop's light / dark / high-contrast wish, asked once, on first
// run. GLFW cannot read it, and linking GIO or D-Bus for one question is
// not worth it, so this asks what a desktop already exposes, in order:
//   1. GTK_THEME in the environment ("Adwaita:dark", "HighContrast")
//   2. the XDG desktop portal's org.freedesktop.appearance color-scheme,
//      through the gdbus tool when it and a session bus exist (GNOME 42+,
//      KDE Plasma 5.24+, and others that ship a portal)
//   3. on GNOME-family desktops, gsettings: high contrast, color-scheme,
//      then the GTK theme's name
//   4. KDE's ~/.config/kdeglobals ColorScheme
//   5. ~/.config/gtk-3.0 and gtk-4.0 settings.ini
// Each helper program runs under `timeout 1`, so a stuck bus costs at most
// a second, once. The parsing lives in ui/theme.cpp (tested there).
#include "app/window_look.hpp"

#include "core/paths.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace doorway {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

bool onPath(const std::string& tool) {
    std::string path = env("PATH");
    size_t start = 0;
    while (start <= path.size()) {
        size_t colon = path.find(':', start);
        if (colon == std::string::npos) colon = path.size();
        std::string dir = path.substr(start, colon - start);
        std::error_code ec;
        if (!dir.empty() && std::filesystem::exists(dir + "/" + tool, ec)) return true;
        start = colon + 1;
    }
    return false;
}

// The first line a helper prints ("" when it fails or says nothing).
std::string ask(const std::string& command) {
    std::string out;
    if (FILE* p = popen(("timeout 1 " + command + " 2>/dev/null").c_str(), "r")) {
        char buf[256];
        if (std::fgets(buf, sizeof buf, p)) out = buf;
        if (pclose(p) != 0) out.clear();
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

std::string readSmallFile(const std::string& path) {
    std::string text, error;
    if (!readFile(path, text, error, 1u << 20)) return {};
    return text;
}

bool gnomeFamily() {
    std::string d = env("XDG_CURRENT_DESKTOP");
    for (const char* name : {"GNOME", "Unity", "Budgie", "Cinnamon", "Pantheon"})
        if (d.find(name) != std::string::npos) return true;
    return false;
}

}  // namespace

std::optional<DesktopLook> desktopLook() {
    if (auto look = lookFromGtkThemeName(env("GTK_THEME"))) return look;

    if (gnomeFamily() && onPath("gsettings") &&
        ask("gsettings get org.gnome.desktop.a11y.interface high-contrast") == "true")
        return DesktopLook::HighContrast;

    if (!env("DBUS_SESSION_BUS_ADDRESS").empty() && onPath("gdbus")) {
        std::string reply =
            ask("gdbus call --session --timeout 1 --dest org.freedesktop.portal.Desktop "
                "--object-path /org/freedesktop/portal/desktop --method org.freedesktop.portal.Settings.Read "
                "org.freedesktop.appearance color-scheme");
        if (auto look = lookFromPortalReply(reply)) return look;
    }

    if (gnomeFamily() && onPath("gsettings")) {
        if (auto look = lookFromColorScheme(ask("gsettings get org.gnome.desktop.interface color-scheme"))) return look;
        std::string theme = ask("gsettings get org.gnome.desktop.interface gtk-theme");
        if (theme.size() >= 2 && theme.front() == '\'') theme = theme.substr(1, theme.size() - 2);
        if (auto look = lookFromGtkThemeName(theme)) return look;
    }

    std::string config = env("XDG_CONFIG_HOME");
    if (config.empty()) config = env("HOME") + "/.config";
    if (auto look = lookFromKdeGlobals(readSmallFile(config + "/kdeglobals"))) return look;
    for (const char* gtk : {"/gtk-4.0/settings.ini", "/gtk-3.0/settings.ini"})
        if (auto look = lookFromGtkSettings(readSmallFile(config + gtk))) return look;
    return std::nullopt;
}

}  // namespace doorway
