package vn.bantin.domain;

import static vn.bantin.i18n.Texts.t;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An import or a sync that a crash, a kill or a power cut stopped before it ended: what it had to do, how far it
 * got, and what is left ({@code remaining}: file paths for an import, feed addresses for a sync).
 */
public record InterruptedWork(long run, Kind kind, Instant started, int total, int done, List<String> remaining) {
    public enum Kind { IMPORT, SYNC }

    public InterruptedWork {
        remaining = List.copyOf(remaining);
    }

    /** "The last import stopped after 1,000 of 12,000 files." — the same words in the window and the CLI. */
    public String summary() {
        return t(kind == Kind.IMPORT ? "work.stopped.import" : "work.stopped.sync", done, total);
    }
}
