package dev.baton.domain.team;

/** The department a team is. */
public enum DepartmentKind {
    MARKETING,
    SALES,
    PRODUCT,
    CUSTOMER_SUCCESS,
    FINANCE,
    OTHER
}
