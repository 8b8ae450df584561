package dev.baton.adapters.rest.proposal;

/** A decision's optional note (why a proposal is declined). */
public record DecisionRequest(String note) {}
