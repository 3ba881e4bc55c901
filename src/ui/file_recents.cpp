// The recent list and what opens at start-up (see file_recents.hpp).
#include "ui/file_recents.hpp"
#include "core/backups.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "core/storage.hpp"
#include "ui/privacy_view.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace doorway {

namespace {
// At most this many recent workbooks are kept.
constexpr size_t kMaxRecent = 10;

std::string recentFile(const AppState& app, const Platform& platform) {
    if (!app.fileUi.recentPath.empty()) return app.fileUi.recentPath;
    return platform.hasWindow() ? configDir() + "/recent.json" : std::string();
}
}  // namespace

bool recentsOn(const AppState& app) {
    return app.fileUi.recentsEnabled && app.privacyUi.prefs.rememberRecents;
}

void loadRecents(AppState& app, const Platform& platform) {
    FileUiState& f = app.fileUi;
    f.recentLoaded = true;
    std::string path = recentFile(app, platform), text, error;
    if (path.empty() || !recentsOn(app) || !readWorkbookBytes(path, text, error)) return;
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    const json::value* list = !ec && v.is_object() ? v.get_object().if_contains("recent") : nullptr;
    if (!list || !list->is_array()) return;  // a damaged list is just forgotten
    f.recent.clear();
    for (const auto& e : list->get_array())
        if (e.is_string() && f.recent.size() < kMaxRecent) f.recent.emplace_back(e.get_string());
}

// At start-up with no workbook named and recent files on: the latest one
// again, as long as nothing has been written in the blank page yet.
void reopenLatest(AppState& app, Platform& platform) {
    FileUiState& f = app.fileUi;
    if (!f.reopenLatest) return;
    f.reopenLatest = false;
    const Document& doc = app.doc;
    if (!recentsOn(app) || f.recent.empty() || !doc.isUntitled() || doc.lastEditTime() >= 0) return;
    std::error_code ec;
    const std::string path = f.recent.front();
    if (!fs::is_regular_file(path, ec)) return;       // moved or removed since: the blank page stays
    if (!backedUpWorkbookName(path).empty()) return;  // a backup looked at once is no workbook to go back to
    // As at a start with it named: a locked one asks for its passphrase
    // behind a stand-in that takes no writing.
    openAtStart(app, platform, path);
}

void saveRecents(AppState& app, const Platform& platform) {
    std::string path = recentFile(app, platform);
    if (path.empty()) return;
    std::error_code ec;
    if (!recentsOn(app)) {
        fs::remove(path, ec);
        return;
    }
    fs::create_directories(fs::path(path).parent_path(), ec);
    json::object o;
    o["recent"] = json::value_from(app.fileUi.recent);
    writeFileAtomic(path, serializePretty(o), false);
}

void noteRecent(AppState& app, const Platform& platform, const std::string& path) {
    // A backup looked at is no workbook to come back to.
    if (!recentsOn(app) || path.empty() || !backedUpWorkbookName(path).empty()) return;
    std::error_code ec;
    std::string abs = fs::absolute(path, ec).lexically_normal().string();
    auto& r = app.fileUi.recent;
    r.erase(std::remove(r.begin(), r.end(), abs), r.end());
    r.insert(r.begin(), abs);
    if (r.size() > kMaxRecent) r.resize(kMaxRecent);
    saveRecents(app, platform);
}

namespace {
// An empty workbook stands in for the one named at start-up; the banner says
// so until another one is opened or created.
void standIn(AppState& app, std::string why) {
    app.fileUi.startupProblem = std::move(why);
    app.fileUi.startupProblemGeneration = app.doc.generation();
}

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}
}  // namespace

void openAtStart(AppState& app, Platform& platform, const std::string& workbookPath) {
    {
        std::string error;
        bool needsPassphrase = false;
        if (app.doc.open(workbookPath, error, nullptr, &needsPassphrase)) {
            sayOpened(app, platform.now());
        } else if (needsPassphrase) {
            // The stand-in takes no writing: its words would go to a new
            // file with no passphrase, while the person believes they are
            // writing behind one. File > New makes a writable workbook.
            const std::string why = fileName(workbookPath) +
                                    " is locked, and stays untouched until its passphrase is given. Until then "
                                    "this page is a blank stand-in that takes no writing; File > New starts a "
                                    "new workbook instead.";
            app.doc.createNew("", "My workbook", nowIso8601());
            app.doc.setReadOnly(why);
            askPassphraseToOpen(app, workbookPath);
            standIn(app, why);
            app.fileUi.startupLockedPath = workbookPath;
        } else {
            app.doc.createNew("", "My workbook", nowIso8601());
            app.sayError(error, platform.now());
            standIn(app, error +
                             ". The file has not been changed. This is a new, empty workbook; File > Open "
                             "tries again.");
        }
    }
    app.nav = {View::Home, {}};
}

}  // namespace doorway
