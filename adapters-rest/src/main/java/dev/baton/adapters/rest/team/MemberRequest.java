package dev.baton.adapters.rest.team;

public record MemberRequest(Long personId) {}
