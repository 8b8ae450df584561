package dev.baton.adapters.rest.team;

/** The version the client last read, for a change that carries nothing else. */
public record VersionRequest(Long version) {}
