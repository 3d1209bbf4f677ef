package vn.bantin.domain;

import java.util.List;

/** One page of list rows; {@code next} is null on the last page. */
public record Page<T>(List<T> items, PageCursor next) {
    public Page {
        items = List.copyOf(items);
    }
}
