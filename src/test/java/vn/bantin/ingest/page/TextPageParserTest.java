package vn.bantin.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.bantin.domain.ParsedPage;
import vn.bantin.ingest.RejectedInputException;

class TextPageParserTest {
    static final String MENU = String.join("\n", "• An Giang", "  • Binh Duong", "  • Ca Mau", "  • Da Nang", "  • Da Lat",
            "  • Ha Noi", "  • Ho Chi Minh", "  • Hai Phong", "  • Long An", "  • Son La", "  • Vung Tau", "  • Yen Bai");

    static final String VGP = MENU + "\n\nQuang Tri hosts peace festival for the first time\n\n"
            + "VGP - The central province of Quang Tri opened its festival for peace on Saturday at the Hien Luong bridge, which divided the country for two decades.\n\n"
            + "July 20, 2024 8:05 PM GMT+7\nQuang Tri hosts peace festival for the first time- Ảnh 1.\n\n"
            + "Lanterns float on the Ben Hai river during the festival - Photo: VGP\n\n"
            + "Veterans from both sides of the old demarcation line joined the ceremony.\n\n"
            + "The festival will be held every two years./.\n";

    static ParsedPage parse(String text) throws RejectedInputException {
        return TextPageParser.parse(TextDecoder.normalize(text), null);
    }

    @Test
    void importsVgpPageWithoutNavigationList() throws Exception {
        ParsedPage p = parse(VGP);
        assertThat(p.title()).isEqualTo("Quang Tri hosts peace festival for the first time");
        assertThat(p.source().id()).isEqualTo("vgp");
        assertThat(p.lead()).startsWith("The central province of Quang Tri");
        assertThat(p.published()).hasToString("2024-07-20T20:05+07:00");
        assertThat(p.captions()).containsExactly("Lanterns float on the Ben Hai river during the festival");
        assertThat(p.body()).containsExactly("Veterans from both sides of the old demarcation line joined the ceremony.",
                "The festival will be held every two years.");
        assertThat(p.fullText()).doesNotContain("Binh Duong").doesNotContain("Ảnh 1");
    }

    @Test
    void hanoiTimesHeaderRowIsNotTheTitle() throws Exception {
        ParsedPage p = parse("WORDS ON THE STREET 70th anniversary of the Liberation Day Smart City Summit Hanoi celebrates 15 years of boundary adjustment Vietnam-France cooperation conference Sea Games Covid-19 Pandemic\n"
                + "Mar 26, 2024 / 20:20\n\nHai Phong opens a new bridge over the Cam River\n\n"
                + "The bridge links the city centre with the new urban area in Thuy Nguyen, cutting travel time by half.\n\n"
                + "It took three years to build and cost VND2.4 trillion.\n");
        assertThat(p.title()).isEqualTo("Hai Phong opens a new bridge over the Cam River");
        assertThat(p.source().id()).isEqualTo("hanoi-times");
        assertThat(p.published()).hasToString("2024-03-26T20:20+07:00");
        assertThat(p.lead()).startsWith("The bridge links");
    }

    @Test
    void vnaPageWithoutTitleGetsOneFromItsLeadAndLosesItsSignOff() throws Exception {
        ParsedPage p = parse("Fishing boats at the port (Photo: VNA)\n"
                + "Fishermen in Ca Mau have landed a record catch of shrimp in the first month of the season, the provincial fisheries department said.\n"
                + "Prices at the port were stable.\nThe department expects the season to last until May./.VNA\n");
        assertThat(p.source().id()).isEqualTo("vna");
        assertThat(p.captions()).containsExactly("Fishing boats at the port");
        assertThat(p.title()).isEqualTo("Fishermen in Ca Mau have landed a record catch of shrimp in the first month of the season, the provincial…");
        assertThat(p.body()).last().isEqualTo("The department expects the season to last until May.");
        assertThat(p.published()).isNull();
    }

    @Test
    void vllfSignOffAndPhotoCreditAreStripped() throws Exception {
        ParsedPage p = parse("The National Assembly on Tuesday adopted the amended Law on Cultural Heritage, which takes effect next July and sets new rules for relics in private hands.\n"
                + "Deputies vote on the law __Photo: VNA |\nThe law was approved by 91 percent of deputies.\n"
                + "It also regulates museums run by private owners.- (VLLF)\n");
        assertThat(p.source().id()).isEqualTo("vllf");
        assertThat(p.captions()).containsExactly("Deputies vote on the law");
        assertThat(p.body()).last().isEqualTo("It also regulates museums run by private owners.");
    }

    @Test
    void dateInTheStoryIsNeverThePublicationDate() throws Exception {
        ParsedPage p = parse("Leaders met on April 15 in Hanoi to sign the agreement, which takes effect on March 1, 2025 across the country.\n"
                + "The agreement covers trade and investment.\nBoth sides praised the result.\n");
        assertThat(p.published()).isNull();
    }

    @Test
    void crlfNfdAndMojibakeAreNormalised() throws Exception {
        String vn = "Đà Nẵng mở tuyến xe buýt mới\n\nThành phố Đà Nẵng đưa vào hoạt động tuyến xe buýt nối sân bay với bán đảo Sơn Trà từ tuần này.\n\nGiá vé là 20.000 đồng mỗi lượt cho mọi hành khách.\n";
        String nfdCrlf = Normalizer.normalize(vn, Normalizer.Form.NFD).replace("\n", "\r\n");
        String mojibake = asCp1252(vn.getBytes(StandardCharsets.UTF_8));
        for (String variant : new String[] {nfdCrlf, mojibake}) {
            ParsedPage p = TextPageParser.parse(TextDecoder.decode(variant.getBytes(StandardCharsets.UTF_8)), null);
            assertThat(p.title()).isEqualTo("Đà Nẵng mở tuyến xe buýt mới");
            assertThat(p.language()).isEqualTo("vi");
        }
    }

    /** What an editor that reads UTF-8 as cp1252 shows: bytes cp1252 leaves undefined come through as C1 controls. */
    static String asCp1252(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void fileCutOffMidCharacterKeepsEverythingBeforeIt() throws Exception {
        byte[] full = ("Hà Nội tổ chức lễ hội\n\nLễ hội diễn ra ở Hà Nội trong ba ngày với nhiều hoạt động văn hóa và ẩm thực của các vùng miền.\n\nCó nhiều du khách đến thăm Hà Nội").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2); // "i" goes, and "ộ" loses its last byte
        String text = TextDecoder.decode(cut);
        assertThat(text).endsWith("thăm Hà N");
    }

    @Test
    void emptyBinaryAndMenuOnlyPagesAreRejectedWithAReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).isInstanceOf(RejectedInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> parse(MENU + "\n")).isInstanceOf(RejectedInputException.class).hasMessageContaining("navigation");
        assertThatThrownBy(() -> parse("Hello\n\nShort.\n")).isInstanceOf(RejectedInputException.class);
    }
}
