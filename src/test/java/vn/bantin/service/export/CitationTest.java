package vn.bantin.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.domain.Source;

/** Chicago author-date and APA 7 for news read online, signed and unsigned, in both manuals' own order. */
class CitationTest {
    private static final LocalDate READ = LocalDate.of(2026, 12, 5);

    private static Article article(String title, String author, OffsetDateTime published, String url) {
        return new Article(1, "abc", new Source("tuoitre-en", "Tuoi Tre News", null), url, title, "", List.of(), List.of(),
                published, "en", Instant.parse("2026-12-01T00:00:00Z"), List.of(), ArticleStatus.NEW, 1, List.of(), author);
    }

    private static final OffsetDateTime JAN_22 = OffsetDateTime.parse("2025-01-22T07:05+07:00");
    private static final String URL = "https://tuoitrenews.vn/news/metro-20250122.htm";

    @Test
    void aSignedStoryIsCitedByItsWriterFamilyNameFirst() {
        Article a = article("Ho Chi Minh City's first metro line carries 1 million passengers", "Lan Nguyen", JAN_22, URL);
        assertThat(Citation.chicago(a, READ)).isEqualTo("Nguyen, Lan. 2025. “Ho Chi Minh City's first metro line carries 1 million"
                + " passengers.” Tuoi Tre News, January 22, 2025. " + URL + ". Accessed December 5, 2026.");
        assertThat(Citation.apa(a, READ)).isEqualTo("Nguyen, L. (2025, January 22). Ho Chi Minh City's first metro line carries"
                + " 1 million passengers. Tuoi Tre News. Retrieved December 5, 2026, from " + URL);
    }

    @Test
    void aVietnameseNameWrittenFamilyFirstStaysInItsOrder() {
        Article a = article("Đà Lạt mở lễ hội hoa lần thứ 10", "Nguyễn Thị Lan", JAN_22, URL);
        assertThat(Citation.chicago(a, READ)).startsWith("Nguyễn Thị Lan. 2025. “Đà Lạt mở lễ hội hoa lần thứ 10.”");
        assertThat(Citation.apa(a, READ)).startsWith("Nguyễn, T. L. (2025, January 22). Đà Lạt mở lễ hội hoa lần thứ 10.");
    }

    @Test
    void anUnsignedStoryIsCitedByItsOutletInChicagoAndByItsTitleInApa() {
        Article a = article("Why is Hanoi's air so bad in winter?", null, JAN_22, URL);
        assertThat(Citation.chicago(a, READ)).isEqualTo("Tuoi Tre News. 2025. “Why is Hanoi's air so bad in winter?” January 22, 2025. "
                + URL + ". Accessed December 5, 2026.");
        assertThat(Citation.apa(a, READ)).isEqualTo("Why is Hanoi's air so bad in winter? (2025, January 22). Tuoi Tre News."
                + " Retrieved December 5, 2026, from " + URL);
    }

    @Test
    void anUndatedSavedPageWithNoAddressSaysNoDate() {
        Article a = article("Ca Mau farmers count the cost of salt water", null, null, null);
        assertThat(Citation.chicago(a, READ)).isEqualTo("Tuoi Tre News. n.d. “Ca Mau farmers count the cost of salt water.” Accessed December 5, 2026.");
        assertThat(Citation.apa(a, READ)).isEqualTo("Ca Mau farmers count the cost of salt water. (n.d.). Tuoi Tre News.");
    }

    @Test
    void aTitleCutShortWithAnEllipsisTakesNoSecondStop() {
        Article a = article("The Can Tho – Ca Mau expressway opened its first section, cutting the drive…", null, JAN_22, URL);
        assertThat(Citation.apa(a, READ)).startsWith("The Can Tho – Ca Mau expressway opened its first section, cutting the drive… (2025");
        assertThat(Citation.chicago(a, READ)).contains("“The Can Tho – Ca Mau expressway opened its first section, cutting the drive…”");
    }
}
