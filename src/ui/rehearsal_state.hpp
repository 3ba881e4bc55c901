#pragma once
// UI state of the rehearsal feature (owned by that feature's views).
#include <string>

namespace doorway {

struct RehearsalUiState {
    int placeholder = 0;
};

}  // namespace doorway
