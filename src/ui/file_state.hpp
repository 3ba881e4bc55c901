#pragma once
// UI state of the file feature (owned by that feature's views).
#include <string>

namespace doorway {

struct FileUiState {
    int placeholder = 0;
};

}  // namespace doorway
