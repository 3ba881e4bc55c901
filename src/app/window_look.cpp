// The window's identity (app id, icon) and its theme and text size.
#include "app/window_look.hpp"

#include "doorway/version.hpp"
#include "ui/appearance.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

extern "C" unsigned char* stbi_load(const char* filename, int* x, int* y, int* comp, int req_comp);
extern "C" void stbi_image_free(void* retval_from_stbi_load);

namespace doorway {

void hintWindowIdentity() {
    // The desktop file's StartupWMClass and its name are the app id, so the
    // running window gets the menu entry's icon and name in docks and
    // switchers.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, DOORWAY_APP_ID);
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, DOORWAY_APP_ID);
}

void setWindowIcon(GLFWwindow* window, const std::string& assetsDir) {
    struct Loaded {
        unsigned char* pixels;
        int w, h;
    };
    std::vector<Loaded> loaded;
    for (int size : {16, 32, 48, 128}) {
        std::string path = assetsDir + "/icons/doorway-" + std::to_string(size) + ".png";
        int w = 0, h = 0, comp = 0;
        if (unsigned char* px = stbi_load(path.c_str(), &w, &h, &comp, 4)) loaded.push_back({px, w, h});
    }
    if (loaded.empty()) {
        std::fprintf(stderr, "doorway: no window icon in %s/icons (the window works without one)\n", assetsDir.c_str());
        return;
    }
    std::vector<GLFWimage> images;
    for (const Loaded& l : loaded) images.push_back({l.w, l.h, l.pixels});
    glfwSetWindowIcon(window, int(images.size()), images.data());  // GLFW copies the pixels
    for (const Loaded& l : loaded) stbi_image_free(l.pixels);
}

void startAppearance(AppState& app, float monitorScale, const std::string& iniPath, bool askDesktop) {
    registerAppearanceSettings(app);
    // Read now rather than at the first frame: the fonts are built for the
    // remembered text size once, not twice.
    std::error_code ec;
    if (!iniPath.empty() && std::filesystem::exists(iniPath, ec)) ImGui::LoadIniSettingsFromDisk(iniPath.c_str());
    app.appearance.monitorScale = monitorScale;
    if (!app.appearance.chosen && askDesktop) {
        // First run: follow the desktop, and remember it as the choice.
        app.appearance.theme = themeForLook(desktopLook());
        setTheme(app, app.appearance.theme);
    }
    // The style and fonts are built by the first refreshAppearance, after
    // any --ui action has had its say (so they are built once).
    app.uiScale = monitorScale * float(app.appearance.textPercent) / 100.0f;
}

void refreshAppearance(AppState& app) {
    noteGlyphsToShow(app);  // a script the atlas lacks is loaded before it is drawn
    if (!appearanceNeedsRebuild(app)) return;
    // The GL texture exists only once a frame has been drawn; before that
    // the backend's first frame makes it from the new atlas.
    const bool uploaded = ImGui::GetIO().Fonts->TexID != nullptr;
    rebuildAppearance(app);
    if (uploaded) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

}  // namespace doorway
