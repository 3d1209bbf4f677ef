package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * A dialog's buttons in the reader's language: JavaFX's own OK, Cancel and Close speak the system's language, and
 * have no Vietnamese at all.
 */
public final class Buttons {
    private Buttons() {
    }

    public static ButtonType ok() {
        return new ButtonType(t("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(t("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(t("button.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether a pressed button is the one that goes ahead (an OK of ours, or JavaFX's). */
    public static boolean confirms(ButtonType b) {
        return b.getButtonData() == ButtonData.OK_DONE;
    }
}
