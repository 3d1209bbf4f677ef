package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.bantin.data.DatabaseRefusedException;

/**
 * Whose SQLite file this is. Bantin marks its files with an application id in the header, and opens a file
 * only when it is empty, marked as Bantin's, or a Bantin file from before the mark (known by its tables).
 * Anything else is another program's — a browser's history, another reader's cache — and is left untouched.
 */
final class Ownership {
    /** "BANT" in the header's application id field. */
    static final int APPLICATION_ID = 0x42414E54;
    private static final Set<String> BANTIN_TABLES = Set.of("sources", "articles", "article_texts", "article_provinces", "counts");

    private Ownership() {
    }

    /** Refuses the file if another program owns it; reads only, so a refused file is exactly as it was. */
    static void check(Connection c, Path file) throws SQLException {
        int id = applicationId(c);
        if (id == APPLICATION_ID) {
            return;
        }
        if (id != 0) {
            throw new DatabaseRefusedException(file, t("db.othersId", String.format("0x%08X", id)));
        }
        List<String> tables = tables(c);
        if (tables.isEmpty() || tables.containsAll(BANTIN_TABLES)) {
            return; // a new file, or one Bantin wrote before it marked its files
        }
        throw new DatabaseRefusedException(file, t("db.looksLike", whose(tables),
                String.join(", ", tables.subList(0, Math.min(4, tables.size()))) + (tables.size() > 4 ? ", …" : "")));
    }

    /** Marks the file as Bantin's, once it holds Bantin's tables. */
    static void claim(Connection c) throws SQLException {
        if (applicationId(c) != APPLICATION_ID) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
    }

    static int applicationId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A guess at the owner from well-known schemas, for a message a person can act on. */
    private static String whose(List<String> tables) {
        if (tables.contains("moz_places")) {
            return t("db.whose.firefox");
        }
        if (tables.contains("urls") && tables.contains("visits")) {
            return t("db.whose.chromium");
        }
        if (tables.contains("cookies")) {
            return t("db.whose.cookies");
        }
        return t("db.whose.other");
    }
}
