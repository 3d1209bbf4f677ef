package vn.bantin.ui;

import vn.bantin.data.Gazetteer;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.Library;
import vn.bantin.service.Keeping;
import vn.bantin.service.Reading;
import vn.bantin.service.Subscriptions;

/**
 * What the window needs from the layers below, handed over by the app's wiring: the same use cases the command
 * line calls (no repository reaches the window; ArchitectureTest keeps it so), and where to run work.
 */
public record Services(Reading reading, Subscriptions subscriptions, Keeping keeping,
                       vn.bantin.service.export.Exporter exporter,
                       vn.bantin.service.Backups backups, Library library, ImportService importer,
                       Gazetteer gazetteer, TaskRunner runner) {
}
