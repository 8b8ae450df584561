package dev.baton.adapters.web.shared;

/**
 * Role names for {@code @RolesAllowed}: a coarse first gate that answers 401 or 403 before a body is read. The use
 * cases make the real decision (a team lead edits only their own teams).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String TEAM_LEAD = "TEAM_LEAD";

    private Roles() {}
}
