package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.TestPages;
import vn.bantin.domain.NewArticle;

/** The five real pages in ../shared/seeds, where the workspace has them (a plain clone does not). */
class SeedPagesTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void seedsImportWithTheirTitlesDatesAndNoProvinceFromTheMenu() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds here");
        ImportService s = new ImportService(null, TestPages.TAGGER, Clock.systemUTC());
        List<Path> files = ImportService.expand(List.of(SEEDS));
        assertThat(files).hasSize(5);
        for (Path f : files) {
            NewArticle a = s.prepare(f.toString(), Files.readAllBytes(f));
            String name = f.getFileName().toString();
            if (name.startsWith("000")) {
                assertThat(a.page().title()).isEqualTo("Viet Nam, U.S. holds first Comprehensive Strategic Partnership foreign ministerial meeting");
                assertThat(a.page().published()).hasToString("2024-03-26T15:07+07:00");
                assertThat(a.tags()).isEmpty();
            } else if (name.startsWith("001")) {
                assertThat(a.page().published()).hasToString("2024-11-16T19:01+07:00");
                assertThat(a.tags()).isEmpty();
            } else if (name.startsWith("002")) {
                assertThat(a.page().title()).isEqualTo("Vietnam-US Foreign Ministers’ Dialogue opens");
                assertThat(a.page().published()).hasToString("2024-03-26T20:20+07:00");
                assertThat(a.page().source().id()).isEqualTo("hanoi-times");
                assertThat(a.tags()).extracting(t -> t.provinceId()).containsExactly("ha-noi");
            } else if (name.startsWith("003")) {
                assertThat(a.page().source().id()).isEqualTo("vna");
                assertThat(a.page().published()).isNull();
            } else {
                assertThat(a.page().source().id()).isEqualTo("vllf");
                assertThat(a.page().published()).isNull();
                assertThat(a.tags()).extracting(t -> t.provinceId()).containsExactly("ha-noi");
            }
        }
    }
}
