#pragma once
// The content layer: the one way Doorway reads its content files (the
// assets: worksheets, scoring lexicon/rules/model, role-play objections,
// the safety card), and the one error vocabulary they all speak:
//
//     FILE:LINE:COLUMN: JSON.PATH: PROBLEM
//
// e.g. "04_pattern.json:12:18: fields[2].kind: expected one of short_text,
// long_text, ..." so an author can jump straight to the place. Every
// content file carries "format" (which kind of file it is) and "version"
// (of that format); see docs/content-format.md.
#include <boost/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace doorway {

namespace json = boost::json;

// A problem in a content file. `line` and `column` are 1-based (0 when the
// problem is not at one place, such as a missing file); `path` is the JSON
// path of the value ("fields[2].label", "" for the whole file).
struct ContentError : std::runtime_error {
    ContentError(std::string file, std::string path, std::string problem, int line = 0, int column = 0);
    std::string file;
    std::string path;
    std::string problem;  // "expected a string", "unknown key", ...
    int line = 0;
    int column = 0;
};

// "FILE:LINE:COLUMN: PATH: PROBLEM", leaving out what is unknown.
std::string contentErrorText(const std::string& file, int line, int column, const std::string& path,
                             const std::string& problem);

// 1-based line and column (in characters, not bytes) of a byte offset, as an
// editor shows them.
std::pair<int, int> lineColumnAt(const std::string& text, size_t offset);

// Where the value at `path` ("a.b[3].c") starts in JSON `text` (comments
// allowed), as a byte offset; the key's own place when the value is not
// there; npos when neither is. The top level is "" or "(top level)".
size_t locateJsonPath(const std::string& text, const std::string& path);

// A JSON number of any of Boost.JSON's three kinds (int64, uint64, double)
// as a double; nothing for any other value.
std::optional<double> jsonNumber(const json::value& v);

// The largest asset file Doorway reads (a worksheet, the objections, a
// scoring file): far above any written by hand, and a bound on what a
// damaged or hostile file can make it parse.
inline constexpr size_t kMaxAssetBytes = 4u << 20;

// A content file, parsed: its name for messages, its text (to place errors)
// and its value. Comments and trailing commas are allowed (authors write
// these files by hand).
class ContentFile {
public:
    // Throws ContentError "NAME:LINE:COL: invalid JSON (...)" on bad syntax.
    static ContentFile parse(std::string text, std::string name);
    // Reads `path` (at most `maxBytes`) and parses it; the file name alone
    // is used in messages. Throws ContentError when it can't be read.
    static ContentFile read(const std::string& path, size_t maxBytes = kMaxAssetBytes);

    const std::string& name() const { return m_name; }
    const std::string& text() const { return m_text; }
    const json::value& root() const { return m_root; }

    // The error at `path`, placed in the text.
    ContentError errorAt(const std::string& path, const std::string& problem) const;
    [[noreturn]] void fail(const std::string& path, const std::string& problem) const { throw errorAt(path, problem); }
    // `e` with its line and column filled in from this file (when it has
    // none yet); for loaders that throw with a path only.
    ContentError placed(const ContentError& e) const;

    // Checks the top level's "format" (must be `format`) and "version" (a
    // whole number from 1 to `maxVersion`) and returns the version. With
    // `optional`, a file without "format" and "version" reads as version 1
    // (a worksheet written by hand for a test or a first draft).
    int checkFormat(const std::string& format, int maxVersion, bool optional = false) const;

private:
    std::string m_name;
    std::string m_text;
    json::value m_root;
};

}  // namespace doorway
