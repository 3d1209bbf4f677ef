package vn.bantin.domain;

public record ProvinceTag(String provinceId, Relation relation, int mentions) {
}
