// Series colours (see chart_palette.hpp).
#include "core/chart_palette.hpp"

#include <cstdio>

namespace doorway {

std::uint32_t seriesRgb(SeriesRole role, Ink ink) {
    switch (role) {
        case SeriesRole::Fear:
            return ink == Ink::Paper ? 0x1d5a78 : ink == Ink::Dark ? 0x78b8d6 : 0x8fd8ff;
        case SeriesRole::Refusal:
            return ink == Ink::Paper ? 0x963f0e : ink == Ink::Dark ? 0xe6a16b : 0xffb457;
        case SeriesRole::Takes:
            return ink == Ink::Paper ? 0x336b80 : ink == Ink::Dark ? 0xa8a8ad : 0xffffff;
        case SeriesRole::RolePlay:
            return ink == Ink::Paper ? 0x6b4f99 : ink == Ink::Dark ? 0xb9a3e0 : 0xd9c2ff;
    }
    return 0;
}

std::string seriesHex(SeriesRole role, Ink ink) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", unsigned(seriesRgb(role, ink)));
    return buf;
}

bool seriesHatched(SeriesRole role) {
    return role == SeriesRole::Refusal;
}

bool seriesJoined(SeriesRole role) {
    return role == SeriesRole::Takes;
}

SeriesRole seriesRoleOf(const std::string& id) {
    if (id == "fear") return SeriesRole::Fear;
    if (id == "refusal") return SeriesRole::Refusal;
    if (id == "roleplay") return SeriesRole::RolePlay;
    return SeriesRole::Takes;
}

}  // namespace doorway
