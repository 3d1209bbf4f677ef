package vn.bantin.domain;

import java.util.List;

/** A provincial unit of the July 2025 reorganisation (Resolution 202/2025/QH15) and the old provinces it merged. */
public record Unit2025(String id, String nameVi, String nameEn, String type, String region,
                       double lat, double lon, List<String> memberIds) {
    public Unit2025 {
        memberIds = List.copyOf(memberIds);
    }
}
