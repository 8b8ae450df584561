package dev.baton.application.digest;

import dev.baton.application.notification.IsoWeek;
import dev.baton.application.notification.Recipient;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's weekly digest, before it is worded: the company's headline, the part for a team lead (their teams'
 * findings, violations first; their KPIs behind pace or off track; the proposals waiting for them; their targets
 * without a recent check-in) and the part for an executive (the score and its change since last week, the
 * violations, the teams most behind). A person with both roles has both parts.
 *
 * @param unsubscribeUrl the signed one-click link that turns the digest off
 * @param scorecardUrl the scorecard of the period
 */
public record Digest(
        Recipient recipient,
        Period period,
        IsoWeek week,
        Headline headline,
        Optional<LeadPart> lead,
        Optional<ExecutivePart> executive,
        String scorecardUrl,
        String unsubscribeUrl) {

    public Digest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(executive, "executive");
        Objects.requireNonNull(scorecardUrl, "scorecardUrl");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }

    /** What the subject and the chat post name: the score, the violations, the KPIs behind pace or off track. */
    public record Headline(int score, long violations, long kpisBehind) {}

    /** A line of the digest: what to say, where to act on it, and whether it is a violation. */
    public record Item(Phrase text, String link, boolean urgent) {
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
        }
    }

    /** For a team lead: about the teams they own or lead. */
    public record LeadPart(
            List<String> teams,
            List<Item> findings,
            List<Item> kpisBehind,
            List<Item> proposals,
            List<Item> withoutCheckIn) {
        public LeadPart {
            teams = List.copyOf(teams);
            findings = List.copyOf(findings);
            kpisBehind = List.copyOf(kpisBehind);
            proposals = List.copyOf(proposals);
            withoutCheckIn = List.copyOf(withoutCheckIn);
        }
    }

    /**
     * For an executive: about the whole company.
     *
     * @param change the score's change since last week's digest of the same period, when there was one
     */
    public record ExecutivePart(int score, Optional<Integer> change, List<Item> violations, List<Item> teamsBehind) {
        public ExecutivePart {
            Objects.requireNonNull(change, "change");
            violations = List.copyOf(violations);
            teamsBehind = List.copyOf(teamsBehind);
        }
    }
}
