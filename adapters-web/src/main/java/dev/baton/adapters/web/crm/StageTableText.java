package dev.baton.adapters.web.crm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stage table as a person types it in the mapping form: one line per CRM stage, {@code Label = stage key}, and
 * {@code Label =} (nothing after the sign) for a stage that is no funnel stage, such as Closed Lost.
 */
final class StageTableText {

    private StageTableText() {}

    /** CRM label → funnel stage key, or null for none; blank lines are ignored, a line without "=" maps to none. */
    static Map<String, String> parse(String text) {
        Map<String, String> stages = new LinkedHashMap<>();
        if (text == null) {
            return stages;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int sign = line.lastIndexOf('=');
            String label = (sign < 0 ? line : line.substring(0, sign)).strip();
            String key = sign < 0 ? "" : line.substring(sign + 1).strip();
            stages.put(label, key.isEmpty() ? null : key);
        }
        return stages;
    }

    static String format(Map<String, java.util.Optional<String>> stages) {
        StringBuilder text = new StringBuilder();
        stages.forEach((label, key) ->
                text.append(label).append(" = ").append(key.orElse("")).append('\n'));
        return text.toString();
    }
}
