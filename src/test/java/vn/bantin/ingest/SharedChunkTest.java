package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An import's chunk is parsed by the parsing threads and by the writer waiting for it, and comes back in order. */
class SharedChunkTest {
    @Test
    void aChunkComesBackInItsInputsOrderWithTheWaitingThreadHelping() {
        List<Integer> inputs = IntStream.range(0, 2_000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SharedChunk<Integer, String> chunk = SharedChunk.start(inputs, i -> {
            threads.add(Thread.currentThread().getName());
            busy(i % 7 == 0 ? 200_000 : 2_000);
            return "page " + i;
        });
        List<String> out = chunk.join();

        assertThat(out).hasSize(2_000);
        assertThat(out.get(0)).isEqualTo("page 0");
        assertThat(out.get(1_999)).isEqualTo("page 1999");
        assertThat(out).isEqualTo(inputs.stream().map(i -> "page " + i).toList());
        assertThat(threads).as("the thread that waits parses too").contains(Thread.currentThread().getName());
    }

    @Test
    void aFaultInOnePageIsToldToTheWriterInsteadOfKeepingItWaiting() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        SharedChunk<Integer, Integer> chunk = SharedChunk.start(inputs, i -> {
            if (i == 321) {
                throw new StackOverflowError("a page nested too deep");
            }
            return i;
        });
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(chunk::join).isInstanceOf(CompletionException.class)
                        .hasCauseInstanceOf(StackOverflowError.class));
    }

    private static void busy(int n) {
        long x = 0;
        for (int k = 0; k < n; k++) {
            x += k * 31L;
        }
        if (x == 42) {
            throw new IllegalStateException();
        }
    }
}
