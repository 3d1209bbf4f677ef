package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of contents of a book or page export: by month (in order), or by province (by name, an article under
 * each province it is about, those about none last).
 */
final class Chapters {
    private Chapters() {
    }

    static Map<String, List<ExportWriter.Entry>> of(ExportWriter.Header h) {
        Map<String, List<ExportWriter.Entry>> out = new LinkedHashMap<>();
        if (h.toc() == Exporter.Toc.PROVINCE) {
            java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
            Map<String, List<ExportWriter.Entry>> byName = new TreeMap<>(vi);
            List<ExportWriter.Entry> nowhere = new ArrayList<>();
            for (ExportWriter.Entry e : h.entries()) {
                if (e.provinces().isEmpty()) {
                    nowhere.add(e);
                }
                for (String p : e.provinces()) {
                    byName.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                }
            }
            out.putAll(byName);
            if (!nowhere.isEmpty()) {
                out.put(t("export.noProvince"), nowhere);
            }
            return out;
        }
        for (ExportWriter.Entry e : h.entries()) {
            String month = e.day().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, vn.bantin.i18n.Texts.locale())
                    + " " + e.day().getYear();
            out.computeIfAbsent(Character.toUpperCase(month.charAt(0)) + month.substring(1), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
