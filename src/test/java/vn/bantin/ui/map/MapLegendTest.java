package vn.bantin.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The legend names exactly the counts the map can show, and each count's shade is the step that names it. */
class MapLegendTest {
    @Test
    void oneArticleAtMostGivesTwoStepsNotNumbersNobodyHas() {
        assertThat(MapViewModel.legend(1)).extracting(MapViewModel.LegendStep::label).containsExactly("0", "1");
        assertThat(MapViewModel.legend(0)).extracting(MapViewModel.LegendStep::label).containsExactly("0");
        assertThat(MapViewModel.legend(3)).extracting(MapViewModel.LegendStep::label).containsExactly("0", "1", "2", "3");
    }

    @Test
    void everyCountUpToTheLargestIsInTheStepOfItsShade() {
        for (long largest = 1; largest <= 3000; largest++) {
            List<MapViewModel.LegendStep> steps = MapViewModel.legend(largest);
            long expectedLow = 1;
            for (MapViewModel.LegendStep s : steps.subList(1, steps.size())) {
                String[] ends = s.label().replace(",", "").split("–");
                long lo = Long.parseLong(ends[0]);
                long hi = Long.parseLong(ends[ends.length - 1]);
                assertThat(lo).as("steps of %d follow on", largest).isEqualTo(expectedLow);
                assertThat(hi).as("no step of %d names more than it", largest).isLessThanOrEqualTo(largest);
                for (long c : new long[] {lo, hi}) {
                    assertThat(MapViewModel.shadeClass(c, largest)).as("%d of %d", c, largest).isEqualTo(s.shadeClass());
                }
                expectedLow = hi + 1;
            }
            assertThat(expectedLow - 1).as("the last step of %d ends at it", largest).isEqualTo(largest);
        }
    }
}
