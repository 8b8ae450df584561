package dev.baton.adapters.web.scorecard;

import dev.baton.adapters.web.scorecard.ScorecardViews.Arrow;
import dev.baton.adapters.web.scorecard.ScorecardViews.Box;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One funnel drawn as inline SVG: a box per stage in its owner's colour, and an arrow per step, green where a handoff is
 * covered by a shared metric, red where it is not, grey inside one team's stretch. {@code lines} say the same as text
 * for readers who cannot see the colours.
 */
public record FunnelDrawing(
        String name, int width, int height, List<Box> boxes, List<Arrow> arrows, List<String> lines) {

    /** Team colours by the team's position among the active teams; all dark enough for white text (WCAG AA). */
    static final List<String> PALETTE =
            List.of("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be185d", "#0e7490", "#4d7c0f", "#9f1239");

    static final String COVERED = "#15803d";
    static final String UNCOVERED = "#b91c1c";
    static final String INTERNAL = "#6b7280";

    static final int BOX_WIDTH = 124;
    static final int BOX_HEIGHT = 52;
    static final int GAP = 60;
    static final int MARGIN = 8;

    public FunnelDrawing {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        lines = List.copyOf(lines);
    }

    /**
     * The drawing of a stored funnel with the report's coverage of its handoffs. {@code teamIndex} gives each team its
     * colour (a team not in it is grey); {@code names} the metric names in the reader's language.
     */
    static FunnelDrawing of(
            StoredFunnel stored, AlignmentOutcome outcome, Map<TeamId, Integer> teamIndex, Map<String, String> names) {
        List<Stage> stages = stored.funnel().stages();
        String funnelName = stored.funnel().name();
        List<Box> boxes = new ArrayList<>();
        int top = MARGIN;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            int x = MARGIN + i * (BOX_WIDTH + GAP);
            boxes.add(new Box(
                    x,
                    top,
                    BOX_WIDTH,
                    BOX_HEIGHT,
                    colour(teamIndex.getOrDefault(stage.owner(), -1)),
                    shorten(stage.name(), 16),
                    shorten(outcome.teamName(stage.owner()), 18),
                    x + BOX_WIDTH / 2,
                    top + 22,
                    top + 40));
        }
        Map<String, HandoffCoverage> coverage = new HashMap<>();
        for (HandoffCoverage c : outcome.report().handoffs()) {
            if (c.funnel().equals(funnelName)) {
                coverage.put(c.handoff().from().key() + ">" + c.handoff().to().key(), c);
            }
        }
        List<Arrow> arrows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int y = top + BOX_HEIGHT / 2;
        for (int i = 0; i + 1 < stages.size(); i++) {
            Stage from = stages.get(i);
            Stage to = stages.get(i + 1);
            int x1 = MARGIN + i * (BOX_WIDTH + GAP) + BOX_WIDTH;
            int x2 = x1 + GAP - 4;
            HandoffCoverage c = coverage.get(from.key() + ">" + to.key());
            if (from.owner().equals(to.owner()) || c == null) {
                arrows.add(new Arrow(x1, x2, y, INTERNAL, "arrow-internal", false, false, "", 0, 0));
                continue;
            }
            String shared = c.sharedMetrics().stream()
                    .map(slot -> label(slot, names))
                    .distinct()
                    .collect(Collectors.joining(", "));
            boolean covered = c.covered();
            arrows.add(new Arrow(
                    x1,
                    x2,
                    y,
                    covered ? COVERED : UNCOVERED,
                    covered ? "arrow-covered" : "arrow-uncovered",
                    true,
                    covered,
                    covered ? shorten(shared, 26) : "✕",
                    x1 + GAP / 2,
                    top + BOX_HEIGHT + 18 + (i % 2) * 14));
            Handoff h = c.handoff();
            lines.add(h.from().name() + " → " + h.to().name() + " (" + outcome.teamName(h.fromTeam()) + " → "
                    + outcome.teamName(h.toTeam()) + "): " + (covered ? "✓ " + shared : "✕"));
        }
        int width = MARGIN * 2 + stages.size() * (BOX_WIDTH + GAP) - GAP;
        int height = top + BOX_HEIGHT + 44;
        return new FunnelDrawing(funnelName, width, height, boxes, arrows, lines);
    }

    /** The colour of the team at this position among the active teams; grey for none (-1). */
    static String colour(int index) {
        return index < 0 ? INTERNAL : PALETTE.get(index % PALETTE.size());
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String label(MetricSlot slot, Map<String, String> names) {
        String name = names.getOrDefault(slot.metric().value(), slot.metric().value());
        return slot.scope().map(s -> name + " " + s).orElse(name);
    }
}
