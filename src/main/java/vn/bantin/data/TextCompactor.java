package vn.bantin.data;

import java.util.function.BooleanSupplier;

/**
 * Rewrites the text of articles stored before texts were deflated, then gives the room freed back to the disk.
 * Articles stored since are written deflated; rows written before are read as they are until this runs.
 */
public interface TextCompactor {
    /** Articles whose text was rewritten, and the file's size before and after. */
    record Result(long rewritten, long bytesBefore, long bytesAfter, boolean vacuumed) {
    }

    interface Progress {
        /** {@code done} of about {@code total} articles looked at; {@code vacuuming} once they all are. */
        void update(long done, long total, boolean vacuuming);
    }

    /** Stops between two batches when {@code cancelled}: what was rewritten stays rewritten, and reads the same. */
    Result compact(Progress progress, BooleanSupplier cancelled);
}
