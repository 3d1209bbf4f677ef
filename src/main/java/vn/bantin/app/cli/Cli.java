package vn.bantin.app.cli;

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
                StoryCmd.class, FeedsCmd.class, SyncCmd.class, TagCmd.class, ResumeCmd.class, DeleteCmd.class})
public final class Cli implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command (bantin --help lists them)");
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof DatabaseRefusedException || ex instanceof StoreException) {
                cmd.getErr().println("bantin: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Bantin " + (v == null ? "(development build)" : v)};
        }
    }

}
