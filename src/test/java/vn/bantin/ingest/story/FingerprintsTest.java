package vn.bantin.ingest.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.domain.Fingerprint;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;

/** The names a story is matched on: people and organisations vouch for a match, places only find candidates. */
class FingerprintsTest {
    private static ParsedPage page(String title, String lead, String... body) {
        return new ParsedPage(Source.UNKNOWN, null, title, lead, List.of(body), List.of(), null, "en");
    }

    @Test
    void provinceNamesAreKeysMarkedAsPlacesEvenWithoutTheWordCity() {
        Fingerprint fp = Fingerprints.of(page("Metro line opens in Ho Chi Minh City",
                "Ho Chi Minh City and Ha Noi leaders met Nguyen Van Duc on Monday.",
                "Officials from Ho Chi Minh City said Nguyen Van Duc would visit Da Nang next week."));
        assertThat(fp.keys()).contains("ho chi minh", "ha noi", "nguyen van duc", "da nang");
        assertThat(fp.places()).contains("ho chi minh", "ha noi", "da nang").doesNotContain("nguyen van duc", "duc");
    }

    @Test
    void theFirstWordAfterADatelineIsNoName() {
        Fingerprint fp = Fingerprints.of(page("Flood defences upgraded",
                "HA NOI — Engineers finished the dyke on Tuesday.",
                "Da Nang (VNA) – Residents welcomed the work, said Le Thi Hoa."));
        assertThat(fp.keys()).doesNotContain("engineers", "residents").contains("le thi hoa");
    }

    @Test
    void capitalisedWordsThatNameNoOneAreNotKeys() {
        Fingerprint fp = Fingerprints.of(page("Budget approved",
                "The plan costs 2 trillion VND, Authorities said, and Tran Minh Quang agreed.",
                "A further 40 million USD comes from Authorities in the north."));
        assertThat(fp.keys()).doesNotContain("vnd", "usd", "authorities").contains("tran minh quang");
    }
}
