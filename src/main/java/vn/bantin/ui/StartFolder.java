package vn.bantin.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the import dialogs open: the folder the reader imported from last (kept in the settings), else their
 * Downloads folder, where browsers save pages, else their home; never the toolkit's "Recent", which holds no
 * saved pages.
 */
final class StartFolder {
    static final String KEY = "import.folder";

    private StartFolder() {
    }

    static Path of(Settings settings, Path home) {
        String last = settings.text(KEY, "");
        if (!last.isEmpty() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }

    /** Remembers the folder of what was chosen: a file's folder, or a chosen folder's parent, where its siblings are. */
    static void remember(Settings settings, List<Path> chosen) {
        if (!chosen.isEmpty()) {
            Path parent = chosen.get(0).toAbsolutePath().getParent();
            if (parent != null) {
                settings.put(KEY, parent.toString());
            }
        }
    }
}
