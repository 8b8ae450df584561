package dev.baton.domain.metric;

/** What a metric's number counts. PERCENT values are percent points: 5 means 5 %. */
public enum Unit {
    CURRENCY,
    PERCENT,
    RATIO,
    COUNT,
    DAYS,
    MONTHS,
    YEARS,
    SCORE
}
