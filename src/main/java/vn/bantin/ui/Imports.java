package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.bantin.ingest.ImportService;

/**
 * Imports from the window, one at a time, in the background: their progress and outcome in the status bar, what
 * happened to each input for the details sheet, the list refreshed when one ends.
 */
final class Imports {
    interface Work {
        List<ImportService.Result> run(ImportService.Progress progress) throws java.io.IOException;
    }

    private final Job job;
    private final ObjectProperty<List<ImportService.Result>> results = new SimpleObjectProperty<>();
    private final Runnable refresh;
    private final Consumer<String> report;

    Imports(TaskRunner runner, Runnable refresh, Consumer<String> report) {
        this.job = new Job(runner);
        this.refresh = refresh;
        this.report = report;
    }

    Job job() {
        return job;
    }

    ObjectProperty<List<ImportService.Result>> results() {
        return results;
    }

    void run(Work work) {
        job.start(t("import.running"), c -> work.run(Job.importProgress(c,
                (done, total) -> t("import.progress", done, total))), (r, cancelled) -> {
                    String line = ImportSummary.of(r).line();
                    job.say(cancelled ? t("import.cancelled", line) : line);
                    results.set(null); // the same results twice are shown twice
                    results.set(r);
                    refresh.run();
                }, e -> {
                    report.accept(t("import.failed", e.getMessage()));
                    refresh.run();
                });
    }
}
