package vn.bantin.domain;

import java.util.Arrays;

/** Vietnam's six socio-economic regions, north to south: how the province picker groups provinces. */
public enum Region {
    NORTHERN_MIDLANDS("northern-midlands", "Northern Midlands and Mountains"),
    RED_RIVER_DELTA("red-river-delta", "Red River Delta"),
    NORTH_CENTRAL_COAST("north-central-coast", "North Central and Central Coast"),
    CENTRAL_HIGHLANDS("central-highlands", "Central Highlands"),
    SOUTHEAST("southeast", "Southeast"),
    MEKONG_DELTA("mekong-delta", "Mekong Delta");

    private final String id;
    private final String nameEn;

    Region(String id, String nameEn) {
        this.id = id;
        this.nameEn = nameEn;
    }

    /** As provinces and units name it ({@link Province#region()}). */
    public String id() {
        return id;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The region of that id; an unknown id sorts last and is shown as it is. */
    public static String nameOf(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).map(Region::nameEn).findFirst().orElse(id);
    }

    /** North to south; an unknown id after the six. */
    public static int orderOf(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).mapToInt(Enum::ordinal).findFirst().orElse(values().length);
    }
}
