package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import vn.bantin.app.AppContext;
import vn.bantin.ingest.ImportService;

@Command(name = "import", description = "Import saved pages (files or folders, searched recursively)")
final class ImportCmd extends Base {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), t("cli.noSuchFile", p));
            }
        }
        try (AppContext ctx = open()) {
            Reports.interrupted(this, ctx);
            return Reports.imports(this, ctx.importer().importPaths(paths, ImportService.Progress.NONE));
        }
    }
}
