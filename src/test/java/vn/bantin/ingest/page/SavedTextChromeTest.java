package vn.bantin.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bantin.domain.ParsedPage;

/**
 * Pages saved as text from real outlets start with the site's chrome, not the headline. These fixtures are ours
 * (our words, real places), laid out as the outlets' saved pages are: masthead, section strip, banner, login
 * prompt, image file name, converter placeholders, byline date lines, wire sign-offs.
 */
class SavedTextChromeTest {
    private static ParsedPage parse(String text) throws Exception {
        return TextPageParser.parse(TextDecoder.normalize(text), null);
    }

    @Test
    void tuoiTreNewsMastheadSectionAndBannerAreNotTheHeadlineAndItsDatesAreMonthFirst() throws Exception {
        ParsedPage p = parse("""
                Tuoi Tre News
                Society
                JavaScript is off. Please enable to view full site.

                Can Tho opens a floating market museum on the Hau River

                12/11/2024 09:30 GMT+7

                Can Tho has turned a disused rice warehouse in Cai Rang into a museum of the floating market, with boats, \
                scales and the poles traders hang their goods from, the city's tourism department said on Tuesday.

                The museum opens every day and is free for children under 12.
                """);
        assertThat(p.title()).isEqualTo("Can Tho opens a floating market museum on the Hau River");
        assertThat(p.source().id()).isEqualTo("tuoi-tre");
        assertThat(p.published()).hasToString("2024-12-11T09:30+07:00");
        assertThat(p.lead()).startsWith("Can Tho has turned a disused rice warehouse");
    }

    @Test
    void vnexpressLoginPromptSectionPathAndImageFileNameAreSkippedAndTheBylineDateIsRead() throws Exception {
        ParsedPage p = parse("""
                VnExpress International
                Log in
                News | Society
                ha giang loop.jpg

                Ha Giang limits motorbike tours on the Ma Pi Leng pass

                By Hoang Phong   January 6, 2025 | 03:21 pm GMT+7

                Tour companies in Ha Giang must now register every group that rides the Ma Pi Leng pass, after a string \
                of crashes on the narrow road above the Nho Que River.

                Riders without a licence will be turned back at Meo Vac, local police said.
                """);
        assertThat(p.title()).isEqualTo("Ha Giang limits motorbike tours on the Ma Pi Leng pass");
        assertThat(p.source().id()).isEqualTo("vnexpress");
        assertThat(p.published()).hasToString("2025-01-06T15:21+07:00");
        assertThat(p.author()).isEqualTo("Hoang Phong");
        assertThat(p.lead()).startsWith("Tour companies in Ha Giang");
        assertThat(p.fullText()).doesNotContain("By Hoang Phong").doesNotContain("Log in").doesNotContain(".jpg");
    }

    @Test
    void vietnamnetPlaceholdersAndSectionStripGoAndItsAmbiguousDateIsReadDayFirst() throws Exception {
        ParsedPage p = parse("""
                VietNamNet Global
                Business | Economy
                {keywords}
                ![]() |

                Quang Ninh port handles record coal imports

                11/05/2025 10:05

                Cam Pha port in Quang Ninh handled more imported coal in April than in any month before, as power plants \
                in the north stocked up ahead of the hot season.

                The port authority expects the rise to continue until July.
                """);
        assertThat(p.title()).isEqualTo("Quang Ninh port handles record coal imports");
        assertThat(p.source().id()).isEqualTo("vietnamnet");
        assertThat(p.published()).hasToString("2025-05-11T10:05+07:00");
        assertThat(p.lead()).startsWith("Cam Pha port in Quang Ninh");
    }

    @Test
    void vietNamNewsTopicStripInCapitalsIsNotTheHeadline() throws Exception {
        ParsedPage p = parse("""
                Viet Nam News
                POLITICS & LAW ECONOMY SOCIETY LIFE & STYLE

                Hue restores the Hien Nhon gate of the citadel

                December 3, 2024 - 08:45

                HUẾ — Restorers have finished rebuilding the roof of the Hien Nhon gate, the eastern entrance of the Hue \
                citadel, after two years of work with traditional tiles.

                The gate will reopen to walkers at the end of the month. — VNS
                """);
        assertThat(p.title()).isEqualTo("Hue restores the Hien Nhon gate of the citadel");
        assertThat(p.source().id()).isEqualTo("vietnam-news");
        assertThat(p.published()).hasToString("2024-12-03T08:45+07:00");
    }

    @Test
    void anUnknownOutletsBylineAndAmbiguousDateLineAreNeitherTheLeadNorAGuessedDate() throws Exception {
        ParsedPage p = parse("""
                Nghe An farmers harvest the first oranges of Vinh

                HẢI ĐĂNG |

                08/10/2025 | 16:20

                Orange growers in Quy Hop district of Nghe An began picking this year's crop on Monday, a month earlier \
                than usual because of the hot summer.

                Traders from Hanoi have already booked most of the fruit, growers said.
                """);
        assertThat(p.title()).isEqualTo("Nghe An farmers harvest the first oranges of Vinh");
        assertThat(p.lead()).startsWith("Orange growers in Quy Hop");
        assertThat(p.published()).isNull();
        assertThat(p.fullText()).doesNotContain("HẢI ĐĂNG").doesNotContain("16:20");
    }

