package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.ingest.page.Outlets;

/** The built-in catalogue: the outlets the issue names, real https addresses, each outlet one Bantin knows. */
class CatalogueTest {
    @Test
    void theCatalogueOffersTheMainOutletsInBothLanguagesAtHttpsAddressesOfTheirOwnSites() {
        List<Catalogue.Source> all = Catalogue.standard();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).extracting(Catalogue.Source::language).contains("en", "vi");
        assertThat(all).extracting(Catalogue.Source::outlet).contains("vnexpress", "vnexpress-vi", "tuoi-tre", "tuoi-tre-vi",
                "thanh-nien", "vna", "vgp", "vietnam-news", "nhan-dan", "vov");
        for (Catalogue.Source s : all) {
            assertThat(s.url()).as(s.name()).startsWith("https://");
            // the feed is served by the outlet itself, so its articles are filed under that outlet
            assertThat(Outlets.byUrl(s.url()).map(o -> o.source().id())).as(s.name()).contains(s.outlet());
        }
        assertThat(all).extracting(Catalogue.Source::url).doesNotHaveDuplicates();
    }
}
