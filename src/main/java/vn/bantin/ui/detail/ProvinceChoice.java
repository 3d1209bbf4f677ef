package vn.bantin.ui.detail;

import vn.bantin.domain.Folding;

/** A province the reader may add to an article: its id, its names in both languages, and whether the article names it. */
public record ProvinceChoice(String id, String nameVi, String nameEn, boolean named) {
    /** What the filter matches: both names, accents and đ folded. */
    public String key() {
        return Folding.fold(nameVi + " " + nameEn);
    }
}
