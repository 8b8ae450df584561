package dev.baton.adapters.web.planning;

import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.application.planning.WaterfallRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan form as typed: the fields keep the text so a refused value shows again; rates are the fields named
 * {@code rate.<from>><to>}. An empty field is left out of the request, so it comes from history.
 */
public record PlanForm(
        String funnel,
        String period,
        String goalMetric,
        String goal,
        String wonStage,
        String averageDealValue,
        String history,
        Map<String, String> rates) {

    static final String RATE = "rate.";

    public PlanForm {
        funnel = clean(funnel);
        period = clean(period);
        goalMetric = goalMetric == null || goalMetric.isBlank() ? "new_revenue" : goalMetric.strip();
        goal = clean(goal);
        wonStage = clean(wonStage);
        averageDealValue = clean(averageDealValue);
        history = clean(history);
        rates = Map.copyOf(rates);
    }

    /** The form from the request's fields, the rates among them by their {@code rate.} prefix. */
    static PlanForm of(Map<String, List<String>> fields) {
        Map<String, String> rates = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(RATE) && !values.isEmpty() && !values.get(0).isBlank()) {
                rates.put(name.substring(RATE.length()), values.get(0).strip());
            }
        });
        return new PlanForm(
                first(fields, "funnel"),
                first(fields, "period"),
                first(fields, "goalMetric"),
                first(fields, "goal"),
                first(fields, "wonStage"),
                first(fields, "averageDealValue"),
                first(fields, "history"),
                rates);
    }

    /** Whether enough was chosen to plan: a funnel and a goal. */
    boolean asked() {
        return !funnel.isEmpty() && !goal.isEmpty();
    }

    /** The request to plan; a number that does not parse is passed as an impossible one, refused at its field. */
    WaterfallRequest request() {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        rates.forEach((boundary, text) -> parsed.put(boundary, number(text)));
        Long funnelId = FormNumbers.parse(funnel);
        return new WaterfallRequest(
                funnelId == null && !funnel.isEmpty() ? Long.valueOf(-1) : funnelId,
                period,
                goal.isEmpty() ? null : new WaterfallRequest.GoalInput(goalMetric, number(goal)),
                wonStage.isEmpty() ? null : wonStage,
                averageDealValue.isEmpty() ? null : number(averageDealValue),
                parsed,
                history.isEmpty() ? null : historyMonths());
    }

    /** The query string that opens the same plan again. */
    String query() {
        StringBuilder query = new StringBuilder();
        append(query, "funnel", funnel);
        append(query, "period", period);
        append(query, "goalMetric", goalMetric);
        append(query, "goal", goal);
        append(query, "wonStage", wonStage);
        append(query, "averageDealValue", averageDealValue);
        append(query, "history", history);
        rates.forEach((boundary, text) -> append(query, RATE + boundary, text));
        return query.toString();
    }

    public String rate(String boundary) {
        return rates.getOrDefault(boundary, "");
    }

    private int historyMonths() {
        Long months = FormNumbers.parse(history);
        return months == null || months > Integer.MAX_VALUE ? 0 : months.intValue();
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        query.append(query.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
