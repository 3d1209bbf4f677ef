package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

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
                    out().println(t("cli.resume.nothing"));
                }
                return 0;
            }
            InterruptedWork w = found.get();
            if (dismiss) {
                ctx.library().dismiss(w);
                if (!json) {
                    out().println(t("cli.resume.forgotten", w.summary()));
                }
                return 0;
            }
            if (!json) {
                out().println(w.summary() + " " + (w.kind() == InterruptedWork.Kind.IMPORT
                        ? t("cli.resume.importing", w.remaining().size()) : t("cli.resume.syncing")));
            }
            return w.kind() == InterruptedWork.Kind.IMPORT
                    ? Reports.imports(this, ctx.importer().resume(w, ImportService.Progress.NONE))
                    : Reports.syncs(this, ctx.subscriptions().resume(w, (done, total, r) -> { }, () -> false));
        }
    }
}
