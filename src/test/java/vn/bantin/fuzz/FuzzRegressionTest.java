package vn.bantin.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs the fuzzer once broke a parser with, kept as fixtures (src/test/resources/fuzz/TARGET/…) and replayed
 * on every build. The folder name says which parser.
 */
class FuzzRegressionTest {
    @TestFactory
    Stream<DynamicTest> everyKeptInputEndsAsAResultOrARejection() throws IOException {
        Path root = Path.of("src/test/resources/fuzz");
        if (!Files.isDirectory(root)) {
            throw new AssertionError("the kept fuzz inputs are missing: " + root.toAbsolutePath());
        }
        return Files.walk(root).filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted()
                .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
                    byte[] b = Files.readAllBytes(p);
                    String target = p.getParent().getFileName().toString();
                    ParsersFuzzTest.bounded(() -> {
                        switch (target) {
                            case "text" -> ParsersFuzzTest.savedPage(b, "page.txt");
                            case "html" -> ParsersFuzzTest.savedPage(b, "page.html");
                            case "feed" -> ParsersFuzzTest.feed(b);
                            case "opml" -> ParsersFuzzTest.opml(new String(b, StandardCharsets.UTF_8));
                            case "date" -> ParsersFuzzTest.dateLine(new String(b, StandardCharsets.UTF_8));
                            case "query" -> ParsersFuzzTest.searchQuery(new String(b, StandardCharsets.UTF_8));
                            case "picture" -> ParsersFuzzTest.picture(b);
                            default -> throw new AssertionError("unknown fuzz target folder " + target);
                        }
                    });
                }));
    }
}
