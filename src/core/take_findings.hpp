#pragma once
// A take keeps the scorer's findings as they were when it was scored, so an
// old take still explains itself after the rules change. These two turn one
// form into the other: the message and suggestion travel in TakeFinding's
// `extra` (they are prose, not part of the model the app computes with).
#include "core/scorer.hpp"
#include "core/workbook.hpp"

#include <vector>

namespace doorway {

std::vector<TakeFinding> toTakeFindings(const std::vector<ScoreFinding>& findings);
std::vector<ScoreFinding> toScoreFindings(const std::vector<TakeFinding>& findings);

}  // namespace doorway
