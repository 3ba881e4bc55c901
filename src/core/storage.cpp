#include "core/storage.hpp"

#include "core/utf8.hpp"

#include "core/content.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_set>
#include <vector>

namespace fs = std::filesystem;

namespace doorway {

namespace {

// "name:line:col: " for a byte offset, in the content layer's words
// (core/content.hpp), so a workbook and an asset are placed alike.
std::string at(const std::string& name, const std::string& text, size_t offset) {
    auto [line, col] = lineColumnAt(text, offset);
    return name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
}

// A WorkbookError "tracker[2].fear[0]: expected a string" placed in the
// text: "name:LINE:COL: tracker[2].fear[0]: expected a string". A message
// that names no path stays "name: message".
std::string placedError(const std::string& name, const std::string& text, const std::string& message) {
    size_t colon = message.find(": ");
    std::string path = colon == std::string::npos ? "" : message.substr(0, colon);
    size_t where = path.empty() || path.find_first_of(" \"(") != std::string::npos ? std::string::npos
                                                                                   : locateJsonPath(text, path);
    if (where == std::string::npos) return name + ": " + message;
    auto [line, col] = lineColumnAt(text, where);
    return contentErrorText(name, line, col, path, message.substr(colon + 2));
}

// Offset of the first byte that breaks UTF-8, or npos when the text is valid.
size_t firstInvalidUtf8(const std::string& s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0)
            len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0)
            len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0)
            len = 4, cp = c & 0x07;
        else
            return i;
        if (i + len > n) return i;
        for (size_t k = 1; k < len; ++k) {
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not text.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string::npos;
}

// Offset of a control byte no text file holds (NUL, ^A...), or npos.
size_t firstBinaryByte(const std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return i;
    }
    return std::string::npos;
}

