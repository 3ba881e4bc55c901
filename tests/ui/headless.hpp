#pragma once
// A Dear ImGui context with no window, for drawing views in tests: the
// display size of the default window, two fonts as the window loads them
// (views use index 1 for headings), and the key map the window's GLFW
// backend would set for the keys views react to.
#include "ui/keys.hpp"

#include <imgui.h>

namespace doorway::test {

struct Headless {
    ImGuiContext* ctx;
    Headless() {
        ctx = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 30;
        io.IniFilename = nullptr;
        io.KeyMap[ImGuiKey_Enter] = keys::kEnter;
        io.KeyMap[ImGuiKey_Escape] = keys::kEscape;
        io.KeyMap[ImGuiKey_Space] = keys::kSpace;
        io.Fonts->AddFontDefault();
        io.Fonts->AddFontDefault();
        unsigned char* px = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(ctx); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;
};

}  // namespace doorway::test
