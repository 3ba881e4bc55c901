// doorway export / doorway print end to end: exit codes, messages, files.
#include "core/safety.hpp"
#include "core/storage.hpp"
#include "core/worksheet.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <filesystem>

using namespace doorway::test;
namespace fs = std::filesystem;

namespace {

std::string example() {
    return quote(sourcePath("workbooks/example.json"));
}

// Ids and titles come from the assets and the example, never typed here.
std::vector<const doorway::WorksheetDef*> publicSheets(const doorway::WorksheetCatalog& c) {
    std::vector<const doorway::WorksheetDef*> out;
    for (const auto& ws : c.worksheets())
        if (!ws.privateByDefault) out.push_back(&ws);
    return out;
}
doorway::WorksheetCatalog catalog() {
    return doorway::WorksheetCatalog::loadDirectory(sourcePath("assets/worksheets"));
}
std::string exampleTitle() {
    return doorway::loadWorkbookFile(sourcePath("workbooks/example.json")).workbook.title;
}

std::string pdfTextOf(const std::string& path) {
    std::string cmd = "pdftotext -enc UTF-8 " + quote(path) + " - 2>/dev/null";
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while (p && (n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    if (p) ::pclose(p);
    return out;
}

bool onlyFile(const TempDir& dir, const std::string& name) {
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename() != name) return false;
    return true;
}

}  // namespace

TEST_CASE("export writes PDF, HTML and Markdown", "[print][cli]") {
    TempDir dir;
    auto pdf = runDoorway("export " + example() + " --pdf " + quote(dir.file("a.pdf")) + " --paper letter");
    INFO(pdf.err);
    REQUIRE(pdf.exitCode == 0);
    CHECK(pdf.out.find("a.pdf") != std::string::npos);
    CHECK(readText(dir.file("a.pdf")).rfind("%PDF-", 0) == 0);
    auto html = runDoorway("export " + example() + " --html " + quote(dir.file("a.html")));
    CHECK(html.exitCode == 0);
    CHECK(readText(dir.file("a.html")).find("<!DOCTYPE html>") == 0);
    auto md = runDoorway("export " + example() + " --md " + quote(dir.file("a.md")) + " --sections " +
                         publicSheets(catalog()).front()->id);
    CHECK(md.exitCode == 0);
    CHECK(!readText(dir.file("a.md")).empty());
    auto card = runDoorway("export " + example() + " --pdf " + quote(dir.file("card.pdf")) + " --card");
    CHECK(card.exitCode == 0);
    CHECK(card.out.find("1 page") != std::string::npos);
    // No temp files left next to the outputs.
    for (const auto& e : fs::directory_iterator(dir.path())) {
        std::string n = e.path().filename().string();
        CHECK((n == "a.pdf" || n == "a.html" || n == "a.md" || n == "card.pdf"));
    }
}

TEST_CASE("export --answered-only leaves out the pages with no answer yet", "[print][cli][half]") {
    TempDir dir;
    std::string wb = dir.file("half.json");
    writeText(wb,
              "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"Half\", \"answers\": "
              "{\"pattern\": {\"my_part\": \"I go quiet and leave the room.\"}}}\n");
    auto every = runDoorway("export " + quote(wb) + " --md " + quote(dir.file("every.md")));
    REQUIRE(every.exitCode == 0);
    auto some = runDoorway("export " + quote(wb) + " --md " + quote(dir.file("some.md")) + " --answered-only");
    INFO(some.err);
    REQUIRE(some.exitCode == 0);
    const std::string all = readText(dir.file("every.md")), half = readText(dir.file("some.md"));
    auto count = [](const std::string& text, const std::string& what) {
        size_t n = 0;
        for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count(all, "\n## ") > 10);
    CHECK(count(half, "\n## ") == 1);
    CHECK(half.find("I go quiet and leave the room.") != std::string::npos);
    CHECK(count(half, "Not answered yet") < count(all, "Not answered yet"));
    // Nothing answered: said, exit 1, no file.
    std::string none = dir.file("none.json");
    writeText(none, "{\"format\": \"doorway-workbook\", \"version\": 1, \"title\": \"New\", \"answers\": {}}\n");
    auto empty = runDoorway("export " + quote(none) + " --pdf " + quote(dir.file("none.pdf")) + " --answered-only");
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.find("answer yet") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.file("none.pdf")));
}

