package dev.baton.adapters.persistence.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "proposal")
public class ProposalJpaEntity {

    @Id
    UUID id;

    @Column(name = "from_team_id")
    Long fromTeamId;

    @Column(name = "to_team_id", nullable = false)
    Long toTeamId;

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

    @Column(length = 1000)
    String note;

    @Column(name = "base_target")
    UUID baseTarget;

    @Column(name = "base_version")
    Long baseVersion;

    @Column(name = "proposed_by", nullable = false, length = 200)
    String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    Instant proposedAt;

    @Column(nullable = false, length = 12)
    String status;

    @Column(name = "decided_by", length = 200)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    String decisionNote;

    @Version
    long version;
}
