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

    @Test
    void anArticleInsideAnAspNetFormIsFound() throws Exception {
        var page = HtmlPageParser.parse("<html><head><title>Binh Dinh news</title></head><body><form id=aspnetForm method=post>"
                + "<div class=header><a href=/>Home</a> <a href=/tin>Tin tức</a></div><div id=main><h1>Quy Nhon extends its"
                + " seaside walkway</h1><p>Quy Nhon will extend the walkway along Xuan Dieu street by two kilometres to the"
                + " fishing port, the Binh Dinh construction department said.</p><p>Work starts in May and should end before"
                + " the summer season of next year.</p></div><input type=hidden name=__VIEWSTATE value=x></form></body></html>", null);
        assertThat(page.title()).isEqualTo("Quy Nhon extends its seaside walkway");
        assertThat(page.lead()).startsWith("Quy Nhon will extend the walkway");
        assertThat(page.body()).containsExactly("Work starts in May and should end before the summer season of next year.");
    }

    @Test
    void jsonLdGivesHeadlineDateAndAuthorAndTheLogoHeadingIsNotTheTitle() throws Exception {
        var page = HtmlPageParser.parse("<html><head><title>Phu Quoc night market moves to the port - VnExpress International"
                + "</title><meta property=og:site_name content='VnExpress International'>"
                + "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
                + "\"name\":\"VnExpress\"},{\"@type\":\"NewsArticle\",\"headline\":\"Phu Quoc night market moves to the port\","
                + "\"datePublished\":\"2025-02-14T18:30:00+07:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Quynh Nguyen\"}]}]}"
                + "</script></head><body><h1 class=logo>VnExpress International</h1><div class=content-detail>"
                + "<p>The night market of Duong Dong will move to the new tourist port of Phu Quoc in April, the island's"
                + " authorities said, to make room for a park by the river.</p>"
                + "<figure><img src=https://e.vnexpress.net/a.jpg><figcaption>Stalls at the Duong Dong night market. Photo by"
                + " VnExpress/Quynh Nguyen</figcaption></figure>"
                + "<p>Traders will keep their stalls for free for the first year.</p>"
                + "<ul class=related><li><a href=/1>Phu Quoc adds flights</a></li><li><a href=/2>Kien Giang beaches</a></li></ul>"
                + "</div></body></html>", null);
        assertThat(page.title()).isEqualTo("Phu Quoc night market moves to the port");
        assertThat(page.published()).hasToString("2025-02-14T18:30+07:00");
        assertThat(page.author()).isEqualTo("Quynh Nguyen");
        assertThat(page.source().id()).isEqualTo("vnexpress");
        assertThat(page.captions()).hasSize(1).first().asString().startsWith("Stalls at the Duong Dong night market");
        assertThat(page.body()).containsExactly("Traders will keep their stalls for free for the first year.");
    }

    @Test
    void anArticleCutIntoChunksBetweenAdvertsIsReadWhole() throws Exception {
        String chunk = "<div class=grid><div class='body__inner'><p>%s</p></div><div class=ad-rail>Advertisement</div></div>";
        var page = HtmlPageParser.parse("<html><head><title>Sa Pa cable car adds cabins</title></head><body><main>"
                + String.format(chunk, "The Fansipan cable car in Sa Pa will add twenty cabins before the Lunar New Year,"
                + " its operator said, as visitor numbers to Lao Cai province keep rising.")
                + String.format(chunk, "Each new cabin seats thirty people, and the ride to the summit will still take about"
                + " fifteen minutes, the operator said in a statement on Monday.")
                + String.format(chunk, "Tickets will not change price this winter, although weekend queues have grown longer"
                + " since the railway from Hanoi reopened in the autumn.")
                + "</main></body></html>", null);
        assertThat(page.lead()).startsWith("The Fansipan cable car");
        assertThat(page.body()).hasSize(2);
        assertThat(page.body().get(1)).startsWith("Tickets will not change price");
    }

    @Test
    void aPageFromASiteBantinDoesNotKnowIsCreditedToThatSiteNotToASavedPage() throws Exception {
        var named = HtmlPageParser.parse("<html><head><meta property=og:site_name content='Báo Quảng Ninh'>"
                + "<link rel=canonical href='https://www.baoquangninh.vn/ha-long-cau-cang-123.html'></head><body>" + BODY, null);
        assertThat(named.source().name()).isEqualTo("Báo Quảng Ninh");
        assertThat(named.source().id()).isEqualTo("site:baoquangninh.vn");
        // no site name: the host, without its www
        var hosted = HtmlPageParser.parse("<html><head></head><body>" + BODY, null, "https://www.baothuathienhue.vn/tin/1.html");
        assertThat(hosted.source().name()).isEqualTo("baothuathienhue.vn");
        assertThat(hosted.source().id()).isEqualTo(named.source().id().replace("baoquangninh", "baothuathienhue"));
        // neither: nothing is known of where it came from
        assertThat(HtmlPageParser.parse("<html><body>" + BODY, null).source().name()).isEqualTo("Saved page");
    }

    @Test
    void aPageOfFewerThanTwentyWordsIsRefusedWithItsWholeCountAndTwentyReachedInItsLastParagraphIsKept() {
        String lead = "<p>Ca Mau opens a new fish market on Monday.</p>"; // 9 words
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlPageParser.parse("<html><body><article>" + lead
                        + "<p>Traders came early.</p><p>Prices held steady all day.</p></article></body></html>", null))
                .isInstanceOf(vn.bantin.ingest.RejectedInputException.class).hasMessageContaining("17 words");
        var kept = org.assertj.core.api.Assertions.catchThrowable(() -> HtmlPageParser.parse("<html><body><article>" + lead
                + "<p>Traders came early.</p><p>Prices held steady all day, the market board said.</p></article></body></html>", null));
        assertThat(kept).isNull();
    }

    @Test
    void aParagraphKeepsNoTextOfALinkTableCutFromInsideIt() throws Exception {
        // no doctype: quirks mode, where a table may sit inside a paragraph; the clean-up cuts it as a menu
        var page = HtmlPageParser.parse("<html><head><title>Soc Trang</title></head><body><div class=content>"
                + "<h1>Soc Trang dredges the Maspero river</h1>"
                + "<p>Soc Trang began dredging the Maspero river through the city on Monday, to let barges reach the"
                + " market again before the dry season, the province said.</p>"
                + "<p>The work, along four kilometres of the river, should end in March, and costs 40 billion dong, paid"
                + " by the province and the city together, officials said."
                + "<table><tr><td><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Sports</a> <a href=/d>Travel</a>"
                + "</td></tr></table></p></div></body></html>", null);
        assertThat(String.join("\n", page.body())).contains("costs 40 billion dong").doesNotContain("Sports");
    }
}
