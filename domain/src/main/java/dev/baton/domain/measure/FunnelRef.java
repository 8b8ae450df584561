package dev.baton.domain.measure;

import dev.baton.domain.shared.InvalidValueException;

/**
 * Which funnel a measure was counted in: a funnel's id, or {@link #ORGANISATION} (id 0) for organisation-wide measures.
 * Stage entries ({@code entered:<stage>}) are counted per funnel; revenue, spend and the like are usually
 * organisation-wide. Measures follow the funnel's id, so renaming a funnel keeps its measures.
 */
public record FunnelRef(long id) implements Comparable<FunnelRef> {

    public static final FunnelRef ORGANISATION = new FunnelRef(0);

    public FunnelRef {
        if (id < 0) {
            throw new IllegalArgumentException("a funnel id is positive, got " + id);
        }
    }

    /** A funnel by its id. */
    public static FunnelRef of(long id) {
        return new FunnelRef(id);
    }

    /** Reads a funnel id as text; {@code null} or blank text means organisation-wide. */
    public static FunnelRef of(String text) {
        if (text == null || text.isBlank()) {
            return ORGANISATION;
        }
        String id = text.strip();
        if (id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return new FunnelRef(parsed);
            }
        }
        throw new InvalidValueException("field.NOT_A_FUNNEL_ID", id);
    }

    public boolean organisationWide() {
        return id == 0;
    }

    /** The id as text, empty for organisation-wide: what a URL and a CSV file carry. */
    public String text() {
        return organisationWide() ? "" : Long.toString(id);
    }

    @Override
    public int compareTo(FunnelRef other) {
        return Long.compare(id, other.id);
    }

    @Override
    public String toString() {
        return text();
    }
}
