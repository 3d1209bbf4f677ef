package vn.bantin.app.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.ingest.ImportService;

/** {@code bantin resume}: finishes the import or sync that a crash, a kill or a power cut stopped. */
@Command(name = "resume", description = "Finish the import or sync that was cut short (a crash, a kill, a power cut)")
final class ResumeCmd extends Base {
    @Option(names = "--dismiss", description = "Forget it instead: it is not told again")
    boolean dismiss;

    @Override
    public Integer call() throws Exception {
        try (AppContext ctx = open()) {
            Optional<InterruptedWork> found = ctx.library().interrupted();
            if (found.isEmpty()) {
                if (!json) {
                    out().println("nothing to resume: no import or sync was cut short");
                }
                return 0;
            }
            InterruptedWork w = found.get();
            if (dismiss) {
                ctx.library().dismiss(w);
                if (!json) {
                    out().println("forgotten: " + w.summary());
                }
                return 0;
            }
            if (!json) {
                out().println(w.summary() + (w.kind() == InterruptedWork.Kind.IMPORT
                        ? " Importing the other " + w.remaining().size() + "…" : " Syncing the other feeds…"));
            }
            return w.kind() == InterruptedWork.Kind.IMPORT
                    ? Reports.imports(this, ctx.importer().resume(w, ImportService.Progress.NONE))
                    : Reports.syncs(this, ctx.subscriptions().resume(w, (done, total, r) -> { }, () -> false));
        }
    }
}
