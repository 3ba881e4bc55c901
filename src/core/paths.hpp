#pragma once
// Where Doorway finds its assets and keeps workbooks.
#include <cstdint>
#include <string>

namespace doorway {

// DOORWAY_ASSETS if set, else <exe dir>/../share/doorway/assets if it
// exists (installed), else the source tree's assets/ (a build run in place).
std::string assetsDir();
// The bundled example workbook: DOORWAY_EXAMPLE, else the installed
// share/doorway/workbooks/example.json, else the source tree's.
std::string exampleWorkbookPath();
// $XDG_DATA_HOME/doorway/workbooks, else ~/.local/share/doorway/workbooks.
std::string defaultWorkbooksDir();
// $XDG_CONFIG_HOME/doorway, else ~/.config/doorway (imgui.ini, recent list).
std::string configDir();

// `path` for people to read: $HOME at its start shown as "~" (the status
// line and messages are often on screen in a shared room; shorter is kinder).
std::string displayPath(const std::string& path);

// The file name (no ".json") for a workbook titled `title`: letters, digits
// and any non-ASCII kept, separators as "-", never starting with "-" or "."
// (a name like "-x.json" reads as an option to every command line tool, and
// ".x.json" is hidden), at most 80 bytes and never a character cut in half;
// "My workbook" when nothing is left.
std::string workbookFileStem(const std::string& title);

// The folder beside a workbook that holds its recorded takes:
// "/a/My workbook.json" -> "/a/My workbook.takes" ("" for an untitled workbook).
// One definition: the speech panel writes there and locking seals it.
std::string takesFolderFor(const std::string& workbookPath);

// Reads a whole regular file of at most `maxBytes`; returns false and sets
// `error` to a sentence naming the file otherwise. `kind` names what the
// file should be in messages ("a workbook": "is a folder, not a workbook
// file", "too large to be a workbook (...)"; "" for any file). Never waits
// on a FIFO or reads a device.
bool readRegularFile(const std::string& path, std::string& out, std::string& error, std::uint64_t maxBytes,
                     const std::string& kind);
// readRegularFile for any file Doorway reads (assets, scripts, audio).
bool readFile(const std::string& path, std::string& out, std::string& error, size_t maxBytes = 64u << 20);

}  // namespace doorway
