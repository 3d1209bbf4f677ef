package vn.bantin.ingest;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.WorkJournal;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.page.TextDecoder;
import vn.bantin.ingest.page.TextPageParser;
import vn.bantin.ingest.story.Fingerprints;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * Saved pages in, tagged articles stored: parse, tag, store, one transaction per batch. A page that cannot be
 * read is reported with its reason and the rest of the batch goes on; nothing stored before is touched.
 */
public final class ImportService {
    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());
    public static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;
    private static final int BATCH = 1000;
    private static final Set<String> PAGE_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml", "md", "");

    public enum Status { IMPORTED, DUPLICATE, REJECTED }

    public record Result(String file, Status status, String id, String reason) {
    }

    /** One input: a name to report it by, and its bytes. */
    public record Document(String name, byte[] bytes) {
    }

    /** Progress (how many inputs are done and stored, of how many) and cancellation, polled between batches. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void update(int done, int total, String current) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    private final ArticleRepository articles;
    private final ProvinceTagger tagger;
    private final Clock clock;

    private final WorkJournal journal;

    public ImportService(ArticleRepository articles, ProvinceTagger tagger, Clock clock) {
        this(articles, tagger, clock, WorkJournal.NONE);
    }

    /** With a journal, an import of files that a crash cuts short is told at the next start and can be resumed. */
    public ImportService(ArticleRepository articles, ProvinceTagger tagger, Clock clock, WorkJournal journal) {
        this.articles = articles;
        this.tagger = tagger;
        this.clock = clock;
        this.journal = journal;
    }

    /** Files and folders (searched recursively, hidden files skipped), in a stable order. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return InputFiles.expand(inputs).stream().filter(e -> e.skipped() == null).map(InputFiles.Entry::path).toList();
    }

    /** Imports files and folders; every entry passed over (a FIFO, a link out of the folder, a loop) is reported. */
    public List<Result> importPaths(List<Path> inputs, Progress progress) throws IOException {
        List<Input> all = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (InputFiles.Entry e : InputFiles.expand(inputs)) {
            Path f = e.path();
            all.add(new Input(f.toString(), e.skipped() == null ? () -> read(f) : () -> {
                throw new RejectedInputException(e.skipped());
            }));
            paths.add(f.toAbsolutePath().toString());
        }
        Long run = all.isEmpty() ? null : journaled(() -> journal.start(InterruptedWork.Kind.IMPORT, paths));
        try {
            return importAll(all, progress, (from, to) -> {
                if (run != null) {
                    journaled(() -> {
                        journal.done(run, from, to);
                        return null;
                    });
                }
            });
        } finally {
            // ended in a way the reader sees (done, cancelled, a full disk named file by file): not "interrupted"
            if (run != null) {
                journaled(() -> {
                    journal.finish(run);
                    return null;
                });
            }
        }
    }

    /**
     * Imports the files an interrupted import had not stored yet, and closes that import's notice. Files stored
     * meanwhile (the batch a crash cut off may have been committed) come back as duplicates, nothing twice.
     */
    public List<Result> resume(InterruptedWork work, Progress progress) throws IOException {
        if (work.kind() != InterruptedWork.Kind.IMPORT) {
            throw new IllegalArgumentException("not an import: " + work.kind());
        }
        List<Result> results = importPaths(work.remaining().stream().map(Path::of).toList(), progress);
        if (!progress.cancelled()) {
            journaled(() -> {
                journal.finish(work.run());
                return null;
            });
        }
        return results;
    }

    /** The journal serves resuming; failing to write it must not fail the import it describes. */
    private static <T> T journaled(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (vn.bantin.data.StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "could not note the import's progress: " + e.getMessage());
            return null;
        }
    }

    public List<Result> importDocuments(List<Document> docs, Progress progress) {
        List<Input> all = new ArrayList<>(docs.size());
        for (Document d : docs) {
            all.add(new Input(d.name(), d::bytes));
        }
        return importAll(all, progress, (from, to) -> { });
    }

    private interface Bytes {
        byte[] get() throws RejectedInputException;
    }

    private record Input(String name, Bytes bytes) {
    }

    /** A prepared input: the article, or why there is none. */
    private record Prepared(String name, NewArticle article, String reason) {
    }

    /** Told, once a chunk is stored, which of the inputs it held: an import of files notes them in its journal. */
    private interface Stored {
        void batch(int from, int to);
    }

    /**
     * Reads, parses and tags a chunk of inputs (on one thread fewer than the cores, and on this one while it waits:
     * {@link SharedChunk}), then stores the chunk in one transaction, in the inputs' order. Cancelling stops before
     * the next chunk; what was stored stays stored.
     */
    private List<Result> importAll(List<Input> inputs, Progress progress, Stored stored) {
        List<Result> results = new ArrayList<>(inputs.size());
        // While one chunk is stored, the next is parsed and tagged on the other cores (SharedChunk).
        SharedChunk<Input, Prepared> next = prepareAsync(inputs, 0);
        progress.update(0, inputs.size(), null);
        for (int from = 0; from < inputs.size(); from += BATCH) {
            List<Prepared> prepared = next.join();
            if (progress.cancelled()) {
                break;
            }
            next = prepareAsync(inputs, from + BATCH);
            List<NewArticle> articlesToStore = new ArrayList<>();
            for (Prepared p : prepared) {
                if (p.article() != null) {
                    articlesToStore.add(p.article());
                }
            }
            List<ArticleRepository.Outcome> outcomes;
            try {
                outcomes = articlesToStore.isEmpty() ? List.of() : articles.insertBatch(articlesToStore);
            } catch (vn.bantin.data.StoreException e) {
                // a full disk, a lost write permission: this batch is rolled back, earlier batches stay stored,
                // and every input from here on is named with the reason
                next.cancel();
                String why = t("reason.stoppedHere", e.getMessage());
                for (int i = from; i < inputs.size(); i++) {
                    results.add(new Result(inputs.get(i).name(), Status.REJECTED, null, why));
                }
                break;
            }
            stored.batch(from, from + prepared.size());
            // told once the batch is stored: the number the reader sees is the number kept
            progress.update(from + prepared.size(), inputs.size(), prepared.get(prepared.size() - 1).name());
            int k = 0;
            for (Prepared p : prepared) {
                if (p.article() == null) {
                    results.add(new Result(p.name(), Status.REJECTED, null, p.reason()));
                } else {
                    Status s = outcomes.get(k++) == ArticleRepository.Outcome.INSERTED ? Status.IMPORTED : Status.DUPLICATE;
                    results.add(new Result(p.name(), s, p.article().id(), null));
                }
            }
        }
        return results;
    }

    private SharedChunk<Input, Prepared> prepareAsync(List<Input> inputs, int from) {
        return SharedChunk.start(from >= inputs.size() ? List.of()
                : inputs.subList(from, Math.min(inputs.size(), from + BATCH)), this::prepareOne);
    }

    private Prepared prepareOne(Input in) {
        try {
            return new Prepared(in.name(), prepare(in.name(), in.bytes().get()), null);
        } catch (RejectedInputException e) {
            return new Prepared(in.name(), null, e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must cost one page, never the batch: report it like any other bad input.
            LOG.log(System.Logger.Level.WARNING, "could not import " + in.name(), e);
            return new Prepared(in.name(), null, t("reason.couldNotRead", e.getClass().getSimpleName()));
        }
    }

    private static byte[] read(Path f) throws RejectedInputException {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!PAGE_EXTENSIONS.contains(ext)) {
            throw new RejectedInputException(t("reason.notSavedPage", ext));
        }
        return InputFiles.read(f, MAX_PAGE_BYTES);
    }

    /** Decodes, parses and tags one input; throws with the reason when it is not an article. */
    public NewArticle prepare(String name, byte[] bytes) throws RejectedInputException {
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new RejectedInputException(t("reason.tooLarge"));
        }
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new RejectedInputException(t("reason.noTextInFile"));
        }
        ParsedPage page = parse(name, text);
        List<ProvinceTag> tags = tagger.tag(page);
        return new NewArticle(articleId(page, text), page, tags, name, text, clock.instant(), Fingerprints.of(page));
    }

    /** An article of a page parsed elsewhere (a synced feed entry): tagged, identified and fingerprinted as a file is. */
    public NewArticle article(String name, ParsedPage page, String raw) {
        return new NewArticle(articleId(page, raw), page, tagger.tag(page), name, raw, clock.instant(), Fingerprints.of(page));
    }

    /** An article known by an identity of its own (a feed entry with no page: the feed and its id for the entry). */
    public NewArticle article(String name, ParsedPage page, String raw, String identity) {
        return new NewArticle(hashed("id|" + identity), page, tagger.tag(page), name, raw, clock.instant(), Fingerprints.of(page));
    }

    public static ParsedPage parse(String name, String text) throws RejectedInputException {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || HtmlPageParser.looksLikeHtml(text);
        return html ? HtmlPageParser.parse(text, null) : TextPageParser.parse(text, null);
    }

    public List<ProvinceTag> tag(ParsedPage page) {
        return tagger.tag(page);
    }

    /**
     * The same story gets the same id however often it is imported: from its outlet and canonical address when
     * it has one, else from its text with white space folded (so a page saved twice, or with CRLF, is the same).
     */
    public static String articleId(ParsedPage page, String text) {
        return page.url() != null
                ? hashed("url|" + page.source().id() + "|" + canonicalUrl(page.url()))
                : hashedFolded("text|", text);
    }

    private static String hashed(String key) {
        MessageDigest sha = sha256();
        return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    /**
     * The hash of {@code prefix} and {@code text} with its white space folded (runs made one space, the ends cut),
     * as UTF-8: the bytes go to the digest as they are made, without a folded copy of the page and its bytes.
     */
    private static String hashedFolded(String prefix, String text) {
        MessageDigest sha = sha256();
        sha.update(prefix.getBytes(StandardCharsets.UTF_8));
        byte[] buf = new byte[8192];
        int n = 0;
        boolean space = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            if (n > buf.length - 8) {
                sha.update(buf, 0, n);
                n = 0;
            }
            char c = text.charAt(i);
            if (c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) : Character.isWhitespace(c)) {
                space = any; // Character.isWhitespace's answer, read directly for ASCII: most of a page
                continue;
            }
            if (space) {
                buf[n++] = ' ';
                space = false;
            }
            any = true;
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[n++] = '?'; // as String.getBytes writes half a pair, so ids stay what earlier builds gave
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        sha.update(buf, 0, n);
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonicalUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = u.getRawQuery() == null ? null : String.join("&", Stream.of(u.getRawQuery().split("&"))
                    .filter(q -> !q.startsWith("utm_") && !q.isEmpty()).sorted().toList());
            return host + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
