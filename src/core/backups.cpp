// Finding the backups saves keep beside workbooks (see backups.hpp).
#include "core/backups.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/storage.hpp"

namespace fs = std::filesystem;

namespace doorway {

namespace {

// The workbook a backup name belongs to ("w.json.bak" -> "w.json"), or "".
// A backup of a backup ("w.json.bak.bak", left when an older Doorway saved
// an opened backup) belongs to the same workbook: listed, and removed with it.
std::string workbookNameOf(const std::string& f) {
    if (!f.ends_with(".bak")) return {};
    std::string base = f.substr(0, f.size() - 4);
    while (base.ends_with(".bak")) base.resize(base.size() - 4);
    size_t dot = base.rfind('.');
    if (dot != std::string::npos && base.compare(dot, 2, ".v") == 0) {
        std::string digits = base.substr(dot + 2);
        if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos) base.resize(dot);
    }
    return base;
}

bool isRegular(const fs::directory_entry& e) {
    std::error_code ec;
    return e.symlink_status(ec).type() == fs::file_type::regular;
}

}  // namespace

std::string backedUpWorkbookName(const std::string& path) {
    return workbookNameOf(fs::path(path).filename().string());
}

bool isBackupNameOf(const std::string& fileName, const std::string& workbookName) {
    return !workbookName.empty() && workbookNameOf(fileName) == workbookName;
}

std::vector<std::string> backupFilesFor(const std::string& workbookPath) {
    std::vector<std::string> out;
    fs::path p(workbookPath);
    fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    const std::string name = p.filename().string();
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string f = it->path().filename().string();
        if (isBackupNameOf(f, name) && isRegular(*it)) out.push_back((p.parent_path() / f).string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> backupFilesIn(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string wb = workbookNameOf(it->path().filename().string());
        if (wb.ends_with(".json") && wb.size() > 5 && isRegular(*it)) out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

namespace {
bool fileLooksSealed(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    return looksSealed(text.str());
}
}  // namespace

bool besideLockedWorkbook(const std::string& backupPath) {
    fs::path b(backupPath);
    const std::string name = workbookNameOf(b.filename().string());
    return !name.empty() && fileLooksSealed(b.parent_path() / name);
}

bool backupIsSealed(const std::string& backupPath) {
    return fileLooksSealed(backupPath);
}

}  // namespace doorway
