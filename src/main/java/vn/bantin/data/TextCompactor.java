package vn.bantin.data;

import java.util.function.BooleanSupplier;

/**
 * Rewrites the text of articles stored before texts were deflated. Articles stored since are written deflated; rows
 * written before are read as they are until this runs. The room freed is given back to the disk once the file is
 * closed (see the app's {@code compact} command).
 */
public interface TextCompactor {
    interface Progress {
        /** {@code done} of about {@code total} articles looked at. */
        void update(long done, long total);
    }

    /** Stops between two batches when {@code cancelled}: what was rewritten stays rewritten, and reads the same. */
    /** How many articles' texts were rewritten. */
    long compact(Progress progress, BooleanSupplier cancelled);
}
