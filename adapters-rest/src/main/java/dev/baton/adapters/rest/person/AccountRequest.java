package dev.baton.adapters.rest.person;

public record AccountRequest(String username, String password) {}
