#pragma once
// Dialogs that fit the window: at most the size they want, never past the
// window's edges (a margin all round), centred. A dialog whose content may
// outgrow that keeps its buttons in a footer and scrolls what is above it
// (print_view.cpp), so its result and buttons are always in view.
#include "ui/app_state.hpp"

#include <imgui.h>

namespace doorway {

// For the next BeginPopupModal: `want` (pixels, already scaled), clamped to
// the main viewport's work area less a margin.
void fitNextDialog(ImVec2 want, float scale);
// The largest a dialog may be in this window.
ImVec2 dialogRoom(float scale);

// Esc pressed for the dialog being drawn: not when a list or menu was open
// over it as the last frame ended. ImGui closes that list on the Esc, and
// the dialog closed on the same Esc too (the safety card went with its
// country list).
bool escapeClosesDialog(const AppState& app);

}  // namespace doorway
