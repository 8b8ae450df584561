package dev.baton.adapters.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "outbox_message")
public class OutboxMessageJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String channel;

    @Column(nullable = false)
    String address;

    @Column(nullable = false)
    String subject;

    @Column(name = "body_text", nullable = false)
    String text;

    @Column(name = "body_html")
    String html;

    @Column(nullable = false)
    String kind;

    @Column(name = "list_unsubscribe")
    String listUnsubscribe;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "claimed_until")
    Instant claimedUntil;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "sent_at")
    Instant sentAt;
}
