package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import vn.bantin.data.DatabaseRefusedException;
import vn.bantin.data.StoreException;

/** The command line: the same jar, scriptable. Exit 0 on success, 1 when some inputs failed, 2 on a usage error. */
@Command(name = "bantin", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "An offline reader for news about Vietnam, by province.",
        subcommands = {ImportCmd.class, ListCmd.class, ShowCmd.class, BookmarkCmd.class,
                UnbookmarkCmd.class, ReadCmd.class, UnreadCmd.class, ProvincesCmd.class,
                RetagCmd.class, RebuildIndexCmd.class, BenchCmd.class, StoriesCmd.class,
                StoryCmd.class, FeedsCmd.class, SyncCmd.class, TagCmd.class, ResumeCmd.class, DeleteCmd.class,
                CollectionCmd.class, ExportCmd.class, CiteCmd.class, BackupCmd.class, RestoreCmd.class, CompactCmd.class})
public final class Cli implements Runnable {
    /** Made when a command first writes JSON: Jackson's set-up took every command some 60 ms before its work began. */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Before the command: its words in this language; without it, the system's. */
    @CommandLine.Option(names = "--lang", paramLabel = "vi|en", description = "Vietnamese or English (default: the system's language)")
    void language(String code) {
        if (!code.equals("vi") && !code.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), t("cli.lang", code));
        }
        vn.bantin.i18n.Texts.use(vn.bantin.i18n.Texts.fromSetting(code));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), t("cli.nameCommand"));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        java.util.Locale before = vn.bantin.i18n.Texts.locale();
        // the language is known before the words of the usage help are read (an unknown one is refused by the option)
        String lang = args.length > 1 && args[0].equals("--lang") ? args[1]
                : args.length > 0 && args[0].startsWith("--lang=") ? args[0].substring("--lang=".length()) : null;
        vn.bantin.i18n.Texts.use(vn.bantin.i18n.Texts.fromSetting(lang));
        try {
            CommandLine cl = new CommandLine(new Cli());
            cl.setResourceBundle(java.util.ResourceBundle.getBundle("i18n.cli", vn.bantin.i18n.Texts.locale(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
            cl.setOut(out);
            cl.setErr(err);
            cl.setParameterExceptionHandler((ex, given) -> {
                // picocli words its own parse errors in English: ours say them in the language chosen
                CommandLine cmd = ex.getCommandLine();
                cmd.getErr().println(ParseErrors.say(ex.getMessage()));
                if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
                    cmd.usage(cmd.getErr());
                }
                return cmd.getCommandSpec().exitCodeOnInvalidInput();
            });
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
                if (ex instanceof DatabaseRefusedException || ex instanceof StoreException
                        || ex instanceof vn.bantin.service.export.ExportException) {
                    cmd.getErr().println("bantin: " + ex.getMessage());
                    return 1;
                }
                throw ex;
            });
            int code = cl.execute(args);
            out.flush();
            err.flush();
            return code;
        } finally {
            vn.bantin.i18n.Texts.use(before); // one run's language is not the next one's (tests run many in one process)
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {t("about.header", v == null ? t("about.devBuild") : v)};
        }
    }

}
