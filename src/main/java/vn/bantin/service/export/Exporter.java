package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.Province;
import vn.bantin.service.Keeping;
import vn.bantin.service.Reading;

/**
 * Writes the articles a query selects to a file, in a format a reader's other programs open: oldest first, one
 * article in memory at a time, with progress and a cancel. The file appears whole or not at all: it is written
 * beside its place under another name and moved there at the end, so a cancelled or failed export leaves a file
 * already there as it was.
 */
public final class Exporter {
    /** How an e-book or a web page is sorted into chapters. */
    public enum Toc { DATE, PROVINCE }

    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** {@code title} names the export inside it (its book title, its page's heading). */
    public record Options(ExportFormat format, String title, Toc toc, boolean onePerArticle) {
        public Options(ExportFormat format, String title) {
            this(format, title, Toc.DATE, false);
        }
    }

    public record Result(int articles, Path file) {
    }

    private final Reading reading;
    private final Keeping keeping;
    private final Gazetteer gazetteer;
    private final Clock clock;

    public Exporter(Reading reading, Keeping keeping, Gazetteer gazetteer, Clock clock) {
        this.reading = reading;
        this.keeping = keeping;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** How many articles an export of {@code query} holds: each version of a story, not only its lead. */
    public long size(ArticleQuery query) {
        return reading.count(query.withGrouped(false));
    }

    /** Every article {@code query} selects (each version of a story, not only its lead), oldest first. */
    public List<ArticleSummary> selection(ArticleQuery query) {
        ArticleQuery q = query.withGrouped(false).withOldestFirst(true);
        List<ArticleSummary> all = new ArrayList<>();
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = reading.page(q, after, 500);
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        // a search lists best first; an export reads as a chronicle
        all.sort(Comparator.comparingLong(ArticleSummary::sortTs).thenComparingLong(ArticleSummary::key));
        return all;
    }

    public Result export(ArticleQuery query, Options options, Path out, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(t("export.noFolder", target, folder));
        }
        if (Files.isDirectory(target) && !options.onePerArticle()) {
            throw new ExportException(t("export.isFolder", target));
        }
        if (Files.isDirectory(target) && Writers.holdsAnything(target)) { // never writes over a reader's own files
            throw new ExportException(t("export.folderNotEmpty", target));
        }
        List<ArticleSummary> chosen = selection(query);
        if (chosen.isEmpty()) {
            throw new ExportException(t("export.nothing"));
        }
        List<ExportWriter.Entry> entries = chosen.stream().map(s -> new ExportWriter.Entry(s.key(), s.title(),
                day(s), names(s.aboutIds()))).toList();
        Path partial = folder.resolve("." + target.getFileName() + ".part");
        Writers.deleteTree(partial);
        ExportWriter writer = Writers.of(options, partial);
        boolean done = false;
        try {
            writer.begin(new ExportWriter.Header(options.title(), LocalDate.now(clock), entries, options.toc()));
            for (int i = 0; i < chosen.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException(t("export.cancelled", target));
                }
                long key = chosen.get(i).key();
                Article a = reading.article(key).orElse(null);
                if (a == null) { // deleted since the list was read: the export says so rather than skip it quietly
                    throw new ExportException(t("export.gone", chosen.get(i).title()));
                }
                writer.write(new ExportItem(a, reading.images(key), names(a.aboutIds()),
                        keeping.of(key).stream().map(ArticleCollection::name).toList(), keeping.note(key).orElse(null),
                        keeping.highlights(a)));
                progress.update(i + 1, chosen.size());
            }
            writer.finish();
            done = true;
        } finally {
            if (!done) {
                writer.abandon();
                Writers.deleteTree(partial);
            }
        }
        if (Files.isDirectory(target)) {
            Files.delete(target); // empty, as checked before
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Result(chosen.size(), target);
    }

    /** A file name for an export titled so: "Đà Nẵng brief" gives "da-nang-brief". */
    public static String fileName(String title) {
        return Writers.slug(title, 60);
    }

    private List<String> names(List<String> provinceIds) {
        return provinceIds.stream().map(id -> gazetteer.province(id).map(Province::nameVi).orElse(id)).toList();
    }

    private static LocalDate day(ArticleSummary s) {
        return s.published() != null ? s.published().toLocalDate()
                : java.time.Instant.ofEpochSecond(s.sortTs()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
