#pragma once
// The window's identity and look, kept out of window.cpp's loop: the app
// id as the X11 class (so the desktop matches the window to its menu entry
// and icon), the window icon, and the theme and text size built between
// frames.
#include "ui/app_state.hpp"

#include <optional>
#include <string>

struct GLFWwindow;

namespace doorway {

// Before glfwCreateWindow: WM_CLASS = (app id, app id).
void hintWindowIdentity();
// After it: the icon's PNGs from <assets>/icons. A missing icon is only a
// note on stderr; the window works without one.
void setWindowIcon(GLFWwindow* window, const std::string& assetsDir);

// Registers the layout settings entry, reads `iniPath` ("" for none: a
// screenshot run), asks the desktop for light or dark when nothing was
// chosen yet (`askDesktop`). refreshAppearance builds the style and fonts.
void startAppearance(AppState& app, float monitorScale, const std::string& iniPath, bool askDesktop);
// Between frames: rebuilds the style, the font atlas and its texture when
// the theme or text size changed, or text needs a script the atlas lacks.
void refreshAppearance(AppState& app);

// The desktop's light / dark / high-contrast wish, from what can be read
// without linking anything (see desktop_look.cpp); nothing if it is silent.
std::optional<DesktopLook> desktopLook();

}  // namespace doorway
