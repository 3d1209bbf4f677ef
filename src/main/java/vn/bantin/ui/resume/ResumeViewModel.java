package vn.bantin.ui.resume;

import static vn.bantin.i18n.Texts.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.bantin.ingest.Library;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.ui.TaskRunner;

/**
 * The notice, at start, of an import or sync that a crash, a kill or a power cut stopped: how far it got, and the
 * choice to do the rest or forget it.
 */
public final class ResumeViewModel {
    private final Library journal;
    private final TaskRunner runner;
    private final ObjectProperty<InterruptedWork> work = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private Consumer<InterruptedWork> onResume = w -> { };
    private ZoneId zone = ZoneId.systemDefault();

    public ResumeViewModel(Library journal, TaskRunner runner) {
        this.journal = journal;
        this.runner = runner;
    }

    /** Who does the rest: the window's import or its feeds' sync, with their progress and Cancel. */
    public void setOnResume(Consumer<InterruptedWork> r) {
        onResume = r;
    }

    /** The zone the start time is told in (tests fix it). */
    public void setZone(ZoneId z) {
        zone = z;
    }

    /** Looks, off the FX thread, for work a crash cut short. */
    public void check() {
        runner.run(journal::interrupted, found -> show(found.orElse(null)), e -> show(null));
    }

    private void show(InterruptedWork w) {
        work.set(w);
        if (w == null) {
            text.set("");
            action.set("");
            return;
        }
        int left = w.remaining().size();
        boolean importing = w.kind() == InterruptedWork.Kind.IMPORT;
        String began = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(vn.bantin.i18n.Texts.locale()).format(w.started().atZone(zone));
        text.set(t(importing ? "resume.import" : "resume.sync", w.done(), w.total(), began, left));
        action.set(t(importing ? "resume.import.action" : "resume.sync.action"));
    }

    public void resume() {
        InterruptedWork w = work.get();
        if (w != null) {
            show(null);
            onResume.accept(w);
        }
    }

    /** Forgets the interrupted work: it is not told again. */
    public void dismiss() {
        InterruptedWork w = work.get();
        if (w == null) {
            return;
        }
        show(null);
        runner.run(() -> {
            journal.dismiss(w);
            return null;
        }, v -> { }, e -> { });
    }

    /** The work told, or null when there is none (the bar is hidden). */
    public ReadOnlyObjectProperty<InterruptedWork> workProperty() {
        return work;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** "Import the rest" or "Sync the rest". */
    public ReadOnlyStringProperty actionProperty() {
        return action;
    }
}
