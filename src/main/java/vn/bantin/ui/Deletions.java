package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.Locale;
import java.util.function.Consumer;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.DeletedArticles;
import vn.bantin.ui.list.ArticleListViewModel;

/**
 * Deleting from the window: the selected row (the whole story when the list shows stories, since the row stands for
 * it) or the sample articles, each with its Undo in the status bar. The selection moves to the row that took the
 * deleted one's place, as in a mail reader.
 */
public final class Deletions {
    private final Services services;
    private final ArticleListViewModel list;
    private final UndoSlot undo;
    private final Consumer<Runnable> refreshThen;
    private final Consumer<String> report;

    Deletions(Services services, ArticleListViewModel list, UndoSlot undo, Consumer<Runnable> refreshThen, Consumer<String> report) {
        this.services = services;
        this.list = list;
        this.undo = undo;
        this.refreshThen = refreshThen;
        this.report = report;
    }

    /** Deletes the selected row; nothing when no row is selected. */
    public void deleteSelected() {
        ArticleSummary row = list.selected();
        if (row == null) {
            return;
        }
        int at = list.selectedIndexProperty().get();
        boolean story = list.queryProperty().get().groupsStories() && !row.otherSources().isEmpty();
        services.runner().run(() -> services.reading().delete(row.key(), story), d -> {
            offer(d, d.count() == 1 ? t("delete.one", shorten(row.title())) : t("delete.story", d.count()));
            refreshThen.accept(() -> {
                if (list.selectedIndexProperty().get() < 0 && !list.items().isEmpty()) {
                    list.select(Math.min(at, list.items().size() - 1));
                }
            });
        }, e -> report.accept(t("delete.error", row.title(), e.getMessage())));
    }

    /** Deletes the sample articles a new file came with (not the reader's own, nor bookmarked ones). */
    public void removeSamples() {
        services.runner().run(() -> services.library().removeSamples(), d -> {
            if (d.count() == 0) {
                undo.offer(t("samples.none"), null, null); // told, with nothing to undo
            } else {
                offer(d, t("samples.removed", d.count()));
            }
            refreshThen.accept(null);
        }, e -> report.accept(t("samples.error", e.getMessage())));
    }

    private void offer(DeletedArticles d, String text) {
        undo.offer(text, () -> services.runner().run(() -> services.reading().undelete(d), n -> refreshThen.accept(null),
                        e -> report.accept(t("delete.undoError", e.getMessage()))),
                () -> services.runner().run(() -> {
                    services.reading().forget(d);
                    return null;
                }, x -> { }, e -> report.accept(t("delete.finishError", e.getMessage()))));
    }

    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 59).strip() + "…";
    }
}
