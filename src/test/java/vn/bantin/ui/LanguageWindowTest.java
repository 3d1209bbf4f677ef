package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.i18n.MessagesTest;
import vn.bantin.i18n.Texts;

/**
 * View › Language: the window is built again in Vietnamese (and back) without a restart, every word of its chrome —
 * menus, buttons, tooltips, prompts, empty states, the map, the keyboard sheet, About — is one of that language's
 * texts, and none is cut short at 1280×720.
 */
class LanguageWindowTest extends SampleWindowTest {
    /** What a text may be without being words: numbers, dates, times, counts, the app's name. */
    private static final Pattern DATA = Pattern.compile("[\\d\\s.,:/–+\\-]*|Bantin|[A-Z]\\d?|https?://\\S+|[\\d/ –]+|\\d{1,2}( thg \\d{1,2}|/\\d{1,2})[\\d, /]*");

    private MainWindow shown;

    @Start
    void start(Stage stage) {
        open(stage);
        // the laptop's screen the texts must fit: Vietnamese labels run longer than English ones
        stage.setWidth(1280);
        stage.setHeight(720);
        shown = window;
        window.setOnReopened(next -> {
            shown = next;
            next.setOnReopened(window2 -> shown = window2);
        });
    }

    @AfterEach
    void english() {
        Texts.use(Texts.ENGLISH);
    }

    @Test
    void theWindowSpeaksVietnameseAfterViewLanguageAndEveryWordIsFromItsBundleUncut(FxRobot robot) throws Exception {
        ReaderWindowTest.waitUntil(() -> vm.list().items().size() == 13);
        settle();
        checkChrome(robot, "messages.properties", Texts.ENGLISH);

        chooseLanguage(robot, "View", "vi");
        ReaderWindowTest.waitUntil(() -> shown != window && !shown.viewModel().list().items().isEmpty());
        settle();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_Tệp", "_Xem", "Trợ _giúp");
        ReaderWindowTest.waitUntil(() -> shown.viewModel().headerProperty().get().equals("Tất cả bài · 13 tin"));
        assertThat(((Stage) shown.root().getScene().getWindow()).getTitle()).isEqualTo("Bantin — Tất cả bài · 13 tin");
        assertThat(shown.viewModel().list().items()).as("the same file, the same list").hasSize(13);
        checkChrome(robot, "messages_vi.properties", Texts.VIETNAMESE);

        // the map and the days under it, an article open, the keyboard sheet and About, in Vietnamese
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#timeline-week").tryQuery().isPresent());
        robot.interact(() -> shown.viewModel().list().select(1));
        ReaderWindowTest.waitUntil(() -> shown.viewModel().detail().articleProperty().get() != null);
        settle();
        checkChrome(robot, "messages_vi.properties", Texts.VIETNAMESE);
        // the dialogs that ask: a feed's address (Ctrl+N), a province for the open article (its + button)
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#feed-url").tryQuery().isPresent());
        settle();
        checkChrome(robot, "messages_vi.properties", Texts.VIETNAMESE);
        robot.type(KeyCode.ESCAPE);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#feed-url").tryQuery().isEmpty());
        robot.clickOn("#detail-add-province");
        ReaderWindowTest.waitUntil(() -> robot.lookup("#add-province-filter").tryQuery().isPresent());
        settle();
        checkChrome(robot, "messages_vi.properties", Texts.VIETNAMESE);
        robot.type(KeyCode.ESCAPE);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#add-province-filter").tryQuery().isEmpty());
        for (String sheet : List.of("shortcuts", "about")) {
            robot.clickOn("Trợ giúp").clickOn("#help-" + sheet);
            ReaderWindowTest.waitUntil(() -> robot.lookup("#" + sheet).tryQuery().isPresent());
            settle();
            checkChrome(robot, "messages_vi.properties", Texts.VIETNAMESE);
            robot.interact(() -> robot.listWindows().stream().filter(w -> w != shown.root().getScene().getWindow())
                    .toList().forEach(Window::hide));
        }
        chooseLanguage(robot, "Xem", "en");
        ReaderWindowTest.waitUntil(() -> shown.viewModel().headerProperty().get().startsWith("All articles"));
        assertThat(robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()).extracting(Menu::getText)
                .containsExactly("_File", "_View", "_Help");
    }

