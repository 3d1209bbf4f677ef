package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;
import vn.bantin.ui.provinces.ProvincesViewModel;

/**
 * The map's state: which unit a shape belongs to in the chosen mode (a province, or its 2025 unit), each unit's
 * count and shade class, and what a click, a Ctrl-click or an arrow key does. The choice and the counts are the
 * sidebar list's own ({@link ProvincesViewModel}), so map and list never disagree.
 */
public final class MapViewModel {
    /** Shade classes past zero; the scale's edges are powers of the largest count, so a few big units do not wash out the rest. */
    public static final int CLASSES = 5;

    private final ProvincesViewModel provinces;
    private final Gazetteer gazetteer;
    private final ReadOnlyObjectWrapper<String> focused = new ReadOnlyObjectWrapper<>();
    private final vn.bantin.ui.TaskRunner runner;
    private boolean listShown;
    private final List<Runnable> untilListShown = new ArrayList<>();

    public MapViewModel(ProvincesViewModel provinces, Gazetteer gazetteer, vn.bantin.ui.TaskRunner runner) {
        this.provinces = provinces;
        this.gazetteer = gazetteer;
        this.runner = runner;
        provinces.modeProperty().addListener((o, a, b) -> focused.set(null));
    }

    public ProvincesViewModel provinces() {
        return provinces;
    }

    /**
     * The list has shown its first page (or not yet): a map shown at the start is read and drawn only after it, so
     * that the list is painted first (the map cost 144 ms of the first paint at a million articles, bench --ui).
     */
    public void listLoading(boolean loading) {
        if (!loading && !listShown) {
            listShown = true;
            List<Runnable> now = new ArrayList<>(untilListShown);
            untilListShown.clear();
            now.forEach(Runnable::run);
        }
    }

    /**
     * The outlines, read off the window's thread the first time (a 210 KB resource), then {@code then} on it; not
     * before the list has shown its first page.
     */
    public void loadShapes(Runnable then, java.util.function.Consumer<Throwable> failed) {
        if (!listShown) {
            untilListShown.add(() -> loadShapes(then, failed));
            return;
        }
        runner.run(MapShapes::all, s -> {
            then.run();
            // the 2025 units' borders made ahead, so that the first switch to 34 units does not wait for them
            java.util.Map<String, List<String>> byUnit = new java.util.TreeMap<>();
            for (MapShapes.Shape shape : s) {
                String unit = gazetteer.province(shape.provinceId()).map(Province::unit2025).orElse(shape.provinceId());
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(shape.path());
            }
            // aside, after the days' count: not beside the window's first paint
            runner.aside().run(() -> {
                UnitBorder.makeAll(byUnit);
                return Boolean.TRUE;
            }, x -> { }, e -> { }); // made on the first switch instead
        }, failed);
    }

    /** An export's file written off the window's thread; {@code done} or {@code failed} on it after. */
    public void export(MapExport.Writing writing, Runnable done, java.util.function.Consumer<Throwable> failed) {
        runner.run(() -> {
            writing.write();
            return Boolean.TRUE;
        }, ok -> done.run(), failed);
    }

    public boolean units2025() {
        return provinces.modeProperty().get() == ProvincesViewModel.Mode.UNITS_2025;
    }

    /** The unit a province's shape is drawn as part of: the province itself, or its 2025 unit. */
    public String unitOf(String provinceId) {
        if (!units2025()) {
            return provinceId;
        }
        return gazetteer.province(provinceId).map(Province::unit2025).orElse(provinceId);
    }

    /** Every unit of the mode, north to south. */
    public List<String> unitIds() {
        List<String> out = new ArrayList<>();
        if (units2025()) {
            gazetteer.units().forEach(u -> out.add(u.id()));
        } else {
            gazetteer.provinces().forEach(p -> out.add(p.id()));
        }
        out.sort(Comparator.comparingDouble((String id) -> -centre(id)[0]));
        return out;
    }

    public long countOf(String unitId) {
        return provinces.countOf(unitId);
    }

    /** "Hà Nội" and "Ha Noi". */
    public String nameVi(String unitId) {
        return units2025() ? gazetteer.unit(unitId).map(Unit2025::nameVi).orElse(unitId)
                : gazetteer.province(unitId).map(Province::nameVi).orElse(unitId);
    }

    public String nameEn(String unitId) {
        return units2025() ? gazetteer.unit(unitId).map(Unit2025::nameEn).orElse(unitId)
                : gazetteer.province(unitId).map(Province::nameEn).orElse(unitId);
    }

