package vn.bantin.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.bantin.domain.ArticleQuery;

/** Mark all as read, for the list as it is (its view, provinces, feed and search), and its Undo in the status bar. */
public final class MarkAllRead {
    private final Services services;
    private final Supplier<ArticleQuery> query;
    private final Runnable refresh;
    private final Consumer<String> report;
    private final StringProperty notice = new SimpleStringProperty("");
    private volatile List<Long> undoable = List.of();

    MarkAllRead(Services services, Supplier<ArticleQuery> query, Runnable refresh, Consumer<String> report) {
        this.services = services;
        this.query = query;
        this.refresh = refresh;
        this.report = report;
    }

    public void run() {
        ArticleQuery q = query.get();
        services.runner().run(() -> services.reading().markAllRead(q), keys -> {
            undoable = keys;
            notice.set(String.format(Locale.ENGLISH, "Marked %,d %s read", keys.size(), keys.size() == 1 ? "article" : "articles"));
            refresh.run();
        }, e -> report.accept("Could not mark the articles read: " + e.getMessage()));
    }

    /** Sets unread again exactly what the last run marked read. */
    public void undo() {
        List<Long> keys = undoable;
        undoable = List.of();
        notice.set("");
        if (!keys.isEmpty()) {
            services.runner().run(() -> {
                services.reading().markUnread(keys);
                return keys.size();
            }, n -> refresh.run(), e -> report.accept("Could not undo: " + e.getMessage()));
        }
    }

    /** What the last run did ("Marked 12 articles read"), while it can be undone; else empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