unsigned hex4(const std::string& s, size_t i) {
    unsigned v = 0;
    for (size_t k = i; k < i + 4 && k < s.size(); ++k) {
        char c = s[k];
        v = v * 16 + unsigned(c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

// The JSON string starting at the quote at `i`: returns the offset just
// past its closing quote, and its decoded text in `decoded` when asked
// (so "a" and "\u0061" are the same key). The text is valid JSON.
size_t scanString(const std::string& s, size_t i, std::string* decoded) {
    ++i;
    for (;;) {
        size_t j = s.find_first_of("\"\\", i);
        if (j == std::string::npos) return s.size();
        if (decoded) decoded->append(s, i, j - i);
        if (s[j] == '"') return j + 1;
        char e = j + 1 < s.size() ? s[j + 1] : 0;
        i = j + 2;
        if (!decoded) {
            if (e == 'u') i += 4;
            continue;
        }
        switch (e) {
            case 'b':
                *decoded += '\b';
                break;
            case 'f':
                *decoded += '\f';
                break;
            case 'n':
                *decoded += '\n';
                break;
            case 'r':
                *decoded += '\r';
                break;
            case 't':
                *decoded += '\t';
                break;
            case 'u': {
                unsigned cp = hex4(s, i);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
                    unsigned lo = hex4(s, i + 2);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                appendUtf8(*decoded, cp);
                break;
            }
            default:
                *decoded += e;
                break;  // \" \\ \/
        }
    }
}

// Offset of the first key that repeats within one object (its opening
// quote), or npos. Boost.JSON keeps the last of two equal keys, so the
// first value would vanish silently on the next save; we refuse instead.
// `text` already parsed, so only strings and nesting need following.
size_t firstDuplicateKey(const std::string& s, std::string& key) {
    struct Frame {
        bool object = false;
        bool expectKey = false;
        std::unordered_set<std::string> keys;
    };
    std::vector<Frame> stack;
    size_t i = 0;
    while (i < s.size()) {
        i = s.find_first_of("\"{}[],", i);
        if (i == std::string::npos) break;
        char c = s[i];
        if (c == '"') {
            bool isKey = !stack.empty() && stack.back().object && stack.back().expectKey;
            std::string decoded;
            size_t end = scanString(s, i, isKey ? &decoded : nullptr);
            if (isKey) {
                stack.back().expectKey = false;
                if (!stack.back().keys.insert(decoded).second) {
                    key = std::move(decoded);
                    return i;
                }
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            stack.emplace_back();
            stack.back().object = stack.back().expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) stack.pop_back();
        } else if (!stack.empty() && stack.back().object) {  // ','
            stack.back().expectKey = true;
        }
        ++i;
    }
    return std::string::npos;
}

// A key as it may be quoted in a message: short, one line.
std::string shownKey(const std::string& key) {
    std::string k = key.size() > 60 ? key.substr(0, 60) + "..." : key;
    for (char& c : k)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return "\"" + k + "\"";
}

// Parses JSON text with our limits; on failure fills `error` with
// "name:line:col: ..." and returns false.
bool parseJson(const std::string& text, const std::string& name, json::value& out, std::string& error) {
    json::parse_options po;
    po.max_depth = kMaxWorkbookNesting;
    json::stream_parser p({}, po);
    boost::system::error_code ec;
    size_t consumed = p.write_some(text.data(), text.size(), ec);
    // write_some stops after one complete value: anything left is extra.
    bool extra = !ec && p.done() && consumed < text.size();
    if (!ec && !extra) p.finish(ec);
    if (!ec && !extra) {
        std::string key;
        if (size_t dup = firstDuplicateKey(text, key); dup != std::string::npos) {
            error = at(name, text, dup) + "the key " + shownKey(key) +
                    " appears twice in one object; one of the two values would be lost, so it is not read";
            return false;
        }
        out = p.release();
        if (settleDoubles(out)) return true;
        error = name + ": a number too large to read (past about 1.8e308); nothing Doorway writes holds one";
        return false;
    }
    std::string what;
    if (extra) {
        what = "extra text after the workbook (it should end with its closing brace)";
    } else if (ec == json::error::incomplete || consumed >= text.size()) {
        what = "the file ends too early (it may have been cut off)";
        consumed = text.size();
    } else if (ec == json::error::too_deep) {
        what = "nested more than " + std::to_string(kMaxWorkbookNesting) + " levels deep; a workbook never is";
    } else if (ec == json::error::exponent_overflow) {
        what = "a number too large to read";
    } else {
        what = "invalid JSON";
        unsigned char c = static_cast<unsigned char>(text[consumed]);
        if (c >= 0x20 && c < 0x7F)
            what += std::string(" (unexpected '") + char(c) + "')";
        else
            what += " (" + ec.message() + ")";
    }
    error = at(name, text, consumed) + what;
    return false;
}

bool isSealedEnvelope(const json::value& v) {
    if (!v.is_object()) return false;
    const json::value* f = v.get_object().if_contains("format");
    return f && f->is_string() && f->get_string() == kSealedFormat;
}

std::string versionReason(int newer) {
    return "This workbook was written by a newer Doorway (format version " + std::to_string(newer) +
           "; this one reads " + std::to_string(currentWorkbookVersion()) +
           "). It is open read-only so nothing in it can be lost.";
}

std::string tooLargeError(const std::string& name, size_t size) {
    return name + ": too large to be a workbook (" + sizeAgainstLimit(size, kMaxWorkbookBytes) + ")";
}

LoadResult parseText(const std::string& textIn, const std::string& name, Sealer* sealer, bool insideEnvelope);

// The plaintext half of parseWorkbookText: checks that apply to any text.
LoadResult parsePlain(const std::string& text, const std::string& name, Sealer* sealer, bool insideEnvelope) {
    LoadResult r = parseText(text, name, sealer, insideEnvelope);
    if (!r.ok && !r.sealed && !insideEnvelope && looksLikeSealedFile(text)) {
        // The remains of a locked workbook (cut off, a flipped byte): say
        // that, rather than only the symptom, which would read as if the
        // file were a broken plain workbook or no workbook at all.
        std::string detail = r.error.substr(std::min(r.error.size(), name.size()));
        size_t line = 0, col = 0;
        char rest[2] = {};
        if (std::sscanf(detail.c_str(), ":%zu:%zu%1[:]", &line, &col, rest) == 3) {
            detail = detail.substr(detail.find(':', detail.find(':', 1) + 1) + 1);
            detail = "line " + std::to_string(line) + ", column " + std::to_string(col) + ":" + detail;
        } else if (!detail.empty() && detail[0] == ':') {
            detail = detail.substr(1);
        }
        while (!detail.empty() && detail[0] == ' ') detail.erase(0, 1);
        r.sealed = true;
        r.error = name + ": a damaged locked workbook (" + detail + ")";
    }
    return r;
}

LoadResult parseText(const std::string& textIn, const std::string& name, Sealer* sealer, bool insideEnvelope) {
    LoadResult r;
    std::string_view view(textIn);
    // A byte-order mark from a Windows editor is not an error; skip it
    // while reading (the file itself is never rewritten for it).
    size_t skip = view.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string text = skip ? textIn.substr(skip) : textIn;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        r.error = name + ": the file is empty" + (text.empty() ? "" : " (only blank space)");
        return r;
    }
    // Plain text past the limit is refused before any parsing; a sealed
    // file may be larger (base64), and what it holds is checked inside.
    if (text.size() > kMaxWorkbookBytes && (insideEnvelope || !looksLikeSealedFile(text))) {
        r.error = tooLargeError(name, text.size());
        return r;
    }
    if (size_t b = firstBinaryByte(text); b != std::string::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(text[b])));
        r.error = at(name, text, b) + "this looks like a binary file, not a workbook (byte " + hex + ")";
        return r;
    }
    if (size_t u = firstInvalidUtf8(text); u != std::string::npos) {
        r.error = at(name, text, u) + "this is not UTF-8 text; a workbook is always saved as UTF-8";
        return r;
    }
    json::value doc;
    if (!parseJson(text, name, doc, r.error)) return r;
    if (!isSealedEnvelope(doc) && text.size() > kMaxWorkbookBytes) {
        r.error = tooLargeError(name, text.size());
        return r;
    }
    if (isSealedEnvelope(doc)) {
        r.sealed = true;
        if (insideEnvelope) {
            r.error = name + ": the sealed envelope holds another envelope, not a workbook";
            return r;
        }
        if (!sealer) {
            r.needsPassphrase = true;
            r.error = name + ": this workbook is locked with a passphrase";
            return r;
        }
        std::string plain;
        try {
            plain = sealer->open(text);
        } catch (const SealError& e) {
            r.error = name + ": " + e.what();
            return r;
        } catch (const std::exception& e) {
            r.error = name + ": cannot open the sealed workbook (" + e.what() + ")";
            return r;
        }
        LoadResult inner = parseText(plain, name + " (sealed)", nullptr, true);
        inner.sealed = true;
        // Don't keep the plaintext around longer than needed.
        std::fill(plain.begin(), plain.end(), '\0');
        return inner;
    }
    try {
        r.workbook = workbookFromJson(doc, &r.migratedFrom, &r.newerVersion);
    } catch (const WorkbookError& e) {
        int newer = 0;
        if (doc.is_object()) {
            // Say "newer" when that is why it failed: the fix is to update.
            const json::value* v = doc.get_object().if_contains("version");
            if (v && v->is_int64() && v->get_int64() > currentWorkbookVersion() && v->get_int64() < 1000000)
                newer = int(v->get_int64());
        }
        if (newer)
            r.error = name + ": written by a newer Doorway (format version " + std::to_string(newer) +
                      "; this one reads " + std::to_string(currentWorkbookVersion()) +
                      ") and this one can't read it: " + e.what();
        else
            r.error = placedError(name, text, e.what());
        return r;
    }
    if (r.newerVersion) {
        r.readOnly = true;
        r.readOnlyReason = versionReason(r.newerVersion);
    }
    r.ok = true;
    return r;
}

}  // namespace