TEST_CASE("export refuses bad input with a clear message and leaves no file", "[print][cli]") {
    TempDir dir;
    std::string out = quote(dir.file("out.pdf"));

    auto unknown = runDoorway("export " + example() + " --pdf " + out + " --sections " +
                              publicSheets(catalog()).front()->id + ",nope_not_here");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("nope_not_here") != std::string::npos);
    CHECK(!fs::exists(dir.file("out.pdf")));

    auto missing = runDoorway("export " + quote(dir.file("missing.json")) + " --pdf " + out);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("missing.json") != std::string::npos);
    CHECK(!fs::exists(dir.file("out.pdf")));

    writeText(dir.file("broken.json"), "{\"format\": \"doorway-workbook\", \"version\": 1, ");
    auto broken = runDoorway("export " + quote(dir.file("broken.json")) + " --html " + quote(dir.file("b.html")));
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.find("broken.json") != std::string::npos);
    CHECK(!fs::exists(dir.file("b.html")));

    // An unwritable folder: nothing is created there.
    fs::create_directory(dir.file("ro"));
    ::chmod(dir.file("ro").c_str(), 0500);
    if (::access(dir.file("ro").c_str(), W_OK) != 0) {  // root can write anywhere
        for (const char* fmt : {"--pdf", "--html", "--md"}) {
            auto ro = runDoorway("export " + example() + " " + fmt + " " + quote(dir.file("ro/x.out")));
            CHECK(ro.exitCode == 1);
            CHECK(ro.err.find("x.out") != std::string::npos);
            CHECK(fs::is_empty(dir.file("ro")));
        }
    }
    ::chmod(dir.file("ro").c_str(), 0700);
    auto noDir = runDoorway("export " + example() + " --pdf " + quote(dir.file("no/such/dir/x.pdf")));
    CHECK(noDir.exitCode == 1);
    CHECK(!fs::exists(dir.file("no")));

    // An existing file is untouched when the export fails.
    writeText(dir.file("keep.md"), "mine");
    auto keep = runDoorway("export " + example() + " --md " + quote(dir.file("keep.md")) + " --sections zzz");
    CHECK(keep.exitCode == 1);
    CHECK(readText(dir.file("keep.md")) == "mine");
}

TEST_CASE("export never writes over another workbook, a locked one or an edit journal", "[print][cli]") {
    TempDir dir;
    const std::string other = dir.file("other.json"), journal = dir.file("mine.json.journal"),
                      sealed = dir.file("sealed.json"), earlier = dir.file("earlier.md");
    fs::copy_file(sourcePath("workbooks/example.json"), other);
    writeText(journal, "{\"format\":\"doorway-journal\",\"version\":1,\"base\":\"00\"}\n");
    writeText(sealed, "{\n  \"format\": \"doorway-sealed\",\n  \"version\": 1\n}\n");
    for (const std::string& target : {other, journal, sealed}) {
        const std::string before = readText(target);
        auto r = runDoorway("export " + example() + " --md " + quote(target));
        INFO(target << "\n" << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(target) != std::string::npos);
        CHECK(r.err.find("never replaces") != std::string::npos);
        CHECK(readText(target) == before);
    }
    // An earlier export (or any other file) is replaced as asked.
    writeText(earlier, "# an earlier export\n");
    auto again = runDoorway("export " + example() + " --md " + quote(earlier));
    CHECK(again.exitCode == 0);
    CHECK(readText(earlier).find(exampleTitle()) != std::string::npos);
}

TEST_CASE("export usage errors exit 2", "[print][cli]") {
    TempDir dir;
    std::string out = quote(dir.file("o.pdf"));
    CHECK(runDoorway("export").exitCode == 2);
    CHECK(runDoorway("export " + example()).exitCode == 2);             // no format
    CHECK(runDoorway("export " + example() + " --pdf").exitCode == 2);  // missing value
    CHECK(runDoorway("export " + example() + " --pdf " + out + " --html x").exitCode == 2);
    auto paper = runDoorway("export " + example() + " --pdf " + out + " --paper a5");
    CHECK(paper.exitCode == 2);
    CHECK(paper.err.find("a5") != std::string::npos);
    CHECK(runDoorway("export " + example() + " --pdf " + out + " --paper").exitCode == 2);
    CHECK(runDoorway("export " + example() + " --pdf " + out + " --frobnicate").exitCode == 2);
    CHECK(onlyFile(dir, "nothing"));
}

