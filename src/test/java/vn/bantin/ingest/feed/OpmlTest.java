package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README: OPML is read by a parser that expands no entities. A DOCTYPE is read past, its entities never used. */
class OpmlTest {
    @TempDir
    Path dir;

    @Test
    void anOpmlFileWithADoctypeIsReadWithoutExpandingItsEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "PRIVATE-CONTENTS");
        String opml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY lol \"lollollollollollollollollollol\">\n]>\n<opml version=\"2.0\"><head><title>&file;</title></head><body>"
                + "<outline text=\"&file;&lol;\" title=\"Tin &file;\" xmlUrl=\"https://e.vnexpress.net/rss/news.rss\"/>"
                + "</body></opml>";
        List<Opml.Outline> read = Opml.read(opml);
        assertThat(read).singleElement().satisfies(o -> {
            assertThat(o.xmlUrl()).isEqualTo("https://e.vnexpress.net/rss/news.rss");
            assertThat(o.title()).doesNotContain("PRIVATE-CONTENTS").doesNotContain("lollol");
        });
    }
}
