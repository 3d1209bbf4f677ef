package vn.bantin.ui.timeline;

import static vn.bantin.i18n.Texts.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.Reading;
import vn.bantin.ui.TaskRunner;

/**
 * The time under the map: how many articles the list holds on each day (as bars, at most {@link #BARS} of them
 * over the days that have any), and the range the reader chose, by a preset or by brushing bars. The range filters
 * the list and every count, so the map reshades with it. Presets end with the newest day that has articles: an
 * archive read offline is still read by its own last week, and the range is always named by its dates.
 */
public final class TimelineViewModel {
    /** The bars drawn at most: more would be thinner than a pixel pair in the sidebar. */
    public static final int BARS = 60;

    /** A preset range: the newest {@code days} days with articles, or everything. */
    public enum Preset {
        DAY(1), WEEK(7), MONTH(30), YEAR(365), ALL(0);

        private final int days;

        Preset(int days) {
            this.days = days;
        }

        public String label() {
            return t("timeline.preset." + name().toLowerCase(Locale.ROOT));
        }

        public int days() {
            return days;
        }
    }

    /** Publication time in [{@code from}, {@code to}); null ends are open. Days are epoch days at the offset. */
    public record Range(Instant from, Instant to) {
        public static final Range ALL = new Range(null, null);

        public boolean all() {
            return from == null && to == null;
        }
    }

    /** One bar: the days {@code first}..{@code last} (epoch days, inclusive) and the articles on them. */
    public record Bar(long first, long last, long count) {
    }


    private final Reading reading;
    private final TaskRunner runner;
    private final ZoneOffset offset;
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<Range> range = new ReadOnlyObjectWrapper<>(Range.ALL);
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(Preset.ALL);
    private final ReadOnlyObjectWrapper<List<Bar>> bars = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private NavigableMap<Long, Long> days = new TreeMap<>();
    private ArticleQuery loadedFor;
    /** The list's query, counted once a view shows the bars: hidden, they cost the file nothing. */
    private ArticleQuery wanted;
    private int views;
    private boolean listShown;
    /** Read by the worker too: a count overtaken before it starts is not made. */
    private volatile int generation;

    public TimelineViewModel(Reading reading, TaskRunner runner, ZoneOffset offset, Consumer<String> report) {
        this.reading = reading;
        this.runner = runner;
        this.offset = offset;
        this.report = report;
    }

    /** What the list is cut to; {@link Range#ALL} when nothing is. */
    public ReadOnlyObjectProperty<Range> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** The preset chosen, or null after a brushed range. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Bar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /** True while the bars are being counted. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The list now shows {@code q}: its bars, counted off the window's thread unless these are already its own. */
    public void load(ArticleQuery q) {
        wanted = q.withRange(null, null).withOldestFirst(false);
        if (views > 0) {
            count();
        }
    }

    /** A view shows the bars (or, {@code false}, no longer does). */
    public void shown(boolean on) {
        views = Math.max(0, views + (on ? 1 : -1));
        if (on) {
            count();
        }
    }

    /**
     * The list has shown its first page: counting may begin. Before, the days' count (seconds of a core at a million
     * articles) would be drawn beside the window's first paint.
     */
    public void listLoading(boolean loading) {
        if (!loading && !listShown) {
            listShown = true;
            if (views > 0) {
                count();
            }
        }
    }

    private void count() {
        ArticleQuery key = wanted;
        if (!listShown || key == null || key.equals(loadedFor)) {
            return;
        }
        loadedFor = key;
        int gen = ++generation;
        loading.set(true);
        // aside, and not at all once overtaken, and stopped when overtaken midway (0.7 s of a core at a million
        // articles): the list, the sidebar's numbers and the map's shades of the next choice do not share the
        // machine's two cores with days no one will see
        runner.aside().run(() -> gen != generation ? null : reading.countsByDay(key, offset, () -> gen != generation), d -> {
            if (d == null) {
                return;
            }
            if (gen == generation) {
                loading.set(false);
                days = d;
                bars.set(barsOf(d));
            }
        }, e -> {
            if (gen == generation && !(e instanceof vn.bantin.data.ReadAbandonedException)) {
                loading.set(false);
                loadedFor = null;
                report.accept(t("timeline.error", e.getMessage()));
            }
        });
    }

