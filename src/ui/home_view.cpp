// The start page: where you are, and one suggested next step.
#include "ui/views.hpp"

#include <imgui.h>

namespace doorway {

void drawHomeView(AppState& app, Platform& platform) {
    (void)platform;
    const Workbook& wb = app.doc.workbook();
    ImGui::Dummy(ImVec2(0, 8 * app.uiScale));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x * 0.95f);
    ImGui::Text("%s", wb.title.empty() ? "Your workbook" : wb.title.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped(
        "This is a quiet place to think before you ask your partner about couples therapy, and to "
        "keep thinking if they say no. Work through the pages on the left at your own pace. "
        "Nothing here leaves this computer.");
    ImGui::Spacing();

    const WorksheetDef* next = nullptr;
    int done = 0;
    for (const WorksheetDef& ws : app.catalog.worksheets()) {
        Completion c = completionOf(ws, wb);
        if (c.total == 0 || c.answered == c.total) ++done;
        else if (!next) next = &ws;
    }
    int total = int(app.catalog.worksheets().size());
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::Text("%d of %d worksheets complete", done, total);
    ImGui::Spacing();
    if (next) {
        ImGui::TextWrapped("A good next step: %s", next->title.c_str());
        if (!next->summary.empty()) ImGui::TextDisabled("%s", next->summary.c_str());
        ImGui::Spacing();
        if (ImGui::Button("Open it")) app.nav = {View::Worksheet, next->id};
    } else if (total > 0) {
        ImGui::TextWrapped("Every worksheet has an answer. When you feel ready, practise the invitation out loud.");
        if (ImGui::Button("Rehearse")) app.nav = {View::Rehearsal, {}};
    }
    ImGui::PopTextWrapPos();
}

}  // namespace doorway
