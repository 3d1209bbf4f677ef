package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.function.Consumer;
import vn.bantin.domain.Article;
import vn.bantin.ui.detail.ArticleDetailViewModel;

/** The reader's word on stories: this article is another event (split), or the same as the one read before (merge). */
final class StoryCorrections {
    private final Services services;
    private final ArticleDetailViewModel detail;
    private final Runnable refresh;
    private final Consumer<String> report;
    private long previousOpen = -1;
    private long currentOpen = -1;

    StoryCorrections(Services services, ArticleDetailViewModel detail, Runnable refresh, Consumer<String> report) {
        this.services = services;
        this.detail = detail;
        this.refresh = refresh;
        this.report = report;
    }

    /** An article was opened from the list: the one open before it is what a merge joins it to. */
    void opened(long key) {
        if (key != currentOpen) {
            previousOpen = currentOpen;
            currentOpen = key;
        }
    }

    void splitOpenArticle() {
        Article a = detail.articleProperty().get();
        if (a != null) {
            correct(a.key(), () -> services.reading().split(a.key()), t("story.splitError"));
        }
    }

    void mergeWithPrevious() {
        Article a = detail.articleProperty().get();
        long previous = previousOpen;
        if (a != null && previous >= 0 && previous != a.key()) {
            correct(a.key(), () -> services.reading().merge(previous, a.key()), t("story.mergeError"));
        }
    }

    private void correct(long key, Runnable change, String failure) {
        services.runner().run(() -> {
            change.run();
            return services.reading().article(key).orElse(null);
        }, fresh -> {
            detail.articleProperty().set(fresh);
            refresh.run();
        }, e -> report.accept(failure + e.getMessage()));
    }
}
