package vn.bantin.ingest.tagging;

import java.util.HashSet;
import java.util.Set;

/** Word lists the tagger reads context with. All lower case, accents folded. */
final class Words {
    private Words() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Vietnamese family names, as written in English-language news. "to" and "do" are left out: they are English. */
    static final Set<String> SURNAMES = set(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ho", "ngo",
            "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "doan", "cao", "luong", "luu", "ta", "chu",
            "kieu", "quach", "tong", "ha", "lai", "phung", "tang", "khuc", "bach", "mac", "thai", "vuong", "giang",
            "trieu", "dao", "diep", "la", "nghiem", "thach", "tieu", "ung", "van", "vi", "nong", "lo", "hua", "au");

    /** Middle and given names common enough to mark the word before a province name as part of a person's name. */
    static final Set<String> PERSON_NAME_WORDS;

    static {
        Set<String> s = new HashSet<>(SURNAMES);
        s.addAll(set(
                "van", "thi", "thanh", "minh", "duc", "quoc", "huu", "xuan", "dinh", "hong", "ngoc", "kim", "anh",
                "quang", "cong", "tien", "tuan", "manh", "thu", "bao", "chi", "tan", "trong", "hai", "phuong", "my",
                "tuyet", "thuy", "thanh", "khac", "viet", "trung", "dac", "ba", "sy", "si", "gia", "nhu", "tu",
                "hoai", "khanh", "dieu", "phu", "thuong", "lan", "hung", "dung", "nam", "son", "long", "binh",
                "hoa", "linh", "huong", "thao", "trang", "quynh", "yen", "cuong", "dat", "hieu", "huy", "khoa",
                "kien", "loc", "luan", "nhan", "phat", "quan", "sang", "tam", "thinh", "tri", "chinh", "hue",
                "thang", "phuc", "vinh", "toan", "nghia", "hanh", "lien", "nga", "bich", "hien", "hau", "dao",
                "tho", "hoan", "nhat", "uyen", "vy", "oanh", "tram", "trinh", "tuong", "ngan", "thiet", "dong"));
        PERSON_NAME_WORDS = Set.copyOf(s);
    }

    /** Titles that put a person's name after them: "Minister Thanh Hoa" is a person. */
    static final Set<String> TITLES_BEFORE = set(
            "mr", "mrs", "ms", "miss", "dr", "madam", "madame", "sir", "uncle", "president", "minister", "chairman",
            "chairwoman", "secretary", "general", "gen", "premier", "ambassador", "lieutenant", "colonel", "major",
            "captain", "professor", "prof", "senator", "governor", "comrade", "monk", "venerable", "director",
            "deputy", "vice", "spokesperson", "spokesman", "spokeswoman", "reporter", "journalist", "artist",
            "singer", "player", "coach", "striker", "goalkeeper", "teacher", "doctor", "mayor");

    /** Lower-case Vietnamese words for sub-provincial units and streets: a name after them is not the province. */
    static final Set<String> ADMIN_BEFORE = set("quan", "huyen", "phuong", "xa", "duong", "thon", "ap", "khu", "pho");

    /** Words after a province's name that make the whole a different thing: a district, street, firm or paper. */
    static final Set<String> NOT_THE_PROVINCE_AFTER = set(
            "district", "districts", "street", "st", "road", "avenue", "boulevard", "ward", "commune", "village",
            "hamlet", "lane", "alley", "company", "co", "corp", "corporation", "jsc", "group", "bank", "fc",
            "club", "holdings", "brewery", "beer", "times", "newspaper", "television", "tv", "radio", "hotel",
            "joint", "ltd", "inc", "plc", "jsc", "pharma", "pharmaceutical", "textile", "garment", "cement",
            "steel", "securities", "insurance", "motors", "airlines");

    /** After the name of a district or commune the type words are its own; the rest still make it something else. */
    static final Set<String> NOT_THE_PLACE_AFTER;

    static {
        Set<String> s = new HashSet<>(NOT_THE_PROVINCE_AFTER);
        s.removeAll(set("district", "districts", "ward", "commune"));
        s.addAll(set("plastics", "university", "school", "hospital", "stadium", "ltd", "enterprise"));
        NOT_THE_PLACE_AFTER = Set.copyOf(s);
    }
}
