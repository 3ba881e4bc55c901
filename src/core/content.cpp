#include "core/content.hpp"

#include "core/paths.hpp"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <tuple>
#include <vector>

namespace doorway {

std::optional<double> jsonNumber(const json::value& v) {
    if (v.is_int64()) return double(v.get_int64());
    if (v.is_uint64()) return double(v.get_uint64());
    if (v.is_double()) return v.get_double();
    return std::nullopt;
}

// [SECTION] The error vocabulary

std::string contentErrorText(const std::string& file, int line, int column, const std::string& path,
                             const std::string& problem) {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += ": ";
    if (!path.empty()) out += path + ": ";
    return out + problem;
}

ContentError::ContentError(std::string f, std::string p, std::string pr, int l, int c)
    : std::runtime_error(contentErrorText(f, l, c, p, pr)),
      file(std::move(f)),
      path(std::move(p)),
      problem(std::move(pr)),
      line(l),
      column(c) {}

std::pair<int, int> lineColumnAt(const std::string& text, size_t offset) {
    int line = 1, col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            col = 1;
        } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
            ++col;
        }
    }
    return {line, col};
}

// [SECTION] Finding a JSON path in the text

namespace {

// A forgiving walk over JSON text (comments allowed): just enough to find
// where a value starts. The text has already parsed, so it is well formed.
class PathScanner {
public:
    explicit PathScanner(const std::string& t) : m_t(t) {}

    void skipSpace() {
        while (m_i < m_t.size()) {
            char c = m_t[m_i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++m_i;
            } else if (c == '/' && m_i + 1 < m_t.size() && m_t[m_i + 1] == '/') {
                while (m_i < m_t.size() && m_t[m_i] != '\n') ++m_i;
            } else if (c == '/' && m_i + 1 < m_t.size() && m_t[m_i + 1] == '*') {
                size_t end = m_t.find("*/", m_i + 2);
                m_i = end == std::string::npos ? m_t.size() : end + 2;
            } else {
                return;
            }
        }
    }

    // Reads a string at the cursor (raw: escapes are kept, which is enough
    // to compare with keys that need none).
    std::string readString() {
        std::string out;
        ++m_i;  // the opening quote
        while (m_i < m_t.size() && m_t[m_i] != '"') {
            if (m_t[m_i] == '\\' && m_i + 1 < m_t.size()) out += m_t[m_i++];
            out += m_t[m_i++];
        }
        ++m_i;
        return out;
    }

    void skipValue() {
        skipSpace();
        if (m_i >= m_t.size()) return;
        char c = m_t[m_i];
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            ++m_i;
            for (;;) {
                skipSpace();
                if (m_i >= m_t.size() || m_t[m_i] == close) break;
                if (m_t[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (close == '}') {
                    readString();
                    skipSpace();
                    ++m_i;  // ':'
                }
                skipValue();
            }
            ++m_i;
        } else {
            while (m_i < m_t.size() && !std::strchr(",]} \t\r\n/", m_t[m_i])) ++m_i;
        }
    }

    // Moves to the value of `key` in the object at the cursor. False when
    // the object has no such key. `keyAt` gets where the key starts.
    bool enterKey(const std::string& key, size_t& keyAt) {
        skipSpace();
        if (m_i >= m_t.size() || m_t[m_i] != '{') return false;
        ++m_i;
        for (;;) {
            skipSpace();
            if (m_i >= m_t.size() || m_t[m_i] == '}') return false;
            if (m_t[m_i] == ',') {
                ++m_i;
                continue;
            }
            size_t at = m_i;
            std::string k = readString();
            skipSpace();
            ++m_i;  // ':'
            if (k == key) {
                keyAt = at;
                skipSpace();
                return true;
            }
            skipValue();
        }
    }

    bool enterIndex(size_t index) {
        skipSpace();
        if (m_i >= m_t.size() || m_t[m_i] != '[') return false;
        ++m_i;
        for (size_t n = 0;; ++n) {
            skipSpace();
            if (m_i < m_t.size() && m_t[m_i] == ',') {
                ++m_i;
                skipSpace();
            }
            if (m_i >= m_t.size() || m_t[m_i] == ']') return false;
            if (n == index) return true;
            skipValue();
        }
    }

    size_t pos() const { return m_i; }

private:
    const std::string& m_t;
    size_t m_i = 0;
};

struct PathStep {
    bool isIndex = false;
    std::string key;
    size_t index = 0;
};

// "a.b[3].c" -> a, b, [3], c. Empty or "(top level)" -> no steps.
std::vector<PathStep> splitPath(const std::string& path) {
    std::vector<PathStep> out;
    if (path == "(top level)") return out;
    size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
        } else if (path[i] == '[') {
            size_t close = path.find(']', i);
            if (close == std::string::npos) break;
            PathStep s;
            s.isIndex = true;
            s.index = size_t(std::strtoull(path.substr(i + 1, close - i - 1).c_str(), nullptr, 10));
            out.push_back(s);
            i = close + 1;
        } else {
            size_t end = path.find_first_of(".[", i);
            if (end == std::string::npos) end = path.size();
            PathStep s;
            s.key = path.substr(i, end - i);
            out.push_back(s);
            i = end;
        }
    }
    return out;
}

}  // namespace

