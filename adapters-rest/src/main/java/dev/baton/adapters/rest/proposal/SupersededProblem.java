package dev.baton.adapters.rest.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.target.TargetResponse;

/**
 * The problem document of an accept that came too late: the target the proposal would change was changed since it was
 * made. It carries the now superseded proposal and the receiving team's current target, so the caller sees what
 * stands.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupersededProblem(
        String type, String title, int status, String detail, ProposalResponse proposal, TargetResponse target) {}
