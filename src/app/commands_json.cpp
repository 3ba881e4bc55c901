#include "app/commands_json.hpp"
#include "core/text_edit.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace doorway {

namespace json = boost::json;

std::string jsonNumberText(double d) {
    if (!std::isfinite(d)) return "null";
    int decimals = kJsonDecimals;
    const double smallest = std::pow(10.0, -kJsonDecimals) / 2;  // rounds to 0 at kJsonDecimals
    // A tiny measure is not nothing: keep three significant digits of it
    // (down to the point where a double's digits stop meaning anything).
    if (d != 0 && std::fabs(d) < smallest) decimals = std::min(2 - int(std::floor(std::log10(std::fabs(d)))), 30);
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, decimals);
    if (res.ec != std::errc()) return "null";  // cannot happen for a finite double in this buffer
    std::string t(buf, res.ptr);
    if (t.find('.') != std::string::npos) {
        t.erase(t.find_last_not_of('0') + 1);
        if (t.back() == '.') t.pop_back();
    }
    if (t == "-0") t = "0";
    return t;
}

namespace {

// JSON text is UTF-8: bytes that aren't (a file name from another system)
// are written as U+FFFD rather than passed through to break the reader.
std::string jsonString(std::string_view s) {
    std::string in(s), out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size();) {
        size_t len = 1;
        if (text::decodeAt(in, i, &len) == 0xFFFD && in.compare(i, 3, "\xEF\xBF\xBD") != 0)
            out += "\xEF\xBF\xBD";
        else
            out.append(in, i, len);
        i += len;
    }
    return json::serialize(json::string_view(out));
}

void writeJson(std::string& out, const json::value& v) {
    switch (v.kind()) {
        case json::kind::object: {
            out += '{';
            bool first = true;
            for (const auto& kv : v.get_object()) {
                if (!first) out += ',';
                first = false;
                out += jsonString(kv.key());
                out += ':';
                writeJson(out, kv.value());
            }
            out += '}';
            return;
        }
        case json::kind::array: {
            out += '[';
            bool first = true;
            for (const auto& e : v.get_array()) {
                if (!first) out += ',';
                first = false;
                writeJson(out, e);
            }
            out += ']';
            return;
        }
        case json::kind::double_:
            out += jsonNumberText(v.get_double());
            return;
        case json::kind::string:
            out += jsonString(v.get_string());
            return;
        default:
            out += json::serialize(v);
    }
}

}  // namespace

std::string cliJson(const json::value& v) {
    std::string out;
    writeJson(out, v);
    return out;
}

void printJson(const json::value& v) {
    std::printf("%s\n", cliJson(v).c_str());
}

}  // namespace doorway