// Boost.JSON 1.81 reads a number with many digits to a double that is not
// always the nearest one, and writes doubles exactly: a long number kept from
// a newer file ("b": 1111...567) read back a little different from what we
// wrote (found by tests/fuzz/fuzz_loader.cpp). Settling each double on what a
// write and a read give back makes whatever Doorway writes read back the same.
// A number past a double's range ("1e400", or "0e5005", which Boost reads as
// no number at all) has no JSON spelling to write back, so it is refused:
// false when one is found.
bool settleDoubles(json::value& v) {
    if (v.is_double()) {
        double d = v.get_double();
        if (!std::isfinite(d)) return false;
        for (int i = 0; i < 4; ++i) {
            boost::system::error_code ec;
            const json::value back = json::parse(jsonDoubleText(d), ec);
            if (ec || !back.is_number() || back.to_number<double>() == d) break;  // (an infinity reads back as none)
            d = back.to_number<double>();
        }
        v = d;
    } else if (v.is_array()) {
        for (auto& e : v.get_array())
            if (!settleDoubles(e)) return false;
    } else if (v.is_object()) {
        for (auto& kv : v.get_object())
            if (!settleDoubles(kv.value())) return false;
    }
    return true;
}

bool looksLikeSealedFile(std::string_view text) {
    // Its own field names near the start: the format id, or two of the
    // others, so one flipped or cut-off byte still leaves it recognisable.
    std::string_view head = text.substr(0, 1024);
    if (head.find(kSealedFormat) != std::string_view::npos) return true;
    int marks = 0;
    for (const char* m : {"\"kdf\"", "\"argon2id13\"", "\"xchacha20poly1305-ietf\"", "\"nonce\"", "\"ciphertext\""})
        marks += head.find(m) != std::string_view::npos;
    return marks >= 2;
}

