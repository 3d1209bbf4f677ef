package vn.bantin.service.export;

import java.util.Arrays;
import java.util.Optional;

/** What an export writes, by the name the command line takes and the file name's ending. */
public enum ExportFormat {
    MARKDOWN("markdown", "md"),
    HTML("html", "html"),
    JSONL("jsonl", "jsonl"),
    CSV("csv", "csv"),
    EPUB("epub", "epub"),
    BIBTEX("bibtex", "bib"),
    CSL_JSON("csl-json", "json");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name.strip())).findFirst();
    }
}
