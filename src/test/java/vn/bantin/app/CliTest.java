package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.app.cli.Cli;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) {
                if (!line.isBlank()) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
            return out;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path pages() throws Exception {
        Path in = dir.resolve("pages/nested");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), TestPages.hanoiTimes("Can Tho builds a new bridge", "Can Tho", "Mar 3, 2024 / 10:00"));
        Files.writeString(in.resolve("b.txt"), TestPages.hanoiTimes("Lao Cai opens a market", "Lao Cai", "Mar 4, 2024 / 10:00"));
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0});
        return dir.resolve("pages");
    }

    @Test
    void anImportCutShortIsToldByTheNextImportAndResumeDismissForgetsIt() throws Exception {
        Path db = dir.resolve("cut.db");
        assertThat(run("resume", "--db", db.toString()).out()).contains("nothing to resume");
        Path pages = pages();
        vn.bantin.data.sqlite.WorkJournalTest.leaveInterrupted(db, "import",
                List.of(pages.resolve("nested/a.txt").toAbsolutePath().toString(), pages.resolve("nested/b.txt").toAbsolutePath().toString()), 1, null);
        Run next = run("import", "--db", db.toString(), pages.resolve("nested/a.txt").toString());
        assertThat(next.err()).contains("bantin: The last import stopped after 1 of 2 files. bantin resume imports the rest;");
        Run forget = run("resume", "--db", db.toString(), "--dismiss");
        assertThat(forget.out()).contains("forgotten: The last import stopped after 1 of 2 files.");
        assertThat(run("resume", "--db", db.toString()).out()).contains("nothing to resume");
        assertThat(run("import", "--db", db.toString(), pages.resolve("nested/b.txt").toString()).err()).doesNotContain("stopped");
    }

    @Test
    void deleteTakesAnArticleOutOfTheFileForGood() throws Exception {
        Path db = dir.resolve("delete.db");
        run("import", "--db", db.toString(), pages().toString());
        var before = run("list", "--db", db.toString(), "--json").json();
        String id = before.get(0).get("id").asText();
        Run deleted = run("delete", "--db", db.toString(), id);
        assertThat(deleted.out()).startsWith("deleted " + id);
        assertThat(run("list", "--db", db.toString(), "--json").json()).hasSize(before.size() - 1);
        assertThat(run("show", "--db", db.toString(), id).err()).contains("no article with id " + id);
        assertThat(run("delete", "--db", db.toString(), id).err()).contains("no article with id " + id);
    }

    /** A reader's `list` while an import runs in another process: it must not wait for, nor take, the write lock. */
    @Test
    void commandsThatOnlyReadNeitherWriteNorWaitForAnotherProgramsWrite() throws Exception {
        Path db = dir.resolve("read-only-use.db");
        run("import", "--db", db.toString(), pages().toString());
        String id = run("list", "--db", db.toString(), "--json").json().get(0).get("id").asText();
        try (java.sql.Connection writer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = writer.createStatement()) {
            long before = dataVersion(st);
            st.execute("BEGIN EXCLUSIVE"); // another program in the middle of a long write
            for (String[] cmd : List.of(new String[] {"list"}, new String[] {"list", "--province", "can-tho"},
                    new String[] {"show", id}, new String[] {"provinces"}, new String[] {"stories"},
                    new String[] {"feeds", "list"}, new String[] {"tag", id})) {
                List<String> args = new ArrayList<>(List.of(cmd));
                args.addAll(List.of("--db", db.toString()));
                long t0 = System.nanoTime();
                Run r = run(args.toArray(String[]::new));
                assertThat(r.code()).as(String.join(" ", cmd) + ": " + r.err()).isZero();
                assertThat((System.nanoTime() - t0) / 1_000_000).as(String.join(" ", cmd) + " ms").isLessThan(5_000);
            }
            st.execute("ROLLBACK");
            assertThat(dataVersion(st)).as("the file after the reading commands").isEqualTo(before);
            assertThat(run("read", "--db", db.toString(), id).code()).isZero();
            assertThat(dataVersion(st)).as("a command that writes").isNotEqualTo(before);
        }
    }

    /** SQLite's count of commits made by other connections to the file. */
    private static long dataVersion(java.sql.Statement st) throws Exception {
        try (java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rule the window follows too (ReaderWindowTest.oneEventFromThreeOutlets…): one version read, the story read. */
    @Test
    void readingOneVersionOfAStoryReadsTheStoryAndUnreadingItUnreadsIt() throws Exception {
        Path db = dir.resolve("story.db");
        String member;
        java.util.List<Long> story;
        Path folder = Files.createDirectories(dir.resolve("one-event"));
        for (String f : new String[] {"a1-vgp.txt", "a2-hanoitimes.txt", "a3-vna-undated.txt"}) {
            try (var in = getClass().getResourceAsStream("/stories/" + f)) {
                Files.write(folder.resolve(f), in.readAllBytes());
            }
        }
        assertThat(run("import", "--db", db.toString(), folder.toString()).code()).isZero();
        try (AppContext ctx = AppContext.open(db)) {
            var several = ctx.articles().stories(20).stream().filter(s -> s.articleIds().size() > 1).findFirst().orElseThrow();
            member = several.articleIds().get(1);
            story = ctx.articles().storyMembers(ctx.articles().find(member).orElseThrow().key());
        }
        assertThat(story).hasSize(3);
        assertThat(run("read", "--db", db.toString(), member).code()).isZero();
        try (AppContext ctx = AppContext.open(db)) {
            assertThat(story).allSatisfy(k -> assertThat(ctx.statuses().get(k).read()).isTrue());
        }
        assertThat(run("unread", "--db", db.toString(), member).code()).isZero();
        try (AppContext ctx = AppContext.open(db)) {
            assertThat(story).allSatisfy(k -> assertThat(ctx.statuses().get(k).read()).isFalse());
            assertThat(ctx.articles().count(ArticleQuery.ALL.withUnreadOnly(true))).isEqualTo(ctx.articles().count(ArticleQuery.ALL));
        }
    }

    /** One rule, two doors: the window's feeds pane and `feeds import-opml` subscribe and word it alike. */
    @Test
    void anOpmlFileSubscribesAndReadsTheSameFromTheWindowAndTheCommandLine() throws Exception {
        Path opml = dir.resolve("subs.opml");
        Files.writeString(opml, """
                <?xml version="1.0"?><opml version="2.0"><body>
                <outline text="VnExpress International" xmlUrl="https://e.vnexpress.net/rss/news.rss"/>
                <outline text="Tuoi Tre News" xmlUrl="https://tuoitrenews.vn/rss"/>
                <outline text="VnExpress again" xmlUrl="https://e.vnexpress.net/rss/news.rss"/>
                </body></opml>""");
        Run cli = run("feeds", "import-opml", "--db", dir.resolve("cli.db").toString(), opml.toString());
        assertThat(cli.out().strip()).isEqualTo("subscribed to 2 new feeds of 3 in subs.opml");
        try (AppContext ctx = AppContext.open(dir.resolve("window.db"))) {
            vn.bantin.ui.feeds.FeedsViewModel feeds = new vn.bantin.ui.feeds.FeedsViewModel(ctx.subscriptions(),
                    vn.bantin.ui.TaskRunner.SAME_THREAD);
            feeds.importOpml(opml);
            assertThat(feeds.syncStatusProperty().get()).isEqualTo("Subscribed to 2 new feeds of 3 in subs.opml");
            assertThat(ctx.feeds().list()).hasSize(2);
        }
        // not a file (a FIFO that nobody writes to hung both doors): refused with the reason, from either
        Path fifo = dir.resolve("subs-fifo.opml");
        try {
            new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not on this system: " + e.getMessage());
        }
        Run refused = run("feeds", "import-opml", "--db", dir.resolve("cli.db").toString(), fifo.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains(fifo + ": not a regular file");
    }

    /** One sync, two doors: the same words for what a feed brought, in the window's status and the CLI's line. */
    @Test
    void aSyncIsWordedTheSameInTheWindowAndOnTheCommandLine() throws Exception {
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mekong bulletins</title>");
            String[] towns = {"Sa Dec", "Cao Lanh"};
            for (int i = 0; i < towns.length; i++) {
                String html = "<html><head><title>Flower boats dock in " + towns[i] + "</title></head><body><article><h1>Flower boats dock in "
                        + towns[i] + "</h1><p>Growers in " + towns[i] + ", Dong Thap province, brought marigolds and chrysanthemums"
                        + " down the river to the Tet market, and traders said prices held.</p><p>The market stays open until"
                        + " the eve of the new year.</p></article></body></html>";
                server.serve("/m/" + i, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
                rss.append("<item><title>Flower boats dock in ").append(towns[i]).append("</title><link>").append(server.base())
                        .append("/m/").append(i).append("</link><guid>m-").append(i).append("</guid></item>");
            }
            server.serve("/m/rss", "application/rss+xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8), null);
            String url = server.base() + "/m/rss";

            Path cliDb = dir.resolve("sync-cli.db");
            assertThat(run("feeds", "add", "--db", cliDb.toString(), url).code()).isZero();
            Run cli = run("sync", "--db", cliDb.toString());
            assertThat(cli.out().strip()).endsWith("Mekong bulletins: 2 new");

            try (AppContext ctx = AppContext.open(dir.resolve("sync-window.db"))) {
                ctx.feeds().add(url, "Mekong bulletins", null);
                vn.bantin.ui.feeds.FeedsViewModel feeds = new vn.bantin.ui.feeds.FeedsViewModel(ctx.subscriptions(),
                        vn.bantin.ui.TaskRunner.SAME_THREAD);
                List<String> said = new ArrayList<>();
                feeds.syncStatusProperty().addListener((o, a, b) -> said.add(b));
                feeds.sync(null);
                assertThat(said).contains("Synced 1 of 1 · Mekong bulletins: 2 new");
                assertThat(feeds.syncStatusProperty().get()).isEqualTo("Synced 1 feed: 2 new");
            }
        }
    }

    @Test
    void importReportsEachInputAndIsIdempotent() throws Exception {
        Path db = dir.resolve("x.db");
        Run first = run("import", "--db", db.toString(), "--json", pages().toString());
        assertThat(first.code()).isEqualTo(1);
        List<JsonNode> lines = first.json();
        assertThat(lines).hasSize(3);
        assertThat(lines).filteredOn(n -> n.get("status").asText().equals("imported")).hasSize(2);
        JsonNode rejected = lines.stream().filter(n -> n.get("status").asText().equals("rejected")).findFirst().orElseThrow();
        assertThat(rejected.get("file").asText()).endsWith("broken.txt");
        assertThat(rejected.get("reason").asText()).contains("binary");

        Run second = run("import", "--db", db.toString(), "--json", dir.resolve("pages/nested/a.txt").toString(),
                dir.resolve("pages/nested/b.txt").toString());
        assertThat(second.code()).isZero();
        assertThat(second.json()).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("duplicate"));
    }

    @Test
    void listFiltersByProvinceAndByTheUnitOf2025() throws Exception {
        Path db = dir.resolve("x.db");
        run("import", "--db", db.toString(), pages().toString());
        List<JsonNode> canTho = run("list", "--db", db.toString(), "--json", "--province", "can-tho").json();
        assertThat(canTho).hasSize(1);
        assertThat(canTho.get(0).get("title").asText()).isEqualTo("Can Tho builds a new bridge");
        assertThat(canTho.get(0).get("provinces")).extracting(JsonNode::asText).containsExactly("can-tho");
        assertThat(canTho.get(0).get("published").asText()).isEqualTo("2024-03-03T10:00+07:00");
        // Lao Cai is a member of the 2025 unit named Lao Cai; Can Tho is not.
        assertThat(run("list", "--db", db.toString(), "--json", "--province", "unit:lao-cai").json()).hasSize(1);
        assertThat(run("list", "--db", db.toString(), "--json", "--search", "lao cai").json()).hasSize(1);
        Run bad = run("list", "--db", db.toString(), "--province", "atlantis");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown province");
    }

    @Test
    void showBookmarkAndReadRoundTrip() throws Exception {
        Path db = dir.resolve("x.db");
        run("import", "--db", db.toString(), pages().toString());
        String id = run("list", "--db", db.toString(), "--json").json().get(0).get("id").asText();
        assertThat(run("bookmark", "--db", db.toString(), id).code()).isZero();
        assertThat(run("read", "--db", db.toString(), id).code()).isZero();
        JsonNode shown = run("show", "--db", db.toString(), "--json", id).json().get(0);
        assertThat(shown.get("bookmarked").asBoolean()).isTrue();
        assertThat(shown.get("read").asBoolean()).isTrue();
        assertThat(shown.get("lead").asText()).startsWith("Authorities in");
        assertThat(shown.get("body").asText()).contains("\n\n");
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).hasSize(1);
        assertThat(run("list", "--db", db.toString(), "--json", "--unread").json()).hasSize(1);
        assertThat(run("retag", "--db", db.toString()).code()).isZero();
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).hasSize(1);
        assertThat(run("unbookmark", "--db", db.toString(), id).code()).isZero();
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).isEmpty();
        assertThat(run("show", "--db", db.toString(), "ffffffffffff").code()).isEqualTo(1);
    }

    @Test
    void tagExplainsAndCorrectsAnArticlesProvincesAndShowJsonCarriesTheEvidence() throws Exception {
        Path db = dir.resolve("x.db");
        run("import", "--db", db.toString(), pages().toString());
        String id = run("list", "--db", db.toString(), "--json", "--province", "can-tho").json().get(0).get("id").asText();
        JsonNode evidence = run("show", "--db", db.toString(), "--json", id).json().get(0).get("evidence");
        assertThat(evidence.get("can-tho")).extracting(n -> n.get("words").asText()).contains("Can Tho");

        Run added = run("tag", "--db", db.toString(), "--add", "hau-giang", "--remove", "can-tho", id);
        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("About: hau-giang — set by you").doesNotContain("can-tho");
        assertThat(run("list", "--db", db.toString(), "--json", "--province", "can-tho").json()).isEmpty();
        assertThat(run("list", "--db", db.toString(), "--json", "--province", "hau-giang").json()).hasSize(1);
        assertThat(run("retag", "--db", db.toString()).code()).isZero();
        JsonNode after = run("show", "--db", db.toString(), "--json", id).json().get(0);
        assertThat(after.get("provinces")).extracting(JsonNode::asText).containsExactly("hau-giang");
        assertThat(after.get("evidence").get("hau-giang")).extracting(n -> n.get("as").asText()).contains("reader");

        Run bad = run("tag", "--db", db.toString(), "--add", "atlantis", id);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown province: atlantis");
    }

    @Test
    void langViSpeaksVietnameseBeforeAnyCommandAndLangXxIsAUsageError() throws Exception {
        Path db = dir.resolve("lang.db");
        Run imported = run("--lang", "vi", "import", "--db", db.toString(), pages().toString());
        assertThat(imported.out()).contains("đã nhập 2, 0 trùng, 1 không nhập được");
        assertThat(imported.err()).contains("không nhập ");
        String provinces = run("--lang", "vi", "provinces", "--db", db.toString()).out();
        assertThat(provinces).containsPattern("can-tho +Cần Thơ +Can Tho +1");
        assertThat(run("--lang", "en", "provinces", "--db", db.toString()).out()).containsPattern("can-tho +Can Tho +Cần Thơ +1");
        assertThat(run("--lang", "vi", "resume", "--db", db.toString()).out()).contains("không có gì để làm tiếp");
        Run bad = run("--lang", "fr", "provinces", "--db", db.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--lang takes vi or en, not fr");
        assertThat(run("--lang", "vi", "list", "--db", db.toString(), "--json").json()).as("JSON keys stay as they are")
                .allSatisfy(j -> assertThat(j.has("title")).isTrue());
        // the usage help too, for the program and a command's own options
        assertThat(run("--lang", "vi", "--help").out()).contains("Cách dùng:", "Trình đọc tin về Việt Nam", "Lệnh:");
        assertThat(run("--lang", "vi", "feeds", "add").err()).as("a command's usage, shown when its address is missing")
                .contains("Thiếu tham số bắt buộc: 'URL'", "Cách dùng: bantin feeds add", "Theo dõi một kênh tin", "Tự đặt tên",
                        "Tệp cơ sở dữ liệu");
        assertThat(run("--lang", "vi", "list", "--nonsense").err()).contains("Không có tùy chọn: '--nonsense'");
        assertThat(run("--lang", "en", "list", "--nonsense").err()).contains("Unknown option: '--nonsense'");
        assertThat(run("--lang", "en", "--help").out()).contains("Usage:", "An offline reader for news about Vietnam");
    }

    @Test
    void embeddedDefaultIsFilledWithSamplesOnFirstUse() throws Exception {
        String old = System.getProperty(AppPaths.DATA_DIR_PROPERTY);
        System.setProperty(AppPaths.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        try {
            List<JsonNode> rows = run("list", "--json", "--limit", "100").json();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
            assertThat(dir.resolve("data/bantin.db")).exists();
            List<JsonNode> provinces = run("provinces", "--json").json();
            assertThat(provinces).hasSize(63);
            assertThat(provinces.stream().mapToLong(p -> p.get("count").asLong()).sum()).isGreaterThanOrEqualTo(12);
            assertThat(run("provinces", "--json", "--units").json()).hasSize(34);
        } finally {
            if (old == null) {
                System.clearProperty(AppPaths.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(AppPaths.DATA_DIR_PROPERTY, old);
            }
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
    }

    @Test
    void refusedDatabaseIsReportedNotThrown() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "just text ".repeat(100), StandardCharsets.UTF_8);
        Run r = run("list", "--db", notDb.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("notes.db").contains("not SQLite");
    }

    @Test
    void feedsAreSubscribedSyncedListedExportedAndRemovedFromTheCommandLine() throws Exception {
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            server.serve("/vne/rss", "application/rss+xml", server.fixture("vnexpress.rss"), "\"v1\"")
                    .serve("/vne/news/da-nang-night-ferry-4700001.html", "text/html", server.fixture("da-nang-night-ferry.html"), null)
                    .serve("/vne/news/quang-ninh-oysters-4700002.html", "text/html", server.fixture("quang-ninh-oysters.html"), null)
                    .serve("/img/ferry.png", "image/png", vn.bantin.ingest.feed.FeedServer.png(0x336699), null)
                    .serve("/gone/rss", new vn.bantin.ingest.feed.FeedServer.Route(404, "text/plain", new byte[0], null, 0));
            String db = dir.resolve("f.db").toString();

            Run add = run("feeds", "add", "--db", db, "--json", server.base() + "/vne/rss");
            assertThat(add.code()).as(add.err()).isZero();
            long id = add.json().get(0).get("id").asLong();
            Run bad = run("feeds", "add", "--db", db, server.base() + "/gone/rss");
            assertThat(bad.code()).isEqualTo(1);
            assertThat(bad.err()).contains("/gone/rss").contains("HTTP 404");

            Run sync = run("sync", "--db", db, "--json");
            assertThat(sync.code()).as(sync.err()).isZero();
            JsonNode line = sync.json().get(0);
            assertThat(line.get("feed").asLong()).isEqualTo(id);
            assertThat(line.get("new").asInt()).isEqualTo(2);
            assertThat(line.get("not_modified").asBoolean()).isFalse();
            assertThat(line.get("failed").asBoolean()).isFalse();
            JsonNode again = run("sync", "--db", db, "--json", "--feed", String.valueOf(id)).json().get(0);
            assertThat(again.get("not_modified").asBoolean()).isTrue();
            assertThat(again.get("new").asInt()).isZero();

            assertThat(run("list", "--db", db, "--json", "--province", "da-nang").json())
                    .anySatisfy(n -> assertThat(n.get("title").asText()).startsWith("Da Nang opens night ferry"));
            assertThat(run("feeds", "list", "--db", db, "--json").json()).singleElement()
                    .satisfies(n -> assertThat(n.get("unread").asInt()).isEqualTo(2));

            Path opml = dir.resolve("subs.opml");
            assertThat(run("feeds", "export-opml", "--db", db, opml.toString()).code()).isZero();
            assertThat(Files.readString(opml)).contains("xmlUrl=\"" + server.base() + "/vne/rss\"");
            String other = dir.resolve("g.db").toString();
            assertThat(run("feeds", "import-opml", "--db", other, "--json", opml.toString()).json().get(0).get("added").asInt()).isEqualTo(1);

            assertThat(run("feeds", "remove", "--db", db, String.valueOf(id)).code()).isZero();
            assertThat(run("feeds", "list", "--db", db, "--json").json()).isEmpty();
            assertThat(run("list", "--db", db, "--json").json()).hasSize(2);
        }
    }

    @Test
    void aSavedPageOrSubscriptionListHandedOverByTheDesktopOpensTheWindowNotTheCommandLine() throws Exception {
        Path page = dir.resolve("Da Nang ferry.html");
        Files.writeString(page, "<html><body><p>text</p></body></html>");
        Path opml = dir.resolve("subs.OPML");
        Files.writeString(opml, "<opml/>");
        assertThat(Main.isOpenable(page.toString())).isTrue();
        assertThat(Main.isOpenable(opml.toString())).isTrue();
        assertThat(Main.isOpenable("list")).isFalse();
        assertThat(Main.isOpenable(dir.resolve("missing.html").toString())).isFalse();
        assertThat(Main.isOpenable(dir.toString())).isFalse();
    }

    @Test
    void aFileLargerThanAnyNewsPageIsRejectedWithTheLimitAndNothingElseIsLost() throws Exception {
        Path in = dir.resolve("big");
        Files.createDirectories(in);
        Files.writeString(in.resolve("ok.txt"), TestPages.hanoiTimes("Lao Cai opens a market", "Lao Cai", "Mar 4, 2024 / 10:00"));
        Files.write(in.resolve("huge.txt"), "Lao Cai market news. ".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        Run r = run("import", "--db", dir.resolve("big.db").toString(), "--json", in.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode huge = r.json().stream().filter(n -> n.get("file").asText().endsWith("huge.txt")).findFirst().orElseThrow();
        assertThat(huge.get("status").asText()).isEqualTo("rejected");
        assertThat(huge.get("reason").asText()).isEqualTo("too large for a news page (6,152 KB; the limit is 5 MB)");
        assertThat(run("list", "--db", dir.resolve("big.db").toString(), "--json").json()).hasSize(1);
    }

    @Test
    void jsonListsAProvinceEitherAsWhatTheArticleIsAboutOrAsOnlyMentionedNeverBoth() throws Exception {
        Path in = dir.resolve("both");
        Files.createDirectories(in);
        Files.writeString(in.resolve("ferry.txt"), "Mar 5, 2024 / 09:00\n\nCan Tho opens a river ferry\n\n"
                + "Authorities in Can Tho opened a new river ferry on Tuesday for farmers who sell fruit at Cai Rang market.\n\n"
                + "The boats were built in Ha Noi and carried south by road, the city's transport department said.\n");
        String db = dir.resolve("both.db").toString();
        assertThat(run("import", "--db", db, in.toString()).code()).isZero();
        JsonNode listed = run("list", "--db", db, "--json").json().get(0);
        assertThat(listed.get("provinces")).extracting(JsonNode::asText).containsExactly("can-tho");
        assertThat(listed.get("mentioned")).extracting(JsonNode::asText).containsExactly("ha-noi");
        JsonNode shown = run("show", "--db", db, "--json", listed.get("id").asText()).json().get(0);
        assertThat(shown.get("provinces")).extracting(JsonNode::asText).containsExactly("can-tho");
        assertThat(shown.get("mentioned")).extracting(JsonNode::asText).containsExactly("ha-noi");
    }
}
