package vn.bantin.data;

import java.util.function.BooleanSupplier;

/**
 * Rewrites the text of articles stored before texts were packed as they are now, then writes the search index
 * again when its columns are in an older order (decision 0017). Rows written before are read as they are until this
 * runs. The room freed is given back to the disk once the file is closed (see the app's {@code compact} command).
 */
public interface TextCompactor {
    interface Progress {
        /** {@code done} of about {@code total} articles looked at. */
        void update(long done, long total);

        /** {@code done} of about {@code total} articles written again into the search index. */
        default void indexed(long done, long total) {
            update(done, total);
        }
    }

    /**
     * Stops between two batches when {@code cancelled}: what was rewritten stays rewritten, and reads the same; an
     * index cut short is rolled back whole. How many articles' texts were rewritten.
     */
    long compact(Progress progress, BooleanSupplier cancelled);
}
