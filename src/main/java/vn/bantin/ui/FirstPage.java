package vn.bantin.ui;

import java.util.List;
import java.util.Set;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ingest.Samples;
import vn.bantin.service.Reading;
import vn.bantin.ui.list.FirstPageView;
import vn.bantin.ui.list.ListHeading;
import vn.bantin.ui.provinces.ProvincesViewModel.Mode;
import vn.bantin.ui.provinces.SavedChoice;

/**
 * The list's first page as the reader left the list, read on the thread that opened the file while the toolkit
 * starts, with what the start needs to draw it before the window's view models exist.
 */
public record FirstPage(SavedView view, String places, List<ArticleSummary> rows, Set<String> samples, Gazetteer gazetteer) {
    public FirstPage {
        rows = List.copyOf(rows);
        samples = Set.copyOf(samples);
    }

    /** Off the window's thread: the rows a first frame can hold, no more. */
    public static FirstPage read(Reading reading, Gazetteer gazetteer, Settings settings) {
        SavedView view = SavedView.of(settings, gazetteer);
        List<ArticleSummary> rows = reading.page(view.query(gazetteer), null, FirstPageView.MOST_ROWS).items();
        return new FirstPage(view, view.choice().places(gazetteer), rows, Set.copyOf(Samples.ids()), gazetteer);
    }

    /** The list's header as the window first gives it, before the count is in; where the language has been chosen. */
    public String header() {
        return ListHeading.header(view.choice().special(), null, places, null, null, -1, view.query(gazetteer).groupsStories());
    }

    /** A row's chip names a province of the 63, whichever the sidebar shows. */
    public String provinceName(String id) {
        return SavedChoice.nameOf(Mode.PROVINCES_63, id, gazetteer);
    }

    public boolean isSample(ArticleSummary a) {
        return samples.contains(a.id());
    }
}
