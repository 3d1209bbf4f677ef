package vn.bantin.ingest.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.TestPages;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;

class ProvinceTaggerTest {
    static Set<String> mentioned(String text) {
        Set<String> out = new TreeSet<>();
        TestPages.TAGGER.mentions(text, 0).forEach(m -> out.add(m.provinceId()));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Officials met in Hà Nội on Monday.; ha-noi",
            "Officials met in Ha Noi on Monday.; ha-noi",
            "Officials met in Hanoi on Monday.; ha-noi",
            "HANOI — Officials met on Monday.; ha-noi",
            "Tourists flock to Đà Nẵng.; da-nang",
            "Tourists flock to Danang.; da-nang",
            "The festival in Thừa Thiên-Huế opened.; thua-thien-hue",
            "Hue City will host the event.; thua-thien-hue",
            "Flower growers in Da Lat expand.; lam-dong",
            "Beaches in Vung Tau were crowded.; ba-ria-vung-tau",
            "Divers explore the reefs off Nha Trang.; khanh-hoa",
            "Trekkers head to Sa Pa.; lao-cai",
            "Coffee prices in Daklak rose.; dak-lak",
            "Traffic in TP.HCM was heavy.; ho-chi-minh-city",
            "Traffic in HCMC was heavy.; ho-chi-minh-city",
            "Giao thông ở thành phố Hồ Chí Minh đông đúc.; ho-chi-minh-city",
            "The road to Ba Ria – Vung Tau opened.; ba-ria-vung-tau",
    })
    void recognisesAccentsSpellingsAndPlacesThatStandForAProvince(String text, String province) {
        assertThat(mentioned(text)).containsExactly(province);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Foreign Minister Bui Thanh Son met his counterpart.",
            "Former Deputy Prime Minister Pham Binh Minh spoke at the forum.",
            "Health Minister Nguyen Thanh Long, An official said, was absent.",
            "Nguyen Thanh Long An Giang tour guide",
            "Le Thanh Hai chaired the meeting.",
            "President Ho Chi Minh read the declaration.",
            "Veterans walked the Ho Chi Minh Trail.",
            "Visitors lined up at the Ho Chi Minh Mausoleum.",
            "National Assembly Chairman Vuong Dinh Hue spoke.",
            "Shops on Hai Phong Street closed early.",
            "No matter how long an investor waits, prices rise.",
            "\"Chúng tôi mong muốn hòa bình\", ông nói.",
            "The director told Hanoi Times on Monday.",
            "Thai tourists and Lao officials attended.",
    })
    void ignoresPeopleStreetsCompaniesAndOrdinaryWords(String text) {
        assertThat(mentioned(text)).isEmpty();
    }

    @Test
    void industrialZoneNamedAfterAProvinceIsNotThatProvince() {
        assertThat(mentioned("New berths opened at the Nam Dinh Vu industrial zone in Hai Phong."))
                .containsExactly("hai-phong");
    }

    @Test
    void vietnameseTitleBeforeAPersonKeepsTheProvince() {
        assertThat(mentioned("Chủ tịch UBND tỉnh Thanh Hóa Lê Văn Hùng phát biểu.")).containsExactly("thanh-hoa");
    }

    @Test
    void aListOfEveryProvinceSaysNothing() {
        String list = "The decree covers An Giang, Bac Giang, Bac Kan, Bac Lieu, Bac Ninh, Ben Tre, Binh Dinh, Binh Duong, "
                + "Binh Phuoc, Binh Thuan, Ca Mau, Can Tho, Cao Bang, Da Nang, Dak Lak and Dak Nong.";
        assertThat(mentioned(list)).isEmpty();
        assertThat(mentioned("Floods hit Yen Bai, Lao Cai and Cao Bang.")).containsExactly("cao-bang", "lao-cai", "yen-bai");
    }

    @Test
    void aboutIsTitleAndLeadNotAPassingMention() {
        List<ProvinceTag> tags = TestPages.TAGGER.tag(TestPages.page(
                "Quang Ninh opens a new ferry route to Co To",
                "The ferry will run twice a day from Van Don, the province said.",
                "Visitors from Hanoi can reach the pier in three hours.",
                "The route is 40 kilometres east of Hai Phong."));
        assertThat(tags).extracting(ProvinceTag::provinceId, ProvinceTag::relation, ProvinceTag::mentions)
                .contains(org.assertj.core.groups.Tuple.tuple("quang-ninh", Relation.ABOUT, 3));
        assertThat(tags).extracting(ProvinceTag::provinceId, ProvinceTag::relation)
                .contains(org.assertj.core.groups.Tuple.tuple("ha-noi", Relation.MENTIONED),
                        org.assertj.core.groups.Tuple.tuple("hai-phong", Relation.MENTIONED));
    }

    @Test
    void personCalledByGivenNameAfterFullNameIsNotThePlace() {
        List<ProvinceTag> tags = TestPages.TAGGER.tag(TestPages.page("A lacquer artist keeps old ways alive",
                "Tran Dinh Hue has painted in Thu Dau Mot for thirty years.", "Hue, 52, teaches young people."));
        assertThat(tags).extracting(ProvinceTag::provinceId).containsExactly("binh-duong");
    }
}
