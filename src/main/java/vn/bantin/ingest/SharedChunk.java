package vn.bantin.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A chunk of an import's inputs, prepared by whichever threads are free: the parsing threads, one fewer than the
 * cores, and the writer while it waits for the chunk. So the writer has a core of its own while it stores the chunk
 * before (on two cores, two parsing threads and the writer shared them, and the writer, the import's slowest step,
 * ran at two thirds of a core), and parses beside them when it has nothing to store: the first chunk, and any chunk
 * slower to parse than the one before was to store.
 */
final class SharedChunk<I, O> {
    private static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(PARSERS, r -> {
        Thread t = new Thread(r, "bantin-parse");
        t.setDaemon(true);
        return t;
    });

    private final List<I> inputs;
    private final Function<I, O> prepare;
    private final Object[] out;
    private final AtomicInteger taken = new AtomicInteger();
    private final CountDownLatch done;
    private volatile Throwable failed;

    private SharedChunk(List<I> inputs, Function<I, O> prepare) {
        this.inputs = inputs;
        this.prepare = prepare;
        this.out = new Object[inputs.size()];
        this.done = new CountDownLatch(inputs.size());
    }

    /** Starts preparing {@code inputs} on the parsing threads. */
    static <I, O> SharedChunk<I, O> start(List<I> inputs, Function<I, O> prepare) {
        SharedChunk<I, O> chunk = new SharedChunk<>(inputs, prepare);
        for (int i = 0; i < PARSERS; i++) {
            THREADS.execute(chunk::work);
        }
        return chunk;
    }

    private void work() {
        for (int i = taken.getAndIncrement(); i < inputs.size(); i = taken.getAndIncrement()) {
            try {
                out[i] = prepare.apply(inputs.get(i));
            } catch (Throwable e) { // a fault of ours: told to the writer, never a chunk waited for forever
                failed = e;
            } finally {
                done.countDown();
            }
        }
    }

    /** The prepared inputs in their order; the calling thread prepares those no thread has taken yet. */
    @SuppressWarnings("unchecked")
    List<O> join() {
        work();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
        if (failed != null) {
            throw new CompletionException(failed);
        }
        return (List<O>) Arrays.asList(out);
    }

    /** No input is taken up from now on; those under way finish, and the chunk is never joined. */
    void cancel() {
        taken.set(inputs.size());
    }
}
