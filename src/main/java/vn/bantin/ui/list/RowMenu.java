package vn.bantin.ui.list;

import static vn.bantin.i18n.Texts.t;

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
                          Runnable open, Runnable addToCollection, java.util.function.Supplier<String> shownCollection,
                          Runnable takeOutOfCollection, java.util.function.Supplier<vn.bantin.domain.Article> reading) {
    }

    private RowMenu() {
    }

    public static ContextMenu of(Actions actions, java.util.function.BooleanSupplier grouped) {
        MenuItem open = item("row-open", t("row.open"), actions.open());
        MenuItem original = item("row-open-original", t("row.original"), actions.openOriginal());
        MenuItem copyLink = item("row-copy-link", t("browser.copyLink"), () -> copy(actions.selected().get().url()));
        MenuItem copyMarkdown = item("row-copy-markdown", t("row.markdown"), () -> copy(markdown(actions.selected().get())));
        // the article as the reading view holds it (its writer is not in the row): the row right-clicked is the one open
        MenuItem chicago = item("row-cite-chicago", "Chicago", () -> copy(vn.bantin.service.export.Citation.chicago(
                actions.reading().get(), java.time.LocalDate.now())));
        MenuItem apa = item("row-cite-apa", "APA", () -> copy(vn.bantin.service.export.Citation.apa(
                actions.reading().get(), java.time.LocalDate.now())));
        javafx.scene.control.Menu cite = new javafx.scene.control.Menu(t("row.cite"), null, chicago, apa);
        cite.setId("row-cite");
        // what the item says when the menu opens is what it does, though opening the row reads it meanwhile
        boolean[] markRead = {true};
        MenuItem read = item("row-read", t("row.read"), () -> actions.setRead().accept(markRead[0]));
        MenuItem bookmark = item("row-bookmark", t("row.bookmark"), actions.toggleBookmark());
        MenuItem collect = item("row-collect", t("row.collect"), actions.addToCollection());
        collect.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.C));
        MenuItem takeOut = item("row-take-out", t("row.takeOut", ""), actions.takeOutOfCollection());
        MenuItem merge = item("merge-previous", t("row.merge"), actions.mergeWithPrevious());
        MenuItem split = item("row-split", t("row.split"), actions.split());
        MenuItem delete = item("row-delete", t("row.delete"), actions.delete());
        delete.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DELETE));
        ContextMenu menu = new ContextMenu(open, original, copyLink, copyMarkdown, cite, new SeparatorMenuItem(), read, bookmark,
                collect, takeOut, new SeparatorMenuItem(), merge, split, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            ArticleSummary a = actions.selected().get();
            boolean has = a != null;
            boolean web = has && a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"));
            open.setDisable(!has);
            original.setDisable(!web);
            copyLink.setDisable(!web);
            copyMarkdown.setDisable(!has);
            vn.bantin.domain.Article reading = actions.reading().get();
            cite.setDisable(!has || reading == null || reading.key() != a.key());
            read.setDisable(!has);
            bookmark.setDisable(!has);
            collect.setDisable(!has);
            String shown = actions.shownCollection().get();
            takeOut.setVisible(shown != null);
            takeOut.setDisable(!has);
            takeOut.setText(t("row.takeOut", shown == null ? "" : shown));
            merge.setDisable(!has);
            split.setDisable(!has || a.otherSources().isEmpty());
            delete.setDisable(!has);
            // a row of a story stands for all its versions, and deleting it deletes them all
            delete.setText(has && grouped.getAsBoolean() && !a.otherSources().isEmpty()
                    ? t("row.deleteStory", a.otherSources().size() + 1) : t("row.delete"));
            markRead[0] = !(has && a.read());
            read.setText(markRead[0] ? t("row.read") : t("row.unread"));
            bookmark.setText(has && a.bookmarked() ? t("row.unbookmark") : t("row.bookmark"));
        });
        return menu;
    }

    /** "[Title](https://…) — Outlet, 2 Dec 2026": a row to paste into notes. */
    public static String markdown(ArticleSummary a) {
        String title = a.title().replace("[", "\\[").replace("]", "\\]");
        String when = a.published() == null ? ""
                : ", " + vn.bantin.i18n.Texts.date(a.published().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
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
