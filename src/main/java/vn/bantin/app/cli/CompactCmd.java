package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.data.TextCompactor;

@Command(name = "compact", description = "Deflate the text of articles stored by earlier versions, then give the room"
        + " freed back to the disk (VACUUM: close other programs using the file first)")
final class CompactCmd extends Base {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            long[] shown = {-1};
            TextCompactor.Result r = ctx.compactor().compact((done, total, vacuuming) -> {
                if (json) {
                    return;
                }
                long percent = total == 0 ? 100 : done * 100 / total;
                if (vacuuming) {
                    err().println(t("cli.compactVacuum"));
                } else if (percent / 10 != shown[0]) {
                    shown[0] = percent / 10;
                    err().println(t("cli.compactProgress", done, total));
                }
                err().flush();
            }, () -> false);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("rewritten", r.rewritten());
                o.put("bytes_before", r.bytesBefore());
                o.put("bytes_after", r.bytesAfter());
                printJson(o);
            } else {
                out().println(t("cli.compacted", r.rewritten(), r.bytesBefore() / 1e6, r.bytesAfter() / 1e6));
            }
            return 0;
        }
    }
}
