// doorway print FILE [--printer NAME] [--paper a4|letter] [--sections ID,...]
//                    [--blank] [--card] [--passphrase-fd N]
// Sends the PDF to CUPS with `lp` when it is installed, and removes it once
// lp has it; otherwise keeps the PDF in a private temporary folder (in
// memory where there is one), says where and how to delete it, and removes
// it on a later run (kKeepPrintedPdfSeconds). Exit 0 only when a printer
// took the job: asked to print and nothing printed is a failure (exit 1),
// even though the kept PDF is named for printing by hand.
#include "app/export_args.hpp"
#include "core/labels.hpp"
#include "core/privacy_notes.hpp"
#include "print/print_job.hpp"

#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace doorway {

int cmdPrint(const Args& args) {
    ExportArgs a;
    if (int rc = parseExportArgs(args, true, a)) return rc;
    // PDFs an earlier print kept for the person to open: not forever.
    removeOldPrintedPdfs();
    ExportDocument doc;
    bool locked = false;
    if (int rc = buildExportFromArgs(a, doc, &locked)) return rc;

    std::string err;
    std::string folder = privateTempFolder(err);
    if (folder.empty()) return failure(err);
    std::string stem = fs::path(a.file).stem().string();
    if (stem.empty()) stem = "workbook";
    std::string pdf = folder + "/" + stem + (a.card ? "-card" : a.blank ? "-blank" : "") + ".pdf";
    int pages = 0;
    if (!exportToFile(doc, pdfFormat(), a.paper, pdf, err, &pages)) return failure(err);

    PrintJobResult job = sendToPrinter(pdf, a.printer, doc.title);
    if (job.sent) {
        // The print system has its own copy now; keep no private pages lying around.
        std::error_code ec;
        fs::remove(pdf, ec);
        if (locked) std::fprintf(stderr, "doorway: note: %s\n", unlockedPrintReminder().c_str());
        std::string where = a.printer.empty() ? "the default printer" : "printer " + a.printer;
        if (job.jobId.empty())
            std::printf("Sent %s to %s.\n", countLabel(pages, "page", "pages").c_str(), where.c_str());
        else
            std::printf("Sent %s to %s: job %s.\n", countLabel(pages, "page", "pages").c_str(), where.c_str(),
                        job.jobId.c_str());
        return 0;
    }
    if (job.lpMissing)
        std::printf("There is no printing system (CUPS lp) on this computer, so nothing was sent to a printer.\n");
    else
        std::fprintf(stderr, "doorway: the printer did not take the job: %s\n", job.message.c_str());
    std::printf("Saved the PDF (%s) in a private temporary folder: %s\n", countLabel(pages, "page", "pages").c_str(),
                pdf.c_str());
    std::printf("Open it to print from your PDF viewer: xdg-open '%s'\n", pdf.c_str());
    std::printf("%s\n", keptPdfAdvice(pdf).c_str());
    if (locked) std::fprintf(stderr, "doorway: note: %s\n", unlockedExportReminder("PDF").c_str());
    return failure("nothing was printed: open the PDF above to print it by hand");
}

}  // namespace doorway
