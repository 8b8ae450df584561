package dev.baton.application.fakes;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rows kept by id with the optimistic lock of the JPA adapters: an update or removal from a copy whose version differs
 * from the stored one is a {@link ConcurrentEditException}; a changed row comes back with its version moved on by one,
 * an unchanged one (nothing dirty for Hibernate to flush) as it was.
 */
final class VersionedRows<K, T> {

    private final String what;
    private final Function<T, K> id;
    private final ToLongFunction<T> version;
    private final BiFunction<T, Long, T> withVersion;
    private final Map<K, T> rows = new LinkedHashMap<>();

    VersionedRows(String what, Function<T, K> id, ToLongFunction<T> version, BiFunction<T, Long, T> withVersion) {
        this.what = what;
        this.id = id;
        this.version = version;
        this.withVersion = withVersion;
    }

    T add(T row) {
        if (rows.containsKey(id.apply(row))) {
            throw Clashes.taken("body");
        }
        rows.put(id.apply(row), row);
        return row;
    }

    T update(T row) {
        T stored = current(row);
        if (stored.equals(row)) {
            return stored;
        }
        T next = withVersion.apply(row, version.applyAsLong(row) + 1);
        rows.put(id.apply(row), next);
        return next;
    }

    void remove(T row) {
        current(row);
        rows.remove(id.apply(row));
    }

    private T current(T row) {
        K key = id.apply(row);
        T stored = rows.get(key);
        if (stored == null) {
            throw new NotFoundException(what, key);
        }
        if (version.applyAsLong(stored) != version.applyAsLong(row)) {
            throw new ConcurrentEditException(what, key);
        }
        return stored;
    }

    Optional<T> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    List<T> all() {
        return new ArrayList<>(rows.values());
    }
}
