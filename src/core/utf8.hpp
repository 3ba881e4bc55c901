#pragma once
// Encoding one code point as UTF-8: the JSON reader's \u escapes and the
// text box's typed characters both need it, and it lives here once.
#include <cstdint>
#include <string>

namespace doorway {

// Appends `cp` as UTF-8 bytes, as given (callers decide what to do with
// surrogates and values past U+10FFFF).
inline void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

}  // namespace doorway
