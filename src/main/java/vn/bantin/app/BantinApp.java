package vn.bantin.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import vn.bantin.data.StoreException;
import vn.bantin.ui.FxTaskRunner;
import vn.bantin.ui.MainViewModel;
import vn.bantin.ui.MainWindow;
import vn.bantin.ui.Services;
import vn.bantin.ui.Settings;

/** The reader window. {@code --db FILE} opens another database than the embedded default. */
public final class BantinApp extends Application {
    private AppContext context;
    private StoreException openError;
    private FxTaskRunner runner;
    private MainWindow window;

    public static void main(String[] args) {
        launch(BantinApp.class, args);
    }

    /** Runs on the launcher thread, before the window: opening (and on first run, filling) the database. */
    @Override
    public void init() {
        List<String> args = getParameters().getRaw();
        int i = args.indexOf("--db");
        try {
            context = i >= 0 && i + 1 < args.size() ? AppContext.open(Path.of(args.get(i + 1))) : AppContext.openDefault();
        } catch (StoreException e) {
            openError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openError.getMessage(), ButtonType.CLOSE);
            alert.setTitle("Bantin cannot open its database");
            alert.setHeaderText("Bantin cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        Services services = new Services(context.articles(), context.statuses(), context.gazetteer(), context.importer(), context.feeds(), context.sync(), runner);
        window = new MainWindow(new MainViewModel(services), new Settings(AppPaths.settingsFile()),
                url -> getHostServices().showDocument(url));
        window.show(stage);
        List<Path> backups = context.backups();
        window.offerRestore(backups.isEmpty() ? null : backups.get(0), this::restore);
    }

    private void restore(Path backup) {
        Path file = context.file();
        runner.close();
        context.close();
        context = null;
        String message;
        try {
            Path kept = AppContext.restore(file, backup);
            message = "Restored " + file + " from " + backup + ". The file as it was is kept as " + kept
                    + ". Bantin closes now; start it again.";
        } catch (java.io.IOException e) {
            message = "Could not restore " + file + " from " + backup + ": " + e.getMessage() + ". Nothing was changed"
                    + " that you cannot undo by hand; Bantin closes now.";
        }
        Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.CLOSE);
        done.setHeaderText(null);
        done.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
