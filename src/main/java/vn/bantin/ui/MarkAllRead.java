package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.bantin.domain.ArticleQuery;

/**
 * Mark all as read, or those older than a day, a week, a month, for the list as it is (its view, provinces, feed and
 * search), with its Undo in the status bar.
 */
public final class MarkAllRead {
    private final Services services;
    private final Supplier<ArticleQuery> query;
    private final UndoSlot undo;
    private final Runnable refresh;
    private final Consumer<String> report;

    MarkAllRead(Services services, Supplier<ArticleQuery> query, UndoSlot undo, Runnable refresh, Consumer<String> report) {
        this.services = services;
        this.query = query;
        this.undo = undo;
        this.refresh = refresh;
        this.report = report;
    }

    public void run() {
        mark(query.get(), null);
    }

    /**
     * Marks read what the list holds from before {@code age} ago (by publication time, or by arrival where the
     * article gives none), as the list orders them; {@code said} names the age ("a week").
     */
    public void olderThan(java.time.Duration age, String said) {
        mark(query.get().before(java.time.Instant.now().minus(age)), said);
    }

    private void mark(ArticleQuery q, String which) {
        services.runner().run(() -> services.reading().markAllRead(q), keys -> {
            undo.offer(which == null ? t("markAll.done", keys.size()) : t("markAll.older", keys.size(), which),
                    () -> markUnread(keys), null);
            refresh.run();
        }, e -> report.accept(t("markAll.error", e.getMessage())));
    }

    /** Sets unread again exactly what the run marked read. */
    private void markUnread(List<Long> keys) {
        if (!keys.isEmpty()) {
            services.runner().run(() -> {
                services.reading().markUnread(keys);
                return keys.size();
            }, n -> refresh.run(), e -> report.accept(t("undo.error", e.getMessage())));
        }
    }
}
