// doorway export FILE (--<format> OUT, one of export_formats.cpp) [--paper a4|letter]
//                     [--sections ID,...] [--blank] [--card] [--country CC]
//                     [--no-safety-line] [--private-answers] [--answered-only]
//                     [--passphrase-fd N]
#include "app/export_args.hpp"
#include "core/clock.hpp"
#include "core/journal.hpp"
#include "core/labels.hpp"
#include "core/paths.hpp"
#include "core/privacy_notes.hpp"
#include "core/safety.hpp"
#include "core/storage.hpp"
#include "seal/seal.hpp"
#include "seal/wipe.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

namespace {

// US and Canadian locales print on Letter; everyone else on A4.
Paper localePaper() {
    for (const char* var : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const char* v = std::getenv(var);
        if (!v || !*v) continue;
        std::string s = v;
        if (s.find("_US") != std::string::npos || s.find("_CA") != std::string::npos) return Paper::Letter;
        return Paper::A4;
    }
    return Paper::A4;
}

// The safety card whose numbers go on paper: assets/safety.json, or the one
// built in when that is damaged (`error` then says why).
SafetyCard loadCard(std::string& error) {
    SafetyCard card;
    if (!loadSafetyCard(assetsDir() + "/safety.json", card, error)) return builtInSafetyCard();
    error.clear();
    return card;
}

// Whether the card has numbers for `code` (any case); every other country
// would silently get the "elsewhere" lines, which is not what --country asks.
bool cardKnowsCountry(const SafetyCard& card, const std::string& code) {
    return &helpFor(card, code) != &card.elsewhere;
}

std::string countryCodes(const SafetyCard& card) {
    std::string out;
    for (const auto& c : card.countries) out += (out.empty() ? "" : ", ") + c.code;
    return out;
}

}  // namespace

int parseExportArgs(const Args& args, bool print, ExportArgs& a) {
    const char* cmd = print ? "print" : "export";
    a.paper = localePaper();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& s = args[i];
        auto value = [&](std::string& into) -> bool {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        if (const ExportFormatInfo* f = print || s.size() < 3 ? nullptr : findExportFormat(s.substr(2));
            f && s.rfind("--", 0) == 0) {
            if (a.formatGiven)
                return usageError(cmd, "give one of " + exportFormatList("", ", ", " or ") + ", not several");
            if (!value(a.out) || a.out.empty()) return usageError(cmd, s + " needs a file name to write");
            a.format = f;
            a.formatGiven = true;
        } else if (s == "--paper") {
            std::string p;
            if (!value(p)) return usageError(cmd, "--paper needs a value: a4 or letter");
            if (!parsePaper(p, &a.paper)) return usageError(cmd, "--paper takes a4 or letter, not '" + p + "'");
            a.paperGiven = true;
        } else if (s == "--sections") {
            if (!value(a.sections))
                return usageError(cmd,
                                  "--sections needs section ids separated by commas (an unknown one is answered "
                                  "with the ids there are)");
            if (splitSectionList(a.sections).empty())
                return usageError(cmd,
                                  "--sections needs at least one section id (an unknown one is answered with the "
                                  "ids there are)");
        } else if (s == "--blank") {
            a.blank = true;
        } else if (s == "--card") {
            a.card = true;
        } else if (s == "--country") {
            if (!value(a.country) || a.country.size() != 2 || !std::isalpha(static_cast<unsigned char>(a.country[0])) ||
                !std::isalpha(static_cast<unsigned char>(a.country[1])))
                return usageError(cmd, "--country takes a two-letter country code, e.g. --country GB");
        } else if (s == "--no-safety-line") {
            a.safetyLine = false;
        } else if (s == "--private-answers") {
            a.privateAnswers = true;
        } else if (s == "--answered-only") {
            a.answeredOnly = true;
        } else if (s == "--passphrase-fd") {
            std::string v;
            if (!value(v)) return usageError(cmd, "--passphrase-fd needs a file descriptor number");
            char* end = nullptr;
            long n = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || !end || *end || n < 0 || n > 1 << 20)
                return usageError(cmd, "--passphrase-fd takes a file descriptor number, not '" + v + "'");
            a.passphraseFd = int(n);
        } else if (print && s == "--printer") {
            if (!value(a.printer) || a.printer.empty()) return usageError(cmd, "--printer needs a printer name");
        } else if (s.size() > 1 && s[0] == '-') {
            return usageError(cmd, "unknown option '" + s + "'");
        } else if (a.file.empty()) {
            a.file = s;
        } else {
            return usageError(cmd, "one workbook at a time ('" + s + "' is extra)");
        }
    }
    if (a.file.empty()) return usageError(cmd, "which workbook? give its file name");
    if (!print && !a.formatGiven)
        return usageError(cmd, "say what to write: " + exportFormatList(" OUT", ", ", " or "));
    if (!a.country.empty()) {
        std::string cardError;  // said once, when the document is built
        SafetyCard card = loadCard(cardError);
        if (!cardKnowsCountry(card, a.country))
            return usageError(cmd, "--country: no help lines for '" + a.country +
                                       "'; the countries Doorway knows are " + countryCodes(card));
    }
    return 0;
}

