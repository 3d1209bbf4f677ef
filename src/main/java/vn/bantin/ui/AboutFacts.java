package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Help › About tells: which Bantin this is (a null version: a development build), under which licence, and
 * where the reader's data is.
 */
public record AboutFacts(String version, String licence, Path dataFolder, Path database) {
    /** The version, or what a build without one is called. */
    public String versionName() {
        return version == null ? t("about.devBuild") : version;
    }

    /** The words of the About sheet; the database's size is read when it is shown (the -wal file counted in). */
    public String text() {
        return "Bantin " + versionName() + "\n" + details();
    }

    /** All but the first line, for a sheet whose heading names the version already. */
    public String details() {
        return t("about.text", licence, vn.bantin.ui.map.MapShapes.attribution(),
                dataFolder == null ? t("about.unknown") : dataFolder.toString(),
                database == null ? t("about.unknown") : database + " (" + size() + ")");
    }

    private String size() {
        long bytes = 0;
        for (Path p : new Path[] {database, database.resolveSibling(database.getFileName() + "-wal")}) {
            try {
                bytes += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                return t("about.sizeUnknown", e.getMessage());
            }
        }
        return bytes < 1024 * 1024 ? t("about.kb", Math.max(1, bytes / 1024)) : t("about.mb", bytes / (1024.0 * 1024));
    }
}
