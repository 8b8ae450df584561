package dev.baton.adapters.persistence.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

@Entity
@Table(name = "custom_metric")
public class CustomMetricJpaEntity {

    @Id
    @Column(name = "key", length = 64)
    String metricKey;

    @Column(name = "name_en", nullable = false, length = 80)
    String nameEn;

    @Column(name = "name_zh", nullable = false, length = 80)
    String nameZh;

    @Column(name = "description_en", nullable = false, length = 500)
    String descriptionEn;

    @Column(name = "description_zh", nullable = false, length = 500)
    String descriptionZh;

    @Column(nullable = false, length = 20)
    String unit;

    @Column(nullable = false, length = 20)
    String direction;

    @Column(nullable = false, length = 20)
    String category;

    @Column(nullable = false, length = 2000)
    String formula;

    @Version
    long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
