#pragma once
// Readable JSON for the assets the fitter rewrites: one key a line, lists of
// words wrapped to fill lines, so a diff of a refit shows the numbers that
// moved and nothing else. Keeps the order of keys as read.
#include <boost/json.hpp>

#include <cstdio>
#include <string>

namespace doorway::tools {

// A number as people write it: 12.5, -3, 0.68 (Boost.JSON would say 1.25E1).
inline std::string scalarJson(const boost::json::value& v) {
    if (!v.is_double()) return boost::json::serialize(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v.as_double());
    return buf;
}

inline bool isScalar(const boost::json::value& v) {
    return !v.is_object() && !v.is_array();
}

inline std::string prettyJson(const boost::json::value& v, int indent = 0, size_t keyLen = 0) {
    const size_t width = 118;
    const std::string pad(size_t(indent) * 2, ' ');
    if (v.is_object()) {
        const auto& o = v.as_object();
        if (o.empty()) return "{}";
        bool small = o.size() <= 6 && indent > 0;
        std::string one = "{";
        for (const auto& kv : o) {
            small = small && (isScalar(kv.value()) || (kv.value().is_array() && kv.value().as_array().empty()));
            one += (one.size() > 1 ? ", " : "") + boost::json::serialize(boost::json::value(kv.key())) + ": " +
                   (isScalar(kv.value()) ? scalarJson(kv.value()) : boost::json::serialize(kv.value()));
        }
        one += "}";
        if (small && one.size() + pad.size() + keyLen <= width) return one;
        std::string out = "{\n";
        bool first = true;
        for (const auto& kv : o) {
            std::string key = boost::json::serialize(boost::json::value(kv.key()));
            out += (first ? "" : ",\n") + pad + "  " + key + ": " + prettyJson(kv.value(), indent + 1, key.size());
            first = false;
        }
        return out + "\n" + pad + "}";
    }
    if (v.is_array()) {
        const auto& a = v.as_array();
        if (a.empty()) return "[]";
        bool scalars = true;
        for (const auto& x : a) scalars = scalars && isScalar(x);
        if (scalars) {
            std::string one = "[";
            for (const auto& x : a) one += (one.size() > 1 ? ", " : "") + scalarJson(x);
            one += "]";
            if (one.size() + pad.size() + keyLen + 4 <= width) return one;
            std::string out = "[\n", line;
            for (size_t i = 0; i < a.size(); ++i) {
                std::string item = scalarJson(a[i]) + (i + 1 < a.size() ? "," : "");
                if (!line.empty() && pad.size() + 2 + line.size() + 1 + item.size() > width) {
                    out += pad + "  " + line + "\n";
                    line.clear();
                }
                line += (line.empty() ? "" : " ") + item;
            }
            return out + pad + "  " + line + "\n" + pad + "]";
        }
        std::string out = "[\n";
        for (size_t i = 0; i < a.size(); ++i)
            out += pad + "  " + prettyJson(a[i], indent + 1) + (i + 1 < a.size() ? ",\n" : "\n");
        return out + pad + "]";
    }
    return scalarJson(v);
}

}  // namespace doorway::tools
