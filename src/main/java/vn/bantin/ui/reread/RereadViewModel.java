package vn.bantin.ui.reread;

import static vn.bantin.i18n.Texts.t;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.bantin.ui.Job;
import vn.bantin.ui.TaskRunner;

/**
 * The offer, made once after an upgrade whose parsers read pages better, to read the stored articles again from
 * the pages they were imported from; and that re-read, in the background, with progress and Stop.
 */
public final class RereadViewModel {
    private final vn.bantin.ingest.Library library;
    private final TaskRunner runner;
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final Job job;
    private final StringProperty text = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public RereadViewModel(vn.bantin.ingest.Library library, TaskRunner runner) {
        this.library = library;
        this.runner = runner;
        this.job = new Job(runner);
        job.statusProperty().addListener((o, a, b) -> text.set(b)); // the offer and the job share the bar's line
    }

    /** Called when the re-read changed stored articles, for the list and counts to refresh. */
    public void setOnChange(Runnable r) {
        onChange = r;
    }

    /** Looks, off the FX thread, whether this file's articles were read by an older parser and not yet offered. */
    public void check() {
        runner.run(library::shouldOfferReread, offer -> {
            offered.set(offer);
            if (offer) {
                text.set(t("reread.offer"));
            }
        }, e -> offered.set(false));
    }

    public void start() {
        if (job.runningProperty().get()) {
            return;
        }
        offered.set(false);
        job.start(t("reread.running"),
                c -> library.retag(Job.importProgress(c, (done, total) -> t("reread.progress", done, total))),
                (n, stopped) -> {
                    job.say(stopped ? t("reread.stopped", n) : t("reread.done", n));
                    onChange.run();
                }, e -> {
                    job.say(t("reread.failed", e.getMessage()));
                    onChange.run();
                });
    }

    /** "Not now": not offered again for this version; File › Read articles again still does it. */
    public void decline() {
        offered.set(false);
        text.set("");
        runner.run(() -> {
            library.declineReread();
            return null;
        }, v -> { }, e -> { });
    }

    public void stop() {
        job.cancel();
    }

    /** The bar is shown: the offer, a re-read running, or its result. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    /** 0 to 1, or -1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Clears a finished re-read's result line. */
    public void dismiss() {
        if (!job.runningProperty().get()) {
            text.set("");
        }
    }
}
