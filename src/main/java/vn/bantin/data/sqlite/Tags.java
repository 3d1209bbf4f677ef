package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.TagEvidence;

/**
 * An article's province tags: the tagger's, with the words that made each, and the reader's corrections,
 * which are kept apart (province_corrections) so that re-reading an article keeps them.
 */
final class Tags {
    private Tags() {
    }

    /** Writes the province rows and the search row of articles; the search rows when it closes. */
    static final class Writer implements AutoCloseable {
        private final PreparedStatement tag;
        private final PreparedStatement search;
        private final PreparedStatement notes;
        private final SearchWords words;

        Writer(Connection c) throws SQLException {
            words = new SearchWords(c);
            tag = c.prepareStatement("""
                    INSERT INTO article_provinces(article_id, province_id, relation, mentions, sort_ts, evidence, by_reader)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""");
            search = c.prepareStatement("INSERT INTO article_search(rowid, title, lead, body, places) VALUES (?, ?, ?, ?, ?)");
            notes = c.prepareStatement(SearchRows.NOTES);
        }

        void write(long key, long sortTs, List<ProvinceTag> tags) throws SQLException {
            for (ProvinceTag t : tags) {
                tag.setLong(1, key);
                tag.setString(2, t.provinceId());
                tag.setString(3, t.relation().dbName());
                tag.setInt(4, t.mentions());
                tag.setLong(5, sortTs);
                tag.setString(6, t.evidence().isEmpty() ? null : encode(t.evidence()));
                tag.setInt(7, t.byReader() ? 1 : 0);
                tag.addBatch();
            }
            tag.executeBatch();
        }

        void index(long key, ParsedPage p, List<ProvinceTag> tags) throws SQLException {
            index(key, p.title(), p.lead(), String.join("\n", p.body()) + "\n" + String.join("\n", p.captions()), tags);
        }

        void index(long key, String title, String lead, String text, List<ProvinceTag> tags) throws SQLException {
            // the reader's notes are searched with the article's own words: a re-read or a retag keeps them findable
            notes.setLong(1, key);
            String noted = null;
            try (ResultSet rs = notes.executeQuery()) {
                if (rs.next()) {
                    noted = rs.getString(1);
                }
            }
            SearchRows.fill(search, words, key, title, lead, text, noted, placeTokens(tags.stream()
                    .filter(t -> t.relation() == Relation.ABOUT).map(ProvinceTag::provinceId).toList()));
            search.addBatch();
        }

        /**
         * The search rows are written together when the writer closes, after the batch's other rows. FTS5 keeps
         * what it was given in memory until a statement that may roll back part of itself (one with triggers, or an
         * upsert) opens a savepoint: then it writes it out as a segment of its own. Written between those statements,
         * every article made a segment and had them merged: 0.35 ms an article, a third of the import's store.
         */
        private void flushSearch() throws SQLException {
            search.executeBatch(); // nothing when no row was given
        }

        @Override
        public void close() throws SQLException {
            flushSearch();
            words.close();
            tag.close();
            search.close();
            notes.close();
        }
    }

    /** The tagger's tags with the reader's corrections of this article applied: removed ones out, added ones "about". */
    static List<ProvinceTag> corrected(Connection c, long key, List<ProvinceTag> tags) throws SQLException {
        Map<String, Boolean> wishes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT province_id, action FROM province_corrections WHERE article_id = ? ORDER BY corrected_at")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    wishes.put(rs.getString(1), rs.getString(2).equals("add"));
                }
            }
        }
        if (wishes.isEmpty()) {
            return tags;
        }
        List<ProvinceTag> out = new ArrayList<>();
        for (ProvinceTag t : tags) {
            Boolean add = wishes.remove(t.provinceId());
            if (add == null) {
                out.add(t);
            } else if (add) {
                out.add(new ProvinceTag(t.provinceId(), Relation.ABOUT, t.mentions(), t.evidence(), true));
            }
        }
        wishes.forEach((id, add) -> {
            if (add) {
                out.add(new ProvinceTag(id, Relation.ABOUT, 0, List.of(), true));
            }
        });
        return out;
    }

    /**
     * Records the reader's wish for one province of one article and applies it: added, the article is about it;
     * removed, the article has no tag for it. The row is deleted and written again, so the count triggers see it.
     */
    static void correct(Connection c, long key, String provinceId, boolean add, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO province_corrections(article_id, province_id, action, corrected_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(article_id, province_id) DO UPDATE SET action = excluded.action, corrected_at = excluded.corrected_at""")) {
            ps.setLong(1, key);
            ps.setString(2, provinceId);
            ps.setString(3, add ? "add" : "remove");
            ps.setString(4, now.toString());
            ps.executeUpdate();
        }
        ProvinceTag existing = of(c, List.of(key)).getOrDefault(key, List.of()).stream()
                .filter(t -> t.provinceId().equals(provinceId)).findFirst().orElse(null);
        long sortTs;
        String title;
        String lead;
        String text;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.sort_ts, a.title, a.lead, t.body, t.captions"
                + " FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No stored article with key " + key);
                }
                sortTs = rs.getLong(1);
                title = rs.getString(2);
                lead = rs.getString(3);
                text = StoredText.body(c, rs.getObject(4)).replace("\n\n", "\n") + "\n" + rs.getString(5);
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_provinces WHERE article_id = ? AND province_id = ?")) {
            del.setLong(1, key);
            del.setString(2, provinceId);
            del.executeUpdate();
        }
        try (Writer w = new Writer(c); PreparedStatement drop = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?")) {
            if (add) {
                w.write(key, sortTs, List.of(existing == null ? new ProvinceTag(provinceId, Relation.ABOUT, 0, List.of(), true)
                        : new ProvinceTag(provinceId, Relation.ABOUT, existing.mentions(), existing.evidence(), true)));
            }
            drop.setLong(1, key);
            drop.executeUpdate();
            w.index(key, title, lead, text, of(c, List.of(key)).getOrDefault(key, List.of()));
        }
    }

    /** Tags of the given articles, "about" first, then by mentions. */
    static Map<Long, List<ProvinceTag>> of(Connection c, List<Long> keys) throws SQLException {
        Map<Long, List<ProvinceTag>> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, province_id, relation, mentions, evidence, by_reader"
                + " FROM article_provinces WHERE article_id IN (" + marks + ")"
                + " ORDER BY article_id, relation, mentions DESC, province_id")) {
            SqliteArticleRepository.bind(ps, new ArrayList<>(keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ProvinceTag(rs.getString(2),
                            Relation.fromDb(rs.getString(3)), rs.getInt(4), decode(rs.getString(5)), rs.getInt(6) == 1));
                }
            }
        }
        return out;
    }

    /** One line per piece of evidence: how it was read, a tab, the words. */
    static String encode(List<TagEvidence> evidence) {
        StringBuilder sb = new StringBuilder();
        for (TagEvidence e : evidence) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(e.how()).append('\t').append(e.phrase().replace('\n', ' ').replace('\t', ' '));
        }
        return sb.toString();
    }

    static List<TagEvidence> decode(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<TagEvidence> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            int tab = line.indexOf('\t');
            out.add(tab < 0 ? new TagEvidence(line, "") : new TagEvidence(line.substring(tab + 1), line.substring(0, tab)));
        }
        return out;
    }

    /** A province as one word of the search index's places column ("zpvdanang"), so a search can stay within it. */
    static String placeToken(String provinceId) {
        return "zpv" + provinceId.replace("-", "");
    }

    static String placeTokens(List<String> provinceIds) {
        return String.join(" ", provinceIds.stream().map(Tags::placeToken).toList());
    }
}
