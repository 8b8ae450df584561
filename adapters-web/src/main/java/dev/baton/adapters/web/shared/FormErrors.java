package dev.baton.adapters.web.shared;

import dev.baton.application.shared.FieldError;
import dev.baton.application.text.Phrasebook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The messages a form shows next to its fields, in the reader's language. */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.merge(error.field(), Phrasebook.word(error.phrase(), locale), (a, b) -> a + " " + b);
        }
        return new FormErrors(byField);
    }

    public static FormErrors general(String message) {
        return new FormErrors(Map.of("_form", message));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** The first field in error, which the page focuses so a keyboard user lands on it. */
    public String first() {
        return byField.keySet().stream().findFirst().orElse("");
    }
}
