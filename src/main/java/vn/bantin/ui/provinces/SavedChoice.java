package vn.bantin.ui.provinces;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;
import vn.bantin.ui.provinces.ProvincesViewModel.Mode;
import vn.bantin.ui.provinces.ProvincesViewModel.Special;

/**
 * The sidebar's choice as the reader left it: 63 provinces or 34 units, the list on top, the ticked places. Read
 * once at the start, before the sidebar exists, for the list's first page; the sidebar then takes it as it is.
 */
public record SavedChoice(Mode mode, Special special, List<String> selected) {
    public SavedChoice {
        selected = List.copyOf(selected);
    }

    /** From the settings' words; a place this build does not know (or not in that mode) is left out. */
    public static SavedChoice of(String mode, String special, String selectedIds, Gazetteer gazetteer) {
        Mode m = "units".equals(mode) ? Mode.UNITS_2025 : Mode.PROVINCES_63;
        Special s;
        try {
            s = Special.valueOf(special);
        } catch (IllegalArgumentException | NullPointerException e) {
            s = Special.ALL;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : selectedIds == null ? new String[0] : selectedIds.split(",")) {
            String x = id.strip();
            if (!x.isEmpty() && (m == Mode.UNITS_2025 ? gazetteer.unit(x).isPresent() : gazetteer.province(x).isPresent())) {
                ids.add(x);
            }
        }
        return new SavedChoice(m, s, new ArrayList<>(ids));
    }

    /** The provinces the choice lists: a 2025 unit stands for the provinces it was made of. */
    public Set<String> provinceIds(Gazetteer gazetteer) {
        return provinceIds(mode, selected, gazetteer);
    }

    /** The ticked places' names, as the list's header gives them. */
    public String places(Gazetteer gazetteer) {
        return String.join(", ", selected.stream().map(id -> nameOf(mode, id, gazetteer)).toList());
    }

    static Set<String> provinceIds(Mode mode, Collection<String> ids, Gazetteer gazetteer) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.addAll(mode == Mode.UNITS_2025 ? gazetteer.expand("unit:" + id) : Set.of(id));
        }
        return out;
    }

    public static String nameOf(Mode mode, String id, Gazetteer gazetteer) {
        if (mode == Mode.UNITS_2025) {
            return gazetteer.unit(id).map(Unit2025::nameVi).orElse(id);
        }
        return gazetteer.province(id).map(Province::nameVi).orElse(id);
    }
}
