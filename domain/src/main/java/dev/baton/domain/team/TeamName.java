package dev.baton.domain.team;

import dev.baton.domain.shared.DisplayName;
import java.util.Locale;

/** A team's name: trimmed, 1–80 characters. Unique among active teams regardless of case. */
public record TeamName(String value) {

    public TeamName {
        value = DisplayName.normalize(value, "TEAM");
    }

    /** The form two names are compared in for uniqueness. */
    public String uniquenessKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
