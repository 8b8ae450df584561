package dev.baton.domain.funnel;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A step of the customer journey, owned by one team. The key names the stage in metrics ({@code entered:mql},
 * stage scopes), so it is written in lower-case letters, digits, {@code _} and {@code -}.
 */
public record Stage(String key, String name, TeamId owner) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Stage {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("field.NOT_A_STAGE_KEY", String.valueOf(key));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("field.STAGE_NEEDS_NAME", key);
        }
        Objects.requireNonNull(owner, () -> "stage '" + key + "' needs an owning team");
    }

    public static Stage of(String key, String name, TeamId owner) {
        return new Stage(key, name, owner);
    }
}
