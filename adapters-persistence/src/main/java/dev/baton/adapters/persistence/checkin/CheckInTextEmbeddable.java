package dev.baton.adapters.persistence.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

@Embeddable
public class CheckInTextEmbeddable {

    @Column(nullable = false, length = 2000)
    String note;

    @Column(nullable = false, length = 10)
    String confidence;

    @Column
    BigDecimal forecast;

    @Column(name = "written_by", nullable = false, length = 200)
    String writtenBy;

    @Column(name = "written_at", nullable = false)
    Instant writtenAt;
}
