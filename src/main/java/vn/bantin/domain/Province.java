package vn.bantin.domain;

import java.util.List;

/**
 * One of the 63 provincial units in force until 30 June 2025. Articles are tagged with these ids; the
 * 34 units of July 2025 group them (see {@link Unit2025}).
 */
public record Province(String id, String nameVi, String nameEn, String type, String region,
                       String unit2025, double lat, double lon, List<String> aliases, List<String> places) {
    public Province {
        aliases = List.copyOf(aliases);
        places = List.copyOf(places);
    }
}
