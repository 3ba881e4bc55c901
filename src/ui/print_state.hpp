#pragma once
// UI state of the print feature (owned by that feature's views).
#include <string>

namespace doorway {

struct PrintUiState {
    int placeholder = 0;
};

}  // namespace doorway
