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
#include "ui/app_frame.hpp"
#include "ui/file_view.hpp"
#include "ui/input_trickle.hpp"
#include "ui/text_editor.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

extern "C" int stbi_write_png(const char* filename, int w, int h, int comp, const void* data, int stride_in_bytes);
extern "C" int stbi_write_png_compression_level;  // libstb's knob (8 by default)

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
    void redrawAt(double t) override {
        if (m_redrawAt < 0 || t < m_redrawAt) m_redrawAt = t;
    }
    // How long the idle loop may sleep: `most`, or less when a frame is asked for sooner.
    double sleepFor(double most) const {
        return m_redrawAt < 0 ? most : std::clamp(m_redrawAt - glfwGetTime(), 0.0, most);
    }
    // True once when the frame asked for with redrawAt is due.
    bool takeRedrawDue() {
        if (m_redrawAt < 0 || glfwGetTime() < m_redrawAt) return false;
        m_redrawAt = -1;
        return true;
    }

private:
    GLFWwindow* m_window;
    std::string m_title;
    double m_animateUntil = 0;
    double m_redrawAt = -1;
};

// What the GLFW callbacks feed: keys and characters wait in the trickle
// (ui/input_trickle.hpp says why), everything else goes to ImGui at once.
struct InputSink {
    InputTrickle keys;
    bool seen = false;  // any input since the loop last looked
    // The keyboard was used since the pointer last moved or clicked: nothing
    // is under the pointer then, so no hover highlight or tooltip stays on
    // screen over the place the keyboard moved away from.
    bool keyboardLast = false;
    double pointerX = -1, pointerY = -1;
    bool focusLost = false;  // the window lost the keyboard since the loop last looked
};

InputSink& sinkOf(GLFWwindow* w) {
    return *static_cast<InputSink*>(glfwGetWindowUserPointer(w));
}

// Our callbacks own GLFW's slots; ImGui's backend is initialised without
// its own and hears from us (its callbacks are public in 1.86).
void installInputCallbacks(GLFWwindow* w, InputSink* sink) {
    glfwSetWindowUserPointer(w, sink);
    glfwSetKeyCallback(w, [](GLFWwindow* win, int key, int, int action, int mods) {
        sinkOf(win).keys.push(InputEvent::keyEvent(key, action, mods));
        sinkOf(win).seen = true;
        if (action != GLFW_RELEASE) sinkOf(win).keyboardLast = true;
    });
    glfwSetCharCallback(w, [](GLFWwindow* win, unsigned c) {
        sinkOf(win).keys.push(InputEvent::charEvent(c));
        sinkOf(win).seen = true;
    });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int button, int action, int mods) {
        ImGui_ImplGlfw_MouseButtonCallback(win, button, action, mods);
        sinkOf(win).seen = true;
        sinkOf(win).keyboardLast = false;
    });
    glfwSetScrollCallback(w, [](GLFWwindow* win, double dx, double dy) {
        ImGui_ImplGlfw_ScrollCallback(win, dx, dy);
        sinkOf(win).seen = true;
    });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int entered) {
        ImGui_ImplGlfw_CursorEnterCallback(win, entered);
        sinkOf(win).seen = true;
    });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int focused) {
        ImGui_ImplGlfw_WindowFocusCallback(win, focused);
        sinkOf(win).seen = true;
        if (!focused) sinkOf(win).focusLost = true;
    });
    glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { sinkOf(win).seen = true; });
    glfwSetWindowSizeCallback(w, [](GLFWwindow* win, int, int) { sinkOf(win).seen = true; });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { sinkOf(win).seen = true; });
}

// Hands ImGui this frame's share of the queued keys, in order. Characters
// go to ImGui and, whole, to our text boxes (text_editor.hpp): ImGui's
// own callback would keep an emoji as U+FFFD.
void feedKeys(GLFWwindow* w, InputSink& sink, TextEditorUi& editors) {
    beginTypedCharacters(editors);
    // io.WantTextInput is last frame's "a text box has the keyboard".
    for (const InputEvent& e : sink.keys.takeFrame(ImGui::GetIO().WantTextInput)) {
        if (e.kind == InputEvent::Kind::Char)
            feedTypedCharacter(editors, e.codepoint);
        else
            ImGui_ImplGlfw_KeyCallback(w, e.key, 0, e.action, e.mods);
    }
}

