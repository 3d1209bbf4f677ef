package vn.bantin.ui.list;

import static vn.bantin.i18n.Texts.t;

import vn.bantin.ui.provinces.ProvincesViewModel.Special;

/** The words above the list and in its place when it is empty: what is shown, and what to do when it is nothing. */
public final class ListHeading {
    private ListHeading() {
    }

    /**
     * "Unread · VnExpress · Đà Nẵng, Huế · “flood” · 10 – 16 Nov 2024 · 12 stories". {@code feed}, {@code places},
     * {@code text} and {@code when} (the timeline's range) may be null or empty; {@code total} is negative while the
     * count is not known.
     */
    public static String header(Special special, String feed, String places, String text, String when, long total,
                                boolean grouped) {
        StringBuilder sb = new StringBuilder(switch (special) {
            case ALL -> t("sidebar.all");
            case UNREAD -> t("sidebar.unread");
            case BOOKMARKS -> t("sidebar.bookmarks");
        });
        if (feed != null) {
            sb.append(" · ").append(feed);
        }
        if (places != null && !places.isEmpty()) {
            sb.append(" · ").append(places);
        }
        if (text != null) {
            sb.append(" · ").append(t("list.quoted", text));
        }
        if (when != null) {
            sb.append(" · ").append(when);
        }
        if (total >= 0) {
            sb.append(" · ").append(t(grouped ? "list.stories" : "list.articles", total));
        }
        return sb.toString();
    }

    /** What an empty list says: why it is empty, and what would fill it. */
    public static String empty(Special special, String places, String text, String when) {
        boolean somewhere = places != null && !places.isEmpty();
        if (when != null) {
            return somewhere ? t("empty.when.places", places, when) : t("empty.when", when);
        }
        if (text != null) {
            return somewhere ? t("empty.search.places", text, places) : t("empty.search", text);
        }
        if (special == Special.BOOKMARKS) {
            return somewhere ? t("empty.bookmarks.places", places) : t("empty.bookmarks");
        }
        if (special == Special.UNREAD) {
            return somewhere ? t("empty.unread.places", places) : t("empty.unread");
        }
        if (somewhere) {
            return t("empty.all.places", places);
        }
        return t("empty.all");
    }
}
