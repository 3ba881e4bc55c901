#include "core/storage.hpp"

#include "core/paths.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

// 1-based line and column of a byte offset, for "file:line:col" messages.
std::pair<size_t, size_t> lineCol(const std::string& text, size_t offset) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return {line, col};
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

}  // namespace

bool looksSealed(const std::string& text) {
    // Cheap check before a full parse: the envelope's format id.
    return text.find("\"doorway-sealed\"") != std::string::npos;
}

LoadResult parseWorkbookText(const std::string& textIn, const std::string& name, Sealer* sealer) {
    LoadResult r;
    std::string text = textIn;
    if (text.empty()) {
        r.error = name + ": the file is empty";
        return r;
    }
    if (text.find('\0') != std::string::npos) {
        r.error = name + ": this is a binary file, not a workbook";
        return r;
    }
    if (looksSealed(text)) {
        r.sealed = true;
        if (!sealer) {
            r.needsPassphrase = true;
            r.error = name + ": this workbook is locked with a passphrase";
            return r;
        }
        try {
            text = sealer->open(text);
        } catch (const SealError& e) {
            r.error = name + ": " + e.what();
            return r;
        }
    }
    json::parse_options po;
    po.max_depth = 64;  // a workbook is shallow; deep nesting is damage or mischief
    json::stream_parser p({}, po);
    boost::system::error_code ec;
    size_t consumed = p.write_some(text.data(), text.size(), ec);
    if (!ec) p.finish(ec);
    if (ec) {
        auto [line, col] = lineCol(text, consumed);
        std::string what = ec.message();
        if (ec == json::error::incomplete || (ec == json::error::syntax && consumed >= text.size()))
            what = "the file ends too early (truncated?)";
        r.error = name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": invalid JSON: " + what;
        return r;
    }
    json::value doc = p.release();
    try {
        r.workbook = workbookFromJson(doc, &r.migratedFrom);
    } catch (const WorkbookError& e) {
        std::string msg = e.what();
        if (msg.rfind("version ", 0) == 0 && msg.find("newer") != std::string::npos) {
            r.error = name + ": " + msg;
            return r;
        }
        r.error = name + ": " + msg;
        return r;
    }
    r.ok = true;
    return r;
}

LoadResult loadWorkbookFile(const std::string& path, Sealer* sealer) {
    std::string text, err;
    if (!readFile(path, text, err, kMaxWorkbookBytes)) {
        LoadResult r;
        r.error = err;
        return r;
    }
    return parseWorkbookText(text, path, sealer);
}

SaveResult writeFileAtomic(const std::string& path, const std::string& bytes, bool keepBackup) {
    SaveResult r;
    fs::path target(path);
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        r.error = path + ": cannot write in " + dir.string() + " (" + std::strerror(errno) + ")";
        return r;
    }
    ::fchmod(fd, 0600);  // private by default: these are someone's most private words
    bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    int saved = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(tmpl.c_str());
        r.error = path + ": write failed (" + std::strerror(saved) + ")";
        return r;
    }
    std::error_code ec;
    if (keepBackup && fs::exists(target, ec)) {
        // Hard link keeps the old inode as .bak without a window where the
        // original name is missing.
        fs::path bak = target;
        bak += ".bak";
        fs::remove(bak, ec);
        if (::link(path.c_str(), bak.c_str()) != 0) fs::copy_file(target, bak, fs::copy_options::overwrite_existing, ec);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        saved = errno;
        ::unlink(tmpl.c_str());
        r.error = path + ": cannot replace the file (" + std::strerror(saved) + ")";
        return r;
    }
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    r.ok = true;
    return r;
}

SaveResult saveWorkbookFile(const std::string& path, const Workbook& wb, const SaveOptions& opts) {
    std::string text = serializePretty(workbookToJson(wb));
    if (opts.sealer) {
        try {
            text = opts.sealer->seal(text);
        } catch (const SealError& e) {
            return {false, path + ": " + e.what()};
        }
    }
    return writeFileAtomic(path, text, opts.keepBackup && !opts.sealer);
}

FileLock::~FileLock() { release(); }
FileLock::FileLock(FileLock&& o) noexcept : m_fd(o.m_fd) { o.m_fd = -1; }
FileLock& FileLock::operator=(FileLock&& o) noexcept {
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        o.m_fd = -1;
    }
    return *this;
}

bool FileLock::acquire(const std::string& path) {
    release();
    // Lock a sidecar, not the workbook: the workbook's inode is replaced by
    // every atomic save, so a lock on it would silently stop meaning anything.
    std::string lockPath = path + ".lock";
    int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
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
