package vn.bantin.ui;

import vn.bantin.data.ArticleRepository;
import vn.bantin.data.FeedRepository;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.StatusRepository;
import vn.bantin.data.WorkJournal;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.feed.SyncService;

/** What the window needs from the layers below, handed over by the app's wiring. */
public record Services(ArticleRepository articles, StatusRepository statuses, Gazetteer gazetteer,
                       ImportService importer, vn.bantin.ingest.Library library,
                       FeedRepository feeds, SyncService sync, WorkJournal journal,
                       TaskRunner runner) {
}
