// libFuzzer target for the edit journal: whatever sits in NAME.json.journal
// (torn tails, flipped bytes, records for another file, not a journal at
// all), opening the workbook never crashes, never changes the workbook file,
// and never loses the journal: it is applied, recognised as folded, or kept
// aside.
//
// Input: first byte even -> the rest are records after a header that
// matches the workbook (so mutations reach the record reader); odd -> the
// rest is the whole journal file (headers are fuzzed too).
#include "core/journal.hpp"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace doorway;

namespace {

const char* kWorkbook =
    "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Fuzz\", \"answers\": {\"pattern\": {\"loop\": "
    "\"We keep circling\"}}, \"tracker\": [], \"doors\": [], \"takes\": [], \"settings\": {}}\n";

std::string readAll(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeAll(const std::string& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << s;
}

struct Scratch {
    fs::path dir;
    Scratch() {
        dir = fs::temp_directory_path() / ("doorway-fuzz-journal-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Scratch scratch;
    std::string wbPath = (scratch.dir / "wb.json").string();
    std::string jPath = journalPathFor(wbPath);
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(scratch.dir, ec)) fs::remove(e.path(), ec);
    writeAll(wbPath, kWorkbook);

    std::string input(reinterpret_cast<const char*>(data), size);
    std::string journal;
    if (!input.empty() && (static_cast<unsigned char>(input[0]) % 2 == 0)) {
        char base[17];
        std::snprintf(base, sizeof base, "%016llx", static_cast<unsigned long long>(contentHash(kWorkbook)));
        journal = std::string("{\"format\":\"doorway-journal\",\"version\":1,\"base\":\"") + base +
                  "\",\"sealed\":false}\n" + input.substr(1);
    } else {
        journal = input.empty() ? input : input.substr(1);
    }
    writeAll(jPath, journal);

    LoadResult r = parseWorkbookText(kWorkbook, wbPath);
    if (!r.ok) __builtin_trap();
    Workbook wb = r.workbook;
    JournalReplay j = replayJournal(wbPath, contentHash(kWorkbook), wb, nullptr, false);

    // The workbook file is never touched by a replay.
    if (readAll(wbPath) != kWorkbook) __builtin_trap();
    // The journal is applied (still there), dropped only as already folded,
    // or kept aside under another name: never simply gone.
    bool there = fs::exists(jPath, ec);
    bool aside = !j.movedTo.empty() && fs::exists(j.movedTo, ec);
    switch (j.status) {
        case JournalReplay::Status::Replayed:
            if (!there) __builtin_trap();
            break;
        case JournalReplay::Status::Unused:
            if (!aside && !there) __builtin_trap();
            break;
        case JournalReplay::Status::AlreadySaved:
        case JournalReplay::Status::None:
            break;
    }
    // Whatever it brought back is a workbook that saves and reads back.
    std::string saved = serializePretty(workbookToJson(wb));
    LoadResult again = parseWorkbookText(saved, "again.json");
    if (!again.ok || !(again.workbook == wb)) __builtin_trap();
    return 0;
}
