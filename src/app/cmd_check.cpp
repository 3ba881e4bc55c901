// doorway check [--passphrase-fd N] FILE...: validates workbooks without
// changing them. One line per file on stdout: "FILE: ok" or the problem.
// Exit 0 when every file is fine, 1 when any is not, 2 for usage.
//
// A sealed file without a passphrase can only be checked on the outside:
// it counts as ok when its envelope is well-formed (a JSON object with
// "format": "doorway-sealed", a whole-number "version" and a "ciphertext"
// string); its contents are checked only with --passphrase-fd.
#include "app/cli.hpp"
#include "core/journal.hpp"
#include "core/labels.hpp"
#include "core/recordings.hpp"
#include "core/storage.hpp"
#include "seal/seal.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace doorway {

namespace {

// The outside of a sealed file, for when there is no passphrase.
bool envelopeWellFormed(const std::string& text, std::string& problem) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec || !v.is_object()) {
        problem = "it is not a complete sealed file";
        return false;
    }
    const json::object& o = v.get_object();
    const json::value* ver = o.if_contains("version");
    if (!ver || !ver->is_int64() || ver->get_int64() < 1) {
        problem = "its version is missing or not valid";
        return false;
    }
    const json::value* ct = o.if_contains("ciphertext");
    if (!ct || !ct->is_string() || ct->get_string().empty()) {
        problem = "its ciphertext is missing";
        return false;
    }
    return true;
}

// Temp files a killed save, lock or unlock left (they may hold the
// unlocked text): removed when no Doorway process has the workbook open,
// since then none is mid-save. A note for the file's line, or "".
std::string clearLeftovers(const std::string& path) {
    if (leftoverTempsFor(path).empty()) return {};
    FileLock lock;
    if (!lock.acquire(path)) return {};  // open in a window: its own saves may be under way
    std::string error;
    int removed = removeLeftoverTemps(path, error);
    std::string note;
    if (removed)
        note = " (removed " + countLabel(removed, "leftover temporary file", "leftover temporary files") +
               " of a save, lock or unlock that was cut off)";
    if (!error.empty()) note += " (" + error + "; please delete it yourself)";
    return note;
}

// Warnings about sizes that work but are out of the ordinary, for the line.
std::string sizeNotes(const Workbook& wb) {
    std::string out;
    for (const std::string& w : sizeWarnings(wb)) out += " (warning: " + w + ")";
    return out;
}

// Checks one file; prints its line; returns true when it is fine.
bool checkOne(const std::string& path, Sealer* sealer) {
    std::string text, error;
    if (!readWorkbookBytes(path, text, error)) {
        std::printf("%s\n", error.c_str());
        return false;
    }
    const std::string leftovers = clearLeftovers(path);
    LoadResult r = parseWorkbookText(text, path, sealer);
    if (r.needsPassphrase) {
        std::string problem;
        if (!envelopeWellFormed(text, problem)) {
            std::printf("%s: a damaged locked workbook (%s)\n", path.c_str(), problem.c_str());
            return false;
        }
        std::printf("%s: sealed (locked with a passphrase; pass --passphrase-fd to check its contents)%s\n",
                    path.c_str(), leftovers.c_str());
        return true;
    }
    if (!r.ok) {
        std::printf("%s%s\n", r.error.c_str(), leftovers.c_str());
        return false;
    }
    std::string note;
    if (r.newerVersion)
        note = " (written by a newer Doorway, format version " + std::to_string(r.newerVersion) + "; this one reads " +
               std::to_string(currentWorkbookVersion()) + " and opens it read-only)";
    else if (r.migratedFrom)
        note = " (format version " + std::to_string(r.migratedFrom) + "; it is updated to version " +
               std::to_string(currentWorkbookVersion()) + " on its next save, keeping the original as a backup)";
    if (r.sealed) note += r.newerVersion || r.migratedFrom ? " (sealed)" : " (sealed; the passphrase opens it)";
    note += sizeNotes(r.workbook) + leftovers;
    std::printf("%s: ok%s\n", path.c_str(), note.c_str());
    // Recordings no take points to (a take deleted when the window was
    // killed, a recording cut off mid-take).
    std::vector<std::string> loose = unreferencedRecordings(path, r.workbook);
    if (!loose.empty()) {
        std::string names;
        for (size_t i = 0; i < loose.size() && i < 3; ++i)
            names += (i ? ", " : "") + std::filesystem::path(loose[i]).filename().string();
        if (loose.size() > 3) names += ", ...";
        std::printf(
            "%s: %s in %s %s to no take (%s); Doorway removes them when this workbook is next closed in its "
            "window\n",
            path.c_str(), countLabel(long(loose.size()), "recording", "recordings").c_str(),
            takesFolderFor(path).c_str(), loose.size() == 1 ? "belongs" : "belong", names.c_str());
    }
    // The journal beside it: edits a crash kept, still to be folded in.
    JournalReplay j = replayJournal(path, contentHash(text), r.workbook, r.sealed ? sealer : nullptr, true);
    if (j.status == JournalReplay::Status::Replayed && j.records > 0)
        std::printf("%s: %s Doorway folds them in the next time it opens this workbook.\n",
                    journalPathFor(path).c_str(), j.message.c_str());
    else if (!j.message.empty())
        std::printf("%s: %s\n", journalPathFor(path).c_str(), j.message.c_str());
    return true;
}

}  // namespace

int cmdCheck(const Args& args) {
    std::vector<std::string> files;
    int passFd = -1;
    bool options = true;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (options && a == "--") {
            options = false;
        } else if (options && a == "--passphrase-fd") {
            if (i + 1 >= args.size()) return usageError("check", "--passphrase-fd needs a file descriptor number");
            char* end = nullptr;
            long n = std::strtol(args[i + 1].c_str(), &end, 10);
            if (args[i + 1].empty() || *end || n < 0 || n > 1000000)
                return usageError("check", "--passphrase-fd takes a file descriptor number, not '" + args[i + 1] + "'");
            passFd = int(n);
            ++i;
        } else if (options && a.size() > 1 && a[0] == '-') {
            return usageError("check", "unknown option '" + a + "'");
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) return usageError("check", "name at least one workbook file to check");

    std::unique_ptr<Sealer> sealer;
    if (passFd >= 0) {
        std::string pass, error;
        if (!readPassphrase(passFd, "Passphrase: ", pass, error)) return failure("check: " + error);
        try {
            sealer = makePassphraseSealer(pass);
        } catch (const std::exception& e) {
            return failure(std::string("check: ") + e.what());
        }
    }
    bool allOk = true;
    for (const std::string& f : files) allOk = checkOne(f, sealer.get()) && allOk;
    std::fflush(stdout);
    return allOk ? 0 : 1;
}

}  // namespace doorway