    /** What hovering over a unit tells, and what a screen reader reads for it. */
    public String describe(String unitId) {
        long n = countOf(unitId);
        String vi = nameVi(unitId);
        String en = nameEn(unitId);
        // the name in the reader's language first, the other in brackets
        boolean vietnamese = vn.bantin.i18n.Texts.vietnamese();
        String names = vi.equals(en) ? vi : vietnamese ? vi + " (" + en + ")" : en + " (" + vi + ")";
        return t(provinces.selected().contains(unitId) ? "map.describe.chosen" : "map.describe", names, n);
    }

    /** Latitude and longitude of the unit's centre (the gazetteer's). */
    public double[] centre(String unitId) {
        if (units2025()) {
            Optional<Unit2025> u = gazetteer.unit(unitId);
            if (u.isPresent()) {
                return new double[] {u.get().lat(), u.get().lon()};
            }
        }
        return gazetteer.province(unitId).map(p -> new double[] {p.lat(), p.lon()}).orElse(new double[] {0, 0});
    }

    /** The largest count among the units, the top of the scale. */
    public long largest() {
        long max = 0;
        // the units in any order: no sort by latitude for a maximum, asked at every reshade
        if (units2025()) {
            for (Unit2025 u : gazetteer.units()) {
                max = Math.max(max, countOf(u.id()));
            }
        } else {
            for (Province p : gazetteer.provinces()) {
                max = Math.max(max, countOf(p.id()));
            }
        }
        return max;
    }

    /** 0 for no articles, else 1..{@link #CLASSES} on a scale whose top is {@code largest}. */
    public static int shadeClass(long count, long largest) {
        if (count <= 0 || largest <= 0) {
            return 0;
        }
        for (int k = 1; k < CLASSES; k++) {
            if (count <= edge(k, largest)) {
                return k;
            }
        }
        return CLASSES;
    }

    /** One step of the legend: its shade class and the counts it stands for ("0", "3", "4–12"). */
    public record LegendStep(int shadeClass, String label) {
    }

    /** The legend for a scale whose top is {@code largest}: "0", then each class that holds a count up to it. */
    public static List<LegendStep> legend(long largest) {
        List<LegendStep> out = new ArrayList<>(List.of(new LegendStep(0, "0")));
        long lo = 1;
        for (int k = 1; k <= CLASSES && lo <= largest; k++) {
            // the small-number floor of the edges must not name counts above the largest
            long hi = Math.min(largest, edge(k, largest));
            if (hi < lo) {
                continue;
            }
            out.add(new LegendStep(k, lo == hi ? vn.bantin.i18n.Texts.number(hi) : vn.bantin.i18n.Texts.number(lo) + "–" + vn.bantin.i18n.Texts.number(hi)));
            lo = hi + 1;
        }
        return out;
    }

    /** The largest count of class {@code k}: largest^(k/CLASSES), at least k so that small numbers spread too. */
    public static long edge(int k, long largest) {
        if (k >= CLASSES) {
            return largest;
        }
        return Math.max(k, Math.round(Math.pow(largest, (double) k / CLASSES)));
    }

    /** A click: this unit alone; a click on the unit already chosen alone takes it away. Ctrl-click adds or removes. */
    public void click(String unitId, boolean add) {
        focused.set(unitId);
        if (add || provinces.selected().contains(unitId) && provinces.selected().size() == 1) {
            provinces.toggle(unitId);
        } else {
            provinces.selectOnly(unitId);
        }
    }

    /** The unit the keyboard is on (outlined), or null. */
    public ReadOnlyObjectProperty<String> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public void focus(String unitId) {
        focused.set(unitId);
    }

    /**
     * The arrow keys move to the nearest unit that way: among units whose centre lies within 60° of the direction,
     * the one nearest, counting sideways distance double. The first key lands on the chosen unit, else the top one.
     */
    public void move(double dx, double dy) {
        String from = focused.get();
        if (from == null) {
            focused.set(provinces.selected().isEmpty() ? unitIds().get(0) : provinces.selected().iterator().next());
            return;
        }
        double[] c = centre(from);
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String id : unitIds()) {
            if (id.equals(from)) {
                continue;
            }
            double[] o = centre(id);
            double x = (o[1] - c[1]) * Math.cos(Math.toRadians(c[0]));
            double y = -(o[0] - c[0]); // screen y grows southwards
            double along = x * dx + y * dy;
            double across = Math.abs(x * dy - y * dx);
            if (along <= 0 || across > along * Math.tan(Math.toRadians(60))) {
                continue;
            }
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = id;
            }
        }
        if (best != null) {
            focused.set(best);
        }
    }
}
