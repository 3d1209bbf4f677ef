package vn.bantin.ui.export;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.export.Exporter;
import vn.bantin.ui.Job;
import vn.bantin.ui.TaskRunner;

/** File › Export…: one export at a time, off the window's thread, its progress and Cancel in the status bar. */
public final class ExportViewModel {
    private final Exporter exporter;
    private final Job job;
    private final Consumer<String> report;
    private final TaskRunner runner;

    public ExportViewModel(Exporter exporter, TaskRunner runner, Consumer<String> report) {
        this.exporter = exporter;
        this.runner = runner;
        this.job = new Job(runner);
        this.report = report;
    }

    /**
     * What the list holds, as an export's title: its header without the count, and without "All articles" when more
     * follows ("Central brief", "Unread · Đà Nẵng · “lũ”").
     */
    public static String title(String header) {
        String h = header == null ? "" : header.replaceFirst(" · [^·]*$", "");
        String all = t("sidebar.all") + " · ";
        if (h.startsWith(all)) {
            h = h.substring(all.length());
        }
        return h.isBlank() ? "Bantin" : h;
    }

    public Job job() {
        return job;
    }

    /** How many articles an export of the list would hold (each version of a story, not only its lead), counted aside. */
    public void size(ArticleQuery shown, Consumer<Integer> then) {
        runner.run(() -> exporter.selection(shown).size(), then, e -> report.accept(e.getMessage()));
    }

    /** Starts the export unless one runs already (then false). */
    public boolean export(ArticleQuery shown, Exporter.Options options, Path out) {
        String name = out.getFileName().toString();
        return job.start(t("export.running", name), c -> exporter.export(shown, options, out,
                (done, total) -> c.progress(done, total, t("export.progress", done, total, name)), c::cancelled),
                (r, cancelled) -> job.say(t("export.done", r.articles(), r.file())),
                e -> {
                    if (e instanceof CancellationException) {
                        job.say(e.getMessage());
                    } else {
                        report.accept(e.getMessage());
                    }
                });
    }

    public void cancel() {
        job.cancel();
    }
}
