package dev.baton.adapters.rest.person;

import java.util.List;

/** A person as a client sends it; {@code version} is needed for edits only. */
public record PersonRequest(String name, String email, List<String> roles, Long version) {}
