package dev.baton.application.funnel;

/** Admins shape the funnel: define a new one, or change the stages of one in order. */
public interface DefineFunnelUseCase {

    StoredFunnel define(FunnelCommand command);
}
