package dev.baton.adapters.web.scorecard;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.proposal.SettleRights;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader may do about an uncovered handoff on the scorecard, filled into the body every reader shares: for
 * each suggested shared metric, and each of the handoff's two teams that does not hold it yet, "adopt" where the reader
 * may edit that team, "propose" to it where they may not but may propose. Each opens its form (the target editor, or
 * the proposals page) prefilled, with the neighbour's bar where it holds one: links, not posts, because the scorecard's
 * trend image is a request of its own that renews the anti-forgery cookie after the page has drawn its forms. The open proposals between
 * the two teams are shown too ("proposed by Marketing, waiting for Sales").
 */
public final class FindingSettling {

    private static final String STAGE_CONVERSION = "stage_conversion_rate";
    private static final Pattern MARKER = Pattern.compile("<!--settle:(\\d+)-->");

    private FindingSettling() {}

    /** One thing the reader may do: {@code kind} ADOPT or PROPOSE with the neighbour's bar, ADOPT_FORM or PROPOSE_FORM without. */
    public record Action(
            String kind,
            long team,
            String teamName,
            String neighbour,
            String metric,
            String metricName,
            String scopeFrom,
            String scopeTo,
            String type,
            String value,
            String min,
            String max,
            String href) {}

    /** An open proposal between the finding's teams. */
    public record Waiting(String from, String to) {}

    public record SettleView(String period, List<Waiting> waiting, List<Action> actions) {}

    static boolean settles(Finding finding) {
        return finding.code() == FindingCode.HANDOFF_WITHOUT_SHARED_METRIC
                && finding.handoff().isPresent()
                && !finding.suggestions().isEmpty();
    }

    static String marker(int index) {
        return "<!--settle:" + index + "-->";
    }

    /**
     * The shared body with each settling finding's marker replaced by this reader's actions on it, in one pass; the
     * reader's rights are read only when the body has a marker.
     */
    static String fill(
            String body,
            Scorecard card,
            Function<Set<TeamId>, SettleRights> rights,
            Map<String, String> names,
            Function<SettleView, String> render) {
        Matcher markers = MARKER.matcher(body);
        if (!markers.find()) {
            return body;
        }
        List<Finding> findings = card.alignment().report().findings();
        Set<TeamId> named = new HashSet<>();
        for (Finding finding : findings) {
            if (settles(finding)) {
                Handoff handoff = finding.handoff().orElseThrow();
                named.add(handoff.fromTeam());
                named.add(handoff.toTeam());
            }
        }
        SettleRights reader = rights.apply(named);
        Map<Slot, KpiTarget> held = held(card);
        StringBuilder filled = new StringBuilder(body.length() + 4096);
        do {
            int index = Integer.parseInt(markers.group(1));
            String html = "";
            if (index < findings.size() && settles(findings.get(index))) {
                SettleView view = view(findings.get(index), card, reader, names, held);
                html = view.waiting().isEmpty() && view.actions().isEmpty() ? "" : render.apply(view);
            }
            markers.appendReplacement(filled, Matcher.quoteReplacement(html));
        } while (markers.find());
        markers.appendTail(filled);
        return filled.toString();
    }

    static SettleView view(
            Finding finding,
            Scorecard card,
            SettleRights rights,
            Map<String, String> names,
            Map<Slot, KpiTarget> held) {
        AlignmentOutcome outcome = card.alignment();
        Handoff handoff = finding.handoff().orElseThrow();
        List<TeamId> teams = List.of(handoff.fromTeam(), handoff.toTeam());
        List<Waiting> waiting = rights.between(teams).stream()
                .map(d -> new Waiting(d.fromTeamName().orElse(d.proposal().proposedBy()), d.toTeamName()))
                .toList();
        List<Action> actions = new ArrayList<>();
        String period = card.period().format();
        for (MetricKey key : finding.suggestions()) {
            Optional<StageScope> scope =
                    STAGE_CONVERSION.equals(key.value()) ? Optional.of(handoff.boundary()) : Optional.empty();
            for (TeamId team : teams.stream().distinct().toList()) {
                TeamId neighbour = team.equals(handoff.fromTeam()) ? handoff.toTeam() : handoff.fromTeam();
                if (held.containsKey(new Slot(team, key, scope))) {
                    continue;
                }
                boolean edit = rights.mayEdit(team);
                if (!edit && !rights.mayPropose()) {
                    continue;
                }
                Optional<Threshold> bar = Optional.ofNullable(held.get(new Slot(neighbour, key, scope)))
                        .map(KpiTarget::threshold);
                actions.add(action(
                        edit,
                        team,
                        outcome.teamName(team),
                        outcome.teamName(neighbour),
                        key,
                        names.getOrDefault(key.value(), key.value()),
                        scope,
                        bar,
                        period));
            }
        }
        return new SettleView(period, waiting, actions);
    }

    /** A team's metric slot. */
    record Slot(TeamId team, MetricKey metric, Optional<StageScope> scope) {}

    /** The targets each team holds in force in the scorecard's period, by slot (the first one where two share it). */
    private static Map<Slot, KpiTarget> held(Scorecard card) {
        Map<Slot, KpiTarget> held = new HashMap<>();
        for (Scorecard.TeamCard team : card.teams()) {
            for (Scorecard.KpiLine line : team.kpis()) {
                KpiTarget t = line.target();
                held.putIfAbsent(new Slot(team.team().id(), t.metric(), t.scope()), t);
            }
        }
        return held;
    }

    private static Action action(
            boolean edit,
            TeamId team,
            String teamName,
            String neighbour,
            MetricKey metric,
            String metricName,
            Optional<StageScope> scope,
            Optional<Threshold> bar,
            String period) {
        String from = scope.map(StageScope::from).orElse("");
        String to = scope.map(StageScope::to).orElse("");
        Function<Optional<BigDecimal>, String> plain =
                n -> n.map(BigDecimal::toPlainString).orElse("");
        boolean between = bar.map(b -> b.comparison() == Comparison.BETWEEN).orElse(false);
        String type = bar.map(b -> b.comparison().name()).orElse("AT_LEAST");
        String value = bar.filter(b -> !between)
                .map(b -> plain.apply(b.lower().or(b::upper)))
                .orElse("");
        String min = between ? plain.apply(bar.get().lower()) : "";
        String max = between ? plain.apply(bar.get().upper()) : "";
        String slot = "&metric=" + encode(metric.value())
                + (scope.isPresent() ? "&scopeFrom=" + encode(from) + "&scopeTo=" + encode(to) : "")
                + (bar.isPresent()
                        ? "&type=" + type + "&value=" + encode(value) + "&min=" + encode(min) + "&max=" + encode(max)
                        : "");
        String href = edit
                ? "/targets?team=" + team.value() + "&period=" + encode(period) + slot + "#target-form-heading"
                : "/proposals?toTeam=" + team.value() + "&period=" + encode(period) + slot + "#propose-heading";
        String kind = (edit ? "ADOPT" : "PROPOSE") + (bar.isPresent() ? "" : "_FORM");
        return new Action(
                kind,
                team.value(),
                teamName,
                neighbour,
                metric.value(),
                metricName,
                from,
                to,
                type,
                value,
                min,
                max,
                href);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
