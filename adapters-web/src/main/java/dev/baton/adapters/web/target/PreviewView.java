package dev.baton.adapters.web.target;

import java.util.List;

/** What the proposed change would do: the score before and after, and the team's findings afterwards. */
public record PreviewView(int before, int after, List<FindingView> findings) {}
