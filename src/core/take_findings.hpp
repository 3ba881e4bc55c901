#pragma once
// A take keeps the scorer's findings as they were when it was scored, so an
// old take still explains itself after the rules change. These two turn one
// form into the other: the message, the suggestion and the weight travel in
// TakeFinding's `extra` (they explain; the app computes nothing from them).
#include "core/scorer.hpp"
#include "core/workbook.hpp"

#include <vector>

namespace doorway {

std::vector<TakeFinding> toTakeFindings(const std::vector<ScoreFinding>& findings);
std::vector<ScoreFinding> toScoreFindings(const std::vector<TakeFinding>& findings);

}  // namespace doorway
