package vn.bantin.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.bantin.app.AppContext;

/** Options every command takes. */
abstract class Base implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: bantin.db in the data folder)")
    Path db;

    @Option(names = "--json", description = "One JSON object per line")
    boolean json;

    AppContext open() {
        return db != null ? AppContext.open(db) : AppContext.openDefault();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Map<String, Object> obj) {
        try {
            out().println(Cli.Json.MAPPER.writeValueAsString(obj));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
