#pragma once
// UI state of the speech feature (owned by that feature's views).
#include <string>

namespace doorway {

struct SpeechUiState {
    int placeholder = 0;
};

}  // namespace doorway
