package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows deleting some articles takes away, read just before, so that Undo puts back exactly what was there:
 * the articles with their texts, read and bookmark state, provinces and the reader's corrections, story rows (and
 * which version led each story), feed entries' links, pictures, and the reader's collections, notes and
 * highlights. Pictures stay in the file while the deletion can be undone; {@link #forget} drops those no article
 * uses once it cannot.
 */
final class DeletedRows {
    /** Every table holding an article's rows, parents first; all but the first name it by article_id. */
    private static final List<String> TABLES = List.of("articles", "article_texts", "article_status", "article_provinces",
            "province_corrections", "article_stories", "story_keys", "article_images", "collection_articles", "notes",
            "highlights");

    private record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    private final List<Long> keys;
    private final List<Rows> tables = new ArrayList<>();
    /** Which of the stories' remaining versions led them, as deleting may hand the lead to another. */
    private final Map<Long, Integer> leadsLeft = new LinkedHashMap<>();
    /** (feed, guid, article) of the entries the articles came from: the delete empties their article link. */
    private final List<Object[]> feedLinks = new ArrayList<>();
    private final Set<Long> images = new LinkedHashSet<>();

    private DeletedRows(Collection<Long> keys) {
        this.keys = List.copyOf(keys);
    }

    int size() {
        return keys.size();
    }

    static DeletedRows take(Connection c, Collection<Long> keys) throws SQLException {
        DeletedRows d = new DeletedRows(keys);
        String json = keys.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        for (String table : TABLES) {
            String column = table.equals("articles") ? "id" : "article_id";
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM " + table + " WHERE " + column + " IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, json);
                d.tables.add(read(table, ps));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.article_id, o.lead FROM article_stories o
                WHERE o.story_id IN (SELECT story_id FROM article_stories WHERE article_id IN (SELECT value FROM json_each(?1)))
                  AND o.article_id NOT IN (SELECT value FROM json_each(?1))""")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    d.leadsLeft.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT feed_id, guid, article_id FROM feed_items WHERE article_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    d.feedLinks.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT image_id FROM article_images WHERE article_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    d.images.add(rs.getLong(1));
                }
            }
        }
        return d;
    }

    private static Rows read(String table, PreparedStatement ps) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                values.add(row);
            }
        }
        return new Rows(table, columns, values);
    }

    /**
     * Puts the rows back; an article stored again since (the same page imported anew) is left as it now is.
     * Returns the keys put back, whose search rows the caller writes.
     */
    List<Long> restore(Connection c) throws SQLException {
        Set<Long> back = new LinkedHashSet<>();
        Rows articles = tables.get(0);
        int idColumn = articles.columns().indexOf("id");
        int uidColumn = articles.columns().indexOf("uid");
        try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM articles WHERE id = ? OR uid = ?")) {
            for (Object[] row : articles.values()) {
                taken.setObject(1, row[idColumn]);
                taken.setObject(2, row[uidColumn]);
                try (ResultSet rs = taken.executeQuery()) {
                    if (!rs.next()) {
                        back.add(((Number) row[idColumn]).longValue());
                    }
                }
            }
        }
        for (Rows t : tables) {
            int key = t.columns().indexOf(t.table().equals("articles") ? "id" : "article_id");
            String sql = "INSERT INTO " + t.table() + "(" + String.join(", ", t.columns()) + ") VALUES ("
                    + ListQueries.marks(t.columns().size()) + ")";
            if (t.table().equals("collection_articles")) { // a collection deleted since takes its places with it
                sql = "INSERT INTO collection_articles(" + String.join(", ", t.columns()) + ") SELECT "
                        + ListQueries.marks(t.columns().size()) + " WHERE EXISTS (SELECT 1 FROM collections WHERE id = ?)";
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : t.values()) {
                    if (!back.contains(((Number) row[key]).longValue())) {
                        continue;
                    }
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    if (t.table().equals("collection_articles")) {
                        ps.setObject(row.length + 1, row[t.columns().indexOf("collection_id")]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article_stories SET lead = ? WHERE article_id = ?")) {
            for (Map.Entry<Long, Integer> e : leadsLeft.entrySet()) {
                ps.setInt(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE feed_items SET article_id = ? WHERE feed_id = ? AND guid = ? AND article_id IS NULL")) {
            for (Object[] link : feedLinks) {
                if (back.contains((Long) link[2])) {
                    ps.setLong(1, (Long) link[2]);
                    ps.setLong(2, (Long) link[0]);
                    ps.setString(3, (String) link[1]);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return List.copyOf(back);
    }

    /** The deletion is final: its pictures that no article shows any more go. */
    void forget(Connection c) throws SQLException {
        if (images.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM images WHERE id IN (" + images.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") AND id NOT IN (SELECT image_id FROM article_images)");
        }
    }
}
