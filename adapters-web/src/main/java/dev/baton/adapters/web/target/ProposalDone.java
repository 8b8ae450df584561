package dev.baton.adapters.web.target;

import java.util.Set;

/** What a decision on a proposal, taken from the editor's card, just did: shown back on the editor as a notice. */
final class ProposalDone {

    private static final Set<String> KNOWN = Set.of("accepted", "declined", "withdrawn", "superseded");

    private ProposalDone() {}

    /** The outcome named in the address, or empty for none or one this page does not know. */
    static String known(String done) {
        return done != null && KNOWN.contains(done) ? done : "";
    }
}
