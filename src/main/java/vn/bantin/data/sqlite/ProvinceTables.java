package vn.bantin.data.sqlite;

import java.sql.PreparedStatement;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

/**
 * Provinces come from the gazetteer that ships with the app (read through {@link Gazetteer}, the one door); the
 * tables only mirror it so that tags are checked
 * by foreign keys. Opening writes the shipped gazetteer over the tables when they differ, so a corrected name
 * reaches old files.
 */
public final class ProvinceTables {
    private ProvinceTables() {
    }

    /** Writes the gazetteer over the file's province tables, if they differ. */
    public static void mirror(Database db, Gazetteer gazetteer) {
        // written only when they differ, so that opening a file to read it never waits for another program's write
        if (db.read(c -> mirrored(c).equals(shipped(gazetteer)))) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("""
                    INSERT INTO units_2025(id, name_vi, name_en, type, region, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en,
                      type = excluded.type, region = excluded.region, lat = excluded.lat, lon = excluded.lon""");
                 PreparedStatement p = c.prepareStatement("""
                    INSERT INTO provinces(id, name_vi, name_en, type, region, unit_2025, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en,
                      type = excluded.type, region = excluded.region, unit_2025 = excluded.unit_2025,
                      lat = excluded.lat, lon = excluded.lon""")) {
                for (Unit2025 x : gazetteer.units()) {
                    u.setString(1, x.id());
                    u.setString(2, x.nameVi());
                    u.setString(3, x.nameEn());
                    u.setString(4, x.type());
                    u.setString(5, x.region());
                    u.setDouble(6, x.lat());
                    u.setDouble(7, x.lon());
                    u.addBatch();
                }
                u.executeBatch();
                for (Province x : gazetteer.provinces()) {
                    p.setString(1, x.id());
                    p.setString(2, x.nameVi());
                    p.setString(3, x.nameEn());
                    p.setString(4, x.type());
                    p.setString(5, x.region());
                    p.setString(6, x.unit2025());
                    p.setDouble(7, x.lat());
                    p.setDouble(8, x.lon());
                    p.addBatch();
                }
                p.executeBatch();
            }
            if (Database.userVersion(c) >= 7) {
                try (java.sql.Statement st = c.createStatement()) {
                    for (String sql : KeptCounts.RECOUNT_UNITS) {
                        st.execute(sql); // a province may have moved to another unit
                    }
                    if (Database.userVersion(c) >= 11) {
                        for (String sql : KeptDays.RECOUNT_UNITS) {
                            st.execute(sql);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The rows as the tables hold them, one line each, in a fixed order. */
    private static java.util.Set<String> mirrored(java.sql.Connection c) throws java.sql.SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet u = st.executeQuery("SELECT id, name_vi, name_en, type, region, lat, lon FROM units_2025")) {
            while (u.next()) {
                out.add(line("u", u.getString(1), u.getString(2), u.getString(3), u.getString(4), u.getString(5), null,
                        u.getDouble(6), u.getDouble(7)));
            }
        }
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet p = st.executeQuery(
                "SELECT id, name_vi, name_en, type, region, unit_2025, lat, lon FROM provinces")) {
            while (p.next()) {
                out.add(line("p", p.getString(1), p.getString(2), p.getString(3), p.getString(4), p.getString(5),
                        p.getString(6), p.getDouble(7), p.getDouble(8)));
            }
        }
        return out;
    }

    private static java.util.Set<String> shipped(Gazetteer g) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Unit2025 x : g.units()) {
            out.add(line("u", x.id(), x.nameVi(), x.nameEn(), x.type(), x.region(), null, x.lat(), x.lon()));
        }
        for (Province x : g.provinces()) {
            out.add(line("p", x.id(), x.nameVi(), x.nameEn(), x.type(), x.region(), x.unit2025(), x.lat(), x.lon()));
        }
        return out;
    }

    private static String line(String kind, String id, String vi, String en, String type, String region, String unit,
                               double lat, double lon) {
        return String.join("\t", kind, id, vi, en, type, region, String.valueOf(unit), Double.toString(lat), Double.toString(lon));
    }
}
