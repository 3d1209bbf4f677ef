package vn.bantin.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bars under the map: a day's bar is a day wide among the weeks before it, and no article falls between bars. */
class TimelineBarsTest {
    private static final long DAY = LocalDate.of(2024, 12, 20).toEpochDay();

    @Test
    void oneDayOfArticlesIsANarrowBarAtTheEndNotTheWholeWidth() {
        TreeMap<Long, Long> days = new TreeMap<>();
        days.put(DAY, 3L);
        List<TimelineViewModel.Bar> bars = TimelineViewModel.barsOf(days);
        assertThat(bars).hasSize(TimelineViewModel.BARS);
        assertThat(bars.get(bars.size() - 1)).isEqualTo(new TimelineViewModel.Bar(DAY, DAY, 3));
        assertThat(bars.subList(0, bars.size() - 1)).allSatisfy(b -> assertThat(b.count()).isZero());
    }

    @Test
    void yearsOfArticlesAreCutIntoWholeDaysWithEveryArticleInOneBar() {
        TreeMap<Long, Long> days = new TreeMap<>();
        for (long d = 0; d < 1000; d += 7) {
            days.put(DAY - d, d + 1);
        }
        List<TimelineViewModel.Bar> bars = TimelineViewModel.barsOf(days);
        assertThat(bars.size()).isLessThanOrEqualTo(TimelineViewModel.BARS);
        assertThat(bars.get(0).first()).isEqualTo(days.firstKey());
        assertThat(bars.get(bars.size() - 1).last()).isEqualTo(DAY);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).first()).isEqualTo(bars.get(i - 1).last() + 1);
        }
        assertThat(bars.stream().mapToLong(TimelineViewModel.Bar::count).sum())
                .isEqualTo(days.values().stream().mapToLong(Long::longValue).sum());
    }
}
