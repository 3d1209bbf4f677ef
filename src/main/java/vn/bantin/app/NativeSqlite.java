package vn.bantin.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * sqlite-jdbc's native library, extracted once per user into the data folder ({@code native/VERSION/}) and loaded
 * from there. Left to itself the driver extracts a copy per process into the temporary folder and tries to delete
 * the copies of other processes, which prints a stack trace whenever two Bantins (the window and the command line)
 * run at once.
 */
final class NativeSqlite {
    private static final System.Logger LOG = System.getLogger(NativeSqlite.class.getName());

    private NativeSqlite() {
    }

    static void prepare() {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // the user or a packager chose a library
        }
        try {
            String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            // the jar names its libraries libsqlitejdbc.so, .dylib (macOS, where mapLibraryName says .dylib too), sqlitejdbc.dll
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + folder + "/" + name;
            String version = org.sqlite.SQLiteJDBCLoader.getVersion();
            Path dir = AppPaths.dataDir().resolve("native").resolve("sqlite-" + version).resolve(folder);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return; // no bundled library for this system: the driver finds its own way
                    }
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    try {
                        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException another) {
                        Files.deleteIfExists(part); // another process put it there first
                    }
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "sqlite native library left to the driver: " + e);
        }
    }
}
