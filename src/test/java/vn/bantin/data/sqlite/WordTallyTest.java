package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.bantin.data.SearchQuery;

/** The import's word count cuts words exactly where the search box's words are cut (and FTS5's unicode61). */
class WordTallyTest {
    private static final String[] PIECES = {"ha", "noi", "dang", "thanh", "co₂", "h²o", " ", " ", "\n", ",", "-", "'",
            "2025", "ǅ", "𝐀", "😀", "\u00a0", "ng", "uyen", "\ue000", "ʻ", "ⅻ", "."};

    @Test
    void countsEveryWordTheWaySplitCutsThem() {
        Random rnd = new Random(23);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(300); i > 0; i--) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            Map<String, Integer> expected = new HashMap<>();
            for (String w : SearchQuery.split(text)) {
                expected.merge(w, 1, Integer::sum);
            }
            WordTally tally = new WordTally();
            tally.add(text);
            tally.add(text);
            Map<String, Integer> counted = new HashMap<>();
            tally.forEach(counted::put);
            expected.replaceAll((w, n) -> n * 2);
            assertThat(counted).as(text).isEqualTo(expected);
        }
    }

    @Test
    void keepsCountingPastItsFirstTable() {
        WordTally tally = new WordTally();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("w").append(i).append(' ');
        }
        tally.add(sb.toString());
        tally.add("w7 w7");
        Map<String, Integer> counted = new HashMap<>();
        tally.forEach(counted::put);
        assertThat(counted).hasSize(20_000).containsEntry("w7", 3).containsEntry("w19999", 1);
    }

    @Test
    void handsItsWordsOverInTheirOrder() {
        WordTally tally = new WordTally();
        tally.add("thanh hoa ha noi 2025 an giang ha long ba ria vung tau noi");
        java.util.List<String> seen = new java.util.ArrayList<>();
        tally.forEach((w, n) -> seen.add(w));
        assertThat(seen).isSorted().containsExactly("2025", "an", "ba", "giang", "ha", "hoa", "long", "noi", "ria",
                "tau", "thanh", "vung");
    }
}
