package dev.baton.adapters.persistence.funnel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "funnel")
public class FunnelJpaEntity {

    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    // Changing the stages bumps the funnel's version, so a stale funnel form is refused.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funnel_stage", joinColumns = @JoinColumn(name = "funnel_id"))
    @OrderColumn(name = "position")
    List<FunnelStageColumns> stages = new ArrayList<>();

    @Version
    long version;
}
