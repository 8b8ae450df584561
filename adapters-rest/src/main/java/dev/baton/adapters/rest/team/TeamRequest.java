package dev.baton.adapters.rest.team;

/** A team as a client sends it; {@code version} is needed for edits only. */
public record TeamRequest(String name, String kind, Long ownerId, Long version) {}
