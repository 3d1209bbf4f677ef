package vn.bantin.data.sqlite;

import java.sql.PreparedStatement;
import java.util.List;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.ProvinceRepository;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

/**
 * Provinces come from the gazetteer that ships with the app; the tables mirror it so that tags are checked
 * by foreign keys. Opening writes the shipped gazetteer over the tables, so a corrected name reaches old files.
 */
public final class SqliteProvinceRepository implements ProvinceRepository {
    private final Gazetteer gazetteer;

    public SqliteProvinceRepository(Database db, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
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
            return null;
        });
    }

    @Override
    public List<Province> provinces() {
        return List.copyOf(gazetteer.provinces());
    }

    @Override
    public List<Unit2025> units() {
        return List.copyOf(gazetteer.units());
    }
}
