package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bantin.data.WorkJournal;
import vn.bantin.domain.InterruptedWork;

public final class SqliteWorkJournal implements WorkJournal {
    private static final System.Logger LOG = System.getLogger(SqliteWorkJournal.class.getName());
    private final Database db;

    public SqliteWorkJournal(Database db) {
        this.db = db;
    }

    @Override
    public long start(InterruptedWork.Kind kind, List<String> items) {
        ProcessHandle me = ProcessHandle.current();
        return db.inTransaction(c -> {
            long run;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO work_runs(kind, started_at, pid, process_started) VALUES (?, ?, ?, ?)");
                 PreparedStatement id = c.prepareStatement("SELECT last_insert_rowid()")) {
                ps.setString(1, kind.name().toLowerCase(Locale.ROOT));
                ps.setString(2, Instant.now().toString());
                ps.setLong(3, me.pid());
                ps.setString(4, me.info().startInstant().map(Instant::toString).orElse(null));
                ps.executeUpdate();
                try (ResultSet rs = id.executeQuery()) {
                    rs.next();
                    run = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_items(run_id, position, item) VALUES (?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    ps.setLong(1, run);
                    ps.setInt(2, i);
                    ps.setString(3, items.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return run;
        });
    }

    @Override
    public void done(long run, int fromPosition, int toPosition) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE work_items SET done = 1 WHERE run_id = ? AND position >= ? AND position < ?")) {
                ps.setLong(1, run);
                ps.setInt(2, fromPosition);
                ps.setInt(3, toPosition);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void done(long run, String item) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE work_items SET done = 1 WHERE run_id = ? AND item = ?")) {
                ps.setLong(1, run);
                ps.setString(2, item);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void finish(long run) {
        db.inTransaction(c -> {
            // what is left of a finished run is of no more use; the run's row says when it ended
            try (PreparedStatement items = c.prepareStatement("DELETE FROM work_items WHERE run_id = ?");
                 PreparedStatement ps = c.prepareStatement("UPDATE work_runs SET finished_at = ? WHERE id = ?")) {
                items.setLong(1, run);
                items.executeUpdate();
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, run);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<InterruptedWork> interrupted() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, started_at, pid, process_started FROM work_runs WHERE finished_at IS NULL ORDER BY id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!running(rs.getLong(4), rs.getString(5))) {
                        return Optional.of(work(c, rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))));
                    }
                }
            }
            return Optional.<InterruptedWork>empty();
        });
    }

    private static InterruptedWork work(Connection c, long run, String kind, Instant started) throws SQLException {
        List<String> remaining = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT item, done FROM work_items WHERE run_id = ? ORDER BY position")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total++;
                    if (rs.getInt(2) == 0) {
                        remaining.add(rs.getString(1));
                    }
                }
            }
        }
        return new InterruptedWork(run, InterruptedWork.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), started, total,
                total - remaining.size(), remaining);
    }

    /** The process that started a run still runs (the same pid, started at the same instant when that is known). */
    private static boolean running(long pid, String processStarted) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        if (processStarted == null) {
            return true;
        }
        Optional<Instant> started = p.get().info().startInstant();
        boolean same = started.isEmpty() || started.get().toString().equals(processStarted);
        if (!same) {
            LOG.log(System.Logger.Level.DEBUG, "pid " + pid + " is another process now");
        }
        return same;
    }
}
