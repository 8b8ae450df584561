package dev.baton.adapters.web.measure;

import dev.baton.adapters.web.measure.MeasureSheetView.FunnelChoice;
import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.metric.MetricDefinition;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the measures page's view of a sheet: what is recorded, what was typed over it (kept when the form comes back),
 * the errors beside each measure, and, after a clash, what is recorded now beside what was typed.
 */
final class MeasureSheets {

    /** Shown even when empty, so a new period's form is never blank. */
    static final List<String> COMMON = List.of(
            "revenue", "orders", "new_customers", "marketing_expense", "sales_expense", "leads", "sqls", "won_deals");

    /** Errors shown above the form rather than beside a measure. */
    private static final Set<String> GENERAL_FIELDS = Set.of("period", "funnel", "body", "version");

    private MeasureSheets() {}

    /** The sheet as the page shows it: asked for, stored, typed, refused or clashing. */
    record Sheet(
            String period,
            String funnel,
            Stored stored,
            Typed typed,
            List<FieldError> fieldErrors,
            boolean clash,
            boolean saved,
            boolean mayRecord) {}

    static MeasureSheetView view(
            Sheet sheet, List<MetricDefinition> measures, List<StoredFunnel> storedFunnels, Locale locale) {
        Stored stored = sheet.stored();
        Typed typed = sheet.typed();
        boolean clash = sheet.clash();
        Map<String, String> names = new LinkedHashMap<>();
        List<MeasureOption> options = new ArrayList<>();
        for (MetricDefinition definition : measures) {
            String label = definition.name().in(locale);
            names.put(definition.key().value(), label);
            options.add(new MeasureOption(definition.key().value(), label));
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : sheet.fieldErrors()) {
            String message = error.message().in(locale);
            byField.merge(error.field(), message, (a, b) -> a + " " + b);
        }
        Set<String> keys = new LinkedHashSet<>(stored.values().keySet());
        keys.addAll(COMMON);
        keys.addAll(typed.values().keySet());
        List<MeasureInput> inputs = new ArrayList<>();
        for (String key : keys) {
            String recorded = stored.values().getOrDefault(key, "");
            String given = typed.values().get(key);
            String value = given != null && !(clash && given.isBlank()) ? given : recorded;
            String now = clash && differs(value, recorded) ? recorded : "";
            inputs.add(new MeasureInput(key, names.getOrDefault(key, key), value, byField.getOrDefault(key, ""), now));
        }
        String extraKey = typed.extraKey();
        String extraError = extraKey.isEmpty() ? byField.getOrDefault("", "") : byField.getOrDefault(extraKey, "");
        if (keys.contains(extraKey)) {
            extraError = "";
        }
        List<FieldError> general = new ArrayList<>();
        for (FieldError error : sheet.fieldErrors()) {
            if (GENERAL_FIELDS.contains(error.field())) {
                general.add(error);
            }
        }
        FormErrors errors = sheet.fieldErrors().isEmpty() ? FormErrors.none() : FormErrors.of(general, locale);
        List<FunnelChoice> funnels = storedFunnels.stream()
                .map(f -> new FunnelChoice(Long.toString(f.id()), f.funnel().name()))
                .toList();
        String funnelName = funnels.stream()
                .filter(choice -> choice.id().equals(sheet.funnel()))
                .map(FunnelChoice::name)
                .findFirst()
                .orElse("");
        return new MeasureSheetView(
                sheet.period(),
                sheet.funnel(),
                funnelName,
                funnels,
                inputs,
                options,
                extraKey,
                typed.extraValue(),
                extraError,
                errors,
                !sheet.fieldErrors().isEmpty(),
                clash,
                stored.version(),
                sheet.mayRecord(),
                sheet.saved());
    }

    /** Whether a typed value would change the recorded one; text that is no number always does. */
    private static boolean differs(String typed, String recorded) {
        if (recorded.isEmpty() || typed.isBlank()) {
            return false;
        }
        try {
            return !MeasureValue.parse(typed).equals(MeasureValue.parse(recorded));
        } catch (IllegalArgumentException notANumber) {
            return true;
        }
    }

    /** What the sheet holds, as the form shows it, and the version the form is entered against. */
    record Stored(Map<String, String> values, long version) {

        static final Stored NONE = new Stored(Map.of(), 0);

        static Stored of(PeriodMeasures measures) {
            Map<String, String> values = new LinkedHashMap<>();
            measures.values().forEach((key, value) -> values.put(key.value(), value.format()));
            return new Stored(values, measures.version());
        }

        /** These values with the version a form was opened at, when it posted a readable one. */
        Stored openedAt(String postedVersion) {
            try {
                long opened = Long.parseLong(postedVersion.strip());
                return opened >= 0 ? new Stored(values, opened) : this;
            } catch (NumberFormatException unreadable) {
                return this;
            }
        }
    }

    /** What the user typed into the form, kept when it is shown again. */
    record Typed(Map<String, String> values, String extraKey, String extraValue) {

        static final Typed NONE = new Typed(Map.of(), "", "");

        /** The measure fields are named {@code m.<key>}; the extra row is {@code extraKey} and {@code extraValue}. */
        private static final String PREFIX = "m.";

        static Typed of(MultivaluedMap<String, String> posted) {
            Map<String, String> typed = new LinkedHashMap<>();
            if (posted == null) {
                return NONE;
            }
            posted.forEach((name, values) -> {
                if (name.startsWith(PREFIX) && !values.isEmpty()) {
                    typed.put(name.substring(PREFIX.length()), values.get(0));
                }
            });
            String extraKey =
                    Optional.ofNullable(posted.getFirst("extraKey")).orElse("").strip();
            String extraValue =
                    Optional.ofNullable(posted.getFirst("extraValue")).orElse("");
            return new Typed(typed, extraKey, extraValue);
        }

        /** What the command records: every measure given a value, and the extra row when it has a key or a value. */
        Map<String, String> given() {
            Map<String, String> given = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                if (value != null && !value.isBlank()) {
                    given.put(key, value);
                }
            });
            if (!extraKey.isEmpty() || !extraValue.isBlank()) {
                given.put(extraKey, extraValue);
            }
            return given;
        }
    }
}
