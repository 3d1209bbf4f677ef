package vn.bantin.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

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

    /** Operators and stray punctuation are words or nothing: the index never sees FTS5 syntax from the reader. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', emptyValue = "", value = {
            "\"                 | ''",
            "*                   | ''",
            "-                   | ''",
            "()                  | ''",
            ":                   | ''",
            "^                   | ''",
            "NEAR(               | \"near\"*",
            "AND OR              | \"and\" AND \"or\"*",
            "\"unbalanced        | \"unbalanced\"*",
            "title:hue           | \"title hue\"*",
            "{col}: x            | \"col\" AND \"x\"*",
            "\"ha long\" OR -    | \"ha long\" AND \"or\"*"})
    void hostileInputBecomesPlainTextOrNothing(String q, String expected) {
        assertThat(SearchQuery.parse(q.strip()).toFtsMatch().orElse("")).isEqualTo(expected.strip());
    }
}
