#include "ui/page_focus.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace doorway {

void focusByDefault(AppState& app) {
    if (!app.pageOpened) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    g.NavDisableHighlight = false;
}

}  // namespace doorway
