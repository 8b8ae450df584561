package dev.baton.adapters.web.target;

import java.util.List;

/**
 * A finding of the alignment rules in the reader's language, with the shared metrics it suggests adopting and the open
 * proposals between its teams that would settle it.
 */
public record FindingView(
        String severity, String code, String message, List<SuggestionView> suggestions, List<Waiting> waiting) {

    /** An open proposal from one of the finding's teams to another: "proposed by Sales, waiting for Marketing". */
    public record Waiting(String from, String to) {}

    public boolean violation() {
        return "VIOLATION".equals(severity);
    }
}
