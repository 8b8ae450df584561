package dev.baton.application.fakes;

import dev.baton.application.shared.AlreadyExistsException;
import java.util.Map;

/**
 * The conflicts the fakes raise where the PostgreSQL schema has a unique constraint: the same exception type, field
 * and phrase as the persistence adapter's translation ({@code UniqueConstraints}), so a service sees one answer from
 * both.
 */
final class Clashes {

    private static final Map<String, String> CODES = Map.of(
            "name", "field.CLASH_TEAM_NAME",
            "email", "field.CLASH_EMAIL",
            "metric", "field.CLASH_TARGET_SLOT",
            "key", "field.CLASH_METRIC_KEY",
            "username", "field.CLASH_USERNAME",
            "personId", "field.CLASH_SIGN_IN");

    private Clashes() {}

    static AlreadyExistsException taken(String field) {
        String code = CODES.get(field);
        if (code == null) {
            throw new IllegalArgumentException("no unique constraint guards the field " + field);
        }
        return AlreadyExistsException.of(field, code);
    }
}