TEST_CASE("export ends with where to turn: --country picks the numbers, the saved choice or the locale otherwise",
          "[print][cli][safety]") {
    TempDir dir;
    std::string md = dir.file("w.md");
    // A home with no saved choice, and a locale that names a country.
    std::string home = "HOME=" + quote(dir.file("home")) + " LC_ALL= LC_TELEPHONE= ";
    auto byLocale = runDoorway("export " + example() + " --md " + quote(md), "", home + "LANG=en_AU.UTF-8");
    REQUIRE(byLocale.exitCode == 0);
    CHECK(readText(md).find("1800RESPECT 1800 737 732") != std::string::npos);
    auto chosen =
        runDoorway("export " + example() + " --md " + quote(md) + " --country in", "", home + "LANG=en_AU.UTF-8");
    REQUIRE(chosen.exitCode == 0);
    CHECK(readText(md).find("Women Helpline 181") != std::string::npos);
    CHECK(readText(md).find("1800RESPECT") == std::string::npos);
    // The choice made on the card (kept with the app preferences).
    fs::create_directories(dir.file("home/.config/doorway"));
    writeText(dir.file("home/.config/doorway/privacy.json"), "{\"safetyCardShown\": true, \"helpCountry\": \"NZ\"}");
    auto saved = runDoorway("export " + example() + " --md " + quote(md), "", home + "LANG=en_AU.UTF-8");
    REQUIRE(saved.exitCode == 0);
    CHECK(readText(md).find("Women's Refuge 0800 733 843") != std::string::npos);
    auto off = runDoorway("export " + example() + " --md " + quote(md) + " --no-safety-line", "", home);
    REQUIRE(off.exitCode == 0);
    CHECK(readText(md).find("If things ever feel unsafe") == std::string::npos);
    auto bad = runDoorway("export " + example() + " --md " + quote(md) + " --country Ireland");
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--country") != std::string::npos);
}

TEST_CASE("an unknown --country code is a usage error that lists the codes the safety card knows",
          "[print][cli][safety]") {
    TempDir dir;
    std::string md = dir.file("w.md");
    // The known codes come from the card itself, never typed here.
    doorway::SafetyCard card;
    std::string err;
    REQUIRE(doorway::loadSafetyCard(sourcePath("assets/safety.json"), card, err));
    REQUIRE_FALSE(card.countries.empty());
    for (const char* code : {"XX", "ZZ", "qq"}) {
        INFO(code);
        auto r = runDoorway("export " + example() + " --md " + quote(md) + " --country " + code);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("--country") != std::string::npos);
        CHECK(r.err.find(code) != std::string::npos);
        for (const auto& c : card.countries) CHECK(r.err.find(c.code) != std::string::npos);
        CHECK_FALSE(fs::exists(md));
        // print refuses it the same way, before any PDF is made.
        auto p = runDoorway("print " + example() + " --country " + code, "", "PATH=/nonexistent");
        CHECK(p.exitCode == 2);
        CHECK(p.err.find("--country") != std::string::npos);
    }
    // Every known code, in either case, is taken.
    for (const auto& c : card.countries) {
        std::string lower = c.code;
        for (char& ch : lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
        for (const std::string& code : {c.code, lower}) {
            INFO(code);
            auto r = runDoorway("export " + example() + " --md " + quote(md) + " --country " + code);
            CHECK(r.exitCode == 0);
        }
    }
}

TEST_CASE("a sealed workbook needs its passphrase to export", "[print][cli]") {
    TempDir dir;
    std::string wb = dir.file("sealed.json");
    fs::copy_file(sourcePath("workbooks/example.json"), wb);
    auto lock = runDoorway("lock " + quote(wb) + " --passphrase-fd 0", "correct horse battery\n");
    INFO(lock.err);
    REQUIRE(lock.exitCode == 0);
    auto without = runDoorway("export " + quote(wb) + " --pdf " + quote(dir.file("s.pdf")));
    CHECK(without.exitCode == 1);
    CHECK(without.err.find("passphrase") != std::string::npos);
    CHECK(!fs::exists(dir.file("s.pdf")));
    auto wrong =
        runDoorway("export " + quote(wb) + " --pdf " + quote(dir.file("s.pdf")) + " --passphrase-fd 0", "nope\n");
    CHECK(wrong.exitCode == 1);
    CHECK(!fs::exists(dir.file("s.pdf")));
    auto right = runDoorway("export " + quote(wb) + " --md " + quote(dir.file("s.md")) + " --passphrase-fd 0",
                            "correct horse battery\n");
    INFO(right.err);
    CHECK(right.exitCode == 0);
    CHECK(readText(dir.file("s.md")).find(exampleTitle()) != std::string::npos);
}

