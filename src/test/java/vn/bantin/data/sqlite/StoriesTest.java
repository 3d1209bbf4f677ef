package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two unrelated reports of one day in Hanoi share "Hanoi"; that alone must not make them one story. */
class StoriesTest {
    @Test
    void placesAndTheLastWordOfASharedNameDoNotCountAsFurtherNames() {
        Set<String> places = Set.of("ha noi", "ho chi minh");
        assertThat(Stories.distinctNames(Set.of("ha noi", "noi", "ho chi minh", "minh"), places)).isZero();
        assertThat(Stories.distinctNames(Set.of("bui thanh son", "son", "ha noi"), places)).isEqualTo(1);
        assertThat(Stories.distinctNames(Set.of("bui thanh son", "antony blinken", "blinken"), places)).isEqualTo(2);
        // a surname met alone is a name of its own when the full name is not shared
        assertThat(Stories.distinctNames(Set.of("son", "blinken"), places)).isEqualTo(2);
    }

    @Test
    void peopleAreSearchedBeforePlacesAndTheLastWordOfAPlaceIsAPlace() {
        var fp = new vn.bantin.domain.Fingerprint(new int[64],
                java.util.List.of("da nang", "nang", "ho chi minh", "minh", "le thi hoa", "hoa"), Set.of("da nang", "ho chi minh"));
        assertThat(Stories.searched(fp)).containsExactly("le thi hoa", "hoa");
        assertThat(Stories.distinctNames(Set.of("nang", "minh"), Stories.placeLike(fp))).isZero();
        var placesOnly = new vn.bantin.domain.Fingerprint(new int[64], java.util.List.of("da nang", "nang"), Set.of("da nang"));
        assertThat(Stories.searched(placesOnly)).containsExactly("da nang");
    }
}
