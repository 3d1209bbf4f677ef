package vn.bantin.service;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import vn.bantin.data.BackupStore;

/** File › Back up… and {@code bantin backup}: a consistent copy of the file, taken while it is open. */
public final class Backups {
    private final BackupStore store;

    public Backups(BackupStore store) {
        this.store = store;
    }

    public BackupStore.Contents backUp(Path to, BackupStore.Progress progress, BooleanSupplier cancelled) {
        return store.backupTo(to, progress, cancelled);
    }

    /** What a backup holds, or why it cannot be put back; nothing is replaced by asking. */
    public BackupStore.Contents check(Path candidate) {
        return store.check(candidate);
    }
}
