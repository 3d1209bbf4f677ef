package vn.bantin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.domain.Place;
import vn.bantin.domain.Place.Kind;

/** The places below the province that ship with the app, checked against the official counts and known facts. */
class PlacesTest {
    private static final List<Place> ALL = Places.standard();

    @Test
    void theListsHoldEveryUnitBeforeAndAfterTheReform() {
        Map<Kind, Long> n = ALL.stream().collect(Collectors.groupingBy(Place::kind, Collectors.counting()));
        // the GSO list of December 2024: 705 district-level units and 10,599 wards, communes and townships
        assertThat(n.get(Kind.DISTRICT) + n.get(Kind.TOWN) + n.get(Kind.CITY)).isEqualTo(705);
        assertThat(n.get(Kind.WARD) + n.get(Kind.COMMUNE) + n.get(Kind.TOWNSHIP)).isGreaterThanOrEqualTo(10_599);
        // Resolution 202/2025/QH15 and the commune arrangement of June 2025: 3,321 communes, wards and special zones
        assertThat(n.get(Kind.WARD_2025) + n.get(Kind.COMMUNE_2025) + n.get(Kind.SPECIAL_ZONE)).isEqualTo(3_321);
        assertThat(n.get(Kind.SPECIAL_ZONE)).isEqualTo(13);
        assertThat(n.get(Kind.LANDMARK)).isGreaterThan(200);
    }

    @Test
    void everyPlaceLiesInAProvinceWhoseUnitOf2025IsTheOneItsRowNames() {
        Gazetteer g = Gazetteer.standard();
        assertThat(ALL).allSatisfy(p -> assertThat(g.province(p.provinceId()).orElseThrow().unit2025())
                .as("%s %s", p.kind(), p.name()).isEqualTo(p.unitId()));
    }

    @ParameterizedTest
    @CsvSource({
            "DISTRICT, Mù Căng Chải, yen-bai, lao-cai",
            "DISTRICT, Củ Chi, ho-chi-minh-city, ho-chi-minh-city",
            "DISTRICT, Tây Hồ, ha-noi, ha-noi",
            "TOWNSHIP, D'Ran, lam-dong, lam-dong",
            "CITY, Tân An, long-an, tay-ninh",
            "SPECIAL_ZONE, Côn Đảo, ba-ria-vung-tau, ho-chi-minh-city",
            "SPECIAL_ZONE, Phú Quốc, kien-giang, an-giang",
            "SPECIAL_ZONE, Lý Sơn, quang-ngai, quang-ngai",
            "SPECIAL_ZONE, Hoàng Sa, da-nang, da-nang",
            "SPECIAL_ZONE, Trường Sa, khanh-hoa, khanh-hoa",
            "WARD_2025, Sài Gòn, ho-chi-minh-city, ho-chi-minh-city",
            "COMMUNE_2025, Bà Nà, da-nang, da-nang",
            "LANDMARK, Phong Nha-Ke Bang, quang-binh, quang-tri",
            "LANDMARK, Huu Nghi, lang-son, lang-son",
    })
    void knownPlacesAreWhereTheyAre(Kind kind, String name, String province, String unit) {
        assertThat(ALL).filteredOn(p -> p.kind() == kind && p.name().equals(name))
                .extracting(Place::provinceId, Place::unitId).contains(org.assertj.core.groups.Tuple.tuple(province, unit));
    }

    @Test
    void aRowWithAnUnknownProvinceNamesTheFileAndLine() {
        String rows = "# kind\tname\tprovince\nH\tMù Căng Chải\tyen-bai\tlao-cai\t\nX\tNowhere\tatlantis\t\t\n";
        assertThatThrownBy(() -> Places.read("places.tsv", new BufferedReader(new StringReader(rows)), new ArrayList<>(),
                Gazetteer.standard())).hasMessage("places.tsv line 3: no province \"atlantis\" in the gazetteer");
    }
}
