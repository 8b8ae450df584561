package dev.baton.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

// Written once, never updated: the table's trigger refuses updates. The states are JSON text, because a JSON
// map read back differs from the one written (numbers change type) and would look dirty to Hibernate.
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false, length = 120)
    String actor;

    @Column(name = "entity_type", nullable = false, length = 40)
    String entityType;

    @Column(name = "entity_id", nullable = false, length = 80)
    String entityId;

    @Column(nullable = false, length = 40)
    String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", nullable = false)
    String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", nullable = false)
    String after;

    @Column(name = "team_id")
    Long teamId;
}
