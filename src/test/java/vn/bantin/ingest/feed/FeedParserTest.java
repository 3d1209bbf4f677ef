package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.bantin.ingest.RejectedInputException;

/** Feeds in the shapes and encodings real sites publish, read by what they say rather than refused. */
class FeedParserTest {
    private static final String RSS = "<?xml version=\"1.0\" encoding=\"%s\"?><rss version=\"2.0\"><channel>"
            + "<title>Báo Nhân Dân</title><link>https://nhandan.vn/</link><item><title>Hội An mở phố đi bộ</title>"
            + "<link>https://nhandan.vn/hoi-an.html</link><description>Phố cổ Hội An mở thêm phố đi bộ.</description>"
            + "</item></channel></rss>";

    @Test
    void utf16AndUtf32FeedsAreReadByTheirByteOrderMarks() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] bom = switch (cs) {
                case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                case "UTF-32LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
                default -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            };
            byte[] body = String.format(RSS, cs.startsWith("UTF-16") ? "utf-16" : "utf-32").getBytes(Charset.forName(cs));
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            FeedParser.ParsedFeed f = FeedParser.parse(all, "https://nhandan.vn/rss");
            assertThat(f.title()).as(cs).isEqualTo("Báo Nhân Dân");
            assertThat(f.entries()).extracting(FeedParser.Entry::title).containsExactly("Hội An mở phố đi bộ");
        }
    }

    @Test
    void aLegacyEncodingNamedByTheServerOrTheDeclarationIsRead() throws Exception {
        byte[] cp1258 = String.format(RSS, "windows-1258").replace("Báo Nhân Dân", "Bao Nhan Dan – tin")
                .getBytes(Charset.forName("windows-1258"));
        assertThat(FeedParser.parse(cp1258, null).title()).isEqualTo("Bao Nhan Dan – tin");
        byte[] latin = "<rss version=\"2.0\"><channel><title>Caf\u00e9 news</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FeedParser.parse(latin, null, "application/rss+xml; charset=iso-8859-1").title()).isEqualTo("Café news");
    }

    @Test
    void netscapesRss091DoctypeIsIgnoredButEntityDeclarationsAreRefused() throws Exception {
        String netscape = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Old &amp; fine"
                + "</title><link>http://example.org/</link><description>d</description><item><title>Hue&nbsp;news</title>"
                + "<link>http://example.org/1</link></item></channel></rss>";
        FeedParser.ParsedFeed f = FeedParser.parse(netscape.getBytes(StandardCharsets.UTF_8), null);
        assertThat(f.title()).isEqualTo("Old & fine");
        assertThat(f.entries()).hasSize(1);
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel>"
                + "<title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(hostile.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void titlesAreTextNeverMarkup() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "Example <b>Atom</b></div></title><entry><title type=\"html\">&lt;script&gt;alert(1)&lt;/script&gt;Da Nang"
                + " &lt;i&gt;bridge&lt;/i&gt;</title><id>urn:1</id></entry></feed>";
        FeedParser.ParsedFeed f = FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), null);
        assertThat(f.title()).isEqualTo("Example Atom");
        assertThat(f.entries().get(0).title()).isEqualTo("Da Nang bridge");
    }

    @Test
    void anEntryWithoutIdLinkOrTitleIsKeptUnderTheSameIdEachTime() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><description>Ca Mau opens a mangrove trail."
                + "</description></item></channel></rss>";
        String a = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), null).entries().get(0).guid();
        String b = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), null).entries().get(0).guid();
        assertThat(a).startsWith("bantin:entry:").isEqualTo(b);
    }

    @Test
    void aJsonFeedGivesItsItems() throws Exception {
        String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Vietnam <b>travel</b>\","
                + " \"home_page_url\": \"https://example.org/\", \"items\": [{\"id\": \"1\", \"url\": \"/sapa.html\","
                + " \"title\": \"Sa Pa in the fog\", \"content_text\": \"Sa Pa in Lao Cai was under fog all week.\","
                + " \"date_published\": \"2025-01-06T08:00:00+07:00\", \"authors\": [{\"name\": \"Lan Anh\"}]},"
                + " {\"content_html\": \"<p>Hoi An lanterns</p>\"}]}";
        FeedParser.ParsedFeed f = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "https://example.org/feed.json");
        assertThat(f.title()).isEqualTo("Vietnam travel");
        assertThat(f.entries()).hasSize(2);
        FeedParser.Entry first = f.entries().get(0);
        assertThat(first.link()).isEqualTo("https://example.org/sapa.html");
        assertThat(first.author()).isEqualTo("Lan Anh");
        assertThat(first.published()).hasToString("2025-01-06T01:00:00Z");
        assertThat(FeedText.text(first.html())).contains("under fog all week");
        assertThat(f.entries().get(1).guid()).startsWith("bantin:entry:");
    }

    @Test
    void anOldChannelDefinitionFormatFeedGivesItsItems() throws Exception {
        String cdf = "<?xml version=\"1.0\"?><CHANNEL HREF=\"http://example.org/\"><TITLE>Old channel</TITLE>"
                + "<ITEM HREF=\"http://example.org/hue.htm\"><TITLE>Hue festival opens</TITLE><ABSTRACT>The Hue festival"
                + " opened on the Perfume River.</ABSTRACT></ITEM></CHANNEL>";
        FeedParser.ParsedFeed f = FeedParser.parse(cdf.getBytes(StandardCharsets.UTF_8), null);
        assertThat(f.title()).isEqualTo("Old channel");
        assertThat(f.siteUrl()).isEqualTo("http://example.org/");
        assertThat(f.entries()).extracting(FeedParser.Entry::title).containsExactly("Hue festival opens");
        assertThat(f.entries().get(0).link()).isEqualTo("http://example.org/hue.htm");
    }
}
