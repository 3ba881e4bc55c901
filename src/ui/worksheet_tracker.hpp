#pragma once
// The tracker and the door log of a worksheet page (worksheet_tracker.cpp).
#include "ui/worksheet_page.hpp"

namespace doorway::sheet {

void drawTracker(Page& p, const FieldDef& f);
void drawDoorLog(Page& p, const FieldDef& f);

}  // namespace doorway::sheet
