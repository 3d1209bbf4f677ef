package vn.bantin.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "March 26, 2024 3:07 PM GMT+7; 2024-03-26T15:07+07:00",
            "Mar 26, 2024 / 20:20; 2024-03-26T20:20+07:00",
            "Tuesday, March 26, 2024 | 03:07 pm GMT+7; 2024-03-26T15:07+07:00",
            "Tuesday, March 26, 2024, 15:07 (GMT+7); 2024-03-26T15:07+07:00",
            "26/03/2024 15:07; 2024-03-26T15:07+07:00",
            "03/26/2024 15:07 GMT+7; 2024-03-26T15:07+07:00",
            "2024-03-26T08:07:00Z; 2024-03-26T08:07Z",
            "2024-03-26T15:07:00+07:00; 2024-03-26T15:07+07:00",
            "March 26, 2024 - 15:07; 2024-03-26T15:07+07:00",
            "Thứ Ba, 26/3/2024, 15:07 (GMT+7); 2024-03-26T15:07+07:00",
            "Updated: 15:07' 26/03/2024; 2024-03-26T15:07+07:00",
            "26 March 2024; 2024-03-26T00:00+07:00",
            "Posted: 2023-11-02 09:00; 2023-11-02T09:00+07:00",
    })
    void readsTheFormsNewsSitesPrint(String line, String expected) {
        assertThat(DateParser.parseDateLine(line, true, null)).get().hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The leaders met on March 26, 2024 in Washington.", "on April 15", "Chapter 12:30 of the book",
            "03/04/2024 10:00", "31/02/2024", "Hanoi, March 26 (VNA)"})
    void refusesAnythingThatIsNotCertainlyADateLine(String line) {
        assertThat(DateParser.parseDateLine(line, null, null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void ambiguousNumericDateFollowsTheOutletsConvention() {
        assertThat(DateParser.parseDateLine("05/04/2024 10:30", true, null)).get().hasToString("2024-04-05T10:30+07:00");
        assertThat(DateParser.parseDateLine("05/04/2024 10:30", false, null)).get().hasToString("2024-05-04T10:30+07:00");
    }

    @org.junit.jupiter.api.Test
    void dateWithoutYearTakesTheYearFromContextOnlyWhenGiven() {
        assertThat(DateParser.parseDateLine("on April 15", true, 2023)).get().hasToString("2023-04-15T00:00+07:00");
        assertThat(DateParser.parseDateLine("April 15", true, null)).isEmpty();
    }
}
