// Findings grouped by reason (see finding_groups.hpp).
#include "core/finding_groups.hpp"

#include <algorithm>
#include <cctype>

namespace doorway {

std::vector<FindingGroup> groupFindings(const std::vector<ScoreFinding>& findings, const std::string& kind) {
    std::vector<FindingGroup> out;
    for (const ScoreFinding& f : findings) {
        if (!kind.empty() && f.kind != kind) continue;
        auto same = [&](const FindingGroup& g) { return g.first->kind == f.kind && g.first->message == f.message; };
        auto it = std::find_if(out.begin(), out.end(), same);
        if (it == out.end()) {
            out.push_back({&f, {}});
            it = out.end() - 1;
        }
        if (std::find(it->quotes.begin(), it->quotes.end(), f.text) == it->quotes.end()) it->quotes.push_back(f.text);
    }
    return out;
}

std::string quotedList(const FindingGroup& group) {
    std::string s;
    for (const auto& q : group.quotes) s += (s.empty() ? "\"" : ", \"") + q + "\"";
    return s;
}

std::string tryLine(const std::string& suggestion) {
    size_t i = 0;
    while (i < suggestion.size() && std::isspace(static_cast<unsigned char>(suggestion[i]))) ++i;
    std::string head = suggestion.substr(i, 4);
    for (char& c : head) c = char(std::tolower(static_cast<unsigned char>(c)));
    bool already = head == "try " || head == "try:";
    return already ? suggestion.substr(i) : "Try: " + suggestion;
}

}  // namespace doorway
