#pragma once
// UI state of the worksheet feature (owned by that feature's views).
#include <string>

namespace doorway {

struct WorksheetUiState {
    int placeholder = 0;
};

}  // namespace doorway
