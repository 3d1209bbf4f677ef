package vn.bantin.ui.export;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.export.Exporter;
import vn.bantin.ui.Job;
import vn.bantin.ui.TaskRunner;

/** File › Export… and Back up…: one file written at a time, off the window's thread, its progress and Cancel in the status bar. */
public final class ExportViewModel {
    private final Exporter exporter;
    private final Job job;
    private final Consumer<String> report;
    private final TaskRunner runner;
    private final vn.bantin.service.Backups backups;

    public ExportViewModel(Exporter exporter, vn.bantin.service.Backups backups, TaskRunner runner, Consumer<String> report) {
        this.exporter = exporter;
        this.backups = backups;
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
    public void size(ArticleQuery shown, Consumer<Long> then) {
        runner.run(() -> exporter.size(shown), then, e -> report.accept(e.getMessage()));
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

    /** A consistent copy of the open file, taken while it stays open; the same job, bar and Cancel as an export. */
    public boolean backUp(Path to) {
        String name = to.getFileName().toString();
        return job.start(t("backup.running", name), c -> backups.backUp(to,
                (written, total) -> c.progress((int) (written >> 20), (int) Math.max(1, total >> 20), t("backup.progress", name,
                        written >> 20, total >> 20)), c::cancelled),
                (r, cancelled) -> job.say(t("backup.done", r.articles(), r.file())),
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
