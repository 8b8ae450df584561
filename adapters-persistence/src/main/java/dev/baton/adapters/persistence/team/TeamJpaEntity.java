package dev.baton.adapters.persistence.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "team")
public class TeamJpaEntity {

    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(nullable = false, length = 20)
    String kind;

    @Column(name = "owner_id", nullable = false)
    Long ownerId;

    @Column(nullable = false)
    boolean archived;

    // A change of membership bumps the version too, so a stale team form is refused after someone added a member.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    Set<Long> memberIds = new HashSet<>();

    @Version
    long version;
}
