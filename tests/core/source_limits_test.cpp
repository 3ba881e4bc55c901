// The house rule on size, kept true by a test: no function in src/ over 120
// lines and no file over 800, with no exceptions. A function is a brace
// block opened after a ")" outside any other function (lambdas count
// towards theirs); strings, comments and preprocessor lines are skipped.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using doorway::test::readText;
using doorway::test::sourcePath;

namespace {

constexpr int kMaxFunctionLines = 120;
constexpr int kMaxFileLines = 800;

struct Function {
    std::string name;  // the identifier before the parameter list
    int firstLine = 0;
    int lines = 0;
};

// The name of the function whose signature is `head` ("int f(int a) const").
std::string functionName(const std::string& head) {
    size_t paren = head.find('(');
    if (paren == std::string::npos) return "?";
    size_t end = paren;
    while (end > 0 && head[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(head[start - 1])) || head[start - 1] == '_' ||
                         head[start - 1] == ':' || head[start - 1] == '~'))
        --start;
    std::string name = head.substr(start, end - start);
    if (size_t colons = name.rfind("::"); colons != std::string::npos) name = name.substr(colons + 2);
    return name;
}

enum class Scope { Namespace, Type, Function, Other };

Scope scopeOf(const std::string& head, bool insideFunction) {
    static const std::regex ns(R"((^|\s)namespace(\s|$)|extern\s*""$)");
    static const std::regex type(R"((^|\s)(class|struct|union|enum)\s[^()]*$)");
    static const std::regex control(R"((^|[\s;{}])(if|for|while|switch|catch)\s*\()");
    if (insideFunction) return Scope::Other;
    if (std::regex_search(head, ns)) return Scope::Namespace;
    if (std::regex_search(head, type)) return Scope::Type;
    if (head.find(')') != std::string::npos && head.back() != '=' && !std::regex_search(head, control))
        return Scope::Function;
    return Scope::Other;
}

// Skips a string or character literal starting at s[i] (raw strings too).
size_t skipLiteral(const std::string& s, size_t i, int& line) {
    if (s[i] == 'R' && i + 1 < s.size() && s[i + 1] == '"') {
        size_t open = s.find('(', i);
        std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
        size_t end = s.find(close, open);
        end = end == std::string::npos ? s.size() : end + close.size();
        for (size_t k = i; k < end; ++k) line += s[k] == '\n';
        return end;
    }
    char q = s[i];
    size_t k = i + 1;
    while (k < s.size() && s[k] != q) {
        if (s[k] == '\\') ++k;
        if (k < s.size() && s[k] == '\n') ++line;
        ++k;
    }
    return k + 1;
}

std::vector<Function> functionsIn(const std::string& s) {
    std::vector<Function> out;
    struct Open {
        Scope scope;
        int line;
        std::string head;
    };
    std::vector<Open> stack;
    std::string head;  // text since the last ; { or }
    int line = 1;
    bool lineStart = true;
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '\n') {
            ++line;
            lineStart = true;
            head += ' ';
            ++i;
            continue;
        }
        if (s.compare(i, 2, "//") == 0) {
            i = s.find('\n', i);
            if (i == std::string::npos) break;
            continue;
        }
        if (s.compare(i, 2, "/*") == 0) {
            size_t end = s.find("*/", i + 2);
            end = end == std::string::npos ? s.size() : end + 2;
            for (size_t k = i; k < end; ++k) line += s[k] == '\n';
            i = end;
            continue;
        }
        if (c == '#' && lineStart) {  // a preprocessor line, with its continuations
            while (i < s.size() && s[i] != '\n') {
                if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\n') ++line, ++i;
                ++i;
            }
            continue;
        }
        if (c != ' ' && c != '\t') lineStart = false;
        bool rawString = c == 'R' && i + 1 < s.size() && s[i + 1] == '"' &&
                         (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_'));
        bool charLiteral = c == '\'' && !(i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])));
        if (c == '"' || charLiteral || rawString) {
            i = skipLiteral(s, i, line);
            head += "\"\"";
            continue;
        }
        if (c == '{') {
            bool inFunction = false;
            for (const Open& o : stack) inFunction = inFunction || o.scope == Scope::Function;
            std::string h = head;
            while (!h.empty() && h.back() == ' ') h.pop_back();
            while (!h.empty() && h.front() == ' ') h.erase(0, 1);
            stack.push_back({scopeOf(h, inFunction), line, h});
            head.clear();
        } else if (c == '}') {
            if (!stack.empty()) {
                Open o = stack.back();
                stack.pop_back();
                if (o.scope == Scope::Function) out.push_back({functionName(o.head), o.line, line - o.line + 1});
            }
            head.clear();
        } else if (c == ';') {
            head.clear();
        } else {
            head += c;
        }
        ++i;
    }
    return out;
}

int lineCount(const std::string& text) {
    int n = int(std::count(text.begin(), text.end(), '\n'));
    return text.empty() || text.back() == '\n' ? n : n + 1;
}

}  // namespace

TEST_CASE("the function finder measures what it should", "[source]") {
    std::string code =
        "namespace a {\n"
        "struct S {\n"
        "    int f() const {\n"
        "        if (x) { return 1; }\n"
        "        auto l = [] { return \"}\"; };\n"
        "        return 2;\n"
        "    }\n"
        "};\n"
        "// void fake() {\n"
        "int g(int v) { return v; }\n"
        "}\n";
    auto fns = functionsIn(code);
    REQUIRE(fns.size() == 2);
    CHECK(fns[0].name == "f");
    CHECK(fns[0].firstLine == 3);
    CHECK(fns[0].lines == 5);
    CHECK(fns[1].name == "g");
    CHECK(fns[1].lines == 1);
}

TEST_CASE("no function in src over 120 lines, no file over 800", "[source]") {
    std::vector<std::string> problems;
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(sourcePath("src"))) {
        std::string ext = e.path().extension().string();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".in")) continue;
        ++files;
        std::string rel = fs::relative(e.path(), sourcePath("")).generic_string();
        std::string text = readText(e.path().string());
        int lines = lineCount(text);
        if (lines > kMaxFileLines)
            problems.push_back(rel + ": " + std::to_string(lines) + " lines (at most " + std::to_string(kMaxFileLines) +
                               ")");
        for (const Function& f : functionsIn(text)) {
            if (f.lines > kMaxFunctionLines)
                problems.push_back(rel + ":" + std::to_string(f.firstLine) + ": " + f.name + " is " +
                                   std::to_string(f.lines) + " lines (at most " + std::to_string(kMaxFunctionLines) +
                                   ")");
        }
    }
    CHECK(files > 50);
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
}
