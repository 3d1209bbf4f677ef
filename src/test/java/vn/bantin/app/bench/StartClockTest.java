package vn.bantin.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench --ui} times a start from the process's start: that clock has to be right to the few milliseconds. */
class StartClockTest {
    @Test
    void aStartIsTimedFromTheProcessesOwnStartNotFromTheBootTimeRoundedToTheSecond() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc here: the JDK's start instant is used");
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long since = UiBench.sinceStart();
        // the process is a little older than its JVM (the launcher ran first); the JDK's start instant read up to
        // a second more on Linux, as much as the boot time's fraction of a second
        assertTrue(since >= uptime - 30 && since <= uptime + 250,
                "since start " + since + " ms, JVM uptime " + uptime + " ms");
    }

    @Test
    void aChildOfTheBenchCountsFromTheMomentItWasLaunched() {
        String before = System.getProperty(UiBench.LAUNCHED_PROPERTY);
        System.setProperty(UiBench.LAUNCHED_PROPERTY, Long.toString(System.currentTimeMillis() - 5_000));
        try {
            long since = UiBench.sinceStart();
            assertTrue(since >= 5_000 && since < 6_000, "since launch " + since + " ms");
        } finally {
            if (before == null) {
                System.clearProperty(UiBench.LAUNCHED_PROPERTY);
            } else {
                System.setProperty(UiBench.LAUNCHED_PROPERTY, before);
            }
        }
    }
}
