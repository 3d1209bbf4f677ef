package vn.bantin.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A format written as one UTF-8 text file: the file is complete when closed, and closed quietly when given up. */
abstract class TextFileWriter implements ExportWriter {
    protected final BufferedWriter out;

    TextFileWriter(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void finish() throws IOException {
        out.close();
    }

    @Override
    public void abandon() {
        Writers.closeQuietly(out);
    }
}
