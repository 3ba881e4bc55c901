#pragma once
// UI state of the privacy feature (owned by that feature's views).
#include <string>

namespace doorway {

struct PrivacyUiState {
    bool neutralTitle = false;  // window title reads "Notes"
    bool hidden = false;        // quick hide is on
};

}  // namespace doorway
