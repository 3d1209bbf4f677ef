package vn.bantin.data;

import java.nio.file.Path;

/** A database file the app will not open (not SQLite, from a newer version, not writable); it is left untouched. */
public class DatabaseRefusedException extends StoreException {
    private final Path file;

    public DatabaseRefusedException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
