package dev.baton.adapters.persistence.checkin;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "check_in")
public class CheckInJpaEntity {

    @Id
    UUID id;

    @Column(name = "target_id", nullable = false)
    UUID targetId;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    // Every wording, the original first: an edit appends one and bumps the version.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "check_in_text", joinColumns = @JoinColumn(name = "check_in_id"))
    @OrderColumn(name = "position")
    List<CheckInTextEmbeddable> texts = new ArrayList<>();

    @Version
    long version;
}
