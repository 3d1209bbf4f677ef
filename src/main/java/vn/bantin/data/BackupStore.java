package vn.bantin.data;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Copies of the open file: a consistent copy taken while the file is in use (others may read and write meanwhile,
 * the copy is the file as it was when the copy began), and the check a copy passes before it may replace the file.
 */
public interface BackupStore {
    /** What a backup holds, read from it before anything is replaced. */
    record Contents(Path file, int schema, long articles, long collections) {
    }

    interface Progress {
        /** Bytes written so far of about {@code total}. */
        void update(long written, long total);
    }

    /**
     * Writes the copy to {@code to}, whole or not at all (written aside and moved into place); a cancel leaves
     * nothing behind and throws {@link java.util.concurrent.CancellationException}.
     */
    Contents backupTo(Path to, Progress progress, BooleanSupplier cancelled);

    /** Opens {@code candidate} read-only and checks it is a Bantin file this version can open, intact; refused with why. */
    Contents check(Path candidate);
}
