package dev.baton.adapters.web.proposal;

/** The propose form as the user typed it, so a refused form comes back filled in. */
public record ProposalForm(
        String toTeam,
        String metric,
        String scopeFrom,
        String scopeTo,
        String period,
        String type,
        String value,
        String min,
        String max,
        String note) {

    public static ProposalForm empty() {
        return new ProposalForm("", "", "", "", "", "AT_LEAST", "", "", "", "");
    }
}
