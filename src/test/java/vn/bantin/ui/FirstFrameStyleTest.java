package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first frame is styled before the theme's sheet is read, with the few theme colours it needs written into its
 * own sheet: they must be the theme's, light and dark, or the frame would change colour when the window replaces it.
 */
class FirstFrameStyleTest {
    private static final Pattern VARIABLE = Pattern.compile("(-color-[a-z-]+)\\s*:\\s*([^;]+);");

    @Test
    void theFirstFramesColoursAreThePrimerThemesLightAndDark() throws IOException {
        String frame = read("/css/first-frame.css");
        for (String mode : new String[] {"light", "dark"}) {
            Map<String, String> ours = variables(block(frame, ".first-frame." + mode + " {"));
            Map<String, String> primer = variables(block(read("/atlantafx/base/theme/primer-" + mode + ".css"), ".root {"));
            assertThat(ours).as(mode).isNotEmpty();
            ours.forEach((name, value) -> assertThat(value).as(mode + " " + name).isEqualTo(primer.get(name)));
        }
    }

    @Test
    void everyThemeColourTheFrameUsesIsGiven() throws IOException {
        String frame = read("/css/first-frame.css");
        Map<String, String> light = variables(block(frame, ".first-frame.light {"));
        Matcher used = Pattern.compile(":\\s*[^;]*?(-color-[a-z-]+)").matcher(frame.replaceAll("(?s)\\.first-frame\\.(light|dark) \\{.*?}", ""));
        while (used.find()) {
            assertThat(light).as("a colour the frame uses").containsKey(used.group(1));
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = FirstFrameStyleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String block(String css, String opening) {
        int start = css.indexOf(opening);
        assertThat(start).as(opening).isGreaterThanOrEqualTo(0);
        return css.substring(start, css.indexOf('}', start));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }
}
