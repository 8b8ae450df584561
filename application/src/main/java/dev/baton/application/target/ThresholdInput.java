package dev.baton.application.target;

import java.math.BigDecimal;

/** A threshold as a client sent it: the type (AT_LEAST, AT_MOST, BETWEEN) and its number or its two ends. */
public record ThresholdInput(String type, BigDecimal value, BigDecimal min, BigDecimal max) {}
