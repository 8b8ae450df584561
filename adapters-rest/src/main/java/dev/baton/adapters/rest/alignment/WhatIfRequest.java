package dev.baton.adapters.rest.alignment;

import dev.baton.adapters.rest.target.TargetRequest;

/**
 * A change to try against the stored plan of {@code period}: {@code action} SET (a new {@code target}), REPLACE
 * ({@code targetId} by {@code target}) or REMOVE ({@code targetId}).
 */
public record WhatIfRequest(String period, String action, String targetId, TargetRequest target) {}
