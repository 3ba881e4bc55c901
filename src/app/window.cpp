// The GLFW window and its event-driven loop: the only platform glue.
//
// [SECTION] Index
//   - GlfwPlatform: the Platform the views talk to
//   - set-up: GLFW, GL context (theme, fonts, icon: window_look.cpp)
//   - the loop: sleep until input, draw only while something changes
//   - screenshot: read back the framebuffer, write a PNG
#include "app/cli.hpp"
#include "app/window_look.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "ui/views.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

extern "C" int stbi_write_png(const char* filename, int w, int h, int comp, const void* data, int stride_in_bytes);

namespace fs = std::filesystem;

namespace doorway {

namespace {

// [SECTION] GlfwPlatform

class GlfwPlatform : public Platform {
public:
    explicit GlfwPlatform(GLFWwindow* w) : m_window(w) {}
    double now() const override { return glfwGetTime(); }
    void setTitle(const std::string& title) override {
        if (title != m_title) {
            m_title = title;
            glfwSetWindowTitle(m_window, title.c_str());
        }
    }
    void requestQuit() override { glfwSetWindowShouldClose(m_window, GLFW_TRUE); }
    void animateFor(double seconds) override {
        double until = glfwGetTime() + seconds;
        if (until > m_animateUntil) m_animateUntil = until;
    }
    bool animating() const { return glfwGetTime() < m_animateUntil; }

private:
    GLFWwindow* m_window;
    std::string m_title;
    double m_animateUntil = 0;
};

// Set by any GLFW input callback; ImGui's backend chains to these.
bool g_inputSeen = false;
void markInput() { g_inputSeen = true; }

void installWakeCallbacks(GLFWwindow* w) {
    glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { markInput(); });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned) { markInput(); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { markInput(); });
    glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { markInput(); });
    glfwSetScrollCallback(w, [](GLFWwindow*, double, double) { markInput(); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow*, int) { markInput(); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow*, int) { markInput(); });
    glfwSetWindowSizeCallback(w, [](GLFWwindow*, int, int) { markInput(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { markInput(); });
}

// [SECTION] set-up

void glfwError(int code, const char* description) { std::fprintf(stderr, "doorway: GLFW error %d: %s\n", code, description); }

// [SECTION] screenshot

bool writeScreenshot(GLFWwindow* window, const std::string& path, std::string& error) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    std::vector<unsigned char> pixels(size_t(w) * size_t(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's origin is bottom-left; PNG's is top-left.
    std::vector<unsigned char> flipped(pixels.size());
    size_t row = size_t(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(&pixels[size_t(h - 1 - y) * row], row, &flipped[size_t(y) * row]);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), int(row))) {
        error = path + ": could not write the PNG";
        return false;
    }
    return true;
}

}  // namespace

// [SECTION] the loop

int runWindow(const WindowOptions& opts) {
    glfwSetErrorCallback(glfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "doorway: could not open a window (GLFW failed to start); the CLI commands still work.\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    bool shooting = !opts.screenshot.empty();
    hintWindowIdentity();
    GLFWwindow* window = glfwCreateWindow(opts.width, opts.height, "Doorway", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "doorway: could not create a window with OpenGL 3.0; the CLI commands still work.\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    setWindowIcon(window, assetsDir());

    float xs = 1, ys = 1;
    glfwGetWindowContentScale(window, &xs, &ys);
    float scale = std::max(1.0f, std::max(xs, ys));

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // imgui.ini keeps window layout only; nothing the user writes is ever in
    // it (our content windows don't even save settings).
    std::string iniPath;
    if (!shooting) {
        std::error_code ec;
        fs::create_directories(configDir(), ec);
        iniPath = configDir() + "/imgui.ini";
        io.IniFilename = iniPath.c_str();
    } else {
        io.IniFilename = nullptr;
    }
    installWakeCallbacks(window);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    GlfwPlatform platform(window);
    AppState app;
    startAppearance(app, scale, iniPath, !shooting);
    app.workbooksDir = opts.workbooksDir.empty() ? defaultWorkbooksDir() : opts.workbooksDir;
    initApp(app, platform, opts.workbook);
    for (const std::string& action : opts.uiActions) {
        std::string error;
        if (!applyUiAction(app, platform, action, error)) {
            std::fprintf(stderr, "doorway: --ui %s: %s\n", action.c_str(), error.c_str());
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplGlfw_Shutdown();
            ImGui::DestroyContext();
            glfwDestroyWindow(window);
            glfwTerminate();
            return 2;
        }
    }

    // bench/startup_bench: report the first frame on screen, then leave.
    const bool benchFirstFrame = std::getenv("DOORWAY_BENCH_FIRST_FRAME") != nullptr;
    int rc = 0;
    int framesDrawn = 0;
    int settleFrames = 3;  // frames to draw after input so hover/nav states settle
    std::string lastTitle;
    for (;;) {
        if (glfwWindowShouldClose(window)) {
            // Closing (Ctrl+Q, the window's close button): only once what
            // was written is saved, or the person chose to leave it.
            if (readyToQuit(app, platform)) break;
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            settleFrames = 3;  // draw the question
        }
        if (shooting || settleFrames > 0) {
            glfwPollEvents();
        } else if (platform.animating()) {
            // Something moves (a timer, a level meter): about 30 frames a
            // second is smooth enough, and vsync may not throttle (Xvfb).
            glfwWaitEventsTimeout(1.0 / 30.0);
        } else {
            // Nothing moves: sleep until input, waking once a second to let
            // autosave and the idle lock tick without drawing.
            g_inputSeen = false;
            glfwWaitEventsTimeout(1.0);
            if (!g_inputSeen && !platform.animating()) {
                tickFeatures(app, platform);
                if (windowTitle(app) == lastTitle && !platform.animating()) continue;
            }
        }
        if (g_inputSeen) settleFrames = 3;
        g_inputSeen = false;

        refreshAppearance(app);  // a new theme or text size, between frames
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        drawFrame(app, platform);
        ImGui::Render();
        int fw = 0, fh = 0;
        glfwGetFramebufferSize(window, &fw, &fh);
        glViewport(0, 0, fw, fh);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++framesDrawn;
        lastTitle = windowTitle(app);
        if (settleFrames > 0) --settleFrames;

        if (shooting && framesDrawn >= opts.frames) {
            std::string error;
            if (!writeScreenshot(window, opts.screenshot, error)) {
                std::fprintf(stderr, "doorway: %s\n", error.c_str());
                rc = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (benchFirstFrame) {
            glFinish();
            std::puts("first-frame");
            std::fflush(stdout);
            break;
        }
    }

    shutdownApp(app, platform);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}

}  // namespace doorway
