#pragma once
// Dialogs that fit the window: at most the size they want, never past the
// window's edges (a margin all round), centred. A dialog whose content may
// outgrow that keeps its buttons in a footer and scrolls what is above it
// (print_view.cpp), so its result and buttons are always in view.
#include <imgui.h>

namespace doorway {

// For the next BeginPopupModal: `want` (pixels, already scaled), clamped to
// the main viewport's work area less a margin.
void fitNextDialog(ImVec2 want, float scale);
// The largest a dialog may be in this window.
ImVec2 dialogRoom(float scale);

}  // namespace doorway
