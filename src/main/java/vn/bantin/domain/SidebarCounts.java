package vn.bantin.domain;

import java.util.Map;

/**
 * Every number the sidebar shows for one selection, each the length of the list a click on that entry would show:
 * All articles, Unread and Bookmarks (of every feed), each province and each 2025 unit (in place of the chosen
 * ones), each feed (in place of the chosen one) and each collection (in place of the chosen one); the search, the
 * other choices and the grouping into stories are kept in all of them.
 */
public record SidebarCounts(long all, long unread, long bookmarks, Map<String, Long> provinces, Map<String, Long> units,
                            Map<Long, Long> feeds, Map<Long, Long> collections) {
    public SidebarCounts {
        provinces = Map.copyOf(provinces);
        units = Map.copyOf(units);
        feeds = Map.copyOf(feeds);
        collections = Map.copyOf(collections);
    }

    /** The same numbers with the provinces' and units' of {@code places}. */
    public SidebarCounts withPlacesOf(SidebarCounts places) {
        return new SidebarCounts(all, unread, bookmarks, places.provinces, places.units, feeds, collections);
    }

    /** The query a click on All articles, Unread or Bookmarks shows, from the one shown now. */
    public static ArticleQuery special(ArticleQuery shown, boolean unreadOnly, boolean bookmarkedOnly) {
        return shown.withFeed(null).withCollection(null).withUnreadOnly(unreadOnly).withBookmarkedOnly(bookmarkedOnly);
    }
}
