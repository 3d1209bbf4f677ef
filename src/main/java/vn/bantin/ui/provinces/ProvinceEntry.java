package vn.bantin.ui.provinces;

/**
 * A row of the province picker: a province (63) or a unit of July 2025 (34), with its count under the current
 * filter. {@code via} names the place the search matched when it was not the province's own name ("Da Lat").
 */
public record ProvinceEntry(String id, String nameVi, String nameEn, String region, long count, boolean unit, String via) {
}