// After the backend has read the pointer: a pointer that has not moved
// since a key was pressed is "away", so tooltips and hover highlights
// follow the keyboard instead of staying where the pointer rests.
void hidePointerAfterKeys(GLFWwindow* w, InputSink& sink) {
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    if (x != sink.pointerX || y != sink.pointerY) {
        sink.pointerX = x;
        sink.pointerY = y;
        // Back from "away", ImGui sees no motion (its last position was
        // none), so it would keep hover off: the pointer moved, hover is on.
        if (sink.keyboardLast) ImGui::GetCurrentContext()->NavDisableMouseHover = false;
        sink.keyboardLast = false;
    }
    if (sink.keyboardLast) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

// [SECTION] settling: draw until nothing is pending

// A fingerprint of what Dear ImGui will still do on its own: focus and
// activation requests take two or three frames to land (SetKeyboardFocusHere
// scores items on one frame, applies on the next, activates on the one
// after). If the loop slept in between, the request completed on the frame a
// keystroke woke it for, and 1.86 drops the characters of the frame that
// activates a text box: the first letter typed after clicking vanished.
// So after every frame we compare this and the draw output with the last
// frame, and keep drawing until both are still.
struct SettleState {
    uint64_t last = 0;
    int extraFrames = 0;  // unsettled frames in a row, capped (never spin)
};

uint64_t mix(uint64_t h, uint64_t v) {
    return (h ^ v) * 0x100000001b3ull;
}

// Requests ImGui has queued for a later frame: always worth another frame.
bool imguiHasPendingRequests() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavMoveForwardToNextFrame || g.NavNextActivateId != 0 ||
           g.NavInitRequest || g.NavJustMovedToId != 0 || g.ActiveIdIsJustActivated;
}

uint64_t frameFingerprint(const ImDrawData* dd) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint64_t v : {uint64_t(g.ActiveId), uint64_t(g.NavId), uint64_t(g.HoveredId), uint64_t(g.OpenPopupStack.Size),
                       uint64_t(reinterpret_cast<uintptr_t>(g.NavWindow)), uint64_t(g.NavDisableHighlight)})
        h = mix(h, v);
    if (!dd) return h;
    for (int i = 0; i < dd->CmdListsCount; ++i) {
        const ImDrawList* l = dd->CmdLists[i];
        h = mix(h, uint64_t(l->VtxBuffer.Size));
        // Positions and colours of every vertex: cheap next to drawing them.
        for (const ImDrawVert& v : l->VtxBuffer) {
            uint32_t x, y;
            std::memcpy(&x, &v.pos.x, 4);
            std::memcpy(&y, &v.pos.y, 4);
            h = mix(mix(mix(h, x), y), v.col);
        }
    }
    return h;
}

// True when another frame should be drawn right away. While something
// animates, its picture changes every frame by design: the animation's own
// pace (about 30 a second) draws the next one, or the loop would spin
// unthrottled wherever vsync does not hold it back (a status line fading
// cost 70-odd frames in a second and a half under Xvfb).
bool needsAnotherFrame(SettleState& s, const ImDrawData* dd, bool animating) {
    constexpr int kMaxExtraFrames = 60;
    uint64_t now = frameFingerprint(dd);
    bool changed = now != s.last;
    s.last = now;
    if (imguiHasPendingRequests()) return true;
    if (animating) {
        s.extraFrames = 0;
        return false;
    }
    if (!changed) {
        s.extraFrames = 0;
        return false;
    }
    return ++s.extraFrames <= kMaxExtraFrames;
}

// [SECTION] the window map for tests

// Whole or not at all: a test reading it never sees half a file.
void writeUiMap(const char* path, const std::string& json) {
    std::string tmp = std::string(path) + ".tmp";
    if (FILE* f = std::fopen(tmp.c_str(), "wb")) {
        bool ok = std::fwrite(json.data(), 1, json.size(), f) == json.size();
        ok = std::fclose(f) == 0 && ok;
        if (ok) std::rename(tmp.c_str(), path);
    }
}

// [SECTION] set-up

void glfwError(int code, const char* description) {
    std::fprintf(stderr, "doorway: GLFW error %d: %s\n", code, description);
}

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
    for (int y = 0; y < h; ++y) std::copy_n(&pixels[size_t(h - 1 - y) * row], row, &flipped[size_t(y) * row]);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    // A quick, larger file: a 2560x1440 window took half a second at level 8.
    stbi_write_png_compression_level = 2;
    if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), int(row))) {
        error = path + ": could not write the PNG";
        return false;
    }
    return true;
}

}  // namespace

