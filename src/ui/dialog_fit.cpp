// Dialog sizing (see dialog_fit.hpp).
#include "ui/dialog_fit.hpp"
#include "ui/keys.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace doorway {

ImVec2 dialogRoom(float scale) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = 12 * scale;
    return ImVec2(std::max(100.f, vp->WorkSize.x - 2 * margin), std::max(100.f, vp->WorkSize.y - 2 * margin));
}

void fitNextDialog(ImVec2 want, float scale) {
    const ImVec2 room = dialogRoom(scale);
    ImGui::SetNextWindowSize(ImVec2(std::min(want.x, room.x), std::min(want.y, room.y)), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetWorkCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

bool escapeClosesDialog(const AppState& app) {
    return keys::pressed(keys::kEscape) && app.popupsOpenLastFrame <= ImGui::GetCurrentContext()->BeginPopupStack.Size;
}

}  // namespace doorway
