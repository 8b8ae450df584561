package dev.baton.adapters.web.proposal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the viewer may propose targets to other teams, for the findings that offer "propose" where the viewer cannot
 * edit the team shown: {@code {inject:proposer.lead}}.
 */
@Named("proposer")
@RequestScoped
public class Proposer {

    @Inject
    SecurityIdentity identity;

    public boolean isLead() {
        return identity != null && !identity.isAnonymous() && identity.hasRole("TEAM_LEAD");
    }
}
