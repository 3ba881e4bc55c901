#pragma once
// The shipped worksheet catalog, read fresh for each test that asks (tests
// may change what they are given).
#include "core/worksheet.hpp"
#include "support.hpp"

namespace doorway::test {

inline WorksheetCatalog shippedWorksheets() {
    return WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}

}  // namespace doorway::test
