package dev.baton.application.team.port;

import dev.baton.domain.shared.Phrase;
import java.util.Objects;

/**
 * One kind of thing that still points at a team, and how many of it: said as the phrase {@code obligation.<KIND>}
 * with the count, which the adapters word in the reader's language.
 */
public record TeamObligation(Kind kind, long count) {

    /** Every table that references a team and must be emptied before the team can go, in the order they are told. */
    public enum Kind {
        FUNNEL_STAGES,
        TARGETS
    }

    public TeamObligation {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("an obligation counts at least one thing, not " + count);
        }
    }

    public Phrase phrase() {
        return Phrase.of("obligation." + kind.name(), count);
    }
}