bool looksSealed(const std::string& text) {
    if (text.find(kSealedFormat) == std::string::npos) return false;
    json::value v;
    std::string ignored;
    std::string_view view(text);
    size_t skip = view.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    return parseJson(skip ? text.substr(skip) : text, "", v, ignored) && isSealedEnvelope(v);
}

LoadResult parseWorkbookText(const std::string& text, const std::string& name, Sealer* sealer) {
    try {
        return parsePlain(text, name, sealer, false);
    } catch (const std::exception& e) {
        // bad_alloc and friends: still a message, never a crash.
        LoadResult r;
        r.error = name + ": cannot read it (" + e.what() + ")";
        return r;
    }
}

bool readWorkbookBytes(const std::string& path, std::string& out, std::string& error) {
    // The read limit is the size of a sealed file of the largest workbook
    // Doorway writes; plain text past kMaxWorkbookBytes is refused when it
    // is parsed.
    return readRegularFile(path, out, error, kMaxWorkbookFileBytes, "a workbook");
}

LoadResult loadWorkbookFile(const std::string& path, Sealer* sealer) {
    std::string text, err;
    if (!readWorkbookBytes(path, text, err)) {
        LoadResult r;
        r.error = err;
        return r;
    }
    return parseWorkbookText(text, path, sealer);
}

