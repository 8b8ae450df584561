package dev.baton.adapters.web.target;

/**
 * An open proposal made by or to the editor's team, as its card lists it: who proposed it to whom, the target it
 * proposes (threshold as people read it), its note, and which buttons the viewer gets: accept and decline for the
 * receiving team's lead or an admin, withdraw for the one who made it.
 */
public record OpenProposalView(
        String id,
        String from,
        String to,
        String metric,
        String metricName,
        String scope,
        String period,
        String threshold,
        String note,
        boolean mayDecide,
        boolean mayWithdraw) {}
