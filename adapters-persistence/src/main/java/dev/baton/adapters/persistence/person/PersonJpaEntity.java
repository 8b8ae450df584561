package dev.baton.adapters.persistence.person;

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
@Table(name = "person")
public class PersonJpaEntity {

    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(nullable = false, length = 254)
    String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    Set<String> roles = new HashSet<>();

    @Version
    long version;
}
