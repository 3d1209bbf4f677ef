package vn.bantin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.SearchQuery;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.feed.FeedParser;
import vn.bantin.ingest.feed.Opml;
import vn.bantin.ingest.page.DateParser;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * Every parser, fed inputs made by mutating our own fixtures and by pure noise: each ends as an article (or a
 * feed, a date, a query) or as a rejection with a reason, within a time bound, never as another exception.
 * {@code mvn verify} runs a few hundred inputs per target; {@code bench/fuzz.sh} runs each for minutes. Inputs
 * that once failed live in src/test/resources/fuzz and are replayed by {@link FuzzRegressionTest}.
 */
class ParsersFuzzTest {
    /** Per input: far more than any page needs, far less than a hang. */
    static final Duration BOUND = Duration.ofSeconds(5);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-target");
        t.setDaemon(true);
        return t;
    });
    static final ImportService IMPORTER = new ImportService(null, new ProvinceTagger(Gazetteer.standard()), Clock.systemUTC());

    @AfterContainer
    static void stop() {
        TRIED.forEach((t, n) -> writeCount(t, n.get()));
        WORKER.shutdownNow();
    }

    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> TRIED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Counts inputs per target into target/fuzz-counts, so that a long run stopped by bench/fuzz.sh can report them. */
    static void count(String target) {
        long n = TRIED.computeIfAbsent(target, t -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        if (n % 500 == 0) {
            writeCount(target, n);
        }
    }

    private static void writeCount(String target, long n) {
        try {
            Path d = Path.of("target/fuzz-counts");
            Files.createDirectories(d);
            Files.writeString(d.resolve(target), Long.toString(n));
        } catch (IOException ignored) {
            // a count is a report, not a result
        }
    }

    /** Runs one input; a hang or an unexpected exception fails the property with the input shown. */
    static void bounded(Runnable target) {
        Future<?> f = WORKER.submit(target);
        try {
            f.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer within " + BOUND.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- targets (also used by the regression replay) ----------------------------------------------

    static void savedPage(byte[] bytes, String name) {
        try {
            var a = IMPORTER.prepare(name, bytes);
            assertThat(a.page().title()).isNotBlank();
            assertThat(a.page().lead()).isNotNull();
            assertThat(a.id()).hasSize(16);
        } catch (RejectedInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static void feed(byte[] bytes) {
        try {
            FeedParser.ParsedFeed f = FeedParser.parse(bytes, "https://example.org/rss");
            assertThat(f.entries()).allSatisfy(e -> assertThat(e.guid()).isNotNull());
        } catch (RejectedInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static void opml(String text) {
        try {
            assertThat(Opml.read(text)).allSatisfy(o -> assertThat(o.xmlUrl()).isNotBlank());
        } catch (RejectedInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static void dateLine(String line) {
        DateParser.parseDateLine(line, null, null);
        DateParser.parseDateLine(line, true, 2024);
        DateParser.parseDateLine(line, false, 2024);
    }

    static void searchQuery(String q) {
        SearchQuery.parse(q).toFtsMatch().ifPresent(m -> SearchIndex.assertRuns(m));
    }

    static void htmlImages(String html) {
        HtmlPageParser.images(html, "https://example.org/a.html", 12)
                .forEach(i -> assertThat(i.url()).matches("(?i)https?://.*"));
    }

    // ---- properties ----------------------------------------------------------------------------------

    @Property
    void savedTextPagesBecomeArticlesOrRejections(@ForAll("textPages") byte[] page) {
        count("text");
        bounded(() -> savedPage(page, "page.txt"));
    }

    @Property
    void savedHtmlPagesBecomeArticlesOrRejections(@ForAll("htmlPages") byte[] page) {
        count("html");
        bounded(() -> {
            savedPage(page, "page.html");
            htmlImages(new String(page, StandardCharsets.UTF_8));
        });
    }

    @Property
    void anyBytesAreAPageOrARejection(@ForAll("noise") byte[] bytes) {
        count("noise");
        bounded(() -> savedPage(bytes, "noise.txt"));
    }

    @Property
    void feedsParseOrAreRejected(@ForAll("feeds") byte[] xml) {
        count("feed");
        bounded(() -> feed(xml));
    }

    @Property
    void opmlParsesOrIsRejected(@ForAll("opmls") String text) {
        count("opml");
        bounded(() -> opml(text));
    }

    /**
     * The picture path: whatever bytes a server sends as a picture, the header is measured or refused without
     * decoding, nothing above the pixel budget passes, and the reading view shows the picture or its caption.
     */
    @Property
    void picturesAreMeasuredFromTheirHeaderAndShownOrLeftOut(@ForAll("pictures") byte[] bytes) {
        count("picture");
        bounded(() -> picture(bytes));
    }

    static void picture(byte[] bytes) {
        long[] size = vn.bantin.ingest.feed.Images.size(bytes);
        boolean fits = vn.bantin.ingest.feed.Images.withinBudget(bytes);
        if (fits) {
            assertThat(size).hasSize(2);
            assertThat(size[0] * size[1]).isPositive().isLessThanOrEqualTo(vn.bantin.ingest.feed.Images.MAX_PIXELS);
        }
        String mime = vn.bantin.ingest.feed.Images.sniff(bytes);
        String html = vn.bantin.ui.detail.ArticleHtml.render(PICTURED, List.of(new vn.bantin.domain.ArticleImage(
                "https://example.org/p.jpg", mime == null ? "image/png" : mime, bytes, "Rice terraces")), 16, false, null);
        if (fits && mime != null) {
            assertThat(html).contains("<img alt=\"\" src=\"data:" + mime + ";base64,");
        } else {
            assertThat(html).doesNotContain("<img").contains("Photo: Rice terraces");
        }
    }

    private static final vn.bantin.domain.Article PICTURED = new vn.bantin.domain.Article(1, "f00d",
            new vn.bantin.domain.Source("vna", "VNA", "https://example.org"), "https://example.org/a", "Terraces of Hoang Su Phi",
            "Harvest comes to Ha Giang.", List.of("The terraces turn gold in September."), List.of(),
            java.time.OffsetDateTime.parse("2025-09-20T08:00+07:00"), "en", java.time.Instant.parse("2025-09-20T01:00:00Z"),
            List.of(), vn.bantin.domain.ArticleStatus.NEW, 1, List.of(), null);

    @Provide
    Arbitrary<byte[]> pictures() {
        List<byte[]> seeds = new ArrayList<>();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(5, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(2, 1, 0x3a7d44);
        for (String format : List.of("png", "jpg", "gif")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(img, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            seeds.add(out.toByteArray());
        }
        // WebP headers of each kind (lossy, lossless, extended), which ImageIO cannot write
        seeds.add(webp("VP8 ", new byte[] {0x30, 0x01, 0x00, (byte) 0x9d, 0x01, 0x2a, 0x05, 0x00, 0x03, 0x00, 0, 0}));
        seeds.add(webp("VP8L", new byte[] {0x2f, 0x04, (byte) 0x80, 0x00, 0x00, 0, 0, 0, 0, 0}));
        seeds.add(webp("VP8X", new byte[] {0x10, 0, 0, 0, 0x04, 0x00, 0x00, 0x02, 0x00, 0x00, 0, 0, 0, 0}));
        return Arbitraries.oneOf(mutated(seeds), Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }

    private static byte[] webp(String chunk, byte[] payload) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(20 + payload.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + payload.length).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    @Property
    void dateLinesGiveADateOrNone(@ForAll("dateLines") String line) {
        count("date");
        bounded(() -> dateLine(line));
    }

    @Property
    void searchQueriesAlwaysRunInTheIndex(@ForAll("queries") String q) {
        count("query");
        bounded(() -> searchQuery(q));
    }

    // ---- inputs --------------------------------------------------------------------------------------

    static List<byte[]> seeds(String folder, String... suffixes) {
        List<byte[]> out = new ArrayList<>();
        Path root = Path.of("src/test/resources", folder);
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                for (String s : suffixes) {
                    if (p.toString().endsWith(s)) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A seed with a few random edits: bytes or slices deleted, repeated, swapped, or replaced by odd ones. */
    static Arbitrary<byte[]> mutated(List<byte[]> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs(), Arbitraries.integers().between(1, 12))
                .as(Mutator::mutate);
    }

    @Provide
    Arbitrary<byte[]> textPages() {
        List<byte[]> s = seeds("golden/pages", ".txt");
        s.addAll(seeds("stories", ".txt"));
        return mutated(s);
    }

    @Provide
    Arbitrary<byte[]> htmlPages() {
        List<byte[]> s = seeds("golden/pages", ".html");
        s.addAll(seeds("feeds", ".html"));
        return mutated(s);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3000).map(x -> x.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', '\t', 'Đ', 'đ', 'ạ', '\u0301', '\u00a0')
                        .ofMaxLength(5000).map(x -> x.getBytes(StandardCharsets.UTF_8))));
    }

    @Provide
    Arbitrary<byte[]> feeds() {
        return mutated(seeds("feeds", ".rss", ".atom"));
    }

    @Provide
    Arbitrary<String> opmls() {
        return mutated(seeds("feeds", ".opml")).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> dateLines() {
        List<byte[]> lines = new ArrayList<>();
        for (String l : List.of("March 26, 2024 15:07", "26/03/2024 15:07", "Friday, March 8, 2024, 10:12 (GMT+7)",
                "Thứ ba, 26/3/2024 - 15:07", "Mar 3, 2024 / 10:00", "2024-03-26T15:07:00+07:00", "November 16, 2024 7:01 PM GMT+7",
                "12/03/2024 08:00", "Cập nhật: 08:00 12/03/2024", "March 12, 2024 | 08:00")) {
            lines.add(l.getBytes(StandardCharsets.UTF_8));
        }
        return Arbitraries.oneOf(mutated(lines).map(b -> new String(b, StandardCharsets.UTF_8)),
                Arbitraries.strings().withCharRange(' ', '~').withChars('/', ':', '-', ',').ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("\"*-+()^:{}[]NEARORANDNOT đĐá ").withCharRange('a', 'z').ofMaxLength(60));
    }

    /** A contentless FTS5 table like the app's, to run every query the parser makes. */
    static final class SearchIndex {
        private static java.sql.Connection c;

        static synchronized void assertRuns(String match) {
            try {
                if (c == null) {
                    c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
                    try (var st = c.createStatement()) {
                        st.execute("CREATE VIRTUAL TABLE s USING fts5(title, lead, body, places, content='', contentless_delete=1,"
                                + " tokenize='unicode61 remove_diacritics 2')");
                        st.execute("INSERT INTO s(rowid, title, lead, body, places) VALUES (1, 'da nang opens ferry', 'a lead', 'body text', 'zpvda-nang')");
                    }
                }
                try (var ps = c.prepareStatement("SELECT rowid FROM s WHERE s MATCH ?")) {
                    ps.setString(1, match);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError("the index refused " + match + ": " + e.getMessage(), e);
            }
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = ParsersFuzzTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
