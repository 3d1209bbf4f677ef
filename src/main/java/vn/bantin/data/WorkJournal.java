package vn.bantin.data;

import java.util.List;
import java.util.Optional;
import vn.bantin.domain.InterruptedWork;

/**
 * Long work written down as it goes: a run is started with every item it has to do, items are marked done as
 * they are stored, and a run is finished when it ends in any way the reader saw (done, cancelled, stopped by a
 * full disk). A run left unfinished by a process that is gone was cut short, and is told at the next start.
 */
public interface WorkJournal {
    /** For work nobody will resume (benchmarks, one-off tools): records nothing. */
    WorkJournal NONE = new WorkJournal() {
        @Override
        public long start(InterruptedWork.Kind kind, List<String> items) {
            return 0;
        }

        @Override
        public void done(long run, int fromPosition, int toPosition) {
        }

        @Override
        public void done(long run, String item) {
        }

        @Override
        public void finish(long run) {
        }

        @Override
        public Optional<InterruptedWork> interrupted() {
            return Optional.empty();
        }
    };

    long start(InterruptedWork.Kind kind, List<String> items);

    /** Items {@code fromPosition} (inclusive) to {@code toPosition} (exclusive), in the order given to start. */
    void done(long run, int fromPosition, int toPosition);

    void done(long run, String item);

    /** The run ended, or the reader dismissed its notice: it is not told again. */
    void finish(long run);

    /** The latest run cut short by a process that is no longer running, if any. */
    Optional<InterruptedWork> interrupted();
}
