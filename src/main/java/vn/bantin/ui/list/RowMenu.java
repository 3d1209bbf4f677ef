package vn.bantin.ui.list;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import vn.bantin.domain.ArticleSummary;

/** The list's context menu: what can be done with the row under the pointer, named for its state. */
public final class RowMenu {
    /** The window's commands on the selected row. */
    public record Actions(java.util.function.Supplier<ArticleSummary> selected, Runnable openOriginal,
                          java.util.function.Consumer<Boolean> setRead,
                          Runnable toggleBookmark, Runnable mergeWithPrevious, Runnable split, Runnable delete,
                          Runnable open) {
    }

    private RowMenu() {
    }

    public static ContextMenu of(Actions actions, java.util.function.BooleanSupplier grouped) {
        MenuItem open = item("row-open", "Open in the reading view", actions.open());
        MenuItem original = item("row-open-original", "Open original in the browser", actions.openOriginal());
        MenuItem copyLink = item("row-copy-link", "Copy link", () -> copy(actions.selected().get().url()));
        MenuItem copyMarkdown = item("row-copy-markdown", "Copy as Markdown", () -> copy(markdown(actions.selected().get())));
        // what the item says when the menu opens is what it does, though opening the row reads it meanwhile
        boolean[] markRead = {true};
        MenuItem read = item("row-read", "Mark as read", () -> actions.setRead().accept(markRead[0]));
        MenuItem bookmark = item("row-bookmark", "Bookmark", actions.toggleBookmark());
        MenuItem merge = item("merge-previous", "Same story as the article read before", actions.mergeWithPrevious());
        MenuItem split = item("row-split", "Not the same story (take it out)", actions.split());
        MenuItem delete = item("row-delete", "Delete", actions.delete());
        delete.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DELETE));
        ContextMenu menu = new ContextMenu(open, original, copyLink, copyMarkdown, new SeparatorMenuItem(), read, bookmark,
                new SeparatorMenuItem(), merge, split, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            ArticleSummary a = actions.selected().get();
            boolean has = a != null;
            boolean web = has && a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"));
            open.setDisable(!has);
            original.setDisable(!web);
            copyLink.setDisable(!web);
            copyMarkdown.setDisable(!has);
            read.setDisable(!has);
            bookmark.setDisable(!has);
            merge.setDisable(!has);
            split.setDisable(!has || a.otherSources().isEmpty());
            delete.setDisable(!has);
            // a row of a story stands for all its versions, and deleting it deletes them all
            delete.setText(has && grouped.getAsBoolean() && !a.otherSources().isEmpty()
                    ? "Delete the story (" + (a.otherSources().size() + 1) + " articles)" : "Delete");
            markRead[0] = !(has && a.read());
            read.setText(markRead[0] ? "Mark as read" : "Mark as unread");
            bookmark.setText(has && a.bookmarked() ? "Remove bookmark" : "Bookmark");
        });
        return menu;
    }

    /** "[Title](https://…) — Outlet, 2 Dec 2026": a row to paste into notes. */
    public static String markdown(ArticleSummary a) {
        String title = a.title().replace("[", "\\[").replace("]", "\\]");
        String when = a.published() == null ? ""
                : ", " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(a.published().atZoneSameInstant(ZoneId.systemDefault()));
        return (a.url() == null ? title : "[" + title + "](" + a.url() + ")") + " — " + a.sourceName() + when;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
