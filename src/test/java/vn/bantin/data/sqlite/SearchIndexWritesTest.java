package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.NewArticle;

/**
 * An import batch reaches the search index in one piece. Written one article at a time between the batch's other
 * rows, every article became a segment of its own (and the import spent a third of its store merging them).
 */
class SearchIndexWritesTest {
    private static final String[] PLACES = {"Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Hòa Bình", "Thanh Hóa",
            "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Huế", "Quảng Nam"};
    private static final String[] IDS = {"ha-giang", "lao-cai", "dien-bien", "son-la", "hoa-binh", "thanh-hoa",
            "nghe-an", "ha-tinh", "quang-binh", "quang-tri", "thua-thien-hue", "quang-nam"};

    @TempDir
    Path dir;
    Database db;
    SqliteArticleRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("index.db"));
        ProvinceTables.mirror(db, Gazetteer.standard());
        repo = new SqliteArticleRepository(db);
        // no merging behind the test's back: each segment written stays one
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO article_search(article_search, rank) VALUES ('automerge', 0)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBatchOfArticlesIsWrittenToTheSearchIndexAsOneSegmentAndEveryArticleIsFound() {
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            batch.add(SearchTest.article("w" + i, "Mùa lúa mới ở " + PLACES[i],
                    "Nông dân " + PLACES[i] + " bắt đầu gặt sớm hơn mọi năm.", IDS[i], i));
        }
        repo.insertBatch(batch);

        assertThat(segments()).isEqualTo(1);
        for (String place : PLACES) {
            assertThat(repo.count(ArticleQuery.ALL.withText("\"" + place + "\""))).as(place).isEqualTo(1);
        }
        assertThat(repo.count(ArticleQuery.ALL.withText("gặt sớm"))).isEqualTo(PLACES.length);
    }

    private int segments() {
        return db.inTransaction(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(DISTINCT segid) FROM article_search_idx")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
