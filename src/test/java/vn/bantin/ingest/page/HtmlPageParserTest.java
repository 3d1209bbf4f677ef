package vn.bantin.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a fetched page's address comes from: its own canonical link first, the address it was fetched from last. */
class HtmlPageParserTest {
    private static final String BODY = "<h1>Hue reopens the Truong Tien bridge</h1><article><p>The Truong Tien bridge over the"
            + " Perfume River in Hue reopened to walkers on Sunday after a month of repairs to its steel spans.</p>"
            + "<p>Lights along the six spans will return next week, the city said.</p></article></body></html>";

    @Test
    void aPageWithoutACanonicalLinkTakesTheAddressItWasFetchedFromAndItsOutlet() throws Exception {
        var page = HtmlPageParser.parse("<html><head><title>x</title></head><body>" + BODY, null,
                "https://e.vnexpress.net/news/news/hue-bridge-4800001.html");
        assertThat(page.url()).isEqualTo("https://e.vnexpress.net/news/news/hue-bridge-4800001.html");
        assertThat(page.source().name()).contains("VnExpress");
    }

    @Test
    void aCanonicalLinkWinsOverTheFetchedAddress() throws Exception {
        var page = HtmlPageParser.parse("<html><head><link rel=\"canonical\" href=\"https://e.vnexpress.net/news/hue-4800001.html\">"
                + "</head><body>" + BODY, null, "https://e.vnexpress.net/rss-redirect?id=4800001");
        assertThat(page.url()).isEqualTo("https://e.vnexpress.net/news/hue-4800001.html");
    }
}
