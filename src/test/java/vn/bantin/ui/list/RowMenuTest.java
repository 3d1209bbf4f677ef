package vn.bantin.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleSummary;

/** The row's menu does what it said when it opened, though the right-click that opened it also opened the row. */
@ExtendWith(ApplicationExtension.class)
class RowMenuTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    static ArticleSummary row(boolean read) {
        return new ArticleSummary(7, "a", "Can Tho opens a floating market museum", "Tuoi Tre News", null, null, 0, "",
                List.of("can-tho"), List.of(), read, false, null, Double.NaN, 7, List.of());
    }

    @Test
    void markAsReadMarksReadEvenWhenOpeningTheRowReadItMeanwhile(FxRobot robot) throws Exception {
        AtomicReference<ArticleSummary> selected = new AtomicReference<>(row(false));
        List<Boolean> asked = new ArrayList<>();
        Runnable none = () -> { };
        ContextMenu menu = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> RowMenu.of(new RowMenu.Actions(selected::get, none, asked::add, none, none, none,
                none, none, none, () -> null, none, () -> null), () -> true)).get();
        MenuItem read = menu.getItems().stream().filter(i -> "row-read".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> menu.getOnShowing().handle(null));
        assertThat(read.getText()).isEqualTo("Mark as read");
        selected.set(row(true)); // the click selected the row, and the reading view read it
        robot.interact(read::fire);
        assertThat(asked).containsExactly(true);
    }
}
