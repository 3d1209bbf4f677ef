package vn.bantin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.tagging.ProvinceTagger;

/** Small pages written for tests, in the outlets' formats. */
public final class TestPages {
    private TestPages() {
    }

    public static final ProvinceTagger TAGGER = new ProvinceTagger(Gazetteer.standard());

    /** A Hanoi Times-style page about the given place, with a distinct headline. */
    public static String hanoiTimes(String headline, String place, String date) {
        return "WORDS ON THE STREET Hanoi celebrates its Capital Day Smart City Summit Covid-19 Pandemic Sea Games Vietnam-France cooperation conference news of the week in pictures and video\n"
                + date + "\n\n" + headline + "\n\n"
                + "Authorities in " + place + " announced new measures on Monday to support small businesses hit by the storm season.\n\n"
                + "The measures include lower fees for market stalls, cheaper loans from local banks and faster approval of permits.\n\n"
                + "Officials said they would review the results at the end of the year.\n";
    }

    public static NewArticle article(String headline, String place, String date) {
        try {
            return new ImportService(null, TAGGER, Clock.systemUTC())
                    .prepare(headline + ".txt", hanoiTimes(headline, place, date).getBytes(StandardCharsets.UTF_8));
        } catch (RejectedInputException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ParsedPage page(String title, String lead, String... body) {
        return new ParsedPage(Source.UNKNOWN, null, title, lead, List.of(body), List.of(), null, "en");
    }

    public static Instant now() {
        return Instant.parse("2025-01-01T00:00:00Z");
    }
}
