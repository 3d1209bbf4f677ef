package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import java.util.Locale;
import vn.bantin.ingest.ImportService;

/** An import's outcome in numbers, and its one line for the status bar and the details sheet. */
public record ImportSummary(long imported, long duplicates, List<ImportService.Result> rejected) {
    public static ImportSummary of(List<ImportService.Result> results) {
        return new ImportSummary(results.stream().filter(r -> r.status() == ImportService.Status.IMPORTED).count(),
                results.stream().filter(r -> r.status() == ImportService.Status.DUPLICATE).count(),
                results.stream().filter(r -> r.status() == ImportService.Status.REJECTED).toList());
    }

    /** "39 imported · 2 already in Bantin · 1 not imported" */
    public String line() {
        return t("import.summary", imported, duplicates,
                rejected.size());
    }
}
