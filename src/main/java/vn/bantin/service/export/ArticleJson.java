package vn.bantin.service.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.domain.Article;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.TagEvidence;

/** An article as JSON: the shape of {@code bantin show --json}, which the JSON Lines export extends. */
public final class ArticleJson {
    private ArticleJson() {
    }

    public static Map<String, Object> of(Article a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("source", a.source().name());
        o.put("author", a.author());
        o.put("url", a.url());
        o.put("provinces", a.aboutIds());
        o.put("mentioned", a.mentionedIds());
        o.put("evidence", evidence(a));
        o.put("bookmarked", a.status().bookmarked());
        o.put("read", a.status().read());
        o.put("lead", a.lead());
        o.put("body", String.join("\n\n", a.body()));
        o.put("captions", a.captions());
        return o;
    }

    /** For each province, the words of the article that made the tag and how they were read ("reader" for a correction). */
    public static Map<String, Object> evidence(Article a) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ProvinceTag t : a.tags()) {
            List<Map<String, Object>> words = new ArrayList<>();
            for (TagEvidence e : t.evidence()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("words", e.phrase());
                w.put("as", e.how());
                words.add(w);
            }
            if (t.byReader()) {
                words.add(Map.of("words", "", "as", "reader"));
            }
            out.put(t.provinceId(), words);
        }
        return out;
    }
}
