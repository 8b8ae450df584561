package dev.baton.application.audit;

/** An entry of the trail as it is read back: the states as the JSON they were stored as. */
public record RecordedChange(
        long id,
        java.time.Instant at,
        String actor,
        String entityType,
        String entityId,
        String action,
        String before,
        String after,
        Long teamId) {}
