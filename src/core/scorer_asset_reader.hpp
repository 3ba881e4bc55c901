#pragma once
// The reader behind every scoring asset (core/scorer_load.cpp, core/scorer_model_load.cpp): a JSON
// object's keys checked one by one, each error thrown with its key's path
// and placed at its line and column by loadAsset. Internal to the scorer.
#include "core/content.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace doorway::scoring::asset {

namespace json = boost::json;

// The newest version of each scoring asset's format this build reads.
constexpr int kScoringAssetVersion = 1;

// Thrown with the key's path only; loadAsset's caller places it in the
// text (core/content.hpp: "FILE:LINE:COL: PATH: PROBLEM").
[[noreturn]] inline void assetError(const std::string& file, const std::string& key, const std::string& what) {
    throw ContentError(file, key, what);
}

struct Reader {
    std::string file;

    const json::object& obj(const json::value& v, const std::string& key) const {
        if (!v.is_object()) assetError(file, key, "must be an object");
        return v.as_object();
    }
    const json::value& need(const json::object& o, const std::string& parent, const char* name) const {
        auto it = o.find(name);
        if (it == o.end()) assetError(file, join(parent, name), "is missing");
        return it->value();
    }
    static std::string join(const std::string& parent, const std::string& name) {
        return parent.empty() ? name : parent + "." + name;
    }
    std::string str(const json::value& v, const std::string& key) const {
        if (!v.is_string()) assetError(file, key, "must be a string");
        return std::string(v.as_string());
    }
    double num(const json::value& v, const std::string& key, double lo, double hi) const {
        const std::optional<double> n = jsonNumber(v);
        if (!n) assetError(file, key, "must be a number");
        const double d = *n;
        if (!(d >= lo && d <= hi)) {
            std::ostringstream os;
            os << "must be between " << lo << " and " << hi;
            assetError(file, key, os.str());
        }
        return d;
    }
    double numAt(const json::object& o, const std::string& parent, const char* name, double lo, double hi) const {
        return num(need(o, parent, name), join(parent, name), lo, hi);
    }
    bool boolean(const json::value& v, const std::string& key) const {
        if (!v.is_bool()) assetError(file, key, "must be true or false");
        return v.as_bool();
    }
    std::vector<std::string> strings(const json::value& v, const std::string& key, bool allowEmpty = false) const {
        if (!v.is_array()) assetError(file, key, "must be a list of strings");
        std::vector<std::string> out;
        const auto& a = v.as_array();
        for (size_t i = 0; i < a.size(); ++i) {
            std::string k = key + "[" + std::to_string(i) + "]";
            std::string s = str(a[i], k);
            if (s.empty()) assetError(file, k, "must not be empty");
            // An entry listed twice counts once; the second copy is an
            // editing slip, often where a different entry was meant.
            for (size_t j = 0; j < out.size(); ++j)
                if (out[j] == s)
                    assetError(file, k, "'" + s + "' is listed twice (first at [" + std::to_string(j) + "])");
            out.push_back(s);
        }
        if (out.empty() && !allowEmpty) assetError(file, key, "must not be empty");
        return out;
    }
    void onlyKeys(const json::object& o, const std::string& key, std::initializer_list<const char*> allowed) const {
        onlyKeys(o, key, std::vector<const char*>(allowed));
    }
    void onlyKeys(const json::object& o, const std::string& key, const std::vector<const char*>& allowed) const {
        for (const auto& kv : o) {
            bool ok = false;
            for (const char* a : allowed) ok = ok || kv.key() == a;
            if (!ok) assetError(file, join(key, std::string(kv.key())), "is not a known key (a typo?)");
        }
    }
};

// Reads one scoring asset through the content layer, checks its "format"
// and "version", and runs `read` on it; any error it throws is placed at
// its line and column.
inline void loadAsset(const std::string& dir, const std::string& name, const char* format,
                      const std::function<void(const json::object&, const std::string& file)>& read) {
    ContentFile cf = ContentFile::read((std::filesystem::path(dir) / name).string());
    try {
        cf.checkFormat(format, kScoringAssetVersion);
        read(cf.root().as_object(), cf.name());
    } catch (const ContentError& e) {
        throw cf.placed(e);
    }
}

}  // namespace doorway::scoring::asset
