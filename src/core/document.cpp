#include "core/document.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

Document::Document() = default;

bool Document::open(const std::string& path, std::string& error, Sealer* sealer, bool* needsPassphrase) {
    LoadResult r = loadWorkbookFile(path, sealer);
    if (needsPassphrase) *needsPassphrase = r.needsPassphrase;
    if (!r.ok) {
        error = r.error;
        return false;
    }
    FileLock lock;
    bool readOnly = r.readOnly;
    std::string reason = r.readOnlyReason;
    if (!lock.acquire(path)) {
        readOnly = true;
        reason = "Another Doorway window has this workbook open, so this one is read-only.";
    }
    m_wb = std::move(r.workbook);
    m_commands.clear();
    m_path = path;
    m_savedRevision = m_commands.revision();
    m_migratedFrom = r.migratedFrom;
    m_forceDirty = false;
    m_backupOriginalPending = r.migratedFrom != 0;
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_lock = std::move(lock);
    m_lastEdit = -1;
    if (!r.sealed) m_sealer.reset();
    return true;
}

void Document::createNew(const std::string& path, const std::string& title, const std::string& nowIso) {
    m_wb = newWorkbook(title, nowIso);
    m_commands.clear();
    m_path = path;
    m_savedRevision = m_commands.revision();
    m_forceDirty = true;
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_migratedFrom = 0;
    m_backupOriginalPending = false;
    m_lock.release();
    if (!path.empty()) m_lock.acquire(path);
    m_sealer.reset();
    m_lastEdit = -1;
}

bool Document::save(std::string& error, const std::string& nowIso) {
    if (m_readOnly) {
        error = "This workbook is open read-only: " + m_readOnlyReason;
        return false;
    }
    if (m_path.empty()) {
        error = "This workbook has no file yet; use Save As.";
        return false;
    }
    if (!isDirty()) return true;
    if (m_backupOriginalPending) {
        // First save after a migration: keep the old-format original.
        std::error_code ec;
        fs::copy_file(m_path, m_path + ".v" + std::to_string(m_migratedFrom) + ".bak",
                      fs::copy_options::skip_existing, ec);
    }
    Workbook out = m_wb;
    out.modified = nowIso;
    SaveOptions opts;
    opts.sealer = m_sealer.get();
    SaveResult r = saveWorkbookFile(m_path, out, opts);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    m_wb.modified = nowIso;
    m_savedRevision = m_commands.revision();
    m_forceDirty = false;
    m_backupOriginalPending = false;
    return true;
}

bool Document::saveAs(const std::string& path, std::string& error, const std::string& nowIso) {
    FileLock lock;
    if (!lock.acquire(path)) {
        error = path + ": another Doorway window has that file open.";
        return false;
    }
    std::string oldPath = m_path;
    bool oldReadOnly = m_readOnly;
    m_path = path;
    m_readOnly = false;
    m_forceDirty = true;
    if (!save(error, nowIso)) {
        m_path = oldPath;
        m_readOnly = oldReadOnly;
        return false;
    }
    m_lock = std::move(lock);
    m_readOnlyReason.clear();
    return true;
}

bool Document::execute(Command c, double now) {
    if (m_readOnly) return false;
    m_commands.execute(m_wb, std::move(c));
    m_lastEdit = now;
    return true;
}

bool Document::undo(double now) {
    if (m_readOnly || !m_commands.undo(m_wb)) return false;
    m_lastEdit = now;
    return true;
}

bool Document::redo(double now) {
    if (m_readOnly || !m_commands.redo(m_wb)) return false;
    m_lastEdit = now;
    return true;
}

bool Document::autosaveDue(double now, double delay) const {
    return !m_readOnly && !m_path.empty() && isDirty() && m_lastEdit >= 0 && now - m_lastEdit >= delay;
}

std::string Document::displayName() const {
    if (m_path.empty()) return m_wb.title.empty() ? "Untitled workbook" : m_wb.title;
    return fs::path(m_path).filename().string();
}

void Document::setSealer(std::unique_ptr<Sealer> sealer) {
    m_sealer = std::move(sealer);
    m_forceDirty = true;
}

}  // namespace doorway
