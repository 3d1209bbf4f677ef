package vn.bantin.domain;

/**
 * A place below the province: an administrative unit from the official lists, or a landmark news names
 * (an island, a park, an airport, a border gate). {@code provinceId} is one of the 63 provinces of before
 * July 2025; {@code unitId} is the 2025 unit it lies in, so a tag gives both.
 */
public record Place(Kind kind, String name, String provinceId, String unitId, String parent) {

    /** Units and landmarks, by the word news writes beside their name. */
    public enum Kind {
        /** quận, huyện: "district" */
        DISTRICT,
        /** thị xã: a district-level town */
        TOWN,
        /** thành phố thuộc tỉnh: a city below the province */
        CITY,
        /** phường: "ward" (before July 2025) */
        WARD,
        /** xã: "commune" (before July 2025) */
        COMMUNE,
        /** thị trấn: "township" (before July 2025) */
        TOWNSHIP,
        /** phường of July 2025 */
        WARD_2025,
        /** xã of July 2025 */
        COMMUNE_2025,
        /** đặc khu: the island special zones of July 2025 */
        SPECIAL_ZONE,
        /** an island, park, airport, port, border gate, dam or heritage site */
        LANDMARK;

        /** Units the size of a district, named alone in news ("Cu Chi", "Mu Cang Chai"). */
        public boolean districtLevel() {
            return this == DISTRICT || this == TOWN || this == CITY || this == SPECIAL_ZONE;
        }

        /** Units the size of a commune: their names repeat across the country, so news writes the type beside them. */
        public boolean communeLevel() {
            return this == WARD || this == COMMUNE || this == TOWNSHIP || this == WARD_2025 || this == COMMUNE_2025;
        }

        /** What a reader calls it, for the explanation of a tag. */
        public String label() {
            return switch (this) {
                case DISTRICT -> "district";
                case TOWN -> "town";
                case CITY -> "city";
                case WARD, WARD_2025 -> "ward";
                case COMMUNE, COMMUNE_2025 -> "commune";
                case TOWNSHIP -> "township";
                case SPECIAL_ZONE -> "special zone";
                case LANDMARK -> "place";
            };
        }
    }
}
