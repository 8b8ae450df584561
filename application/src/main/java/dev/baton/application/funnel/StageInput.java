package dev.baton.application.funnel;

/** One stage of a funnel exactly as a client sent it: key, name and the id of the owning team. */
public record StageInput(String key, String name, Long team) {}