// [SECTION] the loop

namespace {

// GLFW and a window with an OpenGL 3.0 context; nullptr (having said why)
// when there is none.
GLFWwindow* openWindow(const WindowOptions& opts) {
    glfwSetErrorCallback(glfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "doorway: could not open a window (GLFW failed to start); the CLI commands still work.\n");
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    hintWindowIdentity();
    GLFWwindow* window = glfwCreateWindow(opts.width, opts.height, "Doorway", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "doorway: could not create a window with OpenGL 3.0; the CLI commands still work.\n");
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    setWindowIcon(window, assetsDir());
    return window;
}

// Dear ImGui's context and settings. `iniPath` holds imgui.ini's path for
// as long as ImGui may write it (empty for a screenshot).
void startImGui(bool shooting, std::string& iniPath) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A blinking caret needs a frame every half second; the loop sleeps
    // instead, and a caret frozen mid-blink could be frozen invisible.
    io.ConfigInputTextCursorBlink = false;
    // imgui.ini keeps window layout only; nothing the user writes is ever in
    // it (our content windows don't even save settings).
    if (!shooting) {
        std::error_code ec;
        fs::create_directories(configDir(), ec);
        iniPath = configDir() + "/imgui.ini";
        io.IniFilename = iniPath.c_str();
    } else {
        io.IniFilename = nullptr;
    }
}

void closeWindow(GLFWwindow* window) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
}

// One frame of the app, drawn into the back buffer.
void renderFrame(GLFWwindow* window, AppState& app, Platform& platform, InputSink& input) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    hidePointerAfterKeys(window, input);
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
}

// "--ui shot=FILE.png" in the list: draw, save the window there, then go
// on with the actions after it (scripts/contact-sheet.sh takes a row of
// pages in one run). The actions up to the first shot apply at start.
struct UiScript {
    const std::vector<std::string>* actions = nullptr;
    size_t next = 0;
    std::string pendingShot;

    // Applies the actions up to the next shot; false, with what failed and
    // why, on one that can't be applied.
    bool runUntilShot(AppState& app, Platform& platform, std::string& failed, std::string& error) {
        pendingShot.clear();
        for (; next < actions->size(); ++next) {
            const std::string& action = (*actions)[next];
            if (action.rfind("shot=", 0) == 0) {
                pendingShot = action.substr(5);
                ++next;
                return true;
            }
            if (!applyUiAction(app, platform, action, error)) {
                failed = action;
                return false;
            }
        }
        return true;
    }
};

enum class AfterFrame { Go, NextShot, Stop };

// After a drawn frame: save the pending shot (and go on with the actions
// after it), or the final --screenshot. `rc` says why a stop was not 0.
AfterFrame takeShots(GLFWwindow* window, const WindowOptions& opts, UiScript& script, bool shooting, AppState& app,
                     Platform& platform, int& framesDrawn, int& rc) {
    if (framesDrawn < opts.frames) return AfterFrame::Go;
    std::string error, failed;
    if (!script.pendingShot.empty()) {
        if (!writeScreenshot(window, script.pendingShot, error)) {
            std::fprintf(stderr, "doorway: %s\n", error.c_str());
            rc = 1;
            return AfterFrame::Stop;
        }
        if (!script.runUntilShot(app, platform, failed, error)) {
            std::fprintf(stderr, "doorway: --ui %s: %s\n", failed.c_str(), error.c_str());
            rc = 2;
            return AfterFrame::Stop;
        }
        framesDrawn = 0;
        glfwSwapBuffers(window);
        return AfterFrame::NextShot;
    }
    if (!shooting) return AfterFrame::Go;
    if (!opts.screenshot.empty() && !writeScreenshot(window, opts.screenshot, error)) {
        std::fprintf(stderr, "doorway: %s\n", error.c_str());
        rc = 1;
    }
    return AfterFrame::Stop;
}

}  // namespace

