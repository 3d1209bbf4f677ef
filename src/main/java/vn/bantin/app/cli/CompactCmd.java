package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.data.TextCompactor;

@Command(name = "compact", description = "Pack the text of articles stored by earlier versions, write the search index again"
        + " in its newest order, then give the room freed back to the disk (VACUUM: close other programs using the file first)")
final class CompactCmd extends Base {
    @Override
    public Integer call() throws Exception {
        long before;
        long rewritten;
        java.nio.file.Path file;
        try (AppContext ctx = open()) {
            file = ctx.file();
            before = java.nio.file.Files.size(file);
            rewritten = ctx.compactor().compact(new TextCompactor.Progress() {
                private long shown = -1;

                @Override
                public void update(long done, long total) {
                    tell("cli.compactProgress", 0, done, total);
                }

                @Override
                public void indexed(long done, long total) {
                    tell("cli.compactIndexProgress", 1, done, total);
                }

                /** A line each tenth of each phase. */
                private void tell(String key, int phase, long done, long total) {
                    long tenth = phase * 100 + (total == 0 ? 100 : done * 100 / total) / 10;
                    if (!json && tenth != shown) {
                        shown = tenth;
                        err().println(t(key, done, total));
                        err().flush();
                    }
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
