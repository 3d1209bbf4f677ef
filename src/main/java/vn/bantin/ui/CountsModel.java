package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.function.Consumer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.SidebarCounts;
import vn.bantin.service.Reading;

/**
 * The sidebar's numbers for what the list shows: asked off the window's thread whenever the list's query or the
 * stored articles change, and handed on only if no newer question was asked meanwhile.
 */
final class CountsModel {
    private final Reading reading;
    private final TaskRunner runner;
    private final Consumer<SidebarCounts> apply;
    private final Consumer<String> report;
    /** Read by the workers too: a question overtaken before a worker gets to it is not counted at all. */
    private volatile int generation;
    /** As {@link #generation}, for the places' numbers asked ahead of a range's page. */
    private volatile int placesGeneration;
    /** What the counts shown were made for; null once the stored articles changed. */
    private ArticleQuery countedFor;
    /** The counts shown, whose provinces' numbers a new choice of provinces keeps, and what they were made for. */
    private SidebarCounts shown;
    private ArticleQuery shownFor;

    CountsModel(Reading reading, TaskRunner runner, Consumer<SidebarCounts> apply, Consumer<String> report) {
        this.reading = reading;
        this.runner = runner;
        this.apply = apply;
        this.report = report;
    }

    /** The list now shows {@code q}: counts for it, unless those shown are already its. */
    void show(ArticleQuery q) {
        ArticleQuery key = q.withOldestFirst(false); // the order changes no number
        if (key.equals(countedFor)) {
            return;
        }
        SidebarCounts before = shown;
        // counts still on their way for another query are no base: theirs may differ in more than the provinces
        if (before != null && shownFor.withProvinces(key.provinceIds()).equals(key)) {
            // only the provinces changed: the numbers beside them count everything but that choice, and stand
            countedFor = key;
            int gen = ++generation;
            runner.run(() -> reading.sidebarCounts(key, false, () -> gen != generation), c -> {
                if (c != null && gen == generation) {
                    shown = c.withPlacesOf(before);
                    shownFor = key;
                    apply.accept(shown);
                }
            }, this::failed);
            return;
        }
        recount(key);
    }

    /**
     * The list shows {@code q}, whose page {@code page} asks for. Kept numbers come in a few ms: asked before the
     * page takes the read connection, the map reshades first (66 ms at the median at 1,000,000 articles, 78 ms
     * asked after: bench --ui). A search's or a range's numbers are counted and would hold the page up: asked after,
     * but a range's numbers beside the places, kept by day for the stories, before.
     */
    void showAround(ArticleQuery q, Runnable page) {
        boolean kept = q.text() == null && q.from() == null && q.to() == null;
        int gen = ++placesGeneration; // places' numbers still coming for another question are not shown
        if (kept) {
            show(q);
        } else {
            places(q, gen);
        }
        page.run();
        if (!kept) {
            show(q);
        }
    }

    /**
     * A range's numbers beside the places, when they are kept by day, ahead of the page (the map reshades with them);
     * the rest are counted after it. Shown with the other numbers as they stand until those come.
     */
    private void places(ArticleQuery q, int gen) {
        ArticleQuery key = q.withOldestFirst(false);
        if (shown == null || key.equals(countedFor)) {
            return;
        }
        runner.run(() -> reading.placeCounts(key, () -> gen != placesGeneration), p -> {
            // not once the whole numbers for it (or a newer question's) are in
            if (p != null && gen == placesGeneration && shown != null && !key.equals(shownFor)) {
                apply.accept(shown.withPlacesOf(p));
            }
        }, this::failed);
    }

    /** Something stored changed: the next {@link #show} asks again even for the same query. */
    void invalidate() {
        placesGeneration++;
        countedFor = null;
        shown = null;
        shownFor = null;
    }

    /** Something stored changed: every number is asked again. */
    void recount(ArticleQuery q) {
        ArticleQuery key = q.withOldestFirst(false);
        countedFor = key;
        int gen = ++generation;
        // a search's numbers take a second at 200,000 articles: those of letters typed since are not counted
        runner.run(() -> reading.sidebarCounts(key, true, () -> gen != generation), c -> {
            if (c != null && gen == generation) {
                shown = c;
                shownFor = key;
                apply.accept(c);
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof vn.bantin.data.ReadAbandonedException) {
            return; // asked again for what the reader chose since
        }
        countedFor = null; // asked again with the next choice
        shown = null;
        shownFor = null;
        report.accept(t("error.count", e.getMessage()));
    }
}
