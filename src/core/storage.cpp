#include "core/storage.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

// 1-based line and column (in characters, not bytes) of a byte offset, for
// "file:line:col" messages that match what an editor shows.
std::pair<size_t, size_t> lineCol(const std::string& text, size_t offset) {
    size_t line = 1, col = 1;
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

std::string at(const std::string& name, const std::string& text, size_t offset) {
    auto [line, col] = lineCol(text, offset);
    return name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
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
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
        else return i;
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

bool writeAll(int fd, const std::string& bytes) {
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

// Parses JSON text with our limits; on failure fills `error` with
// "name:line:col: ..." and returns false.
bool parseJson(const std::string& text, const std::string& name, json::value& out, std::string& error) {
    json::parse_options po;
    po.max_depth = kMaxWorkbookNesting;
    json::stream_parser p({}, po);
    boost::system::error_code ec;
    size_t consumed = p.write_some(text.data(), text.size(), ec);
    if (!ec) p.finish(ec);
    if (!ec) {
        out = p.release();
        return true;
    }
    std::string what;
    if (ec == json::error::incomplete || consumed >= text.size()) {
        what = "the file ends too early (it may have been cut off)";
        consumed = text.size();
    } else if (ec == json::error::too_deep) {
        what = "nested more than " + std::to_string(kMaxWorkbookNesting) + " levels deep; a workbook never is";
    } else if (ec == json::error::extra_data) {
        what = "more text after the end of the workbook";
    } else if (ec == json::error::exponent_overflow) {
        what = "a number too large to read";
    } else {
        what = "invalid JSON";
        unsigned char c = static_cast<unsigned char>(text[consumed]);
        if (c >= 0x20 && c < 0x7F) what += std::string(" (unexpected '") + char(c) + "')";
        else what += " (" + ec.message() + ")";
    }
    error = at(name, text, consumed) + what;
    return false;
}

bool isSealedEnvelope(const json::value& v) {
    if (!v.is_object()) return false;
    const json::value* f = v.get_object().if_contains("format");
    return f && f->is_string() && f->get_string() == "doorway-sealed";
}

std::string versionReason(int newer) {
    return "This workbook was written by a newer Doorway (format version " + std::to_string(newer) + "; this one reads " +
           std::to_string(currentWorkbookVersion()) + "). It is open read-only so nothing in it can be lost.";
}

// The plaintext half of parseWorkbookText: checks that apply to any text.
LoadResult parsePlain(const std::string& textIn, const std::string& name, Sealer* sealer, bool insideEnvelope) {
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
        LoadResult inner = parsePlain(plain, name + " (sealed)", nullptr, true);
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
                      "; this one reads " + std::to_string(currentWorkbookVersion()) + ") and this one can't read it: " +
                      e.what();
        else
            r.error = name + ": " + e.what();
        return r;
    }
    if (r.newerVersion) {
        r.readOnly = true;
        r.readOnlyReason = versionReason(r.newerVersion);
    }
    r.ok = true;
    return r;
}

std::string errnoText(int e) {
    switch (e) {
    case ENOENT: return "no such file";
    case EACCES:
    case EPERM: return "permission denied (this user may not read it)";
    case ELOOP: return "too many symbolic links";
    case ENAMETOOLONG: return "the name is too long";
    case ENOTDIR: return "a part of the path is not a folder";
    default: return std::strerror(e);
    }
}

}  // namespace

bool looksSealed(const std::string& text) {
    if (text.find("doorway-sealed") == std::string::npos) return false;
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
    // O_NONBLOCK: a FIFO or device must not hang the window.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        error = path + ": " + errnoText(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = path + ": " + errnoText(errno);
        ::close(fd);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = path + ": is a folder, not a workbook file";
        ::close(fd);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        error = path + ": is not a regular file (a device, pipe or socket)";
        ::close(fd);
        return false;
    }
    if (uint64_t(st.st_size) > kMaxWorkbookBytes) {
        error = path + ": too large to be a workbook (" + std::to_string(uint64_t(st.st_size) >> 20) +
                " MiB; the limit is " + std::to_string(kMaxWorkbookBytes >> 20) + " MiB)";
        ::close(fd);
        return false;
    }
    out.clear();
    out.reserve(size_t(st.st_size));
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = path + ": read failed (" + std::strerror(errno) + ")";
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out.append(buf, size_t(n));
        if (out.size() > kMaxWorkbookBytes) {  // it grew while we read
            error = path + ": too large to be a workbook (the limit is " + std::to_string(kMaxWorkbookBytes >> 20) +
                    " MiB)";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
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
        r.error = path + ": is a folder, not a workbook file";
        return r;
    }
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());  // 0600 and O_EXCL: nobody else can read or race it
    if (fd < 0) {
        r.error = path + ": cannot write in the folder " + dir.string() + " (" + std::strerror(errno) + ")";
        return r;
    }
    ::fchmod(fd, 0600);  // private: these are someone's most private words
    bool ok = writeAll(fd, bytes);
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
        r.error = path + ": could not save (" + std::string(std::strerror(saved)) + "); the previous version is untouched";
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
        r.error = path + ": could not save (" + std::string(std::strerror(saved)) + "); the previous version is untouched";
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
        text = serializePretty(workbookToJson(wb));
    } catch (const std::exception& e) {
        return {false, path + ": could not save (" + std::string(e.what()) + "); the previous version is untouched"};
    }
    if (opts.sealer) {
        try {
            std::string sealed = opts.sealer->seal(text);
            std::fill(text.begin(), text.end(), '\0');
            text = std::move(sealed);
        } catch (const std::exception& e) {
            std::fill(text.begin(), text.end(), '\0');
            return {false, path + ": could not seal the workbook (" + std::string(e.what()) + "); nothing was written"};
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

FileLock::~FileLock() { release(); }
FileLock::FileLock(FileLock&& o) noexcept : m_fd(o.m_fd), m_busy(o.m_busy) { o.m_fd = -1; }
FileLock& FileLock::operator=(FileLock&& o) noexcept {
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        m_busy = o.m_busy;
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
    int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return false;
    // flock locks belong to the open file description, so a second
    // Document in this same process is refused just like another process.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        m_busy = errno == EWOULDBLOCK;
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void FileLock::release() {
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

}  // namespace doorway
