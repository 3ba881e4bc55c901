#pragma once
// A command-line list ("awb,kal16", "fresh4.tsv,fresh5.tsv") as its items,
// empty ones dropped. Shared by the tools and the benches.
#include <sstream>
#include <string>
#include <vector>

namespace doorway::tools {

inline std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace doorway::tools
