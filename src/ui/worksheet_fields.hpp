#pragma once
// The field kinds of a worksheet page (worksheet_fields.cpp).
#include "ui/worksheet_page.hpp"

namespace doorway::sheet {

void drawChoices(Page& p, const FieldDef& f);  // checklist, single and multiple choice
void drawScale(Page& p, const FieldDef& f);
void drawList(Page& p, const FieldDef& f);
void drawRanking(Page& p, const FieldDef& f);
void drawDatedEntries(Page& p, const FieldDef& f);
void drawComposer(Page& p, const FieldDef& f);

}  // namespace doorway::sheet
