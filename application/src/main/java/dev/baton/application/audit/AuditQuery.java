package dev.baton.application.audit;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.shared.Validation;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which part of the trail to read. {@code visibleTeams}, when present, limits the answer to entries about those teams:
 * that is how a team lead reads the trail of their own teams only.
 */
public record AuditQuery(
        Optional<String> entityType,
        Optional<String> entityId,
        Optional<TeamId> team,
        Optional<String> actor,
        Optional<Instant> from,
        Optional<Instant> until,
        Optional<Set<TeamId>> visibleTeams,
        PageRequest page) {

    public AuditQuery {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(visibleTeams, "visibleTeams");
        Objects.requireNonNull(page, "page");
    }

    /** Builds the query from request parameters; blank means "any". A period is read in UTC. */
    public static AuditQuery of(
            String entityType, String entityId, Long team, String actor, String period, Integer page, Integer size) {
        Validation v = new Validation();
        Optional<Period> within = period == null || period.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.field("period", () -> Period.parse(period.strip())));
        Optional<TeamId> teamId =
                team == null ? Optional.empty() : Optional.ofNullable(v.field("team", () -> new TeamId(team)));
        PageRequest pageRequest = v.field("page", () -> PageRequest.of(page, size));
        v.throwIfInvalid();
        return new AuditQuery(
                blankToEmpty(entityType),
                blankToEmpty(entityId),
                teamId,
                blankToEmpty(actor),
                within.map(p ->
                        p.firstMonth().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                within.map(p -> p.lastMonth()
                        .plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()),
                Optional.empty(),
                pageRequest);
    }

    private static Optional<String> blankToEmpty(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    public AuditQuery restrictedTo(Set<TeamId> teams) {
        return new AuditQuery(entityType, entityId, team, actor, from, until, Optional.of(Set.copyOf(teams)), page);
    }
}
