package dev.baton.application.proposal;

import java.util.List;

/**
 * The proposals a person deals with: incoming (to a team they lead), outgoing (made by them or for a team they lead),
 * and, for an admin or executive, everyone else's. Each says what the viewer may do with it.
 */
public record ProposalBoard(List<Item> incoming, List<Item> outgoing, List<Item> others, List<TeamChoice> teams) {

    public ProposalBoard {
        incoming = List.copyOf(incoming);
        outgoing = List.copyOf(outgoing);
        others = List.copyOf(others);
        teams = List.copyOf(teams);
    }

    /** An active team a proposal can go to. */
    public record TeamChoice(long id, String name) {

        /** The id as a form sends it back. */
        public String key() {
            return Long.toString(id);
        }
    }

    public record Item(ProposalDetails details, boolean mayDecide, boolean mayWithdraw) {}
}
