package vn.bantin.ui;

import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.ui.provinces.SavedChoice;

/**
 * What the list showed when the window was last closed, as the settings keep it: the sidebar's choice, one row per
 * story or per article, newest or oldest first. The start reads its first page before the window is built, and the
 * window then begins from the same.
 */
public record SavedView(SavedChoice choice, boolean grouped, boolean oldestFirst) {
    public static SavedView of(Settings settings, Gazetteer gazetteer) {
        return new SavedView(SavedChoice.of(settings.text("provinces.mode", ""), settings.text("sidebar.special", "ALL"),
                settings.text("sidebar.selected", ""), gazetteer), grouped(settings), oldestFirst(settings));
    }

    /** View › One row per story: on unless turned off. */
    static boolean grouped(Settings settings) {
        return !"false".equals(settings.text("stories.grouped", "true"));
    }

    /** View › Oldest first: off unless turned on. */
    static boolean oldestFirst(Settings settings) {
        return "true".equals(settings.text("list.oldestFirst", "false"));
    }

    /** The list's query at the start: no search, no feed or collection, every day. */
    public ArticleQuery query(Gazetteer gazetteer) {
        return choice.special().query(choice.provinceIds(gazetteer), null, null, null, grouped, null, oldestFirst, null);
    }
}
