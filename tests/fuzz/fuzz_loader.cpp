// libFuzzer target for the workbook loader: any bytes must give either a
// workbook or a message naming the file, never a crash, a hang or a
// sanitizer report; and whatever loads must save and load back to the
// same workbook.
#include "core/storage.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace doorway;
    std::string text(reinterpret_cast<const char*>(data), size);
    (void)looksSealed(text);
    LoadResult r = parseWorkbookText(text, "fuzz.json");
    if (!r.ok) {
        if (r.error.rfind("fuzz.json", 0) != 0) __builtin_trap();  // every error names the file
        return 0;
    }
    std::string saved = serializePretty(workbookToJson(r.workbook));
    LoadResult again = parseWorkbookText(saved, "resaved.json");
    if (!again.ok || !(again.workbook == r.workbook)) __builtin_trap();
    if (serializePretty(workbookToJson(again.workbook)) != saved) __builtin_trap();
    return 0;
}
