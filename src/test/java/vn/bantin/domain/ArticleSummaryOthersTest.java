package vn.bantin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a list row says about the other versions of the story it leads. */
class ArticleSummaryOthersTest {
    static ArticleSummary from(String outlet, List<String> others) {
        return new ArticleSummary(1, "a", "Hue restores the Ngo Mon gate", outlet, null, null, 0, "", List.of(), List.of(),
                false, false, null, Double.NaN, 1, others);
    }

    @Test
    void aStoryToldOnlyByTheOutletBeingReadCountsVersionsNotSources() {
        assertThat(from("Vietnam Government Portal", List.of("Vietnam Government Portal")).othersNote()).isEqualTo("+1 version");
        assertThat(from("Saved page", List.of("Saved page", "Saved page")).othersNote()).isEqualTo("+2 versions");
    }

    @Test
    void otherOutletsAreNamedOnceAndTheOutletBeingReadIsNotAmongThem() {
        assertThat(from("Vietnam Government Portal", List.of("Tuoi Tre News", "Vietnam Government Portal", "Tuoi Tre News"))
                .othersNote()).isEqualTo("+1 source: Tuoi Tre News");
        assertThat(from("Hanoi Times", List.of("VNA / VietnamPlus", "Vietnam Government Portal")).othersNote())
                .isEqualTo("+2 sources: VNA / VietnamPlus, Vietnam Government Portal");
    }

    @Test
    void anArticleStandingAloneSaysNothing() {
        assertThat(from("Hanoi Times", List.of()).othersNote()).isEmpty();
    }
}
