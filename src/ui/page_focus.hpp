#pragma once
// Where the keyboard starts on a page that has just opened.
#include "ui/app_state.hpp"

namespace doorway {

// Makes the item just drawn the keyboard's place when its page has just
// opened (Enter presses it; Tab moves on from it).
void focusByDefault(AppState& app);

}  // namespace doorway
