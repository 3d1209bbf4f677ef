package vn.bantin.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The reader window. */
public final class BantinApp extends Application {
    public static void main(String[] args) {
        launch(BantinApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        throw new UnsupportedOperationException("the window comes with issue 3");
    }
}
