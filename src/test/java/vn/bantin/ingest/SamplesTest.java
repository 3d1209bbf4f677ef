package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sample articles' ids are listed so that the window need not parse the samples to know them at start. */
class SamplesTest {
    @Test
    void theListedSampleIdsAreThoseTheSamplesImportAs() {
        assertThat(Samples.ids()).as("resources/samples/ids.txt").isEqualTo(Samples.parsedIds()).hasSize(Samples.names().size());
    }
}
