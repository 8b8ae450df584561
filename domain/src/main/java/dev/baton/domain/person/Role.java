package dev.baton.domain.person;

/** What a person may do. A person may hold several roles. */
public enum Role {
    ADMIN,
    TEAM_LEAD,
    EXECUTIVE
}
