package dev.baton.adapters.web.target;

import java.util.List;

/** A finding of the alignment rules in the reader's language, with the shared metrics it suggests adopting. */
public record FindingView(String severity, String code, String message, List<SuggestionView> suggestions) {

    public boolean violation() {
        return "VIOLATION".equals(severity);
    }
}
