package vn.bantin.data.sqlite;

import java.util.List;

/**
 * Schema 9: what the reader keeps of the articles. Every row names its article, so deleting an article takes them
 * along (and Undo puts them back, DeletedRows reading them first); re-imports, retags and story changes rewrite other
 * tables only, so these rows outlive them.
 */
final class Keeping {
    private Keeping() {
    }

    static List<String> migration() {
        return List.of(
                // name_key is the name in lower case: one collection whatever the case the reader types
                """
                CREATE TABLE collections (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL UNIQUE,
                  created_at TEXT NOT NULL
                )""",
                """
                CREATE TABLE collection_articles (
                  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  added_at TEXT NOT NULL,
                  PRIMARY KEY (collection_id, article_id)
                ) WITHOUT ROWID""",
                "CREATE INDEX collection_articles_article ON collection_articles(article_id)",
                """
                CREATE TABLE notes (
                  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                  text TEXT NOT NULL,
                  updated_at TEXT NOT NULL
                )""",
                // offsets into the stored text (title, lead and paragraphs as the reading view joins them); the
                // words themselves are kept too, so a re-read that moves them can find them again
                """
                CREATE TABLE highlights (
                  id INTEGER PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  start INTEGER NOT NULL CHECK (start >= 0),
                  end INTEGER NOT NULL CHECK (end > start),
                  quote TEXT NOT NULL,
                  note TEXT,
                  created_at TEXT NOT NULL
                )""",
                "CREATE INDEX highlights_article ON highlights(article_id)");
    }
}
