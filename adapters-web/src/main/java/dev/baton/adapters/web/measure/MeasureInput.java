package dev.baton.adapters.web.measure;

/**
 * One row of the measures form: the measure's key and name, the value as typed (or as recorded), and its error.
 *
 * @param field the form field's name, {@code m.<key>}
 * @param id an HTML id safe for the key ({@code entered:mql} has a colon)
 */
public record MeasureInput(String key, String label, String value, String error) {

    public String field() {
        return "m." + key;
    }

    public String id() {
        return "measure-" + key.replace(':', '-');
    }

    public boolean hasError() {
        return !error.isEmpty();
    }
}