int buildExportFromArgs(const ExportArgs& a, ExportDocument& doc, bool* locked) {
    // The passphrase is read only when the file turns out to be sealed, so a
    // script may pass --passphrase-fd for every workbook it exports.
    std::unique_ptr<Sealer> sealer;
    // Edits a crash left in the journal are part of the workbook on paper too.
    JournalReplay replay;
    LoadResult r = loadWorkbookWithJournal(a.file, nullptr, &replay);
    if (r.needsPassphrase && a.passphraseFd >= 0) {
        std::string pass, err;
        if (!readPassphrase(a.passphraseFd, "Passphrase: ", pass, err)) return failure(a.file + ": " + err);
        try {
            sealer = makePassphraseSealer(pass);
        } catch (const std::exception& e) {
            wipeString(pass);
            return failure(a.file + ": " + e.what());
        }
        r = loadWorkbookWithJournal(a.file, sealer.get(), &replay);
    }
    if (r.needsPassphrase)
        return failure(a.file + ": this workbook is locked with a passphrase; give it with --passphrase-fd N");
    if (!r.ok) return failure(r.error.empty() ? a.file + ": could not be read" : r.error);
    if (locked) *locked = sealer != nullptr;
    if (!replay.message.empty()) std::fprintf(stderr, "doorway: %s: %s\n", a.file.c_str(), replay.message.c_str());

    WorksheetCatalog catalog;
    std::string dir = assetsDir() + "/worksheets";
    try {
        catalog = WorksheetCatalog::loadDirectory(dir);
    } catch (const std::exception& e) {
        return failure(std::string("the worksheets could not be loaded: ") + e.what());
    }
    // Where to turn: the card on disk, or the one built in if it is damaged
    // (said once on stderr; the paper still carries the numbers).
    std::string cardError;
    SafetyCard card = loadCard(cardError);
    if (!cardError.empty())
        std::fprintf(stderr, "doorway: %s; printing the built-in safety card's numbers\n", cardError.c_str());
    ExportOptions opts;
    opts.sections = splitSectionList(a.sections);
    opts.blank = a.blank;
    opts.card = a.card;
    opts.date = todayIsoDate();
    opts.safety = &card;
    opts.helpCountry =
        a.country.empty() ? effectiveHelpCountry(savedHelpCountry(configDir() + "/privacy.json")) : a.country;
    opts.safetyLine = a.safetyLine;
    opts.privateAnswers = a.privateAnswers;
    opts.answeredOnly = a.answeredOnly;
    std::string err;
    if (!buildExportDocument(catalog, r.workbook, opts, doc, err)) return failure(a.file + ": " + err);
    return 0;
}

int cmdExport(const Args& args) {
    ExportArgs a;
    if (int rc = parseExportArgs(args, false, a)) return rc;
    std::error_code ec;
    if (fs::is_directory(a.out, ec)) return failure(a.out + ": is a folder; give a file name to write");
    if (fs::exists(a.out, ec) && fs::equivalent(a.out, a.file, ec))
        return failure(a.out + ": that is the workbook itself; choose another file name to write");
    ExportDocument doc;
    bool locked = false;
    if (int rc = buildExportFromArgs(a, doc, &locked)) return rc;
    std::string err;
    int pages = 0;
    if (!exportToFile(doc, *a.format, a.paper, a.out, err, &pages)) return failure(err);
    if (locked) std::fprintf(stderr, "doorway: note: %s\n", unlockedExportReminder(a.format->name).c_str());
    const char* what = a.format->name;
    if (a.format->paged)
        std::printf("Wrote %s (%s, %s, %s).\n", a.out.c_str(), what, a.paper == Paper::A4 ? "A4" : "US Letter",
                    countLabel(pages, "page", "pages").c_str());
    else
        std::printf("Wrote %s (%s).\n", a.out.c_str(), what);
    return 0;
}

}  // namespace doorway