size_t utf8Length(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

namespace {

// Every string longer than `limit` characters under `v`, with its key path.
void longStrings(const json::value& v, const std::string& where, size_t limit,
                 std::vector<std::pair<std::string, size_t>>& out) {
    if (v.is_string()) {
        size_t n = utf8Length(v.get_string());
        if (n > limit) out.push_back({where, n});
    } else if (v.is_array()) {
        const json::array& a = v.get_array();
        for (size_t i = 0; i < a.size(); ++i) longStrings(a[i], where + "[" + std::to_string(i) + "]", limit, out);
    } else if (v.is_object()) {
        for (const auto& kv : v.get_object())
            longStrings(kv.value(), where + (where.empty() ? "" : ".") + std::string(kv.key()), limit, out);
    }
}

}  // namespace

std::vector<std::string> sizeWarnings(const Workbook& wb) {
    std::vector<std::string> out;
    size_t title = utf8Length(wb.title);
    if (title > kMaxPrintedTitleChars)
        out.push_back("its title is " + groupedNumber(title) +
                      " characters long; the window shows the start of it and print keeps the first " +
                      groupedNumber(kMaxPrintedTitleChars));
    std::vector<std::pair<std::string, size_t>> found;
    json::value doc = workbookToJson(wb);
    if (doc.is_object()) doc.get_object().erase("title");
    longStrings(doc, "", kMaxPrintedFieldChars, found);
    const size_t kShown = 3;
    for (size_t i = 0; i < found.size() && i < kShown; ++i)
        out.push_back(found[i].first + " is " + groupedNumber(found[i].second) +
                      " characters long; print keeps the first " + groupedNumber(kMaxPrintedFieldChars));
    if (found.size() > kShown) out.push_back(std::to_string(found.size() - kShown) + " more texts are that long");
    return out;
}

size_t longestWorkbookName(const std::string& folder) {
    constexpr size_t kAddedBeside = 16;  // ".journal.unused" and a digit, past ".NAME.tmp-XXXXXX"'s 12
    const long max = ::pathconf(folder.empty() ? "." : folder.c_str(), _PC_NAME_MAX);
    return size_t(max > long(kAddedBeside) ? max : 255) - kAddedBeside;
}

SaveResult writeFileAtomic(const std::string& path, const std::string& bytes, bool keepBackup,
                           const BeforeReplace& beforeReplace) {
    SaveResult r;
    std::error_code ec;
    fs::path target(path);
    // Save through a symlink to the file it points at, rather than replacing
    // the link with a plain file.
    if (fs::is_symlink(target, ec)) {
        fs::path real = fs::weakly_canonical(target, ec);
        if (!ec) target = real;
    }
    if (fs::is_directory(target, ec)) {
        r.reason = "it is a folder";
        r.error = path + ": is a folder, not a workbook file";
        return r;
    }
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // What a failure leaves on disk: say "previous version" only when there is one.
    const bool hadVersion = fs::exists(target, ec);
    const std::string left = hadVersion ? "the previous version is untouched" : "nothing was written";
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());  // 0600 and O_EXCL: nobody else can read or race it
    if (fd < 0) {
        const int saved = errno;
        r.reason = std::strerror(saved);
        if (saved == ENOENT && !fs::is_directory(dir, ec))
            r.error = path + ": cannot save: the folder " + dir.string() +
                      " is not there (moved, renamed, or on a drive that is not connected); nothing was written";
        else if (saved == ENAMETOOLONG)
            // The folder is fine: the name, with the temporary copy's 12
            // more bytes, is past what the file system takes.
            r.error = path + ": the file name is too long to save (" +
                      std::to_string(target.filename().string().size()) + " bytes; give it a shorter name); " + left;
        else
            r.error = path + ": cannot write in the folder " + dir.string() + " (" + r.reason + "); " + left;
        return r;
    }
    ::fchmod(fd, 0600);  // private: these are someone's most private words
    bool ok = writeAllBytes(fd, bytes);
    int saved = errno;
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        saved = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        ::unlink(tmpl.c_str());
        r.reason = std::strerror(saved);
        r.error = path + ": could not save (" + r.reason + "); " + left;
        return r;
    }
    if (beforeReplace) beforeReplace(bytes);
    if (keepBackup && fs::is_regular_file(target, ec)) {
        // A hard link keeps the old version as .bak without a moment where
        // the workbook's own name is missing; copy where links don't work.
        fs::path bak = target;
        bak += ".bak";
        fs::remove(bak, ec);
        if (::link(target.c_str(), bak.c_str()) != 0) {
            fs::copy_file(target, bak, fs::copy_options::overwrite_existing, ec);
            ::chmod(bak.c_str(), 0600);
        }
    }
    if (::rename(tmpl.c_str(), target.c_str()) != 0) {
        saved = errno;
        ::unlink(tmpl.c_str());
        r.reason = std::strerror(saved);
        r.error = path + ": could not save (" + r.reason + "); " + left;
        return r;
    }
    // Make the rename itself durable: without this a power cut can bring
    // back the old directory entry (or none).
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    r.ok = true;
    return r;
}

SaveResult saveWorkbookFile(const std::string& path, const Workbook& wb, const SaveOptions& opts) {
    std::string text;
    try {
        json::value doc = workbookToJson(wb);
        text = serializePretty(doc);
        // Indentation can take a workbook that was read (written compact by
        // another tool) past the limit; the same text without it is still
        // a workbook, and one that opens again.
        if (text.size() > kMaxWorkbookBytes) text = json::serialize(doc) + "\n";
    } catch (const std::exception& e) {
        return {false, path + ": could not save (" + std::string(e.what()) + "); nothing was written", e.what()};
    }
    if (text.size() > kMaxWorkbookBytes) {
        std::string size = sizeAgainstLimit(text.size(), kMaxWorkbookBytes);
        std::fill(text.begin(), text.end(), '\0');
        return {false,
                path + ": could not save: the workbook has grown too large (" + size +
                    "), so nothing was written and the file on disk is as it was. Shortening a very long "
                    "answer brings it back under the limit.",
                "the workbook is too large"};
    }
    if (opts.sealer) {
        try {
            std::string sealed = opts.sealer->seal(text);
            std::fill(text.begin(), text.end(), '\0');
            text = std::move(sealed);
        } catch (const std::exception& e) {
            std::fill(text.begin(), text.end(), '\0');
            return {false, path + ": could not seal the workbook (" + std::string(e.what()) + "); nothing was written",
                    e.what()};
        }
    }
    // Never a .bak for a sealed workbook: the previous version may be the
    // plaintext it was before it was sealed.
    return writeFileAtomic(path, text, opts.keepBackup && !opts.sealer, opts.beforeReplace);
}

