package vn.bantin.ui.reread;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.bantin.ingest.ImportService;
import vn.bantin.ui.Fx;
import vn.bantin.ui.TaskRunner;

/**
 * The offer, made once after an upgrade whose parsers read pages better, to read the stored articles again from
 * the pages they were imported from; and that re-read, in the background, with progress and Stop.
 */
public final class RereadViewModel {
    private final vn.bantin.ingest.Library library;
    private final TaskRunner runner;
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty text = new SimpleStringProperty("");
    private Runnable onChange = () -> { };
    private volatile AtomicBoolean cancel;

    public RereadViewModel(vn.bantin.ingest.Library library, TaskRunner runner) {
        this.library = library;
        this.runner = runner;
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
                text.set("This version of Bantin reads saved pages better: headlines, dates and article text."
                        + " Read your articles again from the pages you imported? What you have read and"
                        + " bookmarked, and your story corrections, stay as they are.");
            }
        }, e -> offered.set(false));
    }

    public void start() {
        if (running.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        offered.set(false);
        running.set(true);
        progress.set(-1);
        text.set("Reading articles again…");
        ImportService.Progress p = new ImportService.Progress() {
            @Override
            public void update(int done, int total, String current) {
                Fx.post(() -> {
                    if (total > 0) {
                        progress.set(Math.min(1, done / (double) total));
                        text.set("Reading articles again: " + done + " of " + total);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        runner.run(() -> library.retag(p), n -> {
            running.set(false);
            text.set(stop.get() ? "Stopped after " + n + " articles; File › Read articles again finishes it"
                    : "Read " + n + " articles again");
            onChange.run();
        }, e -> {
            running.set(false);
            text.set("Reading again failed: " + e.getMessage());
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
        AtomicBoolean c = cancel;
        if (c != null) {
            c.set(true);
        }
    }

    /** The bar is shown: the offer, a re-read running, or its result. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0 to 1, or -1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Clears a finished re-read's result line. */
    public void dismiss() {
        if (!running.get()) {
            text.set("");
        }
    }
}
