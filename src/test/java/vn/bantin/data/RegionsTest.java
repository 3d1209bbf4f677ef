package vn.bantin.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.bantin.domain.Province;
import vn.bantin.domain.Region;
import vn.bantin.domain.Unit2025;

/** The picker groups by region: every province and unit of the gazetteer is in one of the six, named. */
class RegionsTest {
    @Test
    void everyProvinceAndUnitIsInOneOfTheSixRegions() {
        Gazetteer g = Gazetteer.standard();
        var ids = Arrays.stream(Region.values()).map(Region::id).toList();
        assertThat(g.provinces()).extracting(Province::region).allMatch(ids::contains);
        assertThat(g.units()).extracting(Unit2025::region).allMatch(ids::contains);
        assertThat(g.provinces().stream().filter(p -> p.id().equals("can-tho")).findFirst().orElseThrow().region())
                .satisfies(r -> assertThat(Region.nameOf(r)).isEqualTo("Mekong Delta"));
        assertThat(Region.orderOf("northern-midlands")).isLessThan(Region.orderOf("mekong-delta"));
    }
}
