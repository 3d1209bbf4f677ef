package vn.bantin.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The last thing done that can be undone ("Deleted 3 articles", "Marked 40 articles read"), shown with its Undo
 * in the status bar. One at a time, as in a mail reader: a new one ends the chance to undo the one before.
 */
public final class UndoSlot {
    private final StringProperty notice = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty undoable = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable undo;
    private Runnable expire;

    /** {@code expire} runs once the action can no longer be undone (another took its place, or the window closed). */
    public void offer(String text, Runnable undo, Runnable expire) {
        Runnable before = this.expire;
        this.undo = undo;
        this.expire = expire;
        notice.set(text);
        undoable.set(undo != null);
        if (before != null) {
            before.run();
        }
    }

    public void undo() {
        Runnable u = undo;
        undo = null;
        expire = null;
        notice.set("");
        undoable.set(false);
        if (u != null) {
            u.run();
        }
    }

    /** The chance to undo ends now. */
    public void close() {
        Runnable e = expire;
        undo = null;
        expire = null;
        notice.set("");
        undoable.set(false);
        if (e != null) {
            e.run();
        }
    }

    /** Whether the notice has an Undo (a notice may only tell: "No sample articles left to remove"). */
    public javafx.beans.property.ReadOnlyBooleanProperty undoableProperty() {
        return undoable;
    }

    /** What can be undone, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
