package dev.baton.adapters.persistence.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "kpi_target")
public class KpiTargetJpaEntity {

    @Id
    UUID id;

    @Column(name = "team_id", nullable = false)
    Long teamId;

    @Column(nullable = false, length = 140)
    String metric;

    @Column(name = "scope_from", length = 64)
    String scopeFrom;

    @Column(name = "scope_to", length = 64)
    String scopeTo;

    @Column(nullable = false, length = 7)
    String period;

    @Column(nullable = false, length = 10)
    String comparison;

    @Column(name = "min_value")
    BigDecimal minValue;

    @Column(name = "max_value")
    BigDecimal maxValue;

    @Column(name = "owner_id", nullable = false)
    Long ownerId;

    @Column(length = 500)
    String rationale;

    @Version
    long version;
}
