package dev.baton.adapters.web.metric;

import dev.baton.application.metric.EvaluateMetricCommand;
import dev.baton.application.metric.MetricDetails;
import dev.baton.application.shared.FieldError;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The calculator of one metric: which inputs it shows, what was typed into them, and how that becomes a command. A
 * metric with a worked example asks for the example's inputs (which may be metrics known directly, such as LTV's
 * average order value); any other asks for the measures it rests on. A stage-scoped metric asks for two stages and
 * the entries into each.
 */
final class CalculatorForm {

    /** Where FormErrors keeps a message for the form as a whole. */
    static final String GENERAL = "_form";

    static final String SCOPE_FROM = "scope.from";
    static final String SCOPE_TO = "scope.to";
    static final String ENTRIES_FROM = "entries.from";
    static final String ENTRIES_TO = "entries.to";

    private static final LocalizedText FROM_STAGE = LocalizedText.of("From stage", "起始阶段");
    private static final LocalizedText TO_STAGE = LocalizedText.of("To stage", "目标阶段");
    private static final LocalizedText FROM_ENTRIES = LocalizedText.of("Entries into the from stage", "进入起始阶段的数量");
    private static final LocalizedText TO_ENTRIES = LocalizedText.of("Entries into the to stage", "进入目标阶段的数量");

    private final MetricDetails details;
    private final Map<String, String> typed;

    private CalculatorForm(MetricDetails details, Map<String, String> typed) {
        this.details = details;
        this.typed = typed;
    }

    /** A form not posted yet: the worked example filled in where there is one. */
    static CalculatorForm fresh(MetricDetails details) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names(details)) {
            values.put(name, "");
        }
        details.example().ifPresent(example -> example.inputs()
                .forEach((key, value) -> values.put(measureField(key), value.toPlainString())));
        return new CalculatorForm(details, values);
    }

    /** A posted form, from the reader's values looked up by field name; anything else posted is ignored. */
    static CalculatorForm typed(MetricDetails details, UnaryOperator<String> valueOf) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names(details)) {
            String value = valueOf.apply(name);
            values.put(name, value == null ? "" : value);
        }
        return new CalculatorForm(details, values);
    }

    private static List<String> names(MetricDetails details) {
        if (details.definition().stageScoped()) {
            return List.of(SCOPE_FROM, SCOPE_TO, ENTRIES_FROM, ENTRIES_TO);
        }
        List<MetricKey> inputs = details.example()
                .map(example -> List.copyOf(example.inputs().keySet()))
                .orElseGet(() -> List.copyOf(details.inputs()));
        return inputs.stream().map(CalculatorForm::measureField).toList();
    }

    private static String measureField(MetricKey key) {
        return "measures." + key.value();
    }

    List<CalculatorField> fields(Locale locale) {
        List<CalculatorField> fields = new ArrayList<>();
        typed.forEach((name, value) -> fields.add(field(name, value, locale)));
        return fields;
    }

    private CalculatorField field(String name, String value, Locale locale) {
        String id = "input-"
                + (name.startsWith("measures.") ? name.substring("measures.".length()) : name.replace('.', '-'));
        return switch (name) {
            case SCOPE_FROM -> new CalculatorField(name, id, FROM_STAGE.in(locale), "scope.from", value, false);
            case SCOPE_TO -> new CalculatorField(name, id, TO_STAGE.in(locale), "scope.to", value, false);
            case ENTRIES_FROM -> new CalculatorField(name, id, FROM_ENTRIES.in(locale), "entered:<from>", value, true);
            case ENTRIES_TO -> new CalculatorField(name, id, TO_ENTRIES.in(locale), "entered:<to>", value, true);
            default -> {
                MetricKey key = MetricKey.of(name.substring("measures.".length()));
                yield new CalculatorField(name, id, details.nameOf(key, locale), key.value(), value, true);
            }
        };
    }

    /** What was typed as the application's command; refuses what is not a number, field by field. */
    EvaluateMetricCommand command() {
        if (!details.definition().stageScoped()) {
            Map<String, String> measures = new LinkedHashMap<>();
            typed.forEach((name, value) -> measures.put(name.substring("measures.".length()), value));
            return EvaluateMetricCommand.of(details.key(), null, null, measures);
        }
        String from = typed.get(SCOPE_FROM).strip();
        String to = typed.get(SCOPE_TO).strip();
        Map<String, String> measures = new LinkedHashMap<>();
        if (MetricKey.isValid("entered:" + from)) {
            measures.put("entered:" + from, typed.get(ENTRIES_FROM));
        }
        if (MetricKey.isValid("entered:" + to)) {
            measures.put("entered:" + to, typed.get(ENTRIES_TO));
        }
        return EvaluateMetricCommand.of(details.key(), from, to, measures);
    }

    /**
     * Ties every refusal to an input of the form. An input left empty is marked as needed; the measures behind it
     * that the application then misses (the orders behind a purchase frequency) are not on the form, so they are left
     * to that mark. Anything else that is not on the form is said above it.
     */
    List<FieldError> errorsFor(List<FieldError> refused) {
        List<FieldError> errors = new ArrayList<>();
        typed.forEach((name, value) -> {
            if (value.isBlank()) {
                errors.add(FieldError.of(name, "field.VALUE_NEEDED"));
            }
        });
        boolean blanks = !errors.isEmpty();
        for (FieldError error : refused) {
            String field = formField(error.field());
            if (typed.containsKey(field)) {
                if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new FieldError(field, error.phrase()));
                }
            } else if (!blanks) {
                errors.add(new FieldError(GENERAL, error.phrase()));
            }
        }
        return errors;
    }

    private String formField(String applicationField) {
        if (!details.definition().stageScoped()) {
            return applicationField;
        }
        if (applicationField.equals("scope")) {
            return SCOPE_FROM;
        }
        if (applicationField.equals("measures.entered:" + typed.get(SCOPE_FROM).strip())) {
            return ENTRIES_FROM;
        }
        if (applicationField.equals("measures.entered:" + typed.get(SCOPE_TO).strip())) {
            return ENTRIES_TO;
        }
        return applicationField;
    }
}
