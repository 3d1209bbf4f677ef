package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;
import vn.bantin.data.BackupStore;

@Command(name = "backup", description = "Write a consistent copy of the database to FILE (the window may stay open)")
final class BackupCmd extends Base {
    @Parameters(index = "0", paramLabel = "FILE")
    Path to;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            BackupStore.Contents c = ctx.fileBackups().backUp(to, (written, total) -> { }, () -> false);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", c.file().toString());
                o.put("articles", c.articles());
                o.put("collections", c.collections());
                o.put("schema", c.schema());
                printJson(o);
            } else {
                out().println(t("cli.backedUp", c.articles(), c.file()));
            }
            return 0;
        }
    }
}
