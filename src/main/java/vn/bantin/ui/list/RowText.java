package vn.bantin.ui.list;

import static vn.bantin.i18n.Texts.t;

import java.time.ZoneId;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.i18n.Texts;

/** A row's second line: the outlet, the others that carry the story, the date, when it was saved. */
final class RowText {
    private RowText() {
    }

    static String meta(ArticleSummary a, boolean sample) {
        // an article that gives no date sorts by when it reached Bantin, and says so
        String when = a.published() == null
                ? t("list.added", Texts.date(java.time.Instant.ofEpochSecond(a.sortTs()).atZone(ZoneId.systemDefault()).toLocalDate()))
                : Texts.dateTime(a.published().toInstant());
        String saved = a.bookmarked() && a.bookmarkedAt() != null ? " · " + t("list.saved", Texts.dateTime(a.bookmarkedAt())) : "";
        String others = a.otherSources().isEmpty() ? "" : " · " + a.othersNote();
        return a.sourceName() + others + " · " + when + saved + (sample ? " · " + t("list.sample") : "");
    }
}
