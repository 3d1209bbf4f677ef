package vn.bantin.data.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The copy of a file made before an upgrade of its schema, kept beside it, and putting it back. */
public final class UpgradeCopies {
    private static final System.Logger LOG = System.getLogger(UpgradeCopies.class.getName());

    private UpgradeCopies() {
    }

    /** Where the copy made before upgrading a file from {@code schema} is kept, beside the file. */
    public static Path of(Path file, int schema) {
        return file.resolveSibling(file.getFileName() + ".schema-" + schema + ".bak");
    }

    /** The copies made before upgrades, newest schema first. */
    public static java.util.List<Path> all(Path file) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (int v = Migrations.latestVersion() - 1; v >= 1; v--) {
            Path b = of(file.toAbsolutePath(), v);
            if (Files.isRegularFile(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * SQLite's online backup, taken before a migration so that the file as it was can be restored; an earlier
     * copy from the same schema is kept, it is the one from before any upgrade ran.
     */
    static void take(Connection c, Path to) throws SQLException {
        if (Files.exists(to)) {
            return;
        }
        // the name is bound, never spliced into the statement: "Application Support", quotes, any script
        try (java.sql.PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, to.toString());
            st.execute();
        }
        LOG.log(System.Logger.Level.INFO, "copied the database to " + to + " before upgrading it");
    }

    /**
     * Puts the copy made before an upgrade back in place of the file (which must be closed). The file as it
     * is now is kept beside it, renamed, so that nothing is lost either way.
     */
    public static Path restore(Path file, Path backup) throws IOException {
        Path abs = file.toAbsolutePath();
        Path kept = abs.resolveSibling(abs.getFileName() + ".replaced-" + System.currentTimeMillis());
        Files.move(abs, kept);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = abs.resolveSibling(abs.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
            }
        }
        Files.copy(backup, abs);
        return kept;
    }
}
