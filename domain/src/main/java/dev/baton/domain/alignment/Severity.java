package dev.baton.domain.alignment;

/** How bad a finding is: a VIOLATION breaks a rule and costs score, a WARNING is advice. */
public enum Severity {
    VIOLATION,
    WARNING
}