size_t locateJsonPath(const std::string& text, const std::string& path) {
    PathScanner scan(text);
    scan.skipSpace();
    size_t best = std::string::npos;
    for (const PathStep& step : splitPath(path)) {
        size_t keyAt = std::string::npos;
        bool found = step.isIndex ? scan.enterIndex(step.index) : scan.enterKey(step.key, keyAt);
        // A missing key is best shown at the object that lacks it.
        if (!found) return best == std::string::npos ? scan.pos() : best;
        best = scan.pos();
    }
    scan.skipSpace();
    return scan.pos();
}

// [SECTION] ContentFile

ContentFile ContentFile::parse(std::string text, std::string name) {
    ContentFile f;
    f.m_name = std::move(name);
    f.m_text = std::move(text);
    json::parse_options opts;
    opts.allow_comments = true;
    opts.allow_trailing_commas = true;
    json::stream_parser p({}, opts);
    json::error_code ec;
    size_t used = p.write_some(f.m_text.data(), f.m_text.size(), ec);
    bool extra = !ec && p.done() && used < f.m_text.size();
    if (!ec && !extra) p.finish(ec);
    if (ec || extra) {
        auto [line, col] = lineColumnAt(f.m_text, used);
        bool blank = f.m_text.find_first_not_of(" \t\r\n") == std::string::npos;
        std::string what = blank   ? "invalid JSON (the file is empty)"
                           : extra ? "extra text after the closing brace"
                           : ec == json::error::incomplete || used >= f.m_text.size()
                               ? "the file ends too early"
                               : "invalid JSON (" + ec.message() + ")";
        throw ContentError(f.m_name, "", what, line, col);
    }
    f.m_root = p.release();
    return f;
}

ContentFile ContentFile::read(const std::string& path, size_t maxBytes) {
    std::string text, error;
    std::string name = std::filesystem::path(path).filename().string();
    if (!readFile(path, text, error, maxBytes)) throw ContentError(name, "", error);
    return parse(std::move(text), name);
}

ContentError ContentFile::errorAt(const std::string& path, const std::string& problem) const {
    size_t at = locateJsonPath(m_text, path);
    int line = 0, col = 0;
    if (at != std::string::npos) std::tie(line, col) = lineColumnAt(m_text, at);
    return ContentError(m_name, path == "(top level)" ? "" : path, problem, line, col);
}

ContentError ContentFile::placed(const ContentError& e) const {
    if (e.line > 0) return e;
    return errorAt(e.path, e.problem);
}

int ContentFile::checkFormat(const std::string& format, int maxVersion, bool optional) const {
    if (!m_root.is_object()) fail("", "expected an object");
    const json::object& o = m_root.get_object();
    const json::value* f = o.if_contains("format");
    const json::value* v = o.if_contains("version");
    if (optional && !f && !v) return 1;
    std::string range = "a whole number from 1 to " + std::to_string(maxVersion);
    // The version first: a file for a newer Doorway says so, whatever else.
    if (v && (!v->is_int64() || v->get_int64() < 1)) fail("version", "expected " + range);
    if (v && v->get_int64() > maxVersion)
        fail("version", "expected at most " + std::to_string(maxVersion) + " (this file is version " +
                            std::to_string(v->get_int64()) + ", for a newer Doorway)");
    if (!f) fail("format", "missing (expected \"" + format + "\")");
    if (!f->is_string() || f->get_string() != format)
        fail("format", "expected \"" + format + "\", found " + json::serialize(*f));
    if (!v) fail("version", "missing (expected " + range + ")");
    return int(v->get_int64());
}

}  // namespace doorway
