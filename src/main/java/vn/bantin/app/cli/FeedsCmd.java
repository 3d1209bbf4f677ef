package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "feeds", description = "Subscriptions: add, list, rename, remove, OPML import and export",
        subcommands = {FeedsAddCmd.class, FeedsListCmd.class, FeedsRenameCmd.class, FeedsRemoveCmd.class,
                FeedsImportOpmlCmd.class, FeedsExportOpmlCmd.class})
final class FeedsCmd implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a feeds command (bantin feeds --help lists them)");
    }
}
