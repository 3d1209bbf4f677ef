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
            // the jar names its libraries libsqlitejdbc.so, .dylib (macOS, where mapLibraryName says .dylib too), sqlitejdbc.dll
            String name = System.mapLibraryName("sqlitejdbc");
            Path base = AppPaths.dataDir().resolve("native").resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion());
            String folder = folder(base);
            String resource = "/org/sqlite/native/" + folder + "/" + name;
            Path dir = base.resolve(folder);
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

    /**
     * The jar's folder for this system ("Linux/x86_64", "Linux-Musl/aarch64"…), as the driver names it, kept beside
     * the library: the driver runs a program to tell Android from other Linux, which the start need not wait for
     * every time. Kept per system and processor, for a data folder shared by two machines.
     */
    static String folder(Path base) throws IOException {
        Path kept = base.resolve(("folder-" + System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .replaceAll("[^A-Za-z0-9._-]", "_"));
        if (Files.isRegularFile(kept)) {
            String folder = Files.readString(kept).strip();
            if (folder.matches("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+")) {
                return folder;
            }
        }
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        Files.createDirectories(base);
        Path part = Files.createTempFile(base, "folder", ".part");
        try {
            Files.writeString(part, folder);
            Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException another) {
            Files.deleteIfExists(part); // another process is writing the same words: the next start reads them
        }
        return folder;
    }
}
