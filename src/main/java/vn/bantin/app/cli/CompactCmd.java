package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;

@Command(name = "compact", description = "Deflate the text of articles stored by earlier versions, then give the room"
        + " freed back to the disk (VACUUM: close other programs using the file first)")
final class CompactCmd extends Base {
    @Override
    public Integer call() throws Exception {
        long before;
        long rewritten;
        java.nio.file.Path file;
        try (AppContext ctx = open()) {
            file = ctx.file();
            before = java.nio.file.Files.size(file);
            long[] shown = {-1};
            rewritten = ctx.compactor().compact((done, total) -> {
                long percent = total == 0 ? 100 : done * 100 / total;
                if (!json && percent / 10 != shown[0]) {
                    shown[0] = percent / 10;
                    err().println(t("cli.compactProgress", done, total));
                    err().flush();
                }
            }, () -> false);
        }
        if (!json) {
            err().println(t("cli.compactVacuum"));
            err().flush();
        }
        long after = AppContext.giveRoomBack(file);
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rewritten", rewritten);
            o.put("bytes_before", before);
            o.put("bytes_after", after);
            printJson(o);
        } else {
            out().println(t("cli.compacted", rewritten, before / 1e6, after / 1e6));
        }
        return 0;
    }
}
