#pragma once
// A file descriptor in memory (memfd), so what the recogniser reads by path
// (the biased models, which hold the user's script; a voice profile) never
// touches the disk; PocketSphinx opens it by its /proc path.
#include <string>

#include <sys/mman.h>
#include <unistd.h>

namespace doorway::speech {

class MemoryFile {
public:
    explicit MemoryFile(const std::string& text) {
        m_fd = memfd_create("doorway-lm", MFD_CLOEXEC);
        if (m_fd < 0) return;
        size_t off = 0;
        while (off < text.size()) {
            ssize_t n = ::write(m_fd, text.data() + off, text.size() - off);
            if (n <= 0) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            off += size_t(n);
        }
    }
    ~MemoryFile() {
        if (m_fd >= 0) ::close(m_fd);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    bool ok() const { return m_fd >= 0; }
    std::string path() const { return "/proc/self/fd/" + std::to_string(m_fd); }
    // Its size now (a file written through path() since it was made).
    size_t size() const {
        const off_t end = m_fd >= 0 ? ::lseek(m_fd, 0, SEEK_END) : -1;
        return end > 0 ? size_t(end) : 0;
    }

private:
    int m_fd = -1;
};

}  // namespace doorway::speech
