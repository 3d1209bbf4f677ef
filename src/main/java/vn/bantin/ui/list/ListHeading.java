package vn.bantin.ui.list;

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
            case ALL -> "All articles";
            case UNREAD -> "Unread";
            case BOOKMARKS -> "Bookmarks";
        });
        if (feed != null) {
            sb.append(" · ").append(feed);
        }
        if (places != null && !places.isEmpty()) {
            sb.append(" · ").append(places);
        }
        if (text != null) {
            sb.append(" · “").append(text).append("”");
        }
        if (when != null) {
            sb.append(" · ").append(when);
        }
        if (total >= 0) {
            String unit = grouped ? " stor" + (total == 1 ? "y" : "ies") : (total == 1 ? " article" : " articles");
            sb.append(" · ").append(total).append(unit);
        }
        return sb.toString();
    }

    /** What an empty list says: why it is empty, and what would fill it. */
    public static String empty(Special special, String places, String text, String when) {
        boolean somewhere = places != null && !places.isEmpty();
        if (when != null) {
            return "Nothing" + (somewhere ? " for " + places : "") + " on " + when
                    + ". Choose more days under the map, or All to see every day.";
        }
        if (text != null) {
            return "Nothing matches “" + text + "”" + (somewhere ? " in " + places : "")
                    + ". Try fewer words, or press Esc to clear the search.";
        }
        if (special == Special.BOOKMARKS) {
            return "No bookmarks" + (somewhere ? " for " + places : "") + " yet — press B on an article to keep it here.";
        }
        if (special == Special.UNREAD) {
            return "Nothing unread" + (somewhere ? " for " + places : "") + ". You are up to date.";
        }
        if (somewhere) {
            return "No articles for " + places + " yet — import saved pages (File › Import) or add a feed.";
        }
        return "No articles yet — import saved pages with File › Import, or drop files on this window.";
    }
}