int runWindow(const WindowOptions& opts) {
    GLFWwindow* window = openWindow(opts);
    if (!window) return 1;
    bool shooting =
        !opts.screenshot.empty() || std::any_of(opts.uiActions.begin(), opts.uiActions.end(),
                                                [](const std::string& a) { return a.rfind("shot=", 0) == 0; });
    float xs = 1, ys = 1;
    glfwGetWindowContentScale(window, &xs, &ys);
    float scale = opts.scale > 0 ? opts.scale : std::max(1.0f, std::max(xs, ys));
    std::string iniPath;
    startImGui(shooting, iniPath);
    InputSink input;
    installInputCallbacks(window, &input);
    ImGui_ImplGlfw_InitForOpenGL(window, false);
    ImGui_ImplOpenGL3_Init("#version 130");

    GlfwPlatform platform(window);
    AppState app;
    const char* uiMapPath = std::getenv("DOORWAY_UI_MAP");
    app.uiMap.setEnabled(uiMapPath && *uiMapPath);
    startAppearance(app, scale, iniPath, !shooting);
    app.workbooksDir = opts.workbooksDir.empty() ? defaultWorkbooksDir() : opts.workbooksDir;
    initApp(app, platform, opts.workbook);
    UiScript script;
    script.actions = &opts.uiActions;
    {
        std::string failed, error;
        if (!script.runUntilShot(app, platform, failed, error)) {
            std::fprintf(stderr, "doorway: --ui %s: %s\n", failed.c_str(), error.c_str());
            closeWindow(window);
            return 2;
        }
    }

    // bench/startup_bench: report the first frame on screen, then leave.
    const bool benchFirstFrame = std::getenv("DOORWAY_BENCH_FIRST_FRAME") != nullptr;
    int rc = 0;
    int framesDrawn = 0;
    int settleFrames = 3;  // frames to draw after input so hover/nav states settle
    SettleState settle;
    std::string lastTitle;
    for (;;) {
        if (glfwWindowShouldClose(window)) {
            // Closing (Ctrl+Q, the window's close button): only once what
            // was written is saved, or the person chose to leave it.
            if (readyToQuit(app, platform)) break;
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            settleFrames = 3;  // draw the question
        }
        if (shooting || settleFrames > 0 || input.keys.pending()) {
            glfwPollEvents();
        } else if (platform.animating()) {
            // Something moves (a timer, a level meter): about 30 frames a
            // second is smooth enough, and vsync may not throttle (Xvfb).
            glfwWaitEventsTimeout(1.0 / 30.0);
        } else {
            // Nothing moves: sleep until input, waking once a second to let
            // autosave and the idle lock tick without drawing.
            input.seen = false;
            glfwWaitEventsTimeout(platform.sleepFor(1.0));
            if (!input.seen && !platform.animating() && !platform.takeRedrawDue()) {
                // Drawn only when the tick changed what shows: the title, a
                // message (autosave failed showed only when the mouse next
                // moved), or the workbook itself.
                const unsigned said = app.statusSaid, generation = app.doc.generation();
                tickFeatures(app, platform);
                const bool changed =
                    windowTitle(app) != lastTitle || app.statusSaid != said || app.doc.generation() != generation;
                if (!changed && !platform.animating() && !platform.takeRedrawDue()) continue;
            }
        }
        if (input.seen) settleFrames = 3;
        input.seen = false;

        // Alt let go after the window lost the keyboard (Alt+Tab to another
        // window, an Alt-drag the window manager took) is no menu key.
        if (input.focusLost) app.altAlone = false;
        input.focusLost = false;
        refreshAppearance(app);  // a new theme or text size, between frames
        feedKeys(window, input, app.editorUi);
        renderFrame(window, app, platform, input);
        ++framesDrawn;
        lastTitle = windowTitle(app);
        if (settleFrames > 0) --settleFrames;
        if (needsAnotherFrame(settle, ImGui::GetDrawData(), platform.animating()) || input.keys.pending())
            settleFrames = std::max(settleFrames, 1);
        if (app.uiMap.takeChanged(settleFrames == 0)) {
            int ww = 0, wh = 0;
            glfwGetWindowSize(window, &ww, &wh);
            writeUiMap(uiMapPath, app.uiMap.toJson(framesDrawn, ww, wh));
        }

        const AfterFrame next = takeShots(window, opts, script, shooting, app, platform, framesDrawn, rc);
        if (next == AfterFrame::Stop) break;
        if (next == AfterFrame::NextShot) continue;
        glfwSwapBuffers(window);
        if (benchFirstFrame) {
            glFinish();
            std::puts("first-frame");
            std::fflush(stdout);
            break;
        }
    }

    shutdownApp(app, platform);
    closeWindow(window);
    return rc;
}

}  // namespace doorway
