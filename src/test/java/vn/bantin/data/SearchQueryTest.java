package vn.bantin.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {
    @Test
    void foldsDStrokeAndAccentsTheWayTheIndexDoes() {
        assertThat(SearchQuery.parse("Đà Nẵng ").toFtsMatch()).contains("\"da\" AND \"nang\"");
    }

    @Test
    void phrasePrefixAndExclusion() {
        assertThat(SearchQuery.parse("\"ha long\" bay -cruise hano").toFtsMatch())
                .contains("\"ha long\" AND \"bay\" AND \"hano\"* NOT \"cruise\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "NEAR(", "AND OR", "\"unbalanced", "-", "()", ":", "^"})
    void hostileInputBecomesPlainTextOrNothing(String q) {
        SearchQuery sq = SearchQuery.parse(q);
        sq.toFtsMatch().ifPresent(m -> assertThat(m).doesNotContain("NEAR(").matches("(\"[a-z0-9 ]+\"\\*?( AND | NOT )?)+"));
    }
}