TEST_CASE("a plain workbook exports with --passphrase-fd and never reads it", "[print][cli]") {
    TempDir dir;
    // Nothing to read on the descriptor: a plain file must not wait for it or need it.
    auto r = runDoorway("export " + quote(sourcePath("workbooks/example.json")) + " --md " + quote(dir.file("p.md")) +
                            " --passphrase-fd 0",
                        "");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(readText(dir.file("p.md")).find(exampleTitle()) != std::string::npos);
}

TEST_CASE("print sends the PDF with lp and shows the job id", "[print][cli]") {
    TempDir dir;
    fs::create_directory(dir.file("bin"));
    // A stand-in lp that keeps what it was given and answers like CUPS.
    writeText(dir.file("bin/lp"), "#!/bin/sh\nfor a; do last=\"$a\"; done\necho \"$@\" > " + dir.file("args") +
                                      "\ncp \"$last\" " + dir.file("got.pdf") +
                                      "\necho 'request id is Study-42 (1 file(s))'\n");
    ::chmod(dir.file("bin/lp").c_str(), 0755);
    std::string env =
        "PATH=" + quote(dir.file("bin") + ":/usr/bin:/bin") + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto r = runDoorway("print " + example() + " --printer Study --paper letter", "", env);
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Study-42") != std::string::npos);
    CHECK(readText(dir.file("args")).find("-d Study") != std::string::npos);
    CHECK(readText(dir.file("got.pdf")).rfind("%PDF-", 0) == 0);
    CHECK(pdfTextOf(dir.file("got.pdf")).find(exampleTitle()) != std::string::npos);
    // The private copy is gone once the print system has it.
    CHECK(fs::is_empty(dir.file("doorway")));
}

TEST_CASE("print to a printer that does not take the job exits 1 and keeps the PDF for printing by hand",
          "[print][cli]") {
    TempDir dir;
    fs::create_directory(dir.file("bin"));
    // A stand-in lp that knows one printer, the way CUPS answers for another.
    writeText(dir.file("bin/lp"),
              "#!/bin/sh\nfor a; do last=\"$a\"; done\n"
              "case \"$*\" in *\"-d Study\"*) echo 'request id is Study-9 (1 file(s))'; exit 0;; esac\n"
              "echo 'lp: The printer or class does not exist.' >&2\nexit 1\n");
    ::chmod(dir.file("bin/lp").c_str(), 0755);
    std::string env =
        "PATH=" + quote(dir.file("bin") + ":/usr/bin:/bin") + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto r = runDoorway("print " + example() + " --printer nosuch", "", env);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("does not exist") != std::string::npos);
    CHECK(r.err.find("nothing was printed") != std::string::npos);
    std::string kept = dir.file("doorway/example.pdf");
    CHECK(fs::exists(kept));
    CHECK(r.out.find(kept) != std::string::npos);
    // The printer that is there still prints, exit 0, and keeps no copy.
    fs::remove(kept);
    auto ok = runDoorway("print " + example() + " --printer Study", "", env);
    INFO(ok.out << ok.err);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.find("Study-9") != std::string::npos);
    CHECK(ok.err.find("nothing was printed") == std::string::npos);
    CHECK(fs::is_empty(dir.file("doorway")));
}

TEST_CASE("print without lp saves the PDF privately and says where", "[print][cli]") {
    TempDir dir;
    fs::create_directory(dir.file("bin"));  // a PATH with no lp in it
    std::string env = "PATH=" + quote(dir.file("bin")) + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto r = runDoorway("print " + example(), "", env);
    INFO(r.err);
    // Asked to print and nothing printed: a failure, with the PDF kept and named.
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("nothing was printed") != std::string::npos);
    std::string folder = dir.file("doorway");
    CHECK(r.out.find("private") != std::string::npos);
    CHECK(r.out.find(folder) != std::string::npos);
    REQUIRE(fs::exists(folder + "/example.pdf"));
    CHECK((fs::status(folder).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    auto bad = runDoorway("print " + example() + " --sections nope", "", env);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("nope") != std::string::npos);
}

