#include "core/limits.hpp"

namespace doorway {

std::string groupedNumber(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string sizeAgainstLimit(std::uint64_t size, std::uint64_t limit) {
    return groupedNumber(size) + " bytes; the limit is " + groupedNumber(limit);
}

}  // namespace doorway
