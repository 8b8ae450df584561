package dev.baton.adapters.persistence.shared;

import dev.baton.application.shared.AlreadyExistsException;
import java.util.Locale;
import java.util.Map;

/**
 * What each unique constraint of the schema means to the person whose write it refused: the field that clashes and
 * the message, in the words of the check that runs before the write. Only a request that raced another past that check
 * ever reaches the constraint.
 */
final class UniqueConstraints {

    /** PostgreSQL's SQLSTATE for a unique or primary-key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private record Clash(String field, String code) {}

    private static final Map<String, Clash> CLASHES = Map.of(
            "team_active_name_uk",
            new Clash("name", "field.CLASH_TEAM_NAME"),
            "person_email_uk",
            new Clash("email", "field.CLASH_EMAIL"),
            "kpi_target_slot_uk",
            new Clash("metric", "field.CLASH_TARGET_SLOT"),
            "custom_metric_pkey",
            new Clash("key", "field.CLASH_METRIC_KEY"),
            "user_account_pkey",
            new Clash("username", "field.CLASH_USERNAME"),
            "user_account_person_id_key",
            new Clash("personId", "field.CLASH_SIGN_IN"));

    private UniqueConstraints() {}

    static AlreadyExistsException taken(String constraint, String what) {
        Clash clash = constraint == null ? null : CLASHES.get(constraint.toLowerCase(Locale.ROOT));
        if (clash == null) {
            return AlreadyExistsException.of("body", "field.THIS_ALREADY_EXISTS", String.valueOf(what));
        }
        return AlreadyExistsException.of(clash.field(), clash.code());
    }
}
