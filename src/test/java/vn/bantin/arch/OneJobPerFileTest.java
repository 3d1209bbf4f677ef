package vn.bantin.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DEVELOPERS.md: "when a class passes ~400 lines, it is doing two things". Split it before it lands. */
class OneJobPerFileTest {
    static final int LIMIT = 400;

    @Test
    void noSourceFilePassesFourHundredLines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > LIMIT)
                    .map(p -> p + " (" + lines(p) + " lines)").sorted().toList();
        }
        assertThat(over).as("files over " + LIMIT + " lines").isEmpty();
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
