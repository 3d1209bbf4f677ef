package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

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
        throw new CommandLine.ParameterException(spec.commandLine(), t("cli.nameFeedsCommand"));
    }
}
