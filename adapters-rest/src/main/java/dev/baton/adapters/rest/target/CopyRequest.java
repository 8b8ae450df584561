package dev.baton.adapters.rest.target;

/** Copy a team's targets from one period to another; without {@code to}, to the period after {@code from}. */
public record CopyRequest(Long team, String from, String to) {}
