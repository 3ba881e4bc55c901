#pragma once
// Recordings beside a workbook (NAME.takes/) and the takes that point to
// them. A deleted take keeps its recording until the workbook is closed, so
// Edit > Undo brings back both; what no take points to then is removed, and
// `doorway check` names what a crash left.
#include "core/workbook.hpp"

#include <string>
#include <vector>

namespace doorway {

// Regular files directly in the workbook's recordings folder that no take's
// `audio` names (full paths, sorted). None when there is no folder.
std::vector<std::string> unreferencedRecordings(const std::string& workbookPath, const Workbook& wb);

// Removes those files; returns how many went (errors are skipped: a file
// that can't be removed is left for next time, never half-removed).
int removeUnreferencedRecordings(const std::string& workbookPath, const Workbook& wb);

}  // namespace doorway
