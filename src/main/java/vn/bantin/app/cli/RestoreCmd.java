package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;
import vn.bantin.app.AppPaths;

@Command(name = "restore", description = "Put a backup in place of the database, once it is checked; the file as it was is kept beside it")
final class RestoreCmd extends Base {
    @Parameters(index = "0", paramLabel = "BACKUP")
    Path backup;

    @Override
    public Integer call() throws IOException {
        Path file = (db != null ? db : AppPaths.defaultDatabase()).toAbsolutePath();
        AppContext.Restored r = AppContext.restoreBackup(file, backup);
        out().println(t("cli.restored", r.contents().articles(), file, r.kept()));
        return 0;
    }
}
