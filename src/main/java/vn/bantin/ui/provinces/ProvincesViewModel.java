package vn.bantin.ui.provinces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Folding;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

/** The sidebar: which list (all, unread, bookmarks), which provinces or 2025 units, and their counts. */
public final class ProvincesViewModel {
    public enum Mode { PROVINCES_63, UNITS_2025 }

    /** The list on top of the sidebar's places: everything, the unread, the bookmarks. */
    public enum Special {
        ALL, UNREAD, BOOKMARKS;

        /** The list's query with this on top of the rest of the reader's choice. */
        public vn.bantin.domain.ArticleQuery query(Set<String> provinceIds, java.time.Instant from, java.time.Instant to,
                                                   String text, boolean grouped, Long feedId, boolean oldestFirst,
                                                   Long collectionId) {
            return new vn.bantin.domain.ArticleQuery(provinceIds, this == BOOKMARKS, this == UNREAD, null, from, to, text,
                    grouped, feedId, oldestFirst, collectionId);
        }
    }

    private final Gazetteer gazetteer;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.PROVINCES_63);
    private final ObjectProperty<Special> special = new SimpleObjectProperty<>(Special.ALL);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty mapShown = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<ProvinceEntry> entries = FXCollections.observableArrayList();
    private final ObservableSet<String> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final LongProperty allCount = new SimpleLongProperty();
    private final LongProperty unreadCount = new SimpleLongProperty();
    private final LongProperty bookmarkCount = new SimpleLongProperty();
    private Map<String, Long> provinceCounts = Map.of();
    private Map<String, Long> unitCounts = Map.of();

    public ProvincesViewModel(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        filterText.addListener((o, a, b) -> rebuild());
        mode.addListener((o, a, b) -> {
            selected.clear();
            rebuild();
        });
        rebuild();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Special> specialProperty() {
        return special;
    }

    /** Whether the sidebar shows the map in place of the province list. */
    public javafx.beans.property.BooleanProperty mapShownProperty() {
        return mapShown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObservableList<ProvinceEntry> entries() {
        return entries;
    }

    private Runnable onSpecialChosen = () -> { };

    /** The reader clicked All articles, Unread or Bookmarks: that list, and out of any one feed. */
    public void chooseSpecial(Special which) {
        special.set(which);
        onSpecialChosen.run();
    }

    /** Told when the reader chooses All, Unread or Bookmarks (the window leaves a chosen feed then). */
    public void setOnSpecialChosen(Runnable r) {
        onSpecialChosen = r;
    }

    /** Ids of the selected rows: province ids, or unit ids in 2025 mode. */
    public ObservableSet<String> selected() {
        return selected;
    }

    public ReadOnlyLongProperty allCountProperty() {
        return allCount;
    }

    public ReadOnlyLongProperty unreadCountProperty() {
        return unreadCount;
    }

    public ReadOnlyLongProperty bookmarkCountProperty() {
        return bookmarkCount;
    }

    public void clearSelection() {
        selected.clear();
    }

    public void toggle(String id) {
        if (!selected.remove(id)) {
            selected.add(id);
        }
    }

    public void selectOnly(String id) {
        selected.clear();
        selected.add(id);
    }

    /** The provinces the list should show: selected provinces, or every member of the selected units. */
    public Set<String> selectedProvinceIds() {
        return SavedChoice.provinceIds(mode.get(), selected, gazetteer);
    }

    /** Counts arrive from the repository off the FX thread and are applied here. */
    public void applyCounts(vn.bantin.domain.SidebarCounts c) {
        this.provinceCounts = c.provinces();
        this.unitCounts = c.units();
        allCount.set(c.all());
        unreadCount.set(c.unread());
        bookmarkCount.set(c.bookmarks());
        rebuild();
    }

    /** The length of the list with this province (or, in 2025 mode, this unit) chosen in place of the choice now. */
    public long countOf(String id) {
        return (mode.get() == Mode.UNITS_2025 ? unitCounts : provinceCounts).getOrDefault(id, 0L);
    }

    /** Display name of a province or unit id in the current mode. */
    public String nameOf(String id) {
        return SavedChoice.nameOf(mode.get(), id, gazetteer);
    }

    /**
     * The provinces a reader may add to an article: those it names but is not about first, then the rest in
     * the picker's order; those it is already about are left out.
     */
    public List<vn.bantin.ui.detail.ProvinceChoice> choicesFor(vn.bantin.domain.Article a) {
        java.util.Set<String> about = new java.util.HashSet<>(a.aboutIds());
        java.util.Set<String> named = new java.util.HashSet<>(a.mentionedIds());
        List<vn.bantin.ui.detail.ProvinceChoice> first = new ArrayList<>();
        List<vn.bantin.ui.detail.ProvinceChoice> rest = new ArrayList<>();
        for (Province p : gazetteer.provinces()) {
            if (!about.contains(p.id())) {
                boolean n = named.contains(p.id());
                (n ? first : rest).add(new vn.bantin.ui.detail.ProvinceChoice(p.id(), p.nameVi(), p.nameEn(), n));
            }
        }
        first.addAll(rest);
        return first;
    }

    /** The Vietnamese name of one of the 63 provinces (article tags always use these). */
    public String provinceName(String provinceId) {
        return SavedChoice.nameOf(Mode.PROVINCES_63, provinceId, gazetteer);
    }

    private void rebuild() {
        String q = key(filterText.get());
        List<ProvinceEntry> out = new ArrayList<>();
        if (mode.get() == Mode.PROVINCES_63) {
            for (Province p : gazetteer.provinces()) {
                String via = inRegion(q, p.region()) ? "" : match(q, p.nameVi(), p.nameEn(), p.aliases(), p.places());
                if (via != null) {
                    out.add(new ProvinceEntry(p.id(), p.nameVi(), p.nameEn(), p.region(), countOf(p.id()), false,
                            via.isEmpty() ? null : via));
                }
            }
        } else {
            Map<String, Province> byId = new HashMap<>();
            gazetteer.provinces().forEach(p -> byId.put(p.id(), p));
            for (Unit2025 u : gazetteer.units()) {
                String via = inRegion(q, u.region()) ? "" : match(q, u.nameVi(), u.nameEn(), List.of(), List.of());
                if (via == null) {
                    for (String m : u.memberIds()) {
                        Province p = byId.get(m);
                        String v = match(q, p.nameVi(), p.nameEn(), p.aliases(), p.places());
                        if (v != null) {
                            via = v.isEmpty() ? p.nameEn() : v;
                            break;
                        }
                    }
                }
                if (via != null) {
                    out.add(new ProvinceEntry(u.id(), u.nameVi(), u.nameEn(), u.region(), countOf(u.id()), true,
                            via.isEmpty() ? null : via));
                }
            }
        }
        // within a region, by the name shown first: Vietnamese order (đ after d) in Vietnamese, else the English names
        java.text.Collator order = vn.bantin.i18n.Texts.collator();
        boolean vietnamese = vn.bantin.i18n.Texts.vietnamese();
        out.sort(java.util.Comparator.comparing((ProvinceEntry e) -> vn.bantin.domain.Region.orderOf(e.region()))
                .thenComparing(e -> vietnamese ? e.nameVi() : e.nameEn(), order));
        entries.setAll(out);
    }

    /** Whether the query is part of the region's name, in English or in the language shown ("mekong", "tay nguyen"). */
    private static boolean inRegion(String q, String region) {
        return key(vn.bantin.domain.Region.nameOf(region)).contains(q) || key(vn.bantin.i18n.Texts.t("region." + region)).contains(q);
    }

    /** "" when the query matches the name itself, the matching place or alias when it matches that, else null. */
    static String match(String q, String vi, String en, List<String> aliases, List<String> places) {
        if (q.isEmpty() || key(vi).contains(q) || key(en).contains(q)) {
            return "";
        }
        for (String a : aliases) {
            if (key(a).contains(q)) {
                return "";
            }
        }
        for (String p : places) {
            if (key(p).contains(q)) {
                return p;
            }
        }
        return null;
    }

    /** Accents, case, spaces and hyphens off: "Đắk Lắk", "daklak" and "Dak-Lak" are one key. */
    static String key(String s) {
        return s == null ? "" : Folding.fold(s).replaceAll("[\\s\\-–—.]+", "").toLowerCase(Locale.ROOT);
    }

    /** The reader's choices as they were saved: 63 provinces or 34 units, the list on top, the ticked places. */
    public void restore(SavedChoice choice) {
        modeProperty().set(choice.mode());
        specialProperty().set(choice.special());
        selected().addAll(choice.selected());
    }
}