TEST_CASE("the window's Export dialog writes the chosen sections", "[print][cli][window]") {
    TempDir dir;
    std::string wb = dir.file("wb.json");
    fs::copy_file(sourcePath("workbooks/example.json"), wb);
    std::string out = dir.file("from-window.md");
    auto cat = catalog();  // the pointers below point into it
    auto sheets = publicSheets(cat);
    REQUIRE(sheets.size() >= 2);
    auto r = runDoorwayWindow(
        quote(wb) + " --ui print.export --ui print.format=md --ui print.sections=" + sheets[0]->id + " --ui " +
        quote("print.out=" + out) + " --ui print.run --screenshot " + quote(dir.file("shot.png")));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::string md = readText(out);
    INFO(sheets[0]->id << " / " << md.substr(0, 300));
    // Headed as the window names the page (core: pageName).
    CHECK(md.find("## " + doorway::pageName(cat, *sheets[0]) + "\n") != std::string::npos);
    CHECK(md.find("## " + doorway::pageName(cat, *sheets[1]) + "\n") == std::string::npos);
    auto bad = runDoorwayWindow(quote(wb) + " --ui print.sections=nope --screenshot " + quote(dir.file("s2.png")));
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.find("nope") != std::string::npos);
}

TEST_CASE("a PDF kept for printing by hand says how to delete it, and a later print removes it", "[print][cli]") {
    TempDir dir;
    fs::create_directory(dir.file("bin"));  // a PATH with no lp in it
    std::string env = "PATH=" + quote(dir.file("bin")) + " XDG_RUNTIME_DIR=" + quote(dir.path().string());
    auto r = runDoorway("print " + example(), "", env);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 1);  // nothing printed; the PDF is kept for printing by hand
    std::string kept = dir.file("doorway/example.pdf");
    REQUIRE(fs::exists(kept));
    CHECK(r.out.find("rm -- '" + kept + "'") != std::string::npos);
    CHECK(r.out.find("delete it once it has printed") != std::string::npos);

    // An hour later, the next print (or window) removes it; a fresh one and
    // anything that is not one of its PDFs stay.
    fs::last_write_time(kept, fs::file_time_type::clock::now() - std::chrono::hours(2));
    writeText(dir.file("doorway/notes.txt"), "not ours to remove");
    r = runDoorway("print " + example() + " --card", "", env);
    REQUIRE(r.exitCode == 1);
    CHECK_FALSE(fs::exists(kept));
    CHECK(fs::exists(dir.file("doorway/example-card.pdf")));
    CHECK(fs::exists(dir.file("doorway/notes.txt")));

    // Without a runtime folder, memory (/dev/shm) is preferred to the disk.
    if (fs::is_directory("/dev/shm") && ::access("/dev/shm", W_OK) == 0) {
        r = runDoorway("print " + example(), "", "PATH=" + quote(dir.file("bin")) + " XDG_RUNTIME_DIR=");
        REQUIRE(r.exitCode == 1);
        size_t at = r.out.find("/dev/shm/doorway-print-");
        CHECK(at != std::string::npos);
        if (at != std::string::npos) {
            std::string folder = r.out.substr(at, r.out.find('/', at + 10) - at);
            fs::remove_all(folder);
        }
    }
}

TEST_CASE("one enormous field costs a bounded export, with a note of what was left out", "[print][cli][limits]") {
    TempDir dir;
    std::string wb = dir.file("huge.json");
    std::string text = readText(sourcePath("workbooks/example.json"));
    doorway::LoadResult loaded = doorway::parseWorkbookText(text, "example");
    REQUIRE(loaded.ok);
    doorway::Workbook w = loaded.workbook;
    w.title = std::string(size_t(5) << 20, 'T');  // the report's was 50 MB: 6 min 47 s, 7.8 GB
    std::string words;
    while (words.size() < (size_t(5) << 20)) words += "we keep circling the same worry ";
    w.answers["pattern"]["my_part"] = words;
    writeText(wb, doorway::serializePretty(doorway::workbookToJson(w)));

    auto start = std::chrono::steady_clock::now();
    auto r = runDoorway("export " + quote(wb) + " --pdf " + quote(dir.file("out.pdf")), "", "", "timeout 120");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(seconds < 60);  // a few seconds here; it is a bound, not a benchmark
    CHECK(fs::file_size(dir.file("out.pdf")) < (size_t(4) << 20));
    std::string pdf = pdfTextOf(dir.file("out.pdf"));
    CHECK(pdf.find("more characters are not printed") != std::string::npos);

    r = runDoorway("export " + quote(wb) + " --md " + quote(dir.file("out.md")), "", "", "timeout 120");
    REQUIRE(r.exitCode == 0);
    std::string md = readText(dir.file("out.md"));
    CHECK(md.size() < (size_t(1) << 20));
    CHECK(md.find(doorway::groupedNumber(words.size() - doorway::kMaxPrintedFieldChars) +
                  " more characters are not printed") != std::string::npos);
    CHECK(md.find(std::string(doorway::kMaxPrintedTitleChars, 'T') + "\xE2\x80\xA6") != std::string::npos);
}
