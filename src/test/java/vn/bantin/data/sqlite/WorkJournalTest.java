package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.domain.InterruptedWork;

/** The journal tells a run cut short by a process that is gone, and never one still running or one that ended. */
public class WorkJournalTest {
    @TempDir
    Path dir;

    @Test
    void aRunOfThisLiveProcessIsNotInterruptedAndOneThatFinishedIsNotToldAgain() {
        try (Database db = Database.open(dir.resolve("live.db"))) {
            SqliteWorkJournal journal = new SqliteWorkJournal(db);
            long run = journal.start(InterruptedWork.Kind.IMPORT, List.of("/a.txt", "/b.txt"));
            journal.done(run, 0, 1);
            assertThat(journal.interrupted()).as("the process is alive: the import is under way").isEmpty();
            journal.finish(run);
            assertThat(journal.interrupted()).isEmpty();
        }
    }

    @Test
    void aRunLeftByADeadProcessIsToldWithWhatRemainsInOrder() throws Exception {
        Path file = dir.resolve("dead.db");
        try (Database db = Database.open(file)) {
            // the file exists at the latest schema
        }
        leaveInterrupted(file, "import", List.of("/p/1.txt", "/p/2.txt", "/p/3.txt", "/p/4.txt"), 2, null);
        try (Database db = Database.open(file)) {
            SqliteWorkJournal journal = new SqliteWorkJournal(db);
            InterruptedWork w = journal.interrupted().orElseThrow();
            assertThat(w.kind()).isEqualTo(InterruptedWork.Kind.IMPORT);
            assertThat(w.total()).isEqualTo(4);
            assertThat(w.done()).isEqualTo(2);
            assertThat(w.remaining()).containsExactly("/p/3.txt", "/p/4.txt");
            assertThat(w.summary()).isEqualTo("The last import stopped after 2 of 4 files.");
            journal.finish(w.run());
            assertThat(journal.interrupted()).isEmpty();
        }
    }

    @Test
    void aPidNowUsedByAnotherProcessStillCountsAsGone() throws Exception {
        Path file = dir.resolve("reused.db");
        try (Database db = Database.open(file)) {
            // created
        }
        // this very process's pid, but started at another instant: the pid was handed out again
        leaveInterrupted(file, "sync", List.of("https://a.example/rss", "https://b.example/rss"), 1,
                ProcessHandle.current().pid());
        try (Database db = Database.open(file)) {
            InterruptedWork w = new SqliteWorkJournal(db).interrupted().orElseThrow();
            assertThat(w.summary()).isEqualTo("The last sync stopped after 1 of 2 feeds.");
            assertThat(w.remaining()).containsExactly("https://b.example/rss");
        }
    }

    /**
     * Writes into {@code file} what a process killed mid-way leaves: a run with its first {@code done} items done.
     * The run names a process that has ended ({@code pid} null) or the given pid with a start time that is not its.
     */
    public static void leaveInterrupted(Path file, String kind, List<String> items, int done, Long pid) throws Exception {
        long gone = pid != null ? pid : endedProcess();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO work_runs(kind, started_at, pid, process_started) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, kind);
                ps.setString(2, Instant.parse("2026-11-30T02:15:00Z").toString());
                ps.setLong(3, gone);
                ps.setString(4, "2001-01-01T00:00:00Z");
                ps.executeUpdate();
            }
            long run;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT max(id) FROM work_runs")) {
                rs.next();
                run = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_items(run_id, position, item, done) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    ps.setLong(1, run);
                    ps.setInt(2, i);
                    ps.setString(3, items.get(i));
                    ps.setInt(4, i < done ? 1 : 0);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static long endedProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
