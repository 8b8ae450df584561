package dev.baton.adapters.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_token")
public class ApiTokenJpaEntity {

    @Id
    Long id;

    @Column(name = "person_id", nullable = false)
    Long personId;

    @Column(nullable = false, length = 80)
    String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    String secretHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
}
