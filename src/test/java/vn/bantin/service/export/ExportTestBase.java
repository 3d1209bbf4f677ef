package vn.bantin.service.export;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;

/** A file holding the export fixture's collection, in English (the golden files' language), for each test. */
abstract class ExportTestBase {
    @TempDir
    Path dir;

    AppContext ctx;
    long collection;
    private Locale before;

    @BeforeEach
    void fill() {
        before = vn.bantin.i18n.Texts.locale();
        vn.bantin.i18n.Texts.use(Locale.ENGLISH);
        ctx = AppContext.open(dir.resolve("export.db"));
        collection = ExportFixture.fill(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
        vn.bantin.i18n.Texts.use(before);
    }
}
