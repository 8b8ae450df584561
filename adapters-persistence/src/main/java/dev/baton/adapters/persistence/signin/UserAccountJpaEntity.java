package dev.baton.adapters.persistence.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
public class UserAccountJpaEntity {

    @Id
    @Column(length = 80)
    String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    String passwordHash;

    @Column(name = "person_id", nullable = false)
    Long personId;
}
