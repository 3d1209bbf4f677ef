package vn.bantin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles: the same keys in both, every key used by the code and every key the code uses present, every text
 * a pattern that formats in its language, and the Vietnamese written, not the English left in place.
 */
public class MessagesTest {
    /** Keys whose words are the same in both languages: key names, units, names of things. */
    private static final Set<String> SAME_IN_BOTH = Set.of("window.title", "about.header", "about.kb", "about.mb", "list.quoted",
            "map.window.title", "map.attribution", "map.export.notYet", "exportDialog.jsonl");

    public static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_vi.properties").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForIsThereAndEveryKeyThereIsAskedFor() throws IOException {
        Set<String> literal = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Pattern call = Pattern.compile("(?:\\bt|Texts\\.t|Texts\\.has)\\(\"([A-Za-z0-9.\\-]+)\"\\s*([,)])");
        Pattern built = Pattern.compile("\"([a-z][A-Za-z0-9\\-]*(?:\\.[A-Za-z0-9\\-]+)*\\.)\"\\s*\\+");
        // a key chosen by a condition ("a ? \"list.stories\" : \"list.articles\"") is a dotted string of its own
        Pattern dotted = Pattern.compile("\"([a-z][A-Za-z0-9\\-]*(?:\\.[A-Za-z0-9\\-]+)+)\"");
        Set<String> mentioned = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = call.matcher(code);
                while (m.find()) {
                    literal.add(m.group(1));
                }
                Matcher d = dotted.matcher(code);
                while (d.find()) {
                    mentioned.add(d.group(1));
                }
                Matcher b = built.matcher(code);
                while (b.find()) {
                    prefixes.add(b.group(1));
                }
            }
        }
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        assertThat(keys).as("keys the code asks for").containsAll(literal);
        Set<String> unused = new TreeSet<>();
        for (String k : keys) {
            if (!literal.contains(k) && !mentioned.contains(k) && prefixes.stream().noneMatch(k::startsWith)) {
                unused.add(k);
            }
        }
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    @Test
    void everyTextFormatsInItsLanguageWithNothingLeftOver() throws IOException {
        for (String[] b : new String[][] {{"messages.properties", "en"}, {"messages_vi.properties", "vi-VN"}}) {
            Properties p = bundle(b[0]);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertThat(v.replace("''", "")).as("%s in %s: an ASCII apostrophe quotes in MessageFormat", k, b[0]).doesNotContain("'");
                for (long n : new long[] {0, 1, 2, 1234}) {
                    String out = new MessageFormat(v, Locale.forLanguageTag(b[1])).format(new Object[] {n, n, n, n, n});
                    assertThat(out).as("%s in %s with %d", k, b[0], n).doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void englishCountsAgreeWithTheirNumbers() {
        Texts.use(Texts.ENGLISH);
        assertThat(Texts.t("list.stories", 0)).isEqualTo("0 stories");
        assertThat(Texts.t("list.stories", 1)).isEqualTo("1 story");
        assertThat(Texts.t("list.articles", 12345)).isEqualTo("12,345 articles");
        assertThat(Texts.t("markAll.done", 0)).isEqualTo("Marked 0 articles read");
        assertThat(Texts.t("feeds.subscribed", 1)).isEqualTo("Subscribed to 1 feed");
    }

    @Test
    void vietnameseIsWrittenNotLeftInEnglish() throws IOException {
        Properties en = bundle("messages.properties");
        Properties vi = bundle("messages_vi.properties");
        Set<String> same = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            // a key's own name ("N", "Ctrl+K") is the same everywhere; a sentence is not
            boolean words = en.getProperty(k).matches(".*[a-z]{3,}.*") && !k.matches("keys\\.[^.]+");
            if (words && en.getProperty(k).equals(vi.getProperty(k)) && !SAME_IN_BOTH.contains(k)) {
                same.add(k);
            }
        }
        assertThat(same).as("texts left in English in Vietnamese").isEmpty();
    }

    @Test
    void vietnameseNumbersDatesAndNamesFollowVietnamese() {
        try {
            Texts.use(Texts.VIETNAMESE);
            assertThat(Texts.number(1234567)).isEqualTo("1.234.567");
            assertThat(Texts.date(java.time.LocalDate.of(2025, 3, 11))).isEqualTo("11 thg 3, 2025");
            assertThat(Texts.t("list.articles", 12345)).isEqualTo("12.345 bài");
            java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("Gia Lai", "Đà Nẵng", "Cà Mau", "Điện Biên", "Dak Test"));
            names.sort(Texts.collator());
            assertThat(names).containsExactly("Cà Mau", "Dak Test", "Đà Nẵng", "Điện Biên", "Gia Lai");
        } finally {
            Texts.use(Texts.ENGLISH);
        }
    }
}
