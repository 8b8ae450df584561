package dev.baton.adapters.web.target;

/** A handoff the team takes part in, and the metrics its two teams share (empty: none). */
public record HandoffView(String funnel, String from, String to, String fromTeam, String toTeam, String shared) {

    public boolean covered() {
        return !shared.isEmpty();
    }
}
