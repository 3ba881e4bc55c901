#include "core/recordings.hpp"

#include "core/paths.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace doorway {

std::vector<std::string> unreferencedRecordings(const std::string& workbookPath, const Workbook& wb) {
    std::vector<std::string> out;
    if (workbookPath.empty()) return out;
    std::set<std::string> named;
    for (const Take& t : wb.takes)
        if (!t.audio.empty()) named.insert(fs::path(t.audio).filename().string());
    std::error_code ec;
    fs::path dir = takesFolderFor(workbookPath);
    if (!fs::is_directory(dir, ec)) return out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code e2;
        if (!it->is_regular_file(e2) || it->is_symlink(e2)) continue;
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // a save's temp file is not a recording
        if (!named.count(name)) out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

int removeUnreferencedRecordings(const std::string& workbookPath, const Workbook& wb) {
    int removed = 0;
    for (const std::string& f : unreferencedRecordings(workbookPath, wb)) {
        std::error_code ec;
        if (fs::remove(f, ec)) ++removed;
    }
    return removed;
}

}  // namespace doorway
