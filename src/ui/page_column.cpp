// The page column (see page_column.hpp).
#include "ui/page_column.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace doorway {

PageColumn pageColumn(float avail, float fontSize, float scale) {
    PageColumn c;
    float margin = std::clamp(avail * 0.03f, 8.f * scale, 32.f * scale);
    float measure = 50.f * fontSize;
    c.width = std::max(std::min(avail - 2 * margin, measure), std::min(avail, 50.f * scale));
    c.indent = std::max(0.f, (avail - c.width) * 0.5f);
    return c;
}

ColumnScope::ColumnScope(const PageColumn& column) : m_indent(column.indent) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    m_workMax = w->WorkRect.Max.x;
    m_contentMax = w->ContentRegionRect.Max.x;
    ImGui::Indent(m_indent);
    const float right = std::min(m_workMax, w->DC.CursorPos.x + column.width);
    w->WorkRect.Max.x = right;
    w->ContentRegionRect.Max.x = right;
}

ColumnScope::~ColumnScope() {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    w->WorkRect.Max.x = m_workMax;
    w->ContentRegionRect.Max.x = m_contentMax;
    ImGui::Unindent(m_indent);
}

bool sameLineIfRoom(float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetContentRegionMaxAbs().x;
    if (ImGui::GetItemRectMax().x + spacing + width > right) return false;
    ImGui::SameLine();
    return true;
}

void sideBySide(const char* id, float leftWeight, float rightWeight, float minEms, const std::function<void()>& left,
                const std::function<void()>& right) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float narrower = avail * std::min(leftWeight, rightWeight) / (leftWeight + rightWeight);
    if (narrower < minEms * ImGui::GetFontSize() || !ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) {
        left();
        ImGui::Spacing();
        right();
        return;
    }
    ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthStretch, leftWeight);
    ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, rightWeight);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    left();
    ImGui::TableSetColumnIndex(1);
    right();
    ImGui::EndTable();
}

void columnSeparator() {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (w->SkipItems) return;
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float right = ImGui::GetContentRegionMaxAbs().x;
    ImGui::Dummy(ImVec2(std::max(1.f, right - p.x), 1.f));
    w->DrawList->AddLine(ImVec2(p.x, p.y), ImVec2(right, p.y), ImGui::GetColorU32(ImGuiCol_Separator), 1.f);
}

}  // namespace doorway
