package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bantin.data.CollectionRepository;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleCollection;

public final class SqliteCollectionRepository implements CollectionRepository {
    private static final String WITH_COUNTS = "SELECT c.id, c.name, (SELECT count(*) FROM collection_articles ca"
            + " WHERE ca.collection_id = c.id) FROM collections c";

    private final Database db;

    public SqliteCollectionRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ArticleCollection> collections() {
        return db.read(c -> list(c, WITH_COUNTS + " ORDER BY c.name_key", null));
    }

    @Override
    public Optional<ArticleCollection> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(checked(name));
        return db.read(c -> list(c, WITH_COUNTS + " WHERE c.name_key = ?", key)).stream().findFirst();
    }

    @Override
    public ArticleCollection create(String name) {
        String clean = checked(name);
        return db.inTransaction(c -> {
            List<ArticleCollection> found = list(c, WITH_COUNTS + " WHERE c.name_key = ?", key(clean));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO collections(name, name_key, created_at) VALUES (?, ?, ?) RETURNING id")) {
                ps.setString(1, clean);
                ps.setString(2, key(clean));
                ps.setString(3, Instant.now().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ArticleCollection(rs.getLong(1), clean, 0);
                }
            }
        });
    }

    @Override
    public void rename(long id, String name) {
        String clean = checked(name);
        db.inTransaction(c -> {
            try (PreparedStatement other = c.prepareStatement("SELECT 1 FROM collections WHERE name_key = ? AND id <> ?")) {
                other.setString(1, key(clean));
                other.setLong(2, id);
                try (ResultSet rs = other.executeQuery()) {
                    if (rs.next()) {
                        throw new StoreException(t("collection.taken", clean));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE collections SET name = ?, name_key = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setString(2, key(clean));
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException(t("collection.none", String.valueOf(id)));
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM collections WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int add(long collectionId, Collection<Long> articleKeys) {
        return db.inTransaction(c -> {
            exists(c, collectionId);
            String now = Instant.now().toString();
            int added = 0;
            try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO collection_articles(collection_id, article_id, added_at)"
                         + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (long key : articleKeys) {
                    known.setLong(1, key);
                    try (ResultSet rs = known.executeQuery()) {
                        if (!rs.next()) { // the whole call is refused: a typo in a list of ids adds none of them
                            throw new StoreException(t("collection.noArticle", String.valueOf(key)));
                        }
                    }
                    ps.setLong(1, collectionId);
                    ps.setLong(2, key);
                    ps.setString(3, now);
                    added += ps.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public int remove(long collectionId, Collection<Long> articleKeys) {
        return db.inTransaction(c -> {
            exists(c, collectionId);
            int removed = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?")) {
                for (long key : articleKeys) {
                    ps.setLong(1, collectionId);
                    ps.setLong(2, key);
                    removed += ps.executeUpdate();
                }
            }
            return removed;
        });
    }

    @Override
    public List<ArticleCollection> of(long articleKey) {
        return db.read(c -> {
            List<ArticleCollection> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(WITH_COUNTS
                    + " WHERE c.id IN (SELECT collection_id FROM collection_articles WHERE article_id = ?) ORDER BY c.name_key")) {
                ps.setLong(1, articleKey);
                read(ps, out);
            }
            return out;
        });
    }

    private static List<ArticleCollection> list(Connection c, String sql, String arg) throws SQLException {
        List<ArticleCollection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            read(ps, out);
        }
        return out;
    }

    private static void read(PreparedStatement ps, List<ArticleCollection> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleCollection(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
    }

    private static void exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM collections WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(t("collection.none", String.valueOf(id)));
                }
            }
        }
    }

    /** The name as it will be shown: spaces at the ends and runs of them inside go; empty or too long is refused. */
    static String checked(String name) {
        String clean = name == null ? "" : java.text.Normalizer.normalize(name.strip().replaceAll("\\s+", " "),
                java.text.Normalizer.Form.NFC);
        if (clean.isEmpty()) {
            throw new StoreException(t("collection.emptyName"));
        }
        if (clean.codePointCount(0, clean.length()) > ArticleCollection.MAX_NAME) {
            throw new StoreException(t("collection.longName", ArticleCollection.MAX_NAME));
        }
        return clean;
    }

    /** What makes two names one collection: the checked name in lower case. */
    private static String key(String checked) {
        return checked.toLowerCase(Locale.ROOT);
    }
}
