package vn.bantin.service.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** One format's writer: told what the export holds, then given the articles one at a time, oldest first. */
interface ExportWriter {
    /** An article of the export, as its table of contents lists it. */
    record Entry(long key, String title, LocalDate day, List<String> provinces) {
    }

    /** What the export is ("Mekong drought 2025"), the day it is made, and every article it will hold, in order. */
    record Header(String title, LocalDate made, List<Entry> entries, Exporter.Toc toc) {
    }

    void begin(Header header) throws IOException;

    void write(ExportItem item) throws IOException;

    /** Everything is written; the file is complete once this returns. */
    void finish() throws IOException;

    /** Given up part way (cancelled or failed): what is open is closed; the caller removes the partial file. */
    void abandon();
}
