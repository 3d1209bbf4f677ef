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

    @Test
    void aPrefixIsSearchedAsTheWordsItStartsWhenTheyAreNamed() {
        java.util.function.Function<String, java.util.List<String>> words =
                p -> p.equals("lon") ? java.util.List.of("long", "lonh") : null;
        assertThat(SearchQuery.parse("ha lon").toFtsMatch(words)).contains("\"ha\" AND (\"long\" OR \"lonh\")");
        assertThat(SearchQuery.parse("title:lon").toFtsMatch(words)).contains("(\"title long\" OR \"title lonh\")");
        assertThat(SearchQuery.parse("bay -lon*").toFtsMatch(words)).contains("\"bay\" NOT (\"long\" OR \"lonh\")");
        assertThat(SearchQuery.parse("ha lonx").toFtsMatch(words)).as("none named: left to the index")
                .contains("\"ha\" AND \"lonx\"*");
    }

    @Test
    void wordsAreCutWhereTheIndexCutsThem() {
        // unicode61 keeps every letter and number in a word, superscripts and subscripts too
        assertThat(SearchQuery.tokens("CO₂ và H²O, Quảng-Trị")).containsExactly("co₂", "va", "h²o", "quang", "tri");
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
