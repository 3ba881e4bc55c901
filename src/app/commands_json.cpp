#include "app/commands_json.hpp"

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

void writeJson(std::string& out, const json::value& v) {
    switch (v.kind()) {
        case json::kind::object: {
            out += '{';
            bool first = true;
            for (const auto& kv : v.get_object()) {
                if (!first) out += ',';
                first = false;
                out += json::serialize(json::string_view(kv.key()));
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
