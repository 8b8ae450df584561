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

    /** The fields as they came, an absent one as empty, and no comparison as "at least". */
    public static ProposalForm typed(
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
        return new ProposalForm(
                text(toTeam),
                text(metric),
                text(scopeFrom),
                text(scopeTo),
                text(period),
                type == null || type.isBlank() ? "AT_LEAST" : type,
                text(value),
                text(min),
                text(max),
                text(note));
    }

    private static String text(String raw) {
        return raw == null ? "" : raw;
    }

    public static ProposalForm empty() {
        return new ProposalForm("", "", "", "", "", "AT_LEAST", "", "", "", "");
    }
}
