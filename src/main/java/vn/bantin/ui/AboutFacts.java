package vn.bantin.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What Help › About tells: which Bantin this is, under which licence, and where the reader's data is. */
public record AboutFacts(String version, String licence, Path dataFolder, Path database) {
    /** The words of the About sheet; the database's size is read when it is shown (the -wal file counted in). */
    public String text() {
        return "Bantin " + version + "\n" + details();
    }

    /** All but the first line, for a sheet whose heading names the version already. */
    public String details() {
        return "An offline reader for news about Vietnam, by province.\n\n"
                + "Licence: " + licence + "\n"
                + vn.bantin.ui.map.MapShapes.ATTRIBUTION + "\n"
                + "Data folder: " + (dataFolder == null ? "not known" : dataFolder) + "\n"
                + "Database: " + (database == null ? "not known" : database + " (" + size() + ")");
    }

    private String size() {
        long bytes = 0;
        for (Path p : new Path[] {database, database.resolveSibling(database.getFileName() + "-wal")}) {
            try {
                bytes += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                return "size unknown: " + e.getMessage();
            }
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ENGLISH, "%,d KB", Math.max(1, bytes / 1024))
                : String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
