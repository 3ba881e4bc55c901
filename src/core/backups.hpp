#pragma once
// The backups a save keeps beside a workbook: NAME.json.bak (the version
// before the last save) and NAME.json.v<N>.bak (the original of a workbook
// moved to a newer format). Locked workbooks never get one; these are
// found here so that locking, saving locked and the privacy menu can
// remove them.
#include <string>
#include <vector>

namespace doorway {

// The name of the workbook the file at `path` is a backup of, by its name
// ("w.json" for ".../w.json.bak"), or "" when it is no backup. Opened, a
// backup is only read, so it stays the version it keeps.
std::string backedUpWorkbookName(const std::string& path);
// Whether `fileName` (no folder) is a backup of the workbook `workbookName`.
bool isBackupNameOf(const std::string& fileName, const std::string& workbookName);
// The backups of one workbook that exist (regular files only).
std::vector<std::string> backupFilesFor(const std::string& workbookPath);
// Every backup of a workbook (a NAME.json) in `dir`, sorted; none when the
// folder can't be read.
std::vector<std::string> backupFilesIn(const std::string& dir);
// Whether the workbook a backup belongs to is now locked: the backup is then
// a readable copy of words the workbook itself hides (an older version, or a
// copy made before it was locked, can leave one). False when it can't be read.
bool besideLockedWorkbook(const std::string& backupPath);
// Whether the backup itself is sealed: the version a save replaced was
// locked (the first save after the passphrase is removed keeps it), so it
// opens only with the passphrase the workbook had then.
bool backupIsSealed(const std::string& backupPath);

}  // namespace doorway