    /** The stored articles changed: the next {@link #load} counts again. */
    public void invalidate() {
        loadedFor = null;
    }

    /** A preset range, ending with the newest day that has articles (or today, before any). */
    public void choose(Preset p) {
        preset.set(p);
        if (p == Preset.ALL) {
            range.set(Range.ALL);
            return;
        }
        long last = days.isEmpty() ? LocalDate.now(offset).toEpochDay() : days.lastKey();
        range.set(new Range(start(last - p.days() + 1), start(last + 1)));
    }

    /** The days {@code first}..{@code last} (epoch days, either order), brushed over the bars. */
    public void brush(long first, long last) {
        preset.set(null);
        range.set(new Range(start(Math.min(first, last)), start(Math.max(first, last) + 1)));
    }

    /** Whether a bar's days meet the chosen range (every bar, with nothing chosen). */
    public boolean inRange(Bar b) {
        Range r = range.get();
        return (r.from() == null || start(b.last() + 1).isAfter(r.from())) && (r.to() == null || start(b.first()).isBefore(r.to()));
    }

    /**
     * "All time", "16 Nov 2024", "10 – 16 Nov 2024", "28 Oct – 3 Nov 2024" or "1 Dec 2023 – 30 Nov 2024"; in
     * Vietnamese "16/11/2024", "10 – 16/11/2024", "28/10 – 3/11/2024".
     */
    public String describe() {
        Range r = range.get();
        if (r.all()) {
            return t("timeline.allTime");
        }
        LocalDate first = LocalDate.ofInstant(r.from(), offset);
        LocalDate last = LocalDate.ofInstant(r.to(), offset).minusDays(1);
        return span(first, last);
    }

    /** A bar's words for hover and for a screen reader: its days and its count. */
    public static String describe(Bar b) {
        String when = span(LocalDate.ofEpochDay(b.first()), LocalDate.ofEpochDay(b.last()));
        return t("timeline.bar", when, b.count());
    }

    static String span(LocalDate first, LocalDate last) {
        boolean vi = vn.bantin.i18n.Texts.vietnamese();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(vi ? "d/M/yyyy" : "d MMM yyyy", vn.bantin.i18n.Texts.locale());
        DateTimeFormatter dayInYear = DateTimeFormatter.ofPattern(vi ? "d/M" : "d MMM", vn.bantin.i18n.Texts.locale());
        if (first.equals(last)) {
            return day.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return day.format(first) + " – " + day.format(last);
        }
        if (first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + " – " + day.format(last);
        }
        return dayInYear.format(first) + " – " + day.format(last);
    }

    /** The start of an epoch day at the offset. */
    public Instant start(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(offset).toInstant();
    }

    /**
     * The days from the first with articles to the last (at least the {@link #BARS} days up to the last), cut into at
     * most {@link #BARS} bars of whole days each.
     */
    static List<Bar> barsOf(NavigableMap<Long, Long> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        // a few days (or one) are drawn as days among the weeks before them, not as bars the whole width wide
        long first = Math.min(days.firstKey(), days.lastKey() - BARS + 1);
        long span = days.lastKey() - first + 1;
        long width = Math.max(1, (span + BARS - 1) / BARS);
        List<Bar> out = new ArrayList<>();
        for (long d = first; d <= days.lastKey(); d += width) {
            long n = days.subMap(d, true, d + width - 1, true).values().stream().mapToLong(Long::longValue).sum();
            out.add(new Bar(d, Math.min(d + width - 1, days.lastKey()), n));
        }
        return out;
    }
}
