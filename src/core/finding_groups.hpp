#pragma once
// Findings as a person reads them: one paragraph per reason. "You never"
// and "you always" are two findings of one rule with one message; listed
// apart, the same paragraph printed twice. Grouped, the message shows once
// under both quotes. The score itself still counts each finding.
#include "core/scorer.hpp"

#include <string>
#include <vector>

namespace doorway {

struct FindingGroup {
    const ScoreFinding* first = nullptr;  // kind, rule, message, suggestion: the group's
    std::vector<std::string> quotes;      // each finding's words, in text order, without repeats
};

// The findings of `kind` ("risk", "strength", "safety"; "" for every kind),
// grouped by kind and message, in the order each message first appears.
std::vector<FindingGroup> groupFindings(const std::vector<ScoreFinding>& findings, const std::string& kind = "");

// "\"You never listen\", \"you always\"": a group's quotes for one line.
std::string quotedList(const FindingGroup& group);

// "Try: <suggestion>", once: a suggestion that already starts with "Try"
// is not given a second one.
std::string tryLine(const std::string& suggestion);

}  // namespace doorway