int removeStaleTemps(const std::string& path, double minAgeSeconds) {
    std::error_code ec;
    fs::path target(path);
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string prefix = "." + target.filename().string() + ".tmp-";
    int removed = 0;
    auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + 6 || name.rfind(prefix, 0) != 0) continue;
        std::error_code e2;
        if (!it->is_regular_file(e2)) continue;
        auto t = fs::last_write_time(it->path(), e2);
        if (e2) continue;
        double age = std::chrono::duration<double>(now - t).count();
        if (age < minAgeSeconds) continue;
        if (fs::remove(it->path(), e2)) ++removed;
    }
    return removed;
}

namespace {

// ".NAME.tmp-XXXXXX" (mkstemp's six characters) for some NAME.
bool isTempName(const std::string& name, const std::string& of) {
    const std::string mid = ".tmp-";
    if (name.size() < 1 + mid.size() + 6 || name[0] != '.') return false;
    size_t at = name.size() - 6 - mid.size();
    if (name.compare(at, mid.size(), mid) != 0) return false;
    return of.empty() ? at > 1 : name.compare(1, at - 1, of) == 0 && at - 1 == of.size();
}

}  // namespace

std::vector<std::string> leftoverTempsFor(const std::string& workbookPath) {
    std::vector<std::string> out;
    std::error_code ec;
    // Through a symlink, the files are beside the real workbook.
    fs::path real = fs::weakly_canonical(fs::absolute(workbookPath, ec), ec);
    if (ec || real.empty()) real = workbookPath;
    fs::path dir = real.parent_path().empty() ? fs::path(".") : real.parent_path();
    std::string name = real.filename().string();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code e2;
        if (isTempName(it->path().filename().string(), name) && it->symlink_status(e2).type() == fs::file_type::regular)
            out.push_back(it->path().string());
    }
    std::string takes = takesFolderFor(real.string());
    ec.clear();
    if (!fs::is_directory(fs::symlink_status(takes, ec))) return out;
    for (fs::recursive_directory_iterator it(takes, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code e2;
        if (isTempName(it->path().filename().string(), "") && it->symlink_status(e2).type() == fs::file_type::regular)
            out.push_back(it->path().string());
    }
    return out;
}

int removeLeftoverTemps(const std::string& workbookPath, std::string& error) {
    int removed = 0;
    error.clear();
    for (const std::string& t : leftoverTempsFor(workbookPath)) {
        std::error_code ec;
        if (fs::remove(t, ec))
            ++removed;
        else if (error.empty())
            error = t + ": could not remove this leftover temp file (" + ec.message() + ")";
    }
    return removed;
}

FileLock::~FileLock() {
    release();
}
FileLock::FileLock(FileLock&& o) noexcept : m_fd(o.m_fd), m_busy(o.m_busy), m_lockPath(std::move(o.m_lockPath)) {
    o.m_fd = -1;
}
FileLock& FileLock::operator=(FileLock&& o) noexcept {
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        m_busy = o.m_busy;
        m_lockPath = std::move(o.m_lockPath);
        o.m_fd = -1;
    }
    return *this;
}

std::string FileLock::lockPathFor(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec || p.empty()) p = path;
    return p.string() + ".lock";
}

bool FileLock::acquire(const std::string& path) {
    release();
    m_busy = false;
    // Lock a sidecar, not the workbook: the workbook's inode is replaced by
    // every atomic save, so a lock on it would silently stop meaning anything.
    std::string lockPath = lockPathFor(path);
    // The holder removes the sidecar when it lets go (nothing is left beside
    // the workbook to say it was open). Whoever opened the old sidecar just
    // before that removal locks a file no longer in the folder, so the lock
    // only counts when the path still names the file locked; otherwise try
    // again with the new one.
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) return false;
        // flock locks belong to the open file description, so a second
        // Document in this same process is refused just like another process.
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            m_busy = errno == EWOULDBLOCK;
            ::close(fd);
            return false;
        }
        struct stat held {
        }, named{};
        if (::fstat(fd, &held) == 0 && ::lstat(lockPath.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
            held.st_ino == named.st_ino) {
            m_fd = fd;
            m_lockPath = lockPath;
            return true;
        }
        ::close(fd);  // removed while we locked it: take the one there now
    }
    return false;
}

void FileLock::release() {
    if (m_fd >= 0) {
        // Removed while still held, so nobody can lock it in between.
        ::unlink(m_lockPath.c_str());
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
        m_lockPath.clear();
    }
}

bool writeAllBytes(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += size_t(n);
    }
    return true;
}

}  // namespace doorway
