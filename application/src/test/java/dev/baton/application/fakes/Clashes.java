package dev.baton.application.fakes;

import dev.baton.application.shared.AlreadyExistsException;

/**
 * The conflicts the fakes raise where the PostgreSQL schema has a unique constraint: the same exception type and field
 * as the persistence adapter's translation, so a service sees one answer from both.
 */
final class Clashes {

    private Clashes() {}

    static AlreadyExistsException taken(String field) {
        return AlreadyExistsException.of(field, "This " + field + " is taken.", "此" + field + "已被占用。");
    }
}