    /** View › Language › the language, as a reader clicks it (the submenu's items appear once it has opened). */
    private static void chooseLanguage(FxRobot robot, String view, String code) {
        robot.clickOn(view).clickOn("#menu-language");
        ReaderWindowTest.waitUntil(() -> robot.lookup("#language-" + code).queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.isVisible()));
        Node item = robot.lookup("#language-" + code).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
        // across into the submenu first, then down: a diagonal leaves the Language item and the submenu closes
        javafx.geometry.Bounds target = item.localToScreen(item.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), robot.point("#menu-language").query().getY()));
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), target.getCenterY())).clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    /** Every showing window's words, each one of the bundle's texts (or a number, a date), and none cut short. */
    private void checkChrome(FxRobot robot, String bundle, Locale locale) throws Exception {
        List<Pattern> texts = patterns(MessagesTest.bundle(bundle));
        List<String> foreign = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : robot.listWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    visit(w.getScene().getRoot(), texts, foreign, cut);
                }
            }
        }).get();
        assertThat(foreign).as("words not from %s", bundle).isEmpty();
        assertThat(cut).as("words cut short in %s", locale).isEmpty();
    }

    private static void visit(Node n, List<Pattern> texts, List<String> foreign, List<String> cut) {
        if (!n.isVisible() || n instanceof WebView) {
            return;
        }
        // a list's rows, the reading view's province chips and an outlet's versions are the reader's data
        if (n instanceof ListView<?> list) {
            if (list.getItems().isEmpty() && list.getPlaceholder() != null) {
                visit(list.getPlaceholder(), texts, foreign, cut);
            }
            return;
        }
        if (n.getStyleClass().contains("chip-button") || n.getStyleClass().contains("version-button")
                || "detail-chips".equals(n.getId())) {
            return;
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                items(m, texts, foreign);
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String words = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            check(words, texts, foreign);
            Text drawn = (Text) l.lookup(".text");
            if (drawn != null && !l.isWrapText() && !drawn.getText().equals(words)) {
                cut.add(words + " → " + drawn.getText());
            }
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            check(t.getPromptText(), texts, foreign);
        }
        if (n instanceof Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            check(c.getTooltip().getText(), texts, foreign);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, texts, foreign, cut);
            }
        }
    }

    private static void items(Menu menu, List<Pattern> texts, List<String> foreign) {
        check(menu.getText().replace("_", ""), texts, foreign);
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                items(sub, texts, foreign);
            } else if (i.getText() != null && i.isVisible() && !String.valueOf(i.getId()).startsWith("language-")) {
                check(i.getText().replace("_", ""), texts, foreign);
            }
        }
    }

    /** A header joins texts with " · ": each part is checked. */
    private static void check(String text, List<Pattern> texts, List<String> foreign) {
        if (texts.stream().anyMatch(p -> p.matcher(text).matches())) {
            return;
        }
        for (String part : text.split(" · ")) {
            String p = part.strip();
            if (!DATA.matcher(p).matches() && texts.stream().noneMatch(x -> x.matcher(p).matches())) {
                foreign.add(text);
                return;
            }
        }
    }

    /** Each text as patterns: its words as they are, each choice of words one pattern, each {0} anything. */
    static List<Pattern> patterns(Properties bundle) {
        List<Pattern> out = new ArrayList<>();
        for (String k : bundle.stringPropertyNames()) {
            for (String v : choices(bundle.getProperty(k).replace("''", "'").replace("_", ""))) {
                StringBuilder re = new StringBuilder();
                StringBuilder literal = new StringBuilder();
                int letters = 0;
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '{') {
                        i = close(v, i);
                        re.append(Pattern.quote(literal.toString())).append("(?s:.+?)");
                        literal.setLength(0);
                    } else {
                        literal.append(c);
                        letters += Character.isLetter(c) ? 1 : 0;
                    }
                }
                re.append(Pattern.quote(literal.toString()));
                // "{0}" or "“{0}”" alone would pass any words at all
                if (letters >= 2) {
                    out.add(Pattern.compile(re.toString(), Pattern.DOTALL));
                }
            }
        }
        return out;
    }

    /** The text once for each branch of its first {n,choice,…}, the branches' own choices in turn. */
    private static List<String> choices(String v) {
        int at = v.indexOf(",choice,");
        if (at < 0) {
            return List.of(v);
        }
        int open = v.lastIndexOf('{', at);
        int end = close(v, open);
        String body = v.substring(at + ",choice,".length(), end);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                String branch = body.substring(start, i);
                // "1#1 article", "1<{0} articles": the limit is a number, so the first # or < ends it
                int sep = 0;
                while (sep < branch.length() && "#<\u2264".indexOf(branch.charAt(sep)) < 0) {
                    sep++;
                }
                String words = branch.substring(Math.min(branch.length(), sep + 1));
                out.addAll(choices(v.substring(0, open) + words + v.substring(end + 1)));
                start = i + 1;
            }
        }
        return out;
    }

    /** The index of the brace that closes the one at {@code open}. */
    private static int close(String v, int open) {
        int depth = 0;
        for (int j = open; j < v.length(); j++) {
            depth += v.charAt(j) == '{' ? 1 : v.charAt(j) == '}' ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return v.length() - 1;
    }
}
