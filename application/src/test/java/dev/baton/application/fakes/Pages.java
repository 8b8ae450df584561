package dev.baton.application.fakes;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import java.util.List;

/** Cuts one page out of a list already in the adapter's order, counting the whole list as the adapter does. */
final class Pages {

    private Pages() {}

    static <T> Page<T> of(List<T> ordered, PageRequest page) {
        int from = Math.min(page.offset(), ordered.size());
        int to = Math.min(from + page.size(), ordered.size());
        return new Page<>(ordered.subList(from, to), page.page(), page.size(), ordered.size());
    }
}
