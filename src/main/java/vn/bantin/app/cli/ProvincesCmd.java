package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

@Command(name = "provinces", description = "List provinces with their article counts")
final class ProvincesCmd extends Base {
    @Option(names = "--units", description = "The 34 units of July 2025 instead of the 63 provinces")
    boolean units;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            vn.bantin.domain.SidebarCounts all = ctx.reading().sidebarCounts(ArticleQuery.ALL);
            Map<String, Long> counts = all.provinces();
            if (units) {
                for (Unit2025 u : ctx.gazetteer().units()) {
                    // an article about two of a unit's provinces is one article of the unit
                    long n = all.units().getOrDefault(u.id(), 0L);
                    if (json) {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("id", u.id());
                        o.put("name_vi", u.nameVi());
                        o.put("name_en", u.nameEn());
                        o.put("members", u.memberIds());
                        o.put("count", n);
                        printJson(o);
                    } else {
                        out().printf("%-18s %-24s %6d  (%s)%n", u.id(), vn.bantin.i18n.Texts.vietnamese() ? u.nameVi() : u.nameEn(), n, String.join(", ", u.memberIds()));
                    }
                }
                return 0;
            }
            for (Province p : ctx.gazetteer().provinces()) {
                long n = counts.getOrDefault(p.id(), 0L);
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", p.id());
                    o.put("name_vi", p.nameVi());
                    o.put("name_en", p.nameEn());
                    o.put("unit_2025", p.unit2025());
                    o.put("count", n);
                    printJson(o);
                } else {
                    // the name in the language asked for first, the other beside it
                    boolean vi = vn.bantin.i18n.Texts.vietnamese();
                    out().printf("%-18s %-24s %-20s %6d%n", p.id(), vi ? p.nameVi() : p.nameEn(), vi ? p.nameEn() : p.nameVi(), n);
                }
            }
            return 0;
        }
    }
}
