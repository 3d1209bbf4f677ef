package vn.bantin.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.WorkJournal;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ParsedPage;
import vn.bantin.ingest.story.Fingerprints;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * The stored articles as a whole: reading them again with newer parsers after an upgrade (offered once, or asked
 * for), grouping into stories the articles of files from before stories existed, and the import or sync a crash
 * cut short.
 */
public final class Library {
    private static final System.Logger LOG = System.getLogger(Library.class.getName());
    private static final int BATCH = 1000;

    private final ArticleRepository articles;
    private final ProvinceTagger tagger;
    private final WorkJournal journal;

    public Library(ArticleRepository articles, ProvinceTagger tagger, WorkJournal journal) {
        this.articles = articles;
        this.tagger = tagger;
        this.journal = journal;
    }

    /**
     * Deletes the sample articles a new file was filled with (known by their ids, so a page the reader imported
     * stays, bookmarked samples too); how many went.
     */
    public vn.bantin.domain.DeletedArticles removeSamples() {
        List<Long> keys = new ArrayList<>();
        for (String id : Samples.ids()) {
            articles.find(id).filter(a -> !a.status().bookmarked()).ifPresent(a -> keys.add(a.key()));
        }
        return keys.isEmpty() ? vn.bantin.domain.DeletedArticles.NONE : articles.deleteUndoably(keys);
    }

    /** The import or sync a crash, a kill or a power cut stopped, if any (the latest). */
    public java.util.Optional<vn.bantin.domain.InterruptedWork> interrupted() {
        return journal.interrupted();
    }

    /** The reader will not finish it: it is not told again. */
    public void dismiss(vn.bantin.domain.InterruptedWork work) {
        journal.finish(work.run());
    }

    /** A piece of work an upgrade leaves to do once per file, after its migrations, known by its name. */
    public record Step(String name, Runnable run) {
    }

    /** Oldest first; a step's name never changes once released (files remember it). */
    private List<Step> steps() {
        return List.of(new Step("group-articles-from-before-stories", this::groupUngrouped));
    }

    /**
     * Runs, after the migrations, each step this file has not run yet, and remembers it by name: one read per step
     * on every later open, nothing written.
     */
    public List<String> afterUpgrade() {
        List<String> ran = new ArrayList<>();
        for (Step step : steps()) {
            String marker = "step:" + step.name();
            if (articles.marker(marker).isEmpty()) {
                step.run().run();
                articles.setMarker(marker, 1);
                ran.add(step.name());
            }
        }
        return ran;
    }

    /**
     * Fingerprints and groups articles stored before stories existed, from their stored text. Returns how
     * many were grouped; a no-op on a file that has none.
     */
    public int groupUngrouped() {
        int done = 0;
        while (true) {
            List<ArticleRepository.RawArticle> batch = articles.withoutFingerprint(BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            List<NewArticle> updated = new ArrayList<>();
            for (ArticleRepository.RawArticle raw : batch) {
                vn.bantin.domain.Article a = articles.findByKey(raw.key()).orElseThrow();
                ParsedPage page = new ParsedPage(a.source(), a.url(), a.title(), a.lead(), a.body(), a.captions(),
                        a.published(), a.language(), a.author());
                updated.add(new NewArticle(a.id(), page, a.tags(), raw.rawName(), raw.rawInput(), raw.importedAt(),
                        Fingerprints.of(page)));
            }
            articles.regroup(updated, true);
            done += updated.size();
        }
    }

    /**
     * The version of the page parsers: raised when an upgrade changes what they make of a page, so that files
     * whose articles were read by an older one can be read again from their kept input (version 2: the article
     * extractor of decision 0008 and the saved-text headline finder; version 3: places below the province).
     */
    public static final int PARSER_VERSION = 3;
    private static final String PARSER_MARKER = "parser-version";
    private static final String OFFERED_MARKER = "parser-reread-offered";

    /** An empty file is read by this parser from its first article: nothing in it will need reading again. */
    public void noteParserOnOpen() {
        if (articles.marker(PARSER_MARKER).isEmpty() && articles.count(vn.bantin.domain.ArticleQuery.ALL) == 0) {
            articles.setMarker(PARSER_MARKER, PARSER_VERSION);
        }
    }

    /** The parser version that last read every stored article (1: files from before versions were kept). */
    public int storedParserVersion() {
        return articles.marker(PARSER_MARKER).orElse(1);
    }

    /** Whether to offer, once, to read the stored articles again with this version's parsers. */
    public boolean shouldOfferReread() {
        return storedParserVersion() < PARSER_VERSION && articles.marker(OFFERED_MARKER).orElse(0) < PARSER_VERSION
                && articles.count(vn.bantin.domain.ArticleQuery.ALL) > 0;
    }

    /** The reader said "not now": the offer is not made again for this version ({@code retag} still does it). */
    public void declineReread() {
        articles.setMarker(OFFERED_MARKER, PARSER_VERSION);
    }

    /** Thrown out of a batch to stop a re-read between two committed batches. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Re-parses and re-tags every stored article from its kept raw input (after an upgrade of the parser or
     * tagger), keeping ids, read and bookmark states and the reader's story corrections; a page the new parser
     * rejects keeps its stored version (logged). Each batch is its own transaction, so a cancelled re-read keeps
     * what it did. Returns how many articles were read again.
     */
    public int retag(ImportService.Progress progress) {
        int[] done = {0};
        long total = articles.count(vn.bantin.domain.ArticleQuery.ALL);
        try {
            articles.forEachRaw(BATCH, batch -> {
                if (progress.cancelled()) {
                    throw new Stopped();
                }
                List<NewArticle> updated = new ArrayList<>();
                for (ArticleRepository.RawArticle raw : batch) {
                    try {
                        ParsedPage page = ImportService.parse(raw.rawName(), raw.rawInput());
                        updated.add(new NewArticle(raw.id(), page, tagger.tag(page), raw.rawName(), raw.rawInput(),
                                raw.importedAt(), Fingerprints.of(page)));
                    } catch (RejectedInputException e) {
                        LOG.log(System.Logger.Level.WARNING, "kept the stored version of " + raw.rawName()
                                + ": the new parser rejects it (" + e.getMessage() + ")");
                    }
                }
                articles.replaceParsed(updated);
                articles.regroup(updated, false);
                done[0] += batch.size();
                progress.update(done[0], (int) Math.min(Integer.MAX_VALUE, total), null);
            });
        } catch (Stopped s) {
            return done[0];
        }
        articles.setMarker(PARSER_MARKER, PARSER_VERSION);
        return done[0];
    }
}
