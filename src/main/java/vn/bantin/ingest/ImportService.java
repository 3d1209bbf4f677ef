package vn.bantin.ingest;

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
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.page.TextDecoder;
import vn.bantin.ingest.page.TextPageParser;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * Saved pages in, tagged articles stored: parse, tag, store, one transaction per batch. A page that cannot be
 * read is reported with its reason and the rest of the batch goes on; nothing stored before is touched.
 */
public final class ImportService {
    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());
    public static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;
    private static final int BATCH = 200;
    private static final Set<String> PAGE_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml", "md", "");

    public enum Status { IMPORTED, DUPLICATE, REJECTED }

    public record Result(String file, Status status, String id, String reason) {
    }

    /** One input: a name to report it by, and its bytes. */
    public record Document(String name, byte[] bytes) {
    }

    /** Progress and cancellation, polled between inputs. */
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

    public ImportService(ArticleRepository articles, ProvinceTagger tagger, Clock clock) {
        this.articles = articles;
        this.tagger = tagger;
        this.clock = clock;
    }

    /** Files and folders (searched recursively, hidden files skipped), in a stable order. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public List<Result> importPaths(List<Path> inputs, Progress progress) throws IOException {
        List<Path> files = expand(inputs);
        List<Result> results = new ArrayList<>();
        List<NewArticle> pending = new ArrayList<>();
        List<String> pendingNames = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (progress.cancelled()) {
                break;
            }
            Path f = files.get(i);
            progress.update(i, files.size(), f.toString());
            try {
                pending.add(prepare(f.toString(), read(f)));
                pendingNames.add(f.toString());
            } catch (RejectedInputException e) {
                results.add(new Result(f.toString(), Status.REJECTED, null, e.getMessage()));
            }
            if (pending.size() >= BATCH) {
                store(pending, pendingNames, results);
            }
        }
        store(pending, pendingNames, results);
        progress.update(files.size(), files.size(), null);
        return results;
    }

    public List<Result> importDocuments(List<Document> docs, Progress progress) {
        List<Result> results = new ArrayList<>();
        List<NewArticle> pending = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (progress.cancelled()) {
                break;
            }
            Document d = docs.get(i);
            progress.update(i, docs.size(), d.name());
            try {
                pending.add(prepare(d.name(), d.bytes()));
                names.add(d.name());
            } catch (RejectedInputException e) {
                results.add(new Result(d.name(), Status.REJECTED, null, e.getMessage()));
            }
            if (pending.size() >= BATCH) {
                store(pending, names, results);
            }
        }
        store(pending, names, results);
        progress.update(docs.size(), docs.size(), null);
        return results;
    }

    private static byte[] read(Path f) throws RejectedInputException {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!PAGE_EXTENSIONS.contains(ext)) {
            throw new RejectedInputException("not a saved page (." + ext + " files are not imported)");
        }
        try {
            long size = Files.size(f);
            if (size > MAX_PAGE_BYTES) {
                throw new RejectedInputException("too large for a news page (" + size / 1024 + " KB; the limit is "
                        + MAX_PAGE_BYTES / 1024 / 1024 + " MB)");
            }
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new RejectedInputException("cannot be read: " + e.getMessage());
        }
    }

    /** Decodes, parses and tags one input; throws with the reason when it is not an article. */
    public NewArticle prepare(String name, byte[] bytes) throws RejectedInputException {
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new RejectedInputException("too large for a news page");
        }
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new RejectedInputException("the file has no text");
        }
        ParsedPage page = parse(name, text);
        List<ProvinceTag> tags = tagger.tag(page);
        return new NewArticle(articleId(page, text), page, tags, name, text, clock.instant());
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

    private void store(List<NewArticle> pending, List<String> names, List<Result> results) {
        if (pending.isEmpty()) {
            return;
        }
        List<ArticleRepository.Outcome> outcomes = articles.insertBatch(pending);
        for (int k = 0; k < pending.size(); k++) {
            Status s = outcomes.get(k) == ArticleRepository.Outcome.INSERTED ? Status.IMPORTED : Status.DUPLICATE;
            results.add(new Result(names.get(k), s, pending.get(k).id(), null));
        }
        LOG.log(System.Logger.Level.DEBUG, "stored a batch of " + pending.size());
        pending.clear();
        names.clear();
    }

    /**
     * The same story gets the same id however often it is imported: from its outlet and canonical address when
     * it has one, else from its text with white space folded (so a page saved twice, or with CRLF, is the same).
     */
    public static String articleId(ParsedPage page, String text) {
        String key = page.url() != null
                ? "url|" + page.source().id() + "|" + canonicalUrl(page.url())
                : "text|" + text.strip().replaceAll("\\s+", " ");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
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

    /**
     * Re-parses and re-tags every stored article from its kept raw input (after an upgrade of the parser or
     * tagger), keeping ids, read and bookmark states. Returns how many articles were re-tagged.
     */
    public int retag(Progress progress) {
        int[] done = {0};
        articles.forEachRaw(BATCH, batch -> {
            List<NewArticle> updated = new ArrayList<>();
            for (ArticleRepository.RawArticle raw : batch) {
                try {
                    ParsedPage page = parse(raw.rawName(), raw.rawInput());
                    updated.add(new NewArticle(raw.id(), page, tagger.tag(page), raw.rawName(), raw.rawInput(),
                            raw.importedAt()));
                } catch (RejectedInputException e) {
                    LOG.log(System.Logger.Level.WARNING, "kept the stored version of " + raw.rawName()
                            + ": the new parser rejects it (" + e.getMessage() + ")");
                }
            }
            articles.replaceParsed(updated);
            done[0] += batch.size();
            progress.update(done[0], -1, null);
        });
        return done[0];
    }
}