    @Test
    void aOneParagraphVnaStoryWithItsSignOffImports() throws Exception {
        ParsedPage p = parse("""
                Dak Lak (VNA) – The eighth Buon Ma Thuot coffee festival opened on March 11 with farmers, roasters and \
                traders from 20 countries, confirming the city's name as Vietnam's coffee capital.-VNA
                """);
        assertThat(p.source().id()).isEqualTo("vna");
        assertThat(p.lead()).endsWith("coffee capital.");
        assertThat(p.title()).startsWith("Dak Lak (VNA) – The eighth Buon Ma Thuot coffee festival");
    }

    @Test
    void anOutletIsRecognisedFromItsCopyrightLineWhenItsMastheadIsMissing() throws Exception {
        ParsedPage p = parse("""
                Lao Cai opens a new border market at Kim Thanh

                A new market for traders from both sides of the border opened at the Kim Thanh gate in Lao Cai on \
                Friday, with 300 stalls for fruit, farm tools and textiles.

                The market is open from 7 am to 5 pm every day except public holidays.

                © 2025 Thanh Niên. All rights reserved.
                """);
        assertThat(p.source().id()).isEqualTo("thanh-nien");
    }

    @Test
    void aHeadlinePrintedTwiceAndAPictureTextOverItsCaptionAreKeptOnce() throws Exception {
        ParsedPage p = parse("""
                JavaScript is off. Please enable to view full site.

                Dong Nai opens the first runway test at Long Thanh airport

                Dong Nai opens the first runway test at Long Thanh airport

                Tuesday, December 2, 2025, 08:16 GMT+7

                A test aircraft lands at Long Thanh airport (Photo: VNA)
                A test aircraft lands at Long Thanh airport (Photo: VNA)

                Dong Nai (VNA) – A calibration aircraft landed on the first runway of Long Thanh international airport                 in Dong Nai province on Monday, the first flight to use the new airport.

                Commercial flights are planned for the middle of next year.-VNA
                """);
        assertThat(p.title()).isEqualTo("Dong Nai opens the first runway test at Long Thanh airport");
        assertThat(p.captions()).containsExactly("A test aircraft lands at Long Thanh airport");
        assertThat(p.published()).hasToString("2025-12-02T08:16+07:00");
        assertThat(p.body()).containsExactly("Commercial flights are planned for the middle of next year.");
    }

    @Test
    void aTeaserCutShortAViewCountAndAProvincialCodeAreNotTheStory() throws Exception {
        ParsedPage p = parse("""
                SOCIETY Updated at 15:11:45 06/15/2018 (Views: 373)
                Phan Thiet dredges the mouth of the Ca Ty

                Phan Thiet dredges the mouth of the Ca Ty river before the storm season

                BTO- Dredgers began clearing sand from the mouth of the Ca Ty river in Phan Thiet on Thursday so that                 fishing boats can reach the harbour at low tide, the Binh Thuan port authority said.

                The work will take three weeks.

                View by date
                Support online Hotline: 0900 000 000
                """);
        assertThat(p.title()).isEqualTo("Phan Thiet dredges the mouth of the Ca Ty river before the storm season");
        assertThat(p.lead()).startsWith("Dredgers began clearing sand");
        assertThat(p.published()).hasToString("2018-06-15T15:11:45+07:00");
        assertThat(p.fullText()).doesNotContain("Hotline").doesNotContain("View by date");
    }

    @Test
    void aWritersNameAloneUnderTheHeadlineIsTheAuthorNotTheLead() throws Exception {
        ParsedPage p = parse("""
                16:05 21/03/2022

                Thanh Hoa approves a deep-water berth at Nghi Son

                Ban Mai

                The Thanh Hoa People's Committee has approved a fourth deep-water berth at Nghi Son port for ships of up                 to 100,000 tonnes, to serve the refinery and the steel works nearby.
                """);
        assertThat(p.title()).isEqualTo("Thanh Hoa approves a deep-water berth at Nghi Son");
        assertThat(p.author()).isEqualTo("Ban Mai");
        assertThat(p.lead()).startsWith("The Thanh Hoa People's Committee");
        assertThat(p.published()).hasToString("2022-03-21T16:05+07:00");
    }

    @Test
    void aVovWorldCodeOpeningTheLeadNamesTheOutletAndLeavesTheLead() throws Exception {
        ParsedPage p = parse("""
                Son La farmers dry plums for the Tet market

                Son La farmers dry plums for the Tet market

                (VOVWORLD) - Plum growers in Moc Chau district of Son La province have started drying this year's late                 crop for the Lunar New Year market, when dried plums sell for twice the fresh price.
                """);
        assertThat(p.source().id()).isEqualTo("vov");
        assertThat(p.lead()).startsWith("Plum growers in Moc Chau");
    }
}
